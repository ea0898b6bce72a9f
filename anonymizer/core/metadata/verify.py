"""Check a file we wrote, structure by structure, against an allowlist: anything else is a failure.

These readers walk the bytes themselves: they share no code with the encoder (Pillow), so a bug
that made the encoder emit a metadata block cannot also hide it here.
"""

from __future__ import annotations

import io
import struct
import zlib
from collections.abc import Iterator
from dataclasses import dataclass

from PIL import Image

from anonymizer.core.errors import VerificationFailed
from anonymizer.core.media.image_io import OutputFormat

JPEG_ALLOWED = {"SOI", "APP0:JFIF", "DQT", "SOF0", "SOF1", "SOF2", "DHT", "DRI", "SOS", "EOI"}
PNG_ALLOWED = {b"IHDR", b"PLTE", b"IDAT", b"IEND", b"gAMA", b"cHRM", b"sRGB", b"pHYs"}
WEBP_ALLOWED = {b"VP8 ", b"VP8L", b"VP8X"}
_SOF = {0xC0: "SOF0", 0xC1: "SOF1", 0xC2: "SOF2"}


class StructureError(ValueError):
    """The bytes are not a well-formed file of the expected format."""


@dataclass(frozen=True)
class Segment:
    """One JPEG marker segment: its name, where it starts, and its body (without marker and length)."""

    marker: int
    name: str
    offset: int
    body: bytes = b""


def iter_jpeg_segments(data: bytes) -> Iterator[Segment]:
    """Every marker segment from SOI to EOI; then, if bytes follow EOI, one 'TRAILER:n' segment whose
    body is those bytes. Raises StructureError on a malformed stream (after yielding what it read)."""
    if not data.startswith(b"\xff\xd8"):
        raise StructureError("no SOI")
    yield Segment(0xD8, "SOI", 0)
    pos, n = 2, len(data)
    while pos < n:
        if data[pos] != 0xFF:
            raise StructureError(f"expected a marker at {pos}")
        start = pos
        while pos < n and data[pos] == 0xFF:
            pos += 1
        if pos >= n:
            raise StructureError("truncated marker")
        marker = data[pos]
        pos += 1
        if marker == 0xD9:
            yield Segment(marker, "EOI", start)
            if pos != n:
                yield Segment(-1, f"TRAILER:{n - pos}", pos, data[pos:])
            return
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:
            yield Segment(marker, f"RST{marker - 0xD0}", start)
            continue
        if pos + 2 > n:
            raise StructureError("truncated segment length")
        length = struct.unpack(">H", data[pos : pos + 2])[0]
        if length < 2 or pos + length > n:
            raise StructureError(f"segment at {start} runs past the end")
        body = data[pos + 2 : pos + length]
        yield Segment(marker, _jpeg_name(marker, body), start, body)
        pos += length
        if marker == 0xDA:
            pos = _end_of_entropy_data(data, pos)
    raise StructureError("no EOI")


def _jpeg_segments(data: bytes) -> list[str]:
    return [seg.name for seg in iter_jpeg_segments(data)]


def _end_of_entropy_data(data: bytes, pos: int) -> int:
    """Skip entropy-coded bytes: stop at the first 0xFF that starts a real marker (not 0x00, RSTn)."""
    while True:
        pos = data.find(b"\xff", pos)
        if pos < 0 or pos + 1 >= len(data):
            raise StructureError("entropy-coded data runs to the end")
        nxt = data[pos + 1]
        if nxt != 0x00 and not 0xD0 <= nxt <= 0xD7 and nxt != 0xFF:
            return pos
        pos += 1 if nxt == 0xFF else 2


def _jpeg_name(marker: int, body: bytes) -> str:
    if marker == 0xE0:
        return "APP0:JFIF" if body.startswith(b"JFIF\x00") else "APP0:other"
    if 0xE0 <= marker <= 0xEF:
        return f"APP{marker - 0xE0}"
    if marker in _SOF:
        return _SOF[marker]
    return {0xDB: "DQT", 0xC4: "DHT", 0xDD: "DRI", 0xDA: "SOS", 0xFE: "COM"}.get(marker, f"M{marker:02X}")


def jpeg_leftovers(data: bytes) -> list[str]:
    """Names of JPEG segments that are not on the allowlist (trailing bytes count)."""
    return [s for s in _jpeg_segments(data) if s not in JPEG_ALLOWED]


@dataclass(frozen=True)
class Chunk:
    """One PNG or RIFF chunk: type, body, and the offset just past it (CRC or padding included)."""

    ctype: bytes
    body: bytes
    end: int
    complete: bool  # False: the file ends inside this chunk (the walk stops after it)
    crc_ok: bool = True  # PNG only


def iter_png_chunks(data: bytes) -> Iterator[Chunk]:
    """Walk PNG chunks after the signature; the verifier and the inspector share this one walk."""
    pos, n = 8, len(data)
    while pos + 8 <= n:
        length, ctype = struct.unpack(">I4s", data[pos : pos + 8])
        body = data[pos + 8 : pos + 8 + length]
        crc = data[pos + 8 + length : pos + 12 + length]
        complete = len(body) == length
        crc_ok = complete and len(crc) == 4 and zlib.crc32(body, zlib.crc32(ctype)) == struct.unpack(">I", crc)[0]
        yield Chunk(ctype, body, pos + 12 + length, complete, crc_ok)
        if not complete:
            return
        pos += 12 + length


