"""Still formats Pillow reads but cannot (or does not) write with metadata, made byte by byte here:
Netpbm with header comments, Photoshop PSD with image resources and named layers."""

from __future__ import annotations

import io
import struct

import numpy as np
from PIL import Image

COMMENT = b"shot by Jane Protester on a Nokia 8.3"
TRAILER = b"TRAILER: hidden bytes after the picture"
LAYER_NAMES = ("Background", "Jane's face, unblurred")


def netpbm_bytes(rgb: np.ndarray, kind: str) -> bytes:
    """``kind``: P1-P6. Binary ones are written by Pillow; plain (text) ones by hand. A comment is put in
    the header after the magic number; binary ones also get bytes appended after the picture (a plain
    file has no end but its last number, and Pillow rightly refuses text after it)."""
    image = Image.fromarray(rgb)
    if kind in ("P1", "P4"):
        image = image.convert("1")
    elif kind in ("P2", "P5"):
        image = image.convert("L")
    if kind in ("P4", "P5", "P6"):
        buf = io.BytesIO()
        image.save(buf, "PPM")
        data, tail = buf.getvalue(), TRAILER
        assert data[:2] == kind.encode()
    else:
        data, tail = _plain_netpbm(image, kind), b""
    return data[:3] + b"#" + COMMENT + b"\n" + data[3:] + tail


def _plain_netpbm(image: Image.Image, kind: str) -> bytes:
    width, height = image.size
    pixels = np.asarray(image)
    if kind == "P1":
        values, maxval = (1 - pixels.astype(np.uint8)).ravel(), b""  # in PBM 1 is black
    else:
        values, maxval = pixels.ravel(), b"255\n"
    body = b" ".join(str(int(v)).encode() for v in values)
    return f"{kind}\n{width} {height}\n".encode() + maxval + body + b"\n"


def _resource(rid: int, data: bytes) -> bytes:
    return b"8BIM" + struct.pack(">H", rid) + b"\x00\x00" + struct.pack(">I", len(data)) + data + b"\x00" * (len(data) & 1)


def _pascal4(name: str) -> bytes:
    raw = name.encode("latin-1")
    body = bytes([len(raw)]) + raw
    return body + b"\x00" * (-len(body) % 4)


def _layer_section(rgb: np.ndarray, names: tuple[str, ...]) -> bytes:
    h, w = rgb.shape[:2]
    records, channels = b"", b""
    for name in names:
        records += struct.pack(">iiiiH", 0, 0, h, w, 3)
        records += b"".join(struct.pack(">hI", c, 2 + w * h) for c in range(3))
        extra = struct.pack(">II", 0, 0) + _pascal4(name)
        records += b"8BIMnorm" + bytes([255, 0, 0, 0]) + struct.pack(">I", len(extra)) + extra
        channels += b"".join(struct.pack(">H", 0) + rgb[:, :, c].tobytes() for c in range(3))
    info = struct.pack(">h", len(names)) + records + channels
    info += b"\x00" * (len(info) & 1)
    inner = struct.pack(">I", len(info)) + info + struct.pack(">I", 0)
    return struct.pack(">I", len(inner)) + inner


def psd_bytes(rgb: np.ndarray, exif: bytes, xmp: bytes, layers: tuple[str, ...] = LAYER_NAMES) -> bytes:
    """An 8-bit RGB PSD: the flattened picture ``rgb``, EXIF and XMP resources, an IPTC byline, and
    ``layers`` (each a copy of the picture, named)."""
    h, w = rgb.shape[:2]
    header = b"8BPS" + struct.pack(">H6xHIIHH", 1, 3, h, w, 8, 3)
    iptc = b"\x1c\x02\x50" + struct.pack(">H", 14) + b"Jane Protester"  # 2:80 By-line
    resources = _resource(0x0422, exif) + _resource(0x0424, xmp) + _resource(0x0404, iptc)
    composite = struct.pack(">H", 0) + b"".join(rgb[:, :, c].tobytes() for c in range(3))
    return (header + struct.pack(">I", 0) + struct.pack(">I", len(resources)) + resources
            + _layer_section(rgb, layers) + composite)
