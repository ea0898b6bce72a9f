"""A minimal, bounds-checked walker for ISO base media boxes (MP4, MOV, HEIF, AVIF).

It reads box headers from a seekable file, never whole payloads unless asked, so it is safe on
multi-gigabyte videos. Used to find what demuxers and image decoders do not show: user-data atoms,
Motion Photo videos ('mpvd'), Samsung trailers ('sefd') and bytes after the last box.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

# Boxes whose payload is itself a list of boxes (and, for 'meta', after a 4-byte full-box header).
CONTAINERS = {b"moov", b"trak", b"mdia", b"minf", b"stbl", b"udta", b"edts", b"dinf", b"mvex", b"moof", b"traf",
              b"ilst", b"meta", b"iprp", b"ipco", b"tref", b"sinf", b"schi"}
_FULL_BOX_CONTAINERS = {b"meta"}


@dataclass(frozen=True)
class Box:
    type: bytes
    offset: int  # of the header
    size: int  # header included
    header: int

    @property
    def payload_offset(self) -> int:
        return self.offset + self.header

    @property
    def end(self) -> int:
        return self.offset + self.size

    @property
    def name(self) -> str:
        return self.type.decode("latin-1")


def iter_boxes(f: BinaryIO, start: int, end: int) -> Iterator[Box]:
    """Boxes between ``start`` and ``end``; stops (without raising) at the first inconsistent header."""
    pos = start
    while pos + 8 <= end:
        f.seek(pos)
        head = f.read(16)
        if len(head) < 8:
            return
        size, typ = struct.unpack(">I4s", head[:8])
        header = 8
        if size == 1:
            if len(head) < 16:
                return
            size, header = struct.unpack(">Q", head[8:16])[0], 16
        elif size == 0:
            size = end - pos
        if size < header or pos + size > end:
            yield Box(typ, pos, -1, header)  # a broken box: the caller reports it
            return
        yield Box(typ, pos, size, header)
        pos += size


def children(f: BinaryIO, box: Box) -> Iterator[Box]:
    start = box.payload_offset + (4 if box.type in _FULL_BOX_CONTAINERS else 0)
    if box.type == b"meta":
        # QuickTime's 'meta' has no full-box header; ISO's does. Tell them apart by peeking.
        f.seek(box.payload_offset + 4)
        if f.read(4) in (b"hdlr",):
            start = box.payload_offset
    return iter_boxes(f, start, box.end)


def walk(f: BinaryIO, start: int, end: int) -> Iterator[tuple[tuple[bytes, ...], Box]]:
    """Every box with the path of types above it (depth-limited against malicious nesting)."""
    return _walk(f, iter_boxes(f, start, end), 0)


def _walk(f: BinaryIO, boxes: Iterator[Box], depth: int) -> Iterator[tuple[tuple[bytes, ...], Box]]:
    for box in boxes:
        yield (), box
        if box.size > 0 and box.type in CONTAINERS and depth < 12:
            for path, child in _walk(f, children(f, box), depth + 1):
                yield (box.type, *path), child


def read_payload(f: BinaryIO, box: Box, limit: int = 1 << 20) -> bytes:
    f.seek(box.payload_offset)
    return f.read(min(box.size - box.header, limit))


@dataclass(frozen=True)
class MovieSummary:
    """What a person needs to know about a movie hidden in a file."""

    seconds: float | None
    has_audio: bool


def summarize_movie(f: BinaryIO, start: int, end: int) -> MovieSummary:
    """Duration (from 'mvhd') and whether any track is sound (an 'hdlr' of type 'soun')."""
    seconds, audio = None, False
    for _, box in walk(f, start, end):
        if box.size <= 0:
            break
        if box.type == b"mvhd":
            body = read_payload(f, box, 64)
            if body[:1] == b"\x01" and len(body) >= 32:
                scale, duration = struct.unpack(">IQ", body[20:32])
            elif len(body) >= 20:
                scale, duration = struct.unpack(">II", body[12:20])
            else:
                continue
            seconds = duration / scale if scale else None
        elif box.type == b"hdlr":
            body = read_payload(f, box, 16)
            audio = audio or body[8:12] == b"soun"
    return MovieSummary(seconds, audio)
