"""Job functions run by the worker adapter: thin calls into the core, no loops of their own.

Each takes a ``JobContext`` (cancel token, throttled progress, per-file results) and returns plain
data; the window turns that into widgets on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QImage

from anonymizer.core.models import (
    CleanOptions,
    Detection,
    DetectionOptions,
    FileResult,
    MetadataGroup,
    MetadataItem,
    Preset,
    Status,
)
from anonymizer.gui.imaging import thumbnail
from anonymizer.gui.worker import JobContext

if TYPE_CHECKING:
    from anonymizer.core.batch import BatchItem

WARN_MOTION = QT_TRANSLATE_NOOP(
    "Warnings", "This is a Motion Photo: a short video, often with sound, is hidden inside it and shows "
                "everyone unredacted. The cleaned copy is a still photo without it; never share the original.")
WARN_LIVE = QT_TRANSLATE_NOOP(
    "Warnings", "This looks like a Live Photo: a video with the same name sits next to it and shows "
                "everyone unredacted. Add that video too if you need it, and never share the original pair.")
WARN_EMBEDDED = QT_TRANSLATE_NOOP(
    "Warnings", "This file carries hidden previews of the original picture. They are not copied to the "
                "cleaned file.")
WARN_SIDECAR = QT_TRANSLATE_NOOP(
    "Warnings", "A sidecar file (.xmp, .aae or .thm) sits next to the original. It is not copied, but "
                "it may hold location and edits: do not share it.")
VIDEO_FRAME_BUDGET = 300 * 1024 * 1024  # bytes of preview frames kept for the scrubber


@dataclass
class PhotoLook:
    """The first, fast look at a photo: enough to show it and its faces."""

    rgb: np.ndarray
    detections: tuple[Detection, ...]
    metadata: tuple[MetadataItem, ...]
    thumb: QImage
    warnings: list[str] = field(default_factory=list)


@dataclass
class VideoLook:
    info: object  # anonymizer.core.video.VideoInfo
    metadata: tuple[MetadataItem, ...]
    thumb: QImage
    first: np.ndarray
    warnings: list[str] = field(default_factory=list)


def human_error(error: BaseException) -> str:
    """The sentence the window shows for a failure (reader errors worded as a damaged file)."""
    from anonymizer import messages
    from anonymizer.core.errors import AnonymizerError, CorruptFile

    if not isinstance(error, AnonymizerError) and isinstance(error, OSError | ValueError):
        error = CorruptFile(None, str(error))
    return messages.describe(error)


def fast_options(options: CleanOptions) -> CleanOptions:
    return options.evolve(detection=DetectionOptions(Preset.FAST, options.detection.sensitivity))


_LIVE_VIDEO_SUFFIXES = {".mov", ".mp4"}


def _live_photo_video(path: Path) -> bool:
    try:
        return any(p.stem.lower() == path.stem.lower() and p.suffix.lower() in _LIVE_VIDEO_SUFFIXES
                   and p != path for p in path.parent.iterdir())
    except OSError:
        return False


def warnings_for(path: Path, metadata: Sequence[MetadataItem]) -> list[str]:
    """Warnings about companions of the original that the cleaned copy leaves behind."""
    from anonymizer.core.media.sniff import MediaKind, sniff
    from anonymizer.core.metadata import motion_photo_info, sidecar_files

    found = []
    fmt = sniff(path)
    if fmt.kind is MediaKind.IMAGE and motion_photo_info(path, fmt) is not None:
        found.append(WARN_MOTION)
    elif any(i.group is MetadataGroup.EMBEDDED for i in metadata):
        found.append(WARN_EMBEDDED)
    if fmt.kind is MediaKind.IMAGE and _live_photo_video(path):
        found.append(WARN_LIVE)
    if sidecar_files(path):
        found.append(WARN_SIDECAR)
    return found


def is_video(path: Path) -> bool:
    from anonymizer.core.media.sniff import MediaKind, sniff

    return sniff(path).kind is MediaKind.VIDEO


def look_at_photo(path: Path, options: CleanOptions, ctx: JobContext) -> tuple[Detection, ...]:
    """Fast pass first (reported through ``ctx.result``), then the thorough pass (returned)."""
    from anonymizer.core.pipeline import analyze_photo, detect_faces

    first = analyze_photo(path, fast_options(options), ctx.cancel)
    rgb = first.image.rgb
    ctx.result(PhotoLook(rgb, first.detections, first.metadata, thumbnail(rgb),
                         warnings_for(path, first.metadata)))
    ctx.cancel.raise_if_cancelled()
    if options.detection.preset is Preset.FAST:
        return first.detections
    return tuple(detect_faces(rgb, options, ctx.cancel))


def decode_photo(path: Path, ctx: JobContext) -> np.ndarray:
    from anonymizer.core.media.image_io import decode_image
    from anonymizer.core.media.sniff import sniff

    rgb = decode_image(path, sniff(path)).rgb
    ctx.cancel.raise_if_cancelled()
    return rgb


def look_at_video(path: Path, ctx: JobContext) -> VideoLook:
    from anonymizer.core.media.sniff import sniff
    from anonymizer.core.metadata import inspect_file
    from anonymizer.core.video import iter_preview_frames, probe_video

    info = probe_video(path)
    metadata = tuple(inspect_file(path, sniff(path)))
    first = next(iter(iter_preview_frames(path, 1)))[1]
    return VideoLook(info, metadata, thumbnail(first), first, warnings_for(path, metadata))


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


def detect_on_frame(rgb: np.ndarray, options: CleanOptions, ctx: JobContext) -> list[Detection]:
    from anonymizer.core.pipeline import detect_faces

    return detect_faces(rgb, options.evolve(detection=options.video_detection), ctx.cancel)


@dataclass(frozen=True)
class Exported:
    result: FileResult
    leftovers: tuple[MetadataItem, ...] | None  # what an independent re-inspection still finds


def _reinspect(result: FileResult) -> tuple[MetadataItem, ...] | None:
    if result.status is not Status.OK or result.output is None:
        return None
    from anonymizer.core.media.sniff import sniff
    from anonymizer.core.metadata import inspect_file

    try:
        return tuple(inspect_file(result.output, sniff(result.output)))
    except Exception:  # noqa: BLE001 - the pipeline already verified; this is a second opinion only
        return None


@dataclass(frozen=True)
class PendingEdits:
    """The user's edits of a photo whose thorough detection pass had not ended when export began."""

    regions: list  # list[ReviewedRegion]
    strokes: tuple


