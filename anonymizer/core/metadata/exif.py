"""EXIF blocks (a small TIFF structure) described in plain words.

piexif reads the named tags; when it gives up on a damaged block, Pillow's more lenient reader
gets a second try, and the block is reported as not fully read. Both only ever look at bytes we
already hold in memory.
"""

from __future__ import annotations

import io
import struct
import warnings
from collections.abc import Mapping
from fractions import Fraction
from typing import Any

import piexif
from PIL import Image

from anonymizer.core.media.sniff import TIFF_SIGNATURES
from anonymizer.core.metadata.base import Findings, plain
from anonymizer.core.models import MetadataGroup as G

_IMAGE, _EXIF, _GPS = piexif.ImageIFD, piexif.ExifIFD, piexif.GPSIFD

# (tag, group, label) for the plain text tags of IFD0 (also used for TIFF files' main IFD).
IMAGE_TEXT_TAGS: tuple[tuple[int, G, str], ...] = (
    (_IMAGE.Software, G.DEVICE, "Software"),
    (_IMAGE.ProcessingSoftware, G.DEVICE, "Processing software"),
    (_IMAGE.HostComputer, G.DEVICE, "Computer"),
    (_IMAGE.CameraSerialNumber, G.DEVICE, "Serial number"),
    (_IMAGE.UniqueCameraModel, G.DEVICE, "Camera model"),
    (_IMAGE.LocalizedCameraModel, G.DEVICE, "Camera model"),
    (_IMAGE.Artist, G.PEOPLE, "Artist"),
    (_IMAGE.Copyright, G.PEOPLE, "Copyright"),
    (_IMAGE.ImageDescription, G.PEOPLE, "Description"),
    (_IMAGE.DocumentName, G.PEOPLE, "Document name"),
    (_IMAGE.XPAuthor, G.PEOPLE, "Author"),
    (_IMAGE.XPComment, G.PEOPLE, "Comment"),
    (_IMAGE.XPTitle, G.PEOPLE, "Title"),
    (_IMAGE.XPSubject, G.PEOPLE, "Subject"),
    (_IMAGE.XPKeywords, G.PEOPLE, "Keywords"),
    (_IMAGE.RawDataUniqueID, G.DEVICE, "Unique raw-data ID"),
    (_IMAGE.DateTime, G.TIME, "Last changed"),
    (_IMAGE.PreviewDateTime, G.TIME, "Preview made"),
)
_EXIF_TEXT_TAGS: tuple[tuple[int, G, str], ...] = (
    (_EXIF.DateTimeOriginal, G.TIME, "Taken"),
    (_EXIF.DateTimeDigitized, G.TIME, "Digitized"),
    (_EXIF.OffsetTimeOriginal, G.TIME, "Time zone"),
    (_EXIF.OffsetTime, G.TIME, "Time zone"),
    (_EXIF.OffsetTimeDigitized, G.TIME, "Time zone"),
    (_EXIF.BodySerialNumber, G.DEVICE, "Serial number"),
    (_EXIF.LensSerialNumber, G.DEVICE, "Lens serial number"),
    (_EXIF.CameraOwnerName, G.PEOPLE, "Camera owner"),
    (_EXIF.ImageUniqueID, G.DEVICE, "Unique image ID"),
    (_EXIF.UserComment, G.PEOPLE, "Comment"),
    (_EXIF.DeviceSettingDescription, G.DEVICE, "Device settings"),
)
_TEXT_PREFIXES = (b"ASCII\x00\x00\x00", b"UNICODE\x00", b"JIS\x00\x00\x00\x00\x00", b"\x00" * 8)


def exif_payload(raw: bytes) -> bytes:
    """The TIFF structure inside an EXIF block, whatever wrapper a container put around it."""
    if raw.startswith(b"Exif\x00\x00"):
        return raw[6:]
    if raw[:4] not in TIFF_SIGNATURES and len(raw) > 8:
        # HEIF items start with a 4-byte offset to the TIFF header; some writers omit 'Exif\0\0'.
        offset = int.from_bytes(raw[:4], "big")
        body = raw[4 + offset :] if 4 + offset < len(raw) else raw[4:]
        for start in (0, *(body.find(sig) for sig in TIFF_SIGNATURES)):
            if start >= 0 and body[start : start + 4] in TIFF_SIGNATURES:
                return body[start:]
    return raw


def describe_exif(raw: bytes, findings: Findings, where: str = "EXIF") -> None:
    """Add items for one EXIF block; never raises."""
    tiff = exif_payload(raw)
    findings.add(G.OTHER, f"{where} block ({len(raw)} bytes)")
    try:
        if not declared_sizes_fit(tiff):
            raise ValueError("an EXIF entry declares more data than the block holds")
        data = piexif.load(tiff)
    except Exception:  # noqa: BLE001 - piexif fails on any bad pointer; fall back to Pillow
        data = _pillow_fallback(tiff)
        findings.partial(f"{where} block")
    with findings.reading(f"{where} block"):
        describe_ifds(data, findings)
    with findings.reading(f"{where} thumbnail"):
        _describe_embedded(data, tiff, findings)


