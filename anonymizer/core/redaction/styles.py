"""The redaction styles: each turns a patch of pixels into something no recogniser can read.

Solid fill (the default) keeps nothing of the face.  Pixelate and blur are sized to the region, never
fixed in pixels: a fixed 20 px mosaic is strong on a 40 px face and nothing on a 600 px face.  Their
noise is added at the scale of a cell, where an attacker's own blurring or averaging of neighbouring
pixels cannot take it out again, but kept calm: busy texture gives a recogniser a generic face to match.

Measured with ``bench/reidentify.py`` (dlib's face recogniser; results in bench/README.md).
"""

from __future__ import annotations

import cv2
import numpy as np

from anonymizer.core.models import RedactionStyle

# Cells across the longer side of the region.  The region is the face grown 1.5x, so the face itself
# spans under three cells: eyes, brows, nose and mouth share cells.
PIXELATE_CELLS = 4
# Cell means are pulled towards the region's mean (a fifth of their contrast kept), then get noise
# larger than the differences left between them, so they cannot be read back from one image (0-255 scale,
# standard deviations: one shared brightness part, half of it again per channel).  Measured with
# bench/reidentify.py (bench/README.md, "Redaction"): strong texture is itself a weakness against a
# recogniser.  The earlier setting (5 cells, contrast 0.35, noise 28 + 14 per channel, half-cell noise
# 10, fine noise 6; commit 3747e61), applied to a flat patch with nothing of the face in it, was still "matched" to 9% of
# recognisable faces (an even fill: 0%): the confetti gave the recogniser a generic face to match.  Fewer,
# calmer cells halved what pixelate matches (9.0% -> 4.9% of recognisable faces).
PIXELATE_CONTRAST = 0.2
PIXELATE_CELL_NOISE = 20.0
PIXELATE_FINE_NOISE = 3.0

# Blur: the region is reduced to a coarse grid, blurred there with a Gaussian whose sigma is a share of
# the region's longer side, noised at grid scale, and brought back smoothly.
BLUR_GRID = 10  # grid cells across the longer side before blurring
BLUR_SIGMA_SHARE = 0.3  # sigma as a share of the region's longer side
BLUR_CONTRAST = 0.5  # pulled towards the region's mean, like the pixelate cells
BLUR_NOISE = 20.0  # grid-scale noise after the blur
BLUR_FINE_NOISE = 4.0

SOLID_COLOUR = (24, 24, 24)


def _cell_index(n: int, cell: float, offset: float) -> np.ndarray:
    return ((np.arange(n) + offset) // cell).astype(np.intp)


def _pixelate(patch: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    h, w = patch.shape[:2]
    cell = max(1.0, max(h, w) / PIXELATE_CELLS)
    # A random grid phase: cell borders do not line up with the region, so the grid cannot be modelled.
    ox, oy = rng.uniform(0.0, cell, size=2)
    ix, iy = _cell_index(w, cell, ox), _cell_index(h, cell, oy)
    ncx, ncy = int(ix[-1]) + 1, int(iy[-1]) + 1
    idx = (iy[:, None] * ncx + ix[None, :]).ravel()
    count = np.bincount(idx, minlength=ncx * ncy).astype(np.float64)
    # float32 for every full-size array: a face filling a 4K frame is a ~2300 px region, and float64
    # copies of it pushed a 4K video past its memory budget.
    flat = patch.reshape(-1, 3).astype(np.float32)
    means = np.stack([np.bincount(idx, flat[:, c], ncx * ncy) for c in range(3)], axis=1)
    means /= np.maximum(count, 1.0)[:, None]
    centre = flat.mean(axis=0, dtype=np.float64)
    del flat
    means = centre + (means - centre) * PIXELATE_CONTRAST
    # Per-cell noise: one shared (brightness) part and a smaller part per channel.
    means += rng.normal(0.0, PIXELATE_CELL_NOISE, (ncx * ncy, 1))
    means += rng.normal(0.0, PIXELATE_CELL_NOISE / 2, (ncx * ncy, 3))
    out = means.astype(np.float32)[idx].reshape(h, w, 3)
    out += rng.standard_normal((h, w, 1), dtype=np.float32) * np.float32(PIXELATE_FINE_NOISE)
    np.rint(out, out=out)
    np.clip(out, 0, 255, out=out)
    return out.astype(np.uint8)


def _blur(patch: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    h, w = patch.shape[:2]
    side = max(h, w)
    gw, gh = max(1, round(w / side * BLUR_GRID)), max(1, round(h / side * BLUR_GRID))
    # Downsample first: the fine detail is gone for good before any blurring, at every size.
    small = cv2.resize(patch, (gw, gh), interpolation=cv2.INTER_AREA).astype(np.float32)
    sigma = BLUR_SIGMA_SHARE * BLUR_GRID  # in grid cells == share of the region's longer side
    small = cv2.GaussianBlur(small, (0, 0), sigmaX=sigma, sigmaY=sigma, borderType=cv2.BORDER_REFLECT)
    small = small.reshape(gh, gw, 3)
    centre = small.reshape(-1, 3).mean(axis=0)
    small = centre + (small - centre) * BLUR_CONTRAST
    small += rng.normal(0.0, BLUR_NOISE, (gh, gw, 1)).astype(np.float32)
    out = cv2.resize(small, (w, h), interpolation=cv2.INTER_LINEAR)
    if out.ndim == 2:
        out = out[:, :, None]
    # float32 noise drawn directly, as in _pixelate: no full-size float64 copy for a 4K-sized region.
    out += rng.standard_normal((h, w, 1), dtype=np.float32) * np.float32(BLUR_FINE_NOISE)
    return np.clip(np.rint(out), 0, 255).astype(np.uint8)


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
