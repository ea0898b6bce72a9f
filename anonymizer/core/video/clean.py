"""One video, end to end: decode, detect, track, redact, encode, handle the sound, verify."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from anonymizer.core.cancel import NEVER_CANCELLED, CancelToken, ProgressCallback, no_progress
from anonymizer.core.errors import AnalysisOutdated, AnonymizerError, UnknownTrack
from anonymizer.core.models import (
    AudioMode,
    Box,
    CleanOptions,
    Progress,
)
from anonymizer.core.video.audio import AudioTrack
from anonymizer.core.video.decode import DecodedFrame, VideoSource
from anonymizer.core.video.encode import VideoWriter
from anonymizer.core.video.memory import release_big_blocks
from anonymizer.core.video.redact import FrameRedactor
from anonymizer.core.video.scan import Detector, FrameCount, ReplayPass, TrackingPass, matches
from anonymizer.core.video.tracking import TrackedFrame
from anonymizer.core.video.types import (
    NO_CHOICES,
    ManualVideoRegion,
    TrackChoices,
    VideoAnalysis,
    VideoReport,
)
from anonymizer.core.video.verify import Expected, verify_video

_Pass = TrackingPass[DecodedFrame] | ReplayPass[DecodedFrame]


class _Run:
    """The state of one run: the output is created at the first frame, once its upright size is known."""

    def __init__(self, source: VideoSource, dst: Path, options: CleanOptions, tracking: _Pass,
                 manual: Sequence[ManualVideoRegion], choices: TrackChoices, cancel: CancelToken) -> None:
        self.source, self.dst, self.options, self.tracking = source, dst, options, tracking
        self.manual, self.choices, self.cancel = manual, choices, cancel
        self.redactor: FrameRedactor | None = None  # made at the first frame, once its size is known
        self.writer: VideoWriter | None = None
        self.audio: AudioTrack | None = None
        self.pending_audio: list[Any] = []  # audio packets read before the first video frame
        self.decoded = 0
        self.end_pts = 0
        self.size = (0, 0)
        self.seen: set[int] = set()  # every track id released, covered or not
        self.covered: set[int] = set()

    def on_video(self, packet: Any) -> None:
        for frame in self.source.decode(packet):
            self.cancel.raise_if_cancelled()
            if self.writer is None:
                self._open_output(frame)
            self._emit_all(self.tracking.push(frame, frame))
            self.decoded += 1

    def _emit_all(self, frames: Sequence[TrackedFrame[DecodedFrame]]) -> None:
        for done in frames:
            self._emit(done.item, done.boxes)

    def on_audio(self, packet: Any) -> None:
        if self.audio is not None:
            self.audio.feed(packet)
        elif self.writer is None and self.source.audio is not None and self.options.audio is not AudioMode.REMOVE:
            self.pending_audio.append(packet)

    def _open_output(self, frame: DecodedFrame) -> None:
        h, w = frame.rgb.shape[:2]
        self.size = (w, h)
        self.redactor = FrameRedactor(self.options.redaction, w, h, self.manual, self.choices)
        self.writer = self._make_writer(w, h)
        if self.source.audio is not None and self.options.audio is not AudioMode.REMOVE:
            self.audio = AudioTrack(self.source.audio, self.writer, self.options.audio is AudioMode.DISTORT,
                                    self.source.start_seconds)
            for packet in self.pending_audio:
                self.audio.feed(packet)
            self.pending_audio.clear()

    def _make_writer(self, width: int, height: int) -> VideoWriter:
        """The H.264 writer; an animated image's run writes a GIF or WebP instead (video/animation.py)."""
        return VideoWriter(self.dst, width, height, self.source.time_base, self.source.fps)

    def _emit(self, frame: DecodedFrame, boxes: dict[int, Box]) -> None:
        assert self.writer is not None and self.redactor is not None
        self.seen.update(boxes)
        self.covered.update(self.redactor.redact(frame.rgb, frame.index, boxes))
        self.writer.write(frame.rgb, frame.pts, frame.duration)
        self.end_pts = frame.pts + frame.duration

    def finish(self) -> VideoReport:
        # First: a clip that decoded no frame (or fewer than it declares) is a typed input error, and
        # no writer was ever made for it.
        self.source.check_complete(self.decoded)
        assert self.writer is not None
        self._emit_all(self.tracking.finish(self.decoded))
        unknown = tuple(sorted(self.choices.named - self.seen))
        if unknown:  # ids from another run or other settings: they may name other faces here
            raise UnknownTrack(self.source.path, f"no face track {unknown} in this run", unknown)
        if self.audio is not None:
            self.audio.finish()
        self.writer.finish()
        mode = self.options.audio if self.audio is not None else AudioMode.REMOVE
        return VideoReport(frames=self.writer.frames, faces=len(self.covered),
                           duration_s=float(self.end_pts * self.source.time_base), audio=mode)

    def run(self, packets: Iterable[Any]) -> VideoReport:
        """Feed every packet and finish; on any error or cancel, abort (the writer closed) and re-raise."""
        try:
            for packet in packets:
                if packet.stream is self.source.video:
                    self.on_video(packet)
                else:
                    self.on_audio(packet)
            report = self.finish()
            self.close()
        except BaseException:
            self.abort()
            raise
        return report

    def close(self) -> None:
        self.tracking.close()

    def abort(self) -> None:
        self.close()
        if self.writer is not None:
            self.writer.abort()


