"""ICC colour profiles: their description, and any device they name.

A standard profile ('sRGB', 'Display P3') identifies little; one made for a particular scanner or
phone model names the device. Both are reported; the pipeline never copies a profile anyway.
"""

from __future__ import annotations

import re
import struct

from anonymizer.core.findings import Block, Kind
from anonymizer.core.metadata.base import Findings, plain

# Maker/model texts of standard colour spaces: they name a standard, not a device.
_STANDARD = re.compile(r"(?i)\bIEC\b|sRGB|colou?r space|International Color Consortium|lcms|Little CMS")
_TEXT_TAGS = {b"desc": "description", b"cprt": "copyright", b"dmnd": "device maker", b"dmdd": "device model"}


def icc_texts(profile: bytes) -> dict[str, str]:
    """Readable text tags of a profile, by role ('description', 'device maker', ...)."""
    out: dict[str, str] = {}
    if len(profile) < 132:
        raise ValueError("ICC profile shorter than its header")
    count = struct.unpack(">I", profile[128:132])[0]
    for i in range(min(count, 200)):
        sig, offset, size = struct.unpack(">4sII", profile[132 + 12 * i : 144 + 12 * i])
        if sig in _TEXT_TAGS and offset + size <= len(profile):
            text = _tag_text(profile[offset : offset + size])
            if text:
                out[_TEXT_TAGS[sig]] = text
    return out


def _tag_text(tag: bytes) -> str:
    kind = tag[:4]
    if kind == b"desc" and len(tag) >= 12:
        length = struct.unpack(">I", tag[8:12])[0]
        return plain(tag[12 : 12 + length])
    if kind == b"mluc" and len(tag) >= 28:
        size, offset = struct.unpack(">II", tag[20:28])
        return plain(tag[offset : offset + size].decode("utf-16-be", "replace"))
    if kind == b"text":
        return plain(tag[8:])
    return ""


def describe_icc(profile: bytes, findings: Findings) -> None:
    """Add an item naming the profile, and a device item if it names a maker or model."""
    with findings.reading(Block.ICC):
        texts = icc_texts(profile)
        name = texts.get("description", "")
        findings.add(Kind.ICC_PROFILE, name=name, bytes=len(profile))
        device = " ".join(texts[k] for k in ("device maker", "device model") if k in texts)
        if device and not _STANDARD.search(device):
            findings.add(Kind.COLOUR_PROFILE_DEVICE, name=device)
        if texts.get("copyright"):
            findings.add(Kind.ICC_COPYRIGHT, value=texts["copyright"])
        return
    findings.add(Kind.ICC_PROFILE, name="", bytes=len(profile))
