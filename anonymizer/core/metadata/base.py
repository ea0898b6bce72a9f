"""What every format handler shares: a collector of findings and the handler base class.

A handler reads a file it may not trust. Whatever goes wrong while reading one block (a corrupt
EXIF, a lying length field) costs only that block: the collector records that it could not be
fully read and the handler goes on with the next one. Nothing here ever raises to the caller.
"""

from __future__ import annotations

import contextlib
import enum
import logging
import re
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

from anonymizer.core.findings import Block, Field, Finding, Kind, MetadataGroup, Param
from anonymizer.core.media.sniff import MediaFormat

log = logging.getLogger(__name__)

_MAX_VALUE = 1000  # a caption or a keyword list in full; a megabyte of text is not shown
_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")


def plain(value: object) -> str:
    """A value as a short, printable, single-line string (bytes decoded leniently)."""
    if isinstance(value, bytes | bytearray):
        raw = bytes(value).rstrip(b"\x00")
        utf16 = raw[:2] in (b"\xff\xfe", b"\xfe\xff") or (len(raw) >= 4 and raw[1::2].count(0) * 2 >= len(raw) // 2)
        text = _decode_utf16(raw) if utf16 else raw.decode("utf-8", "replace")
    elif isinstance(value, tuple | list):
        text = ", ".join(plain(v) for v in value)
    else:
        text = str(value)
    text = _CONTROL.sub(" ", text).replace("\ufffd", "").strip()
    text = " ".join(text.split())
    return text if len(text) <= _MAX_VALUE else text[: _MAX_VALUE - 1] + "…"


def _decode_utf16(raw: bytes) -> str:
    for codec in ("utf-16", "utf-16-le"):
        try:
            return raw.decode(codec).rstrip("\x00")
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")


class Findings:
    """An ordered, duplicate-free list of Finding, plus notes of what could not be read."""

    def __init__(self) -> None:
        self.items: list[Finding] = []

    def add(self, kind: Kind, group: MetadataGroup | None = None, /, **params: object) -> None:
        """Record one finding; ``group`` defaults to the kind's own. Enum values become their names, bytes
        and other values plain text; numbers and booleans stay typed."""
        typed = tuple((name, _param(value)) for name, value in params.items())
        item = Finding(kind, group or DEFAULT_GROUP.get(kind, MetadataGroup.OTHER), typed)
        if item not in self.items:
            self.items.append(item)

    def text(self, group: MetadataGroup, field: Field, value: object, kind: Kind = Kind.TEXT) -> None:
        """A named field with its value; skipped when the value is empty."""
        text = plain(value)
        if text:
            self.add(kind, group, field=field, value=text)

    def comment(self, value: object) -> None:
        """A free-text comment block (JPEG COM, GIF, PNM header): whatever a person wrote, so PEOPLE."""
        text = plain(value)
        self.add(Kind.COMMENT, MetadataGroup.PEOPLE if text else MetadataGroup.OTHER, value=text)

    def partial(self, block: Block) -> None:
        """Record that ``block`` exists but could not be fully read (it is removed all the same)."""
        self.add(Kind.UNREADABLE, block=block)

    @contextlib.contextmanager
    def reading(self, block: Block) -> Iterator[None]:
        """Run a block of parsing; any error becomes a 'could not be fully read' note, never a crash."""
        try:
            yield
        except Exception as e:  # noqa: BLE001 - hostile input: every failure must stay contained
            log.debug("metadata: %s unreadable: %r", block, e)
            self.partial(block)

    def has(self, *kinds: Kind) -> bool:
        return any(i.kind in kinds for i in self.items)

    def extend(self, items: list[Finding]) -> None:
        for item in items:
            if item not in self.items:
                self.items.append(item)


def _param(value: object) -> Param:
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, bool | int | float | str):
        return value
    return plain(value)


# The group of each kind that does not take one from where it was read (TEXT, ID and VIDEO_TAG do).
_G = MetadataGroup
DEFAULT_GROUP: dict[Kind, MetadataGroup] = {
    **dict.fromkeys((Kind.GPS_POSITION, Kind.GPS_ALTITUDE, Kind.GPS_ALTITUDE_UNREADABLE, Kind.GPS_NO_POSITION,
                     Kind.GPS_MORE, Kind.GPS_DATA, Kind.PLACE, Kind.PLACE_SHOWN, Kind.POSITION_SHOWN,
                     Kind.GEOTIFF, Kind.LOCATION_TRACK, Kind.LOCATION_ATOM, Kind.MOBILE_COUNTRY_CODE), _G.LOCATION),
    **dict.fromkeys((Kind.DATE, Kind.TIME_ZONE, Kind.TIMECODE_TRACK, Kind.STREAM_RECORDING_TIME), _G.TIME),
    **dict.fromkeys((Kind.CAMERA, Kind.CAMERA_VENDOR, Kind.CAMERA_IN_TELEMETRY, Kind.LENS,
                     Kind.COLOUR_PROFILE_DEVICE, Kind.MAKER_NOTES, Kind.STREAM_CAMERA_DATA, Kind.VENDOR_DATA),
                    _G.DEVICE),
    **dict.fromkeys((Kind.PERSON_SHOWN, Kind.FACE_REGIONS, Kind.FACES_DETECTED), _G.PEOPLE),
    Kind.ID: _G.IDS,
    **dict.fromkeys((Kind.THUMBNAIL, Kind.MAKER_NOTE_PREVIEW, Kind.MORE_IMAGES, Kind.MULTI_PICTURE_INDEX,
                     Kind.MOTION_PHOTO, Kind.MOTION_PHOTO_DECLARED, Kind.MOTION_PHOTO_BOX, Kind.SAMSUNG_TRAILER,
                     Kind.TRAILER, Kind.XMP_IMAGE, Kind.DEPTH_MAP, Kind.AUXILIARY_IMAGE, Kind.SUBTITLE_TRACK,
                     Kind.ATTACHED_FILE, Kind.COVER_PICTURE, Kind.LAYERS, Kind.SUB_IMAGES, Kind.TIFF_LAYERS,
                     Kind.VIDEO_THUMBNAIL), _G.EMBEDDED),
}


class FormatHandler:
    """One file format: lists the identifying metadata a file of that format carries.

    Subclasses set ``formats`` and ``name`` and implement ``collect``. ``inspect`` is the only entry
    point the rest of the core uses; it never raises on a bad file.
    """

    formats: ClassVar[tuple[MediaFormat, ...]] = ()
    name: ClassVar[str] = "file"
    block: ClassVar[Block] = Block.FILE  # named when the whole file could not be read

    def inspect(self, path: Path, data: bytes | None = None) -> list[Finding]:
        """``data``: the file's bytes when the caller has read them already (a photo is read once, for
        its metadata and its pixels alike); else the handler reads ``path`` itself."""
        findings = Findings()
        with findings.reading(self.block):
            self.collect(path, findings, data)
        return findings.items

    def collect(self, path: Path, findings: Findings, data: bytes | None = None) -> None:
        raise NotImplementedError


def file_bytes(path: Path, data: bytes | None) -> bytes:
    """The bytes the caller read already, else the file's."""
    return path.read_bytes() if data is None else data

