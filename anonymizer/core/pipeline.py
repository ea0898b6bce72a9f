"""One file, end to end: sniff -> decode -> detect -> redact -> encode -> verify -> atomic publish.

The CLI and the GUI both call :func:`clean_file`; the GUI also calls :func:`analyze_photo` to show
the faces before export. Every failure ends in a :class:`FileResult` with an error and no output.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
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
    Finding,
    Progress,
    Region,
    Status,
)
from anonymizer.core.output import OutputNamer, publish, temp_output, write_bytes_durably
from anonymizer.core.redaction import apply_redaction, changed_enough, pixel_bounds
from anonymizer.core.redaction.masks import shape_mask

if TYPE_CHECKING:
    from anonymizer.core.detection import FaceSearch
    from anonymizer.core.review import FileReview
    from anonymizer.core.video.types import ManualVideoRegion, TrackChoices, VideoReport

log = logging.getLogger(__name__)

PHOTO_STEPS = 5


@dataclass(frozen=True)
class Edits:
    """What to redact in one file, from its review (``core.review.to_edits``). ``regions=None`` means:
    review it here with nobody in the loop (what the detector finds, as the CLI does).
    ``candidates``: unsure spots nobody confirmed, left visible (reported in the result).
    ``tracks``: a video's face tracks left visible or cut (``clean --unredact-track``); None: all covered."""

    regions: tuple[Region, ...] | None = None
    strokes: tuple[BrushStroke, ...] = ()
    video_regions: tuple[ManualVideoRegion, ...] = ()
    candidates: int = 0
    tracks: TrackChoices | None = None


@dataclass(frozen=True)
class PhotoAnalysis:
    """What the GUI shows before export: the upright pixels, the faces found, the metadata carried."""

    path: Path
    format: MediaFormat
    image: DecodedImage
    search: FaceSearch
    metadata: tuple[Finding, ...]

    @property
    def detections(self) -> tuple[Detection, ...]:
        return self.search.faces

    @property
    def width(self) -> int:
        return int(self.image.rgb.shape[1])

    @property
    def height(self) -> int:
        return int(self.image.rgb.shape[0])


def inspect_metadata(path: Path, fmt: MediaFormat, data: bytes | None = None) -> tuple[Finding, ...]:
    from anonymizer.core.metadata import inspect_file

    return tuple(inspect_file(path, fmt, data))


def detect_faces(rgb: np.ndarray, options: CleanOptions, cancel: CancelToken) -> list[Detection]:
    """The faces only (a video frame's preview): searched at the threshold itself, cheaper than the
    candidate floor of :func:`find_faces`."""
    from anonymizer.core.detection import get_detector

    return list(get_detector(options.detection).detect(rgb, cancel))


def find_faces(rgb: np.ndarray, options: CleanOptions, cancel: CancelToken) -> FaceSearch:
    """Faces and candidates, from the detector the options ask for (the one seam tests replace)."""
    from anonymizer.core.detection import FaceFinder, FaceSearch, get_detector

    detector = get_detector(options.detection)
    if isinstance(detector, FaceFinder):
        return detector.find(rgb, cancel)
    return FaceSearch(tuple(detector.detect(rgb, cancel)))  # a detector that reports no candidates


def auto_review(width: int, height: int, search: FaceSearch, options: CleanOptions) -> FileReview:
    """The review of a photo with nobody in the loop: what the CLI redacts and reports, and what the
    window starts from (``core.review``: one decision, one place)."""
    from anonymizer.core.review import new_review

    return new_review(width, height, search, options.redaction)


def analyze_photo(path: Path, options: CleanOptions, cancel: CancelToken = NEVER_CANCELLED) -> PhotoAnalysis:
    """Decode and detect without writing anything (raises AnonymizerError)."""
    fmt = sniff(path)
    if fmt.kind is not MediaKind.IMAGE:
        raise ProcessingError(path, "not a photo")
    metadata = inspect_metadata(path, fmt)
    image = decode_image(path, fmt)
    cancel.raise_if_cancelled()
    return PhotoAnalysis(path, fmt, image, find_faces(image.rgb, options, cancel), metadata)


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


