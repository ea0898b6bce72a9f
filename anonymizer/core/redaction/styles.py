"""The redaction styles: each turns a patch of pixels into something no recogniser can read.

Every style is sized to the region, never fixed in pixels: a fixed 20 px mosaic is strong on a
40 px face and nothing on a 600 px face.
"""

from __future__ import annotations

import cv2
import numpy as np

from anonymizer.core.models import RedactionStyle

# Cells across the longer side of the region: few enough that eyes, nose and mouth share cells.
PIXELATE_CELLS = 6
# Noise added to each cell (standard deviation, 0-255 scale) so the cell means cannot be inverted.
PIXELATE_NOISE = 24.0
BLUR_SIGMA_SHARE = 0.25  # Gaussian sigma as a share of the region's longer side
SOLID_COLOUR = (24, 24, 24)


def _pixelate(patch: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    h, w = patch.shape[:2]
    cell = max(2.0, max(h, w) / PIXELATE_CELLS)
    cw, ch = max(1, int(round(w / cell))), max(1, int(round(h / cell)))
    small = cv2.resize(patch, (cw, ch), interpolation=cv2.INTER_AREA).astype(np.float32)
    small += rng.normal(0.0, PIXELATE_NOISE, small.shape).astype(np.float32)
    big = cv2.resize(np.clip(small, 0, 255).astype(np.uint8), (w, h), interpolation=cv2.INTER_NEAREST)
    k = max(3, int(cell / 2) | 1)
    return cv2.GaussianBlur(big, (k, k), 0)


def _blur(patch: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    h, w = patch.shape[:2]
    sigma = max(2.0, max(h, w) * BLUR_SIGMA_SHARE)
    out = cv2.GaussianBlur(patch, (0, 0), sigmaX=sigma, sigmaY=sigma, borderType=cv2.BORDER_REFLECT)
    return out


def _solid(patch: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    out = np.empty_like(patch)
    out[...] = SOLID_COLOUR
    return out


_STYLES = {
    RedactionStyle.PIXELATE: _pixelate,
    RedactionStyle.SOLID: _solid,
    RedactionStyle.BLUR: _blur,
}


def redact_patch(patch: np.ndarray, style: RedactionStyle, rng: np.random.Generator) -> np.ndarray:
    """Return a redacted copy of an (h, w, 3) uint8 patch."""
    if patch.size == 0:
        return patch.copy()
    return _STYLES[style](patch, rng)
