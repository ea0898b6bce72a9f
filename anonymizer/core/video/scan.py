"""The face tracks of a video: one tracking pass shared by the look (``analyze_video``) and the export.

Both run the very same pass (detector, tracker, look-ahead sized from the first frame), so the track ids
the look hands to a person are the ids the export applies the person's decisions to. An export may also
replay the look's boxes instead of detecting again (:class:`ReplayPass`), when the file and the
detection settings are the ones the look saw (:class:`~anonymizer.core.video.types.AnalysisKey`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Generic, Protocol, TypeVar

import numpy as np

from anonymizer.core.cancel import CancelToken, ProgressCallback
from anonymizer.core.errors import AnalysisOutdated
from anonymizer.core.models import Box, Detection, DetectionOptions, Progress
from anonymizer.core.video.decode import DecodedFrame, VideoSource, info_of
from anonymizer.core.video.tracking import FaceTracker, TrackedFrame, lookahead_for
from anonymizer.core.video.types import AnalysisKey, FaceTrack, VideoAnalysis

T = TypeVar("T")
HASH_CHUNK = 1 << 20
FrameCount = Callable[[int], None]  # told the number of frames whose faces are known so far


def _ignore(_: int) -> None:
    """The default frame counter: nobody listens."""


class Detector(Protocol):
    def detect(self, rgb: np.ndarray, cancel: CancelToken | None = None) -> list[Detection]: ...


class TrackingPass(Generic[T]):
    """Detect on a worker thread (ONNX Runtime releases the GIL) while the caller decodes the next frame
    and handles the last one; track; hand back the frames whose boxes are final."""

    def __init__(self, detector: Detector, cancel: CancelToken, on_detected: FrameCount = _ignore) -> None:
        self.detector, self.cancel, self.on_detected = detector, cancel, on_detected
        self.tracker: FaceTracker[T] | None = None  # sized at the first frame
        self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="anonymizer-detect")
        self.pending: tuple[T, Future[list[Detection]]] | None = None
        self.detected = 0

    def push(self, frame: DecodedFrame, item: T) -> list[TrackedFrame[T]]:
        """Start detecting ``frame``; returns the frames that became final (``item`` travels with it)."""
        if self.tracker is None:
            self.tracker = FaceTracker(lookahead=lookahead_for(frame.rgb.nbytes))
        future = self.pool.submit(self.detector.detect, frame.rgb, self.cancel)
        out = self._collect()
        self.pending = (item, future)
        return out

    def _collect(self) -> list[TrackedFrame[T]]:
        if self.pending is None:
            return []
        item, future = self.pending
        self.pending = None
        assert self.tracker is not None
        out = self.tracker.push_frame(item, future.result())
        self.detected += 1
        self.on_detected(self.detected)
        return out

    def finish(self, frames: int) -> list[TrackedFrame[T]]:
        """The frames still waiting, once all ``frames`` were decoded (the count is for the replay's check:
        both passes are used alike)."""
        out = self._collect()
        return out + (self.tracker.flush_frames() if self.tracker is not None else [])

    def close(self) -> None:
        """Wait for a detection still running (it stops at its next cancel check)."""
        self.pool.shutdown(wait=True, cancel_futures=True)


class ReplayPass(Generic[T]):
    """The boxes of an earlier analysis, frame by frame: no detection, no waiting frames."""

    def __init__(self, analysis: VideoAnalysis, on_detected: FrameCount = _ignore) -> None:
        self.analysis, self.on_detected = analysis, on_detected

    def push(self, frame: DecodedFrame, item: T) -> list[TrackedFrame[T]]:
        self.on_detected(frame.index + 1)
        return [TrackedFrame(frame.index, item, self.analysis.boxes_on(frame.index), {})]

    def finish(self, frames: int) -> list[TrackedFrame[T]]:
        # The same bytes decode to the same frames; anything else means the boxes belong to another video.
        if frames != self.analysis.frames:
            raise AnalysisOutdated(None, f"{frames} frames decoded, the analysis had {self.analysis.frames}")
        return []

    def close(self) -> None:
        pass


# ---------------------------------------------------------------- the key an analysis is valid for
def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(HASH_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def analysis_key(path: Path, detection: DetectionOptions) -> AnalysisKey:
    """The key of ``path`` as it is now."""
    st = path.stat()
    return AnalysisKey(st.st_size, st.st_mtime_ns, file_sha256(path), detection)


def matches(analysis: VideoAnalysis, path: Path, detection: DetectionOptions) -> bool:
    """Whether ``analysis`` holds the tracks an export of ``path`` at ``detection`` would find. The hash
    decides (a file touched but not changed is the same video; one rewritten within the same second is
    not); another size says it cheaply. Hashing runs at 370 MB/s on a busy 2-core machine: seconds per GB,
    next to minutes of detection."""
    key = analysis.key
    if key.detection != detection or path.stat().st_size != key.size:
        return False
    return file_sha256(path) == key.sha256


# ---------------------------------------------------------------- the look
class _TrackBuilder:
    """Collects the released boxes of each track, frame by frame (boxes only, never pixels)."""

    def __init__(self) -> None:
        self.boxes: dict[int, dict[int, Box]] = {}
        self.bridged: dict[int, set[int]] = {}
        self.scores: dict[int, float] = {}

    def add(self, frames: Iterable[TrackedFrame[None]]) -> None:
        for f in frames:
            for tid, box in f.boxes.items():
                self.boxes.setdefault(tid, {})[f.index] = box
                if tid in f.scores:
                    self.scores[tid] = min(self.scores.get(tid, 1.0), f.scores[tid])
                else:
                    self.bridged.setdefault(tid, set()).add(f.index)

    def tracks(self) -> tuple[FaceTrack, ...]:
        return tuple(FaceTrack(tid, min(b), max(b), b, frozenset(self.bridged.get(tid, ())),
                               self.scores.get(tid, 0.0))
                     for tid, b in sorted(self.boxes.items()) if b)


def scan(src: Path, detection: DetectionOptions, detector: Detector, progress: ProgressCallback,
         cancel: CancelToken) -> VideoAnalysis:
    """Decode ``src`` and track its faces (the pass an export would run); keeps boxes only."""
    key = analysis_key(src, detection)
    builder = _TrackBuilder()
    with VideoSource(src) as source:
        def report(done: int) -> None:
            progress(Progress("analyze", done, source.frames_estimate or None, src))

        run: TrackingPass[None] = TrackingPass(detector, cancel, report)
        try:
            decoded, size = 0, (0, 0)
            for frame in _frames(source, cancel):
                size = (frame.rgb.shape[1], frame.rgb.shape[0])
                builder.add(run.push(frame, None))
                decoded += 1
            builder.add(run.finish(decoded))
            source.check_complete(decoded)
            info = info_of(source, *size)
        finally:
            run.close()
    return VideoAnalysis(info, decoded, builder.tracks(), key)


def _frames(source: VideoSource, cancel: CancelToken) -> Iterable[DecodedFrame]:
    for packet in source.packets(audio=False):
        if packet.stream is source.video:
            for frame in source.decode(packet):
                cancel.raise_if_cancelled()
                yield frame
