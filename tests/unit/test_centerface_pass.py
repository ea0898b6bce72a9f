"""The CenterFace pass without the real model: decoding, the plan, the score mapping, tiling and the join."""

from __future__ import annotations

import math

import numpy as np
import pytest

from anonymizer.core.detection import centerface as cfm
from anonymizer.core.detection import detector as det
from anonymizer.core.models import DetectionOptions, Preset

from .test_detection_passes import WhiteSquareModel, corners, image_with_squares


def maps(h: int, w: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    return (np.zeros((1, 1, h, w), np.float32), np.zeros((1, 2, h, w), np.float32),
            np.zeros((1, 2, h, w), np.float32), np.zeros((1, 10, h, w), np.float32))


def test_decode_one_cell() -> None:
    heat, sizes, offsets, lms = maps(20, 30)
    heat[0, 0, 10, 20] = 0.8
    heat[0, 0, 3, 3] = 0.1  # below the floor
    sizes[0, :, 10, 20] = [math.log(40 / 4), math.log(32 / 4)]  # 40 tall, 32 wide
    offsets[0, :, 10, 20] = [0.25, -0.5]  # (dy, dx) in grid cells
    lms[0, :, 10, 20] = np.tile([0.5, 0.25], 5)  # each point (dy, dx) as a fraction of the box
    boxes, scores, points = cfm.decode(heat, sizes, offsets, lms, floor=0.3)
    cy, cx = (10 + 0.25 + 0.5) * 4, (20 - 0.5 + 0.5) * 4
    np.testing.assert_allclose(boxes, [[cx - 16, cy - 20, cx + 16, cy + 20]], atol=1e-4)
    np.testing.assert_allclose(scores, [0.8])
    # Landmarks come out as (x, y) pairs, like RetinaFace's rows.
    np.testing.assert_allclose(points, [np.tile([cx - 16 + 0.25 * 32, cy - 20 + 0.5 * 40], 5)], atol=1e-4)


def test_decode_shifts_a_box_at_the_top_left_edge_inside() -> None:
    heat, sizes, offsets, lms = maps(8, 8)
    heat[0, 0, 0, 0] = 0.9
    sizes[0, :, 0, 0] = math.log(24 / 4)  # centred at (2, 2), 24 px: would start at -10
    boxes, _, _ = cfm.decode(heat, sizes, offsets, lms, floor=0.5)
    np.testing.assert_allclose(boxes, [[0, 0, 24, 24]], atol=1e-4)


def test_decode_nothing() -> None:
    boxes, scores, points = cfm.decode(*maps(4, 4), floor=0.5)
    assert boxes.shape == (0, 4) and scores.shape == (0,) and points.shape == (0, 10)


@pytest.mark.parametrize("w,h,scale", [(400, 300, 2.56), (1024, 768, 2.0), (768, 1024, 2.0)])
def test_plan_runs_centerface_at_the_main_scale(w: int, h: int, scale: float) -> None:
    p = det.centerface_pass(w, h, Preset.THOROUGH)
    assert p is not None and p.scale == pytest.approx(scale) and p.tile == det.TILE
    assert p.scale == det.plan_passes(w, h, Preset.THOROUGH)[0].scale


@pytest.mark.parametrize("w,h", [(1600, 1200), (2000, 1333), (1333, 2000)])
def test_plan_keeps_centerface_input_to_its_measured_size(w: int, h: int) -> None:
    # The main pass still runs at 2x; CenterFace's input stops at the long side it was measured at.
    p = det.centerface_pass(w, h, Preset.THOROUGH)
    assert p is not None and round(max(w, h) * p.scale) == det.CENTERFACE_MAX_SIDE
    assert p.scale < det.plan_passes(w, h, Preset.THOROUGH)[0].scale == 2.0


@pytest.mark.parametrize("w,h", [(2001, 1500), (4000, 3000), (3000, 4000), (1500, 2001)])
def test_plan_leaves_big_photos_to_retinaface(w: int, h: int) -> None:
    # 12 MP photos are unaffected: CenterFace at their scale would cost more than the whole budget.
    assert det.centerface_pass(w, h, Preset.THOROUGH) is None


def test_fast_preset_has_no_centerface_pass() -> None:
    assert det.centerface_pass(1280, 720, Preset.FAST) is None
    assert det.centerface_pass(400, 300, Preset.FAST) is None


def raw(boxes: list[list[float]], scores: list[float]) -> det.RawDetections:
    b = np.array(boxes, np.float32).reshape(-1, 4)
    return det.RawDetections(b, np.array(scores, np.float32), np.zeros((len(b), 10), np.float32))


def test_score_mapping_puts_centerface_threshold_on_the_size_threshold() -> None:
    thr = det.SizeThresholds((0.4, 0.2, 0.25, 0.4, 0.55), det.SIZE_EDGES)
    cf = raw([[0, 0, 20, 20], [0, 0, 40, 40], [0, 0, 30, 10], [0, 0, 80, 100], [0, 0, 20, 20], [0, 0, 50, 50]],
             [0.3, 0.3, 0.9, 0.9, 0.01, 0.99])
    out = det.map_centerface(cf, thr, cf_threshold=0.3, floor=0.02)
    # Heights 20 and 40 (16-32, 32-64 px) kept, 10 and 100 px dropped, a score mapped below the floor too.
    np.testing.assert_allclose(out.boxes, [[0, 0, 20, 20], [0, 0, 40, 40], [0, 0, 50, 50]])
    # At CenterFace's own threshold a box lands exactly on its size's threshold; never above 1.
    np.testing.assert_allclose(out.scores, [0.2, 0.25, min(1.0, 0.99 * 0.25 / 0.3)], rtol=1e-6)
    assert list(out.redacted(thr)) == [True, True, True]
    below = det.map_centerface(raw([[0, 0, 20, 20]], [0.29]), thr, 0.3, 0.02)
    assert not below.redacted(thr).any()


def test_centerface_threshold_follows_the_sensitivity() -> None:
    low = det.centerface_threshold(det.score_threshold(DetectionOptions(sensitivity=0.9)))
    default = det.centerface_threshold(det.score_threshold(DetectionOptions()))
    assert low < default == pytest.approx(0.3 * det.CENTERFACE_FACTOR)


def test_native_floor_keeps_every_box_that_can_reach_the_floor() -> None:
    thr = det.SizeThresholds((0.4, 0.2, 0.25, 0.4, 0.55), det.SIZE_EDGES)
    f = det.centerface_native_floor(0.05, thr, 0.3)
    assert f == pytest.approx(0.05 * 0.3 / 0.25)  # the loosest band CenterFace keeps is 32-64 px
    at = det.map_centerface(raw([[0, 0, 40, 40], [0, 0, 20, 20]], [f, f]), thr, 0.3, 0.0)
    assert at.scores[0] == pytest.approx(0.05) and at.scores[1] < 0.05


class GreySquareCenterFace:
    """Stands in for the CenterFace session: 'detects' each mid-grey (100) blob of the window, score 0.9."""

    def __init__(self) -> None:
        self.windows: list[tuple[int, int]] = []

    def detect(self, window: np.ndarray, floor: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        import cv2

        self.windows.append(window.shape[:2])
        mask = (window == 100).all(axis=2).astype(np.uint8)
        n, _, stats, _ = cv2.connectedComponentsWithStats(mask)
        boxes = np.array([[x, y, x + w, y + h] for x, y, w, h, _ in stats[1:n]], np.float32).reshape(-1, 4)
        scores = np.full(len(boxes), 0.9, np.float32)
        keep = scores >= floor
        return boxes[keep], scores[keep], np.zeros((int(keep.sum()), 10), np.float32)


def grey_squares(img: np.ndarray, squares: list[tuple[int, int, int]]) -> np.ndarray:
    for x, y, s in squares:
        img[y:y + s, x:x + s] = 100
    return img


def test_tiled_centerface_pass_finds_a_face_on_a_seam_once() -> None:
    # 900x700 at 2x: 1800x1400, several tiles; a 24 px face at x ~ the middle straddles a seam.
    img = grey_squares(np.zeros((700, 900, 3), np.uint8), [(440, 340, 24), (50, 50, 20)])
    fake = GreySquareCenterFace()
    p = det.centerface_pass(900, 700, Preset.THOROUGH)
    assert p is not None
    out = det.run_pass(fake, img, p, 0.1, window=det.run_centerface_window).nms()
    assert len(fake.windows) > 1 and all(max(s) <= det.TILE for s in fake.windows)
    np.testing.assert_allclose(sorted(out.boxes.tolist()), [corners(50, 50, 20), corners(440, 340, 24)], atol=0.6)


def test_detector_joins_centerface_boxes_of_the_kept_heights() -> None:
    # White squares are RetinaFace's (the stand-in model), grey ones CenterFace's.
    img = image_with_squares(900, 700, [(100, 100, 50)])
    img = grey_squares(img, [(400, 300, 24), (600, 400, 100), (700, 100, 10)])
    d = det.FaceDetector(DetectionOptions(), session=WhiteSquareModel(),  # type: ignore[arg-type]
                         centerface=GreySquareCenterFace())  # type: ignore[arg-type]
    faces = sorted((f.box.x, f.box.y, f.box.w, f.box.h, round(f.score, 4)) for f in d.detect(img))
    # 100 px and 10 px grey squares are outside CenterFace's heights; the 24 px one is mapped:
    # 0.9 x 0.2 (16-32 px threshold) / CenterFace's threshold.
    expected_score = round(min(1.0, 0.9 * 0.2 / d.centerface_threshold), 4)
    np.testing.assert_allclose(faces, [(100, 100, 50, 50, 0.9), (400, 300, 24, 24, expected_score)], atol=1.5)
    search = d.find(img)
    assert len(search.faces) == 2


def test_fast_detector_runs_no_centerface() -> None:
    fake = GreySquareCenterFace()
    img = grey_squares(np.zeros((700, 900, 3), np.uint8), [(400, 300, 24)])
    d = det.FaceDetector(DetectionOptions(preset=Preset.FAST), session=WhiteSquareModel(),  # type: ignore[arg-type]
                         centerface=fake)  # type: ignore[arg-type]
    assert d.detect(img) == [] and fake.windows == []


def test_big_photo_runs_no_centerface() -> None:
    fake = GreySquareCenterFace()
    img = grey_squares(np.zeros((1600, 2400, 3), np.uint8), [(400, 300, 24)])
    d = det.FaceDetector(DetectionOptions(), session=WhiteSquareModel(),  # type: ignore[arg-type]
                         centerface=fake)  # type: ignore[arg-type]
    retina, cf = d.detect_parts(img)
    assert cf is None and fake.windows == [] and len(retina.scores) == 0


def test_a_given_session_brings_its_own_centerface_or_none() -> None:
    d = det.FaceDetector(DetectionOptions(), session=WhiteSquareModel())  # type: ignore[arg-type]
    assert d.detect_parts(grey_squares(np.zeros((100, 100, 3), np.uint8), [(10, 10, 20)]))[1] is None
