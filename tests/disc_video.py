"""A clip of two "faces" (red discs) moving past each other, and a fake detector that finds them.

The fake stands in for the face model at the core's one seam (``anonymizer.core.detection.
get_detector``), as the GUI tests' ``FakeDetector`` does for photos: tests know exactly where every face
is on every frame and run in a second. It can miss chosen frames, so tracks have bridged frames.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import av
import numpy as np

from anonymizer.core.models import Box, Detection

WIDTH, HEIGHT, RADIUS = 320, 240, 20
# Face A goes right along the top, face B left along the bottom: far enough apart that the grown
# redaction of one never reaches the other.
STARTS = ((40.0, 60.0, 5.0), (280.0, 180.0, -5.0))  # centre x, centre y, pixels per frame


def truth(i: int) -> list[Box]:
    """The true box of each face (A, B) on frame ``i``."""
    return [Box(x + v * i - RADIUS, y - RADIUS, 2 * RADIUS, 2 * RADIUS) for x, y, v in STARTS]


def _frame(i: int) -> np.ndarray:
    rng = np.random.default_rng(i)
    rgb = rng.integers(60, 160, size=(HEIGHT, WIDTH, 3), dtype=np.uint8)
    yy, xx = np.mgrid[:HEIGHT, :WIDTH]
    for b in truth(i):
        rgb[(xx - b.cx) ** 2 + (yy - b.cy) ** 2 <= RADIUS**2] = (255, 0, 0)
    return rgb


def make_disc_clip(path: Path, frames: int = 30, fps: int = 25) -> list[list[Box]]:
    """Write the clip (H.264, near-lossless so the discs stay red); returns the true boxes per frame."""
    with av.open(str(path), "w", format="mp4") as out:
        s = out.add_stream("libx264", rate=fps)
        s.width, s.height, s.pix_fmt = WIDTH, HEIGHT, "yuv420p"
        s.codec_context.options = {"crf": "10", "preset": "ultrafast"}
        for i in range(frames):
            f = av.VideoFrame.from_ndarray(_frame(i), format="rgb24")
            f.pts, f.time_base = i, Fraction(1, fps)
            out.mux(s.encode(f))
        out.mux(s.encode(None))
    return [truth(i) for i in range(frames)]


class DiscDetector:
    """Finds the red discs as faces (score 0.9, or 0.5 for face B). ``miss(call, face)`` says whether
    the ``call``-th frame it is asked about loses face 0 (A) or 1 (B): one instance per run."""

    def __init__(self, miss: Callable[[int, int], bool] = lambda call, face: False) -> None:
        self.miss = miss
        self.calls = 0

    def detect(self, rgb: np.ndarray, cancel: object = None) -> list[Detection]:
        import cv2

        call, self.calls = self.calls, self.calls + 1
        red = (rgb[..., 0] > 200) & (rgb[..., 1] < 70) & (rgb[..., 2] < 70)
        _, _, stats, _ = cv2.connectedComponentsWithStats(red.astype(np.uint8))
        found = []
        for x, y, w, h, area in stats[1:]:
            if area < 200:
                continue
            face = 0 if y + h / 2 < HEIGHT / 2 else 1
            if not self.miss(call, face):
                found.append(Detection(Box(float(x), float(y), float(w), float(h)), 0.9 if face == 0 else 0.5))
        return found


@dataclass
class DetectorFactory:
    """What ``get_detector`` is patched with: a fresh :class:`DiscDetector` for every run."""

    miss: Callable[[int, int], bool] = lambda call, face: False

    def __post_init__(self) -> None:
        self.made: list[DiscDetector] = []

    def __call__(self, options: object = None) -> DiscDetector:
        self.made.append(DiscDetector(self.miss))
        return self.made[-1]


def red_share(frame: np.ndarray, box: Box) -> float:
    """Share of the disc inside ``box`` still red on ``frame`` (1.0: untouched, 0.0: covered)."""
    yy, xx = np.mgrid[: frame.shape[0], : frame.shape[1]]
    disc = (xx - box.cx) ** 2 + (yy - box.cy) ** 2 <= (RADIUS - 2) ** 2
    red = (frame[..., 0] > 200) & (frame[..., 1] < 70) & (frame[..., 2] < 70)
    return float(red[disc].mean()) if disc.any() else 1.0
