"""PBM, PGM, PPM: no metadata blocks, but comment lines in the header ('# made by Jane') and anything
stored after the picture (a second image, appended bytes)."""

from __future__ import annotations

from pathlib import Path

from anonymizer.core.media.sniff import MediaFormat
from anonymizer.core.metadata.base import Findings, FormatHandler, file_bytes, plain
from anonymizer.core.metadata.motion import describe_trailer

_HEADER_LIMIT = 64 * 1024  # a header longer than this is all comment: the rest is not read
# Bytes per sample row for the binary variants: P4 packs 8 pixels a byte, P5 one sample, P6 three.
_CHANNELS = {b"5": 1, b"6": 3}


class NetpbmHandler(FormatHandler):
    formats = (MediaFormat.NETPBM,)
    name = "Netpbm"

    def collect(self, path: Path, findings: Findings, data: bytes | None = None) -> None:
        data = file_bytes(path, data)
        fields, comments, end = header_fields(data[:_HEADER_LIMIT])
        for comment in comments:
            if plain(comment):
                findings.comment(comment)
        size = _raster_size(data[1:2], fields)
        if size is not None and end + size < len(data):
            describe_trailer(findings, data[end + size :])


def header_fields(head: bytes) -> tuple[list[int], list[bytes], int]:
    """The numbers of the header (width, height and, but for PBM, the largest value), its comments,
    and where the pixels start. Whitespace separates fields; '#' comments run to the end of the line."""
    wanted = 2 if head[1:2] in (b"1", b"4") else 3
    fields: list[int] = []
    comments: list[bytes] = []
    pos = 2
    while len(fields) < wanted and pos < len(head):
        if head[pos : pos + 1] == b"#":
            stop = head.find(b"\n", pos)
            stop = len(head) if stop < 0 else stop
            comments.append(head[pos + 1 : stop])
            pos = stop
        elif head[pos : pos + 1].isspace():
            pos += 1
        else:
            start = pos
            while pos < len(head) and head[pos : pos + 1].isdigit():
                pos += 1
            if pos == start:
                raise ValueError("not a number in the Netpbm header")
            fields.append(int(head[start:pos]))
    return fields, comments, pos + 1  # one whitespace byte ends the header


def _raster_size(kind: bytes, fields: list[int]) -> int | None:
    if kind == b"4" and len(fields) == 2:
        return (fields[0] + 7) // 8 * fields[1]
    if kind in _CHANNELS and len(fields) == 3:
        return fields[0] * fields[1] * _CHANNELS[kind] * (2 if fields[2] > 255 else 1)
    return None  # the plain (text) variants end wherever their numbers end
