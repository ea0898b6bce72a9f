"""IPTC-IIM records and the Photoshop image resources (8BIM) that usually carry them.

Both are small tag-length-value formats; the readers below check every length against the bytes
that are really there and stop at the first inconsistency (recording a partial read).
"""

from __future__ import annotations

import struct

from anonymizer.core.findings import Block, Field, Kind
from anonymizer.core.findings import MetadataGroup as G
from anonymizer.core.metadata.base import Findings, plain
from anonymizer.core.metadata.exif import describe_exif, image_size, nice_date
from anonymizer.core.metadata.icc import describe_icc
from anonymizer.core.metadata.xmp import describe_xmp

# IPTC record 2 (application) datasets that identify a place, a time or a person: dataset -> (kind, group, field).
_IPTC2: dict[int, tuple[Kind, G, Field]] = {
    5: (Kind.TEXT, G.PEOPLE, Field.OBJECT_NAME),
    25: (Kind.TEXT, G.PEOPLE, Field.KEYWORDS),
    40: (Kind.TEXT, G.PEOPLE, Field.INSTRUCTIONS),
    55: (Kind.DATE, G.TIME, Field.CREATED),
    60: (Kind.DATE, G.TIME, Field.TIME_CREATED),
    62: (Kind.DATE, G.TIME, Field.DIGITAL_CREATION),
    63: (Kind.DATE, G.TIME, Field.DIGITAL_CREATION),
    65: (Kind.TEXT, G.DEVICE, Field.SOFTWARE),
    70: (Kind.TEXT, G.DEVICE, Field.PROGRAM_VERSION),
    80: (Kind.TEXT, G.PEOPLE, Field.AUTHOR),
    85: (Kind.TEXT, G.PEOPLE, Field.AUTHOR_TITLE),
    90: (Kind.PLACE, G.LOCATION, Field.CITY),
    92: (Kind.PLACE, G.LOCATION, Field.SUBLOCATION),
    95: (Kind.PLACE, G.LOCATION, Field.STATE),
    100: (Kind.PLACE, G.LOCATION, Field.COUNTRY_CODE),
    101: (Kind.PLACE, G.LOCATION, Field.COUNTRY),
    103: (Kind.ID, G.IDS, Field.TRANSMISSION_REFERENCE),
    105: (Kind.TEXT, G.PEOPLE, Field.HEADLINE),
    110: (Kind.TEXT, G.PEOPLE, Field.CREDIT),
    115: (Kind.TEXT, G.PEOPLE, Field.SOURCE),
    116: (Kind.TEXT, G.PEOPLE, Field.COPYRIGHT),
    118: (Kind.TEXT, G.PEOPLE, Field.CONTACT),
    120: (Kind.TEXT, G.PEOPLE, Field.CAPTION),
    122: (Kind.TEXT, G.PEOPLE, Field.CAPTION_WRITER),
}
_BENIGN = {(1, 0), (1, 90), (2, 0)}  # record versions and the character-set marker
_DATE_TIME = {55: 60, 62: 63}  # a date dataset and the time dataset that completes it


def describe_iptc(data: bytes, findings: Findings) -> None:
    """Add findings for an IPTC-IIM block; never raises."""
    findings.add(Kind.BLOCK, block=Block.IPTC, bytes=len(data))
    with findings.reading(Block.IPTC):
        datasets = _iim_datasets(data, findings)
        values = {ds: plain(v) for rec, ds, v in datasets if rec == 2}
        for record, dataset, value in datasets:
            if (record, dataset) in _BENIGN or (record == 2 and dataset in _DATE_TIME.values()
                                                 and _date_of(dataset) in values):
                continue
            if record != 2 or dataset not in _IPTC2:
                findings.add(Kind.IPTC_FIELD, record=record, dataset=dataset)
                continue
            kind, group, field = _IPTC2[dataset]
            text = plain(value)
            if not text:
                continue
            if kind is Kind.DATE:
                time = values.get(_DATE_TIME.get(dataset, -1), "")
                text = nice_date(text) + (" " + nice_date(time) if time else "")
            findings.add(kind, group, field=field, value=text)


def _date_of(time_dataset: int) -> int:
    return next(d for d, t in _DATE_TIME.items() if t == time_dataset)


def _iim_datasets(data: bytes, findings: Findings) -> list[tuple[int, int, bytes]]:
    out, pos, n = [], 0, len(data)
    while pos + 5 <= n:
        if data[pos] != 0x1C:
            if data[pos:].strip(b"\x00"):
                findings.partial(Block.IPTC)
            break
        record, dataset, size = data[pos + 1], data[pos + 2], struct.unpack(">H", data[pos + 3 : pos + 5])[0]
        pos += 5
        if size & 0x8000:  # extended dataset: the length is in the next (size & 0x7FFF) bytes
            width = size & 0x7FFF
            size = int.from_bytes(data[pos : pos + width], "big")
            pos += width
        if pos + size > n:
            findings.partial(Block.IPTC)
            break
        out.append((record, dataset, data[pos : pos + size]))
        pos += size
    return out


# Photoshop image resource IDs that matter here.
_PS_IPTC, _PS_THUMB_OLD, _PS_THUMB, _PS_ICC, _PS_EXIF, _PS_EXIF3, _PS_XMP = (
    0x0404, 0x0409, 0x040C, 0x040F, 0x0422, 0x0423, 0x0424,
)


def photoshop_resources(data: bytes, findings: Findings) -> list[tuple[int, bytes]]:
    """(resource id, payload) of every 8BIM resource in a Photoshop block."""
    out, pos, n = [], 0, len(data)
    while pos + 12 <= n:
        if data[pos : pos + 4] not in (b"8BIM", b"MeSa", b"PHUT", b"AgHg", b"DCSR"):
            findings.partial(Block.PHOTOSHOP)
            break
        rid = struct.unpack(">H", data[pos + 4 : pos + 6])[0]
        name_len = data[pos + 6]
        pos += 6 + ((name_len + 2) & ~1)  # Pascal name padded to even length (with its length byte)
        if pos + 4 > n:
            findings.partial(Block.PHOTOSHOP)
            break
        size = struct.unpack(">I", data[pos : pos + 4])[0]
        pos += 4
        if pos + size > n:
            findings.partial(Block.PHOTOSHOP)
            break
        out.append((rid, data[pos : pos + size]))
        pos += size + (size & 1)
    return out


def describe_photoshop(data: bytes, findings: Findings) -> None:
    """Photoshop image resources: IPTC inside, thumbnails, and copies of EXIF/XMP/ICC."""
    findings.add(Kind.BLOCK, block=Block.PHOTOSHOP, bytes=len(data))
    with findings.reading(Block.PHOTOSHOP):
        for rid, payload in photoshop_resources(data, findings):
            if rid == _PS_IPTC:
                describe_iptc(payload, findings)
            elif rid in (_PS_THUMB, _PS_THUMB_OLD):
                findings.add(Kind.THUMBNAIL, source=Block.PHOTOSHOP, **image_size(payload[28:]))
            elif rid == _PS_ICC:
                describe_icc(payload, findings)
            elif rid in (_PS_EXIF, _PS_EXIF3):
                describe_exif(payload, findings, Block.PHOTOSHOP_EXIF)
            elif rid == _PS_XMP:
                describe_xmp(payload, findings, Block.PHOTOSHOP_XMP)
