"""Hostile inputs made by the tests themselves (no binary blobs): broken, lying and booby-trapped files.

Every builder returns bytes (or writes a file) from a fixed seed, so a failure is reproducible. The
catalogue :func:`hostile_cases` lists each case with the file name it is saved under and what the app
must do with it (refuse with a typed error, or clean it).

Also here: :func:`cli_main_with_fakes`, the entry point the subprocess tests run instead of the real
``anonymizer-cli`` when the real face model is not the point (a fake detector, and optional slow steps
that widen the window in which a temp file exists, for the SIGKILL / SIGINT tests).
"""

from __future__ import annotations

import io
import os
import random
import struct
import sys
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image

# ---------------------------------------------------------------------------------------------- photos


def noise_rgb(width: int = 96, height: int = 64, seed: int = 0) -> np.ndarray:
    """Smooth-ish noise: compresses like a photo, never mistaken for a face by the fake detector."""
    rng = np.random.default_rng(seed)
    small = rng.integers(0, 256, size=(max(1, height // 8), max(1, width // 8), 3), dtype=np.uint8)
    return np.asarray(Image.fromarray(small).resize((width, height), Image.Resampling.BILINEAR))


def _save(rgb: np.ndarray, fmt: str, **kw: object) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(rgb).save(buf, fmt, **kw)
    return buf.getvalue()


def jpeg_bytes(width: int = 96, height: int = 64, seed: int = 0, **kw: object) -> bytes:
    return _save(noise_rgb(width, height, seed), "JPEG", quality=90, **kw)


def png_bytes(width: int = 96, height: int = 64, seed: int = 0) -> bytes:
    return _save(noise_rgb(width, height, seed), "PNG")


def heic_bytes(width: int = 96, height: int = 64, seed: int = 0) -> bytes:
    from pillow_heif import register_heif_opener

    register_heif_opener()
    return _save(noise_rgb(width, height, seed), "HEIF", quality=80)


def heic_with_ispe(width: int, height: int, data: bytes | None = None) -> bytes:
    """A real HEIC whose image-spatial-extents box ('ispe') declares ``width`` x ``height``."""
    out = bytearray(heic_bytes(96, 64) if data is None else data)
    i = out.find(b"ispe")
    struct.pack_into(">II", out, i + 8, width, height)
    return bytes(out)


def heic_clap_bomb() -> bytes:
    """A HEIC whose clean-aperture box ('clap') crops it to 24x16 (what Pillow reports at open) while
    its 'ispe' declares 16777280x64 (what libheif would allocate): found by the decode fuzz target."""
    data = bytearray(heic_bytes(96, 64))
    ispe = data.find(b"ispe") - 4
    clap = (struct.pack(">I", 40) + b"clap" + struct.pack(">8I", 24, 1, 16, 1, 0xFFFFFFD8, 2, 0xFFFFFFD0, 2))
    ipco = data.find(b"ipco") - 4
    # Insert 'clap' right after 'ispe' in 'ipco' and fix the enclosing sizes. The item's property
    # associations ('ipma') count by position, so the one that followed 'ispe' now names 'clap'.
    end_ispe = ispe + struct.unpack_from(">I", data, ispe)[0]
    data[end_ispe:end_ispe] = clap
    for box in (ipco, data.find(b"iprp") - 4, data.find(b"meta") - 4):
        struct.pack_into(">I", data, box, struct.unpack_from(">I", data, box)[0] + len(clap))
    return heic_with_ispe(16_777_280, 64, bytes(data))


def gif_animated_bytes() -> bytes:
    frames = [Image.fromarray(noise_rgb(32, 32, s)).convert("P") for s in range(3)]
    buf = io.BytesIO()
    frames[0].save(buf, "GIF", save_all=True, append_images=frames[1:], duration=100, loop=0)
    return buf.getvalue()


def truncated(data: bytes, fraction: float) -> bytes:
    return data[: max(1, int(len(data) * fraction))]


# --- PNG by hand


def png_chunk(kind: bytes, body: bytes, crc: int | None = None) -> bytes:
    crc = zlib.crc32(kind + body) if crc is None else crc
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc & 0xFFFFFFFF)


PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_declared(width: int, height: int, bit_depth: int = 8, colour: int = 2, idat: bytes | None = None,
                 extra: bytes = b"") -> bytes:
    """A PNG whose header declares ``width`` x ``height``, with whatever IDAT we like (default: tiny)."""
    ihdr = struct.pack(">IIBBBBB", width, height, bit_depth, colour, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 64) if idat is None else idat
    return (PNG_SIGNATURE + png_chunk(b"IHDR", ihdr) + extra + png_chunk(b"IDAT", idat)
            + png_chunk(b"IEND", b""))


def png_deep_bomb(width: int = 15_000, height: int = 15_000) -> bytes:
    """A *valid* 1-bit PNG whose ~30 kB of zlib inflate to width x height pixels (225 MP by default)."""
    row = b"\x00" + b"\x00" * ((width + 7) // 8)
    comp = zlib.compressobj(9)
    parts = [comp.compress(row * 1000) for _ in range(height // 1000)]
    parts.append(comp.compress(row * (height % 1000)))
    parts.append(comp.flush())
    return png_declared(width, height, bit_depth=1, colour=0, idat=b"".join(parts))


def png_with_chunk(kind: bytes, body: bytes) -> bytes:
    """A small good PNG with one extra chunk inserted right after IHDR."""
    data = png_bytes(48, 32)
    ihdr_end = 8 + 8 + 13 + 4
    return data[:ihdr_end] + png_chunk(kind, body) + data[ihdr_end:]


def ztxt_bomb(megabytes: int = 16) -> bytes:
    """A zTXt body whose few kB inflate to ``megabytes`` MB of text."""
    comp = zlib.compressobj(9)
    block = b"A" * (1 << 20)
    data = b"".join(comp.compress(block) for _ in range(megabytes)) + comp.flush()
    return b"Comment\x00\x00" + data


# --- JPEG by hand


def jpeg_with_sof_size(width: int, height: int) -> bytes:
    """A real small JPEG whose SOF0 segment is patched to declare ``width`` x ``height``."""
    data = bytearray(jpeg_bytes(32, 32))
    i = data.find(b"\xff\xc0")
    assert i > 0, "baseline JPEG expected"
    struct.pack_into(">HH", data, i + 5, height, width)
    return bytes(data)


def jpeg_with_app1(tiff: bytes, width: int = 64, height: int = 48) -> bytes:
    """A good JPEG with ``tiff`` as its EXIF (APP1 'Exif\\0\\0' + TIFF), inserted raw after SOI."""
    body = b"Exif\x00\x00" + tiff
    assert len(body) + 2 <= 0xFFFF
    seg = b"\xff\xe1" + struct.pack(">H", len(body) + 2) + body
    data = jpeg_bytes(width, height)
    return data[:2] + seg + data[2:]


# --- raw TIFF / EXIF structures, little endian

SHORT, LONG, ASCII, UNDEFINED = 3, 4, 2, 7


def ifd(entries: list[tuple[int, int, int, bytes | int]], next_ifd: int = 0, count: int | None = None) -> bytes:
    """An IFD: entries of (tag, type, count, 4-byte value or int), then the next-IFD offset."""
    out = struct.pack("<H", len(entries) if count is None else count)
    for tag, typ, cnt, value in entries:
        raw = struct.pack("<I", value) if isinstance(value, int) else value.ljust(4, b"\x00")[:4]
        out += struct.pack("<HHI", tag, typ, cnt) + raw
    return out + struct.pack("<I", next_ifd)


def tiff(ifd0: bytes, tail: bytes = b"") -> bytes:
    """A little-endian TIFF header with IFD0 at offset 8, then ``tail`` (for data that offsets reach)."""
    return b"II*\x00" + struct.pack("<I", 8) + ifd0 + tail


def orientation_exif(value: int) -> bytes:
    return tiff(ifd([(0x0112, SHORT, 1, struct.pack("<H", value))]))


def _h(v: int) -> bytes:
    return struct.pack("<H", v)


EXIF_CASES: dict[str, Callable[[], bytes]] = {
    "orientation-0": lambda: orientation_exif(0),
    "orientation-9": lambda: orientation_exif(9),
    "orientation-65535": lambda: orientation_exif(65535),
    # Orientation as a LONG array whose data offset points far outside the block.
    "orientation-bad-offset": lambda: tiff(ifd([(0x0112, LONG, 1000, 0x7FFFFFF0)])),
    # IFD0's next-IFD pointer points back at IFD0: a reader that follows the chain never stops.
    "ifd-loop-self": lambda: tiff(ifd([(0x010F, ASCII, 4, b"Cam\x00")], next_ifd=8)),
    # The Exif sub-IFD pointer points back at IFD0, which points at the Exif IFD again.
    "exif-ifd-loop": lambda: tiff(ifd([(0x8769, LONG, 1, 8), (0x8825, LONG, 1, 8)])),
    # An ASCII tag claiming 4 GB of text.
    "giant-count": lambda: tiff(ifd([(0x010F, ASCII, 0xFFFFFFFF, 26), (0x0110, ASCII, 0x7FFFFFFF, 26)]),
                                b"Canon\x00"),
    # An IFD claiming 65535 entries with three present.
    "giant-entry-count": lambda: tiff(ifd([(0x010F, ASCII, 4, b"Cam\x00")] * 3, count=0xFFFF)),
    # Every offset outside the block: GPS IFD, Exif IFD, next IFD, a string.
    "wrong-offsets": lambda: tiff(ifd([(0x0110, ASCII, 20, 0xFFFFFFF0), (0x8825, LONG, 1, 0x00FFFFFF),
                                       (0x8769, LONG, 1, 0xFFFFFFFF)], next_ifd=0xFFFFFF00)),
    # IFD1 with a thumbnail whose offset and length lie.
    "thumbnail-lies": lambda: tiff(ifd([(0x0112, SHORT, 1, _h(1))], next_ifd=26),
                                   ifd([(0x0201, LONG, 1, 0xFFFFFFF0), (0x0202, LONG, 1, 0x7FFFFFFF)])),
    # GPS IFD whose latitude is a RATIONAL array with a denominator of zero and a bogus count.
    "gps-garbage": lambda: tiff(ifd([(0x8825, LONG, 1, 26)]),
                                ifd([(0x0001, ASCII, 2, b"N\x00"), (0x0002, 5, 3, 44)])
                                + struct.pack("<6I", 1, 0, 2, 0, 3, 0)),
    # Not even the byte-order mark is right.
    "bad-byte-order": lambda: b"XX*\x00" + struct.pack("<I", 8) + ifd([(0x0112, SHORT, 1, _h(6))]),
    # The IFD0 offset points past the end.
    "ifd0-past-end": lambda: b"II*\x00" + struct.pack("<I", 0xFFFFFFF0),
    # A block cut in the middle of an entry.
    "cut-mid-entry": lambda: tiff(ifd([(0x0112, SHORT, 1, _h(3)), (0x010F, ASCII, 4, b"Cam\x00")]))[:17],
}


def tiff_bad_second_page() -> bytes:
    """A valid 1x1 grey TIFF whose next-IFD pointer leads to a page without width or height (Pillow's
    TIFF plugin raises TypeError("Missing dimensions") while counting the pages)."""
    ifd0_size = 2 + 8 * 12 + 4
    ifd1_at = 8 + ifd0_size
    pixel_at = ifd1_at + 2 + 12 + 4
    page1 = ifd([(256, SHORT, 1, _h(1)), (257, SHORT, 1, _h(1)), (258, SHORT, 1, _h(8)), (259, SHORT, 1, _h(1)),
                 (262, SHORT, 1, _h(1)), (273, LONG, 1, pixel_at), (278, SHORT, 1, _h(1)), (279, LONG, 1, 1)],
                next_ifd=ifd1_at)
    page2 = ifd([(0x010F, ASCII, 4, b"Cam\x00")])
    return tiff(page1, page2 + b"\x80")


# ---------------------------------------------------------------------------------------------- videos


def mp4_bytes(frames: int = 12, width: int = 64, height: int = 48, audio: bool = False,
              video: bool = True, codec: str = "libx264") -> bytes:
    """A small MP4 made with PyAV: ``frames`` frames of moving noise, optionally a sine audio track."""
    import av

    buf = io.BytesIO()
    with av.open(buf, "w", format="mp4") as out:
        vs = out.add_stream(codec, rate=12) if video else None
        if vs is not None:
            vs.width, vs.height, vs.pix_fmt = width, height, "yuv420p"
            if codec == "libx264":
                vs.options = {"preset": "ultrafast"}
        aus = out.add_stream("aac", rate=22050) if audio else None
        if vs is not None:
            for i in range(frames):
                frame = av.VideoFrame.from_ndarray(noise_rgb(width, height, i), format="rgb24")
                for packet in vs.encode(frame):
                    out.mux(packet)
            for packet in vs.encode(None):
                out.mux(packet)
        if aus is not None:
            samples = 1024
            t = np.arange(samples * 10) / 22050
            wave = (0.2 * np.sin(2 * np.pi * 440 * t)).astype(np.float32)
            for k in range(10):
                af = av.AudioFrame.from_ndarray(wave[None, k * samples:(k + 1) * samples], format="fltp",
                                                layout="mono")
                af.sample_rate = 22050
                af.pts = k * samples
                for packet in aus.encode(af):
                    out.mux(packet)
            for packet in aus.encode(None):
                out.mux(packet)
    return buf.getvalue()


def _box(data: bytes, kind: bytes) -> tuple[int, int]:
    """(start of payload, end) of the first top-level ISO-BMFF box of ``kind``."""
    pos = 0
    while pos + 8 <= len(data):
        size, typ = struct.unpack(">I4s", data[pos:pos + 8])
        header = 8
        if size == 1:
            size = struct.unpack(">Q", data[pos + 8:pos + 16])[0]
            header = 16
        elif size == 0:
            size = len(data) - pos
        if typ == kind:
            return pos + header, pos + size
        pos += size
    raise ValueError(f"no {kind!r} box")


def corrupt_mdat(data: bytes, seed: int = 1) -> bytes:
    """Overwrite the middle third of the media data with random bytes (headers intact)."""
    start, end = _box(data, b"mdat")
    a, b = start + (end - start) // 3, start + 2 * (end - start) // 3
    rng = random.Random(seed)
    return data[:a] + bytes(rng.randrange(256) for _ in range(b - a)) + data[b:]


def zero_frame_mp4() -> bytes:
    """An MP4 with a video track that has no samples (ftyp + moov with an empty stbl), built by hand."""
    def box(kind: bytes, payload: bytes) -> bytes:
        return struct.pack(">I", 8 + len(payload)) + kind + payload

    def full(kind: bytes, payload: bytes) -> bytes:
        return box(kind, b"\x00\x00\x00\x00" + payload)

    mvhd = full(b"mvhd", struct.pack(">IIII", 0, 0, 1000, 0) + b"\x00\x01\x00\x00\x01\x00" + b"\x00" * 10
                + struct.pack(">9I", 0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x40000000) + b"\x00" * 24
                + struct.pack(">I", 2))
    tkhd = box(b"tkhd", b"\x00\x00\x00\x03" + struct.pack(">IIIII", 0, 0, 1, 0, 0) + b"\x00" * 8
               + b"\x00" * 8 + struct.pack(">9I", 0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x40000000)
               + struct.pack(">II", 64 << 16, 48 << 16))
    mdhd = full(b"mdhd", struct.pack(">IIII", 0, 0, 12, 0) + b"\x55\xc4\x00\x00")
    hdlr = full(b"hdlr", b"\x00" * 4 + b"vide" + b"\x00" * 12 + b"v\x00")
    avc1 = box(b"avc1", b"\x00" * 6 + b"\x00\x01" + b"\x00" * 16 + struct.pack(">HH", 64, 48)
               + struct.pack(">II", 0x480000, 0x480000) + b"\x00" * 4 + b"\x00\x01" + b"\x00" * 32
               + b"\x00\x18\xff\xff")
    stbl = box(b"stbl", full(b"stsd", struct.pack(">I", 1) + avc1) + full(b"stts", b"\x00" * 4)
               + full(b"stsc", b"\x00" * 4) + full(b"stsz", b"\x00" * 8) + full(b"stco", b"\x00" * 4))
    vmhd = full(b"vmhd", b"\x00" * 8)
    dinf = box(b"dinf", full(b"dref", struct.pack(">I", 1) + box(b"url ", b"\x00\x00\x00\x01")))
    minf = box(b"minf", vmhd + dinf + stbl)
    trak = box(b"trak", tkhd + box(b"mdia", mdhd + hdlr + minf))
    ftyp = box(b"ftyp", b"isom\x00\x00\x02\x00isomiso2avc1mp41")
    return ftyp + box(b"moov", mvhd + trak)


# ---------------------------------------------------------------------------------------------- catalogue


@dataclass(frozen=True)
class Case:
    """One hostile file: ``expect`` is "error" (refused, typed reason), "ok" (cleaned), or "either"."""

    id: str
    format: str  # the *real* content, for the report table
    name: str  # the file name it is saved under (extension may lie)
    make: Callable[[], bytes]
    expect: str = "error"
    video: bool = False  # needs anonymizer.core.video to mean anything


def _random(n: int, seed: int) -> bytes:
    return random.Random(seed).randbytes(n)


def hostile_cases() -> list[Case]:
    cases: list[Case] = []
    text = b"Hello, this is not a photo.\nJust text pretending.\n" * 20
    for ext in ("jpg", "png", "heic", "mp4"):
        cases += [
            Case(f"zero-byte-{ext}", "empty", f"empty.{ext}", lambda: b""),
            Case(f"text-as-{ext}", "text", f"notes.{ext}", lambda: text),
            Case(f"random-as-{ext}", "random", f"random.{ext}", lambda e=ext: _random(5000, hash(e) & 0xFFFF)),
        ]
    cases.append(Case("html-as-jpg", "text", "page.jpg", lambda: b"<!DOCTYPE html><html><body>x</body></html>"))

    # JPEG
    for frac in (0.02, 0.1, 0.5, 0.9):
        cases.append(Case(f"jpeg-truncated-{int(frac * 100)}", "jpeg", f"cut{int(frac * 100)}.jpg",
                          lambda f=frac: truncated(jpeg_bytes(96, 64), f)))
    cases.append(Case("jpeg-progressive-truncated-60", "jpeg", "prog.jpg",
                      lambda: truncated(jpeg_bytes(96, 64, progressive=True), 0.6)))
    cases.append(Case("jpeg-soi-only", "jpeg", "soi.jpg", lambda: b"\xff\xd8\xff"))
    cases.append(Case("jpeg-declared-65500x65500", "jpeg", "bomb.jpg", lambda: jpeg_with_sof_size(65500, 65500)))
    cases.append(Case("jpeg-declared-0x0", "jpeg", "zero.jpg", lambda: jpeg_with_sof_size(0, 0)))
    cases.append(Case("jpeg-missing-eoi", "jpeg", "noeoi.jpg", lambda: jpeg_bytes(96, 64)[:-2], expect="either"))
    cases.append(Case("jpeg-trailing-mp4", "jpeg", "motion.jpg",
                      lambda: jpeg_bytes(96, 64) + mp4_bytes(frames=2), expect="ok"))
    for name, make in EXIF_CASES.items():
        cases.append(Case(f"jpeg-exif-{name}", "jpeg", f"exif-{name}.jpg",
                          lambda m=make: jpeg_with_app1(m()), expect="ok"))

    # PNG
    for frac in (0.05, 0.3, 0.7, 0.97):
        cases.append(Case(f"png-truncated-{int(frac * 100)}", "png", f"cut{int(frac * 100)}.png",
                          lambda f=frac: truncated(png_bytes(96, 64), f)))
    cases.append(Case("png-declared-100000x100000", "png", "huge.png", lambda: png_declared(100_000, 100_000)))
    cases.append(Case("png-declared-0x10", "png", "zerow.png", lambda: png_declared(0, 10)))
    cases.append(Case("png-deep-compression-225MP", "png", "deep.png", png_deep_bomb))
    cases.append(Case("png-idat-too-short", "png", "short.png", lambda: png_declared(64, 64)))
    cases.append(Case("png-bad-ihdr-crc", "png", "crc.png",
                      lambda: PNG_SIGNATURE + png_chunk(b"IHDR", struct.pack(">IIBBBBB", 8, 8, 8, 2, 0, 0, 0),
                                                         crc=0) + png_chunk(b"IEND", b"")))
    cases.append(Case("png-chunk-length-2GB", "png", "len.png",
                      lambda: png_bytes(32, 32)[:33] + struct.pack(">I", 0x7FFFFFFF) + b"tEXt" + b"a" * 64))
    cases.append(Case("png-ztxt-bomb-16MB", "png", "ztxt.png", lambda: png_with_chunk(b"zTXt", ztxt_bomb()),
                      expect="either"))
    cases.append(Case("png-exif-loop", "png", "exifloop.png",
                      lambda: png_with_chunk(b"eXIf", EXIF_CASES["exif-ifd-loop"]()), expect="ok"))
    cases.append(Case("png-exif-giant-count", "png", "exifcount.png",
                      lambda: png_with_chunk(b"eXIf", EXIF_CASES["giant-count"]()), expect="ok"))
    cases.append(Case("png-as-jpg", "png", "really-a-png.jpg", lambda: png_bytes(64, 48), expect="ok"))

    # HEIC
    for frac in (0.05, 0.3, 0.6, 0.95):
        cases.append(Case(f"heic-truncated-{int(frac * 100)}", "heic", f"cut{int(frac * 100)}.heic",
                          lambda f=frac: truncated(heic_bytes(96, 64), f)))
    cases.append(Case("heic-brand-then-garbage", "heic", "garbage.heic",
                      lambda: b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + _random(3000, 7)))
    cases.append(Case("heic-as-jpg", "heic", "really-a-heic.jpg", lambda: heic_bytes(64, 48), expect="ok"))
    cases.append(Case("heic-declared-70000x70000", "heic", "bomb.heic", lambda: heic_with_ispe(70_000, 70_000)))
    cases.append(Case("heic-cropped-to-small-coded-huge", "heic", "clap.heic", heic_clap_bomb))

    # other stills
    # cleaned frame by frame since issue 16 (core/video/animation.py), no longer refused
    cases.append(Case("gif-animated", "gif", "anim.gif", gif_animated_bytes, expect="ok"))
    cases.append(Case("tiff-dng-tag", "tiff", "raw.tif",
                      lambda: tiff(ifd([(0xC612, 1, 4, b"\x01\x04\x00\x00")]))))
    cases.append(Case("bigtiff", "tiff", "big.tif", lambda: b"II+\x00\x08\x00\x00\x00" + b"\x00" * 64))
    cases.append(Case("tiff-second-page-without-size", "tiff", "pages.tif", tiff_bad_second_page))

    # MP4
    for frac in (0.05, 0.3, 0.6, 0.9):
        cases.append(Case(f"mp4-truncated-{int(frac * 100)}", "mp4", f"cut{int(frac * 100)}.mp4",
                          lambda f=frac: truncated(mp4_bytes(), f), video=True))
    cases.append(Case("mp4-corrupt-mdat", "mp4", "corrupt.mp4", lambda: corrupt_mdat(mp4_bytes(frames=24)),
                      expect="either", video=True))
    cases.append(Case("mp4-audio-only", "mp4", "voice.m4a", lambda: mp4_bytes(audio=True, video=False),
                      video=True))
    cases.append(Case("mp4-audio-only-as-mp4", "mp4", "voice.mp4", lambda: mp4_bytes(audio=True, video=False),
                      video=True))
    cases.append(Case("mp4-zero-frames", "mp4", "empty-track.mp4", zero_frame_mp4, video=True))
    cases.append(Case("mp4-moov-only-header", "mp4", "ftyp.mp4",
                      lambda: b"\x00\x00\x00\x14ftypisom\x00\x00\x02\x00isom", video=True))
    cases.append(Case("mp4-as-jpg", "mp4", "really-a-video.jpg", lambda: mp4_bytes(), expect="ok", video=True))
    return cases


# ---------------------------------------------------------------------------------------------- helpers


def sha256(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def temp_leftovers(folder: Path) -> list[str]:
    """Names of the pipeline's temp files (``.anonymizer-*``) in ``folder``."""
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".anonymizer-"))


class FakeDetector:
    """Finds one 'face' in the middle of any image that is wider than 40 px: cheap and deterministic."""

    def detect(self, rgb: np.ndarray, cancel: object = None) -> list[object]:
        from anonymizer.core.models import Box, Detection

        h, w = rgb.shape[:2]
        if w <= 40 or h <= 40:
            return []
        return [Detection(Box(w / 3, h / 3, w / 4, h / 4), 0.9)]


def install_fake_detector(monkeypatch: object | None = None) -> None:
    """Replace the model with :class:`FakeDetector` (via ``monkeypatch`` when given)."""
    import anonymizer.core.detection as detection

    def fake_get_detector(options: object = None) -> FakeDetector:
        return FakeDetector()

    if monkeypatch is not None:
        monkeypatch.setattr(detection, "get_detector", fake_get_detector)  # type: ignore[attr-defined]
    else:
        detection.get_detector = fake_get_detector  # type: ignore[assignment]


# Environment knobs read only by cli_main_with_fakes (never by the app).
ENV_FAKE_DETECTOR = "HOSTILE_FAKE_DETECTOR"
ENV_SLOW_VERIFY = "HOSTILE_SLOW_VERIFY"  # seconds to sleep after verification, temp file present
ENV_FAULTS = "HOSTILE_FAULTS"  # "SEED:RATE": photos fail at random in the encoder or on a full disk
ENV_SLOW_FRAMES = "HOSTILE_SLOW_FRAMES"  # seconds to sleep after writing each video frame


def cli_main_with_fakes() -> None:
    """``python -c 'from tests.hostile_factory import cli_main_with_fakes; cli_main_with_fakes()' ARGS``."""
    import time

    from anonymizer import cli
    from anonymizer.core import isolation, pipeline

    isolation.use_in_process()  # the patches below live in this process; a worker would not see them
    if os.environ.get(ENV_FAKE_DETECTOR):
        install_fake_detector()
    slow = float(os.environ.get(ENV_SLOW_VERIFY, "0") or 0)
    if slow:
        real_verify = pipeline._verify_photo

        def slow_verify(*args: object, **kwargs: object) -> None:
            real_verify(*args, **kwargs)  # type: ignore[arg-type]
            end = time.monotonic() + slow
            while time.monotonic() < end:  # a busy-ish wait: signals are delivered between sleeps
                time.sleep(0.05)

        pipeline._verify_photo = slow_verify  # type: ignore[assignment]
    if os.environ.get(ENV_FAULTS):
        _inject_faults(*os.environ[ENV_FAULTS].split(":"))
    if os.environ.get(ENV_SLOW_FRAMES):
        _slow_frames(float(os.environ[ENV_SLOW_FRAMES]))
    sys.exit(cli.main(sys.argv[1:]))


def _inject_faults(seed: str, rate: str) -> None:
    """At random (seeded) points: the encoder fails, or the disk fills up halfway through the temp file
    (half the bytes written, then the error the real writer raises for ENOSPC)."""
    import errno
    import random

    from anonymizer.core import pipeline
    from anonymizer.core.errors import EncoderFailed, OutputError

    rng, chance = random.Random(int(seed)), float(rate)
    real_encode, real_write = pipeline.encode_image, pipeline.write_bytes_durably

    def encode(*args: object, **kwargs: object) -> bytes:
        if rng.random() < chance:
            raise EncoderFailed(None, "injected encoder fault")
        return real_encode(*args, **kwargs)  # type: ignore[arg-type]

    def write(path: Path, data: bytes) -> None:
        if rng.random() < chance:
            real_write(path, data[: len(data) // 2])
            raise OutputError(path.parent, "cannot write the output: No space left on device") from OSError(
                errno.ENOSPC, os.strerror(errno.ENOSPC))
        real_write(path, data)

    pipeline.encode_image, pipeline.write_bytes_durably = encode, write  # type: ignore[assignment]


def _slow_frames(seconds: float) -> None:
    import time

    from anonymizer.core.video import encode

    real = encode.VideoWriter.write

    def slow(self: object, *args: object) -> None:
        real(self, *args)  # type: ignore[arg-type]
        time.sleep(seconds)

    encode.VideoWriter.write = slow  # type: ignore[method-assign]


# ---------------------------------------------------------------------------------------------- the CLI

REPO = Path(__file__).resolve().parents[1]


def cli_command(fake: bool = False) -> list[str]:
    """The real console script, or (``fake``) the same CLI with the fake detector and slow-step knobs."""
    if fake:
        return [sys.executable, "-c", "from tests.hostile_factory import cli_main_with_fakes; cli_main_with_fakes()"]
    script = Path(sys.executable).parent / "anonymizer-cli"
    return [str(script)] if script.exists() else [sys.executable, "-m", "anonymizer.cli"]


def cli_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    env.setdefault("PYTHONIOENCODING", "utf-8")  # strict UTF-8 streams: the hardest case for file names
    env.update(extra)
    return env


def parse_json_lines(stdout: str) -> list[dict[str, object]]:
    import json

    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def assert_no_traceback(stderr: str) -> None:
    assert "Traceback" not in stderr and 'File "' not in stderr, stderr


def ctrl_c_as_in_a_terminal() -> None:
    """For ``preexec_fn``: Ctrl-C's default action in the child, as a terminal gives it. A test run started
    in the background by a non-interactive shell inherits SIGINT ignored, and Python then never turns
    Ctrl-C into KeyboardInterrupt: the tests of what Ctrl-C does would test nothing."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_DFL)


# What to pass as ``preexec_fn`` (POSIX only: Windows refuses any).
CTRL_C_DEFAULT = ctrl_c_as_in_a_terminal if os.name == "posix" else None

