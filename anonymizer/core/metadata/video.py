"""Videos (MP4/MOV, Matroska, AVI, MPEG-TS): container and stream tags read with PyAV, plus the
atoms and timed-metadata tracks that demuxers do not show as tags (GoPro GPMF, Apple mebx, CAMM,
user-data atoms with serials and firmware), read with the box walker."""

from __future__ import annotations

import re
import struct
from pathlib import Path
from typing import Any, BinaryIO

from anonymizer.core.findings import Block, Field, Kind, Track
from anonymizer.core.findings import MetadataGroup as G
from anonymizer.core.media.sniff import MediaFormat
from anonymizer.core.metadata import bmff
from anonymizer.core.metadata.base import Findings, FormatHandler, plain
from anonymizer.core.metadata.exif import camera_name, nice_date
from anonymizer.core.metadata.gpmf import describe_gpmf
from anonymizer.core.metadata.xmp import describe_xmp

_ISO6709 = re.compile(r"^([+-]\d+(?:\.\d+)?)([+-]\d+(?:\.\d+)?)([+-]\d+(?:\.\d+)?)?")
_SKIP_KEYS = {"major_brand", "minor_version", "compatible_brands", "language", "duration", "rotate"}
_GENERIC_VALUE = re.compile(
    r"^(VideoHandler?|SoundHandler?|DataHandler?|SubtitleHandler|TextHandler|MetaHandler?|TimeCodeHandler|"
    r"Alias Data Handler|(ISO Media file produced by Google Inc\.?)|Lavf[\d.]*|Lavc[\d.]*|FFMP|\[0\]\[0\]\[0\]\[0\]|"
    r"appl)$"
)
_KEY_RULES: tuple[tuple[re.Pattern[str], G], ...] = (
    (re.compile(r"location|xyz|gps|latitude|longitude"), G.LOCATION),
    (re.compile(r"serial|uuid|content.identifier|identifier"), G.IDS),
    (re.compile(r"date|time|timecode|year"), G.TIME),
    (re.compile(r"make|model|software|firmware|encoder|handler_name|vendor|device|lens|camera|"
                r"original_format|hardware"), G.DEVICE),
    (re.compile(r"artist|author|composer|copyright|title|comment|description|album|lyrics|genre|grouping|"
                r"keywords|publisher|performer|director|producer|owner|user|name|rating|synopsis|show"),
     G.PEOPLE),
)
# Sample-entry types of timed-metadata tracks (stsd), named as a person would.
_TRACKS: dict[bytes, tuple[Kind, Track | None]] = {
    b"gpmd": (Kind.LOCATION_TRACK, Track.GOPRO),
    b"camm": (Kind.LOCATION_TRACK, Track.CAMM),
    b"mebx": (Kind.LOCATION_TRACK, Track.APPLE),
    b"mett": (Kind.LOCATION_TRACK, Track.ANDROID),
    b"metx": (Kind.LOCATION_TRACK, Track.XML),
    b"tmcd": (Kind.TIMECODE_TRACK, None),
    b"text": (Kind.TEXT_TRACK, Track.TEXT),
    b"tx3g": (Kind.TEXT_TRACK, Track.SUBTITLE),
    b"wvtt": (Kind.TEXT_TRACK, Track.SUBTITLE),
    b"stpp": (Kind.TEXT_TRACK, Track.SUBTITLE),
    b"c608": (Kind.TEXT_TRACK, Track.CAPTION),
}
# User-data atoms that are not standard iTunes tags (PyAV already names those): atom -> a finding.
_UDTA: dict[bytes, tuple[Kind, dict[str, object]]] = {
    b"CAME": (Kind.ID, {"field": Field.SERIAL_NUMBER}),
    b"LENS": (Kind.ID, {"field": Field.LENS_SERIAL_NUMBER}),
    b"GPMF": (Kind.VENDOR_DATA, {"block": Block.GOPRO_SETTINGS}),
    b"MUID": (Kind.ID, {"field": Field.MEDIA_ID}),
    b"GUMI": (Kind.ID, {"field": Field.MEDIA_ID}),
    b"HMMT": (Kind.HIGHLIGHTS, {}),
    b"loci": (Kind.LOCATION_ATOM, {}),
    b"CNTH": (Kind.VIDEO_THUMBNAIL, {"maker": "Canon"}),
    b"CNCV": (Kind.VENDOR_DATA, {"block": Block.CANON}),
    b"CNMN": (Kind.VENDOR_DATA, {"block": Block.CANON}),
    b"NCTH": (Kind.VIDEO_THUMBNAIL, {"maker": "Nikon"}),
    b"NCDT": (Kind.VENDOR_DATA, {"block": Block.NIKON}),
    b"PENT": (Kind.VENDOR_DATA, {"block": Block.PENTAX}),
    b"PXTH": (Kind.VIDEO_THUMBNAIL, {"maker": "Pentax"}),
    b"TAGS": (Kind.VENDOR_DATA, {"block": Block.CAMERA_PRIVATE}),
    b"MMTA": (Kind.VENDOR_DATA, {"block": Block.CAMERA_PRIVATE}),
}
# Serial numbers and ids in GoPro atoms: shown with their value (text, or hex when binary).
_UDTA_TEXT = {b"CAME", b"LENS", b"MUID", b"GUMI"}
_STANDARD_UDTA = {b"meta", b"hnti", b"name", b"\xa9nam", b"\xa9ART", b"\xa9cmt", b"\xa9day", b"\xa9too",
                  b"\xa9swr", b"\xa9mak", b"\xa9mod", b"\xa9aut", b"\xa9alb", b"\xa9des", b"cprt", b"ilst",
                  b"free", b"skip", b"titl", b"auth", b"dscp", b"perf", b"gnre", b"kywd", b"yrrc", b"albm",
                  b"tsel", b"Xtra", b"chpl", b"AllF", b"SelO", b"WLOC", b"LOOP", b"ptv "}
