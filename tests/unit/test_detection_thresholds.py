"""Thresholds by box height (issue 14): each box is held to its size's threshold, the same rule in
``detect``, ``find`` (faces and candidates) and the benchmark."""

from __future__ import annotations

import numpy as np
import pytest

from anonymizer.core.detection import RawDetections, SizeThresholds, size_thresholds, split_candidates
from anonymizer.core.detection import detector as det
from anonymizer.core.models import DetectionOptions, Preset
from tests.unit.test_detection_passes import WhiteSquareModel, image_with_squares

RULE = SizeThresholds((0.35, 0.2, 0.3, 0.5), (16.0, 64.0, 128.0))


def _boxes(heights: list[float]) -> np.ndarray:
    return np.array([[0.0, 0.0, 10.0, h] for h in heights])


def test_each_height_gets_its_bands_threshold_edges_belong_to_the_band_above() -> None:
    got = RULE.of(_boxes([5, 15.9, 16, 40, 63.9, 64, 127, 128, 900]))
    assert got.tolist() == [0.35, 0.35, 0.2, 0.2, 0.2, 0.3, 0.3, 0.5, 0.5]
    assert RULE.lowest == 0.2
    assert SizeThresholds.flat(0.3).of(_boxes([5, 500])).tolist() == [0.3, 0.3]


def test_bands_and_values_must_agree() -> None:
    with pytest.raises(ValueError):
        SizeThresholds((0.3, 0.2), (16.0, 64.0))
    with pytest.raises(ValueError):
        SizeThresholds((0.3, 0.2, 0.1), (64.0, 16.0))


@pytest.mark.parametrize("preset", list(Preset))
def test_every_band_follows_the_sensitivity_and_stays_a_probability(preset: Preset) -> None:
    rules = [size_thresholds(DetectionOptions(preset=preset, sensitivity=s / 10)) for s in range(11)]
    for band in range(len(det.SIZE_EDGES) + 1):
        ts = [r.values[band] for r in rules]
        assert all(a >= b for a, b in zip(ts, ts[1:], strict=False)), band
        assert all(det.SCORE_FLOOR <= t <= det.SIZE_THRESHOLD_MAX for t in ts)
        assert ts[0] > ts[-1]


def test_default_is_the_measured_choice_small_lower_big_higher() -> None:
    rule = size_thresholds(DetectionOptions())
    assert rule.edges == det.SIZE_EDGES
    assert rule.values == pytest.approx((0.5, 0.2, 0.2, 0.4, 0.55))
    base = det.score_threshold(DetectionOptions())
    by_height = dict(zip((10, 20, 40, 100, 300), rule.of(_boxes([10, 20, 40, 100, 300])), strict=True))
    assert by_height[20] < base and by_height[40] < base  # 16-64 px: faces the benchmark misses most
    assert by_height[300] > base  # a big false alarm blacks out a banner; big faces score high


def test_a_box_is_a_face_or_a_candidate_by_its_own_sizes_threshold() -> None:
    boxes = np.array([[0, 0, 20, 20],  # 20 px at 0.25: a face (16-64 px: 0.2)
                      [100, 0, 300, 200],  # 200 px at 0.4: a candidate (>= 128 px: 0.5)
                      [400, 0, 410, 10],  # 10 px at 0.3: below its 0.35, too small to be a candidate
                      [500, 0, 520, 30]], np.float32)  # 30 px at 0.1: a candidate
    raw = RawDetections(boxes, np.array([0.25, 0.4, 0.3, 0.1], np.float32), np.zeros((4, 10), np.float32))
    found = split_candidates(raw, RULE, floor=0.05, min_height=12, limit=10)
    assert [d.box.h for d in found.faces] == [20]
    assert sorted(d.box.h for d in found.candidates) == [30, 200]
    assert raw.above(RULE).boxes.tolist() == [[0, 0, 20, 20]]
    # A single number still means one threshold for every size.
    assert len(raw.above(0.3).scores) == 2


class ScoredSquares(WhiteSquareModel):
    """White squares 'detected' at a score that falls with their size: 0.25 for small, 0.4 for big."""

    def run(self, batch: np.ndarray) -> np.ndarray:
        rows = super().run(batch)
        _, ph, _, _ = batch.shape
        rows[:, 15] = np.where((rows[:, 3] - rows[:, 1]) * ph >= 128, 0.4, 0.25)
        return rows


def test_detect_and_find_apply_the_size_rule() -> None:
    img = image_with_squares(480, 400, [(40, 40, 24), (150, 60, 300)])  # one tile per pass: no seams
    d = det.FaceDetector(DetectionOptions(), session=ScoredSquares())  # type: ignore[arg-type]
    # At 0.25 the 24 px square passes its 0.2; at 0.4 the 300 px one fails its 0.5 and is only a candidate.
    faces = d.detect(img)
    assert len(faces) == 1 and faces[0].box.h == pytest.approx(24, abs=2)
    found = d.find(img)
    assert [f.box for f in found.faces] == [f.box for f in faces]
    assert len(found.candidates) == 1 and found.candidates[0].box.h == pytest.approx(300, abs=4)
    assert det.score_threshold(DetectionOptions()) == pytest.approx(0.3)  # one flat 0.3 would invert both


def test_a_12_mp_photo_runs_its_main_pass_at_most_main_max_side() -> None:
    plan = det.plan_passes(4000, 3000, Preset.THOROUGH)
    main = max((p for p in plan if not p.turns), key=lambda p: p.scale)
    assert main.tile is not None and round(4000 * main.scale) == det.MAIN_MAX_SIDE
    assert det.plan_passes(2400, 1600, Preset.THOROUGH)[0].scale == 1.0  # below it: native, as before
    assert det.plan_passes(1600, 1200, Preset.THOROUGH)[0].scale == 2.0
