"""Files carrying planted identifying metadata, made in the test (no third-party data needed).

Every planted value is distinctive, so a test can tell which reader found it. The GPS position is
55.7558 N, 37.6173 E; the camera is an 'Acme Snap 9' with serial 'SN-4242'; the artist is
'Jane Protester'; the embedded thumbnail is 40x30 and a different picture from the main image.
"""

from __future__ import annotations

import io
import struct
import zlib
from collections.abc import Callable
from pathlib import Path

import numpy as np
import piexif
from PIL import Image, ImageCms, PngImagePlugin, TiffImagePlugin

SIZE = (96, 64)
THUMB_SIZE = (40, 30)
POSITION = "GPS position: 55.75580° N, 37.61730° E"
TRAILER = b"SECRET-TRAILER" * 8
MAKERNOTE = b"Nikon\x00\x02\x10\x00\x00" + b"SERIAL=MN-777;OWNER=Jane" + bytes(64)
XMP = (
    b'<?xpacket begin="\xef\xbb\xbf" id="W5M0MpCehiHzreSzNTczkc9d"?>'
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
    b'<rdf:Description rdf:about="" xmlns:exif="http://ns.adobe.com/exif/1.0/" '
    b'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" '
    b'exif:GPSLatitude="55,45.348N" exif:GPSLongitude="37,37.038E" photoshop:City="Moscow">'
    b"<dc:creator><rdf:Seq><rdf:li>Xmp Author</rdf:li></rdf:Seq></dc:creator>"
    b'</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
)


def pixels(seed: int = 1, size: tuple[int, int] = SIZE) -> np.ndarray:
    rng = np.random.default_rng(seed)
    w, h = size
    base = np.linspace(0, 255, w * h * 3).reshape(h, w, 3)
    return np.clip(base + rng.integers(0, 40, (h, w, 3)), 0, 255).astype(np.uint8)


def thumbnail_jpeg() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", THUMB_SIZE, (200, 20, 20)).save(buf, "JPEG", quality=80)
    return buf.getvalue()


def _rational(value: float, scale: int = 10000) -> tuple[int, int]:
    return (round(value * scale), scale)


def exif_bytes(thumbnail: bool = True) -> bytes:
    """A complete EXIF block: device, owner, times, GPS, a MakerNote and (optionally) a thumbnail."""
    zeroth = {
        piexif.ImageIFD.Make: b"Acme",
        piexif.ImageIFD.Model: b"Snap 9",
        piexif.ImageIFD.Software: b"SnapOS 1.2",
        piexif.ImageIFD.Artist: b"Jane Protester",
        piexif.ImageIFD.DateTime: b"2024:01:15 18:30:12",
        piexif.ImageIFD.Orientation: 1,
    }
    exif = {
        piexif.ExifIFD.DateTimeOriginal: b"2024:01:15 18:30:12",
        piexif.ExifIFD.BodySerialNumber: b"SN-4242",
        piexif.ExifIFD.MakerNote: MAKERNOTE,
    }
    gps = {
        piexif.GPSIFD.GPSLatitudeRef: b"N",
        piexif.GPSIFD.GPSLatitude: ((55, 1), (45, 1), _rational(20.88, 100)),
        piexif.GPSIFD.GPSLongitudeRef: b"E",
        piexif.GPSIFD.GPSLongitude: ((37, 1), (37, 1), _rational(2.28, 100)),
        piexif.GPSIFD.GPSAltitude: (150, 1),
    }
    data = {"0th": zeroth, "Exif": exif, "GPS": gps, "1st": {}, "thumbnail": None}
    if thumbnail:
        data["1st"] = {piexif.ImageIFD.Compression: 6}
        data["thumbnail"] = thumbnail_jpeg()
    return piexif.dump(data)


def _segment(marker: int, body: bytes) -> bytes:
    return bytes([0xFF, marker]) + struct.pack(">H", len(body) + 2) + body


def iptc_app13() -> bytes:
    iim = b"".join(
        b"\x1c\x02" + bytes([ds]) + struct.pack(">H", len(v)) + v
        for ds, v in ((80, b"Iptc Byline"), (90, b"Minsk"), (120, b"Crowd on the square"))
    )
    resource = b"8BIM\x04\x04\x00\x00" + struct.pack(">I", len(iim)) + iim + (b"\x00" if len(iim) & 1 else b"")
    return _segment(0xED, b"Photoshop 3.0\x00" + resource)


