"""One file, end to end: sniff -> decode -> detect -> redact -> encode -> verify -> atomic publish.

The CLI and the GUI both call :func:`clean_file`; the GUI also calls :func:`analyze_photo` to show
the faces before export. Every failure ends in a :class:`FileResult` with an error and no output.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from anonymizer.core.cancel import NEVER_CANCELLED, CancelToken, ProgressCallback, no_progress
from anonymizer.core.errors import (
    AnonymizerError,
    Cancelled,
    ProcessingError,
    VerificationFailed,
    as_file_error,
)
from anonymizer.core.media.image_io import (
    EXTENSION,
    DecodedImage,
    decode_image,
    encode_image,
    is_animation,
    output_format_for,
)
from anonymizer.core.media.sniff import MediaFormat, MediaKind, sniff
from anonymizer.core.models import (
    BrushStroke,
    CleanOptions,
    Detection,
    FileResult,
    FileWarning,
    MetadataItem,
    Progress,
    Region,
    Status,
)
from anonymizer.core.output import OutputNamer, publish, temp_output, write_bytes_durably
from anonymizer.core.redaction import apply_redaction, changed_enough, pixel_bounds, regions_from_detections
from anonymizer.core.redaction.masks import shape_mask

if TYPE_CHECKING:
    from anonymizer.core.video.types import VideoReport

log = logging.getLogger(__name__)

PHOTO_STEPS = 5


@dataclass(frozen=True)
class Edits:
    """The user's review of one file. ``regions=None`` means: use what the detector finds."""

    regions: tuple[Region, ...] | None = None
    strokes: tuple[BrushStroke, ...] = ()
    video_regions: tuple[object, ...] = field(default=())  # anonymizer.core.video.ManualVideoRegion


@dataclass(frozen=True)
class PhotoAnalysis:
    """What the GUI shows before export: the upright pixels, the faces found, the metadata carried."""

    path: Path
    format: MediaFormat
    image: DecodedImage
    detections: tuple[Detection, ...]
    metadata: tuple[MetadataItem, ...]

    @property
    def width(self) -> int:
        return int(self.image.rgb.shape[1])

    @property
    def height(self) -> int:
        return int(self.image.rgb.shape[0])


def inspect_metadata(path: Path, fmt: MediaFormat) -> tuple[MetadataItem, ...]:
    from anonymizer.core.metadata import inspect_file

    return tuple(inspect_file(path, fmt))


def detect_faces(rgb: np.ndarray, options: CleanOptions, cancel: CancelToken) -> list[Detection]:
    from anonymizer.core.detection import get_detector

    return get_detector(options.detection).detect(rgb, cancel)


def analyze_photo(path: Path, options: CleanOptions, cancel: CancelToken = NEVER_CANCELLED) -> PhotoAnalysis:
    """Decode and detect without writing anything (raises AnonymizerError)."""
    fmt = sniff(path)
    if fmt.kind is not MediaKind.IMAGE:
        raise ProcessingError(path, "not a photo")
    metadata = inspect_metadata(path, fmt)
    image = decode_image(path, fmt)
    cancel.raise_if_cancelled()
    detections = tuple(detect_faces(image.rgb, options, cancel))
    return PhotoAnalysis(path, fmt, image, detections, metadata)


def _verify_photo(written: Path, output_format: str, original: np.ndarray, redacted_regions: Sequence[Region],
                  strokes: Sequence[BrushStroke]) -> None:
    """Re-open the written file and check structure, metadata and that every region really changed."""
    import cv2

    from anonymizer.core.metadata import verify_written

    data = written.read_bytes()
    verify_written(data, output_format)
    # An independent decoder (OpenCV's libjpeg/libpng/libwebp, not Pillow) must read the whole file.
    flags = cv2.IMREAD_COLOR | cv2.IMREAD_IGNORE_ORIENTATION
    decoded = cv2.imdecode(np.frombuffer(data, dtype=np.uint8), flags)
    if decoded is None or decoded.shape[:2] != original.shape[:2]:
        raise VerificationFailed(written, "the written image does not decode to the same size")
    decoded = decoded[:, :, ::-1]
    height, width = original.shape[:2]
    for region in redacted_regions:
        if not region.enabled:
            continue
        mask = shape_mask(region.box, region.shape, width, height)
        if not changed_enough(original, decoded, pixel_bounds(region.box, width, height), mask):
            raise VerificationFailed(written, "a redacted region is unchanged in the output")
    del strokes  # strokes are verified by construction: they go through the same redaction call


