"""WebP: the RIFF chunks EXIF, XMP and ICCP, animation, unknown chunks, and bytes after the RIFF."""

from __future__ import annotations

from pathlib import Path

from anonymizer.core.findings import Block, Kind
from anonymizer.core.media.sniff import MediaFormat
from anonymizer.core.metadata.base import Findings, FormatHandler, file_bytes, plain
from anonymizer.core.metadata.exif import describe_exif
from anonymizer.core.metadata.icc import describe_icc
from anonymizer.core.metadata.motion import describe_trailer
from anonymizer.core.metadata.verify import iter_riff_chunks, riff_end
from anonymizer.core.metadata.xmp import describe_xmp

_STRUCTURAL = {b"VP8 ", b"VP8L", b"VP8X", b"ALPH"}


class WebpHandler(FormatHandler):
    formats = (MediaFormat.WEBP,)
    name = "WebP"
    block = Block.WEBP

    def collect(self, path: Path, findings: Findings, data: bytes | None = None) -> None:
        data = file_bytes(path, data)
        for chunk in iter_riff_chunks(data):
            if not chunk.complete:
                findings.partial(Block.WEBP)
                break
            with findings.reading(Block.WEBP_CHUNK):
                _chunk(chunk.ctype, chunk.body, findings)
        end = riff_end(data)
        if end < len(data):
            describe_trailer(findings, data[end:])


def _chunk(ctype: bytes, body: bytes, findings: Findings) -> None:
    if ctype in _STRUCTURAL:
        return
    if ctype == b"EXIF":
        describe_exif(body, findings)
    elif ctype == b"XMP ":
        describe_xmp(body, findings)
    elif ctype == b"ICCP":
        describe_icc(body, findings)
    elif ctype in (b"ANIM", b"ANMF"):
        findings.add(Kind.ANIMATION)
    else:
        findings.add(Kind.UNKNOWN_BLOCK, block=Block.WEBP_CHUNK, name=plain(ctype), bytes=len(body))
