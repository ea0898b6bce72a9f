"""IPTC-IIM records and the Photoshop image resources (8BIM) that usually carry them.

Both are small tag-length-value formats; the readers below check every length against the bytes
that are really there and stop at the first inconsistency (recording a partial read).
"""

from __future__ import annotations

import struct

from anonymizer.core.metadata.base import Findings, plain
from anonymizer.core.metadata.exif import describe_exif, image_size
from anonymizer.core.metadata.icc import describe_icc
from anonymizer.core.metadata.xmp import describe_xmp
from anonymizer.core.models import MetadataGroup as G

# IPTC record 2 (application) datasets that identify a place, a time or a person.
_IPTC2: dict[int, tuple[G, str]] = {
    5: (G.PEOPLE, "Object name"),
    25: (G.PEOPLE, "Keywords"),
    40: (G.PEOPLE, "Special instructions"),
    55: (G.TIME, "Date created"),
    60: (G.TIME, "Time created"),
    62: (G.TIME, "Digital creation date"),
    63: (G.TIME, "Digital creation time"),
    65: (G.DEVICE, "Program"),
    70: (G.DEVICE, "Program version"),
    80: (G.PEOPLE, "By-line (author)"),
    85: (G.PEOPLE, "Author's title"),
    90: (G.LOCATION, "City"),
    92: (G.LOCATION, "Sub-location"),
    95: (G.LOCATION, "Province or state"),
    100: (G.LOCATION, "Country code"),
    101: (G.LOCATION, "Country"),
    103: (G.OTHER, "Transmission reference"),
    105: (G.PEOPLE, "Headline"),
    110: (G.PEOPLE, "Credit"),
    115: (G.PEOPLE, "Source"),
    116: (G.PEOPLE, "Copyright notice"),
    118: (G.PEOPLE, "Contact"),
    120: (G.PEOPLE, "Caption"),
    122: (G.PEOPLE, "Caption writer"),
}
_BENIGN = {(1, 0), (1, 90), (2, 0)}  # record versions and the character-set marker


def describe_iptc(data: bytes, findings: Findings) -> None:
    """Add items for an IPTC-IIM block; never raises."""
    findings.add(G.OTHER, f"IPTC block ({len(data)} bytes)")
    with findings.reading("IPTC block"):
        for record, dataset, value in _iim_datasets(data, findings):
            if (record, dataset) in _BENIGN:
                continue
            group, label = _IPTC2.get(dataset, (G.OTHER, "")) if record == 2 else (G.OTHER, "")
            if label and plain(value):
                findings.add(group, f"{label}: {plain(value)}")
            elif label:
                continue
            else:
                findings.add(G.OTHER, f"IPTC field {record}:{dataset}")


def _iim_datasets(data: bytes, findings: Findings) -> list[tuple[int, int, bytes]]:
    out, pos, n = [], 0, len(data)
    while pos + 5 <= n:
        if data[pos] != 0x1C:
            if data[pos:].strip(b"\x00"):
                findings.partial("IPTC block")
            break
        record, dataset, size = data[pos + 1], data[pos + 2], struct.unpack(">H", data[pos + 3 : pos + 5])[0]
        pos += 5
        if size & 0x8000:  # extended dataset: the length is in the next (size & 0x7FFF) bytes
            width = size & 0x7FFF
            size = int.from_bytes(data[pos : pos + width], "big")
            pos += width
        if pos + size > n:
            findings.partial("IPTC block")
            break
        out.append((record, dataset, data[pos : pos + size]))
        pos += size
    return out


# Photoshop image resource IDs that matter here.
_PS_IPTC, _PS_THUMB_OLD, _PS_THUMB, _PS_ICC, _PS_EXIF, _PS_EXIF3, _PS_XMP = (
    0x0404, 0x0409, 0x040C, 0x040F, 0x0422, 0x0423, 0x0424,
)
_PS_IDS_PLAIN = {0x0425: "Photoshop digest", 0x041E: "URL list", 0x0BB7: "Clipping path name"}


def photoshop_resources(data: bytes, findings: Findings) -> list[tuple[int, bytes]]:
    """(resource id, payload) of every 8BIM resource in a Photoshop block."""
    out, pos, n = [], 0, len(data)
    while pos + 12 <= n:
        if data[pos : pos + 4] not in (b"8BIM", b"MeSa", b"PHUT", b"AgHg", b"DCSR"):
            findings.partial("Photoshop block")
            break
        rid = struct.unpack(">H", data[pos + 4 : pos + 6])[0]
        name_len = data[pos + 6]
        pos += 6 + ((name_len + 2) & ~1)  # Pascal name padded to even length (with its length byte)
        if pos + 4 > n:
            findings.partial("Photoshop block")
            break
        size = struct.unpack(">I", data[pos : pos + 4])[0]
        pos += 4
        if pos + size > n:
            findings.partial("Photoshop block")
            break
        out.append((rid, data[pos : pos + size]))
        pos += size + (size & 1)
    return out


def describe_photoshop(data: bytes, findings: Findings) -> None:
    """Photoshop image resources: IPTC inside, thumbnails, and copies of EXIF/XMP/ICC."""
    findings.add(G.OTHER, "Photoshop block")
    with findings.reading("Photoshop block"):
        for rid, payload in photoshop_resources(data, findings):
            if rid == _PS_IPTC:
                describe_iptc(payload, findings)
            elif rid in (_PS_THUMB, _PS_THUMB_OLD):
                findings.add(G.EMBEDDED, f"Photoshop thumbnail ({image_size(payload[28:])}) of the original")
            elif rid == _PS_ICC:
                describe_icc(payload, findings)
            elif rid in (_PS_EXIF, _PS_EXIF3):
                describe_exif(payload, findings, "Photoshop EXIF")
            elif rid == _PS_XMP:
                describe_xmp(payload, findings, "Photoshop XMP")
            elif rid in _PS_IDS_PLAIN:
                findings.add(G.OTHER, _PS_IDS_PLAIN[rid])
