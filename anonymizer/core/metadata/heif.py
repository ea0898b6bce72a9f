"""HEIF/HEIC and AVIF: EXIF, XMP and ICC items, thumbnails, depth and auxiliary images (gain maps),
extra top-level images, and what sits outside the image boxes (Motion Photo 'mpvd', Samsung 'sefd')."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from anonymizer.core.media.sniff import MediaFormat
from anonymizer.core.metadata import bmff
from anonymizer.core.metadata.base import Findings, FormatHandler, file_bytes, plain
from anonymizer.core.metadata.exif import describe_exif
from anonymizer.core.metadata.icc import describe_icc
from anonymizer.core.metadata.motion import describe_trailer, find_movie
from anonymizer.core.metadata.xmp import describe_xmp
from anonymizer.core.models import MetadataGroup as G

_IMAGE_BOXES = {b"ftyp", b"meta", b"mdat", b"free", b"skip", b"moov", b"idat"}


class HeifHandler(FormatHandler):
    formats = (MediaFormat.HEIF, MediaFormat.AVIF)
    name = "HEIF"

    def collect(self, path: Path, findings: Findings, data: bytes | None = None) -> None:
        data = file_bytes(path, data)
        with findings.reading("HEIF items"):
            _items(path, findings)
        with findings.reading("HEIF boxes"):
            _top_level(data, findings)


def _items(path: Path, findings: Findings) -> None:
    try:
        import pillow_heif

        heif = pillow_heif.open_heif(path, convert_hdr_to_8bit=False)
        images = [im.info for im in heif]
    except Exception:  # noqa: BLE001 - libheif may not take this file (or AVIF): Pillow's own reader next
        images = [_pillow_info(path)]
    if len(images) > 1:
        findings.add(G.EMBEDDED, f"{len(images) - 1} more image(s) in this file (burst or edits; only the "
                                 "main one is kept)")
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
        findings.add(G.OTHER, f"Metadata item '{plain(meta.get('type', '?'))}'")
    thumbs = info.get("thumbnails") or []
    if thumbs:
        sizes = ", ".join(f"{t} px" for t in thumbs)
        findings.add(G.EMBEDDED, f"Embedded thumbnail ({sizes}) of the original")
    if info.get("depth_images"):
        findings.add(G.EMBEDDED, "Depth map (a second image showing the shape of the scene)")
    for aux_type in info.get("aux") or {}:
        findings.add(G.EMBEDDED, f"Auxiliary image ({_aux_name(aux_type)})")


def _aux_name(aux_type: str) -> str:
    lower = aux_type.lower()
    if "gainmap" in lower or "hdr" in lower:
        return "HDR gain map"
    if "alpha" in lower:
        return "transparency"
    if "depth" in lower or "disparity" in lower:
        return "depth map"
    return plain(aux_type)


def _top_level(data: bytes, findings: Findings) -> None:
    f = io.BytesIO(data)
    end = 0
    for box in bmff.iter_boxes(f, 0, len(data)):
        if box.size <= 0:
            findings.partial("HEIF structure")
            return
        end = box.end
        payload = data[box.payload_offset : box.end]
        if box.type == b"mpvd":
            movie = find_movie(payload, box.payload_offset)
            findings.add(G.EMBEDDED, movie.describe() if movie else "Motion Photo video box ('mpvd')")
        elif box.type == b"sefd":
            findings.add(G.EMBEDDED, "Samsung trailer (hidden camera data: motion video, edit history or depth)")
        elif box.type == b"uuid":
            findings.add(G.OTHER, "Vendor box (uuid)")
        elif box.type not in _IMAGE_BOXES:
            findings.add(G.OTHER, f"Unknown box '{box.name}' ({box.size} bytes)")
    if end < len(data):
        describe_trailer(findings, data[end:], "image")
