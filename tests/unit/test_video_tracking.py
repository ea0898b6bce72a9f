"""The tracker covers a face on every frame it is present, even on frames the detector missed."""

from __future__ import annotations

import pytest

from anonymizer.core.models import Box, Detection
from anonymizer.core.video.tracking import FaceTracker, lookahead_for


def _truth(i: int, speed: float = 6.0) -> Box:
    return Box(20 + speed * i, 40 + 0.5 * speed * i, 40, 50)


def _covers(boxes: list[Box], truth: Box, share: float = 0.9) -> bool:
    best = 0.0
    for b in boxes:
        ix = max(0.0, min(b.x2, truth.x2) - max(b.x, truth.x))
        iy = max(0.0, min(b.y2, truth.y2) - max(b.y, truth.y))
        best = max(best, ix * iy / truth.area)
    return best >= share


def _run(n: int, seen, speed: float = 6.0, **kw) -> list[list[Box]]:
    tracker: FaceTracker[int] = FaceTracker(**kw)
    out: list[tuple[int, list[Box]]] = []
    for i in range(n):
        dets = [Detection(_truth(i, speed), 0.9)] if seen(i) else []
        out += tracker.push(i, dets)
    out += tracker.flush()
    assert [i for i, _ in out] == list(range(n))  # every frame, once, in order
    return [list(boxes.values()) for _, boxes in out]


@pytest.mark.parametrize("speed", [0.0, 6.0, 15.0])
def test_every_third_frame_missed_is_still_covered(speed: float) -> None:
    boxes = _run(60, lambda i: i % 3 != 2, speed)
    assert [i for i in range(60) if not _covers(boxes[i], _truth(i, speed))] == []


def test_gap_inside_the_lookahead_is_filled_by_interpolation() -> None:
    boxes = _run(40, lambda i: not 10 <= i < 20, 8.0, lookahead=12)
    assert [i for i in range(40) if not _covers(boxes[i], _truth(i, 8.0))] == []


def test_face_is_covered_before_its_first_detection() -> None:
    boxes = _run(30, lambda i: i >= 6, 5.0)
    assert all(_covers(boxes[i], _truth(i, 5.0), 0.8) for i in range(30))


def test_lost_face_is_held_then_dropped() -> None:
    boxes = _run(60, lambda i: i < 10, 0.0, hold=15)
    assert all(boxes[i] for i in range(10, 25))  # last seen at 9, held 15 frames
    assert not any(boxes[i] for i in range(25, 60))


def test_two_faces_keep_their_own_tracks() -> None:
    tracker: FaceTracker[int] = FaceTracker()
    out = []
    for i in range(30):
        dets = [Detection(Box(10 + 3 * i, 10, 30, 30), 0.9), Detection(Box(200 - 3 * i, 100, 30, 30), 0.9)]
        out += tracker.push(i, dets if i % 4 else dets[:1])
    out += tracker.flush()
    assert tracker.tracks_started == 2
    assert all(len(boxes) == 2 for i, boxes in out)


def test_lookahead_shrinks_for_huge_frames() -> None:
    assert lookahead_for(1920 * 1080 * 3) == 12
    assert 6 <= lookahead_for(3840 * 2160 * 3) < 12
    assert lookahead_for(8000 * 8000 * 3) == 6


def test_frames_wait_no_longer_than_the_lookahead() -> None:
    tracker: FaceTracker[int] = FaceTracker(lookahead=8)
    released = [len(tracker.push(i, [])) for i in range(20)]
    assert released == [0] * 8 + [1] * 12
    assert len(tracker.flush()) == 8