def riff_end(data: bytes) -> int:
    """Where the RIFF container says it ends (bytes past this are a trailer), capped at the file's size."""
    return min(8 + struct.unpack("<I", data[4:8])[0], len(data))


def iter_riff_chunks(data: bytes) -> Iterator[Chunk]:
    """Walk the chunks of a RIFF file (WebP) after its 12-byte header, up to the declared end."""
    pos, end = 12, riff_end(data)
    while pos + 8 <= end:
        ctype, length = struct.unpack("<4sI", data[pos : pos + 8])
        body = data[pos + 8 : pos + 8 + length]
        yield Chunk(ctype, body, pos + 8 + length + (length & 1), len(body) == length)
        if len(body) != length:
            return
        pos += 8 + length + (length & 1)


def png_leftovers(data: bytes) -> list[str]:
    if not data.startswith(b"\x89PNG\r\n\x1a\n"):
        raise StructureError("no PNG signature")
    bad: list[str] = []
    for chunk in iter_png_chunks(data):
        if not chunk.crc_ok:
            raise StructureError(f"broken chunk {chunk.ctype!r}")
        if chunk.ctype not in PNG_ALLOWED:
            bad.append(chunk.ctype.decode("latin-1"))
        if chunk.ctype == b"IEND":
            if chunk.end != len(data):
                bad.append(f"TRAILER:{len(data) - chunk.end}")
            return bad
    raise StructureError("no IEND")


def webp_leftovers(data: bytes) -> list[str]:
    if data[:4] != b"RIFF" or data[8:12] != b"WEBP":
        raise StructureError("no RIFF/WEBP header")
    bad = []
    for chunk in iter_riff_chunks(data):
        if chunk.ctype not in WEBP_ALLOWED:
            bad.append(chunk.ctype.decode("latin-1").strip())
        if chunk.ctype == b"VP8X" and chunk.body and chunk.body[0] & 0b00111110 & ~0b00010000:
            # VP8X flags: ICC (0x20), EXIF (0x08), XMP (0x04), animation (0x02); alpha (0x10) is fine
            bad.append("VP8X-flags")
    declared_end = 8 + struct.unpack("<I", data[4:8])[0]
    if declared_end != len(data):
        bad.append(f"TRAILER:{len(data) - declared_end}")
    return bad


_LEFTOVERS = {
    OutputFormat.JPEG: jpeg_leftovers,
    OutputFormat.PNG: png_leftovers,
    OutputFormat.WEBP: webp_leftovers,
}


def leftovers(data: bytes, output_format: str) -> list[str]:
    """Everything in ``data`` outside the allowlist for ``output_format``; raises StructureError."""
    return _LEFTOVERS[output_format](data)


# Keys Pillow puts in ``Image.info`` for a file that carries no metadata at all.
_PILLOW_INFO_ALLOWED = {
    OutputFormat.JPEG: {"jfif", "jfif_version", "jfif_unit", "jfif_density", "dpi", "progressive", "progression"},
    OutputFormat.PNG: {"dpi", "gamma", "srgb", "chromaticity", "aspect"},
    OutputFormat.WEBP: {"loop", "background", "duration", "timestamp"},
}


def pillow_leftovers(data: bytes, output_format: str) -> list[str]:
    """A second, independent opinion: what Pillow's own readers find in the written bytes."""
    found: list[str] = []
    with Image.open(io.BytesIO(data)) as im:
        if (im.format or "").upper() != output_format:
            found.append(f"pillow:format={im.format}")
        extra = set(im.info) - _PILLOW_INFO_ALLOWED[output_format]
        found.extend(f"pillow:info:{key}" for key in sorted(extra))
        if len(im.getexif()):
            found.append("pillow:exif")
        found.extend(f"pillow:{name}" for name, _ in getattr(im, "applist", []) if name != "APP0")
        found.extend(f"pillow:text:{key}" for key in (getattr(im, "text", None) or {}))
        if getattr(im, "n_frames", 1) != 1:
            found.append("pillow:frames")
        im.load()  # the whole image must decode: a truncated output is no output
    return found


def verify_written(data: bytes, output_format: str) -> None:
    """Raise VerificationFailed unless ``data`` holds nothing outside the allowlist for its format.

    Two independent readers must agree: our own structure walker (``leftovers``) and Pillow.
    """
    try:
        found = leftovers(data, output_format)
    except StructureError as e:
        raise VerificationFailed(detail=f"malformed {output_format} output: {e}", leftovers=("structure",)) from e
    except KeyError as e:
        raise VerificationFailed(detail=f"no verifier for {output_format}", leftovers=("format",)) from e
    try:
        found += pillow_leftovers(data, output_format)
    except Exception as e:  # noqa: BLE001 - any failure to re-open the output is a failed verification
        raise VerificationFailed(detail=f"output does not re-open: {e}", leftovers=("unreadable",)) from e
    if found:
        raise VerificationFailed(detail="metadata left in the output: " + ", ".join(found), leftovers=tuple(found))
