"""Turned heads (issue 6): the region grows toward the back of the head, never shrinks."""

from __future__ import annotations

import numpy as np
import pytest

from anonymizer.core.models import Box, Detection, RedactionOptions, Shape
from anonymizer.core.redaction import TURN_PIXEL_MARGIN, regions_from_detections
from anonymizer.core.redaction.masks import shape_mask

W = H = 1000
BOX = Box(400.0, 300.0, 100.0, 120.0)


def landmarks(box: Box, nose_share: float) -> tuple[tuple[float, float], ...]:
    """Eyes about the box centre, nose at ``nose_share`` of the width from the left edge."""
    ey, ny, my = box.y + 0.4 * box.h, box.y + 0.6 * box.h, box.y + 0.8 * box.h
    return ((box.cx - 0.2 * box.w, ey), (box.cx + 0.2 * box.w, ey), (box.x + nose_share * box.w, ny),
            (box.cx - 0.15 * box.w, my), (box.cx + 0.15 * box.w, my))


def region(det: Detection, shape: Shape, w: int = W, h: int = H) -> Box:
    return regions_from_detections([det], RedactionOptions(shape=shape), w, h)[0].box


def contains(outer: Box, inner: Box, shape: Shape, w: int = W, h: int = H) -> bool:
    a, b = shape_mask(outer, shape, w, h), shape_mask(inner, shape, w, h)
    return bool(not (b & ~a).any())


@pytest.mark.parametrize("shape", list(Shape))
def test_frontal_face_keeps_the_old_region(shape: Shape) -> None:
    assert region(Detection(BOX, 0.9, landmarks(BOX, 0.5)), shape) == region(Detection(BOX, 0.9), shape)
    # A slightly turned face (nose 5% of the width off the eye midpoint) is still frontal.
    assert region(Detection(BOX, 0.9, landmarks(BOX, 0.55)), shape) == region(Detection(BOX, 0.9), shape)


@pytest.mark.parametrize("shape", list(Shape))
def test_no_landmarks_is_unchanged(shape: Shape) -> None:
    opts = RedactionOptions(shape=shape)
    got = regions_from_detections([Detection(BOX, 0.9)], opts, W, H)[0].box
    assert got == BOX.expanded(opts.scale, opts.down_shift).clipped(W, H)


@pytest.mark.parametrize("shape", list(Shape))
def test_profile_facing_right_grows_left_and_contains_the_old_region(shape: Shape) -> None:
    old = region(Detection(BOX, 0.9), shape)
    new = region(Detection(BOX, 0.9, landmarks(BOX, 0.9)), shape)  # nose near the right edge
    assert new.x <= old.x - 0.5 * BOX.w  # clear profile: about +0.6 of the box width behind the head
    assert old.x2 <= new.x2 <= old.x2 + TURN_PIXEL_MARGIN  # the front (nose side) keeps its edge
    assert contains(new, old, shape)
    assert shape_mask(new, shape, W, H).sum() > shape_mask(old, shape, W, H).sum()


@pytest.mark.parametrize("shape", list(Shape))
def test_profile_facing_left_grows_right(shape: Shape) -> None:
    old = region(Detection(BOX, 0.9), shape)
    new = region(Detection(BOX, 0.9, landmarks(BOX, 0.1)), shape)
    assert new.x2 >= old.x2 + 0.5 * BOX.w
    assert old.x - TURN_PIXEL_MARGIN <= new.x <= old.x
    assert contains(new, old, shape)


@pytest.mark.parametrize("shape", list(Shape))
def test_growth_never_drops_a_pixel(shape: Shape) -> None:
    """Random boxes and turns, near the image edges too: every old pixel stays redacted."""
    rng = np.random.default_rng(0)
    w, h = 320, 240
    for _ in range(1000):
        bw, bh = rng.uniform(8, 150), rng.uniform(8, 150)
        box = Box(rng.uniform(-0.3 * bw, w - 0.7 * bw), rng.uniform(-0.3 * bh, h - 0.7 * bh), bw, bh)
        det = Detection(box, 0.9, landmarks(box, rng.uniform(0.0, 1.0)))
        old = region(Detection(box, 0.9), shape, w, h)
        assert contains(region(det, shape, w, h), old, shape, w, h), (box, det.landmarks)
