"""Item 7 of issue 16: PBM/PGM/PPM and Photoshop PSD are cleaned through Pillow (a PSD's flattened
picture only, and the user is told its layers were dropped); JPEG XL through pillow-jxl-plugin where
it is installed, and refused by name where it is not. Files are made in the test, metadata planted."""

from __future__ import annotations

import builtins
import io
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from anonymizer.core.errors import RefusedFormat, UnsupportedFormat
from anonymizer.core.media.sniff import MediaFormat, sniff
from anonymizer.core.models import CleanOptions, FileResult, FileWarning, NamingScheme, Status
from anonymizer.core.output import OutputNamer
from anonymizer.core.pipeline import Edits, clean_file
from anonymizer.finding_text import english_text
from anonymizer.messages import describe, describe_warning
from tests.conftest import ASTRONAUT_FACE
from tests.media_factory import identifying_exif
from tests.stills_factory import COMMENT, LAYER_NAMES, netpbm_bytes, psd_bytes

XMP = (b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
       b'<rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="55,45.348N" '
       b'exif:GPSLongitude="37,37.0373E"/></rdf:RDF></x:xmpmeta>')


def _clean(path: Path, out_dir: Path, detect: bool = True) -> FileResult:
    edits = None if detect else Edits(regions=())  # the detector's work is tested elsewhere: skip it
    return clean_file(path, OutputNamer(out_dir, NamingScheme.RANDOM), CleanOptions(), edits=edits)


def _labels(result: FileResult) -> str:
    return " | ".join(english_text(m) for m in result.metadata_removed)


def _face_destroyed(before: np.ndarray, after: np.ndarray) -> bool:
    x, y, w, h = (int(v) for v in ASTRONAUT_FACE)
    cx, cy = x + w // 2, y + h // 2
    a = before[cy - h // 4 : cy + h // 4, cx - w // 4 : cx + w // 4].astype(np.int16)
    b = after[cy - h // 4 : cy + h // 4, cx - w // 4 : cx + w // 4].astype(np.int16)
    return float(np.mean(np.abs(a - b))) > 25


def _output(result: FileResult) -> np.ndarray:
    assert result.status is Status.OK, result.error
    assert result.output is not None
    with Image.open(result.output) as im:
        assert im.format == "PNG" and not im.info.get("exif") and "comment" not in im.info
        assert not im.text, "no text chunk may survive"  # type: ignore[attr-defined]
        return np.asarray(im.convert("RGB"))


def test_ppm_is_cleaned_face_covered_comment_and_trailer_gone(tmp_path: Path, out_dir: Path,
                                                              astronaut: np.ndarray) -> None:
    src = tmp_path / "scan.ppm"
    src.write_bytes(netpbm_bytes(astronaut, "P6"))
    assert sniff(src) is MediaFormat.NETPBM
    result = _clean(src, out_dir)
    out = _output(result)
    assert result.faces >= 1 and _face_destroyed(astronaut, out)
    assert COMMENT.decode() in _labels(result) and "after the end of the image" in _labels(result)
    assert COMMENT not in result.output.read_bytes()  # type: ignore[union-attr]


@pytest.mark.parametrize("kind", ["P1", "P2", "P3", "P4", "P5"])
def test_every_netpbm_variant_is_read(tmp_path: Path, out_dir: Path, kind: str) -> None:
    rgb = np.random.default_rng(7).integers(0, 256, (48, 64, 3), dtype=np.uint8)
    src = tmp_path / "picture.pnm"
    src.write_bytes(netpbm_bytes(rgb, kind))
    with Image.open(io.BytesIO(src.read_bytes())) as im:
        expected = np.asarray(im.convert("RGB"))
    result = _clean(src, out_dir, detect=False)
    assert np.array_equal(_output(result), expected), "lossless in, lossless out"
    assert COMMENT.decode() in _labels(result)


def test_psd_flattened_picture_cleaned_layers_dropped_and_user_told(tmp_path: Path, out_dir: Path,
                                                                    astronaut: np.ndarray) -> None:
    src = tmp_path / "poster.psd"
    src.write_bytes(psd_bytes(astronaut, identifying_exif(astronaut), XMP))
    assert sniff(src) is MediaFormat.PSD
    result = _clean(src, out_dir)
    out = _output(result)
    assert result.faces >= 1 and _face_destroyed(astronaut, out)
    assert result.warnings == (FileWarning.LAYERS_DROPPED,)
    assert "layers were dropped" in describe_warning(FileWarning.LAYERS_DROPPED)
    labels = _labels(result)
    for planted in ("GPS", "iPhone 13 Pro", "Jane Protester", "2 layers", LAYER_NAMES[1]):
        assert planted in labels, (planted, labels)


def test_psd_without_layers_has_no_warning(tmp_path: Path, out_dir: Path) -> None:
    rgb = np.random.default_rng(3).integers(0, 256, (48, 64, 3), dtype=np.uint8)
    src = tmp_path / "flat.psd"
    src.write_bytes(psd_bytes(rgb, identifying_exif(rgb), XMP, layers=()))
    result = _clean(src, out_dir, detect=False)
    assert np.array_equal(_output(result), rgb) and result.warnings == ()


def test_photoshop_large_document_is_named_unsupported(tmp_path: Path) -> None:
    src = tmp_path / "huge.psb"
    src.write_bytes(b"8BPS\x00\x02" + b"\x00" * 64)
    with pytest.raises(UnsupportedFormat):
        sniff(src)


def _jxl_file(path: Path, rgb: np.ndarray, exif: bytes) -> Path:
    pytest.importorskip("pillow_jxl")
    Image.fromarray(rgb).save(path, "JXL", exif=exif, quality=95)
    return path


def test_jpeg_xl_is_cleaned_when_its_plugin_is_installed(tmp_path: Path, out_dir: Path,
                                                         astronaut: np.ndarray) -> None:
    src = _jxl_file(tmp_path / "photo.jxl", astronaut, identifying_exif(astronaut, orientation=6))
    assert sniff(src) is MediaFormat.JXL
    result = clean_file(src, OutputNamer(out_dir, NamingScheme.RANDOM), CleanOptions())
    assert result.status is Status.OK, result.error
    assert result.output is not None and result.output.suffix == ".jpg"
    with Image.open(result.output) as im:
        assert not im.getexif() and "xmp" not in im.info
        # the codestream is unturned and JPEG XL's EXIF orientation is to be ignored: stays as stored
        assert im.size == (astronaut.shape[1], astronaut.shape[0])
        out = np.asarray(im.convert("RGB"))
    assert result.faces >= 1 and _face_destroyed(astronaut, out)
    assert "GPS" in _labels(result)


def test_jpeg_xl_without_its_plugin_is_refused_by_name(tmp_path: Path, out_dir: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    src = tmp_path / "photo.jxl"
    src.write_bytes(b"\xff\x0a" + b"\x00" * 64)  # a JPEG XL codestream's signature
    real_import = builtins.__import__

    def no_plugin(name: str, *args: object, **kwargs: object) -> object:
        if name == "pillow_jxl":
            raise ImportError("No module named 'pillow_jxl'")
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", no_plugin)
    result = _clean(src, out_dir, detect=False)
    assert result.status is Status.ERROR and isinstance(result.error, RefusedFormat)
    assert result.error.kind == "jxl"
    sentence = describe(result.error)
    assert "JPEG XL" in sentence and "Export a JPEG" in sentence
    assert list(out_dir.iterdir()) == []
