"""Maker notes: the camera maker's private block inside EXIF, itemised where its layout is known.

Each maker writes its own TIFF-like directory with its own header and its own base for offsets:
Canon, Panasonic and old Olympus count from the EXIF block's TIFF header, Nikon (type 3) from a TIFF
header of its own, new Olympus, Apple and Fujifilm from the start of the note. The walker reads only
entries whose values lie inside the bytes at hand, at most ``_MAX_ENTRIES`` per directory and one level
of sub-directory: a lying count or offset costs that entry, never memory or time. What it does not
know stays one MAKER_NOTES finding (always reported, itemised or not).
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from dataclasses import dataclass

from anonymizer.core.findings import Block, Field, Kind
from anonymizer.core.findings import MetadataGroup as G
from anonymizer.core.metadata.base import Findings, plain

_MAX_ENTRIES = 512
_SIZES = {1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8, 13: 4}


@dataclass(frozen=True)
class _Entry:
    tag: int
    type: int
    count: int
    value: bytes  # the value's bytes (cut to what the block holds)
    endian: str

    def text(self) -> str:
        return plain(self.value.split(b"\x00", 1)[0]) if self.type in (1, 2, 7) else ""

    def numbers(self) -> list[int]:
        width = {3: "H", 4: "I", 8: "h", 9: "i", 13: "I"}.get(self.type)  # 13: a sub-directory offset
        if width is None:
            return []
        n = len(self.value) // struct.calcsize(width)
        return list(struct.unpack(f"{self.endian}{n}{width}", self.value[: n * struct.calcsize(width)]))

    def words(self) -> list[int]:
        """The value read as 16-bit words whatever its declared type (Canon and Nikon arrays)."""
        n = len(self.value) // 2
        return list(struct.unpack(f"{self.endian}{n}H", self.value[: n * 2]))


def _entries(data: bytes, at: int, endian: str, base: int) -> Iterator[_Entry]:
    """A directory's entries; values past the end of ``data`` are skipped."""
    if at < 0 or at + 2 > len(data):
        return
    count = min(struct.unpack_from(endian + "H", data, at)[0], _MAX_ENTRIES)
    for i in range(count):
        pos = at + 2 + 12 * i
        if pos + 12 > len(data):
            return
        tag, kind, n = struct.unpack_from(endian + "HHI", data, pos)
        size = _SIZES.get(kind, 1) * n
        if size <= 4:
            value = data[pos + 8 : pos + 8 + size]
        else:
            offset = base + struct.unpack_from(endian + "I", data, pos + 8)[0]
            if offset < 0 or offset + size > len(data):
                continue
            value = data[offset : offset + size]
        yield _Entry(tag, kind, n, value, endian)


def describe_maker_note(note: bytes, make: str, findings: Findings, tiff: bytes = b"") -> None:
    """One MAKER_NOTES finding, then what the note names: owner, serials, capture ids, faces, previews."""
    findings.add(Kind.MAKER_NOTES, bytes=len(note), maker=make)
    with findings.reading(Block.MAKER_NOTES):
        _itemise(note, make.lower(), findings, tiff)


def _itemise(note: bytes, make: str, findings: Findings, tiff: bytes) -> None:
    endian = "<" if tiff[:2] == b"II" else ">"
    # Makers whose offsets count from the EXIF TIFF header are read where the note sits in the block;
    # a note that cannot be found there (a reader handed it alone) is not itemised for those makers.
    at = tiff.find(note) if tiff and len(note) >= 16 else -1
    located = at >= 0
    if note.startswith(b"Nikon\x00\x02"):
        inner = note[10:]
        e = "<" if inner[:2] == b"II" else ">"
        _nikon(inner, struct.unpack_from(e + "I", inner, 4)[0], e, findings)
    elif note.startswith(b"OLYMPUS\x00") or note.startswith(b"OM SYSTEM"):
        header = 16 if note.startswith(b"OM SYSTEM") else 12
        e = "<" if note[header - 4 : header - 2] == b"II" else ">"
        _olympus(note, header, e, 0, findings)
    elif note.startswith((b"OLYMP\x00", b"OLYMPUS", b"EPSON")) and located:
        _olympus(tiff, at + 8, endian, 0, findings)
    elif note.startswith(b"Apple iOS\x00"):
        _apple(note, 14, ">" if note[12:14] == b"MM" else "<", findings)
    elif note.startswith(b"FUJIFILM"):
        _fujifilm(note, struct.unpack_from("<I", note, 8)[0], findings)
    elif note.startswith(b"Panasonic\x00") and located:
        _panasonic(tiff, at + 12, endian, 0, findings)
    elif note.startswith(b"\x01\xf1"):  # Reconyx HyperFire (its photos carry no Make tag)
        _reconyx_hyperfire(note, findings)
    elif "canon" in make and located:
        _canon(tiff, at, endian, 0, findings)


def _id(findings: Findings, field: Field, value: object) -> None:
    text = plain(value)
    if text and text.strip("0 ") and text.lower() not in ("none", "unknown"):
        findings.add(Kind.ID, field=field, value=text)