# Keys the app knows by name: key -> (kind, field). Others are shown with the container's own key.
_KEY_FIELDS: dict[str, tuple[Kind, Field]] = {
    "creation_time": (Kind.DATE, Field.CREATED),
    "creationdate": (Kind.DATE, Field.RECORDED_LOCAL),
    "date": (Kind.DATE, Field.DATE),
    "year": (Kind.DATE, Field.DATE),
    "timecode": (Kind.DATE, Field.TIMECODE),
    "location.accuracy.horizontal": (Kind.TEXT, Field.LOCATION_ACCURACY),
    "software": (Kind.TEXT, Field.SOFTWARE),
    "encoder": (Kind.TEXT, Field.SOFTWARE),
    "firmware": (Kind.TEXT, Field.FIRMWARE),
    "title": (Kind.TEXT, Field.TITLE),
    "comment": (Kind.TEXT, Field.COMMENT),
    "description": (Kind.TEXT, Field.DESCRIPTION),
    "artist": (Kind.TEXT, Field.ARTIST),
    "author": (Kind.TEXT, Field.AUTHOR),
    "copyright": (Kind.TEXT, Field.COPYRIGHT),
    "keywords": (Kind.TEXT, Field.KEYWORDS),
    "content.identifier": (Kind.ID, Field.CAPTURE_ID),
    "serial_number": (Kind.ID, Field.SERIAL_NUMBER),
}
_XMP_UUID = bytes.fromhex("BE7ACFCB97A942E89C71999491E3AFAC")
_AVCHD_MDPM = bytes.fromhex("17EE8C60F84D11D98CD60800200C9A66")
_SCAN_BYTES = 8 * 1024 * 1024


