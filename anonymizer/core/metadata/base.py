"""What every format handler shares: a collector of findings and the handler base class.

A handler reads a file it may not trust. Whatever goes wrong while reading one block (a corrupt
EXIF, a lying length field) costs only that block: the collector records that it could not be
fully read and the handler goes on with the next one. Nothing here ever raises to the caller.
"""

from __future__ import annotations

import contextlib
import logging
import re
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

from anonymizer.core.media.sniff import MediaFormat
from anonymizer.core.models import MetadataGroup, MetadataItem

log = logging.getLogger(__name__)

_MAX_VALUE = 160
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
    """An ordered, duplicate-free list of MetadataItem, plus notes of what could not be read."""

    def __init__(self) -> None:
        self.items: list[MetadataItem] = []

    def add(self, group: MetadataGroup, label: str, value: object = "") -> None:
        item = MetadataItem(group, label, plain(value) if value != "" else "")
        if item not in self.items:
            self.items.append(item)

    def partial(self, what: str) -> None:
        """Record that ``what`` exists but could not be fully read (it is removed all the same)."""
        self.add(MetadataGroup.OTHER, f"{what} could not be fully read")

    @contextlib.contextmanager
    def reading(self, what: str) -> Iterator[None]:
        """Run a block of parsing; any error becomes a 'could not be fully read' note, never a crash."""
        try:
            yield
        except Exception as e:  # noqa: BLE001 - hostile input: every failure must stay contained
            log.debug("metadata: %s unreadable: %r", what, e)
            self.partial(what)

    def extend(self, items: list[MetadataItem]) -> None:
        for item in items:
            if item not in self.items:
                self.items.append(item)


class FormatHandler:
    """One file format: lists the identifying metadata a file of that format carries.

    Subclasses set ``formats`` and ``name`` and implement ``collect``. ``inspect`` is the only entry
    point the rest of the core uses; it never raises on a bad file.
    """

    formats: ClassVar[tuple[MediaFormat, ...]] = ()
    name: ClassVar[str] = "file"

    def inspect(self, path: Path, data: bytes | None = None) -> list[MetadataItem]:
        """``data``: the file's bytes when the caller has read them already (a photo is read once, for
        its metadata and its pixels alike); else the handler reads ``path`` itself."""
        findings = Findings()
        with findings.reading(f"{self.name} metadata"):
            self.collect(path, findings, data)
        return findings.items

    def collect(self, path: Path, findings: Findings, data: bytes | None = None) -> None:
        raise NotImplementedError


def file_bytes(path: Path, data: bytes | None) -> bytes:
    """The bytes the caller read already, else the file's."""
    return path.read_bytes() if data is None else data

