"""Videos (MP4/MOV, Matroska, AVI, MPEG-TS): container and stream tags read with PyAV, plus the
atoms and timed-metadata tracks that demuxers do not show as tags (GoPro GPMF, Apple mebx, CAMM,
user-data atoms with serials and firmware), read with the box walker."""

from __future__ import annotations

import re
import struct
from pathlib import Path
from typing import Any, BinaryIO

from anonymizer.core.media.sniff import MediaFormat
from anonymizer.core.metadata import bmff
from anonymizer.core.metadata.base import Findings, FormatHandler, plain
from anonymizer.core.metadata.exif import camera_name, format_position
from anonymizer.core.metadata.xmp import describe_xmp
from anonymizer.core.models import MetadataGroup as G

_ISO6709 = re.compile(r"^([+-]\d+(?:\.\d+)?)([+-]\d+(?:\.\d+)?)([+-]\d+(?:\.\d+)?)?")
_SKIP_KEYS = {"major_brand", "minor_version", "compatible_brands", "language", "duration", "rotate"}
_GENERIC_VALUE = re.compile(
    r"^(VideoHandler?|SoundHandler?|DataHandler?|SubtitleHandler|TextHandler|MetaHandler?|TimeCodeHandler|"
    r"Alias Data Handler|(ISO Media file produced by Google Inc\.?)|Lavf[\d.]*|Lavc[\d.]*|FFMP|\[0\]\[0\]\[0\]\[0\]|"
    r"appl)$"
)
_KEY_RULES: tuple[tuple[re.Pattern[str], G, str], ...] = (
    (re.compile(r"location|xyz|gps|latitude|longitude"), G.LOCATION, "Location"),
    (re.compile(r"date|time|timecode|year"), G.TIME, "Recorded"),
    (re.compile(r"make|model|software|firmware|encoder|handler_name|vendor|device|lens|serial|camera|"
                r"original_format|hardware"), G.DEVICE, "Device"),
    (re.compile(r"artist|author|composer|copyright|title|comment|description|album|lyrics|genre|grouping|"
                r"keywords|publisher|performer|director|producer|owner|user|name|rating|synopsis|show"),
     G.PEOPLE, "Text"),
)
# Sample-entry types of timed-metadata tracks (stsd), named as a person would.
_TRACKS: dict[bytes, tuple[G, str]] = {
    b"gpmd": (G.LOCATION, "GoPro telemetry track (GPMF: GPS track, speed, motion sensors)"),
    b"camm": (G.LOCATION, "Camera motion metadata track (CAMM: can hold a GPS track)"),
    b"mebx": (G.LOCATION, "Apple timed metadata track (can hold location, face and scene data)"),
    b"mett": (G.LOCATION, "Timed metadata track (Android: can hold a GPS track)"),
    b"metx": (G.LOCATION, "Timed metadata track (XML: can hold a GPS track)"),
    b"tmcd": (G.TIME, "Timecode track (the time of day the recording started)"),
    b"text": (G.OTHER, "Text track"),
    b"tx3g": (G.OTHER, "Subtitle track"),
    b"wvtt": (G.OTHER, "Subtitle track"),
    b"stpp": (G.OTHER, "Subtitle track"),
    b"c608": (G.OTHER, "Caption track"),
}
# User-data atoms that are not standard iTunes tags (PyAV already names those).
_UDTA: dict[bytes, tuple[G, str]] = {
    b"FIRM": (G.DEVICE, "Camera firmware version"),
    b"CAME": (G.DEVICE, "Camera serial number (GoPro)"),
    b"LENS": (G.DEVICE, "Lens serial number (GoPro)"),
    b"GPMF": (G.DEVICE, "GoPro settings block (camera serials, settings, sometimes GPS)"),
    b"MUID": (G.DEVICE, "Media unique ID"),
    b"HMMT": (G.OTHER, "Highlight tags (times marked during recording)"),
    b"\xa9xyz": (G.LOCATION, "GPS position atom"),
    b"loci": (G.LOCATION, "Location information atom"),
    b"XMP_": (G.OTHER, "XMP block"),
    b"CNTH": (G.EMBEDDED, "Canon thumbnail of the video"),
    b"CNCV": (G.DEVICE, "Canon codec version"),
    b"CNMN": (G.DEVICE, "Canon camera model"),
    b"NCTH": (G.EMBEDDED, "Nikon thumbnail of the video"),
    b"NCDT": (G.DEVICE, "Nikon maker notes"),
    b"PENT": (G.DEVICE, "Pentax maker notes"),
    b"PXTH": (G.EMBEDDED, "Pentax thumbnail of the video"),
    b"TAGS": (G.DEVICE, "Camera maker's private data"),
    b"MMTA": (G.DEVICE, "Camera maker's private data"),
}
_STANDARD_UDTA = {b"meta", b"hnti", b"name", b"\xa9nam", b"\xa9ART", b"\xa9cmt", b"\xa9day", b"\xa9too",
                  b"\xa9swr", b"\xa9mak", b"\xa9mod", b"\xa9aut", b"\xa9alb", b"\xa9des", b"cprt", b"ilst",
                  b"free", b"skip", b"titl", b"auth", b"dscp", b"perf", b"gnre", b"kywd", b"yrrc", b"albm",
                  b"tsel", b"Xtra", b"chpl", b"AllF", b"SelO", b"WLOC", b"LOOP", b"ptv "}
