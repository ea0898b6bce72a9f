"""PNG: text chunks (tEXt, zTXt, iTXt), eXIf, iCCP, tIME, C2PA and any unknown ancillary chunk."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

from anonymizer.core.findings import Block, Field, Kind
from anonymizer.core.findings import MetadataGroup as G
from anonymizer.core.media.sniff import MediaFormat
from anonymizer.core.metadata.base import Findings, FormatHandler, file_bytes, plain
from anonymizer.core.metadata.exif import describe_exif, nice_date
from anonymizer.core.metadata.icc import describe_icc
from anonymizer.core.metadata.iptc import describe_iptc, describe_photoshop
from anonymizer.core.metadata.motion import describe_trailer
from anonymizer.core.metadata.verify import iter_png_chunks
from anonymizer.core.metadata.xmp import describe_xmp

_STRUCTURAL = {b"IHDR", b"PLTE", b"IDAT", b"IEND", b"gAMA", b"cHRM", b"sRGB", b"pHYs", b"bKGD", b"tRNS",
               b"sBIT", b"hIST", b"sPLT", b"cICP", b"mDCV", b"cLLI", b"oFFs", b"pCAL", b"sCAL"}
_MAX_INFLATE = 8 * 1024 * 1024  # a zTXt bomb costs us at most this much memory
_TEXT_KEYS: dict[str, tuple[G, Field]] = {
    "author": (G.PEOPLE, Field.AUTHOR),
    "copyright": (G.PEOPLE, Field.COPYRIGHT),
    "description": (G.PEOPLE, Field.DESCRIPTION),
    "comment": (G.PEOPLE, Field.COMMENT),
    "title": (G.PEOPLE, Field.TITLE),
    "disclaimer": (G.PEOPLE, Field.DISCLAIMER),
    "source": (G.DEVICE, Field.SOURCE_DEVICE),
    "software": (G.DEVICE, Field.SOFTWARE),
    "creation time": (G.TIME, Field.CREATED),
    "date:create": (G.TIME, Field.CREATED),
    "date:modify": (G.TIME, Field.CHANGED),
    "date:timestamp": (G.TIME, Field.TIMESTAMP),
    "warning": (G.OTHER, Field.TEXT),
}


class PngHandler(FormatHandler):
    formats = (MediaFormat.PNG,)
    name = "PNG"
    block = Block.PNG

    def collect(self, path: Path, findings: Findings, data: bytes | None = None) -> None:
        data = file_bytes(path, data)
        for chunk in iter_png_chunks(data):
            if not chunk.complete:
                findings.partial(Block.PNG)
                return
            if chunk.ctype == b"IEND":
                if chunk.end < len(data):
                    describe_trailer(findings, data[chunk.end:])
                return
            with findings.reading(Block.PNG_CHUNK):
                _chunk(chunk.ctype, chunk.body, findings)
        findings.partial(Block.PNG)


def _chunk(ctype: bytes, body: bytes, findings: Findings) -> None:
    if ctype in _STRUCTURAL:
        return
    if ctype in (b"tEXt", b"zTXt", b"iTXt"):
        key, text = _text_chunk(ctype, body)
        _text(key, text, findings)
    elif ctype == b"eXIf":
        describe_exif(body, findings, Block.EXIF_PNG)
    elif ctype == b"iCCP":
        _name, _, rest = body.partition(b"\x00")
        describe_icc(_inflate(rest[1:]), findings)
    elif ctype == b"tIME" and len(body) == 7:
        y, mo, d, h, mi, s = struct.unpack(">HBBBBB", body)
        findings.add(Kind.DATE, field=Field.CHANGED, value=f"{y:04d}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d}")
    elif ctype in (b"acTL", b"fcTL", b"fdAT"):
        findings.add(Kind.ANIMATION)
    elif ctype == b"caBX":
        findings.add(Kind.CONTENT_CREDENTIALS)
    else:
        findings.add(Kind.UNKNOWN_BLOCK, block=Block.PNG_CHUNK, name=plain(ctype), bytes=len(body))


def _inflate(data: bytes) -> bytes:
    d = zlib.decompressobj()
    out = d.decompress(data, _MAX_INFLATE)
    if d.unconsumed_tail:
        raise ValueError("compressed text larger than the limit")
    return out


def _text_chunk(ctype: bytes, body: bytes) -> tuple[str, bytes]:
    key, _, rest = body.partition(b"\x00")
    if ctype == b"zTXt":
        return key.decode("latin-1"), _inflate(rest[1:])
    if ctype == b"iTXt":
        compressed, _method = rest[0], rest[1]
        _lang, _, rest = rest[2:].partition(b"\x00")
        _tkey, _, text = rest.partition(b"\x00")
        return key.decode("latin-1"), _inflate(text) if compressed else text
    return key.decode("latin-1"), rest


def _text(key: str, text: bytes, findings: Findings) -> None:
    lower = key.lower()
    if lower == "xml:com.adobe.xmp":
        describe_xmp(text, findings)
    elif lower.startswith("raw profile type"):
        _raw_profile(lower.removeprefix("raw profile type").strip(), text, findings)
    elif lower in _TEXT_KEYS:
        group, field = _TEXT_KEYS[lower]
        if group is G.TIME:
            findings.add(Kind.DATE, field=field, value=nice_date(plain(text)))
        else:
            findings.text(group, field, text)
    else:
        findings.add(Kind.TEXT_CHUNK, key=plain(key), value=plain(text))


def _raw_profile(kind: str, text: bytes, findings: Findings) -> None:
    """ImageMagick's 'Raw profile type exif/iptc/xmp/icc': a hex dump after a name and a length line."""
    lines = text.strip().split(b"\n", 2)
    payload = bytes.fromhex(lines[2].decode("ascii").replace("\n", "").replace(" ", "")) if len(lines) > 2 else b""
    if kind in ("exif", "app1"):
        describe_exif(payload, findings, Block.EXIF_TEXT)
    elif kind == "iptc":
        describe_iptc(payload, findings)
    elif kind == "8bim":
        describe_photoshop(payload, findings)
    elif kind == "xmp":
        describe_xmp(payload, findings)
    elif kind in ("icc", "icm"):
        describe_icc(payload, findings)
    else:
        findings.add(Kind.UNKNOWN_BLOCK, block=Block.RAW_PROFILE, name=kind, bytes=len(payload))