def icc_profile() -> bytes:
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def save_jpeg(path: Path) -> Path:
    buf = io.BytesIO()
    Image.fromarray(pixels()).save(buf, "JPEG", quality=90, exif=exif_bytes())
    data = buf.getvalue()
    extra = (
        _segment(0xE1, b"http://ns.adobe.com/xap/1.0/\x00" + XMP)
        + iptc_app13()
        + _segment(0xE2, b"ICC_PROFILE\x00\x01\x01" + icc_profile())
        + _segment(0xFE, b"Comment by Jane")
    )
    path.write_bytes(data[:2] + extra + data[2:] + TRAILER)
    return path


def png_chunk(ctype: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + ctype + body + struct.pack(">I", zlib.crc32(ctype + body))


def save_png(path: Path) -> Path:
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Jane Protester")
    info.add_text("Comment", "met at the square", zip=True)  # zTXt
    info.add_itxt("Description", "Crowd at the station", lang="en")
    info.add_itxt("XML:com.adobe.xmp", XMP.decode("utf-8"))
    buf = io.BytesIO()
    Image.fromarray(pixels()).save(buf, "PNG", pnginfo=info, exif=exif_bytes(thumbnail=False))
    path.write_bytes(buf.getvalue())
    return path


def save_webp(path: Path) -> Path:
    buf = io.BytesIO()
    Image.fromarray(pixels()).save(buf, "WEBP", exif=exif_bytes(), xmp=XMP, icc_profile=icc_profile())
    path.write_bytes(buf.getvalue())
    return path


def save_heic(path: Path) -> Path:
    from pillow_heif import register_heif_opener

    register_heif_opener()
    Image.fromarray(pixels()).save(path, "HEIF", exif=exif_bytes(), xmp=XMP, quality=80)
    return path


def save_avif(path: Path) -> Path:
    Image.fromarray(pixels()).save(path, "AVIF", exif=exif_bytes(thumbnail=False), xmp=XMP)
    return path


def save_tiff(path: Path) -> Path:
    ifd = TiffImagePlugin.ImageFileDirectory_v2()
    for tag, value in ((271, "Acme"), (272, "Snap 9"), (305, "SnapOS 1.2"), (315, "Jane Protester"), (700, XMP)):
        ifd[tag] = value
    ifd.tagtype[33922] = 12  # GeoTIFF ModelTiePoint: ties pixel (0, 0) to a place on Earth
    ifd[33922] = (0.0, 0.0, 0.0, 37.6173, 55.7558, 0.0)
    Image.fromarray(pixels()).save(path, "TIFF", tiffinfo=ifd)
    return path


def save_gif(path: Path) -> Path:
    Image.fromarray(pixels()).convert("P").save(path, "GIF", comment=b"Comment by Jane")
    return path


def save_bmp(path: Path) -> Path:
    buf = io.BytesIO()
    Image.fromarray(pixels()).save(buf, "BMP")
    path.write_bytes(buf.getvalue() + TRAILER)
    return path


# name -> (writer, file name, the (group, label substring) items inspect must report)
PLANTED: dict[str, tuple[Callable[[Path], Path], str, list[tuple[str, str]]]] = {
    "jpeg": (save_jpeg, "dirty.jpg", [
        ("location", POSITION), ("location", "City: Minsk"), ("time", "Taken: 2024-01-15 18:30:12"),
        ("device", "Camera: Acme Snap 9"), ("ids", "Serial number: SN-4242"), ("device", "Maker notes"),
        ("people", "Artist: Jane Protester"), ("people", "Author: Iptc Byline"),
        ("people", "Author: Xmp Author"), ("embedded", "Embedded thumbnail of the original (40×30)"),
        ("embedded", "Data after the end of the image"), ("other", "XMP block"), ("other", "IPTC block"),
        ("people", "Comment: Comment by Jane"), ("other", "Colour profile “sRGB"),
    ]),
    "png": (save_png, "dirty.png", [
        ("location", POSITION), ("time", "Taken: 2024-01-15 18:30:12"), ("device", "Camera: Acme Snap 9"),
        ("people", "Author: Jane Protester"), ("people", "Comment: met at the square"),
        ("people", "Description: Crowd at the station"), ("people", "Author: Xmp Author"),
        ("other", "XMP block"), ("other", "EXIF"),
    ]),
    "webp": (save_webp, "dirty.webp", [
        ("location", POSITION), ("device", "Camera: Acme Snap 9"), ("people", "Artist: Jane Protester"),
        ("embedded", "Embedded thumbnail of the original (40×30)"), ("people", "Author: Xmp Author"), ("other", "Colour profile"),
    ]),
    "heic": (save_heic, "dirty.heic", [
        ("location", POSITION), ("device", "Camera: Acme Snap 9"), ("ids", "Serial number: SN-4242"),
        ("time", "Taken: 2024-01-15 18:30:12"), ("people", "Author: Xmp Author"),
    ]),
    "avif": (save_avif, "dirty.avif", [
        ("location", POSITION), ("device", "Camera: Acme Snap 9"), ("people", "Artist: Jane Protester"),
    ]),
    "tiff": (save_tiff, "dirty.tif", [
        ("location", POSITION), ("device", "Camera: Acme Snap 9"), ("people", "Artist: Jane Protester"),
        ("device", "Software: SnapOS 1.2"), ("people", "Author: Xmp Author"), ("location", "GeoTIFF"),
    ]),
    "gif": (save_gif, "dirty.gif", [("people", "Comment: Comment by Jane")]),
    "bmp": (save_bmp, "dirty.bmp", [("embedded", "Data after the end of the image")]),
}


def jpeg_with(*segments: bytes, trailer: bytes = b"", exif: bytes | None = None) -> bytes:
    """A small JPEG with ``segments`` (whole marker segments) after SOI and ``trailer`` after EOI."""
    buf = io.BytesIO()
    Image.fromarray(pixels()).save(buf, "JPEG", quality=85, **({"exif": exif} if exif else {}))
    data = buf.getvalue()
    return data[:2] + b"".join(segments) + data[2:] + trailer


def app_segment(marker: int, body: bytes) -> bytes:
    return _segment(marker, body)


def xmp_packet(description: bytes, *, namespaces: bytes = b"") -> bytes:
    return (b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
            b'<rdf:Description rdf:about="" ' + namespaces + b">" + description
            + b"</rdf:Description></rdf:RDF></x:xmpmeta>")


def iim(*datasets: tuple[int, bytes]) -> bytes:
    """IPTC-IIM record-2 datasets."""
    return b"".join(b"\x1c\x02" + bytes([ds]) + struct.pack(">H", len(v)) + v for ds, v in datasets)


def ifd(entries: list[tuple[int, int, int, bytes]], endian: str = "<", base: int = 0) -> bytes:
    """A TIFF directory at offset ``base`` of its block, values placed after it: (tag, type, count, value).
    Offsets count from the start of the block (``base`` is where the directory itself will sit)."""
    head = struct.pack(endian + "H", len(entries))
    data_at = base + 2 + 12 * len(entries) + 4
    body, extra = b"", b""
    for tag, kind, count, value in entries:
        if len(value) <= 4:
            body += struct.pack(endian + "HHI", tag, kind, count) + value.ljust(4, b"\x00")
        else:
            body += struct.pack(endian + "HHII", tag, kind, count, data_at + len(extra))
            extra += value + (b"\x00" if len(value) & 1 else b"")
    return head + body + b"\x00\x00\x00\x00" + extra


def exif_with_maker_note(make: bytes, note_at: Callable[[int], bytes], size: int = 256) -> bytes:
    """An EXIF block whose MakerNote is built knowing where it will sit in the TIFF structure (Canon,
    Panasonic and old Olympus count their offsets from the TIFF header): built twice, the first time
    to find that place."""
    def dump(note: bytes) -> bytes:
        return piexif.dump({"0th": {piexif.ImageIFD.Make: make, piexif.ImageIFD.Model: b"Test"},
                            "Exif": {piexif.ExifIFD.MakerNote: note}, "GPS": {}, "1st": {}, "thumbnail": None})

    marker = b"\xa5" * size
    first = dump(marker)
    offset = first.find(marker) - 6  # from the TIFF header, after 'Exif\0\0'
    note = note_at(offset).ljust(size, b"\x00")
    assert len(note) == size, "the note must keep the size it was placed with"
    return dump(note)
