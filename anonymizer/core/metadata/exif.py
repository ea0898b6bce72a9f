"""EXIF blocks (a small TIFF structure) described in plain words.

piexif reads the named tags; when it gives up on a damaged block, Pillow's more lenient reader
gets a second try, and the block is reported as not fully read. Both only ever look at bytes we
already hold in memory.
"""

from __future__ import annotations

import io
import re
import struct
import warnings
from collections.abc import Mapping
from fractions import Fraction
from typing import Any

import piexif
from PIL import Image

from anonymizer.core.findings import Block, Field, Kind
from anonymizer.core.findings import MetadataGroup as G
from anonymizer.core.media.sniff import TIFF_SIGNATURES
from anonymizer.core.metadata.base import Findings, plain
from anonymizer.core.metadata.makernotes import describe_maker_note

_IMAGE, _EXIF, _GPS = piexif.ImageIFD, piexif.ExifIFD, piexif.GPSIFD

# (tag, group, field) for the plain text tags of IFD0 (also used for TIFF files' main IFD). Group TIME
# means a date; IDS an identifier.
IMAGE_TEXT_TAGS: tuple[tuple[int, G, Field], ...] = (
    (_IMAGE.Software, G.DEVICE, Field.SOFTWARE),
    (_IMAGE.ProcessingSoftware, G.DEVICE, Field.PROCESSING_SOFTWARE),
    (_IMAGE.HostComputer, G.DEVICE, Field.COMPUTER),
    (_IMAGE.CameraSerialNumber, G.IDS, Field.SERIAL_NUMBER),
    (_IMAGE.UniqueCameraModel, G.DEVICE, Field.CAMERA_MODEL),
    (_IMAGE.LocalizedCameraModel, G.DEVICE, Field.CAMERA_MODEL),
    (_IMAGE.Artist, G.PEOPLE, Field.ARTIST),
    (_IMAGE.Copyright, G.PEOPLE, Field.COPYRIGHT),
    (_IMAGE.ImageDescription, G.PEOPLE, Field.DESCRIPTION),
    (_IMAGE.DocumentName, G.PEOPLE, Field.DOCUMENT_NAME),
    (_IMAGE.XPAuthor, G.PEOPLE, Field.AUTHOR),
    (_IMAGE.XPComment, G.PEOPLE, Field.COMMENT),
    (_IMAGE.XPTitle, G.PEOPLE, Field.TITLE),
    (_IMAGE.XPSubject, G.PEOPLE, Field.SUBJECT),
    (_IMAGE.XPKeywords, G.PEOPLE, Field.KEYWORDS),
    (_IMAGE.RawDataUniqueID, G.IDS, Field.RAW_DATA_ID),
    (_IMAGE.DateTime, G.TIME, Field.CHANGED),
    (_IMAGE.PreviewDateTime, G.TIME, Field.PREVIEW_MADE),
)
_EXIF_TEXT_TAGS: tuple[tuple[int, G, Field], ...] = (
    (_EXIF.DateTimeOriginal, G.TIME, Field.TAKEN),
    (_EXIF.DateTimeDigitized, G.TIME, Field.DIGITIZED),
    (_EXIF.BodySerialNumber, G.IDS, Field.SERIAL_NUMBER),
    (_EXIF.LensSerialNumber, G.IDS, Field.LENS_SERIAL_NUMBER),
    (_EXIF.CameraOwnerName, G.PEOPLE, Field.CAMERA_OWNER),
    (_EXIF.ImageUniqueID, G.IDS, Field.UNIQUE_IMAGE_ID),
    (_EXIF.UserComment, G.PEOPLE, Field.COMMENT),
    (_EXIF.DeviceSettingDescription, G.DEVICE, Field.DEVICE_SETTINGS),
)
_TIME_ZONES = (_EXIF.OffsetTimeOriginal, _EXIF.OffsetTime, _EXIF.OffsetTimeDigitized)
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


