"""QuickTime reference movies: a small .mov whose pictures live in other files.

Two shapes: an 'rmra' atom in 'moov' that only lists other movies (an alias or URL each, chosen by
the player by bandwidth or language), and tracks whose data reference ('dref') points elsewhere
instead of saying "in this file". FFmpeg reads the index of the second kind and then decodes whatever
bytes this file holds at those offsets, so it used to be refused as damaged; the user is told what it
is instead. The other files are never opened: they are not what the user gave us.
"""

from __future__ import annotations

import os
import struct
from pathlib import Path
from typing import BinaryIO

from anonymizer.core.metadata import bmff

_SELF_CONTAINED = 0x000001  # the 'dref' entry flag meaning "the media data is in this same file"
_MAX_ENTRIES = 64


def external_media(path: Path) -> str | None:
    """What points out of the file ("reference movie" or "track data in another file"), or None."""
    with open(path, "rb") as f:
        end = os.fstat(f.fileno()).st_size
        for parents, box in bmff.walk(f, 0, end):
            if box.size <= 0:
                return None  # a broken structure is FFmpeg's to judge (damaged), not ours
            if box.type == b"rmra" and parents[:1] == (b"moov",):
                return "reference movie"
            if box.type == b"dref" and parents[:2] == (b"moov", b"trak") and _points_elsewhere(f, box):
                return "track data in another file"
    return None


def _points_elsewhere(f: BinaryIO, box: bmff.Box) -> bool:
    body = bmff.read_payload(f, box, 1 << 16)
    if len(body) < 8:
        return False
    (count,) = struct.unpack(">I", body[4:8])  # after the full box's version and flags
    pos = 8
    for _ in range(min(count, _MAX_ENTRIES)):
        if pos + 12 > len(body):
            break
        size = struct.unpack(">I", body[pos : pos + 4])[0]
        flags = int.from_bytes(body[pos + 9 : pos + 12], "big")
        if not flags & _SELF_CONTAINED:
            return True
        if size < 12:
            break
        pos += size
    return False
