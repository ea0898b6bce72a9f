"""The command line reports the review's unsure spots: `detect --json` marks each entry with "redact",
`clean --json` counts the candidates left visible, so a script can flag files that need a person."""

from __future__ import annotations

import io
import json
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from anonymizer import cli
from anonymizer.core.detection import FaceSearch
from anonymizer.core.models import Box, Detection

FACE = Detection(Box(40, 40, 60, 60), 0.9)
CANDIDATE = Detection(Box(200, 120, 40, 40), 0.12)


class Finder:
    def detect(self, rgb: np.ndarray, cancel: object = None) -> list[Detection]:
        return [FACE]

    def find(self, rgb: np.ndarray, cancel: object = None) -> FaceSearch:
        return FaceSearch((FACE,), (CANDIDATE,))


@pytest.fixture()
def photo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    import anonymizer.core.detection as detection

    monkeypatch.setattr(detection, "get_detector", lambda options=None: Finder())
    path = tmp_path / "march.jpg"
    yy, xx = np.mgrid[:240, :320]
    rgb = np.stack([xx * 0.7, yy, (xx + yy) * 0.4], axis=-1) + np.random.default_rng(3).normal(0, 8, (240, 320, 3))
    Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8)).save(path, quality=90)
    return path


def run(*args: str) -> tuple[int, list[dict], str]:
    out, err = io.StringIO(), io.StringIO()
    rc = cli.main(list(args), out=out, err=err)
    return rc, [json.loads(line) for line in out.getvalue().splitlines() if line.startswith("{")], \
        out.getvalue() + err.getvalue()


def test_detect_json_marks_candidates_not_redacted(photo: Path) -> None:
    rc, (record,), _ = run("detect", "--json", str(photo))
    assert rc == 0
    assert [(f["box"], f["redact"], f["unsure"]) for f in record["faces"]] == [
        ([40.0, 40.0, 60.0, 60.0], True, False), ([200.0, 120.0, 40.0, 40.0], False, True)]


def test_detect_plain_counts_unsure_spots(photo: Path) -> None:
    rc, _, text = run("detect", str(photo))
    assert rc == 0 and "1 faces, 1 unsure spots not redacted" in text


def test_clean_json_counts_candidates_left_visible(photo: Path, tmp_path: Path) -> None:
    rc, (record,), _ = run("clean", "--json", str(photo), "-o", str(tmp_path / "out"))
    assert rc == 0 and record["status"] == "ok"
    assert record["faces"] == 1 and record["candidates"] == 1
    before = np.asarray(Image.open(photo).convert("RGB")).astype(int)
    after = np.asarray(Image.open(record["output"]).convert("RGB")).astype(int)
    face, spot = (slice(60, 80), slice(60, 80)), (slice(135, 145), slice(215, 225))
    assert np.abs(before[face] - after[face]).mean() > 30  # the face is covered
    assert np.abs(before[spot] - after[spot]).mean() < 12  # the unsure spot is left (JPEG noise only)
    rc, _, text = run("clean", str(photo), "-o", str(tmp_path / "plain"))
    assert rc == 0 and "1 unsure spot left visible" in text
