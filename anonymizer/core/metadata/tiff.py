"""TIFF: the main IFD's own tags (make, model, artist, GeoTIFF), EXIF/GPS sub-IFDs, embedded XMP,
IPTC, Photoshop resources and ICC, and every extra page or sub-image (thumbnails, previews)."""

from __future__ import annotations

import io
import struct
import warnings
from pathlib import Path
from typing import Any

from PIL import Image, TiffImagePlugin

from anonymizer.core.findings import Block, Kind
from anonymizer.core.media.sniff import MediaFormat
from anonymizer.core.metadata.base import Findings, FormatHandler, file_bytes
from anonymizer.core.metadata.exif import describe_ifds
from anonymizer.core.metadata.icc import describe_icc
from anonymizer.core.metadata.iptc import describe_iptc, describe_photoshop
from anonymizer.core.metadata.xmp import describe_xmp

_GEO = {33550, 33922, 34264, 34735, 34736, 34737}
_XMP, _IPTC, _PHOTOSHOP, _ICC, _SUBIFDS, _LAYERS = 700, 33723, 34377, 34675, 330, 37724
_EXIF_IFD, _GPS_IFD = 0x8769, 0x8825


class TiffHandler(FormatHandler):
    formats = (MediaFormat.TIFF,)
    name = "TIFF"
    block = Block.TIFF

    def collect(self, path: Path, findings: Findings, data: bytes | None = None) -> None:
        data = file_bytes(path, data)
        with findings.reading(Block.TIFF):
            _blocks(ifd0_raw(data), findings)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # Pillow warns about odd tag counts; we read those ourselves
            with Image.open(io.BytesIO(data)) as im:
                if isinstance(im, TiffImagePlugin.TiffImageFile):
                    _tiff_image(im, findings)


def _tiff_image(im: TiffImagePlugin.TiffImageFile, findings: Findings) -> None:
    with findings.reading(Block.TIFF):
        _main_ifd(im, findings)
    with findings.reading(Block.TIFF):
        pages = getattr(im, "n_frames", 1)
        if pages > 1:
            findings.add(Kind.MORE_IMAGES, count=pages - 1, where=Block.TIFF)


def _main_ifd(im: TiffImagePlugin.TiffImageFile, findings: Findings) -> None:
    exif = im.getexif()
    tags: dict[int, Any] = dict(im.tag_v2)
    data = {"0th": dict(exif), "Exif": {}, "GPS": {}}
    with findings.reading(Block.EXIF):
        data["Exif"] = dict(exif.get_ifd(_EXIF_IFD))
    with findings.reading(Block.EXIF):
        data["GPS"] = dict(exif.get_ifd(_GPS_IFD))
    describe_ifds(data, findings)
    if _GEO & tags.keys():
        findings.add(Kind.GEOTIFF)
    private = sorted(t for t in tags if t >= 32768 and t not in _GEO | {_IPTC, _PHOTOSHOP, _ICC, _LAYERS,
                                                                          _EXIF_IFD, _GPS_IFD})
    if private:
        findings.add(Kind.PRIVATE_TIFF_TAGS, tags=", ".join(str(t) for t in private[:12]))


_TYPE_SIZES = {1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8, 13: 4}


def ifd0_raw(data: bytes) -> dict[int, bytes]:
    """The raw value bytes of every tag in the first IFD (Pillow re-types some, e.g. IPTC as LONG)."""
    endian = "<" if data[:2] == b"II" else ">"
    offset = struct.unpack(endian + "I", data[4:8])[0]
    count = struct.unpack(endian + "H", data[offset : offset + 2])[0]
    out: dict[int, bytes] = {}
    for i in range(count):
        entry = data[offset + 2 + 12 * i : offset + 14 + 12 * i]
        if len(entry) < 12:
            raise ValueError("IFD runs past the end")
        tag, kind, n = struct.unpack(endian + "HHI", entry[:8])
        size = _TYPE_SIZES.get(kind, 1) * n
        if size <= 4:
            out[tag] = entry[8 : 8 + size]
        else:
            start = struct.unpack(endian + "I", entry[8:12])[0]
            out[tag] = data[start : start + size]
    return out


def _blocks(tags: dict[int, bytes], findings: Findings) -> None:
    if _XMP in tags:
        describe_xmp(tags[_XMP], findings)
    if _IPTC in tags:
        describe_iptc(tags[_IPTC], findings)
    if _PHOTOSHOP in tags:
        describe_photoshop(tags[_PHOTOSHOP], findings)
    if _ICC in tags:
        describe_icc(tags[_ICC], findings)
    if _SUBIFDS in tags:
        findings.add(Kind.SUB_IMAGES)
    if _LAYERS in tags:
        findings.add(Kind.TIFF_LAYERS)
