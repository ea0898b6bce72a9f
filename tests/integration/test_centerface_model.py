"""The real shipped CenterFace model: verified against SHA256SUMS, finds a small face through the thorough
detector, refuses a tampered or missing copy exactly as the RetinaFace model is refused."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import cv2
import numpy as np
import pytest

from anonymizer.core.detection import FaceDetector, clear_caches, selftest
from anonymizer.core.detection import centerface as cfm
from anonymizer.core.detection import detector as det
from anonymizer.core.detection.model import expected_sha256, models_dir, sha256_of
from anonymizer.core.errors import ModelMissing, ModelTampered
from anonymizer.core.models import Box, DetectionOptions, Preset
from anonymizer.core.resources import ENV_CENTERFACE_PATH

from .test_detector_model import FACE, best_iou

SCALE = 0.3  # the astronaut's face at ~37 px tall: inside CenterFace's 16-64 px


def small_face(astronaut: np.ndarray) -> tuple[np.ndarray, Box]:
    """The astronaut shrunk and pasted on a 640x480 grey canvas at (300, 200), and where her face is."""
    small = cv2.resize(astronaut, None, fx=SCALE, fy=SCALE, interpolation=cv2.INTER_AREA)
    canvas = np.full((480, 640, 3), 120, np.uint8)
    canvas[200:200 + small.shape[0], 300:300 + small.shape[1]] = small
    return canvas, FACE.scaled(SCALE).translated(300, 200)


def test_shipped_model_is_listed_and_verified() -> None:
    session = cfm.CenterFaceSession()
    assert session.path == models_dir() / cfm.MODEL_NAME
    assert session.sha256 == expected_sha256(name=cfm.MODEL_NAME) == sha256_of(session.path.read_bytes())
    assert session.size > 5_000_000


def test_centerface_finds_a_small_face_and_joins_the_merge(astronaut: np.ndarray) -> None:
    img, face = small_face(astronaut)
    d = FaceDetector(DetectionOptions())
    retina, cf = d.detect_parts(img)
    assert cf is not None
    kept = det.map_centerface(cf, d.thresholds, d.centerface_threshold, 0.05)
    hit = max(kept.to_detections(), key=lambda x: x.box.iou(face))
    assert hit.box.iou(face) > 0.4, hit.box
    assert hit.score >= d.thresholds.of(np.array([[hit.box.x, hit.box.y, hit.box.x2, hit.box.y2]]))[0]  # redacted by itself
    # Its landmarks lie on the face.
    assert all(face.x - 2 <= x <= face.x2 + 2 and face.y - 2 <= y <= face.y2 + 2 for x, y in hit.landmarks)
    assert best_iou(d.detect(img), face) > 0.4


def test_twelve_megapixel_photo_runs_no_centerface() -> None:
    d = FaceDetector(DetectionOptions())
    _, cf = d.detect_parts(np.full((3000, 4000, 3), 128, np.uint8))
    assert cf is None


def tampered_copy(tmp_path: Path) -> Path:
    copy = tmp_path / cfm.MODEL_NAME
    shutil.copyfile(models_dir() / cfm.MODEL_NAME, copy)
    data = bytearray(copy.read_bytes())
    data[len(data) // 2] ^= 0x01  # one flipped bit in the weights
    copy.write_bytes(bytes(data))
    return copy


@contextmanager
def centerface_at(path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The process's CenterFace read from ``path`` (ANONYMIZER_CENTERFACE_PATH), fresh caches either side."""
    monkeypatch.setenv(ENV_CENTERFACE_PATH, str(path))
    clear_caches()
    try:
        yield
    finally:
        monkeypatch.delenv(ENV_CENTERFACE_PATH)
        clear_caches()


def test_tampered_centerface_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    copy = tampered_copy(tmp_path)
    with pytest.raises(ModelTampered) as info:
        cfm.CenterFaceSession(copy)
    assert info.value.path == copy
    with centerface_at(copy, monkeypatch):
        with pytest.raises(ModelTampered):
            FaceDetector()
        with pytest.raises(ModelTampered):
            selftest()
        # The fast preset (video, the quick look) does not run CenterFace, and does not load it.
        assert FaceDetector(DetectionOptions(preset=Preset.FAST)).detect(np.full((64, 64, 3), 128, np.uint8)) == []


def test_missing_centerface_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    missing = tmp_path / "nowhere" / cfm.MODEL_NAME
    with pytest.raises(ModelMissing) as info:
        cfm.CenterFaceSession(missing)
    assert info.value.path == missing
    with centerface_at(missing, monkeypatch), pytest.raises(ModelMissing):
        FaceDetector()


def test_selftest_names_both_models() -> None:
    result = selftest()
    assert [m.model for m in result.models] == ["retinaface_mnv2.onnx", cfm.MODEL_NAME]
    assert all(len(m.sha256) == 64 and m.size > 1_000_000 for m in result.models)
