"""JPEG: every APPn segment, comments, and whatever follows the end-of-image marker."""

from __future__ import annotations

import struct
from pathlib import Path

from anonymizer.core.media.sniff import MediaFormat
from anonymizer.core.metadata.base import Findings, FormatHandler, file_bytes, plain
from anonymizer.core.metadata.exif import describe_exif, image_size
from anonymizer.core.metadata.icc import describe_icc
from anonymizer.core.metadata.iptc import describe_photoshop
from anonymizer.core.metadata.motion import describe_trailer
from anonymizer.core.metadata.verify import Segment, StructureError, iter_jpeg_segments
from anonymizer.core.metadata.xmp import describe_xmp
from anonymizer.core.models import MetadataGroup as G

_XMP = b"http://ns.adobe.com/xap/1.0/\x00"
_XMP_EXT = b"http://ns.adobe.com/xmp/extension/\x00"
_ICC = b"ICC_PROFILE\x00"
# APPn signatures that are named but not parsed further: (marker, prefix, group, label).
_KNOWN_APPS: tuple[tuple[int, bytes, G | None, str], ...] = (
    (0xE2, b"FPXR", G.OTHER, "FlashPix data (camera extension data)"),
    (0xE3, b"Meta", G.DEVICE, "Kodak camera data (APP3)"),
    (0xEB, b"JP", G.OTHER, "Content credentials (C2PA / JUMBF manifest: may name the author, device, edits)"),
    (0xEC, b"Ducky", G.OTHER, "Photoshop 'Save for Web' data (APP12)"),
    (0xEC, b"", G.DEVICE, "Camera picture info (APP12)"),
    (0xEE, b"Adobe", None, ""),  # colour transform flag: structural, not identifying
)


class JpegHandler(FormatHandler):
    formats = (MediaFormat.JPEG,)
    name = "JPEG"

    def collect(self, path: Path, findings: Findings, data: bytes | None = None) -> None:
        data = file_bytes(path, data)
        state = _State()
        try:
            for seg in iter_jpeg_segments(data):
                self._segment(seg, state, findings)
        except StructureError:
            findings.partial("JPEG structure")
        if state.icc:
            describe_icc(b"".join(state.icc[k] for k in sorted(state.icc)), findings)
        if state.xmp_ext:
            describe_xmp(b"".join(state.xmp_ext), findings, "Extended XMP")

    def _segment(self, seg: Segment, state: _State, findings: Findings) -> None:
        body, marker = seg.body, seg.marker
        if seg.name.startswith("TRAILER:"):
            describe_trailer(findings, body, "image")
        elif marker == 0xE0:
            _app0(body, findings)
        elif marker == 0xE1 and body.startswith(b"Exif\x00"):
            describe_exif(body[6:], findings)
        elif marker == 0xE1 and body.startswith(_XMP):
            describe_xmp(body[len(_XMP) :], findings)
        elif marker == 0xE1 and body.startswith(_XMP_EXT):
            state.xmp_ext.append(body[len(_XMP_EXT) + 40 :])  # GUID (32) + full length + offset
        elif marker == 0xE2 and body.startswith(_ICC) and len(body) > 14:
            state.icc[body[12]] = body[14:]
        elif marker == 0xE2 and body.startswith(b"MPF\x00"):
            _mpf(body[4:], findings)
        elif marker == 0xED:
            _app13(body, findings)
        elif marker == 0xFE:
            findings.add(G.OTHER, f"Comment: {plain(body)}" if plain(body) else "Comment (empty)")
        elif 0xE0 <= marker <= 0xEF:
            _other_app(marker, body, findings)


class _State:
    def __init__(self) -> None:
        self.icc: dict[int, bytes] = {}
        self.xmp_ext: list[bytes] = []


def _app0(body: bytes, findings: Findings) -> None:
    if body.startswith(b"JFIF\x00") and len(body) >= 14 and body[12] * body[13] > 0:
        findings.add(G.EMBEDDED, f"JFIF thumbnail ({body[12]}x{body[13]}) of the original")
    elif body.startswith(b"JFXX\x00"):
        findings.add(G.EMBEDDED, f"JFIF extension thumbnail ({image_size(body[6:])}) of the original")
    elif not body.startswith(b"JFIF\x00"):
        findings.add(G.OTHER, f"Unknown APP0 block ({len(body)} bytes)")


def _app13(body: bytes, findings: Findings) -> None:
    if body.startswith(b"Photoshop 3.0\x00"):
        describe_photoshop(body[14:], findings)
    else:
        findings.add(G.OTHER, f"APP13 block ({len(body)} bytes)")


def _mpf(body: bytes, findings: Findings) -> None:
    """Multi-Picture Format index: how many extra images (previews, depth maps) follow the photo."""
    with findings.reading("Multi-picture index"):
        endian = "<" if body[:2] == b"II" else ">"
        ifd = struct.unpack(endian + "I", body[4:8])[0]
        count = struct.unpack(endian + "H", body[ifd : ifd + 2])[0]
        for i in range(count):
            entry = body[ifd + 2 + 12 * i : ifd + 14 + 12 * i]
            tag, _, n = struct.unpack(endian + "HHI", entry[:8])
            if tag == 0xB002 and n // 16 > 1:
                findings.add(G.EMBEDDED, f"{n // 16 - 1} more image(s) declared by a multi-picture index (MPF)")
                return
        findings.add(G.EMBEDDED, "Multi-picture index (MPF)")


def _other_app(marker: int, body: bytes, findings: Findings) -> None:
    for known_marker, prefix, group, label in _KNOWN_APPS:
        if marker == known_marker and body.startswith(prefix):
            if group is not None:
                findings.add(group, label)
            return
    signature = plain(body[:24].split(b"\x00", 1)[0])
    findings.add(G.OTHER, f"APP{marker - 0xE0} block '{signature}' ({len(body)} bytes)")
