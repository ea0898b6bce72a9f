"""decode_image() on damaged real files: upright 8-bit RGB, or a typed InputError. Anything else (a
struct.error from a plugin, an IndexError, a hang) would reach the user as an 'internal error'."""

from __future__ import annotations

import tempfile
from pathlib import Path

import numpy as np
from hypothesis import given, settings

from anonymizer.core.errors import InputError
from anonymizer.core.media.image_io import decode_image
from anonymizer.core.media.sniff import MediaKind, sniff
from tests.fuzz.seeds import mutated, seeds
from tests.hostile_factory import EXIF_CASES, jpeg_with_app1

_DIR = Path(tempfile.mkdtemp(prefix="fuzz-decode-"))
PHOTOS = ("jpeg", "jpeg-exif", "png", "png-exif", "heic", "webp", "gif", "bmp", "tiff", "tiff-pages", "ppm",
          "pgm-plain", "psd", *(("jxl",) if "jxl" in seeds() else ()))


def _decode(data: bytes) -> None:
    path = _DIR / "photo"
    path.write_bytes(data)
    try:
        fmt = sniff(path)
        if fmt.kind is not MediaKind.IMAGE:
            return
        image = decode_image(path, fmt)
    except InputError as e:
        assert e.path in (None, path)
        return
    rgb = image.rgb
    assert rgb.dtype == np.uint8 and rgb.ndim == 3 and rgb.shape[2] == 3 and rgb.size > 0
    assert 1 <= image.orientation <= 8


@settings(settings.get_profile("fuzz"))
@given(mutated(PHOTOS))
def test_decode_mutated_photos(data: bytes) -> None:
    _decode(data)


@settings(settings.get_profile("fuzz"))
@given(mutated(("gif-animated", "webp-animated")))
def test_decode_mutated_animations(data: bytes) -> None:
    """Every frame of a damaged animation, as the animation run reads them: frames or a typed error."""
    from anonymizer.core.video.animation import AnimationSource

    path = _DIR / "animation"
    path.write_bytes(data)
    try:
        source = AnimationSource(path, sniff(path))
        try:
            for packet in source.packets():
                for frame in source.decode(packet):
                    assert frame.rgb.dtype == np.uint8 and frame.rgb.ndim == 3 and frame.duration >= 0
        finally:
            source.close()
    except InputError as e:
        assert e.path in (None, path)


@settings(settings.get_profile("fuzz"))
@given(mutated(("jpeg-exif",)))
def test_decode_mutated_exif_jpeg(data: bytes) -> None:
    _decode(data)


def test_decode_every_hostile_exif() -> None:
    for make in EXIF_CASES.values():
        _decode(jpeg_with_app1(make()))