class VideoHandler(FormatHandler):
    formats = (MediaFormat.MP4, MediaFormat.MATROSKA, MediaFormat.AVI, MediaFormat.MPEG_TS, MediaFormat.ASF,
               MediaFormat.MPEG_PS, MediaFormat.FLV)
    name = "Video"
    block = Block.VIDEO

    def collect(self, path: Path, findings: Findings, data: bytes | None = None) -> None:
        del data  # a video is streamed from its file, never held whole
        with findings.reading(Block.VIDEO_TAGS):
            _pyav(path, findings)
        with open(path, "rb") as f:
            head = f.read(_SCAN_BYTES)
            size = f.seek(0, 2)
            if head[4:8] in (b"ftyp", b"moov", b"mdat", b"wide", b"free", b"skip"):
                with findings.reading(Block.VIDEO_ATOMS):
                    _atoms(f, size, findings)
        _camera_from_track_names(findings)
        if _AVCHD_MDPM in head:
            findings.add(Kind.STREAM_CAMERA_DATA)
            findings.add(Kind.STREAM_RECORDING_TIME)


_VENDOR_IN_NAMES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\bGoPro\b", re.I), "GoPro"),
    (re.compile(r"\bCore Media\b", re.I), "Apple (iPhone, iPad or Mac)"),
    (re.compile(r"\bDJI\b"), "DJI"),
    (re.compile(r"\bInsta360\b", re.I), "Insta360"),
    (re.compile(r"\bsamsung\b", re.I), "Samsung"),
    (re.compile(r"\bGoogle\b"), "Google"),
)


def _camera_from_track_names(findings: Findings) -> None:
    """Without make/model tags, a vendor's track or encoder names still tell which camera it was."""
    if findings.has(Kind.CAMERA, Kind.CAMERA_IN_TELEMETRY):
        return
    device_text = " ".join(str(v) for i in findings.items if i.group is G.DEVICE for _, v in i.params)
    for pattern, vendor in _VENDOR_IN_NAMES:
        if pattern.search(device_text):
            findings.add(Kind.CAMERA_VENDOR, vendor=vendor)
            return


def _pyav(path: Path, findings: Findings) -> None:
    import av

    with av.open(str(path), metadata_errors="replace") as container:
        _tags(dict(container.metadata), findings)
        for stream in container.streams:
            _stream(stream, findings)
        chapters = container.chapters() if hasattr(container, "chapters") else []
        if chapters:
            findings.add(Kind.CHAPTERS, count=len(chapters))


def _stream(stream: Any, findings: Findings) -> None:
    _tags(dict(stream.metadata), findings)
    kind = stream.type
    if kind == "data":
        findings.add(Kind.DATA_TRACK, index=stream.index, name=_track_name(stream))
    elif kind == "subtitle":
        findings.add(Kind.SUBTITLE_TRACK, index=stream.index, name=_track_name(stream))
    elif kind == "attachment":
        findings.add(Kind.ATTACHED_FILE, index=stream.index)
    elif int(getattr(stream, "disposition", 0) or 0) & 0x400:
        findings.add(Kind.COVER_PICTURE)


def _track_name(stream: Any) -> str:
    return plain(stream.metadata.get("handler_name", ""))


def _tags(tags: dict[str, str], findings: Findings) -> None:
    camera = camera_name(_first(tags, "make"), _first(tags, "model"))
    if camera:
        findings.add(Kind.CAMERA, name=camera)
    for key, value in tags.items():
        text = plain(value)
        base = key.lower().removeprefix("com.apple.quicktime.").split("-")[0]
        if not text or base in _SKIP_KEYS or _GENERIC_VALUE.match(text) or base in ("make", "model"):
            continue
        if "iso6709" in base or base in ("location", "xyz"):
            if add_iso6709(text, findings):
                continue
        if _reported(findings, text):
            continue  # the same value under another key (QuickTime's 'album' and 'album-eng', 'mdta' keys)
        group = next((g for rx, g in _KEY_RULES if rx.search(base)), G.OTHER)
        kind, field = _KEY_FIELDS.get(base, (Kind.VIDEO_TAG, None))
        if kind is Kind.DATE:
            findings.add(kind, field=field, value=nice_date(text.replace("T", " ").removesuffix(".000000Z")))
        elif kind is Kind.VIDEO_TAG:
            findings.add(kind, group, key=key, value=text)
        else:
            findings.add(kind, group if kind is Kind.TEXT else G.IDS, field=field, value=text)


def _first(tags: dict[str, str], name: str) -> str:
    for key, value in tags.items():
        if key.lower().removeprefix("com.apple.quicktime.").split("-")[0] == name:
            return value
    return ""


