"""The display matrix is turned into the same pixels FFmpeg's player shows (checked against
``ffmpeg -autorotate`` on an iPhone clip by hand; here against numpy's rotations)."""

from __future__ import annotations

import struct

import numpy as np
import pytest

from anonymizer.core.video.decode import (
    apply_orientation,
    even_crop,
    orientation_from_matrix,
    rotation_degrees,
)


def _matrix(a: int, b: int, c: int, d: int) -> bytes:
    one = 1 << 16
    return struct.pack("<9i", a * one, b * one, 0, c * one, d * one, 0, 0, 0, 1 << 30)


IMG = np.arange(2 * 3 * 3, dtype=np.uint8).reshape(2, 3, 3)


@pytest.mark.parametrize(
    ("matrix", "expected", "degrees"),
    [
        ((1, 0, 0, 1), IMG, 0),
        ((0, 1, -1, 0), np.rot90(IMG, k=-1), 90),  # iPhone portrait: ffprobe "rotation=-90"
        ((0, -1, 1, 0), np.rot90(IMG, k=1), 270),
        ((-1, 0, 0, -1), np.rot90(IMG, k=2), 180),
        ((-1, 0, 0, 1), IMG[:, ::-1], 0),  # mirrored (front camera)
    ],
)
def test_orientation(matrix: tuple[int, int, int, int], expected: np.ndarray, degrees: int) -> None:
    o = orientation_from_matrix(_matrix(*matrix))
    assert np.array_equal(apply_orientation(IMG, o), expected)
    assert rotation_degrees(o) == degrees


def test_odd_sizes_lose_one_row_or_column() -> None:
    assert even_crop(np.zeros((101, 67, 3), np.uint8)).shape == (100, 66, 3)
    img = np.zeros((100, 66, 3), np.uint8)
    assert even_crop(img) is img