_KEY_WORDS = {
    "creation_time": "created",
    "creationdate": "recorded (local time)",
    "date": "date",
    "timecode": "timecode (time of day)",
    "handler_name": "name",
    "vendor_id": "vendor",
    "location.accuracy.horizontal": "location accuracy (m)",
}
_XMP_UUID = bytes.fromhex("BE7ACFCB97A942E89C71999491E3AFAC")
_AVCHD_MDPM = bytes.fromhex("17EE8C60F84D11D98CD60800200C9A66")
_SCAN_BYTES = 8 * 1024 * 1024


class VideoHandler(FormatHandler):
    formats = (MediaFormat.MP4, MediaFormat.MATROSKA, MediaFormat.AVI, MediaFormat.MPEG_TS, MediaFormat.ASF,
               MediaFormat.MPEG_PS, MediaFormat.FLV)
    name = "Video"

    def collect(self, path: Path, findings: Findings, data: bytes | None = None) -> None:
        del data  # a video is streamed from its file, never held whole
        with findings.reading("Video container tags"):
            _pyav(path, findings)
        with open(path, "rb") as f:
            head = f.read(_SCAN_BYTES)
            size = f.seek(0, 2)
            if head[4:8] in (b"ftyp", b"moov", b"mdat", b"wide", b"free", b"skip"):
                with findings.reading("Video atoms"):
                    _atoms(f, size, findings)
        _camera_from_track_names(findings)
        if _AVCHD_MDPM in head:
            findings.add(G.DEVICE, "Camera make, settings and recording time inside the video stream (AVCHD)")
            findings.add(G.TIME, "Recording time inside the video stream (AVCHD)")


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
    if any(i.label.startswith("Camera:") for i in findings.items):
        return
    device_text = " ".join(i.label for i in findings.items if i.group is G.DEVICE)
    for pattern, vendor in _VENDOR_IN_NAMES:
        if pattern.search(device_text):
            findings.add(G.DEVICE, f"Camera: {vendor} (named by its track and encoder names)")
            return


def _pyav(path: Path, findings: Findings) -> None:
    import av

    with av.open(str(path), metadata_errors="replace") as container:
        _tags(dict(container.metadata), findings, "")
        for stream in container.streams:
            _stream(stream, findings)
        chapters = container.chapters() if hasattr(container, "chapters") else []
        if chapters:
            findings.add(G.OTHER, f"Chapters ({len(chapters)})")


def _stream(stream: Any, findings: Findings) -> None:
    _tags(dict(stream.metadata), findings, f"{stream.type} track ")
    kind = stream.type
    if kind == "data":
        findings.add(G.OTHER, f"Data track #{stream.index} ({_track_name(stream)})")
    elif kind == "subtitle":
        findings.add(G.EMBEDDED, f"Subtitle track #{stream.index} ({_track_name(stream)})")
    elif kind == "attachment":
        findings.add(G.EMBEDDED, f"Attached file #{stream.index}")
    elif int(getattr(stream, "disposition", 0) or 0) & 0x400:
        findings.add(G.EMBEDDED, "Cover picture (a still image attached to the video)")


