"""Job functions run by the worker adapter: thin calls into the core, no loops of their own.

Each takes a ``JobContext`` (cancel token, throttled progress, per-file results) and returns plain
data; the window turns that into widgets on the GUI thread. Whatever reads a file's bytes (and the
detector) runs as a request of ``core.isolation``: in a locked-down worker process, never in the
window's own, so a file made to crash a decoder costs that file and not the user's review of the others.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from PySide6.QtGui import QImage

from anonymizer.core import isolation
from anonymizer.core.isolation import requests as work
from anonymizer.core.models import (
    CleanOptions,
    Detection,
    FileResult,
    FileWarning,
    Finding,
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


def _run(request: work.Request[Any], ctx: JobContext, emit: Any = lambda _: None) -> Any:
    return isolation.run(request, ctx.progress, ctx.cancel, emit)


def is_video(path: Path) -> bool:
    from anonymizer.core.media.sniff import MediaKind

    return bool(isolation.run(work.Sniff(path)).kind is MediaKind.VIDEO)


def look_at_photo(path: Path, options: CleanOptions, ctx: JobContext) -> FaceSearch:
    """Fast pass first (reported through ``ctx.result``), then the thorough pass (returned)."""
    def seen(first: work.PhotoSeen) -> None:
        ctx.result(PhotoLook(first.rgb, first.search, first.metadata, thumbnail(first.rgb), first.warnings))

    return _run(work.LookAtPhoto(path, options), ctx, seen)  # type: ignore[no-any-return]


def decode_photo(path: Path, ctx: JobContext) -> np.ndarray:
    return _run(work.DecodePhoto(path), ctx)  # type: ignore[no-any-return]


def look_at_video(path: Path, ctx: JobContext) -> VideoLook:
    seen: work.VideoSeen = _run(work.LookAtVideo(path), ctx)
    return VideoLook(seen.info, seen.metadata, thumbnail(seen.first), seen.first, seen.warnings)


def scan_video(path: Path, frames_estimate: int, ctx: JobContext) -> dict[int, np.ndarray]:
    """Sampled frames for the scrubber, within a memory budget (each reported as it is decoded)."""
    frames: dict[int, np.ndarray] = {}

    def keep(frame: tuple[int, np.ndarray]) -> None:
        frames[frame[0]] = frame[1]

    _run(work.SampleFrames(path, frames_estimate, VIDEO_FRAME_BUDGET), ctx, keep)
    return frames


def find_tracks(path: Path, options: CleanOptions, ctx: JobContext) -> VideoAnalysis:
    """Every face track of the clip at the settings export uses (so export can replay them)."""
    return _run(work.AnalyzeVideo(path, options), ctx)  # type: ignore[no-any-return]


def detect_on_frame(rgb: np.ndarray, options: CleanOptions, ctx: JobContext) -> list[Detection]:
    return _run(work.DetectFaces(rgb, options.evolve(detection=options.video_detection)), ctx)  # type: ignore[no-any-return]


@dataclass(frozen=True)
class Exported:
    result: FileResult
    leftovers: tuple[Finding, ...] | None  # what an independent re-inspection still finds


def _reinspect(result: FileResult) -> tuple[Finding, ...] | None:
    if result.status is not Status.OK or result.output is None:
        return None
    try:
        return isolation.run(work.Inspect(result.output))  # type: ignore[no-any-return]
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
def play_frames(path: Path, start: int, redaction: PreviewRedaction | None, ahead: float, late: float,
                on_frame: Callable[[PreviewFrame], None], cancel: CancelToken) -> None:
    """The frames the player shows from ``start`` on (redacted by the export's rule when asked), each
    handed to ``on_frame`` as it comes from the worker; returns at the clip's end. Runs on the player's
    own thread."""
    isolation.run(work.PlayFrames(path, start, redaction, ahead, late), cancel=cancel, emit=on_frame)


def read_frame(path: Path, index: int, ctx: JobContext) -> np.ndarray:
    """One exact frame (a jump to a frame the scrubber did not keep)."""
    return _run(work.ReadFrame(path, index), ctx)  # type: ignore[no-any-return]
