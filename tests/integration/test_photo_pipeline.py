"""The photo pipeline end to end, with the real model, on a real face carrying planted metadata."""

from __future__ import annotations

import builtins
import hashlib
import io
import os
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PIL import Image

from anonymizer.core.models import Box, CleanOptions, NamingScheme, Region, RegionSource, Shape, Status
from anonymizer.core.output import OutputNamer
from anonymizer.core.pipeline import Edits, analyze_photo, clean_file
from tests.conftest import ASTRONAUT_FACE
from tests.media_factory import save_jpeg


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _face_change(before: np.ndarray, after: np.ndarray) -> float:
    x, y, w, h = (int(v) for v in ASTRONAUT_FACE)
    # the centre of the face: eyes, nose and mouth
    cx, cy = x + w // 2, y + h // 2
    a = before[cy - h // 4 : cy + h // 4, cx - w // 4 : cx + w // 4].astype(np.int16)
    b = after[cy - h // 4 : cy + h // 4, cx - w // 4 : cx + w // 4].astype(np.int16)
    return float(np.mean(np.abs(a - b)))


@pytest.mark.parametrize("orientation", [1, 3, 6, 8])
def test_clean_redacts_the_face_upright_and_strips_everything(tmp_path: Path, out_dir: Path,
                                                              astronaut: np.ndarray, orientation: int) -> None:
    src = save_jpeg(tmp_path / "IMG_20240115_183012.jpg", astronaut, orientation=orientation)
    before = _sha(src)

    result = clean_file(src, OutputNamer(out_dir, NamingScheme.RANDOM), CleanOptions())

    assert result.status is Status.OK, result.error
    assert result.faces >= 1
    assert _sha(src) == before, "the original must never change"
    assert result.output is not None and result.output.parent == out_dir
    assert "IMG_2024" not in result.output.name and result.output.suffix == ".jpg"
    with Image.open(result.output) as im:
        assert im.size == (astronaut.shape[1], astronaut.shape[0]), "output must be upright"
        assert not im.getexif(), "no EXIF may survive"
        assert "icc_profile" not in im.info and "xmp" not in im.info and "comment" not in im.info
        out = np.asarray(im.convert("RGB"))
    assert _face_change(astronaut, out) > 25, "the face must be destroyed where it really is"
    # far from any face (the wall between her head and the shuttle) the picture is kept
    assert np.mean(np.abs(out[0:40, 300:360].astype(int) - astronaut[0:40, 300:360])) < 6
    assert out_dir.joinpath(result.output.name).read_bytes().endswith(b"\xff\xd9")
    assert sorted(p.name for p in out_dir.iterdir()) == [result.output.name], "no temp file left"
    kinds = {item.group.value for item in result.metadata_removed}
    assert {"location", "device", "time"} <= kinds



def test_clean_reads_the_photo_from_disk_once(tmp_path: Path, out_dir: Path, astronaut: np.ndarray,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """The metadata listing and the decoder share one read of the file (issue 14: it was read twice)."""
    src = save_jpeg(tmp_path / "once.jpg", astronaut, orientation=6)
    opened: list[str] = []
    real_open = io.open

    def counting_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(file, str | os.PathLike) and Path(file) == src:
            opened.append(str(args[0] if args else kwargs.get("mode", "r")))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", counting_open)  # Pillow opens files through builtins.open
    monkeypatch.setattr(io, "open", counting_open)  # pathlib through io.open
    result = clean_file(src, OutputNamer(out_dir, NamingScheme.RANDOM), CleanOptions())

    assert result.status is Status.OK, result.error
    assert result.faces >= 1 and {item.group.value for item in result.metadata_removed} >= {"location", "device"}
    assert opened == ["rb"], f"the photo was opened {len(opened)} times"

def test_detect_reports_the_face_in_oriented_coordinates(tmp_path: Path, astronaut: np.ndarray) -> None:
    src = save_jpeg(tmp_path / "rotated.jpg", astronaut, orientation=6)
    analysis = analyze_photo(src, CleanOptions())
    assert (analysis.width, analysis.height) == (astronaut.shape[1], astronaut.shape[0])
    expected = Box(*ASTRONAUT_FACE)
    assert max(d.box.iou(expected) for d in analysis.detections) > 0.4


def test_user_edits_replace_detection(tmp_path: Path, out_dir: Path, astronaut: np.ndarray) -> None:
    src = tmp_path / "photo.png"
    Image.fromarray(astronaut).save(src)
    face = Region(Box(*ASTRONAUT_FACE), Shape.RECTANGLE, RegionSource.DETECTED, enabled=False)
    manual = Region(Box(380, 380, 100, 100), Shape.RECTANGLE, RegionSource.MANUAL)
    result = clean_file(src, OutputNamer(out_dir, NamingScheme.NUMBERED), CleanOptions(),
                        edits=Edits(regions=(face, manual)))
    assert result.status is Status.OK, result.error
    assert result.output is not None and result.output.name == "anonymized-0001.png"
    out = np.asarray(Image.open(result.output).convert("RGB"))
    assert _face_change(astronaut, out) == 0, "a region switched off by the user is left alone (PNG: exact)"
    assert np.mean(np.abs(out[380:480, 380:480].astype(int) - astronaut[380:480, 380:480])) > 10


def test_keep_names_never_overwrites_the_original(tmp_path: Path, astronaut: np.ndarray) -> None:
    src = tmp_path / "portrait.png"
    Image.fromarray(astronaut).save(src)
    before = _sha(src)
    result = clean_file(src, OutputNamer(tmp_path, NamingScheme.KEEP), CleanOptions())
    assert result.status is Status.OK, result.error
    assert result.output == tmp_path / "portrait-1.png"
    assert _sha(src) == before


def test_output_carries_no_file_system_traces(tmp_path: Path, out_dir: Path, astronaut: np.ndarray) -> None:
    import os
    import time

    src = save_jpeg(tmp_path / "IMG_0001.jpg", astronaut)
    os.utime(src, (1_400_000_000, 1_400_000_000))  # a capture time in 2014
    if not hasattr(os, "setxattr"):
        pytest.skip("Linux only: os.setxattr (user extended attributes)")
    try:
        os.setxattr(src, "user.xdg.origin.url", b"https://example.org/leak")
    except OSError as e:
        pytest.skip(f"this file system has no user extended attributes: {e}")
    result = clean_file(src, OutputNamer(out_dir, NamingScheme.RANDOM), CleanOptions())
    assert result.status is Status.OK and result.output is not None
    assert os.listxattr(result.output) == []
    assert abs(result.output.stat().st_mtime - time.time()) < 600, "fresh modification time, not the original's"
