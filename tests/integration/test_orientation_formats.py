"""Every orientation (1-8) in every format that carries one comes out upright.

The reference is turned by hand with numpy from the *stored* pixels, following the EXIF definition of
each value (where the 0th row and column of the stored picture go on screen), so neither Pillow's nor
libheif's own idea of orientation is trusted by the test.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from anonymizer.core.media.image_io import decode_image
from anonymizer.core.media.sniff import sniff

ORIENTATIONS = range(1, 9)
# Big flat blocks on 16-pixel boundaries: lossy codecs (JPEG, WebP, HEIC, AVIF) keep them, and no two
# orientations of the picture look alike.
_H, _W = 48, 80


def stored_picture() -> np.ndarray:
    s = np.full((_H, _W, 3), 128, np.uint8)
    s[:16, :32] = (230, 30, 30)  # top left: red, wide
    s[:16, 64:] = (30, 200, 30)  # top right: green
    s[32:, 48:] = (30, 30, 230)  # bottom right: blue, wide
    s[32:, :16] = (240, 240, 40)  # bottom left: yellow
    return s


def displayed(stored: np.ndarray, orientation: int) -> np.ndarray:
    """What a viewer shows for ``stored`` with EXIF ``orientation`` (TIFF 6.0 / EXIF 2.3 tag 0x0112)."""
    turn: dict[int, Callable[[np.ndarray], np.ndarray]] = {
        1: lambda s: s,
        2: lambda s: s[:, ::-1],  # 0th row top, 0th column right
        3: lambda s: s[::-1, ::-1],  # 0th row bottom, 0th column right
        4: lambda s: s[::-1, :],  # 0th row bottom, 0th column left
        5: lambda s: s.transpose(1, 0, 2),  # 0th row left, 0th column top
        6: lambda s: np.rot90(s, -1),  # 0th row right, 0th column top: 90 degrees clockwise
        7: lambda s: s[::-1, ::-1].transpose(1, 0, 2),  # 0th row right, 0th column bottom
        8: lambda s: np.rot90(s, 1),  # 0th row left, 0th column bottom: 90 degrees anticlockwise
    }
    return np.ascontiguousarray(turn[orientation](stored))


def exif_with_orientation(orientation: int, tag: int = 0x0112) -> bytes:
    exif = Image.Exif()
    exif[0x010F] = "Apple"  # a second tag, as a camera writes: the orientation is not alone in IFD0
    exif[tag] = orientation
    return exif.tobytes()


def _set_exif_orientation(data: bytes, old: int, new: int, old_tag: int = 0x0112) -> bytes:
    """Rewrite the orientation entry inside a written file's EXIF (same length, either byte order):
    how the tests make a HEIF or AVIF whose EXIF disagrees with its 'irot'/'imir' boxes."""
    for order in ("big", "little"):
        def b(value: int, size: int, order: str = order) -> bytes:
            return value.to_bytes(size, order)  # type: ignore[arg-type]
        entry = b(old_tag, 2) + b(3, 2) + b(1, 4) + b(old, 2)
        if data.count(entry) == 1:
            return data.replace(entry, b(0x0112, 2) + b(3, 2) + b(1, 4) + b(new, 2))
    raise AssertionError("orientation entry not found in the written file")


def _pillow(fmt: str, **params: object) -> Callable[[np.ndarray, int], bytes]:
    def write(stored: np.ndarray, orientation: int) -> bytes:
        buf = io.BytesIO()
        Image.fromarray(stored).save(buf, fmt, exif=exif_with_orientation(orientation), **params)
        return buf.getvalue()
    return write


def _tiff(stored: np.ndarray, orientation: int) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(stored).save(buf, "TIFF", tiffinfo={0x0112: orientation})
    return buf.getvalue()


WRITERS: dict[str, Callable[[np.ndarray, int], bytes]] = {
    "jpeg": _pillow("JPEG", quality=95, subsampling=0),
    "tiff": _tiff,
    "png-exif": _pillow("PNG"),
    "webp": _pillow("WEBP", lossless=True),
}


def _decoded(tmp_path: Path, data: bytes) -> np.ndarray:
    path = tmp_path / "photo"
    path.write_bytes(data)
    return decode_image(path, sniff(path)).rgb


def assert_shows(got: np.ndarray, want: np.ndarray, tolerance: float) -> None:
    assert got.shape == want.shape, "turned the wrong way (width and height swapped)"
    diff = float(np.mean(np.abs(got.astype(np.int16) - want.astype(np.int16))))
    assert diff <= tolerance, f"wrong picture: mean difference {diff:.1f}"


@pytest.mark.parametrize("orientation", ORIENTATIONS)
@pytest.mark.parametrize("kind", sorted(WRITERS))
def test_every_orientation_comes_out_upright(tmp_path: Path, kind: str, orientation: int) -> None:
    stored = stored_picture()
    got = _decoded(tmp_path, WRITERS[kind](stored, orientation))
    assert_shows(got, displayed(stored, orientation), tolerance=0 if kind in ("tiff", "png-exif", "webp") else 4)


def test_every_orientation_reference_is_distinct() -> None:
    """The check above can only catch a wrong turn if no two turns of the picture look alike."""
    pictures = [displayed(stored_picture(), n) for n in ORIENTATIONS]
    for i, a in enumerate(pictures):
        for b in pictures[i + 1 :]:
            assert a.shape != b.shape or np.mean(np.abs(a.astype(int) - b.astype(int))) > 20


# HEIF and AVIF carry their orientation in 'irot' (rotation) and 'imir' (mirror) boxes, which readers
# must apply; the EXIF orientation beside them is informative only. Three ways files come:
# both in agreement (an iPhone's own camera), boxes only (most encoders), EXIF only (bug 4).
def _heif_writer(fmt: str) -> Callable[[np.ndarray, int], bytes]:
    if fmt == "HEIF":
        import pillow_heif

        pillow_heif.register_heif_opener(thumbnails=False)
        return _pillow("HEIF", quality=-1)  # -1: lossless; pillow_heif writes irot/imir and keeps EXIF
    return _pillow("AVIF", quality=95)  # Pillow writes irot/imir and drops the EXIF orientation


@pytest.mark.parametrize("orientation", ORIENTATIONS)
@pytest.mark.parametrize("fmt", ["HEIF", "AVIF"])
def test_heif_rotation_boxes_are_applied_once(tmp_path: Path, fmt: str, orientation: int) -> None:
    stored = stored_picture()
    data = _heif_writer(fmt)(stored, orientation)
    assert orientation == 1 or b"irot" in data or b"imir" in data
    assert_shows(_decoded(tmp_path, data), displayed(stored, orientation), tolerance=6)


@pytest.mark.parametrize("orientation", range(2, 9))  # 1 writes no box: that is the EXIF-only case below
def test_heic_boxes_win_over_a_disagreeing_exif(tmp_path: Path, orientation: int) -> None:
    """An editor that turned the picture rewrote 'irot' but left EXIF saying 6 (or 3): the boxes are
    what every HEIF reader shows, so they win (applying both would turn the photo twice)."""
    stored = stored_picture()
    data = _heif_writer("HEIF")(stored, orientation)
    data = _set_exif_orientation(data, orientation, 3 if orientation == 6 else 6)
    assert_shows(_decoded(tmp_path, data), displayed(stored, orientation), tolerance=6)
@pytest.mark.parametrize("orientation", ORIENTATIONS)
def test_heic_with_exif_orientation_and_no_rotation_box(tmp_path: Path, orientation: int) -> None:
    """Bug 4: a third-party camera app wrote EXIF orientation and no 'irot'/'imir'. Shown turned, as
    the phone's own gallery shows it (see the comment at image_io._heif_orientation)."""
    stored = stored_picture()
    data = _set_exif_orientation(_heif_writer("HEIF")(stored, 1), 1, orientation)
    assert b"irot" not in data and b"imir" not in data
    assert_shows(_decoded(tmp_path, data), displayed(stored, orientation), tolerance=6)
