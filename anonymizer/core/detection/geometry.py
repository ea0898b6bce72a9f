"""Pure geometry for the detector: tiles, padding, mapping boxes back, NMS. numpy only, no model.

Boxes here are float arrays of corners ``(N, 4)``: x1, y1, x2, y2, in pixels.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


def round_up(n: int, multiple: int) -> int:
    return -(-n // multiple) * multiple


@dataclass(frozen=True)
class Tile:
    """A window of an image: ``x0, y0`` its top-left corner, ``w, h`` its size, and which of its edges
    lie inside the image (an interior edge is shared with a neighbouring, overlapping tile)."""

    x0: int
    y0: int
    w: int
    h: int
    left_inner: bool = False
    top_inner: bool = False
    right_inner: bool = False
    bottom_inner: bool = False


def _axis(length: int, max_size: int, overlap: int, multiple: int) -> tuple[int, list[int]]:
    """Window size and start offsets covering ``length`` with windows of at most ``max_size`` sharing at
    least ``overlap``. Windows are as small as the count allows (rounded up to ``multiple``, the model's
    stride, so no padding is wasted): a 1366 px side takes two 800 px windows, not two of 1024."""
    if length <= max_size:
        return length, [0]
    step_max = max_size - overlap
    n = -(-(length - overlap) // step_max)
    size = min(max_size, round_up(-(-(length + (n - 1) * overlap) // n), multiple))
    # Spread the windows evenly so the last one ends exactly at the edge.
    return size, [round(i * (length - size) / (n - 1)) for i in range(n)]


def make_tiles(width: int, height: int, size: int, overlap: int, multiple: int) -> list[Tile]:
    """Overlapping tiles of at most ``size`` x ``size`` covering a ``width`` x ``height`` image.

    Neighbouring tiles share at least ``overlap`` pixels, so a face smaller than the overlap that
    touches one tile's interior edge is whole in the neighbour.
    """
    if size <= overlap:
        raise ValueError("tile size must exceed the overlap")
    tw, xs = _axis(width, size, overlap, multiple)
    th, ys = _axis(height, size, overlap, multiple)
    tiles = []
    for j, y0 in enumerate(ys):
        for i, x0 in enumerate(xs):
            tiles.append(Tile(
                x0, y0, tw, th,
                left_inner=i > 0, top_inner=j > 0, right_inner=i < len(xs) - 1, bottom_inner=j < len(ys) - 1,
            ))
    return tiles


def touches_inner_edge(boxes: np.ndarray, tile: Tile, margin: float = 2.0) -> np.ndarray:
    """Mask of boxes (tile coordinates) that reach within ``margin`` px of an interior tile edge."""
    hit = np.zeros(len(boxes), dtype=bool)
    if tile.left_inner:
        hit |= boxes[:, 0] <= margin
    if tile.top_inner:
        hit |= boxes[:, 1] <= margin
    if tile.right_inner:
        hit |= boxes[:, 2] >= tile.w - margin
    if tile.bottom_inner:
        hit |= boxes[:, 3] >= tile.h - margin
    return hit


def pad_to_multiple(img: np.ndarray, multiple: int) -> np.ndarray:
    """Zero-pad an (H, W, C) array at the bottom and right so both sides are multiples of ``multiple``."""
    h, w = img.shape[:2]
    ph, pw = round_up(h, multiple), round_up(w, multiple)
    if (ph, pw) == (h, w):
        return img
    out = np.zeros((ph, pw) + img.shape[2:], dtype=img.dtype)
    out[:h, :w] = img
    return out


def to_pixels(norm_boxes: np.ndarray, padded_w: int, padded_h: int) -> np.ndarray:
    """Model output (x1, y1, x2, y2 normalised to the padded input) to pixels of that input."""
    return norm_boxes * np.array([padded_w, padded_h, padded_w, padded_h], dtype=np.float32)


def map_back(boxes: np.ndarray, offset_x: float, offset_y: float, scale: float) -> np.ndarray:
    """From pixels of a tile at ``offset`` in an image resized by ``scale`` to original-image pixels."""
    shifted = boxes + np.array([offset_x, offset_y, offset_x, offset_y], dtype=boxes.dtype)
    return shifted / scale


def iou_one_to_many(box: np.ndarray, boxes: np.ndarray) -> np.ndarray:
    ix = np.clip(np.minimum(box[2], boxes[:, 2]) - np.maximum(box[0], boxes[:, 0]), 0, None)
    iy = np.clip(np.minimum(box[3], boxes[:, 3]) - np.maximum(box[1], boxes[:, 1]), 0, None)
    inter = ix * iy
    area = max(box[2] - box[0], 0) * max(box[3] - box[1], 0)
    areas = np.clip(boxes[:, 2] - boxes[:, 0], 0, None) * np.clip(boxes[:, 3] - boxes[:, 1], 0, None)
    union = area + areas - inter
    return np.where(union > 0, inter / np.maximum(union, 1e-9), 0.0)


def _intersections(a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Intersection areas (N, M) of corner boxes ``a`` (N, 4) and ``b`` (M, 4), and their areas."""
    ix = np.clip(np.minimum(a[:, None, 2], b[None, :, 2]) - np.maximum(a[:, None, 0], b[None, :, 0]), 0, None)
    iy = np.clip(np.minimum(a[:, None, 3], b[None, :, 3]) - np.maximum(a[:, None, 1], b[None, :, 1]), 0, None)
    area_a = np.clip(a[:, 2] - a[:, 0], 0, None) * np.clip(a[:, 3] - a[:, 1], 0, None)
    area_b = np.clip(b[:, 2] - b[:, 0], 0, None) * np.clip(b[:, 3] - b[:, 1], 0, None)
    return ix * iy, area_a, area_b