# Bytes per value of each TIFF field type (unknown types: 1).
_TYPE_SIZES = {1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8, 13: 4}
_SUB_IFD_TAGS = (0x8769, 0x8825, 0xA005)  # Exif, GPS, Interoperability
_MAX_IFDS = 16


def declared_sizes_fit(tiff: bytes) -> bool:
    """True unless some IFD entry declares more data than the block holds.

    piexif.load() materialises every value an entry *declares* (about 36 bytes each) before it finds
    that the bytes are not there: one flipped byte in a phone photo's count field cost 4 GB and 40 s,
    a 1.5 kB file with a count of 2^28 9 GB (tests/fuzz/test_fuzz_metadata.py). Such a block goes to
    Pillow's reader instead, which reads only what is there. A bounded walk: at most _MAX_IFDS IFDs,
    each visited once, entries cut at the end of the block.
    """
    if len(tiff) < 8 or tiff[:4] not in TIFF_SIGNATURES:
        return True  # piexif refuses these itself, cheaply
    e = "<" if tiff[:2] == b"II" else ">"
    todo, seen = [struct.unpack_from(e + "I", tiff, 4)[0]], set()
    while todo and len(seen) < _MAX_IFDS:
        offset = todo.pop()
        if offset in seen or offset + 2 > len(tiff):
            continue
        seen.add(offset)
        count = struct.unpack_from(e + "H", tiff, offset)[0]
        end = min(offset + 2 + 12 * count, len(tiff) - 11)
        for pos in range(offset + 2, end, 12):
            tag, kind, n, value = struct.unpack_from(e + "HHII", tiff, pos)
            size = _TYPE_SIZES.get(kind, 1) * n
            if size > len(tiff) or (size > 4 and value + size > len(tiff)):
                return False
            if tag in _SUB_IFD_TAGS and value:
                todo.append(value)
        next_at = offset + 2 + 12 * count
        if next_at + 4 <= len(tiff) and (nxt := struct.unpack_from(e + "I", tiff, next_at)[0]):
            todo.append(nxt)
    return True


def _pillow_fallback(tiff: bytes) -> dict[str, Any]:
    out: dict[str, Any] = {"0th": {}, "Exif": {}, "GPS": {}, "1st": {}, "thumbnail": None}
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # Pillow warns on every bad tag; the block is noted as unread
            exif = Image.Exif()
            exif.load(b"Exif\x00\x00" + tiff)
            out["0th"] = dict(exif)
            out["Exif"] = dict(exif.get_ifd(0x8769))
            out["GPS"] = dict(exif.get_ifd(0x8825))
    except Exception:  # noqa: BLE001 - even the lenient reader failed: the block is noted as unread
        pass
    return out


def describe_ifds(data: Mapping[str, Any], findings: Findings) -> None:
    zeroth, exif, gps = data.get("0th") or {}, data.get("Exif") or {}, data.get("GPS") or {}
    camera = camera_name(zeroth.get(_IMAGE.Make), zeroth.get(_IMAGE.Model))
    if camera:
        findings.add(G.DEVICE, f"Camera: {camera}")
    _text_tags(zeroth, IMAGE_TEXT_TAGS, findings)
    _text_tags(exif, _EXIF_TEXT_TAGS, findings)
    lens = camera_name(exif.get(_EXIF.LensMake), exif.get(_EXIF.LensModel))
    if lens:
        findings.add(G.DEVICE, f"Lens: {lens}")
    if exif.get(_EXIF.MakerNote):
        size = len(exif[_EXIF.MakerNote]) if isinstance(exif[_EXIF.MakerNote], bytes) else 0
        findings.add(
            G.DEVICE,
            f"Maker notes: the camera maker's private data ({size} bytes; can hold serial numbers, "
            "owner names, face data and previews)",
        )
    if _IMAGE.GPSTag in zeroth or gps:
        describe_gps(gps, findings)
    settings = [t for t in exif if t not in {row[0] for row in _EXIF_TEXT_TAGS}]
    if settings:
        findings.add(G.OTHER, f"Camera settings ({len(settings)} EXIF tags: exposure, lens, flash...)")


def _text_tags(ifd: Mapping[int, Any], table: tuple[tuple[int, G, str], ...], findings: Findings) -> None:
    for tag, group, label in table:
        value = ifd.get(tag)
        if value in (None, b"", ""):
            continue
        text = _tag_text(tag, value)
        if not text:
            continue
        if group is G.TIME:
            text = nice_date(text)
            if label != "Time zone" and text.startswith("0000"):
                continue
        findings.add(group, f"{label}: {text}" if group is not G.TIME or label == "Time zone" else f"{label} {text}")


def _tag_text(tag: int, value: Any) -> str:
    if tag in (_IMAGE.XPAuthor, _IMAGE.XPComment, _IMAGE.XPTitle, _IMAGE.XPSubject, _IMAGE.XPKeywords):
        raw = bytes(value) if isinstance(value, tuple | list) else value
        if isinstance(raw, bytes):
            return plain(raw.decode("utf-16-le", "replace"))
    if tag == _EXIF.UserComment and isinstance(value, bytes):
        for prefix in _TEXT_PREFIXES:
            if value.startswith(prefix):
                body = value[8:]
                return plain(body.decode("utf-16", "replace") if prefix.startswith(b"UNICODE") else body)
    return plain(value)