def _edits_for(path: Path, fmt: MediaFormat, image: DecodedImage, options: CleanOptions,
               edits: Edits | None, review: FileReview | None, cancel: CancelToken) -> Edits:
    """What to redact: the person's review (refined first if only the fast look had been merged), the
    edits given, or (neither) the review with nobody in the loop, from one detector run."""
    from anonymizer.core.review import merge_search, to_edits

    if review is not None:
        if not review.refined:
            # Reviewed before the thorough pass ended: run it now and merge it, keeping every decision
            # and never covering fewer faces than the fast look did.
            review = merge_search(review, find_faces(image.rgb, options, cancel), options.redaction, refining=True)
        return to_edits(review)
    if edits is not None and edits.regions is not None:
        return edits
    height, width = image.rgb.shape[:2]
    auto = to_edits(auto_review(width, height, find_faces(image.rgb, options, cancel), options))
    return Edits(auto.regions, edits.strokes if edits is not None else (), candidates=auto.candidates)


def _clean_photo(path: Path, fmt: MediaFormat, namer: OutputNamer, options: CleanOptions, edits: Edits | None,
                 review: FileReview | None, progress: ProgressCallback, cancel: CancelToken) -> FileResult:
    def step(n: int, stage: str) -> None:
        cancel.raise_if_cancelled()
        progress(Progress(stage=stage, done=n, total=PHOTO_STEPS, path=path))
        # Again after the report: a cancel asked for while "write" was shown must stop the publish.
        cancel.raise_if_cancelled()

    data = path.read_bytes()  # read once: the metadata listing and the decoder share these bytes
    metadata = inspect_metadata(path, fmt, data)
    step(0, "decode")
    image = decode_image(path, fmt, data)
    del data
    step(1, "detect")
    final_edits = _edits_for(path, fmt, image, options, edits, review, cancel)
    regions, strokes = list(final_edits.regions or ()), final_edits.strokes
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
    return FileResult(path, Status.OK, output=final, faces=faces, metadata_removed=metadata, warnings=warned,
                      candidates=final_edits.candidates)


def _clean_frames(path: Path, fmt: MediaFormat, namer: OutputNamer, options: CleanOptions, edits: Edits | None,
                  review: FileReview | None, progress: ProgressCallback, cancel: CancelToken) -> FileResult:
    """A video into an MP4, or an animated GIF or WebP into the same kind of animation: frame by frame,
    faces tracked across frames; a video with the person's decisions on its tracks."""
    from anonymizer.core.review import track_choices, video_regions
    from anonymizer.core.video import NO_CHOICES

    metadata = inspect_metadata(path, fmt)
    if review is not None:
        manual, choices, analysis = video_regions(review), track_choices(review), review.analysis
    else:
        manual = tuple(edits.video_regions) if edits is not None else ()
        choices = edits.tracks if edits is not None and edits.tracks is not None else NO_CHOICES
        analysis = None
    if fmt.kind is MediaKind.VIDEO:
        from anonymizer.core.video import clean_video

        extension = ".mp4"

        def run(temp: Path) -> VideoReport:
            return clean_video(path, temp, options, manual_regions=manual, choices=choices, analysis=analysis,
                               progress=progress, cancel=cancel)
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
    review: FileReview | None = None,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken = NEVER_CANCELLED,
) -> FileResult:
    """Clean one photo or video into ``namer.out_dir``. Never raises for a bad file: the result says.

    ``review``: a person's review of the file (the window's); else ``edits``; else the file is reviewed
    here with nobody in the loop (the CLI)."""
    try:
        fmt = sniff(path)
        if fmt.kind is MediaKind.VIDEO or is_animation(path, fmt):
            return _clean_frames(path, fmt, namer, options, edits, review, progress, cancel)
        return _clean_photo(path, fmt, namer, options, edits, review, progress, cancel)
    except Cancelled as e:
        return FileResult(path, Status.CANCELLED, error=e.with_path(path))
    except Exception as e:  # noqa: BLE001 - a bug must cost one file, never the batch or an unverified output
        if not isinstance(e, AnonymizerError | MemoryError | OSError | ValueError):
            log.debug("internal error while cleaning a file", exc_info=True)
        return FileResult(path, Status.ERROR, error=as_file_error(e, path))