def complete(item: BatchItem, options: CleanOptions, ctx: JobContext) -> BatchItem:
    """Run the thorough pass for a photo edited early, keeping the user's choices (never fewer faces)."""
    if not isinstance(item.edits, PendingEdits):
        return item
    from anonymizer.core.batch import BatchItem
    from anonymizer.core.pipeline import Edits, detect_faces
    from anonymizer.core.review import merge_redetected

    rgb = decode_photo(item.path, ctx)
    h, w = rgb.shape[:2]
    detections = detect_faces(rgb, options, ctx.cancel)
    merged = merge_redetected(item.edits.regions, detections, options.redaction, w, h, keep_unmatched=True)
    return BatchItem(item.path, Edits(regions=tuple(r.region for r in merged), strokes=item.edits.strokes))


def export(items: Sequence[BatchItem], out_dir: Path, options: CleanOptions, ctx: JobContext) -> list[FileResult]:
    """Clean every item through the core's batch runner; each result is reported as it lands."""
    from anonymizer.core.batch import BatchItem, run_batch
    from anonymizer.core.errors import AnonymizerError
    from anonymizer.core.output import OutputNamer

    ready = []
    for item in items:
        try:
            ready.append(complete(item, options, ctx))
        except (AnonymizerError, OSError, ValueError):
            ready.append(BatchItem(item.path, None))  # the pipeline meets the same error and reports it
    items = ready
    namer = OutputNamer(out_dir, options.naming)
    return run_batch(items, namer, options, jobs=1,
                     on_result=lambda r: ctx.result(Exported(r, _reinspect(r))),
                     progress_for=lambda _path: ctx.progress, cancel=ctx.cancel)
