"""JPEG XL: a bare codestream carries no metadata boxes; the ISO-BMFF container may hold 'Exif',
'xml ' (XMP), 'jumb' (C2PA / JUMBF manifests) and 'brob' (any of these, Brotli-compressed)."""

from __future__ import annotations

import io
from pathlib import Path

from anonymizer.core.findings import Block, Kind
from anonymizer.core.media.sniff import MediaFormat
from anonymizer.core.metadata import bmff
from anonymizer.core.metadata.base import Findings, FormatHandler, file_bytes, plain
from anonymizer.core.metadata.exif import describe_exif
from anonymizer.core.metadata.motion import describe_trailer
from anonymizer.core.metadata.xmp import describe_xmp

# Boxes that hold the picture or describe the codestream: nothing a person could be found by.
_STRUCTURAL = {b"JXL ", b"ftyp", b"jxlc", b"jxlp", b"jxll", b"jxli", b"jbrd", b"free", b"skip"}


class JxlHandler(FormatHandler):
    formats = (MediaFormat.JXL,)
    name = "JPEG XL"
    block = Block.JXL

    def collect(self, path: Path, findings: Findings, data: bytes | None = None) -> None:
        data = file_bytes(path, data)
        if data[:2] == b"\xff\x0a":
            return  # a bare codestream: pixels, colour encoding, nothing else
        end = 0
        for box in bmff.iter_boxes(io.BytesIO(data), 0, len(data)):
            if box.size <= 0:
                findings.partial(Block.JXL)
                return
            end = box.end
            _box(box.type, data[box.payload_offset : box.end], findings)
        if end < len(data):
            describe_trailer(findings, data[end:])


def _box(kind: bytes, payload: bytes, findings: Findings) -> None:
    if kind == b"Exif":
        # The spec puts a 4-byte offset before the TIFF header; pillow-jxl-plugin writes none:
        # exif_payload finds the header either way.
        describe_exif(payload, findings)
    elif kind == b"xml ":
        describe_xmp(payload, findings)
    elif kind == b"jumb":
        findings.add(Kind.CONTENT_CREDENTIALS)
    elif kind == b"brob":
        findings.add(Kind.UNKNOWN_BLOCK, block=Block.COMPRESSED_BOX, name=plain(payload[:4]), bytes=len(payload))
    elif kind not in _STRUCTURAL:
        findings.add(Kind.UNKNOWN_BLOCK, block=Block.JXL_BOX, name=plain(kind), bytes=len(payload))
