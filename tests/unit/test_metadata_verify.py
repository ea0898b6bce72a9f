"""verify_written: accepts what encode_image writes, rejects any planted segment, chunk or trailer."""

from __future__ import annotations

import io
import struct
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from anonymizer.core.errors import VerificationFailed
from anonymizer.core.media.image_io import decode_image, encode_image, output_format_for
from anonymizer.core.media.sniff import sniff
from anonymizer.core.metadata import inspect_file, leftovers, verify_written
from tests.metadata_fixtures import PLANTED, TRAILER, exif_bytes, pixels, png_chunk


@pytest.mark.parametrize("name", sorted(PLANTED))
def test_the_written_output_of_a_dirty_file_has_nothing_left(tmp_path: Path, name: str) -> None:
    writer, filename, _ = PLANTED[name]
    source = writer(tmp_path / filename)
    fmt = sniff(source)
    output_format = output_format_for(fmt)
    data = encode_image(decode_image(source, fmt).rgb, output_format)
    verify_written(data, output_format)  # must not raise
    out = tmp_path / f"out.{output_format.lower()}"
    out.write_bytes(data)
    assert inspect_file(out, sniff(out)) == []
    # cleaning the output again is a fixed point: still nothing
    again = encode_image(decode_image(out, sniff(out)).rgb, output_format)
    verify_written(again, output_format)


def _clean(fmt: str) -> bytes:
    return encode_image(pixels(), fmt)


def _insert_after_soi(jpeg: bytes, marker: int, body: bytes) -> bytes:
    return jpeg[:2] + bytes([0xFF, marker]) + struct.pack(">H", len(body) + 2) + body + jpeg[2:]


def _png_insert(png: bytes, chunk: bytes) -> bytes:
    at = 8 + 25  # signature + IHDR
    return png[:at] + chunk + png[at:]


def _webp_with_exif() -> bytes:
    buf = io.BytesIO()
    Image.fromarray(pixels()).save(buf, "WEBP", exif=exif_bytes(thumbnail=False))
    return buf.getvalue()


def _jpeg_with_exif_via_pillow() -> bytes:
    buf = io.BytesIO()
    Image.fromarray(pixels()).save(buf, "JPEG", exif=exif_bytes())
    return buf.getvalue()


DIRTY = {
    "jpeg-app1-exif": ("JPEG", lambda: _insert_after_soi(_clean("JPEG"), 0xE1, b"Exif\x00\x00" + exif_bytes())),
    "jpeg-app1-xmp": ("JPEG", lambda: _insert_after_soi(_clean("JPEG"), 0xE1, b"http://ns.adobe.com/xap/1.0/\x00<x/>")),
    "jpeg-app2-icc": ("JPEG", lambda: _insert_after_soi(_clean("JPEG"), 0xE2, b"ICC_PROFILE\x00\x01\x01abc")),
    "jpeg-app13-iptc": ("JPEG", lambda: _insert_after_soi(_clean("JPEG"), 0xED, b"Photoshop 3.0\x00")),
    "jpeg-com": ("JPEG", lambda: _insert_after_soi(_clean("JPEG"), 0xFE, b"a comment")),
    "jpeg-trailer": ("JPEG", lambda: _clean("JPEG") + TRAILER),
    "jpeg-pillow-exif": ("JPEG", _jpeg_with_exif_via_pillow),
    "jpeg-truncated": ("JPEG", lambda: _clean("JPEG")[:-200]),
    "png-text": ("PNG", lambda: _png_insert(_clean("PNG"), png_chunk(b"tEXt", b"Author\x00Jane"))),
    "png-exif": ("PNG", lambda: _png_insert(_clean("PNG"), png_chunk(b"eXIf", exif_bytes(thumbnail=False)))),
    "png-iccp": ("PNG", lambda: _png_insert(_clean("PNG"), png_chunk(b"iCCP", b"x\x00\x00abc"))),
    "png-trailer": ("PNG", lambda: _clean("PNG") + TRAILER),
    "webp-exif": ("WEBP", _webp_with_exif),
    "webp-trailer": ("WEBP", lambda: _clean("WEBP") + TRAILER),
    "wrong-format": ("PNG", lambda: _clean("JPEG")),
}


@pytest.mark.parametrize("case", sorted(DIRTY))
def test_verification_rejects_anything_planted(case: str) -> None:
    output_format, make = DIRTY[case]
    with pytest.raises(VerificationFailed) as info:
        verify_written(make(), output_format)
    assert info.value.leftovers


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP"])
def test_clean_encoder_output_passes_both_readers(fmt: str) -> None:
    data = _clean(fmt)
    assert leftovers(data, fmt) == []
    verify_written(data, fmt)


def test_structural_walker_names_the_planted_segment() -> None:
    data = _insert_after_soi(_clean("JPEG"), 0xE1, b"Exif\x00\x00" + exif_bytes()) + b"xyz"
    assert leftovers(data, "JPEG") == ["APP1", "TRAILER:3"]


def test_a_png_with_only_allowed_ancillary_chunks_passes() -> None:
    buf = io.BytesIO()
    Image.fromarray(np.zeros((4, 4, 3), np.uint8)).save(buf, "PNG", dpi=(72, 72))
    verify_written(buf.getvalue(), "PNG")
