"""Carry each face through time so that a face the detector misses for a few frames stays covered.

Frames wait in a short look-ahead window before they are released. While a frame waits, later
detections can still add boxes to it:

- a track found again after a gap fills the frames it missed by interpolation (seen at t-k and t+k,
  covered at t), as long as those frames are still in the window;
- a new track also covers the frames before its first detection (a face is usually visible, turned or
  blurred, a moment before the detector finds it), moving backwards at the track's speed;
- a track that is not found is held for ``hold`` frames at its predicted (constant velocity) place,
  the box growing with the uncertainty.

Boxes are faces as the detector gives them (before the redaction's own expansion); they are grown a
little with the speed of the face, and never shrink below the detection.
"""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from anonymizer.core.models import Box, Detection

T = TypeVar("T")

LOOKAHEAD = 12  # frames a frame waits for later detections (0.4 s at 30 fps)
MIN_LOOKAHEAD = 6
LOOKAHEAD_BYTES = 160 << 20  # the waiting frames' memory budget: 12 frames of 1080p (and less), 6 of 4K
HOLD = 15  # frames a lost track stays covered at its predicted place
BACKFILL = 8  # frames before a new track's first detection that it also covers
SPEED_MARGIN = 1.0  # grow a box by this many frames of motion on each side
HOLD_GROWTH = 0.04  # a held box grows by this share of its size per frame since the last detection
MAX_HOLD_GROWTH = 0.5
MATCH_IOU = 0.1
MATCH_DISTANCE = 0.8  # or centres closer than this share of the larger side
SIZE_SMOOTHING = 0.35  # weight of the previous size in the smoothed size (never below the detection)