def nice_date(text: str) -> str:
    """'2024:01:15 18:30:12' -> '2024-01-15 18:30:12' (other shapes pass through)."""
    if len(text) >= 10 and text[4] == ":" and text[7] == ":":
        return text[:4] + "-" + text[5:7] + "-" + text[8:10] + text[10:]
    return text


def camera_name(make: object, model: object) -> str:
    """'Apple' + 'iPhone 13 Pro' -> 'Apple iPhone 13 Pro'; 'Canon' + 'Canon EOS 6D' -> 'Canon EOS 6D'."""
    mk, md = plain(make or ""), plain(model or "")
    if mk and md and md.lower().startswith(mk.split()[0].lower()):
        return md
    return " ".join(p for p in (mk, md) if p)


def _rational(value: Any) -> float:
    if isinstance(value, tuple) and len(value) == 2 and all(isinstance(v, int) for v in value):
        return float(Fraction(value[0], value[1])) if value[1] else 0.0
    return float(value)


def _degrees(value: Any) -> float | None:
    """Degrees from EXIF's (deg, min, sec) rationals, or from a single rational."""
    if isinstance(value, tuple) and len(value) == 2 and all(isinstance(v, int) for v in value):
        parts: list[Any] = [value]
    elif isinstance(value, tuple | list):
        parts = list(value)[:3]
    else:
        parts = [value]
    try:
        nums = [_rational(p) for p in parts]
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    return sum(n / w for n, w in zip(nums, (1.0, 60.0, 3600.0), strict=False)) if nums else None


def _ref(value: Any, default: str) -> str:
    text = plain(value).upper()[:1]
    return text if text in ("N", "S", "E", "W") else default


def format_position(lat: float, lon: float) -> str:
    ns = "N" if lat >= 0 else "S"
    ew = "E" if lon >= 0 else "W"
    return f"GPS position {abs(lat):.4f} {ns}, {abs(lon):.4f} {ew}"


def describe_gps(gps: Mapping[int, Any], findings: Findings) -> None:
    lat = _degrees(gps.get(_GPS.GPSLatitude)) if _GPS.GPSLatitude in gps else None
    lon = _degrees(gps.get(_GPS.GPSLongitude)) if _GPS.GPSLongitude in gps else None
    if lat is not None and lon is not None:
        lat = -lat if _ref(gps.get(_GPS.GPSLatitudeRef), "N") == "S" else lat
        lon = -lon if _ref(gps.get(_GPS.GPSLongitudeRef), "E") == "W" else lon
        findings.add(G.LOCATION, format_position(lat, lon))
    if _GPS.GPSAltitude in gps:
        try:
            alt = _rational(gps[_GPS.GPSAltitude])
            below = gps.get(_GPS.GPSAltitudeRef) in (1, b"\x01")
            findings.add(G.LOCATION, f"GPS altitude {-alt if below else alt:.0f} m")
        except (TypeError, ValueError, ZeroDivisionError):
            findings.add(G.LOCATION, "GPS altitude")
    if _GPS.GPSDateStamp in gps:
        findings.add(G.TIME, f"GPS time {nice_date(plain(gps[_GPS.GPSDateStamp]))}")
    others = sorted(
        piexif.TAGS["GPS"].get(t, {}).get("name", str(t))
        for t in gps
        if t not in (_GPS.GPSLatitude, _GPS.GPSLongitude, _GPS.GPSLatitudeRef, _GPS.GPSLongitudeRef)
        and t not in (_GPS.GPSVersionID, _GPS.GPSAltitude, _GPS.GPSAltitudeRef, _GPS.GPSDateStamp)
    )
    if lat is None or lon is None:
        findings.add(G.LOCATION, "GPS block (no usable position)")
    if others:
        findings.add(G.LOCATION, "Other GPS data: " + ", ".join(o.removeprefix("GPS") for o in others))


def _describe_embedded(data: Mapping[str, Any], tiff: bytes, findings: Findings) -> None:
    thumb = data.get("thumbnail")
    first = data.get("1st") or {}
    if thumb:
        findings.add(G.EMBEDDED, f"Embedded thumbnail ({image_size(thumb)}) of the original")
    elif first.get(_IMAGE.StripOffsets) or first.get(_IMAGE.JPEGInterchangeFormat):
        findings.add(G.EMBEDDED, "Embedded thumbnail of the original")
    known = tiff.count(b"\xff\xd8\xff") - (1 if thumb else 0)
    if known > 0:
        findings.add(G.EMBEDDED, "Preview image of the original inside the EXIF data (maker notes)")


def image_size(data: bytes) -> str:
    """'160x120' for an embedded image, or its byte count if it does not decode."""
    try:
        with Image.open(io.BytesIO(data)) as im:
            return f"{im.width}x{im.height}"
    except Exception:  # noqa: BLE001 - a broken thumbnail is still a thumbnail
        return f"{len(data)} bytes"
