"""GIF and BMP: few places to hide things, but comments, XMP, ICC and trailers all occur."""

from __future__ import annotations

import struct
from pathlib import Path

from anonymizer.core.findings import Block, Field, Kind
from anonymizer.core.findings import MetadataGroup as G
from anonymizer.core.media.sniff import MediaFormat
from anonymizer.core.metadata.base import Findings, FormatHandler, file_bytes, plain
from anonymizer.core.metadata.icc import describe_icc
from anonymizer.core.metadata.motion import describe_trailer
from anonymizer.core.metadata.xmp import describe_xmp

_XMP_APP = b"XMP DataXMP"
_ICC_APP = b"ICCRGBG1012"


class GifHandler(FormatHandler):
    formats = (MediaFormat.GIF,)
    name = "GIF"
    block = Block.GIF

    def collect(self, path: Path, findings: Findings, data: bytes | None = None) -> None:
        data = file_bytes(path, data)
        pos = 13 + table_size(data[10])
        frames = 0
        while pos < len(data):
            kind = data[pos]
            if kind == 0x3B:  # trailer
                if pos + 1 < len(data):
                    describe_trailer(findings, data[pos + 1 :])
                break
            if kind == 0x21:
                label = data[pos + 1]
                start = pos + 2
                body, pos = sub_blocks(data, start)
                if label == 0xFF and body.startswith(_XMP_APP):
                    body = _raw_xmp(data, start) or body
                _extension(label, body, findings)
            elif kind == 0x2C:
                frames += 1
                pos += 10 + table_size(data[pos + 9]) + 1  # descriptor, local table, LZW code size
                _, pos = sub_blocks(data, pos)
            else:
                findings.partial(Block.GIF)
                break
        else:
            findings.partial(Block.GIF)


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


def _raw_xmp(data: bytes, start: int) -> bytes:
    """XMP's bytes as written: right after the 11-byte application id, up to the magic trailer. Joining
    the sub-blocks instead would drop every byte the GIF reader takes for a length."""
    first = start + 1 + len(_XMP_APP)
    end = data.find(b"\x01\xff\xfe", first)
    return _XMP_APP + data[first:end] if end > first else b""


def _extension(label: int, body: bytes, findings: Findings) -> None:
    if label == 0xFE:
        findings.comment(body)
    elif label == 0xFF and body.startswith(_XMP_APP):
        # XMP is stored raw (its bytes double as sub-block lengths; see _raw_xmp)
        describe_xmp(body[len(_XMP_APP) :].split(b"\x01\xff\xfe", 1)[0], findings)
    elif label == 0xFF and body.startswith(_ICC_APP):
        describe_icc(body[len(_ICC_APP) :], findings)
    elif label == 0xFF and not body.startswith((b"NETSCAPE2.0", b"ANIMEXTS1.0")):
        findings.add(Kind.UNKNOWN_BLOCK, block=Block.GIF_APPLICATION, name=plain(body[:11]), bytes=len(body))
    elif label == 0x01:
        findings.add(Kind.TEXT, G.OTHER, field=Field.TEXT, value=plain(body[12:]))


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
                findings.add(Kind.LINKED_PROFILE)
        if 0 < declared < len(data):
            describe_trailer(findings, data[declared:])
