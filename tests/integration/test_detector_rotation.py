"""Sideways faces (a camera held at 90 degrees without EXIF, someone lying on the ground): thorough finds
the astronaut's face turned a quarter either way, and each of its sideways passes finds it on its own,
boxed in the upright frame.

The model tolerates rotation for a big, sharp face like this one (the upright passes find it too); what
the sideways passes add on real photos (recall 32% -> 60% on photos turned 90 degrees) is measured in
bench/README.md, "Rotated faces"."""

from __future__ import annotations

import numpy as np
import pytest

from anonymizer.core.detection import detector as det
from anonymizer.core.detection import get_detector
from anonymizer.core.detection.geometry import iou_matrix, rot90_boxes
from anonymizer.core.models import Box, DetectionOptions, Preset

# Same box as tests/integration/test_detector_model.py: brow to chin, cheek to cheek, on the 512x512 image.
FACE = (177.0, 58.0, 177.0 + 94.0, 58.0 + 123.0)


def turned(astronaut: np.ndarray, turns: int) -> tuple[np.ndarray, np.ndarray]:
    h, w = astronaut.shape[:2]
    return np.ascontiguousarray(np.rot90(astronaut, turns)), rot90_boxes(np.array([FACE]), turns, w, h)


@pytest.mark.parametrize("turns", [1, 3])
def test_thorough_finds_a_face_turned_a_quarter(astronaut: np.ndarray, turns: int) -> None:
    img, expected = turned(astronaut, turns)
    dets = get_detector(DetectionOptions(preset=Preset.THOROUGH)).detect(img)
    box = Box.from_corners(*expected[0].tolist())
    assert max((d.box.iou(box) for d in dets), default=0.0) > 0.5, [d.box for d in dets]


@pytest.mark.parametrize("turns", [1, 3])
def test_the_sideways_pass_that_sees_the_face_upright_finds_it(astronaut: np.ndarray, turns: int) -> None:
    img, expected = turned(astronaut, turns)
    h, w = img.shape[:2]
    # The pass turning the image back by the other quarter shows the model an upright face.
    (p,) = [p for p in det.plan_passes(w, h, Preset.THOROUGH) if p.turns == (4 - turns) % 4]
    out = det.run_pass(get_detector().session, img, p, floor=0.3).nms()
    assert len(out.scores) and out.scores.max() >= det.SIDEWAYS_MIN_SCORE
    assert iou_matrix(out.boxes.astype(np.float64), expected).max() > 0.5, out.boxes
