"""Plain values of the video package: what the GUI, the CLI and the pipeline see. No PyAV here."""

from __future__ import annotations

from dataclasses import dataclass

from anonymizer.core.models import AudioMode, Box, Shape


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
