"""JPEG: every APPn segment, comments, and whatever follows the end-of-image marker."""

from __future__ import annotations

import struct
from pathlib import Path

from anonymizer.core.findings import Block, Kind
from anonymizer.core.findings import MetadataGroup as G
from anonymizer.core.media.sniff import MediaFormat
from anonymizer.core.metadata.base import Findings, FormatHandler, file_bytes, plain
from anonymizer.core.metadata.embedded import scan
from anonymizer.core.metadata.exif import describe_exif, image_size
from anonymizer.core.metadata.gpmf import describe_gpmf
from anonymizer.core.metadata.icc import describe_icc
from anonymizer.core.metadata.iptc import describe_photoshop
from anonymizer.core.metadata.motion import describe_trailer
from anonymizer.core.metadata.verify import Segment, StructureError, iter_jpeg_segments
from anonymizer.core.metadata.xmp import describe_xmp

_XMP = b"http://ns.adobe.com/xap/1.0/\x00"
_XMP_EXT = b"http://ns.adobe.com/xmp/extension/\x00"
_ICC = b"ICC_PROFILE\x00"
# APPn signatures that are named but not parsed further: (marker, prefix, kind, group, block).
_KNOWN_APPS: tuple[tuple[int, bytes, Kind | None, G, Block], ...] = (
    (0xE2, b"FPXR", Kind.BLOCK, G.OTHER, Block.FLASHPIX),
    (0xE3, b"Meta", Kind.VENDOR_DATA, G.DEVICE, Block.KODAK),
    (0xEB, b"JP", Kind.CONTENT_CREDENTIALS, G.OTHER, Block.APP),
    (0xEC, b"Ducky", Kind.BLOCK, G.OTHER, Block.DUCKY),
    (0xEE, b"Adobe", None, G.OTHER, Block.APP),  # colour transform flag: structural, not identifying
)


class JpegHandler(FormatHandler):
    formats = (MediaFormat.JPEG,)
    name = "JPEG"
    block = Block.JPEG

    def collect(self, path: Path, findings: Findings, data: bytes | None = None) -> None:
        data = file_bytes(path, data)
        state = _State()
        try:
            for seg in iter_jpeg_segments(data):
                self._segment(seg, state, findings)
        except StructureError:
            findings.partial(Block.JPEG)
        if state.icc:
            describe_icc(b"".join(state.icc[k] for k in sorted(state.icc)), findings)
        if state.xmp_ext:
            describe_xmp(b"".join(state.xmp_ext), findings, Block.EXTENDED_XMP)

    def _segment(self, seg: Segment, state: _State, findings: Findings) -> None:
        body, marker = seg.body, seg.marker
        if seg.name.startswith("TRAILER:"):
            describe_trailer(findings, body)
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
            findings.comment(body)
        elif 0xE0 <= marker <= 0xEF:
            _other_app(marker, body, findings)


class _State:
    def __init__(self) -> None:
        self.icc: dict[int, bytes] = {}
        self.xmp_ext: list[bytes] = []


def _app0(body: bytes, findings: Findings) -> None:
    if body.startswith(b"JFIF\x00") and len(body) >= 14 and body[12] * body[13] > 0:
        findings.add(Kind.THUMBNAIL, source=Block.JFIF, width=body[12], height=body[13])
    elif body.startswith(b"JFXX\x00"):
        findings.add(Kind.THUMBNAIL, source=Block.JFXX, **image_size(body[6:]))
    elif not body.startswith(b"JFIF\x00"):
        _unknown_app(0xE0, body, findings)


def _app13(body: bytes, findings: Findings) -> None:
    if body.startswith(b"Photoshop 3.0\x00"):
        describe_photoshop(body[14:], findings)
    else:
        _unknown_app(0xED, body, findings)


def _mpf(body: bytes, findings: Findings) -> None:
    """Multi-Picture Format index: how many extra images (previews, depth maps) follow the photo."""
    with findings.reading(Block.MPF):
        endian = "<" if body[:2] == b"II" else ">"
        ifd = struct.unpack(endian + "I", body[4:8])[0]
        count = struct.unpack(endian + "H", body[ifd : ifd + 2])[0]
        for i in range(count):
            entry = body[ifd + 2 + 12 * i : ifd + 14 + 12 * i]
            tag, _, n = struct.unpack(endian + "HHI", entry[:8])
            if tag == 0xB002 and n // 16 > 1:
                findings.add(Kind.MORE_IMAGES, count=n // 16 - 1, where=Block.MPF)
                return
        findings.add(Kind.MULTI_PICTURE_INDEX)


def _other_app(marker: int, body: bytes, findings: Findings) -> None:
    for known_marker, prefix, kind, group, block in _KNOWN_APPS:
        if marker == known_marker and body.startswith(prefix):
            if kind is Kind.BLOCK:
                findings.add(kind, group, block=block, bytes=len(body))
            elif kind is not None:
                findings.add(kind, group, block=block)
            return
    if marker == 0xE6 and body.startswith(b"GoPro\x00"):
        with findings.reading(Block.GOPRO_SETTINGS):
            describe_gpmf(body[6:], findings)
        return
    if marker == 0xEC and not _look_inside(body, findings):
        findings.add(Kind.VENDOR_DATA, block=Block.PICTURE_INFO)
        return
    _unknown_app(marker, body, findings)


def _unknown_app(marker: int, body: bytes, findings: Findings) -> None:
    """An APPn segment of no known kind: named, and searched for the structures cameras hide in them."""
    signature = plain(body[:24].split(b"\x00", 1)[0])
    findings.add(Kind.UNKNOWN_BLOCK, block=Block.APP, name=f"APP{marker - 0xE0} {signature}".strip(),
                 bytes=len(body))
    _look_inside(body, findings)


def _look_inside(body: bytes, findings: Findings) -> bool:
    """Find and describe the known structures inside a block (see ``embedded.scan``)."""
    return scan(body, findings)
