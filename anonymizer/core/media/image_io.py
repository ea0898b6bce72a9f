"""Decode any supported photo to upright 8-bit sRGB pixels, and encode pixels into a brand-new file.

Nothing of the input file except its pixels reaches the output: the encoder is handed a numpy array,
never the decoded ``Image`` with its ``info`` dict (which carries EXIF, ICC, XMP, comments).
"""

from __future__ import annotations

import io
import os
import struct
import warnings
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageCms, ImageFile

from anonymizer.core.errors import CorruptFile, DecompressionBomb, EncoderFailed, RefusedFormat, UnsafeFile
from anonymizer.core.media.sniff import MediaFormat

# A 200 MP phone photo is the largest honest input we expect; beyond this a declared size is a bomb.
MAX_PIXELS = 210_000_000
# An animation's cleaned frames are held until the file is written (Pillow writes GIF and animated WebP
# in one call): beyond this many bytes of RGB frames it is refused, with the advice to make it a video.
MAX_ANIMATION_BYTES = 1 << 30
# ... and each frame is decoded onto a canvas of the declared size: two 4K UHD frames' worth at most (a
# fuzzed WebP declaring 10551312x12 took minutes and gigabytes per frame; tests/fuzz/test_fuzz_decode.py).
MAX_ANIMATION_PIXELS = 2 * 3840 * 2160
# Alpha is flattened onto this colour: whatever hid under transparent pixels is gone for good.
FLATTEN_COLOUR = (255, 255, 255)

# What Pillow's plugins raise on damaged input besides OSError: a corrupt TIFF directory surfaces as
# TypeError ("Missing dimensions") or KeyError, a broken palette as IndexError, and so on.
_DECODER_FAILURES = (OSError, SyntaxError, ValueError, EOFError, TypeError, KeyError, IndexError,
                     ZeroDivisionError, struct.error)

ImageFile.LOAD_TRUNCATED_IMAGES = False  # a truncated file is an error, never half a picture
Image.MAX_IMAGE_PIXELS = MAX_PIXELS  # our own check runs first; this guards Pillow's internal paths
_SRGB = ImageCms.createProfile("sRGB")

_heif_registered = False


def _register_heif() -> None:
    global _heif_registered
    if not _heif_registered:
        from pillow_heif import register_heif_opener

        register_heif_opener(thumbnails=False)
        _heif_registered = True


@dataclass(frozen=True)
class DecodedImage:
    """Upright RGB pixels (H, W, 3, uint8) and what was done to get them."""

    rgb: np.ndarray
    source_format: MediaFormat
    orientation: int
    # A Photoshop file's layers, left out: only its flattened picture is decoded (and so cleaned).
    dropped_layers: int = 0


class OutputFormat:
    JPEG = "JPEG"
    PNG = "PNG"
    WEBP = "WEBP"


# Lossless inputs stay lossless; WebP stays WebP; everything else becomes a JPEG.
_OUTPUT_FOR = {
    MediaFormat.PNG: OutputFormat.PNG,
    MediaFormat.WEBP: OutputFormat.WEBP,
    MediaFormat.GIF: OutputFormat.PNG,
    MediaFormat.BMP: OutputFormat.PNG,
    MediaFormat.TIFF: OutputFormat.PNG,
    MediaFormat.NETPBM: OutputFormat.PNG,
    MediaFormat.PSD: OutputFormat.PNG,
}
EXTENSION = {OutputFormat.JPEG: ".jpg", OutputFormat.PNG: ".png", OutputFormat.WEBP: ".webp"}


def output_format_for(source: MediaFormat) -> str:
    return _OUTPUT_FOR.get(source, OutputFormat.JPEG)


def _register_jxl(path: Path) -> None:
    """JPEG XL is read by the Pillow plugin ``pillow-jxl-plugin`` (libjxl through Rust bindings). Where
    it is not installed, the file is refused by name: no other reader is tried."""
    try:
        import pillow_jxl  # noqa: F401 - importing it registers the plugin with Pillow
    except ImportError as e:
        raise RefusedFormat(path, "no JPEG XL decoder installed", kind="jxl") from e


