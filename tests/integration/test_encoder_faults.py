"""Bug 2 of issue 16: a good photo of pure sensor noise was refused as "damaged". JPEG's Huffman
optimisation made Pillow give libjpeg a buffer of width x height bytes, too small for noise; and an
encoder failure was blamed on the input."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from anonymizer.core.errors import EncoderFailed
from anonymizer.core.models import CleanOptions, NamingScheme, Status
from anonymizer.core.output import OutputNamer
from anonymizer.core.pipeline import Edits, clean_file
from anonymizer.messages import describe
from tests.hostile_factory import cli_command, cli_env


def _noise_photo(path: Path) -> Path:
    """640x480 of sensor noise: what a high-ISO night photo of a march is made of, at its worst."""
    rgb = np.random.default_rng(16).integers(0, 256, (480, 640, 3), dtype=np.uint8)
    Image.fromarray(rgb).save(path, "JPEG", quality=95, subsampling=0)
    return path


def test_noisy_photo_is_cleaned_by_the_cli(tmp_path: Path) -> None:
    src = _noise_photo(tmp_path / "night.jpg")
    out = tmp_path / "out"
    run = subprocess.run([*cli_command(), "clean", str(src), "-o", str(out), "--json"], env=cli_env(),
                         capture_output=True, text=True, timeout=180)
    assert run.returncode == 0, run.stdout + run.stderr
    record = json.loads(run.stdout.strip().splitlines()[-1])
    assert record["status"] == "ok", record
    with Image.open(record["output"]) as im:
        assert im.format == "JPEG" and im.size == (640, 480)
        im.load()


def test_an_encoder_failure_is_not_called_a_damaged_file(tmp_path: Path, out_dir: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    src = _noise_photo(tmp_path / "night.jpg")

    def failing_save(self: Image.Image, fp: object, format: str | None = None, **params: object) -> None:
        raise OSError("broken data stream when writing image file")

    monkeypatch.setattr(Image.Image, "save", failing_save)
    result = clean_file(src, OutputNamer(out_dir, NamingScheme.RANDOM), CleanOptions(), edits=Edits(regions=()))
    assert result.status is Status.ERROR
    assert isinstance(result.error, EncoderFailed) and result.error.path == src
    sentence = describe(result.error)
    assert "encode" in sentence and "damaged" not in sentence
    assert list(out_dir.iterdir()) == []
