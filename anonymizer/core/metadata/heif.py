"""HEIF/HEIC and AVIF: EXIF, XMP and ICC items, thumbnails, depth and auxiliary images (gain maps),
extra top-level images, and what sits outside the image boxes (Motion Photo 'mpvd', Samsung 'sefd')."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from anonymizer.core.findings import Block, Kind
from anonymizer.core.media.sniff import MediaFormat
from anonymizer.core.metadata import bmff
from anonymizer.core.metadata.base import Findings, FormatHandler, file_bytes, plain
from anonymizer.core.metadata.exif import describe_exif
from anonymizer.core.metadata.icc import describe_icc
from anonymizer.core.metadata.motion import describe_samsung, describe_trailer, find_movie
from anonymizer.core.metadata.xmp import describe_xmp

_IMAGE_BOXES = {b"ftyp", b"meta", b"mdat", b"free", b"skip", b"moov", b"idat"}


class HeifHandler(FormatHandler):
    formats = (MediaFormat.HEIF, MediaFormat.AVIF)
    name = "HEIF"
    block = Block.HEIF

    def collect(self, path: Path, findings: Findings, data: bytes | None = None) -> None:
        data = file_bytes(path, data)
        with findings.reading(Block.HEIF):
            _items(path, findings)
        with findings.reading(Block.HEIF):
            _top_level(data, findings)


def _items(path: Path, findings: Findings) -> None:
    try:
        import pillow_heif

        heif = pillow_heif.open_heif(path, convert_hdr_to_8bit=False)
        images = [im.info for im in heif]
    except Exception:  # noqa: BLE001 - libheif may not take this file (or AVIF): Pillow's own reader next
        images = [_pillow_info(path)]
    if len(images) > 1:
        findings.add(Kind.MORE_IMAGES, count=len(images) - 1, where=Block.HEIF)
    for info in images:
        _image_info(info, findings)


def _pillow_info(path: Path) -> dict[str, Any]:
    from PIL import Image

    with Image.open(path) as im:
        info: dict[str, Any] = {str(k): v for k, v in im.info.items()}
        if "xmp" not in info and im.getxmp():
            info["xmp"] = b"(XMP present)"
        return info


def _image_info(info: dict[str, Any], findings: Findings) -> None:
    if info.get("exif"):
        describe_exif(info["exif"], findings)
    if info.get("xmp"):
        describe_xmp(info["xmp"], findings)
    if info.get("icc_profile"):
        describe_icc(info["icc_profile"], findings)
    for meta in info.get("metadata") or []:
        findings.add(Kind.UNKNOWN_BLOCK, block=Block.HEIF_ITEM, name=plain(meta.get("type", "?")), bytes=len(meta.get("data") or b""))
    thumbs = info.get("thumbnails") or []
    if thumbs:
        findings.add(Kind.THUMBNAIL, source=Block.HEIF, width=int(max(thumbs)))
    if info.get("depth_images"):
        findings.add(Kind.DEPTH_MAP)
    for aux_type in info.get("aux") or {}:
        findings.add(Kind.AUXILIARY_IMAGE, what=_aux_name(aux_type))


def _aux_name(aux_type: str) -> str:
    lower = aux_type.lower()
    if "gainmap" in lower or "hdr" in lower:
        return "gain_map"
    if "alpha" in lower:
        return "transparency"
    if "depth" in lower or "disparity" in lower:
        return "depth_map"
    return plain(aux_type)


def _top_level(data: bytes, findings: Findings) -> None:
    f = io.BytesIO(data)
    end = 0
    for box in bmff.iter_boxes(f, 0, len(data)):
        if box.size <= 0:
            findings.partial(Block.HEIF)
            return
        end = box.end
        payload = data[box.payload_offset : box.end]
        if box.type == b"mpvd":
            movie = find_movie(payload, box.payload_offset)
            if movie:
                movie.add_to(findings)
            else:
                findings.add(Kind.MOTION_PHOTO_BOX)
        elif box.type == b"sefd":
            describe_samsung(payload, findings)
        elif box.type == b"uuid":
            findings.add(Kind.UNKNOWN_BLOCK, block=Block.VENDOR_BOX, name="uuid", bytes=box.size)
        elif box.type not in _IMAGE_BOXES:
            findings.add(Kind.UNKNOWN_BLOCK, block=Block.HEIF_BOX, name=box.name, bytes=box.size)
    if end < len(data):
        describe_trailer(findings, data[end:])