def _canon(data: bytes, at: int, endian: str, base: int, findings: Findings) -> None:
    for e in _entries(data, at, endian, base):
        if e.tag == 0x0009 and e.text():
            findings.add(Kind.TEXT, G.PEOPLE, field=Field.CAMERA_OWNER, value=e.text())
        elif e.tag == 0x000C and e.numbers():
            _id(findings, Field.SERIAL_NUMBER, e.numbers()[0])
        elif e.tag == 0x0096:
            _id(findings, Field.INTERNAL_SERIAL_NUMBER, e.text())
        elif e.tag == 0x0007 and e.text():
            findings.add(Kind.TEXT, G.DEVICE, field=Field.FIRMWARE, value=e.text())
        elif e.tag == 0x0095 and e.text():
            findings.add(Kind.LENS, name=e.text())
        elif e.tag == 0x0028 and len(e.value) == 16 and e.value.strip(b"\x00"):
            _id(findings, Field.UNIQUE_IMAGE_ID, e.value.hex())
        elif e.tag == 0x0024 and len(e.words()) > 2:  # FaceDetect1: faces found when the picture was taken
            _faces(findings, e.words()[2])


def _nikon(data: bytes, at: int, endian: str, findings: Findings) -> None:
    for e in _entries(data, at, endian, 0):
        if e.tag == 0x001D:
            _id(findings, Field.SERIAL_NUMBER, e.text())
        elif e.tag == 0x00A7 and e.numbers():
            _id(findings, Field.IMAGE_NUMBER, e.numbers()[0])  # the shutter count: ties photos to one body
        elif e.tag == 0x0021 and len(e.words()) > 3:  # FaceDetect: version, frame width, height, faces
            _faces(findings, e.words()[3])


# Olympus sub-directories (Equipment, CameraSettings, RawDevelopment, ImageProcessing, FocusInfo...) and
# the serial numbers they hold: (directory tag or None for any, entry tag) -> field.
_OLYMPUS_IDS: dict[tuple[int | None, int], Field] = {
    (0x2010, 0x0101): Field.SERIAL_NUMBER,
    (0x2010, 0x0102): Field.INTERNAL_SERIAL_NUMBER,
    (0x2010, 0x0202): Field.LENS_SERIAL_NUMBER,
    (None, 0x0404): Field.SERIAL_NUMBER,  # FocusInfo's copy of the body serial (E-series)
}


def _olympus(data: bytes, at: int, endian: str, base: int, findings: Findings) -> None:
    for e in _entries(data, at, endian, base):
        if e.tag == 0x0100 and e.value.startswith(b"\xff\xd8"):
            findings.add(Kind.THUMBNAIL, source=Block.MAKER_NOTES, bytes=len(e.value))
        elif 0x2010 <= e.tag <= 0x5000 and e.type in (4, 13) and e.count == 1 and e.numbers():
            _olympus_directory(data, e.tag, base + e.numbers()[0], endian, base, findings)


def _olympus_directory(data: bytes, directory: int, at: int, endian: str, base: int, findings: Findings) -> None:
    for sub in _entries(data, at, endian, base):
        field = _OLYMPUS_IDS.get((directory, sub.tag)) or _OLYMPUS_IDS.get((None, sub.tag))
        if field is not None and sub.type == 2:
            _id(findings, field, sub.text())
        elif directory == 0x2010 and sub.tag == 0x0203 and sub.text():
            findings.add(Kind.LENS, name=sub.text())


def _apple(data: bytes, at: int, endian: str, findings: Findings) -> None:
    fields = {0x0011: Field.CAPTURE_ID, 0x000B: Field.BURST_ID, 0x002B: Field.UNIQUE_IMAGE_ID}
    for e in _entries(data, at, endian, 0):
        if e.tag in fields:
            _id(findings, fields[e.tag], e.text())


def _fujifilm(data: bytes, at: int, findings: Findings) -> None:
    for e in _entries(data, at, "<", 0):
        if e.tag == 0x0010:
            _id(findings, Field.INTERNAL_SERIAL_NUMBER, e.text())


def _panasonic(data: bytes, at: int, endian: str, base: int, findings: Findings) -> None:
    for e in _entries(data, at, endian, base):
        if e.tag == 0x0025:
            _id(findings, Field.INTERNAL_SERIAL_NUMBER, e.value.strip(b"\x00").split(b"\x00", 1)[0])
        elif e.tag == 0x0051 and e.text():
            findings.add(Kind.LENS, name=e.text())
        elif e.tag == 0x0052:
            _id(findings, Field.LENS_SERIAL_NUMBER, e.text())
        elif e.tag == 0x004E and e.words():  # FaceDetInfo: how many faces, then their positions
            _faces(findings, e.words()[0])
        elif e.tag == 0x0061 and len(e.value) >= 4:  # FaceRecInfo: faces the camera recognised, by name
            count = struct.unpack_from(endian + "H", e.value, 0)[0]
            for i in range(min(count, 3)):
                name = plain(e.value[4 + 48 * i : 24 + 48 * i].split(b"\x00", 1)[0])
                if name:
                    findings.add(Kind.PERSON_SHOWN, name=name)
            if count:
                _faces(findings, count)


def _reconyx_hyperfire(note: bytes, findings: Findings) -> None:
    """A trail camera's fixed layout of 16-bit words (little-endian): the time it took the picture at
    words 11-16 (seconds, minutes, hours, month, day, year), its serial number in UTF-16 from word 21."""
    if len(note) < 80:
        return
    sec, mins, hour, month, day, year = struct.unpack_from("<6H", note, 22)
    if 1 <= month <= 12 and 1 <= day <= 31 and hour < 24 and mins < 60 and sec < 60 and 1990 < year < 2200:
        findings.add(Kind.DATE, field=Field.TAKEN, value=f"{year:04d}-{month:02d}-{day:02d} {hour:02d}:{mins:02d}:{sec:02d}")
    _id(findings, Field.SERIAL_NUMBER, note[42:72].decode("utf-16-le", "replace").split("\x00", 1)[0])


def _faces(findings: Findings, count: int) -> None:
    if 0 < count < 1000:
        findings.add(Kind.FACES_DETECTED, count=count)
