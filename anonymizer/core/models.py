"""Plain data shared by the core, the CLI and the GUI: boxes, regions, options, progress, results.

Everything here is a frozen dataclass or an enum so that it can cross threads and be compared in
tests. No Qt, no numpy arrays (pixels live in the media layer).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field, replace
from pathlib import Path

from anonymizer.core.errors import AnonymizerError

# Re-exported: models is where callers look for the data types.
from anonymizer.core.findings import Finding as Finding
from anonymizer.core.findings import MetadataGroup as MetadataGroup


@dataclass(frozen=True)
class Box:
    """An axis-aligned box in pixels of the *oriented* image: top-left corner, width, height."""

    x: float
    y: float
    w: float
    h: float

    @property
    def x2(self) -> float:
        return self.x + self.w

    @property
    def y2(self) -> float:
        return self.y + self.h

    @property
    def cx(self) -> float:
        return self.x + self.w / 2

    @property
    def cy(self) -> float:
        return self.y + self.h / 2

    @property
    def area(self) -> float:
        return max(self.w, 0.0) * max(self.h, 0.0)

    @classmethod
    def from_corners(cls, x1: float, y1: float, x2: float, y2: float) -> Box:
        return cls(x1, y1, x2 - x1, y2 - y1)

    def iou(self, other: Box) -> float:
        ix = max(0.0, min(self.x2, other.x2) - max(self.x, other.x))
        iy = max(0.0, min(self.y2, other.y2) - max(self.y, other.y))
        inter = ix * iy
        union = self.area + other.area - inter
        return inter / union if union > 0 else 0.0

    def expanded(self, scale: float, down_shift: float = 0.0) -> Box:
        """Grow about the centre by ``scale``; ``down_shift`` moves the centre down by that share of
        the original height (chin and neck sit below a detector's box)."""
        w, h = self.w * scale, self.h * scale
        cx, cy = self.cx, self.cy + down_shift * self.h
        return Box(cx - w / 2, cy - h / 2, w, h)

    def clipped(self, width: int, height: int) -> Box:
        x1, y1 = max(0.0, self.x), max(0.0, self.y)
        x2, y2 = min(float(width), self.x2), min(float(height), self.y2)
        return Box(x1, y1, max(0.0, x2 - x1), max(0.0, y2 - y1))

    def scaled(self, sx: float, sy: float | None = None) -> Box:
        sy = sx if sy is None else sy
        return Box(self.x * sx, self.y * sy, self.w * sx, self.h * sy)

    def translated(self, dx: float, dy: float) -> Box:
        return Box(self.x + dx, self.y + dy, self.w, self.h)

    def as_list(self, ndigits: int = 1) -> list[float]:
        return [round(self.x, ndigits), round(self.y, ndigits), round(self.w, ndigits), round(self.h, ndigits)]


@dataclass(frozen=True)
class Detection:
    """One face found by the detector, in oriented-image pixels, before any expansion."""

    box: Box
    score: float
    landmarks: tuple[tuple[float, float], ...] = ()


class Shape(enum.Enum):
    ELLIPSE = "ellipse"
    RECTANGLE = "rectangle"


class RegionSource(enum.Enum):
    DETECTED = "detected"  # a face the detector is sure enough of: redacted unless switched off
    CANDIDATE = "candidate"  # an unsure spot below the threshold: redacted only when a person confirms it
    MANUAL = "manual"  # drawn by the user


@dataclass(frozen=True)
class Region:
    """An area to redact. ``box`` is final (already expanded for detected faces)."""

    box: Box
    shape: Shape = Shape.ELLIPSE
    source: RegionSource = RegionSource.DETECTED
    enabled: bool = True
    score: float | None = None


@dataclass(frozen=True)
class BrushStroke:
    """A free-hand stroke painted by the user: a polyline of points and a pen radius, in pixels."""

    points: tuple[tuple[float, float], ...]
    radius: float


class RedactionStyle(enum.Enum):
    PIXELATE = "pixelate"
    SOLID = "solid"
    BLUR = "blur"


@dataclass(frozen=True)
class RedactionOptions:
    # Solid fill by default: it keeps nothing of the face, and it is the one style no face recogniser
    # matched on any recognisable face (bench/reidentify.py; bench/README.md, "Redaction").
    style: RedactionStyle = RedactionStyle.SOLID
    shape: Shape = Shape.ELLIPSE
    # Measured: an ellipse in a box grown 1.5x (a rectangle 1.4x) covers the labelled face with hair,
    # ears and chin; 1.3x leaves the corners of the face visible.
    ellipse_scale: float = 1.5
    rectangle_scale: float = 1.4
    down_shift: float = 0.05

    @property
    def scale(self) -> float:
        return self.ellipse_scale if self.shape is Shape.ELLIPSE else self.rectangle_scale


class Preset(enum.Enum):
    FAST = "fast"
    THOROUGH = "thorough"


@dataclass(frozen=True)
class DetectionOptions:
    preset: Preset = Preset.THOROUGH
    # 0..1; higher finds more faces (and more false alarms). Mapped to a score threshold by the detector.
    sensitivity: float = 0.5


class AudioMode(enum.Enum):
    REMOVE = "remove"
    KEEP = "keep"
    DISTORT = "distort"


class NamingScheme(enum.Enum):
    RANDOM = "random"
    NUMBERED = "numbered"
    KEEP = "keep"


@dataclass(frozen=True)
class CleanOptions:
    """Everything one ``clean`` run needs to know, for photos and videos alike."""

    redaction: RedactionOptions = field(default_factory=RedactionOptions)
    detection: DetectionOptions = field(default_factory=DetectionOptions)
    audio: AudioMode = AudioMode.REMOVE
    naming: NamingScheme = NamingScheme.RANDOM
    jpeg_quality: int = 92
    video_detection: DetectionOptions = field(default_factory=lambda: DetectionOptions(preset=Preset.FAST))

    def evolve(self, **changes: object) -> CleanOptions:
        return replace(self, **changes)  # type: ignore[arg-type]


class FileWarning(enum.Enum):
    """Something about a file the cleaned copy cannot fix, that the user must know (worded at the edge)."""

    MOTION_PHOTO = "motion_photo"  # a video hidden inside the photo
    LIVE_PHOTO = "live_photo"  # a video of the same name beside the photo
    EMBEDDED_PREVIEWS = "embedded_previews"  # hidden previews of the original (not copied)
    SIDECAR = "sidecar"  # an .xmp/.aae/.thm beside the original (not copied)
    LAYERS_DROPPED = "layers-dropped"  # a Photoshop file: only the flattened picture was kept


@dataclass(frozen=True)
class Progress:
    """A progress report: ``done`` of ``total`` units (frames, or steps for a photo) of one file."""

    stage: str
    done: int
    total: int | None = None
    path: Path | None = None


class Status(enum.Enum):
    OK = "ok"
    ERROR = "error"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class FileResult:
    input: Path
    status: Status
    output: Path | None = None
    error: AnonymizerError | None = None
    faces: int = 0
    metadata_removed: tuple[Finding, ...] = ()
    warnings: tuple[FileWarning, ...] = ()
    # Unsure spots below the threshold that nobody confirmed, so left visible: a script can flag the file
    # for a person (``clean --json``).
    candidates: int = 0
