"""Photos made by the tests themselves: a real face (scikit-image's astronaut) with planted metadata."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import piexif
from PIL import Image

# EXIF orientation -> the transpose that *stores* an upright picture so that a viewer applying the
# orientation shows it upright again (the inverse of what a decoder applies).
_STORE = {
    1: None,
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_90,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_270,
}


def _thumbnail_bytes(rgb: np.ndarray) -> bytes:
    thumb = Image.fromarray(rgb).resize((160, 160))
    buf = io.BytesIO()
    thumb.save(buf, "JPEG", quality=80)
    return buf.getvalue()


def identifying_exif(rgb: np.ndarray, orientation: int = 1) -> bytes:
    """EXIF with GPS, camera, serial, owner, time and an embedded thumbnail of the *unredacted* photo."""
    exif = {
        "0th": {
            piexif.ImageIFD.Make: b"Apple",
            piexif.ImageIFD.Model: b"iPhone 13 Pro",
            piexif.ImageIFD.Orientation: orientation,
            piexif.ImageIFD.Artist: b"Jane Protester",
            piexif.ImageIFD.DateTime: b"2024:01:15 18:30:12",
        },
        "Exif": {
            piexif.ExifIFD.DateTimeOriginal: b"2024:01:15 18:30:12",
            piexif.ExifIFD.BodySerialNumber: b"SN-0042-XYZ",
            piexif.ExifIFD.CameraOwnerName: b"Jane Protester",
            piexif.ExifIFD.MakerNote: b"Apple iOS\x00\x00\x01MM" + b"\x07" * 64,
        },
        "GPS": {
            piexif.GPSIFD.GPSLatitudeRef: b"N",
            piexif.GPSIFD.GPSLatitude: ((55, 1), (45, 1), (2088, 100)),
            piexif.GPSIFD.GPSLongitudeRef: b"E",
            piexif.GPSIFD.GPSLongitude: ((37, 1), (37, 1), (224, 100)),
        },
        "1st": {piexif.ImageIFD.Compression: 6},
        "thumbnail": _thumbnail_bytes(rgb),
    }
    return piexif.dump(exif)


def save_jpeg(path: Path, upright_rgb: np.ndarray, orientation: int = 1, quality: int = 95) -> Path:
    """Save a JPEG whose *displayed* picture is ``upright_rgb`` via EXIF ``orientation``; with GPS etc."""
    image = Image.fromarray(upright_rgb)
    transpose = _STORE[orientation]
    stored = image.transpose(transpose) if transpose is not None else image
    xmp = (b'<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">'
           b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description '
           b'xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="55,45.348N" '
           b'exif:GPSLongitude="37,37.0373E"/></rdf:RDF></x:xmpmeta><?xpacket end="w"?>')
    stored.save(path, "JPEG", quality=quality, exif=identifying_exif(upright_rgb, orientation), xmp=xmp,
                comment=b"shot at the march")
    with open(path, "ab") as f:
        f.write(b"TRAILER: hidden motion photo bytes")
    return path
