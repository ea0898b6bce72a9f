"""Hard-edged masks for regions and brush strokes: no feathering that would leave a face's outline."""

from __future__ import annotations

import cv2
import numpy as np

from anonymizer.core.models import Box, BrushStroke, Shape


def pixel_bounds(box: Box, width: int, height: int) -> tuple[int, int, int, int]:
    """The integer rectangle (x1, y1, x2, y2) that fully contains ``box``, clipped to the image."""
    x1 = max(0, int(np.floor(box.x)))
    y1 = max(0, int(np.floor(box.y)))
    x2 = min(width, int(np.ceil(box.x2)))
    y2 = min(height, int(np.ceil(box.y2)))
    return x1, y1, max(x1, x2), max(y1, y2)


def shape_mask(box: Box, shape: Shape, width: int, height: int) -> np.ndarray:
    """A boolean (height, width) mask that is True inside the region."""
    mask = np.zeros((height, width), dtype=np.uint8)
    if shape is Shape.RECTANGLE:
        x1, y1, x2, y2 = pixel_bounds(box, width, height)
        mask[y1:y2, x1:x2] = 1
    else:
        centre = (int(round(box.cx)), int(round(box.cy)))
        axes = (max(1, int(np.ceil(box.w / 2))), max(1, int(np.ceil(box.h / 2))))
        cv2.ellipse(mask, centre, axes, 0, 0, 360, 1, thickness=-1, lineType=cv2.LINE_8)
    return mask.astype(bool)


def stroke_mask(stroke: BrushStroke, width: int, height: int) -> np.ndarray:
    mask = np.zeros((height, width), dtype=np.uint8)
    radius = max(1, int(round(stroke.radius)))
    pts = [(int(round(x)), int(round(y))) for x, y in stroke.points]
    for p in pts:
        cv2.circle(mask, p, radius, 1, thickness=-1)
    for a, b in zip(pts, pts[1:], strict=False):
        cv2.line(mask, a, b, 1, thickness=2 * radius)
    return mask.astype(bool)


def stroke_box(stroke: BrushStroke) -> Box:
    xs = [p[0] for p in stroke.points]
    ys = [p[1] for p in stroke.points]
    r = stroke.radius
    return Box.from_corners(min(xs) - r, min(ys) - r, max(xs) + r, max(ys) + r)
