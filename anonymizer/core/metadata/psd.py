"""Photoshop PSD: its image resources (EXIF, XMP, IPTC, ICC, thumbnails: the same 8BIM blocks a JPEG's
APP13 holds) and its layers, which are never decoded: only the flattened picture is cleaned."""

from __future__ import annotations

import struct
from pathlib import Path

from anonymizer.core.findings import Block, Kind
from anonymizer.core.media.sniff import MediaFormat
from anonymizer.core.metadata.base import Findings, FormatHandler, file_bytes, plain
from anonymizer.core.metadata.iptc import describe_photoshop

_HEADER = 26


class PsdHandler(FormatHandler):
    formats = (MediaFormat.PSD,)
    name = "PSD"
    block = Block.PHOTOSHOP

    def collect(self, path: Path, findings: Findings, data: bytes | None = None) -> None:
        data = file_bytes(path, data)
        with findings.reading(Block.PHOTOSHOP):
            resources = _resources(data)
            if resources:
                describe_photoshop(resources, findings)
        with findings.reading(Block.PHOTOSHOP_LAYERS):
            _layers(path, findings)


def _resources(data: bytes) -> bytes:
    """The image resources section: after the header and the colour mode data, each led by its length."""
    (mode_len,) = struct.unpack(">I", data[_HEADER : _HEADER + 4])
    start = _HEADER + 4 + mode_len
    (size,) = struct.unpack(">I", data[start : start + 4])
    if start + 4 + size > len(data):
        raise ValueError("image resources run past the end")
    return data[start + 4 : start + 4 + size]


def _layers(path: Path, findings: Findings) -> None:
    from PIL import Image

    with Image.open(path) as im:
        layers = list(getattr(im, "layers", ()))
    if not layers:
        return
    findings.add(Kind.LAYERS, count=len(layers))
    names = [plain(layer[0]) for layer in layers if plain(layer[0])]
    if names:
        findings.add(Kind.LAYER_NAMES, value=", ".join(names))
