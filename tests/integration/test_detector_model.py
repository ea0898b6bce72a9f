"""The real RetinaFace model through the core detector: finds the astronaut's face at several scales,
refuses a tampered or missing model, runs offline and from several threads."""

from __future__ import annotations

import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import cv2
import numpy as np
import pytest

from anonymizer.core.detection import FaceDetector, clear_caches, get_detector, selftest
from anonymizer.core.detection.model import ENV_MODEL_PATH, MODEL_NAME, ModelSession, model_path
from anonymizer.core.errors import ModelMissing, ModelTampered
from anonymizer.core.models import Box, DetectionOptions, Preset

# The astronaut's face (x, y, w, h) as RetinaFace's training labels would box it: brow to chin, cheek to
# cheek. Checked by eye on skimage.data.astronaut() (512x512): forehead at y ~ 55, chin at y ~ 180.
FACE = Box(177.0, 58.0, 94.0, 123.0)


def best_iou(dets: list, expected: Box) -> float:
    return max((d.box.iou(expected) for d in dets), default=0.0)


@pytest.mark.parametrize("preset,scale", [
    (Preset.THOROUGH, 1.0), (Preset.THOROUGH, 2.5), (Preset.THOROUGH, 0.5),
    (Preset.FAST, 1.0), (Preset.FAST, 2.5), (Preset.FAST, 0.5), (Preset.FAST, 5.0),
])
def test_finds_the_astronaut_face_at_several_scales(astronaut: np.ndarray, preset: Preset, scale: float) -> None:
    img = astronaut if scale == 1.0 else cv2.resize(
        astronaut, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC)
    dets = get_detector(DetectionOptions(preset=preset)).detect(img)
    expected = FACE.scaled(scale)
    assert best_iou(dets, expected) > 0.5, [d.box for d in dets]
    hit = max(dets, key=lambda d: d.box.iou(expected))
    assert hit.score > 0.5
    assert len(hit.landmarks) == 5
    # Boxes are in the input image's pixels.
    for d in dets:
        assert 0 <= d.box.x and d.box.x2 <= img.shape[1] and 0 <= d.box.y and d.box.y2 <= img.shape[0]


def test_face_in_a_corner_of_a_large_tiled_image(astronaut: np.ndarray) -> None:
    # 3000x2200 canvas, the photo at its bottom right: native tiled pass, the face far from the origin.
    canvas = np.full((2200, 3000, 3), 90, np.uint8)
    canvas[2200 - 512:, 3000 - 512:] = astronaut
    dets = FaceDetector().detect(canvas)
    assert best_iou(dets, FACE.translated(3000 - 512, 2200 - 512)) > 0.5


def test_blank_image_has_no_faces() -> None:
    assert FaceDetector().detect(np.full((300, 400, 3), 128, np.uint8)) == []


def test_concurrent_detections_agree(astronaut: np.ndarray) -> None:
    det = FaceDetector(DetectionOptions(preset=Preset.FAST))
    ref = det.detect(astronaut)
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lambda _: det.detect(astronaut), range(8)))
    for r in results:
        assert [d.box.as_list() for d in r] == [d.box.as_list() for d in ref]


def test_get_detector_shares_one_session() -> None:
    a = get_detector(DetectionOptions(preset=Preset.FAST))
    b = get_detector(DetectionOptions(sensitivity=0.9))
    assert a.session is b.session
    assert get_detector(DetectionOptions(preset=Preset.FAST)) is a


def test_selftest_reports_the_model() -> None:
    result = selftest()
    assert result.model == MODEL_NAME
    assert len(result.sha256) == 64
    assert result.size > 1_000_000
    assert result.faces == 0


def test_tampered_model_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    copy = tmp_path / MODEL_NAME
    shutil.copyfile(model_path(), copy)
    ModelSession(copy)  # an intact copy loads
    data = bytearray(copy.read_bytes())
    data[len(data) // 2] ^= 0x01  # one flipped bit in the weights
    copy.write_bytes(bytes(data))
    with pytest.raises(ModelTampered) as info:
        ModelSession(copy)
    assert info.value.path == copy
    monkeypatch.setenv(ENV_MODEL_PATH, str(copy))
    clear_caches()
    try:
        with pytest.raises(ModelTampered):
            FaceDetector()
        with pytest.raises(ModelTampered):
            selftest()
    finally:
        monkeypatch.delenv(ENV_MODEL_PATH)
        clear_caches()


def test_missing_model_is_reported(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / MODEL_NAME
    with pytest.raises(ModelMissing) as info:
        ModelSession(missing)
    assert info.value.path == missing