def is_animation(path: Path, fmt: MediaFormat) -> bool:
    """Whether a GIF or WebP has more than one frame: it is then cleaned frame by frame, as a video is
    (video/animation.py); a single-frame one is a still."""
    if fmt not in (MediaFormat.GIF, MediaFormat.WEBP):
        return False
    with open_animation(path, fmt) as im:
        return int(getattr(im, "n_frames", 1)) > 1


def open_animation(path: Path, fmt: MediaFormat) -> Image.Image:
    """An animated GIF or WebP, opened with the same checks as a still (size, bombs, damage); the caller
    reads its frames with :func:`frame_rgb` and closes it."""
    return _open(path, fmt, animation=True)


def frame_rgb(im: Image.Image, path: Path) -> np.ndarray:
    """The current frame of an opened animation as 8-bit sRGB, alpha flattened (as a still's pixels)."""
    try:
        im.load()
        return np.array(_to_srgb(im), dtype=np.uint8)
    except MemoryError as e:
        raise _out_of_memory(path) from e
    except _DECODER_FAILURES as e:
        raise CorruptFile(path, f"cannot decode frame {im.tell()}: {type(e).__name__}") from e


def _open(path: Path, fmt: MediaFormat, animation: bool = False, data: bytes | None = None) -> Image.Image:
    """``data``: the file's bytes when the caller has read them already (``path`` then only names it)."""
    if fmt is MediaFormat.HEIF:
        _register_heif()
    elif fmt is MediaFormat.JXL:
        _register_jxl(path)
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            im = Image.open(path if data is None else io.BytesIO(data))
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as e:
            raise DecompressionBomb(path, str(e), limit=MAX_PIXELS) from e
        except _DECODER_FAILURES as e:
            raise CorruptFile(path, f"cannot open: {e}") from e
        except RuntimeError as e:  # pillow-jxl-plugin reports a damaged JPEG XL so, while opening it
            raise _plugin_failure(path, e) from e
    try:
        _check_opened(im, path, fmt, animation)
    except BaseException:
        im.close()  # every refusal lets go of the file at once (a batch may refuse thousands)
        raise
    return im


def _check_opened(im: Image.Image, path: Path, fmt: MediaFormat, animation: bool = False) -> None:
    width, height = im.size
    if width <= 0 or height <= 0:
        raise CorruptFile(path, "zero-sized image")
    if width * height > MAX_PIXELS:
        raise DecompressionBomb(path, f"{width}x{height}", pixels=width * height, limit=MAX_PIXELS)
    try:
        frames = getattr(im, "n_frames", 1)  # walks every frame's header (TIFF pages, GIF): may hit damage
    except _DECODER_FAILURES as e:
        raise CorruptFile(path, f"cannot read the frames: {e}") from e
    if animation:
        # a single frame is a still (big stills are fine): the limits are an animation's alone
        if frames > 1 and (width * height > MAX_ANIMATION_PIXELS or width * height * 3 * frames > MAX_ANIMATION_BYTES):
            raise RefusedFormat(path, f"{frames} frames of {width}x{height}", kind="animation-too-large")
    elif frames > 1 and fmt in (MediaFormat.GIF, MediaFormat.WEBP):
        # cleaned frame by frame as a video (video/animation.py), never as one still
        raise RefusedFormat(path, "animated image", kind="animation")
    elif frames > 1 and fmt in (MediaFormat.PNG, MediaFormat.JXL):
        raise RefusedFormat(path, "animated image", kind="animated")


def _orientation(im: Image.Image) -> int:
    try:
        value = im.getexif().get(0x0112, 1)
    except Exception:  # noqa: BLE001 - a corrupt EXIF block only loses the rotation, never safety
        return 1
    return value if isinstance(value, int) and 1 <= value <= 8 else 1


def _pending_orientation(im: Image.Image, path: Path, fmt: MediaFormat) -> int:
    """The EXIF-style orientation still to apply after ``load()``."""
    if fmt is MediaFormat.HEIF:
        return _heif_orientation(im, path)
    if fmt is MediaFormat.JXL:
        # JPEG XL keeps its orientation in the codestream header, which libjxl applies while decoding; an
        # EXIF orientation beside it is to be ignored (the JPEG XL spec; libjxl's format overview), and
        # pillow-jxl-plugin writes EXIF 6 over a codestream left unturned, so obeying it would be wrong.
        return 1
    return _orientation(im)


