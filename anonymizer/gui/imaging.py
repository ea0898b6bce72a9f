"""numpy RGB <-> Qt images, and in-memory thumbnails (never cached on disk)."""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QImage

THUMB = 112


def qimage_from_rgb(rgb: np.ndarray) -> QImage:
    """A QImage owning a copy of ``rgb`` ((H, W, 3) uint8); safe to build on a worker thread."""
    rgb = np.ascontiguousarray(rgb)
    h, w = rgb.shape[:2]
    return QImage(rgb.data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()


def thumbnail(rgb: np.ndarray, size: int = THUMB) -> QImage:
    """A small copy for the queue, made in memory on the worker thread."""
    from PIL import Image

    im = Image.fromarray(rgb)
    im.thumbnail((size, size), Image.Resampling.BILINEAR)
    return qimage_from_rgb(np.asarray(im))
