"""The detector's passes with a fake model: seams, scale and padding mapping, presets, sensitivity."""

from __future__ import annotations

import numpy as np
import pytest

from anonymizer.core.cancel import CancelToken
from anonymizer.core.detection import detector as det
from anonymizer.core.errors import Cancelled
from anonymizer.core.models import DetectionOptions, Preset


class WhiteSquareModel:
    """Stands in for the ONNX session: 'detects' each pure-white blob of the input, clipped to the
    window, as the real model outputs it (normalised to the padded input, 16 columns)."""

    def __init__(self) -> None:
        self.calls: list[tuple[int, int]] = []

    def run(self, batch: np.ndarray) -> np.ndarray:
        import cv2

        assert batch.dtype == np.float32 and batch.shape[0] == 1
        _, ph, pw, _ = batch.shape
        assert ph % 32 == 0 and pw % 32 == 0
        self.calls.append((pw, ph))
        mask = (batch[0] >= 250).all(axis=2).astype(np.uint8)
        n, _, stats, _ = cv2.connectedComponentsWithStats(mask)
        rows = []
        for x, y, w, h, area in stats[1:n]:
            if area < 4:
                continue
            row = np.zeros(16, np.float32)
            row[0:4] = [x / pw, y / ph, (x + w) / pw, (y + h) / ph]
            row[4:14] = np.tile([(x + w / 2) / pw, (y + h / 2) / ph], 5)
            row[15] = 0.9
            rows.append(row)
        return np.array(rows, np.float32).reshape(-1, 16)


def image_with_squares(width: int, height: int, squares: list[tuple[int, int, int]]) -> np.ndarray:
    img = np.full((height, width, 3), 60, np.uint8)
    for x, y, s in squares:
        img[y:y + s, x:x + s] = 255
    return img


def corners(x: int, y: int, s: int) -> list[float]:
    return [x, y, x + s, y + s]


def test_native_pass_maps_boxes_through_padding() -> None:
    img = image_with_squares(333, 250, [(40, 50, 30)])
    out = det.run_pass(WhiteSquareModel(), img, det.Pass(scale=1.0, tile=None), floor=0.1)
    np.testing.assert_allclose(out.boxes, [corners(40, 50, 30)], atol=0.5)
    np.testing.assert_allclose(out.scores, [0.9])
    np.testing.assert_allclose(out.landmarks[0, :2], [55, 65], atol=0.5)


@pytest.mark.parametrize("scale", [2.0, 0.5, 1.37])
def test_scaled_pass_maps_boxes_back_to_original_pixels(scale: float) -> None:
    img = image_with_squares(640, 480, [(100, 120, 64), (400, 300, 80)])
    out = det.run_pass(WhiteSquareModel(), img, det.Pass(scale=scale, tile=None), floor=0.1)
    got = sorted(out.boxes.tolist())
    np.testing.assert_allclose(got, [corners(100, 120, 64), corners(400, 300, 80)], atol=2.0 / min(scale, 1) + 1)


def test_face_across_a_seam_is_found_once_and_whole() -> None:
    # Tiles of 256 with 64 overlap over 600 px: starts 0, 172, 344. A 40 px square straddling x = 256
    # (the first tile's right edge) is cut in tile 0, whole in tile 1.
    img = image_with_squares(600, 200, [(236, 80, 40)])
    model = WhiteSquareModel()
    out = det.run_pass(model, img, det.Pass(scale=1.0, tile=256, overlap=64), floor=0.1).nms()
    assert len(model.calls) == 3
    np.testing.assert_allclose(out.boxes, [corners(236, 80, 40)], atol=0.5)


def test_face_in_the_overlap_of_two_tiles_merges_to_one() -> None:
    img = image_with_squares(600, 200, [(190, 60, 40)])  # whole in tiles 0 and 1
    out = det.run_pass(WhiteSquareModel(), img, det.Pass(scale=1.0, tile=256, overlap=64), floor=0.1)
    assert len(out.scores) == 2  # once per tile before the merge
    merged = out.nms()
    np.testing.assert_allclose(merged.boxes, [corners(190, 60, 40)], atol=0.5)


def test_face_on_the_image_border_is_kept() -> None:
    img = image_with_squares(600, 600, [(0, 0, 30), (570, 570, 30)])
    out = det.run_pass(WhiteSquareModel(), img, det.Pass(scale=1.0, tile=256, overlap=64), floor=0.1).nms()
    assert sorted(out.boxes.tolist()) == [corners(0, 0, 30), corners(570, 570, 30)]