def _track_name(stream: Any) -> str:
    name = plain(stream.metadata.get("handler_name", ""))
    return name or "unnamed"


def _tags(tags: dict[str, str], findings: Findings, where: str) -> None:
    camera = camera_name(_first(tags, "make"), _first(tags, "model"))
    if camera:
        findings.add(G.DEVICE, f"Camera: {camera}")
    for key, value in tags.items():
        text = plain(value)
        base = key.lower().removeprefix("com.apple.quicktime.").split("-")[0]
        if not text or base in _SKIP_KEYS or _GENERIC_VALUE.match(text) or base in ("make", "model"):
            continue
        if "iso6709" in base or base in ("location", "xyz"):
            position = iso6709(text)
            if position:
                findings.add(G.LOCATION, position)
                continue
        rule = next(((g, label) for rx, g, label in _KEY_RULES if rx.search(base)), (G.OTHER, "Tag"))
        group, _ = rule
        label = f"{where}{_KEY_WORDS.get(base, _key_words(base))}"
        findings.add(group, f"{label[:1].upper()}{label[1:]}: {text}")


def _first(tags: dict[str, str], name: str) -> str:
    for key, value in tags.items():
        if key.lower().removeprefix("com.apple.quicktime.").split("-")[0] == name:
            return value
    return ""


def _key_words(key: str) -> str:
    return key.replace("_", " ").replace(".", " ").strip()


def iso6709(text: str) -> str:
    """'+52.4597+013.3220+051.178/' -> 'GPS position 52.4597 N, 13.3220 E' (or '' if not ISO 6709)."""
    m = _ISO6709.match(text.strip())
    if not m:
        return ""
    return format_position(float(m.group(1)), float(m.group(2)))


def _atoms(f: BinaryIO, size: int, findings: Findings) -> None:
    entry = b""
    for path, box in bmff.walk(f, 0, size):
        if box.size <= 0:
            findings.partial("Video atom structure")
            return
        parent = path[-1] if path else b""
        if box.type == b"stsd":
            entry = _sample_entry(f, box, findings)
        elif box.type == b"stco" and entry == b"gpmd":
            with findings.reading("GoPro telemetry"):
                _gopro_device_name(f, box, findings)
        elif parent == b"udta":
            _udta_atom(f, box, findings)
        elif box.type == b"uuid" and not path:
            _uuid(f, box, findings)


def _sample_entry(f: BinaryIO, box: bmff.Box, findings: Findings) -> bytes:
    body = bmff.read_payload(f, box, 16)
    entry = body[12:16]
    if entry in _TRACKS:
        group, label = _TRACKS[entry]
        findings.add(group, label)
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
        findings.add(G.DEVICE, f"Camera: {', '.join(names)} (named in the telemetry track)")


def _udta_atom(f: BinaryIO, box: bmff.Box, findings: Findings) -> None:
    if box.type in _STANDARD_UDTA:
        return
    if box.type == b"\xa9xyz":
        text = bmff.read_payload(f, box, 256)[4:].decode("latin-1", "replace")
        findings.add(G.LOCATION, iso6709(text) or "GPS position atom")
    elif box.type == b"XMP_":
        describe_xmp(bmff.read_payload(f, box), findings)
    elif box.type == b"FIRM":
        findings.add(G.DEVICE, f"Firmware: {plain(bmff.read_payload(f, box, 64))}")
    elif box.type in _UDTA:
        group, label = _UDTA[box.type]
        findings.add(group, label)
    else:
        findings.add(G.OTHER, f"User data atom '{plain(box.name)}' ({box.size} bytes)")


def _uuid(f: BinaryIO, box: bmff.Box, findings: Findings) -> None:
    body = bmff.read_payload(f, box)
    if body[:16] == _XMP_UUID:
        describe_xmp(body[16:], findings)
    else:
        findings.add(G.OTHER, f"Vendor box (uuid {body[:16].hex()})")
