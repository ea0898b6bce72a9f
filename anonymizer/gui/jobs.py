"""Job functions run by the worker adapter: thin calls into the core, no loops of their own.

Each takes a ``JobContext`` (cancel token, throttled progress, per-file results) and returns plain
data; the window turns that into widgets on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtGui import QImage

from anonymizer.core.models import (
    CleanOptions,
    Detection,
    DetectionOptions,
    FileResult,
    FileWarning,
    Finding,
    Preset,
    Status,
)
from anonymizer.gui.imaging import thumbnail
from anonymizer.gui.worker import JobContext

if TYPE_CHECKING:
    from anonymizer.core.batch import BatchItem
    from anonymizer.core.cancel import CancelToken
    from anonymizer.core.detection import FaceSearch
    from anonymizer.core.video import VideoAnalysis, VideoInfo
    from anonymizer.core.video.preview import PreviewFrame, PreviewRedaction

VIDEO_FRAME_BUDGET = 300 * 1024 * 1024  # bytes of preview frames kept for the scrubber


@dataclass
class PhotoLook:
    """The first, fast look at a photo: enough to show it, its faces and its unsure spots."""

    rgb: np.ndarray
    search: FaceSearch
    metadata: tuple[Finding, ...]
    thumb: QImage
    warnings: tuple[FileWarning, ...] = ()


@dataclass
class VideoLook:
    info: VideoInfo
    metadata: tuple[Finding, ...]
    thumb: QImage
    first: np.ndarray
    warnings: tuple[FileWarning, ...] = ()


def human_error(error: BaseException) -> str:
    """The sentence the window shows for a failure (reader errors worded as a damaged file)."""
    from anonymizer import messages
    from anonymizer.core.errors import AnonymizerError, CorruptFile

    if not isinstance(error, AnonymizerError) and isinstance(error, OSError | ValueError):
        error = CorruptFile(None, str(error))
    return messages.describe(error)


def fast_options(options: CleanOptions) -> CleanOptions:
    return options.evolve(detection=DetectionOptions(Preset.FAST, options.detection.sensitivity))


def is_video(path: Path) -> bool:
    from anonymizer.core.media.sniff import MediaKind, sniff

    return sniff(path).kind is MediaKind.VIDEO


def look_at_photo(path: Path, options: CleanOptions, ctx: JobContext) -> FaceSearch:
    """Fast pass first (reported through ``ctx.result``), then the thorough pass (returned)."""
    from anonymizer.core.companions import file_warnings
    from anonymizer.core.pipeline import analyze_photo, find_faces

    first = analyze_photo(path, fast_options(options), ctx.cancel)
    rgb = first.image.rgb
    ctx.result(PhotoLook(rgb, first.search, first.metadata, thumbnail(rgb),
                         file_warnings(path, first.format, first.metadata)))
    ctx.cancel.raise_if_cancelled()
    if options.detection.preset is Preset.FAST:
        return first.search
    return find_faces(rgb, options, ctx.cancel)


def decode_photo(path: Path, ctx: JobContext) -> np.ndarray:
    from anonymizer.core.media.image_io import decode_image
    from anonymizer.core.media.sniff import sniff

    rgb = decode_image(path, sniff(path)).rgb
    ctx.cancel.raise_if_cancelled()
    return rgb


def look_at_video(path: Path, ctx: JobContext) -> VideoLook:
    from anonymizer.core.companions import file_warnings
    from anonymizer.core.media.sniff import sniff
    from anonymizer.core.metadata import inspect_file
    from anonymizer.core.video import iter_preview_frames, probe_video

    info = probe_video(path)
    fmt = sniff(path)
    metadata = tuple(inspect_file(path, fmt))
    first = next(iter(iter_preview_frames(path, 1)))[1]
    return VideoLook(info, metadata, thumbnail(first), first, file_warnings(path, fmt, metadata))


def scan_video(path: Path, frames_estimate: int, ctx: JobContext) -> dict[int, np.ndarray]:
    """Sampled frames for the scrubber, within a memory budget (each reported as it is decoded)."""
    from anonymizer.core.models import Progress
    from anonymizer.core.video import iter_preview_frames, probe_video

    info = probe_video(path)
    per_frame = max(1, info.width * info.height * 3)
    keep = max(2, VIDEO_FRAME_BUDGET // per_frame)
    every = max(1, -(-max(1, frames_estimate) // keep))
    frames: dict[int, np.ndarray] = {}
    for index, rgb in iter_preview_frames(path, every):
        ctx.cancel.raise_if_cancelled()
        frames[index] = rgb
        ctx.progress(Progress("scan", index, frames_estimate or None, path))
    return frames


def find_tracks(path: Path, options: CleanOptions, ctx: JobContext) -> VideoAnalysis:
    """Every face track of the clip at the settings export uses (so export can replay them)."""
    from anonymizer.core.video import analyze_video

    return analyze_video(path, options, ctx.progress, ctx.cancel)


def detect_on_frame(rgb: np.ndarray, options: CleanOptions, ctx: JobContext) -> list[Detection]:
    from anonymizer.core.pipeline import detect_faces

    return detect_faces(rgb, options.evolve(detection=options.video_detection), ctx.cancel)


@dataclass(frozen=True)
class Exported:
    result: FileResult
    leftovers: tuple[Finding, ...] | None  # what an independent re-inspection still finds


def _reinspect(result: FileResult) -> tuple[Finding, ...] | None:
    if result.status is not Status.OK or result.output is None:
        return None
    from anonymizer.core.media.sniff import sniff
    from anonymizer.core.metadata import inspect_file

    try:
        return tuple(inspect_file(result.output, sniff(result.output)))
    except Exception:  # noqa: BLE001 - the pipeline already verified; this is a second opinion only
        return None


def export(items: Sequence[BatchItem], out_dir: Path, options: CleanOptions, ctx: JobContext) -> list[FileResult]:
    """Clean every item through the core's batch runner; each result is reported as it lands."""
    from anonymizer.core.batch import run_batch
    from anonymizer.core.output import OutputNamer

    namer = OutputNamer(out_dir, options.naming)
    return run_batch(items, namer, options, jobs=1,
                     on_result=lambda r: ctx.result(Exported(r, _reinspect(r))),
                     progress_for=lambda _path: ctx.progress, cancel=ctx.cancel)


# ---------------------------------------------------------------- a video's frames for the player
def preview_frames(path: Path, start: int, redaction: PreviewRedaction | None, wanted: Callable[[float], bool],
                   cancel: CancelToken) -> Iterator[PreviewFrame]:
    """The frames the player shows from ``start`` on (redacted by the export's rule when asked); runs on
    the player's own thread."""
    from anonymizer.core.video.preview import preview_frames as frames

    return frames(path, start, redaction, wanted, cancel)


def read_frame(path: Path, index: int, ctx: JobContext) -> np.ndarray:
    """One exact frame (a jump to a frame the scrubber did not keep)."""
    from anonymizer.core.video.preview import preview_frames as frames

    for frame in frames(path, index, cancel=ctx.cancel):
        return frame.rgb
    from anonymizer.core.errors import InputError

    raise InputError(path, f"the video has no frame {index}")