def add_iso6709(text: str, findings: Findings) -> bool:
    """'+52.4597+013.3220+051.178/' -> a position (and altitude); False if the text is not ISO 6709."""
    m = _ISO6709.match(text.strip())
    if not m:
        return False
    findings.add(Kind.GPS_POSITION, lat=round(float(m.group(1)), 5), lon=round(float(m.group(2)), 5))
    if m.group(3):
        findings.add(Kind.GPS_ALTITUDE, metres=round(float(m.group(3)), 1) + 0.0)
    return True


def _atoms(f: BinaryIO, size: int, findings: Findings) -> None:
    entry = b""
    for path, box in bmff.walk(f, 0, size):
        if box.size <= 0:
            findings.partial(Block.VIDEO_ATOMS)
            return
        parent = path[-1] if path else b""
        if box.type == b"stsd":
            entry = _sample_entry(f, box, findings)
        elif box.type == b"stco" and entry == b"gpmd":
            with findings.reading(Block.GOPRO):
                _gopro_device_name(f, box, findings)
        elif parent == b"udta":
            _udta_atom(f, box, findings)
        elif parent == b"ilst":
            _ilst_item(f, box, findings)
        elif box.type == b"uuid" and not path:
            _uuid(f, box, findings)


def _sample_entry(f: BinaryIO, box: bmff.Box, findings: Findings) -> bytes:
    body = bmff.read_payload(f, box, 16)
    entry = body[12:16]
    if entry in _TRACKS:
        kind, track = _TRACKS[entry]
        findings.add(kind, **({"track": track} if track else {}))
    return entry


def _gopro_device_name(f: BinaryIO, stco: bmff.Box, findings: Findings) -> None:
    """The camera model from the first GPMF sample's 'DVNM' (device name) entry."""
    body = bmff.read_payload(f, stco, 12)
    if len(body) < 12 or struct.unpack(">I", body[4:8])[0] == 0:
        return
    f.seek(struct.unpack(">I", body[8:12])[0])
    sample = f.read(64 * 1024)
    names: list[str] = []
    at = sample.find(b"DVNM")
    while at >= 0 and len(names) < 8:
        if sample[at + 4 : at + 5] == b"c":
            size, repeat = sample[at + 5], struct.unpack(">H", sample[at + 6 : at + 8])[0]
            name = plain(sample[at + 8 : at + 8 + size * repeat])
            if name and name.lower() != "camera" and name not in names:
                names.append(name)
        at = sample.find(b"DVNM", at + 4)
    if names:
        findings.add(Kind.CAMERA_IN_TELEMETRY, name=", ".join(names))


def _udta_atom(f: BinaryIO, box: bmff.Box, findings: Findings) -> None:
    if box.type in _STANDARD_UDTA:
        return
    if box.type == b"\xa9xyz":
        text = bmff.read_payload(f, box, 256)[4:].decode("latin-1", "replace")
        if not add_iso6709(text, findings):
            findings.add(Kind.LOCATION_ATOM)
    elif box.type == b"XMP_":
        describe_xmp(bmff.read_payload(f, box), findings)
    elif box.type == b"GPMF":
        findings.add(Kind.VENDOR_DATA, block=Block.GOPRO_SETTINGS)
        with findings.reading(Block.GOPRO_SETTINGS):
            describe_gpmf(bmff.read_payload(f, box), findings)
    elif box.type == b"FIRM":
        findings.add(Kind.TEXT, G.DEVICE, field=Field.FIRMWARE, value=plain(bmff.read_payload(f, box, 64)))
    elif box.type in _UDTA_TEXT:
        kind, params = _UDTA[box.type]
        if value := _id_text(bmff.read_payload(f, box, 128)):
            findings.add(kind, **params, value=value)
    elif box.type in _UDTA:
        kind, params = _UDTA[box.type]
        findings.add(kind, **params, **({"value": ""} if kind is Kind.ID else {}))
    elif box.type[:1] == b"\xa9" and (text := _quicktime_text(bmff.read_payload(f, box, 4096))):
        if not _reported(findings, text):  # '©...': QuickTime's international text (size, language, text)
            findings.add(Kind.VIDEO_TAG, G.DEVICE if box.type == b"\xa9fmt" else G.PEOPLE,
                         key=plain(box.name), value=text)
    else:
        findings.add(Kind.UNKNOWN_BLOCK, block=Block.USER_DATA_ATOM, name=plain(box.name), bytes=box.size)


