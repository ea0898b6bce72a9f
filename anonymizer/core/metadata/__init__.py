"""Identifying metadata: list what an input carries, in plain words, and verify what we wrote.

- ``inspect_file(path, fmt)``: grouped MetadataItems (location, time, device, people, embedded,
  other) for photos and videos. Never raises on a damaged or hostile file.
- ``sidecar_files(path)``: sidecar files next to the input (reported, never copied).
- ``motion_photo_info(path, fmt)``: the video hidden in a Motion Photo, if any.
- ``verify_written(data, output_format)``: raises VerificationFailed if anything outside the
  allowlist remains in bytes we are about to publish.

One handler per format (``registry.HANDLERS``), all behind ``base.FormatHandler``.
"""

from __future__ import annotations

from pathlib import Path

from anonymizer.core.media.sniff import MediaFormat
from anonymizer.core.metadata.base import Findings, FormatHandler
from anonymizer.core.metadata.motion import MotionPhoto, motion_photo_info
from anonymizer.core.metadata.registry import HANDLERS, handler_for
from anonymizer.core.metadata.sidecars import sidecar_files
from anonymizer.core.metadata.verify import leftovers, verify_written
from anonymizer.core.models import MetadataGroup, MetadataItem

__all__ = [
    "HANDLERS",
    "FormatHandler",
    "MotionPhoto",
    "handler_for",
    "inspect_file",
    "leftovers",
    "motion_photo_info",
    "sidecar_files",
    "verify_written",
]


# Within a group, these come first: what a person most needs to see.
_HEADLINES = ("GPS position", "Taken", "Camera:", "Motion Photo")


def inspect_file(path: Path, fmt: MediaFormat, data: bytes | None = None) -> list[MetadataItem]:
    """What identifying metadata ``path`` carries, named in plain words, ordered by group
    (location, time, device, people, embedded, other). Never raises on a damaged file: what could
    not be read is named as such. Sidecar files are listed separately by ``sidecar_files``.
    ``data``: the file's bytes, if the caller has read them already.
    """
    findings = Findings()
    findings.extend(handler_for(fmt).inspect(path, data))
    order = list(MetadataGroup)
    return sorted(findings.items, key=lambda item: (order.index(item.group), not item.label.startswith(_HEADLINES)))
