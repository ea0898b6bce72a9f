"""PNG: text chunks (tEXt, zTXt, iTXt), eXIf, iCCP, tIME, C2PA and any unknown ancillary chunk."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

from anonymizer.core.media.sniff import MediaFormat
from anonymizer.core.metadata.base import Findings, FormatHandler, file_bytes, plain
from anonymizer.core.metadata.exif import describe_exif
from anonymizer.core.metadata.icc import describe_icc
from anonymizer.core.metadata.iptc import describe_iptc, describe_photoshop
from anonymizer.core.metadata.motion import describe_trailer
from anonymizer.core.metadata.verify import iter_png_chunks
from anonymizer.core.metadata.xmp import describe_xmp
from anonymizer.core.models import MetadataGroup as G

_STRUCTURAL = {b"IHDR", b"PLTE", b"IDAT", b"IEND", b"gAMA", b"cHRM", b"sRGB", b"pHYs", b"bKGD", b"tRNS",
               b"sBIT", b"hIST", b"sPLT", b"cICP", b"mDCV", b"cLLI", b"oFFs", b"pCAL", b"sCAL"}
_MAX_INFLATE = 8 * 1024 * 1024  # a zTXt bomb costs us at most this much memory
_TEXT_KEYS: dict[str, tuple[G, str]] = {
    "author": (G.PEOPLE, "Author"),
    "copyright": (G.PEOPLE, "Copyright"),
    "description": (G.PEOPLE, "Description"),
    "comment": (G.PEOPLE, "Comment"),
    "title": (G.PEOPLE, "Title"),
    "disclaimer": (G.PEOPLE, "Disclaimer"),
    "source": (G.DEVICE, "Source device"),
    "software": (G.DEVICE, "Software"),
    "creation time": (G.TIME, "Created"),
    "date:create": (G.TIME, "Created"),
    "date:modify": (G.TIME, "Changed"),
    "date:timestamp": (G.TIME, "Time stamp"),
    "warning": (G.OTHER, "Warning text"),
}


class PngHandler(FormatHandler):
    formats = (MediaFormat.PNG,)
    name = "PNG"

    def collect(self, path: Path, findings: Findings, data: bytes | None = None) -> None:
        data = file_bytes(path, data)
        for chunk in iter_png_chunks(data):
            if not chunk.complete:
                findings.partial("PNG structure")
                return
            if chunk.ctype == b"IEND":
                if chunk.end < len(data):
                    describe_trailer(findings, data[chunk.end:], "image")
                return
            with findings.reading(f"PNG chunk {chunk.ctype.decode('latin-1')}"):
                _chunk(chunk.ctype, chunk.body, findings)
        findings.partial("PNG structure")


def _chunk(ctype: bytes, body: bytes, findings: Findings) -> None:
    if ctype in _STRUCTURAL:
        return
    if ctype in (b"tEXt", b"zTXt", b"iTXt"):
        key, text = _text_chunk(ctype, body)
        _text(key, text, findings)
    elif ctype == b"eXIf":
        describe_exif(body, findings, "EXIF (eXIf chunk)")
    elif ctype == b"iCCP":
        _name, _, rest = body.partition(b"\x00")
        describe_icc(_inflate(rest[1:]), findings)
    elif ctype == b"tIME" and len(body) == 7:
        y, mo, d, h, mi, s = struct.unpack(">HBBBBB", body)
        findings.add(G.TIME, f"Last changed {y:04d}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d}")
    elif ctype in (b"acTL", b"fcTL", b"fdAT"):
        findings.add(G.OTHER, "Animation frames (APNG)")
    elif ctype == b"caBX":
        findings.add(G.OTHER, "Content credentials (C2PA manifest: may name the author, device, edits)")
    else:
        findings.add(G.OTHER, f"Unknown PNG chunk '{plain(ctype)}' ({len(body)} bytes)")


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
        group, label = _TEXT_KEYS[lower]
        findings.add(group, f"{label}: {plain(text)}" if group is not G.TIME else f"{label} {plain(text)}")
    else:
        findings.add(G.OTHER, f"Text '{plain(key)}': {plain(text)}")


def _raw_profile(kind: str, text: bytes, findings: Findings) -> None:
    """ImageMagick's 'Raw profile type exif/iptc/xmp/icc': a hex dump after a name and a length line."""
    lines = text.strip().split(b"\n", 2)
    payload = bytes.fromhex(lines[2].decode("ascii").replace("\n", "").replace(" ", "")) if len(lines) > 2 else b""
    if kind in ("exif", "app1"):
        describe_exif(payload, findings, "EXIF (text chunk)")
    elif kind == "iptc":
        describe_iptc(payload, findings)
    elif kind == "8bim":
        describe_photoshop(payload, findings)
    elif kind == "xmp":
        describe_xmp(payload, findings)
    elif kind in ("icc", "icm"):
        describe_icc(payload, findings)
    else:
        findings.add(G.OTHER, f"Raw {kind} profile in a text chunk")
