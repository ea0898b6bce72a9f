"""Identifying metadata: list what an input carries, in plain words, and verify what we wrote.

- ``inspect_file(path, fmt)``: typed findings (``core.findings``) grouped as location, time, device,
  people, embedded, ids, other, for photos and videos. Never raises on a damaged or hostile file.
- ``sidecar_files(path)``: sidecar files next to the input (reported, never copied).
- ``motion_photo_info(path, fmt)``: the video hidden in a Motion Photo, if any.
- ``verify_written(data, output_format)``: raises VerificationFailed if anything outside the
  allowlist remains in bytes we are about to publish.

One handler per format (``registry.HANDLERS``), all behind ``base.FormatHandler``.
"""

from __future__ import annotations

from pathlib import Path

from anonymizer.core.findings import Field, Finding, Kind, MetadataGroup
from anonymizer.core.media.sniff import MediaFormat
from anonymizer.core.metadata.base import Findings, FormatHandler
from anonymizer.core.metadata.motion import MotionPhoto, motion_photo_info
from anonymizer.core.metadata.registry import HANDLERS, handler_for
from anonymizer.core.metadata.sidecars import sidecar_files
from anonymizer.core.metadata.verify import leftovers, verify_written

__all__ = [
    "HANDLERS",
    "FormatHandler",
    "MotionPhoto",
    "handler_for",
    "inspect_file",
    "inspect_path",
    "leftovers",
    "motion_photo_info",
    "sidecar_files",
    "verify_written",
]


# Within a group, these come first: what a person most needs to see.
_HEADLINES = (Kind.GPS_POSITION, Kind.DATE, Kind.CAMERA, Kind.MOTION_PHOTO, Kind.PERSON_SHOWN)
# Among the dates, when the picture was taken comes before when it was edited or digitised.
_FIRST_FIELDS = (Field.TAKEN.value, Field.CREATED.value)  # params hold plain values


def inspect_file(path: Path, fmt: MediaFormat, data: bytes | None = None) -> list[Finding]:
    """What identifying metadata ``path`` carries, as typed findings ordered by group (location, time,
    device, people, embedded, ids, other), the headline kinds first within each. Never raises on a
    damaged file: what could not be read is a finding of its own. Sidecar files are listed separately by
    ``sidecar_files``. ``data``: the file's bytes, if the caller has read them already.
    """
    findings = Findings()
    findings.extend(handler_for(fmt).inspect(path, data))
    order = list(MetadataGroup)
    return sorted(findings.items, key=lambda item: (order.index(item.group), item.kind not in _HEADLINES,
                                                    item.get("field") not in _FIRST_FIELDS))


def inspect_path(path: Path) -> list[Finding]:
    """``inspect_file`` for a file of unknown format: sniffed first. A camera RAW file that is a TIFF
    structure (DNG, CR2, NEF, ARW...) is refused for cleaning but still read for inspection, with the TIFF
    reader: a person deciding what to share should see what the original gives away. Other refusals and
    unreadable files raise the sniffer's typed error."""
    from anonymizer.core.errors import RefusedFormat
    from anonymizer.core.media.sniff import TIFF_SIGNATURES, sniff

    try:
        fmt = sniff(path)
    except RefusedFormat as e:
        if e.kind != "raw":
            raise
        with open(path, "rb") as f:
            if f.read(4) not in TIFF_SIGNATURES:
                raise
        fmt = MediaFormat.TIFF
    return inspect_file(path, fmt)
