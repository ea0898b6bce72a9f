"""The work a worker process does, one typed request per kind of job: each names its file (for the time
limit and the error), carries what it needs, and runs the core's own function for it.

A request is run by an executor (:mod:`anonymizer.core.isolation.executor`): in a worker process by
default, or in this process when a test says so. ``run`` gets a :class:`WorkContext`: a cancel token,
a progress callback and ``emit`` for partial results (the fast look at a photo before its full search,
each sampled frame of a video).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import numpy as np

from anonymizer.core.cancel import CancelToken, ProgressCallback
from anonymizer.core.isolation.access import NOTHING, Grant
from anonymizer.core.models import (
    CleanOptions,
    Detection,
    DetectionOptions,
    FileResult,
    FileWarning,
    Finding,
    Preset,
)

if TYPE_CHECKING:
    from anonymizer.core.detection import FaceSearch
    from anonymizer.core.media.sniff import MediaFormat
    from anonymizer.core.output import OutputNamer
    from anonymizer.core.pipeline import Edits, PhotoAnalysis
    from anonymizer.core.review import FileReview
    from anonymizer.core.video import VideoAnalysis, VideoInfo
    from anonymizer.core.video.preview import PreviewRedaction

T = TypeVar("T")


@dataclass(frozen=True)
class WorkContext:
    cancel: CancelToken
    progress: ProgressCallback
    emit: Callable[[Any], None]


@dataclass(frozen=True)
class Request(Generic[T]):
    """Base of every request. ``path``: the untrusted file it opens (None: pixels only)."""

    @property
    def file(self) -> Path | None:
        return getattr(self, "path", None)

    def needs(self) -> Grant:
        """The folders its worker must be able to open (read the file's own folder, where its
        sidecars are looked for)."""
        return NOTHING if self.file is None else Grant.reading(self.file)

    def run(self, ctx: WorkContext) -> T:
        raise NotImplementedError


def cleaning_needs(paths: Iterable[Path], out_dir: Path) -> Grant:
    """What cleaning ``paths`` into ``out_dir`` opens: their folders to read, ``out_dir`` to write."""
    return Grant.reading(*paths) | Grant.writing(out_dir)


@dataclass(frozen=True)
class CleanFile(Request[FileResult]):
    """``pipeline.clean_file``: the whole job for one file, written into ``namer.out_dir``."""

    path: Path
    namer: OutputNamer
    options: CleanOptions
    edits: Edits | None = None
    review: FileReview | None = None

    def needs(self) -> Grant:
        return cleaning_needs([self.path], self.namer.out_dir)

    def run(self, ctx: WorkContext) -> FileResult:
        from anonymizer.core.pipeline import clean_file

        return clean_file(self.path, self.namer, self.options, edits=self.edits, review=self.review,
                          progress=ctx.progress, cancel=ctx.cancel)


@dataclass(frozen=True)
class Sniff(Request["MediaFormat"]):
    path: Path

    def run(self, ctx: WorkContext) -> MediaFormat:
        from anonymizer.core.media.sniff import sniff

        return sniff(self.path)


@dataclass(frozen=True)
class Inspect(Request[tuple[Finding, ...]]):
    """The identifying metadata a file carries (``inspect``)."""

    path: Path

    def run(self, ctx: WorkContext) -> tuple[Finding, ...]:
        from anonymizer.core.metadata import inspect_path

        return tuple(inspect_path(self.path))


@dataclass(frozen=True)
class AnalyzePhoto(Request["PhotoAnalysis"]):
    """Decode and search a photo without writing anything (``detect``)."""

    path: Path
    options: CleanOptions

    def run(self, ctx: WorkContext) -> PhotoAnalysis:
        from anonymizer.core.pipeline import analyze_photo

        return analyze_photo(self.path, self.options, ctx.cancel)


@dataclass(frozen=True)
class AnalyzeVideo(Request["VideoAnalysis"]):
    """Every face track of a clip (``detect``, and the window's tracks)."""

    path: Path
    options: CleanOptions

    def run(self, ctx: WorkContext) -> VideoAnalysis:
        from anonymizer.core.video import analyze_video

        return analyze_video(self.path, self.options, ctx.progress, ctx.cancel)


@dataclass(frozen=True)
class PhotoSeen:
    """The first, fast look at a photo (emitted before the full search ends)."""

    rgb: np.ndarray
    search: FaceSearch
    metadata: tuple[Finding, ...]
    warnings: tuple[FileWarning, ...]


def fast_options(options: CleanOptions) -> CleanOptions:
    return options.evolve(detection=DetectionOptions(Preset.FAST, options.detection.sensitivity))


@dataclass(frozen=True)
class LookAtPhoto(Request["FaceSearch"]):
    """The window's look: the fast search first (emitted as :class:`PhotoSeen`), then the thorough one
    (returned) on the same pixels; a fast preset stops after the first."""

    path: Path
    options: CleanOptions

    def run(self, ctx: WorkContext) -> FaceSearch:
        from anonymizer.core.companions import file_warnings
        from anonymizer.core.pipeline import analyze_photo, find_faces

        first = analyze_photo(self.path, fast_options(self.options), ctx.cancel)
        ctx.emit(PhotoSeen(first.image.rgb, first.search, first.metadata,
                           file_warnings(self.path, first.format, first.metadata)))
        ctx.cancel.raise_if_cancelled()
        if self.options.detection.preset is Preset.FAST:
            return first.search
        return find_faces(first.image.rgb, self.options, ctx.cancel)


@dataclass(frozen=True)
class DecodePhoto(Request[np.ndarray]):
    """A photo's upright RGB pixels."""

    path: Path

    def run(self, ctx: WorkContext) -> np.ndarray:
        from anonymizer.core.media.image_io import decode_image
        from anonymizer.core.media.sniff import sniff

        return decode_image(self.path, sniff(self.path)).rgb


@dataclass(frozen=True)
class VideoSeen:
    info: VideoInfo
    metadata: tuple[Finding, ...]
    first: np.ndarray
    warnings: tuple[FileWarning, ...]


@dataclass(frozen=True)
class LookAtVideo(Request[VideoSeen]):
    """A clip's size and timing, its metadata and its first frame."""

    path: Path

    def run(self, ctx: WorkContext) -> VideoSeen:
        from anonymizer.core.companions import file_warnings
        from anonymizer.core.media.sniff import sniff
        from anonymizer.core.metadata import inspect_file
        from anonymizer.core.video import iter_preview_frames, probe_video

        info = probe_video(self.path)
        fmt = sniff(self.path)
        metadata = tuple(inspect_file(self.path, fmt))
        first = next(iter(iter_preview_frames(self.path, 1)))[1]
        return VideoSeen(info, metadata, first, file_warnings(self.path, fmt, metadata))


@dataclass(frozen=True)
class SampleFrames(Request[None]):
    """Frames of a clip for the window's scrubber, evenly spaced so that they fit in ``budget`` bytes:
    each emitted as ``(index, rgb)`` as it is decoded, with progress ("scan")."""

    path: Path
    frames_estimate: int
    budget: int

    def run(self, ctx: WorkContext) -> None:
        from anonymizer.core.models import Progress
        from anonymizer.core.video import iter_preview_frames, probe_video

        info = probe_video(self.path)
        keep = max(2, self.budget // max(1, info.width * info.height * 3))
        every = max(1, -(-max(1, self.frames_estimate) // keep))
        for index, rgb in iter_preview_frames(self.path, every):
            ctx.cancel.raise_if_cancelled()
            ctx.emit((index, rgb))
            ctx.progress(Progress("scan", index, self.frames_estimate or None, self.path))


@dataclass(frozen=True)
class DetectFaces(Request[list[Detection]]):
    """The faces on pixels already decoded (a video frame of the scrubber)."""

    rgb: np.ndarray
    options: CleanOptions

    def run(self, ctx: WorkContext) -> list[Detection]:
        from anonymizer.core.pipeline import detect_faces

        return detect_faces(self.rgb, self.options, ctx.cancel)


@dataclass(frozen=True)
class PlayFrames(Request[None]):
    """The frames the window's player shows from ``start`` on, redacted by the export's own rule when
    ``redaction`` is given, each emitted as a ``PreviewFrame``.

    Paced on the worker's clock (started with the first frame): it runs at most ``ahead`` seconds of the
    clip ahead, so only a few frames are ever in flight (each is a shared-memory block), and a frame
    whose time passed more than ``late`` seconds ago is neither redacted nor sent (the machine cannot
    keep up: the player drops it)."""

    path: Path
    start: int
    redaction: PreviewRedaction | None
    ahead: float
    late: float

    def run(self, ctx: WorkContext) -> None:
        import time

        from anonymizer.core.models import Progress
        from anonymizer.core.video import probe_video
        from anonymizer.core.video.preview import preview_frames

        total = probe_video(self.path).frames_estimate or None
        clock: tuple[float, float] | None = None  # (monotonic time, clip time) of the first frame

        def behind(seconds: float) -> float:
            """How far the clip's ``seconds`` lie behind the clock (negative: ahead of it)."""
            assert clock is not None
            return clock[1] + time.monotonic() - clock[0] - seconds

        def wanted(seconds: float) -> bool:
            return clock is None or behind(seconds) <= self.late

        for frame in preview_frames(self.path, self.start, self.redaction, wanted, ctx.cancel):
            if clock is None:
                clock = (time.monotonic(), frame.seconds)
            # Far enough ahead: wait for the clip's time. The wait is read off the clock once per step:
            # read twice, the clock could pass the frame's time in between and ask for a negative sleep
            # (a ValueError that stopped playback at random, found by the playback test).
            while (wait := -self.ahead - behind(frame.seconds)) > 0:
                ctx.cancel.raise_if_cancelled()
                time.sleep(min(0.02, wait))
            ctx.emit(frame)
            ctx.progress(Progress("play", frame.index, total, self.path))  # also what the time limit counts


@dataclass(frozen=True)
class ReadFrame(Request[np.ndarray]):
    """One exact frame of a clip (a jump to a frame the scrubber did not keep)."""

    path: Path
    index: int

    def run(self, ctx: WorkContext) -> np.ndarray:
        from anonymizer.core.errors import InputError
        from anonymizer.core.video.preview import preview_frames

        for frame in preview_frames(self.path, self.index, cancel=ctx.cancel):
            return frame.rgb
        raise InputError(self.path, f"the video has no frame {self.index}")