def clean_video(src: Path, dst: Path, options: CleanOptions, *, manual_regions: Sequence[ManualVideoRegion] = (),
                choices: TrackChoices = NO_CHOICES, analysis: VideoAnalysis | None = None,
                progress: ProgressCallback = no_progress, cancel: CancelToken = NEVER_CANCELLED,
                detector: Detector | None = None) -> VideoReport:
    """Write ``src`` to ``dst`` (MP4) with every face covered on every frame, then verify ``dst``.

    ``choices``: tracks a person switched off or cut (ids of :func:`analyze_video` at the same
    settings). ``analysis``: that look; its boxes are replayed instead of detecting again when it was
    made of these bytes at ``options.video_detection``. Raises on any error or cancel; the caller deletes
    ``dst`` then. ``detector`` replaces the face detector of ``options.video_detection`` (tests).
    """
    release_big_blocks()
    try:
        with VideoSource(src) as source:
            tracking = _tracking_for(src, options, choices, analysis, detector, cancel,
                                     _frame_progress(source, progress))
            run = _Run(source, dst, options, tracking, manual_regions, choices, cancel)
            report = run.run(source.packets(audio=options.audio is not AudioMode.REMOVE))
        verify_video(dst, Expected(run.size[0], run.size[1], report.frames, run.audio is not None))
    except AnonymizerError as exc:
        exc.with_path(src)  # errors raised deep in the loop do not know the file
        raise
    return report


def _frame_progress(source: VideoSource, progress: ProgressCallback) -> FrameCount:
    def report(done: int) -> None:
        progress(Progress("video", done, source.frames_estimate or None, source.path))
    return report


def _tracking_for(src: Path, options: CleanOptions, choices: TrackChoices, analysis: VideoAnalysis | None,
                  detector: Detector | None, cancel: CancelToken,
                  report: FrameCount) -> _Pass:
    """Replay the look when it saw these bytes at these settings, else detect again. Decisions made on a
    look of other bytes or settings are refused: the same id may now be another face."""
    if analysis is not None and matches(analysis, src, options.video_detection):
        return ReplayPass(analysis, report)
    if analysis is not None and choices:
        raise AnalysisOutdated(src, "the file or the detection settings changed since the tracks were found")
    if detector is None:
        from anonymizer.core.detection import get_detector

        detector = get_detector(options.video_detection)
    return TrackingPass(detector, cancel, report)
