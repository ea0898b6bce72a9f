"""EXIF blocks (a small TIFF structure) described in plain words.

piexif reads the named tags; when it gives up on a damaged block, Pillow's more lenient reader
gets a second try, and the block is reported as not fully read. Both only ever look at bytes we
already hold in memory.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Mapping
from fractions import Fraction
from typing import Any

import piexif
from PIL import Image

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
    if raw[:4] not in (b"II*\x00", b"MM\x00*") and len(raw) > 8:
        # HEIF items start with a 4-byte offset to the TIFF header; some writers omit 'Exif\0\0'.
        offset = int.from_bytes(raw[:4], "big")
        body = raw[4 + offset :] if 4 + offset < len(raw) else raw[4:]
        for start in (0, body.find(b"II*\x00"), body.find(b"MM\x00*")):
            if start >= 0 and body[start : start + 4] in (b"II*\x00", b"MM\x00*"):
                return body[start:]
    return raw


def describe_exif(raw: bytes, findings: Findings, where: str = "EXIF") -> None:
    """Add items for one EXIF block; never raises."""
    tiff = exif_payload(raw)
    findings.add(G.OTHER, f"{where} block ({len(raw)} bytes)")
    try:
        data = piexif.load(tiff)
    except Exception:  # noqa: BLE001 - piexif fails on any bad pointer; fall back to Pillow
        data = _pillow_fallback(tiff)
        findings.partial(f"{where} block")
    with findings.reading(f"{where} block"):
        describe_ifds(data, findings)
    with findings.reading(f"{where} thumbnail"):
        _describe_embedded(data, tiff, findings)


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