def iou_matrix(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """IoU of every box of ``a`` (N, 4) with every box of ``b`` (M, 4): (N, M)."""
    if len(a) == 0 or len(b) == 0:
        return np.zeros((len(a), len(b)))
    inter, area_a, area_b = _intersections(a, b)
    union = area_a[:, None] + area_b[None, :] - inter
    return np.where(union > 0, inter / np.maximum(union, 1e-9), 0.0)


def overlap_of_smaller(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Intersection of every box of ``a`` with every box of ``b`` as a share of the smaller one: (N, M);
    1.0 when one box lies inside the other."""
    if len(a) == 0 or len(b) == 0:
        return np.zeros((len(a), len(b)))
    inter, area_a, area_b = _intersections(a, b)
    return inter / np.maximum(np.minimum(area_a[:, None], area_b[None, :]), 1e-9)


def nms(boxes: np.ndarray, scores: np.ndarray, iou_threshold: float) -> np.ndarray:
    """Greedy non-maximum suppression. Returns kept indices, highest score first.

    Thresholding scores after greedy NMS gives the same boxes as thresholding before it (a box is only
    ever suppressed by a higher-scoring one), so callers may run NMS once at a low floor.
    """
    order = np.argsort(-scores, kind="stable")
    keep: list[int] = []
    while order.size:
        i = order[0]
        keep.append(int(i))
        if order.size == 1:
            break
        rest = order[1:]
        order = rest[iou_one_to_many(boxes[i], boxes[rest]) <= iou_threshold]
    return np.array(keep, dtype=np.int64)


def rot90_points(pts: np.ndarray, turns: int, width: int, height: int) -> np.ndarray:
    """(N, 2) x, y points of a ``width`` x ``height`` image into the frame of ``np.rot90(image, turns)``
    (quarter turns counter-clockwise; negative turns go clockwise)."""
    pts = np.asarray(pts).reshape(-1, 2)
    w, h = width, height
    for _ in range(turns % 4):
        pts = np.stack([pts[:, 1], w - pts[:, 0]], axis=1)
        w, h = h, w
    return pts


def rot90_boxes(boxes: np.ndarray, turns: int, width: int, height: int) -> np.ndarray:
    """(N, 4) corner boxes of a ``width`` x ``height`` image into the frame of ``np.rot90(image, turns)``."""
    boxes = np.asarray(boxes).reshape(-1, 4)
    a = rot90_points(boxes[:, :2], turns, width, height)
    b = rot90_points(boxes[:, 2:], turns, width, height)
    return np.concatenate([np.minimum(a, b), np.maximum(a, b)], axis=1).astype(boxes.dtype)