def _heif_orientation(im: Image.Image, path: Path) -> int:
    """The turn still to apply to a decoded HEIC. libheif has already applied its 'irot'/'imir' boxes,
    and pillow_heif then sets the EXIF orientation to 1, keeping the old one in ``original_orientation``.

    Issue 16, bug 4: a HEIC with an EXIF orientation and no 'irot'/'imir' (a third-party iPhone camera
    app) came out sideways. The HEIF standard and MIAF (ISO/IEC 23000-22, 7.3.10.1) say the EXIF
    orientation is informative and a reader ignores it; libheif, libvips and ImageMagick do. But the user
    compares with the phone: iPhone's own camera writes both boxes and EXIF, in agreement, so either rule
    shows those the same; Apple's Photos and Preview turn a HEIC whose only orientation is in EXIF
    (imgproxy#1418, libheif#677), and Android gallery apps read it through ExifInterface (Fresco's
    HeifExifUtil). So: when 'irot' or 'imir' is there, they alone count (EXIF too would turn the photo
    twice); when neither is, the EXIF orientation is applied, as the phones show the photo. (Apple skips
    it in files that also claim the 'miaf' brand, libheif#677; we do not copy that exception: a sideways
    photo is what the bug was.)"""
    value = im.info.get("original_orientation")
    if not isinstance(value, int) or not 1 < value <= 8:
        return 1
    return 1 if _has_heif_transform(path) else value


def _has_heif_transform(path: Path) -> bool:
    """Whether an 'irot' or 'imir' item property is in the file (box headers only, bounds-checked)."""
    from anonymizer.core.metadata import bmff  # here: the metadata package imports this module

    with open(path, "rb") as f:
        end = os.fstat(f.fileno()).st_size
        return any(box.type in (b"irot", b"imir") and b"ipco" in parents for parents, box in bmff.walk(f, 0, end))


def _upright(im: Image.Image, orientation: int) -> Image.Image:
    if orientation == 1:
        return im
    method = {
        2: Image.Transpose.FLIP_LEFT_RIGHT,
        3: Image.Transpose.ROTATE_180,
        4: Image.Transpose.FLIP_TOP_BOTTOM,
        5: Image.Transpose.TRANSPOSE,
        6: Image.Transpose.ROTATE_270,
        7: Image.Transpose.TRANSVERSE,
        8: Image.Transpose.ROTATE_90,
    }[orientation]
    return im.transpose(method)


def _high_bit_depth_to_8bit(im: Image.Image) -> Image.Image:
    arr = np.asarray(im)
    if im.mode == "F":
        peak = float(np.nanmax(arr)) if arr.size else 1.0
        scaled = np.clip(np.nan_to_num(arr) / (peak or 1.0) * 255.0, 0, 255)
    else:
        peak = 65535.0 if arr.max(initial=0) > 255 else 255.0
        scaled = np.clip(arr.astype(np.float64) / peak * 255.0, 0, 255)
    return Image.fromarray(scaled.astype(np.uint8), "L")


def _to_srgb(im: Image.Image) -> Image.Image:
    """Apply an embedded ICC profile so the pixels look right without it; then RGB, alpha flattened."""
    icc = im.info.get("icc_profile")
    if im.mode in ("I;16", "I;16B", "I;16L", "I;16N", "I", "F"):
        im = _high_bit_depth_to_8bit(im)
    has_alpha = im.mode in ("RGBA", "LA", "PA", "RGBa", "La") or (im.mode == "P" and "transparency" in im.info)
    if has_alpha:
        im = im.convert("RGBA")
        base = Image.new("RGB", im.size, FLATTEN_COLOUR)
        base.paste(im, mask=im.getchannel("A"))
        im = base
    if icc and im.mode in ("RGB", "CMYK", "L"):
        try:
            src = ImageCms.ImageCmsProfile(io.BytesIO(icc))
            im = ImageCms.profileToProfile(im, src, _SRGB, outputMode="RGB")
        except (ImageCms.PyCMSError, OSError, ValueError):
            pass  # a broken profile only costs colour accuracy; the pixels are still converted below
    return im.convert("RGB") if im.mode != "RGB" else im


