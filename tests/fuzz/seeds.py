"""Seed files for the fuzz targets (made here, no blobs) and a byte-mutation strategy over them."""

from __future__ import annotations

import io
from functools import cache

import numpy as np
from hypothesis import strategies as st
from PIL import Image

from tests.hostile_factory import heic_bytes, jpeg_bytes, mp4_bytes, noise_rgb, png_bytes
from tests.media_factory import identifying_exif
from tests.stills_factory import netpbm_bytes, psd_bytes


def _pil(fmt: str, **kw: object) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(noise_rgb(24, 16, 4)).save(buf, fmt, **kw)
    return buf.getvalue()


def _pages(fmt: str) -> bytes:
    """Two pages/frames: the code that counts frames (n_frames) walks every page's header."""
    buf = io.BytesIO()
    first, second = (Image.fromarray(noise_rgb(16, 12, s)) for s in (5, 6))
    first.save(buf, fmt, save_all=True, append_images=[second])
    return buf.getvalue()


@cache
def seeds() -> dict[str, bytes]:
    rgb = noise_rgb(24, 16, 1)
    exif = identifying_exif(np.asarray(rgb), orientation=6)
    buf = io.BytesIO()
    Image.fromarray(rgb).save(buf, "JPEG", exif=exif, comment=b"march")
    png_exif = io.BytesIO()
    Image.fromarray(rgb).save(png_exif, "PNG", exif=exif)
    return {
        "jpeg": jpeg_bytes(24, 16),
        "jpeg-exif": buf.getvalue(),
        "png": png_bytes(24, 16),
        "png-exif": png_exif.getvalue(),
        "heic": heic_bytes(24, 16),
        "webp": _pil("WEBP", quality=60, exif=exif),
        "gif": _pil("GIF"),
        "bmp": _pil("BMP"),
        "tiff": _pil("TIFF", exif=exif),
        "tiff-pages": _pages("TIFF"),
        "gif-animated": _pages("GIF"),
        "webp-animated": _pages("WEBP"),
        "mp4": mp4_bytes(frames=2, width=32, height=32),
        "ppm": netpbm_bytes(np.asarray(rgb), "P6"),
        "pgm-plain": netpbm_bytes(np.asarray(rgb), "P2"),
        "psd": psd_bytes(np.asarray(rgb), exif, b"<x:xmpmeta/>"),
        **_jxl(rgb, exif),
        **_old_containers(),
    }


def _old_containers() -> dict[str, bytes]:
    """WMV, MPEG-PS and FLV clips of a few frames (made with PyAV, read back as bytes)."""
    import tempfile
    from pathlib import Path

    from tests.video_factory import ClipSpec, make_clip

    made = {}
    with tempfile.TemporaryDirectory() as folder:
        for name, container, codec in (("wmv", "asf", "wmv2"), ("mpg", "vob", "mpeg2video"), ("flv", "flv", "flv")):
            path = Path(folder) / f"clip.{name}"
            make_clip(path, ClipSpec(width=32, height=32, frames=2, fps=25, container=container, codec=codec))
            made[name] = path.read_bytes()
    return made


def _jxl(rgb: np.ndarray, exif: bytes) -> dict[str, bytes]:
    """A JPEG XL seed where its plugin is installed (the app refuses JPEG XL by name without it)."""
    try:
        import pillow_jxl  # noqa: F401
    except ImportError:
        return {}
    buf = io.BytesIO()
    Image.fromarray(rgb).save(buf, "JXL", exif=exif, quality=80)
    return {"jxl": buf.getvalue()}


@st.composite
def mutated(draw: st.DrawFn, names: tuple[str, ...] | None = None) -> bytes:
    """A seed with a few bytes flipped, a run of random bytes spliced in, and/or a truncation."""
    pool = seeds()
    name = draw(st.sampled_from(sorted(names or pool)))
    data = bytearray(pool[name])
    for _ in range(draw(st.integers(0, 6))):
        pos = draw(st.integers(0, len(data) - 1))
        data[pos] = draw(st.integers(0, 255))
    if draw(st.booleans()):
        pos = draw(st.integers(0, len(data)))
        data[pos:pos] = draw(st.binary(min_size=1, max_size=64))
    if draw(st.booleans()):
        data = data[: draw(st.integers(0, len(data)))]
    return bytes(data)