def _quicktime_text(body: bytes) -> str:
    if len(body) < 4:
        return ""
    size = struct.unpack(">H", body[:2])[0]
    return plain(body[4 : 4 + size]) if 4 + size <= len(body) else ""


# iTunes-style items (moov/udta/meta/ilst) that demuxers do not always show as tags.
_ILST: dict[bytes, tuple[Kind, G, Field]] = {
    b"\xa9ART": (Kind.TEXT, G.PEOPLE, Field.ARTIST),
    b"\xa9aut": (Kind.TEXT, G.PEOPLE, Field.AUTHOR),
    b"\xa9nam": (Kind.TEXT, G.PEOPLE, Field.TITLE),
    b"\xa9cmt": (Kind.TEXT, G.PEOPLE, Field.COMMENT),
    b"\xa9des": (Kind.TEXT, G.PEOPLE, Field.DESCRIPTION),
    b"desc": (Kind.TEXT, G.PEOPLE, Field.DESCRIPTION),
    b"cprt": (Kind.TEXT, G.PEOPLE, Field.COPYRIGHT),
    b"\xa9cpy": (Kind.TEXT, G.PEOPLE, Field.COPYRIGHT),
    b"\xa9day": (Kind.DATE, G.TIME, Field.DATE),
    b"\xa9too": (Kind.TEXT, G.DEVICE, Field.SOFTWARE),
    b"\xa9swr": (Kind.TEXT, G.DEVICE, Field.SOFTWARE),
    b"\xa9mak": (Kind.TEXT, G.DEVICE, Field.DEVICE),
    b"\xa9mod": (Kind.TEXT, G.DEVICE, Field.CAMERA_MODEL),
}


def _ilst_item(f: BinaryIO, box: bmff.Box, findings: Findings) -> None:
    """An item's 'data' box: size, 'data', type (4), locale (4), then the value."""
    body = bmff.read_payload(f, box, 4096)
    if body[4:8] != b"data" or len(body) <= 16:
        return
    if box.type == b"covr":
        findings.add(Kind.COVER_PICTURE)
        return
    text = plain(body[16 : struct.unpack(">I", body[:4])[0]])
    if not text or _GENERIC_VALUE.match(text) or _reported(findings, text):
        return
    kind, group, field = _ILST.get(box.type, (Kind.VIDEO_TAG, G.PEOPLE, Field.TEXT))
    if kind is Kind.VIDEO_TAG:
        findings.add(kind, group, key=plain(box.name), value=text)
    elif kind is Kind.DATE:
        findings.add(kind, field=field, value=nice_date(text))
    else:
        findings.add(kind, group, field=field, value=text)


def _reported(findings: Findings, text: str) -> bool:
    """True if a text or tag finding already shows this value (a container repeats its tags)."""
    return any(i.kind in (Kind.TEXT, Kind.VIDEO_TAG, Kind.DATE) and i.get("value") == text for i in findings.items)


def _id_text(raw: bytes) -> str:
    """An id as written: printable text as it is, anything else (a binary id) in hex; '' if blank."""
    body = raw.rstrip(b"\x00 ")
    if not body.strip(b"\x00 "):
        return ""
    if all(32 <= c < 127 for c in body):
        return body.decode("ascii").strip()
    return body.hex()


def _uuid(f: BinaryIO, box: bmff.Box, findings: Findings) -> None:
    body = bmff.read_payload(f, box)
    if body[:16] == _XMP_UUID:
        describe_xmp(body[16:], findings)
    else:
        findings.add(Kind.UNKNOWN_BLOCK, block=Block.VENDOR_BOX, name=body[:16].hex(), bytes=box.size)