def _plugin_failure(path: Path, e: RuntimeError) -> CorruptFile | DecompressionBomb:
    """pillow_heif reports every libheif failure as a RuntimeError, and pillow-jxl-plugin every libjxl
    one ("Generic Error", found by tests/fuzz/test_fuzz_decode.py). "Security limit exceeded" is a bomb
    that showed Pillow a small (cropped, 'clap') size and libheif a huge coded one ('ispe'), so it got
    past our size check at open; found by tests/fuzz/test_fuzz_decode.py."""
    if "security limit" in str(e).lower():
        return DecompressionBomb(path, str(e), limit=MAX_PIXELS)
    return CorruptFile(path, f"cannot decode: {e}")


def _out_of_memory(path: Path) -> UnsafeFile:
    """A decoder that asks for more memory than the worker's ceiling (core.isolation.limits): not a
    damaged file, one that could not be opened safely."""
    return UnsafeFile(path, "the decoder ran out of memory", reason="memory")


def decode_image(path: Path, fmt: MediaFormat, data: bytes | None = None) -> DecodedImage:
    """Read the whole image (refusing truncation and bombs), upright, as 8-bit sRGB. ``data``: the
    file's bytes, if the caller has read them already (then the file is not opened again)."""
    im = _open(path, fmt, data=data)
    try:
        with im:
            try:
                im.load()
                # Read after load: Pillow's TIFF loader turns the pixels itself while loading and then
                # drops the tag, so an orientation read before load() was applied twice (issue 16).
                orientation = _pending_orientation(im, path, fmt)
                layers = len(getattr(im, "layers", ())) if fmt is MediaFormat.PSD else 0  # walked at open
                rgb_image = _upright(_to_srgb(im), orientation)
                rgb = np.array(rgb_image, dtype=np.uint8)
            except RuntimeError as e:
                raise _plugin_failure(path, e) from e
            except MemoryError as e:
                raise _out_of_memory(path) from e
            except _DECODER_FAILURES as e:
                raise CorruptFile(path, f"cannot decode: {type(e).__name__}") from e
    except Image.DecompressionBombError as e:
        raise DecompressionBomb(path, str(e), limit=MAX_PIXELS) from e
    if rgb.ndim != 3 or rgb.shape[2] != 3:
        raise CorruptFile(path, f"unexpected pixel layout {rgb.shape}")
    return DecodedImage(rgb=np.ascontiguousarray(rgb), source_format=fmt, orientation=orientation,
                        dropped_layers=layers)


def encode_image(rgb: np.ndarray, output_format: str, jpeg_quality: int = 92) -> bytes:
    """Encode pixels into a new file's bytes with no metadata of any kind."""
    if output_format not in EXTENSION:
        raise ValueError(output_format)
    image = Image.fromarray(np.ascontiguousarray(rgb, dtype=np.uint8), "RGB")
    buf = io.BytesIO()
    try:
        if output_format == OutputFormat.JPEG:
            # No optimize=True: Pillow then hands libjpeg one buffer of width x height bytes for the whole
            # file (ImageFile._save, JpegImagePlugin), and a noisy picture at quality 92, 4:4:4 needs more
            # (sensor noise at 640x480: 2.0 bytes a pixel), so libjpeg stopped with "Suspension not
            # allowed here". Plain Huffman tables stream in blocks and never run out; they cost 2%
            # of size (the astronaut photo: 95.6 kB instead of 93.9 kB).
            image.save(buf, "JPEG", quality=jpeg_quality, optimize=False, progressive=False, subsampling=0)
        elif output_format == OutputFormat.PNG:
            image.save(buf, "PNG", optimize=False, compress_level=6)
        else:
            image.save(buf, "WEBP", quality=jpeg_quality, method=4)
    except (OSError, ValueError) as e:  # the pixels decoded fine: this is ours, not a damaged input
        raise EncoderFailed(None, f"{output_format} encoder: {e}") from e
    return buf.getvalue()


def decode_bytes(data: bytes) -> np.ndarray:
    """Decode an output we just wrote (for verification): RGB array."""
    with Image.open(io.BytesIO(data)) as im:
        im.load()
        return np.array(im.convert("RGB"), dtype=np.uint8)
