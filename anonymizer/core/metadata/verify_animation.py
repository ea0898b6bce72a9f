"""The allowlists of a written animated GIF or WebP: what may be in the bytes besides the frames.

GIF: the header, colour tables, images, graphic control extensions (timing, disposal) and the
NETSCAPE2.0 block (loop count); nothing else, and nothing after the trailer. Animated WebP: VP8X (with
only the animation and alpha flags), ANIM (loop count, background) and ANMF frames whose sub-chunks are
only picture data (ALPH, VP8, VP8L).
"""

from __future__ import annotations

import struct

from anonymizer.core.metadata.gif import sub_blocks, table_size
from anonymizer.core.metadata.verify import StructureError, iter_riff_chunks

_LOOP_BLOCK = b"NETSCAPE2.0"
_GRAPHIC_CONTROL = 0xF9
_WEBP_TOP = {b"VP8X", b"ANIM", b"ANMF"}
_WEBP_FRAME_PARTS = {b"ALPH", b"VP8 ", b"VP8L"}
_VP8X_ALLOWED_FLAGS = 0x02 | 0x10  # animation, alpha


def gif_leftovers(data: bytes) -> list[str]:
    if data[:6] not in (b"GIF87a", b"GIF89a") or len(data) < 13:
        raise StructureError("no GIF header")
    bad: list[str] = []
    pos = 13 + table_size(data[10])
    try:
        while pos < len(data):
            kind = data[pos]
            if kind == 0x3B:
                if pos + 1 != len(data):
                    bad.append(f"TRAILER:{len(data) - pos - 1}")
                return bad
            if kind == 0x21:
                label = data[pos + 1]
                body, pos = sub_blocks(data, pos + 2)
                if not (label == _GRAPHIC_CONTROL or (label == 0xFF and body.startswith(_LOOP_BLOCK))):
                    bad.append(f"extension:{label:#04x}")
            elif kind == 0x2C:
                pos += 10 + table_size(data[pos + 9]) + 1  # descriptor, local table, LZW code size
                _, pos = sub_blocks(data, pos)
            else:
                raise StructureError(f"unknown GIF block {kind:#04x}")
    except (IndexError, ValueError) as e:
        raise StructureError(f"GIF blocks run past the end: {e}") from e
    raise StructureError("no GIF trailer")


def animated_webp_leftovers(data: bytes) -> list[str]:
    if data[:4] != b"RIFF" or data[8:12] != b"WEBP":
        raise StructureError("no RIFF/WEBP header")
    bad: list[str] = []
    for chunk in iter_riff_chunks(data):
        if not chunk.complete:
            raise StructureError(f"truncated chunk {chunk.ctype!r}")
        if chunk.ctype not in _WEBP_TOP:
            bad.append(chunk.ctype.decode("latin-1").strip())
        elif chunk.ctype == b"VP8X" and chunk.body[:1] and chunk.body[0] & ~_VP8X_ALLOWED_FLAGS:
            bad.append("VP8X-flags")  # ICC (0x20), EXIF (0x08), XMP (0x04)
        elif chunk.ctype == b"ANMF":
            bad.extend(_frame_leftovers(chunk.body))
    if 8 + struct.unpack("<I", data[4:8])[0] != len(data):
        bad.append("TRAILER")
    return bad


def _frame_leftovers(body: bytes) -> list[str]:
    """The sub-chunks of one ANMF frame, after its 16-byte header (offset, size, duration, flags)."""
    bad, pos = [], 16
    while pos + 8 <= len(body):
        ctype, length = struct.unpack("<4sI", body[pos : pos + 8])
        if ctype not in _WEBP_FRAME_PARTS:
            bad.append("ANMF:" + ctype.decode("latin-1").strip())
        pos += 8 + length + (length & 1)
    return bad
