"""Tell what a file is from its first bytes, never from its extension."""

from __future__ import annotations

import enum
import os
import stat
from pathlib import Path

from anonymizer.core.errors import EmptyFile, NotAFile, RefusedFormat, UnreadableFile, UnsupportedFormat


class MediaKind(enum.Enum):
    IMAGE = "image"
    VIDEO = "video"


class MediaFormat(enum.Enum):
    JPEG = ("jpeg", MediaKind.IMAGE)
    PNG = ("png", MediaKind.IMAGE)
    WEBP = ("webp", MediaKind.IMAGE)
    TIFF = ("tiff", MediaKind.IMAGE)
    HEIF = ("heif", MediaKind.IMAGE)
    AVIF = ("avif", MediaKind.IMAGE)
    GIF = ("gif", MediaKind.IMAGE)
    BMP = ("bmp", MediaKind.IMAGE)
    NETPBM = ("netpbm", MediaKind.IMAGE)  # PBM, PGM, PPM (binary and plain)
    PSD = ("psd", MediaKind.IMAGE)  # the flattened picture only; layers are dropped
    JXL = ("jxl", MediaKind.IMAGE)  # JPEG XL: bare codestream or ISO-BMFF container
    MP4 = ("mp4", MediaKind.VIDEO)  # also MOV, 3GP: the ISO base media family
    MATROSKA = ("matroska", MediaKind.VIDEO)  # MKV and WebM
    AVI = ("avi", MediaKind.VIDEO)
    MPEG_TS = ("mpegts", MediaKind.VIDEO)  # .ts, .mts, .m2ts
    ASF = ("asf", MediaKind.VIDEO)  # WMV, ASF
    MPEG_PS = ("mpegps", MediaKind.VIDEO)  # .mpg, .mpeg, .vob, .mod (camcorders, DVDs)
    FLV = ("flv", MediaKind.VIDEO)  # Flash video

    def __init__(self, label: str, kind: MediaKind) -> None:
        self.label = label
        self.kind = kind


# ISO-BMFF 'ftyp' major/compatible brands that mean a still image (HEIF family) rather than a movie.
_HEIF_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1", b"mif2"}
_AVIF_BRANDS = {b"avif", b"avis"}
# TIFF-based raw formats: refused, a RAW file carries far more than its pixels and we cannot decode it.
_RAW_EXTENSION_HINT = {".dng", ".cr2", ".nef", ".arw", ".orf", ".rw2", ".pef", ".srw", ".raf", ".3fr"}

# The ASF header object's GUID, with which every WMV and ASF file starts.
_ASF_HEADER = bytes.fromhex("3026B2758E66CF11A6D900AA0062CE6C")
# JPEG XL: the bare codestream, and the container's 12-byte signature box.
_JXL_SIGNATURES = (b"\xff\x0a", b"\x00\x00\x00\x0cJXL \r\n\x87\n")

_HEADER_BYTES = 4096
# The two byte orders a TIFF header (and an EXIF block, which is one) starts with.
TIFF_SIGNATURES = (b"II*\x00", b"MM\x00*")


def _iso_brands(head: bytes) -> set[bytes]:
    size = int.from_bytes(head[0:4], "big")
    end = min(max(size, 16), len(head))
    brands = {head[8:12]}
    brands.update(head[i : i + 4] for i in range(16, end - 3, 4))
    return brands


def _looks_like_mpegts(head: bytes) -> bool:
    for stride, offset in ((188, 0), (192, 4)):  # plain TS, and M2TS with its 4-byte timecode
        if len(head) >= offset + 2 * stride + 1 and all(
            head[offset + k * stride] == 0x47 for k in range(3) if offset + k * stride < len(head)
        ):
            return True
    return False


def _tiff_is_raw(path: Path, head: bytes) -> bool:
    # DNG writes DNGVersion (tag 0xC612) in IFD0; checking its bytes in the header is a cheap, safe hint.
    little = head[:2] == b"II"
    tag = (0xC612).to_bytes(2, "little" if little else "big")
    return tag in head or path.suffix.lower() in _RAW_EXTENSION_HINT


