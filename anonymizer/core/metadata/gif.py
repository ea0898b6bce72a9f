"""GIF and BMP: few places to hide things, but comments, XMP, ICC and trailers all occur."""

from __future__ import annotations

import struct
from pathlib import Path

from anonymizer.core.media.sniff import MediaFormat
from anonymizer.core.metadata.base import Findings, FormatHandler, file_bytes, plain
from anonymizer.core.metadata.icc import describe_icc
from anonymizer.core.metadata.motion import describe_trailer
from anonymizer.core.metadata.xmp import describe_xmp
from anonymizer.core.models import MetadataGroup as G

_XMP_APP = b"XMP DataXMP"
_ICC_APP = b"ICCRGBG1012"


class GifHandler(FormatHandler):
    formats = (MediaFormat.GIF,)
    name = "GIF"

    def collect(self, path: Path, findings: Findings, data: bytes | None = None) -> None:
        data = file_bytes(path, data)
        pos = 13 + table_size(data[10])
        frames = 0
        while pos < len(data):
            kind = data[pos]
            if kind == 0x3B:  # trailer
                if pos + 1 < len(data):
                    describe_trailer(findings, data[pos + 1 :], "image")
                break
            if kind == 0x21:
                label = data[pos + 1]
                body, pos = sub_blocks(data, pos + 2)
                _extension(label, body, findings)
            elif kind == 0x2C:
                frames += 1
                pos += 10 + table_size(data[pos + 9]) + 1  # descriptor, local table, LZW code size
                _, pos = sub_blocks(data, pos)
            else:
                findings.partial("GIF structure")
                break
        else:
            findings.partial("GIF structure")


def table_size(flags: int) -> int:
    return 3 * (2 ** ((flags & 7) + 1)) if flags & 0x80 else 0


def sub_blocks(data: bytes, pos: int) -> tuple[bytes, int]:
    parts: list[bytes] = []
    while pos < len(data):
        size = data[pos]
        pos += 1
        if size == 0:
            return b"".join(parts), pos
        parts.append(data[pos : pos + size])
        pos += size
    raise ValueError("GIF sub-blocks run past the end")


def _extension(label: int, body: bytes, findings: Findings) -> None:
    if label == 0xFE:
        findings.add(G.OTHER, f"Comment: {plain(body)}")
    elif label == 0xFF and body.startswith(_XMP_APP):
        # XMP is stored raw (its bytes double as sub-block lengths) and ends with a 257-byte 'magic trailer'
        describe_xmp(body[len(_XMP_APP) :].split(b"\x01\xff\xfe", 1)[0], findings)
    elif label == 0xFF and body.startswith(_ICC_APP):
        describe_icc(body[len(_ICC_APP) :], findings)
    elif label == 0xFF and not body.startswith((b"NETSCAPE2.0", b"ANIMEXTS1.0")):
        findings.add(G.OTHER, f"Application block '{plain(body[:11])}'")
    elif label == 0x01:
        findings.add(G.OTHER, f"Plain text block: {plain(body[12:])}")


class BmpHandler(FormatHandler):
    formats = (MediaFormat.BMP,)
    name = "BMP"

    def collect(self, path: Path, findings: Findings, data: bytes | None = None) -> None:
        data = file_bytes(path, data)
        declared, header = struct.unpack("<I", data[2:6])[0], struct.unpack("<I", data[14:18])[0]
        if header >= 124:  # BITMAPV5HEADER: an embedded ICC profile ('MBED') at an offset from the header
            cs_type = data[14 + 56 : 14 + 60]
            offset, size = struct.unpack("<II", data[14 + 112 : 14 + 120])
            if cs_type == b"DEBM" and size:
                describe_icc(data[14 + offset : 14 + offset + size], findings)
            elif cs_type == b"KNIL" and size:
                findings.add(G.OTHER, "Linked colour profile (a file path)")
        if 0 < declared < len(data):
            describe_trailer(findings, data[declared:], "image")
