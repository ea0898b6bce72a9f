"""Plain values of the video package: what the GUI, the CLI and the pipeline see. No PyAV here."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass, field

from anonymizer.core.models import AudioMode, Box, DetectionOptions, Shape


@dataclass(frozen=True)
class ManualVideoRegion:
    """An area the user marked by hand, redacted on frames ``first_frame..last_frame`` (inclusive).

    ``box`` is in pixels of the upright (rotation applied) frame, final: it is not grown like a face.
    """

    box: Box
    shape: Shape = Shape.RECTANGLE
    first_frame: int = 0
    last_frame: int = 2**31 - 1

    def covers(self, index: int) -> bool:
        return self.first_frame <= index <= self.last_frame


@dataclass(frozen=True)
class VideoInfo:
    """What a video is, as the GUI shows it: upright size, an estimate of its frames, its timing."""

    width: int  # upright, after the display rotation
    height: int
    frames_estimate: int  # from the container when it says, else duration x frame rate; 0 if unknown
    duration_s: float
    fps: float  # average; variable-frame-rate videos keep their own timing anyway
    rotation: int  # degrees clockwise the pixels are turned to stand upright (0, 90, 180, 270)
    has_audio: bool
    codec: str = ""


@dataclass(frozen=True)
class VideoReport:
    """The outcome of one cleaned video."""

    frames: int
    faces: int  # distinct face tracks
    duration_s: float
    audio: AudioMode  # what the output's sound is (REMOVE when the input had none)


@dataclass(frozen=True)
class FaceTrack:
    """One face followed through the video, as the tracker covers it.

    ``boxes``: frame number (from 0, in decode order) -> the face's box on that frame, in upright-frame
    pixels, before the redaction's own growth; every frame the track covers, bridged ones included.
    ``bridged``: the frames of ``boxes`` the detector did not find it on (filled between two sightings,
    covered before the first one, or held at the predicted place after the last): the unsure stretches.
    """

    id: int
    first_frame: int
    last_frame: int
    boxes: Mapping[int, Box]
    bridged: frozenset[int]
    lowest_score: float  # of the frames it was detected on

    @property
    def detected_frames(self) -> int:
        return len(self.boxes) - len(self.bridged)


@dataclass(frozen=True)
class AnalysisKey:
    """What the tracks depend on: the file's bytes (their SHA-256 decides; size and time are for a quick
    look) and the detection settings. An export replays an analysis (and keeps the track ids it handed
    out) only for the same bytes at the same settings."""

    size: int
    mtime_ns: int
    sha256: str
    detection: DetectionOptions


@dataclass(frozen=True)
class VideoAnalysis:
    """The look at a video before export: what it is, and every face track found in it."""

    info: VideoInfo
    frames: int  # decoded, exactly
    tracks: tuple[FaceTrack, ...]
    key: AnalysisKey

    def track(self, track_id: int) -> FaceTrack | None:
        return next((t for t in self.tracks if t.id == track_id), None)

    @functools.cached_property
    def _by_frame(self) -> dict[int, dict[int, Box]]:
        index: dict[int, dict[int, Box]] = {}
        for t in self.tracks:
            for frame, box in t.boxes.items():
                index.setdefault(frame, {})[t.id] = box
        return index

    def boxes_on(self, frame: int) -> dict[int, Box]:
        """Track id -> box on ``frame``: what the tracker released for it in the analysis run."""
        return dict(self._by_frame.get(frame, {}))


@dataclass(frozen=True)
class TrackChoices:
    """A person's decisions on the tracks: ``excluded`` are left visible on every frame; a track in
    ``ranges`` is covered only on its frames ``first..last`` (inclusive). Every other track is covered
    wherever the tracker puts it, bridged frames included."""

    excluded: frozenset[int] = frozenset()
    ranges: Mapping[int, tuple[int, int]] = field(default_factory=dict)

    def __bool__(self) -> bool:
        """Whether there is any decision at all."""
        return bool(self.excluded or self.ranges)

    def covers(self, track_id: int, frame: int) -> bool:
        if track_id in self.excluded:
            return False
        first, last = self.ranges.get(track_id, (frame, frame))
        return first <= frame <= last

    @property
    def named(self) -> frozenset[int]:
        """Every track id a decision is about (each must exist in the run it is applied to)."""
        return self.excluded | frozenset(self.ranges)


NO_CHOICES = TrackChoices()