_SPECIAL_FILES = ((stat.S_ISFIFO, "fifo", "named pipe"), (stat.S_ISSOCK, "socket", "socket"),
                  (stat.S_ISCHR, "device", "character device"), (stat.S_ISBLK, "device", "block device"))


def not_a_file(path: Path) -> NotAFile | None:
    """Why ``path`` is no file at all (a link to nothing, a FIFO, a socket, a device), so that the user
    is told what it is; None for anything else (a missing path or a regular file: opening it says)."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return NotAFile(path, "broken symbolic link", kind="dangling-link") if os.path.islink(path) else None
    except (OSError, ValueError):
        return None
    for test, kind, name in _SPECIAL_FILES:
        if test(mode):
            return NotAFile(path, name, kind=kind)
    return None


def _read_head(path: Path) -> bytes:
    """The first bytes of a *regular* file. A FIFO, socket or device (found while walking a folder, or
    named on purpose) is refused: opening a FIFO for reading blocks forever, and /dev/zero or
    /dev/urandom never end. O_NONBLOCK makes the open itself return at once; it has no effect on the
    reads of a regular file."""
    special = not_a_file(path)
    if special is not None:
        raise special
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as e:  # missing, dangling symlink, symlink loop, no permission, name too long
        raise UnreadableFile(path, f"cannot open: {e.strerror or e}") from e
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise UnreadableFile(path, "not a regular file")
        with os.fdopen(fd, "rb", closefd=False) as f:
            return f.read(_HEADER_BYTES)
    finally:
        os.close(fd)


def sniff(path: Path) -> MediaFormat:
    """Return the file's format, or raise EmptyFile / UnsupportedFormat / RefusedFormat."""
    head = _read_head(path)
    if not head:
        raise EmptyFile(path)
    if head.startswith(b"\xff\xd8\xff"):
        return MediaFormat.JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return MediaFormat.PNG
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return MediaFormat.WEBP
    if head[:4] == b"RIFF" and head[8:12] == b"AVI ":
        return MediaFormat.AVI
    if head[:4] in TIFF_SIGNATURES:
        if _tiff_is_raw(path, head):
            raise RefusedFormat(path, "camera RAW", kind="raw")
        return MediaFormat.TIFF
    if head[:4] in (b"II+\x00", b"MM\x00+"):
        raise UnsupportedFormat(path, "BigTIFF", kind="bigtiff")
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return MediaFormat.GIF
    if head[:2] == b"BM" and len(head) >= 26:
        return MediaFormat.BMP
    if head[:1] == b"P" and head[1:2] in (b"1", b"2", b"3", b"4", b"5", b"6") and head[2:3].isspace():
        return MediaFormat.NETPBM
    if head[:4] == b"8BPS":
        if head[4:6] == b"\x00\x01":
            return MediaFormat.PSD
        raise UnsupportedFormat(path, "Photoshop large document (PSB)", kind="psb")
    if head.startswith(_JXL_SIGNATURES):
        return MediaFormat.JXL
    if head[:4] == b"\x1a\x45\xdf\xa3":
        return MediaFormat.MATROSKA
    if head[4:8] == b"ftyp":
        brands = _iso_brands(head)
        if brands & _AVIF_BRANDS:
            return MediaFormat.AVIF
        if head[8:12] in _HEIF_BRANDS or (brands & _HEIF_BRANDS and head[8:12] not in {b"qt  ", b"isom"}):
            return MediaFormat.HEIF
        if head[8:12] in {b"crx "}:
            raise RefusedFormat(path, "camera RAW (CR3)", kind="raw")
        return MediaFormat.MP4
    if head.startswith(_ASF_HEADER):
        return MediaFormat.ASF
    if head[:4] == b"\x00\x00\x01\xba":  # an MPEG program stream's pack header
        return MediaFormat.MPEG_PS
    if head[:4] == b"FLV\x01":
        return MediaFormat.FLV
    if head[4:8] in (b"moov", b"mdat", b"wide", b"free", b"skip"):
        return MediaFormat.MP4  # old QuickTime files without 'ftyp'
    if _looks_like_mpegts(head):
        return MediaFormat.MPEG_TS
    raise UnsupportedFormat(path, "unknown content", kind="unknown")
