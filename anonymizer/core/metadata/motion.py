"""Motion Photos, Live-Photo-style videos and other data hidden after the end of an image.

Samsung and Google phones append an MP4 (with sound) to the photo; HEIC Motion Photos carry it in
an 'mpvd' box. The user must be told, in words, that a video was inside and will not be kept.
"""

from __future__ import annotations

import io
import re
import struct
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from anonymizer.core.findings import Block, Field, Kind
from anonymizer.core.media.sniff import MediaFormat
from anonymizer.core.metadata import bmff
from anonymizer.core.metadata.base import Findings
from anonymizer.core.metadata.embedded import scan
from anonymizer.core.metadata.exif import image_size
from anonymizer.core.metadata.verify import StructureError, iter_jpeg_segments

_MOVIE_BRANDS = (b"mp4", b"iso", b"qt  ", b"3gp", b"avc", b"hev", b"M4V", b"MSNV", b"mp42", b"isom")


@dataclass(frozen=True)
class MotionPhoto:
    """A video hidden inside a photo: where it sits and what a person would want to know."""

    offset: int
    length: int
    seconds: float | None
    has_audio: bool

    def add_to(self, findings: Findings) -> None:
        findings.add(Kind.MOTION_PHOTO, seconds=round(self.seconds or 0), sound=self.has_audio)


def find_movie(data: bytes, base: int = 0) -> MotionPhoto | None:
    """The first MP4/MOV that starts inside ``data`` ('....ftyp' with a movie brand), if any."""
    at = data.find(b"ftyp")
    while at >= 4:
        size = struct.unpack(">I", data[at - 4 : at])[0]
        if 8 <= size <= 4096 and data[at + 4 : at + 8].startswith(_MOVIE_BRANDS) or _is_movie_box(data, at):
            start = at - 4
            summary = bmff.summarize_movie(io.BytesIO(data), start, len(data))
            return MotionPhoto(base + start, len(data) - start, summary.seconds, summary.has_audio)
        at = data.find(b"ftyp", at + 4)
    return None


def _is_movie_box(data: bytes, at: int) -> bool:
    size = struct.unpack(">I", data[at - 4 : at])[0]
    return 8 <= size <= 4096 and data[at - 4 + size + 4 : at - 4 + size + 8] in (b"moov", b"mdat", b"free", b"wide")


def describe_trailer(findings: Findings, trailer: bytes) -> None:
    """Name what sits after the end of an image: a video, more images (and the EXIF, XMP and IPTC they or
    the trailer itself carry), a vendor trailer, or bytes."""
    movie = find_movie(trailer)
    if movie:
        movie.add_to(findings)
    stop = movie.offset if movie else len(trailer)  # video data may hold SOI-like bytes: not counted
    images = trailer.count(b"\xff\xd8\xff", 0, stop)
    if images:
        first = trailer.find(b"\xff\xd8\xff", 0, stop)
        findings.add(Kind.MORE_IMAGES, count=images, where=Block.TRAILER, **image_size(trailer[first:]))
    found = scan(trailer[:stop], findings)
    if trailer.endswith(b"SEFT"):
        describe_samsung(trailer, findings)
    if not movie and not images and not found:
        findings.add(Kind.TRAILER, bytes=len(trailer))


_SAMSUNG_UTC = re.compile(rb"Image_UTC_Data(\d{13})")
_SAMSUNG_MCC = re.compile(rb"MCC_Data(\d{3})")


def describe_samsung(data: bytes, findings: Findings) -> None:
    """Samsung's trailer (JPEG 'SEFT', HEIF 'sefd'): named entries after a name length. Two of them say
    when and where: the capture time in UTC milliseconds and the mobile network's country code."""
    findings.add(Kind.SAMSUNG_TRAILER)
    if m := _SAMSUNG_UTC.search(data):
        when = datetime.fromtimestamp(int(m.group(1)) / 1000, tz=UTC)
        findings.add(Kind.DATE, field=Field.TAKEN, value=when.strftime("%Y-%m-%d %H:%M:%SZ"))
    if m := _SAMSUNG_MCC.search(data):
        findings.add(Kind.MOBILE_COUNTRY_CODE, code=m.group(1).decode("ascii"))


def motion_photo_info(path: Path, fmt: MediaFormat) -> MotionPhoto | None:
    """The video hidden in a JPEG or HEIF Motion Photo, or None. Never raises on a bad file."""
    try:
        data = path.read_bytes()
        if fmt is MediaFormat.JPEG:
            return _jpeg_motion(data)
        if fmt in (MediaFormat.HEIF, MediaFormat.AVIF):
            return _heif_motion(data)
    except (OSError, ValueError, struct.error, StructureError):
        return None
    return None


def _jpeg_motion(data: bytes) -> MotionPhoto | None:
    try:
        for seg in iter_jpeg_segments(data):
            if seg.name.startswith("TRAILER:"):
                return find_movie(seg.body, seg.offset)
    except StructureError:
        return find_movie(data[2:], 2)
    return None


def _heif_motion(data: bytes) -> MotionPhoto | None:
    f = io.BytesIO(data)
    for box in bmff.iter_boxes(f, 0, len(data)):
        if box.type == b"mpvd" and box.size > 0:
            return find_movie(data[box.payload_offset : box.end], box.payload_offset)
    return None
