"""Tiling, padding, coordinate mapping and NMS of the detector: pure geometry, no model."""

from __future__ import annotations

import numpy as np
import pytest

from anonymizer.core.detection import geometry as geo
from anonymizer.core.detection.model import STRIDE


@pytest.mark.parametrize("width,height", [(100, 80), (1024, 1024), (1025, 700), (2048, 1366), (8000, 6000),
                                          (4000, 3000), (1900, 2100)])
@pytest.mark.parametrize("size,overlap", [(1024, 192), (640, 128)])
def test_tiles_cover_the_image_with_the_overlap(width: int, height: int, size: int, overlap: int) -> None:
    tiles = geo.make_tiles(width, height, size, overlap, STRIDE)
    covered = np.zeros((height, width), dtype=np.int32)
    for t in tiles:
        assert 0 <= t.x0 and 0 <= t.y0 and t.x0 + t.w <= width and t.y0 + t.h <= height
        assert t.w <= size and t.h <= size
        covered[t.y0:t.y0 + t.h, t.x0:t.x0 + t.w] += 1
    assert covered.min() >= 1
    xs = sorted({t.x0 for t in tiles})
    for a, b in zip(xs, xs[1:], strict=False):
        assert a + min(size, width) - b >= overlap  # neighbours share at least the overlap
    # Interior edges are flagged; image borders are not.
    for t in tiles:
        assert t.left_inner == (t.x0 > 0)
        assert t.top_inner == (t.y0 > 0)
        assert t.right_inner == (t.x0 + t.w < width)
        assert t.bottom_inner == (t.y0 + t.h < height)


def test_small_image_is_one_tile() -> None:
    assert geo.make_tiles(500, 300, 1024, 192, STRIDE) == [geo.Tile(0, 0, 500, 300)]


def test_tile_size_must_exceed_overlap() -> None:
    with pytest.raises(ValueError):
        geo.make_tiles(3000, 3000, 100, 100, STRIDE)


def test_touches_inner_edge_only_on_interior_edges() -> None:
    tile = geo.Tile(0, 0, 100, 100, left_inner=False, top_inner=True, right_inner=True, bottom_inner=False)
    boxes = np.array([
        [0, 40, 20, 60],    # on the image's left border: kept
        [40, 0, 60, 20],    # on the interior top edge: dropped
        [85, 40, 99, 60],   # within the margin of the interior right edge: dropped
        [40, 85, 60, 100],  # on the image's bottom border: kept
        [30, 30, 60, 60],   # inside: kept
    ], dtype=np.float32)
    assert geo.touches_inner_edge(boxes, tile, margin=2.0).tolist() == [False, True, True, False, False]


def test_pad_to_multiple_pads_bottom_right_with_zeros() -> None:
    img = np.full((33, 70, 3), 7, np.uint8)
    out = geo.pad_to_multiple(img, 32)
    assert out.shape == (64, 96, 3)
    assert (out[:33, :70] == 7).all() and (out[33:] == 0).all() and (out[:, 70:] == 0).all()
    same = np.zeros((64, 32, 3), np.uint8)
    assert geo.pad_to_multiple(same, 32) is same


def test_mapping_back_through_padding_tile_offset_and_scale() -> None:
    # A face at (300, 200)-(340, 250) in the original; the image is upscaled 2x and the face falls in a
    # tile at (512, 256) of the upscaled image; the tile is 448x320, padded to 448x320 (already /32)...
    orig = np.array([[300, 200, 340, 250]], dtype=np.float32)
    scale, x0, y0, pw, ph = 2.0, 512, 256, 480, 352
    in_tile = orig * scale - np.array([x0, y0, x0, y0])
    normalised = in_tile / np.array([pw, ph, pw, ph])  # what the model outputs
    pixels = geo.to_pixels(normalised.astype(np.float32), pw, ph)
    back = geo.map_back(pixels, x0, y0, scale)
    np.testing.assert_allclose(back, orig, atol=1e-3)


def test_round_up() -> None:
    assert [geo.round_up(n, 32) for n in (1, 32, 33, 64, 65)] == [32, 32, 64, 64, 96]


def test_iou_matrix_and_one_to_many_agree() -> None:
    rng = np.random.default_rng(1)
    xy = rng.uniform(0, 100, (20, 2))
    wh = rng.uniform(1, 50, (20, 2))
    boxes = np.hstack([xy, xy + wh])
    m = geo.iou_matrix(boxes, boxes)
    np.testing.assert_allclose(np.diag(m), 1.0)
    for i in range(len(boxes)):
        np.testing.assert_allclose(geo.iou_one_to_many(boxes[i], boxes), m[i])
    assert geo.iou_matrix(boxes, np.zeros((0, 4))).shape == (20, 0)


def test_nms_keeps_best_of_overlapping_and_separate_boxes() -> None:
    boxes = np.array([[0, 0, 10, 10], [1, 1, 11, 11], [50, 50, 60, 60], [0, 0, 10, 10.5]], dtype=np.float32)
    scores = np.array([0.8, 0.9, 0.3, 0.1], dtype=np.float32)
    keep = geo.nms(boxes, scores, 0.4)
    assert keep.tolist() == [1, 2]
    assert geo.nms(np.zeros((0, 4)), np.zeros(0), 0.4).tolist() == []


def test_thresholding_commutes_with_nms() -> None:
    rng = np.random.default_rng(7)
    xy = rng.uniform(0, 200, (300, 2))
    boxes = np.hstack([xy, xy + rng.uniform(5, 40, (300, 2))])
    scores = rng.uniform(0, 1, 300)
    for t in (0.2, 0.5, 0.8):
        after = [i for i in geo.nms(boxes, scores, 0.4) if scores[i] >= t]
        sel = np.nonzero(scores >= t)[0]
        before = sel[geo.nms(boxes[sel], scores[sel], 0.4)].tolist()
        assert sorted(after) == sorted(before)


@pytest.mark.parametrize("turns", [0, 1, 2, 3, -1])
def test_rot90_boxes_follow_np_rot90_and_turn_back(turns: int) -> None:
    img = np.zeros((30, 50), np.uint8)
    img[5:9, 10:20] = 1  # the box x 10-20, y 5-9 of a 50 x 30 image
    turned = np.rot90(img, turns)
    ys, xs = np.nonzero(turned)
    box = geo.rot90_boxes(np.array([[10.0, 5.0, 20.0, 9.0]]), turns, 50, 30)
    assert box[0].tolist() == [xs.min(), ys.min(), xs.max() + 1, ys.max() + 1]
    th, tw = turned.shape
    assert geo.rot90_boxes(box, -turns, tw, th)[0].tolist() == [10.0, 5.0, 20.0, 9.0]