def _regions_for(analysis_rgb: np.ndarray, detections: Sequence[Detection], options: CleanOptions,
                 edits: Edits | None) -> list[Region]:
    height, width = analysis_rgb.shape[:2]
    if edits is not None and edits.regions is not None:
        return list(edits.regions)
    return regions_from_detections(detections, options.redaction, width, height)


def _clean_photo(path: Path, fmt: MediaFormat, namer: OutputNamer, options: CleanOptions, edits: Edits | None,
                 progress: ProgressCallback, cancel: CancelToken) -> FileResult:
    def step(n: int, stage: str) -> None:
        cancel.raise_if_cancelled()
        progress(Progress(stage=stage, done=n, total=PHOTO_STEPS, path=path))
        # Again after the report: a cancel asked for while "write" was shown must stop the publish.
        cancel.raise_if_cancelled()

    metadata = inspect_metadata(path, fmt)
    step(0, "decode")
    image = decode_image(path, fmt)
    step(1, "detect")
    use_detector = edits is None or edits.regions is None
    detections = detect_faces(image.rgb, options, cancel) if use_detector else []
    regions = _regions_for(image.rgb, detections, options, edits)
    strokes = edits.strokes if edits is not None else ()
    step(2, "redact")
    redacted = apply_redaction(image.rgb, regions, options.redaction, strokes)
    output_format = output_format_for(fmt)
    data = encode_image(redacted, output_format, options.jpeg_quality)
    del redacted
    step(3, "verify")
    extension = EXTENSION[output_format]
    with temp_output(namer.out_dir, extension) as temp:
        write_bytes_durably(temp, data)
        _verify_photo(temp, output_format, image.rgb, regions, strokes)
        step(4, "write")
        final = publish(temp, namer, path, extension)
    progress(Progress(stage="done", done=PHOTO_STEPS, total=PHOTO_STEPS, path=path))
    faces = sum(1 for r in regions if r.enabled)
    warned = (FileWarning.LAYERS_DROPPED,) if image.dropped_layers else ()
    return FileResult(path, Status.OK, output=final, faces=faces, metadata_removed=metadata, warnings=warned)


def _clean_frames(path: Path, fmt: MediaFormat, namer: OutputNamer, options: CleanOptions, edits: Edits | None,
                  progress: ProgressCallback, cancel: CancelToken) -> FileResult:
    """A video into an MP4, or an animated GIF or WebP into the same kind of animation: frame by frame,
    faces tracked across frames."""
    metadata = inspect_metadata(path, fmt)
    manual = tuple(edits.video_regions) if edits is not None else ()
    if fmt.kind is MediaKind.VIDEO:
        from anonymizer.core.video import clean_video

        extension = ".mp4"
        def run(temp: Path) -> VideoReport:
            return clean_video(path, temp, options, manual_regions=manual, progress=progress, cancel=cancel)
    else:
        from anonymizer.core.video.animation import EXTENSION, clean_animation

        extension = EXTENSION[fmt]
        def run(temp: Path) -> VideoReport:
            return clean_animation(path, fmt, temp, options, manual_regions=manual, progress=progress,
                                   cancel=cancel)
    with temp_output(namer.out_dir, extension) as temp:
        report = run(temp)
        final = publish(temp, namer, path, extension)
    return FileResult(path, Status.OK, output=final, faces=report.faces, metadata_removed=metadata)


def clean_file(
    path: Path,
    namer: OutputNamer,
    options: CleanOptions,
    *,
    edits: Edits | None = None,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken = NEVER_CANCELLED,
) -> FileResult:
    """Clean one photo or video into ``namer.out_dir``. Never raises for a bad file: the result says."""
    try:
        fmt = sniff(path)
        if fmt.kind is MediaKind.VIDEO or is_animation(path, fmt):
            return _clean_frames(path, fmt, namer, options, edits, progress, cancel)
        return _clean_photo(path, fmt, namer, options, edits, progress, cancel)
    except Cancelled as e:
        return FileResult(path, Status.CANCELLED, error=e.with_path(path))
    except Exception as e:  # noqa: BLE001 - a bug must cost one file, never the batch or an unverified output
        if not isinstance(e, AnonymizerError | MemoryError | OSError | ValueError):
            log.debug("internal error while cleaning a file", exc_info=True)
        return FileResult(path, Status.ERROR, error=as_file_error(e, path))