def describe_exif(raw: bytes, findings: Findings, where: Block = Block.EXIF) -> None:
    """Add findings for one EXIF block; never raises."""
    tiff = exif_payload(raw)
    findings.add(Kind.BLOCK, block=where, bytes=len(raw))
    try:
        if not declared_sizes_fit(tiff):
            raise ValueError("an EXIF entry declares more data than the block holds")
        data = piexif.load(tiff)
    except Exception:  # noqa: BLE001 - piexif fails on any bad pointer; fall back to Pillow
        data = _pillow_fallback(tiff)
        findings.partial(where)
    with findings.reading(where):
        describe_ifds(data, findings, tiff)
    with findings.reading(Block.EXIF_THUMBNAIL):
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


def describe_ifds(data: Mapping[str, Any], findings: Findings, tiff: bytes = b"") -> None:
    """The findings of parsed IFDs; ``tiff``, the block they came from, lets maker notes be itemised."""
    zeroth, exif, gps = data.get("0th") or {}, data.get("Exif") or {}, data.get("GPS") or {}
    camera = camera_name(zeroth.get(_IMAGE.Make), zeroth.get(_IMAGE.Model))
    if camera:
        findings.add(Kind.CAMERA, name=camera)
    _text_tags(zeroth, IMAGE_TEXT_TAGS, findings)
    _text_tags(exif, _EXIF_TEXT_TAGS, findings)
    for tag in _TIME_ZONES:
        if plain(exif.get(tag) or ""):
            findings.add(Kind.TIME_ZONE, value=plain(exif[tag]))
    lens = camera_name(exif.get(_EXIF.LensMake), exif.get(_EXIF.LensModel))
    if lens:
        findings.add(Kind.LENS, name=lens)
    if exif.get(_EXIF.MakerNote):
        note = exif[_EXIF.MakerNote]
        note = bytes(note) if isinstance(note, bytes | tuple | list) else b""
        describe_maker_note(note, plain(zeroth.get(_IMAGE.Make) or ""), findings, tiff)
    if _IMAGE.GPSTag in zeroth or gps:
        describe_gps(gps, findings)
    settings = [t for t in exif if t not in {row[0] for row in _EXIF_TEXT_TAGS} | set(_TIME_ZONES)]
    if settings:
        findings.add(Kind.CAMERA_SETTINGS, count=len(settings))


def _text_tags(ifd: Mapping[int, Any], table: tuple[tuple[int, G, Field], ...], findings: Findings) -> None:
    for tag, group, field in table:
        value = ifd.get(tag)
        if value in (None, b"", ""):
            continue
        text = _tag_text(tag, value)
        if not text:
            continue
        if group is G.TIME:
            if not text.startswith("0000"):
                findings.add(Kind.DATE, field=field, value=nice_date(text))
        else:
            findings.add(Kind.ID if group is G.IDS else Kind.TEXT, group, field=field, value=text)


def _tag_text(tag: int, value: Any) -> str:
    if tag == _IMAGE.RawDataUniqueID and isinstance(value, bytes | tuple):
        return bytes(value).hex()  # 16 raw bytes, shown as ExifTool shows them
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


_IPTC_DATE = re.compile(r"^(\d{4})(\d\d)(\d\d)$")
_IPTC_TIME = re.compile(r"^(\d\d)(\d\d)(\d\d)([+-]\d\d)?(\d\d)?$")


def nice_date(text: str) -> str:
    """A date as ISO 8601 text: '2024:01:15 18:30:12' -> '2024-01-15 18:30:12', IPTC's '20240115' ->
    '2024-01-15', '183012+0100' -> '18:30:12+01:00', XMP's '2024-01-15T18:30:12' -> '2024-01-15 18:30:12'
    (other shapes pass through)."""
    text = text.strip()
    if len(text) >= 10 and text[4] == ":" and text[7] == ":":
        text = text[:4] + "-" + text[5:7] + "-" + text[8:10] + text[10:]
    if m := _IPTC_DATE.match(text):
        return "-".join(m.groups())
    if m := _IPTC_TIME.match(text):
        hms = ":".join(m.groups()[:3])
        return hms + (f"{m.group(4)}:{m.group(5) or '00'}" if m.group(4) else "")
    if len(text) > 10 and text[4] == "-" and text[10] == "T":
        text = text[:10] + " " + text[11:]
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