def test_detector_merges_all_passes_and_clips() -> None:
    img = image_with_squares(900, 700, [(100, 100, 50), (600, 400, 200)])
    d = det.FaceDetector(DetectionOptions(), session=WhiteSquareModel())  # type: ignore[arg-type]
    found = sorted((f.box.x, f.box.y, f.box.w, f.box.h) for f in d.detect(img))
    assert len(found) == 2
    np.testing.assert_allclose(found, [(100, 100, 50, 50), (600, 400, 200, 200)], atol=1.5)


def test_detector_rejects_wrong_arrays() -> None:
    d = det.FaceDetector(DetectionOptions(), session=WhiteSquareModel())  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        d.detect(np.zeros((10, 10), np.uint8))
    with pytest.raises(ValueError):
        d.detect(np.zeros((10, 10, 3), np.float32))


def test_cancel_between_tiles() -> None:
    token = CancelToken()
    token.cancel()
    d = det.FaceDetector(DetectionOptions(), session=WhiteSquareModel())  # type: ignore[arg-type]
    with pytest.raises(Cancelled):
        d.detect(np.zeros((100, 100, 3), np.uint8), cancel=token)


@pytest.mark.parametrize("preset", list(Preset))
def test_sensitivity_maps_monotonically_to_a_threshold(preset: Preset) -> None:
    ts = [det.score_threshold(DetectionOptions(preset=preset, sensitivity=s / 10)) for s in range(11)]
    assert all(a >= b for a, b in zip(ts, ts[1:], strict=False))
    assert ts[0] > ts[-1]
    assert all(0.0 < t < 1.0 for t in ts)
    # Out-of-range sensitivities clamp.
    assert det.score_threshold(DetectionOptions(preset=preset, sensitivity=-3)) == ts[0]
    assert det.score_threshold(DetectionOptions(preset=preset, sensitivity=7)) == ts[-1]


def test_plans() -> None:
    fast = det.plan_passes(1920, 1080, Preset.FAST)
    assert len(fast) == 1 and fast[0].tile is None
    small = det.plan_passes(400, 300, Preset.THOROUGH)
    big = det.plan_passes(4000, 3000, Preset.THOROUGH)
    assert max(p.scale for p in small) > 1  # upscaled for tiny faces
    assert max(p.scale for p in big) <= 1  # a 12 MP photo is not upscaled
    assert min(p.scale for p in big) < 0.5  # a downscaled whole-image pass for very large faces
    assert any(p.tile for p in big)  # tiled: memory stays flat


def test_face_bigger_than_the_overlap_across_a_seam_is_not_lost() -> None:
    img = image_with_squares(600, 300, [(200, 40, 120)])  # 120 px > 64 px overlap, cut at x = 256
    out = det.run_pass(WhiteSquareModel(), img, det.Pass(scale=1.0, tile=256, overlap=64), floor=0.1).nms()
    assert len(out.scores) >= 1
    covered = np.zeros(600, bool)
    for x1, _, x2, _ in out.boxes:
        covered[int(x1):int(x2)] = True
    assert covered[200:320].all()


def test_default_sensitivity_is_the_calibrated_operating_point() -> None:
    assert det.score_threshold(DetectionOptions()) == pytest.approx(0.3)
    assert det.score_threshold(DetectionOptions(sensitivity=1.0)) == pytest.approx(0.1)
    assert det.score_threshold(DetectionOptions(sensitivity=0.0)) == pytest.approx(0.7)


def test_thorough_adds_cheap_gated_sideways_passes() -> None:
    for w, h in [(400, 300), (1024, 683), (4000, 3000)]:
        plan = det.plan_passes(w, h, Preset.THOROUGH)
        side = [p for p in plan if p.turns]
        assert sorted(p.turns for p in side) == [1, 3]
        assert all(p.tile is None and p.min_score == det.SIDEWAYS_MIN_SCORE for p in side)
        assert all(max(w, h) * p.scale <= det.SIDEWAYS_SIDE + 1 for p in side)
        assert not any(p.turns for p in det.plan_passes(w, h, Preset.THOROUGH, sideways=False))
    assert not any(p.turns for p in det.plan_passes(1920, 1080, Preset.FAST))


def test_sideways_pass_maps_boxes_back_to_the_upright_frame() -> None:
    img = image_with_squares(300, 200, [(40, 120, 50)])  # a square at x 40-90, y 120-170
    for turns in (1, 3):
        out = det.run_pass(WhiteSquareModel(), img, det.Pass(scale=1.0, tile=None, turns=turns), floor=0.1).nms()
        assert len(out.scores) >= 1
        best = out.boxes[np.argmax(out.scores)]
        assert np.allclose(best, [40, 120, 90, 170], atol=4), best
