"""GoPro's GPMF: key-length-value entries (a 4-letter key, a type letter, the size of one value and how
many), nested when the type is 0. The settings block GoPro cameras write in photos (APP6 'GoPro') and
videos ('GPMF' atom) names the camera model, its serial numbers, firmware and a unique media id.

A bounded walk: sizes are checked against the bytes at hand, at most ``_MAX_ENTRIES`` entries and
``_MAX_DEPTH`` levels.
"""

from __future__ import annotations

import struct

from anonymizer.core.findings import Field, Kind
from anonymizer.core.findings import MetadataGroup as G
from anonymizer.core.metadata.base import Findings, plain

_MAX_ENTRIES = 4096
_MAX_DEPTH = 8
# key -> (kind, group, field); CASN: camera serial, LINF: lens serial, CINF/MUID: unique media ids.
_KEYS: dict[bytes, tuple[Kind, G, Field | None]] = {
    b"CASN": (Kind.ID, G.IDS, Field.SERIAL_NUMBER),
    b"LINF": (Kind.ID, G.IDS, Field.LENS_SERIAL_NUMBER),
    b"MUID": (Kind.ID, G.IDS, Field.MEDIA_ID),
    b"CINF": (Kind.ID, G.IDS, Field.MEDIA_ID),
    b"FMWR": (Kind.TEXT, G.DEVICE, Field.FIRMWARE),
    b"MINF": (Kind.CAMERA, G.DEVICE, None),
}


def describe_gpmf(data: bytes, findings: Findings) -> None:
    """The identifying entries of a GPMF block; never raises past ``findings.reading``."""
    seen: set[bytes] = set()
    for key, kind_char, value in _walk(data, 0, len(data), 0, [0]):
        if key not in _KEYS or key in seen:
            continue
        kind, group, field = _KEYS[key]
        text = plain(value.split(b"\x00", 1)[0]) if kind_char == b"c" else value.hex().rstrip("0")
        if not text:
            continue
        seen.add(key)
        if kind is Kind.CAMERA:
            findings.add(Kind.CAMERA, name=text if text.lower().startswith("gopro") else f"GoPro {text}")
        else:
            findings.add(kind, group, field=field, value=text)


def _walk(data: bytes, start: int, end: int, depth: int, count: list[int]):  # noqa: ANN202 - a generator
    pos = start
    while pos + 8 <= end and count[0] < _MAX_ENTRIES:
        key, kind_char, size, repeat = data[pos : pos + 4], data[pos + 4 : pos + 5], data[pos + 5], \
            struct.unpack_from(">H", data, pos + 6)[0]
        length = size * repeat
        body_end = pos + 8 + length
        if body_end > end or not key.isalnum():
            return
        count[0] += 1
        if kind_char == b"\x00" and depth < _MAX_DEPTH:
            yield from _walk(data, pos + 8, body_end, depth + 1, count)
        else:
            yield key, kind_char, data[pos + 8 : body_end]
        pos = body_end + (-length % 4)  # entries are padded to 4 bytes