def lookahead_for(frame_bytes: int) -> int:
    """How many frames may wait, for frames of this size (memory stays bounded on 4K and above)."""
    return max(MIN_LOOKAHEAD, min(LOOKAHEAD, LOOKAHEAD_BYTES // max(1, frame_bytes)))


def _union(a: Box, b: Box) -> Box:
    return Box.from_corners(min(a.x, b.x), min(a.y, b.y), max(a.x2, b.x2), max(a.y2, b.y2))


def _grow(box: Box, dx: float, dy: float) -> Box:
    return Box(box.x - dx, box.y - dy, box.w + 2 * dx, box.h + 2 * dy)


def _lerp(a: Box, b: Box, t: float) -> Box:
    return Box(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t, a.w + (b.w - a.w) * t, a.h + (b.h - a.h) * t)


@dataclass
class Track:
    id: int
    box: Box  # the last detected (size-smoothed) box
    last: int  # frame index of the last detection
    born: int
    vx: float = 0.0  # centre velocity, pixels per frame
    vy: float = 0.0
    hits: int = 1

    def predict(self, index: int) -> Box:
        k = index - self.last
        return self.box.translated(self.vx * k, self.vy * k)

    def motion_margin(self) -> tuple[float, float]:
        return abs(self.vx) * SPEED_MARGIN, abs(self.vy) * SPEED_MARGIN


def _match_cost(pred: Box, det: Box) -> float | None:
    """Lower is better; None when the two cannot be the same face."""
    iou = pred.iou(det)
    dist = ((pred.cx - det.cx) ** 2 + (pred.cy - det.cy) ** 2) ** 0.5
    scale = max(pred.w, pred.h, det.w, det.h, 1.0)
    if iou < MATCH_IOU and dist > MATCH_DISTANCE * scale:
        return None
    return (1.0 - iou) + dist / scale


@dataclass
class _Slot(Generic[T]):
    index: int
    item: T
    boxes: dict[int, Box] = field(default_factory=dict)
    scores: dict[int, float] = field(default_factory=dict)  # tracks the detector found on this frame


@dataclass(frozen=True)
class TrackedFrame(Generic[T]):
    """A released frame: every box to cover on it by track id, and the score of each track the detector
    itself found here (a track with a box but no score was bridged, back-filled or held)."""

    index: int
    item: T
    boxes: dict[int, Box]
    scores: dict[int, float]


class FaceTracker(Generic[T]):
    """Feed frames in order with their detections; get frames back, ``lookahead`` frames later, with
    every face box to cover on them. ``item`` is whatever travels with the frame (pixels, timing)."""

    def __init__(self, lookahead: int = LOOKAHEAD, hold: int = HOLD, backfill: int = BACKFILL) -> None:
        self.lookahead = lookahead
        self.hold = hold
        self.backfill = min(backfill, lookahead)
        self._slots: deque[_Slot[T]] = deque()
        self._tracks: list[Track] = []
        self._ids = itertools.count()
        self.tracks_started = 0
        self._index = 0

    def push(self, item: T, detections: Sequence[Detection]) -> list[tuple[T, dict[int, Box]]]:
        """Add the next frame; returns the frames now final (oldest first) with their boxes by track id."""
        return [(f.item, f.boxes) for f in self.push_frame(item, detections)]

    def flush(self) -> list[tuple[T, dict[int, Box]]]:
        """The frames still waiting, at the end of the video."""
        return [(f.item, f.boxes) for f in self.flush_frames()]

    def push_frame(self, item: T, detections: Sequence[Detection]) -> list[TrackedFrame[T]]:
        """As :meth:`push`, with the frame numbers and the detection scores of each track."""
        slot = _Slot(self._index, item)
        self._slots.append(slot)
        self._update(slot, list(detections))
        self._index += 1
        out = []
        while len(self._slots) > self.lookahead:
            out.append(self._release())
        return out

    def flush_frames(self) -> list[TrackedFrame[T]]:
        return [self._release() for _ in range(len(self._slots))]

    def _release(self) -> TrackedFrame[T]:
        slot = self._slots.popleft()
        return TrackedFrame(slot.index, slot.item, slot.boxes, slot.scores)

    def _slot(self, index: int) -> _Slot[T] | None:
        first = self._slots[0].index if self._slots else 0
        pos = index - first
        return self._slots[pos] if 0 <= pos < len(self._slots) else None

    def _update(self, slot: _Slot[T], detections: list[Detection]) -> None:
        t = slot.index
        matched = self._associate(t, detections)
        for track, det in matched:
            self._observe(track, det.box, t)
            slot.scores[track.id] = det.score
        used = {id(d) for _, d in matched}
        for det in detections:
            if id(det) not in used:
                slot.scores[self._start(det.box, t).id] = det.score
        seen = {id(tr) for tr, _ in matched}
        for track in list(self._tracks):
            if id(track) in seen or track.born == t:
                continue
            if t - track.last > self.hold:
                self._tracks.remove(track)
            else:
                self._hold(track, slot)

    def _associate(self, t: int, detections: list[Detection]) -> list[tuple[Track, Detection]]:
        pairs = []
        for ti, track in enumerate(self._tracks):
            pred = track.predict(t)
            for bi, det in enumerate(detections):
                cost = _match_cost(pred, det.box)
                if cost is not None:
                    pairs.append((cost, ti, bi))
        pairs.sort()
        done_t: set[int] = set()
        done_b: set[int] = set()
        out = []
        for _, ti, bi in pairs:
            if ti in done_t or bi in done_b:
                continue
            done_t.add(ti)
            done_b.add(bi)
            out.append((self._tracks[ti], detections[bi]))
        return out

    def _start(self, box: Box, t: int) -> Track:
        track = Track(next(self._ids), box, t, t)
        self._tracks.append(track)
        self.tracks_started += 1
        self._cover(track, t, box)
        for k in range(1, self.backfill + 1):  # before the first detection: same place, a little larger
            slot = self._slot(t - k)
            if slot is not None:
                self._cover(track, slot.index, _grow(box, box.w * 0.1, box.h * 0.1))
        return track

    def _observe(self, track: Track, box: Box, t: int) -> None:
        gap = t - track.last
        vx = (box.cx - track.box.cx) / gap
        vy = (box.cy - track.box.cy) / gap
        if track.hits == 1:
            track.vx, track.vy = vx, vy
            self._backfill_moving(track, box, t)
        else:
            track.vx, track.vy = 0.5 * (track.vx + vx), 0.5 * (track.vy + vy)
        smoothed = self._smooth_size(track.box, box)
        dx, dy = abs(vx) * SPEED_MARGIN, abs(vy) * SPEED_MARGIN
        for k in range(1, gap):  # seen at t-gap and at t: cover the frames between
            slot = self._slot(track.last + k)
            if slot is not None:
                slot.boxes[track.id] = _grow(_lerp(track.box, smoothed, k / gap), dx, dy)
        track.box, track.last, track.hits = smoothed, t, track.hits + 1
        self._cover(track, t, _grow(smoothed, dx, dy))

    def _backfill_moving(self, track: Track, box: Box, t: int) -> None:
        """Once a new track has a speed, also cover where it came from before it was first seen."""
        for k in range(1, self.backfill + 1):
            slot = self._slot(track.born - k)
            if slot is None:
                continue
            back = track.box.translated(-track.vx * k, -track.vy * k)
            self._cover(track, slot.index, _union(back, slot.boxes.get(track.id, back)))

    def _hold(self, track: Track, slot: _Slot[T]) -> None:
        age = slot.index - track.last
        g = min(MAX_HOLD_GROWTH, HOLD_GROWTH * age)
        dx, dy = track.motion_margin()
        pred = track.predict(slot.index)
        self._cover(track, slot.index, _grow(pred, pred.w * g / 2 + dx, pred.h * g / 2 + dy))

    @staticmethod
    def _smooth_size(prev: Box, det: Box) -> Box:
        w = max(det.w, (1 - SIZE_SMOOTHING) * det.w + SIZE_SMOOTHING * prev.w)
        h = max(det.h, (1 - SIZE_SMOOTHING) * det.h + SIZE_SMOOTHING * prev.h)
        return Box(det.cx - w / 2, det.cy - h / 2, w, h)

    def _cover(self, track: Track, index: int, box: Box) -> None:
        slot = self._slot(index)
        if slot is None:
            return
        old = slot.boxes.get(track.id)
        slot.boxes[track.id] = box if old is None or index == track.last else _union(old, box)


def iter_tracked(items: Iterator[tuple[T, Sequence[Detection]]], tracker: FaceTracker[T] | None = None
                 ) -> Iterator[tuple[T, dict[int, Box]]]:
    """Run ``items`` (frame, detections) through a tracker; yields (frame, boxes) in order."""
    tracker = tracker or FaceTracker()
    for item, dets in items:
        yield from tracker.push(item, dets)
    yield from tracker.flush()