def describe_gps(gps: Mapping[int, Any], findings: Findings) -> None:
    lat = _degrees(gps.get(_GPS.GPSLatitude)) if _GPS.GPSLatitude in gps else None
    lon = _degrees(gps.get(_GPS.GPSLongitude)) if _GPS.GPSLongitude in gps else None
    if lat is not None and lon is not None:
        lat = -lat if _ref(gps.get(_GPS.GPSLatitudeRef), "N") == "S" else lat
        lon = -lon if _ref(gps.get(_GPS.GPSLongitudeRef), "E") == "W" else lon
        findings.add(Kind.GPS_POSITION, lat=round(lat, 5), lon=round(lon, 5))
    if _GPS.GPSAltitude in gps:
        try:
            alt = _rational(gps[_GPS.GPSAltitude])
            below = gps.get(_GPS.GPSAltitudeRef) in (1, b"\x01")
            findings.add(Kind.GPS_ALTITUDE, metres=round(-alt if below else alt, 1) + 0.0)
        except (TypeError, ValueError, ZeroDivisionError):
            findings.add(Kind.GPS_ALTITUDE_UNREADABLE)
    if _GPS.GPSDateStamp in gps:
        findings.add(Kind.DATE, field=Field.GPS_TIME, value=_gps_time(gps))
    others = [
        t for t in gps
        if t not in (_GPS.GPSLatitude, _GPS.GPSLongitude, _GPS.GPSLatitudeRef, _GPS.GPSLongitudeRef)
        and t not in (_GPS.GPSVersionID, _GPS.GPSAltitude, _GPS.GPSAltitudeRef, _GPS.GPSDateStamp, _GPS.GPSTimeStamp)
    ]
    if lat is None or lon is None:
        findings.add(Kind.GPS_NO_POSITION)
    if others:
        findings.add(Kind.GPS_MORE, count=len(others))


def _gps_time(gps: Mapping[int, Any]) -> str:
    """GPS date and time (UTC) as ISO text: '2024-01-15 17:30:12Z', or the date alone."""
    date = nice_date(plain(gps[_GPS.GPSDateStamp]))
    stamp = gps.get(_GPS.GPSTimeStamp)
    try:
        h, m, sec = (_rational(v) for v in stamp)  # type: ignore[union-attr]
        return f"{date} {int(h):02d}:{int(m):02d}:{int(sec):02d}Z"
    except (TypeError, ValueError, ZeroDivisionError):
        return date


def _describe_embedded(data: Mapping[str, Any], tiff: bytes, findings: Findings) -> None:
    thumb = data.get("thumbnail")
    first = data.get("1st") or {}
    if thumb:
        findings.add(Kind.THUMBNAIL, source=Block.EXIF, **image_size(thumb))
    elif first.get(_IMAGE.StripOffsets) or first.get(_IMAGE.JPEGInterchangeFormat):
        findings.add(Kind.THUMBNAIL, source=Block.EXIF)
    known = tiff.count(b"\xff\xd8\xff") - (1 if thumb else 0)
    if known > 0:
        findings.add(Kind.MAKER_NOTE_PREVIEW)


def image_size(data: bytes) -> dict[str, int]:
    """{'width', 'height'} of an embedded image, or {'bytes'} if it does not decode."""
    try:
        with Image.open(io.BytesIO(data)) as im:
            return {"width": im.width, "height": im.height}
    except Exception:  # noqa: BLE001 - a broken thumbnail is still a thumbnail
        return {"bytes": len(data)}
