"""The face detector: a scale pyramid of RetinaFace passes over tiles, merged by NMS.

See DESIGN.md section 5 and notes/detector-measurements.md for why: resolution is the strongest lever,
the graph is cut before its own NMS, tiles keep memory flat, and thresholds are chosen for recall.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import numpy as np

from anonymizer.core.cancel import CancelToken
from anonymizer.core.detection import geometry as geo
from anonymizer.core.detection.centerface import CenterFaceSession, get_centerface_session
from anonymizer.core.detection.model import (
    COL_BOX,
    COL_LANDMARKS,
    COL_SCORE,
    STRIDE,
    ModelSession,
    get_session,
)
from anonymizer.core.models import Box, Detection, DetectionOptions, Preset

# Anchors scoring below this never reach the merge: keeps NMS cheap; far below any operating point.
SCORE_FLOOR = 0.02
DEFAULT_OPTIONS = DetectionOptions()  # frozen, so safe as a shared default
NMS_IOU = 0.4
TILE = 1024  # ~450 MB of ONNX Runtime memory per 1024x1024 window; 2048 would take 1.6 GB
UPSCALE_MAX_SIDE = 2000
# Photos bigger than UPSCALE_MAX_SIDE: the main pass brings the long side down to this. A 12 MP photo
# (4000 px) runs at 0.7x: twelve 864x832 tiles instead of twenty 960x896, half the model input; the
# whole process then takes about half of deface's time on the same photo (bench/README.md, "Speed on a
# 12 MP photo"), at the cost of its smallest faces (16-32 px there reach the model at 11-22 px).
MAIN_MAX_SIDE = 2816
SMALL_SIDE = 640
WHOLE_SIDE = 1024
WHOLE_MAX_SCALE = 3.0
FAST_SIDE = (1024, 1280)  # the fast preset runs once with the long side brought into this range
OVERLAP = 192
EDGE_MARGIN = 2.0
CUT_PENALTY = 0.9  # score factor for big boxes cut by an interior tile edge
# Sideways faces (someone lying on the ground, a camera held at 90 degrees without EXIF): thorough adds
# one whole-image pass (long side ~640 px) over the image turned a quarter counter-clockwise (1) and one
# clockwise (3), keeping only boxes scoring >= 0.5 from them. bench/README.md "Rotated faces": on photos
# turned 90 degrees recall 32% -> 60% (faces >= 32 px: as upright); upright photos +0.25 FP, +20% time.
SIDEWAYS_TURNS = (1, 3)
SIDEWAYS_SIDE = 640
SIDEWAYS_MIN_SCORE = 0.5
# Candidates (issue 13): spots scoring between CANDIDATE_FLOOR and the threshold are shown to a person
# ("is this a face?") and redacted only when confirmed. Chosen on bench/detection.py's candidates section
# over the 867 photos (bench/README.md, "Candidates (review)"): with these constants, redacted +
# candidates cover 96.69% of labelled faces >= 16 px (redacted alone: 91.37%) at a median of 4
# candidates per photo (90th percentile 41); a floor of 0.06 gives 96.23% at 3 / 28, 0.1 only 94.7%.
# Boxes shorter than CANDIDATE_MIN_HEIGHT are left out (a 16 px face's box is often 12-15 px tall), and
# at most CANDIDATE_MAX per photo are kept (the best-scoring): without a cap one crowd photo had 1,066.
CANDIDATE_FLOOR = 0.05
CANDIDATE_MIN_HEIGHT = 12.0
CANDIDATE_MAX = 100
# A spot that mostly lies on a face already redacted (an echo of it just under NMS's IoU, or a
# head-and-shoulders box holding it) asks a person nothing new: dropped when the overlap covers this share
# of the smaller box. 0.7 costs 0.1 point of recall against no filter and drops ~6% of the candidates
# (mostly the large, confusing ones); 0.5 dropped 16% but cost 0.4 point.
CANDIDATE_FACE_OVERLAP = 0.7
# CenterFace (the second model, core/detection/centerface.py), thorough only: one more pass at the main
# pass's scale (2x; ~2.56x for a small photo) over photos whose main pass is that upscale (long side <=
# UPSCALE_MAX_SIDE: on a 12 MP photo it would cost more than the whole budget), tiled like RetinaFace's
# main pass. Only its boxes CENTERFACE_HEIGHTS tall (original pixels) are kept: the bands where it finds
# faces RetinaFace misses (bench/README.md, "The 16-64 px bands and masked faces"). Its scores are not
# RetinaFace's: a box scoring CENTERFACE_FACTOR times the base threshold (0.3 at the default sensitivity)
# is mapped exactly onto its size's threshold (score * threshold of its size / CenterFace's threshold),
# so that it is redacted at CenterFace's own threshold, a candidate a little below it, and then joins the
# merge like any pass. Chosen on the 867 photos (bench/README.md, "CenterFace at 2x"): 0.95 (0.285 at the
# default) with boxes under 16 px raised to 0.5 (SIZE_FACTORS), the point of the rule (false
# alarms <= 3.0 per photo and <= 0.15 of them >= 128 px, redacted + candidates not lower, then the most
# faces >= 16 px): 92.59 -> 93.42% of faces >= 16 px, 2.982 -> 2.998 false alarms per photo (fresh run),
# at about twice the CPU time per photo (1.02 -> 2.14 s mean).
CENTERFACE_HEIGHTS = (16.0, 64.0)
# CenterFace's input is kept to this long side (a photo of 1024-2000 px gets it at less than 2x): what was
# measured (every photo of the benchmark is <= 1024 px, so its 2x input is <= 2048) at a bounded cost. At
# the full 2x a 2000x1333 photo took 12.0 CPU s against 7.0 without CenterFace, more than a 12 MP photo.
CENTERFACE_MAX_SIDE = 2048
CENTERFACE_FACTOR = 0.95


@dataclass(frozen=True)
class Pass:
    """One run of the model over the image resized by ``scale``; tiled when larger than ``tile``;
    turned by ``turns`` quarter turns counter-clockwise (``np.rot90``) first; boxes scoring below
    ``min_score`` dropped."""

    scale: float
    tile: int | None = TILE
    overlap: int = OVERLAP
    turns: int = 0
    min_score: float = 0.0


# Sensitivity (0..1) to score threshold: piecewise linear through these points, chosen on the benchmark
# curve (bench/README.md, 867 photos). Thorough at 0.5 -> 0.3: 86% of faces at IoU 0.3, 2.6 false
# alarms per photo (many are real faces WIDER left unlabelled); 0 -> 0.7: 78% at 0.8; 1 -> 0.1: 92% at 9.5.
# Below 0.1 the false alarms explode (0.05: 44 per photo) for little recall.
_CURVE = ((0.0, 0.7), (0.25, 0.5), (0.5, 0.3), (0.75, 0.2), (1.0, 0.1))
SENSITIVITY_POINTS: dict[Preset, tuple[tuple[float, float], ...]] = {
    Preset.THOROUGH: _CURVE,
    # Fast at 0.3: 75% at 1.1 per frame; in video the tracker bridges frames where a face scores low.
    Preset.FAST: _CURVE,
}


def score_threshold(options: DetectionOptions) -> float:
    """The base score threshold that ``options.sensitivity`` stands for in ``options.preset`` (each box
    size scales it by its own factor, see :func:`size_thresholds`)."""
    pts = SENSITIVITY_POINTS[options.preset]
    s = min(1.0, max(0.0, float(options.sensitivity)))
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    return float(np.interp(s, xs, ys))


@dataclass(frozen=True)
class SizeThresholds:
    """A score threshold by box height: ``values[i]`` holds for boxes with ``edges[i-1] <= height <
    edges[i]`` (``values`` has one more entry than ``edges``). One value: the same for every size."""

    values: tuple[float, ...]
    edges: tuple[float, ...] = ()

    def __post_init__(self) -> None:
        if len(self.values) != len(self.edges) + 1 or list(self.edges) != sorted(self.edges):
            raise ValueError("one threshold per band, bands in increasing order")

    @classmethod
    def flat(cls, threshold: float) -> SizeThresholds:
        return cls((float(threshold),))

    @property
    def lowest(self) -> float:
        return min(self.values)

    def of(self, boxes: np.ndarray) -> np.ndarray:
        """The threshold of each (N, 4) corner box, by its height."""
        heights = np.asarray(boxes, dtype=np.float64).reshape(-1, 4) @ np.array([0.0, -1.0, 0.0, 1.0])
        return np.asarray(self.values, dtype=np.float64)[np.searchsorted(self.edges, heights, side="right")]


Thresholds = float | SizeThresholds


def as_size_thresholds(threshold: Thresholds) -> SizeThresholds:
    return threshold if isinstance(threshold, SizeThresholds) else SizeThresholds.flat(threshold)


# Thresholds by box height (issue 14): a false alarm of 20 px costs a dot, one of 250 px blacks out a
# banner, and big boxes score high when they are faces. Chosen on the 867 photos' saved detections
# (bench/README.md, "Thresholds by size" and "The operating point"), thorough at the default (base 0.3):
# boxes < 16 px 0.4 (0.5 since the CenterFace pass, below), 16-32 px 0.2, 32-64 px 0.2, 64-128 px 0.4,
# >= 128 px 0.55: of every point that keeps
# false alarms <= 3.0 per photo and those >= 128 px <= 0.15 (the targets) and redacted +
# candidates at least as high as before, the one with the most faces >= 16 px found: 92.59% (flat 0.3:
# 91.37%) at 2.98 false alarms per photo, 0.148 of them >= 128 px (about half of those are real faces
# the labels left out), redacted + candidates 96.75%. Small boxes are raised: below 16 px they are the
# cheapest faces to lose (no recogniser identifies them) and the dearest in false alarms; the mask set,
# whose faces are mostly that small, pays 0.8 point (88.06 -> 87.17%, most of it back as candidates).
# The CenterFace pass adds false alarms of 16-64 px (2.98 -> 3.18 per photo at its threshold 0.3); boxes
# under 16 px at 0.5 pay for them (0.74 -> 0.52 per photo): with CenterFace at 0.285, 93.42% of faces
# >= 16 px at 2.998 false alarms per photo, redacted + candidates 97.53% (bench/README.md, "CenterFace at
# 2x"); faces under 16 px 72.66 -> 69.74%, the mask set 87.17 -> 87.0%.
# Other sensitivities scale the same ratios, kept within [SCORE_FLOOR, SIZE_THRESHOLD_MAX].
# Fast (video frames, the quick look) has few big false alarms (0.03 per frame) and a tracker behind
# it: only 16-64 px boxes are lowered, as in thorough: 86.76% -> 88.37% of faces >= 16 px at 1.10 ->
# 1.41 false alarms per frame, no band lower, redacted + candidates 94.84 -> 94.85%. (16-64 px at 0.25
# alone: 87.63% at 1.25, but redacted + candidates 94.81%: a newly redacted box hides a candidate.)
SIZE_EDGES = (16.0, 32.0, 64.0, 128.0)
SIZE_FACTORS: dict[Preset, tuple[float, ...]] = {
    Preset.THOROUGH: (5 / 3, 2 / 3, 2 / 3, 4 / 3, 11 / 6),
    Preset.FAST: (1.0, 2 / 3, 5 / 6, 1.0, 1.0),
}
SIZE_THRESHOLD_MAX = 0.9


def size_thresholds(options: DetectionOptions) -> SizeThresholds:
    """The score threshold by box height that ``options`` stand for."""
    return scaled_size_thresholds(score_threshold(options), options.preset)


def scaled_size_thresholds(base: float, preset: Preset) -> SizeThresholds:
    """The thresholds by size around the base threshold ``base`` (the benchmark's curve walks it)."""
    values = tuple(round(min(SIZE_THRESHOLD_MAX, max(SCORE_FLOOR, base * f)), 4) for f in SIZE_FACTORS[preset])
    return SizeThresholds(values, SIZE_EDGES)


def plan_passes(width: int, height: int, preset: Preset, sideways: bool = True) -> list[Pass]:
    """The scale pyramid for an image of this size. ``sideways`` (thorough only) adds the passes over
    the image turned by a quarter each way."""
    long_side = max(width, height)
    if preset is Preset.FAST:
        target = min(FAST_SIDE[1], max(FAST_SIDE[0], long_side))
        return [Pass(scale=target / long_side, tile=None)]
    if long_side <= SMALL_SIDE:
        # Small photos (the masked street photos of the benchmark are 400 px): one pass brought to about
        # 1024 px (2-3x) finds more faces per false alarm than 2x + native, and than 4x tiled, which
        # adds small false alarms; plus the native view for faces filling the frame.
        passes = [Pass(scale=min(WHOLE_MAX_SCALE, max(2.0, WHOLE_SIDE / long_side))), Pass(scale=1.0, tile=None)]
    else:
        # Main pass, tiled: 2x up to 2000 px (small faces are the misses), native above.
        passes = [Pass(scale=2.0 if long_side <= UPSCALE_MAX_SIDE else min(1.0, MAIN_MAX_SIDE / long_side))]
        # A whole-image pass at 1024 px long side catches faces bigger than the largest anchors at the
        # main scale, and faces cut by tile seams.
        passes.append(Pass(scale=min(1.0, WHOLE_SIDE / long_side), tile=None))
    if sideways:
        # The model only finds roughly upright faces; one cheap whole view per quarter turn finds faces
        # lying sideways (>= ~32 px); the score gate keeps its extra false alarms low.
        scale = min(WHOLE_MAX_SCALE, SIDEWAYS_SIDE / long_side)
        passes += [Pass(scale=scale, tile=None, turns=k, min_score=SIDEWAYS_MIN_SCORE) for k in SIDEWAYS_TURNS]
    return passes


def centerface_pass(width: int, height: int, preset: Preset) -> Pass | None:
    """The CenterFace pass for an image of this size (the main pass's scale and tiles, its input's long
    side at most CENTERFACE_MAX_SIDE), or None."""
    if preset is not Preset.THOROUGH or max(width, height) > UPSCALE_MAX_SIDE:
        return None
    main = plan_passes(width, height, preset, sideways=False)[0]
    return Pass(scale=min(main.scale, CENTERFACE_MAX_SIDE / max(width, height)))


def centerface_threshold(base: float) -> float:
    """CenterFace's own score threshold for a RetinaFace base threshold ``base``."""
    return min(SIZE_THRESHOLD_MAX, max(SCORE_FLOOR, base * CENTERFACE_FACTOR))


def _resize(rgb: np.ndarray, scale: float) -> np.ndarray:
    if scale == 1.0:
        return rgb
    import cv2  # lazy

    h, w = rgb.shape[:2]
    size = (max(1, round(w * scale)), max(1, round(h * scale)))
    interp = cv2.INTER_LINEAR if scale > 1 else cv2.INTER_AREA
    return cv2.resize(rgb, size, interpolation=interp)


@dataclass
class RawDetections:
    """Merged detections as arrays, in original-image pixels: boxes (N, 4) corners, scores, landmarks."""

    boxes: np.ndarray
    scores: np.ndarray
    landmarks: np.ndarray

    @classmethod
    def empty(cls) -> RawDetections:
        return cls(np.zeros((0, 4), np.float32), np.zeros(0, np.float32), np.zeros((0, 10), np.float32))

    def select(self, idx: np.ndarray) -> RawDetections:
        return RawDetections(self.boxes[idx], self.scores[idx], self.landmarks[idx])

    @classmethod
    def concat(cls, parts: list[RawDetections]) -> RawDetections:
        if not parts:
            return cls.empty()
        return cls(np.concatenate([p.boxes for p in parts]), np.concatenate([p.scores for p in parts]),
                   np.concatenate([p.landmarks for p in parts]))

    def nms(self, iou: float = NMS_IOU) -> RawDetections:
        return self.select(geo.nms(self.boxes, self.scores, iou)) if len(self.scores) else self

    def above(self, threshold: Thresholds) -> RawDetections:
        return self.select(np.nonzero(self.redacted(threshold))[0])

    def redacted(self, threshold: Thresholds) -> np.ndarray:
        """Mask of the boxes at or above their size's threshold."""
        return self.scores >= as_size_thresholds(threshold).of(self.boxes)

    def to_detections(self) -> list[Detection]:
        out = []
        for b, s, lm in zip(self.boxes.tolist(), self.scores.tolist(), self.landmarks.tolist(), strict=True):
            out.append(Detection(Box.from_corners(*b), float(s), tuple(zip(lm[0::2], lm[1::2], strict=True))))
        return out


def run_window(session: ModelSession, window: np.ndarray, floor: float) -> RawDetections:
    """Run the model on one (h, w, 3) uint8 window; boxes in that window's pixels."""
    h, w = window.shape[:2]
    padded = geo.pad_to_multiple(window, STRIDE)
    ph, pw = padded.shape[:2]
    rows = session.run(padded[None].astype(np.float32))
    rows = rows[rows[:, COL_SCORE] >= floor]
    boxes = geo.to_pixels(rows[:, COL_BOX], pw, ph)
    lms = rows[:, COL_LANDMARKS] * np.array([pw, ph] * 5, dtype=np.float32)
    # Anchors beyond the real image (in the padding) cannot be faces.
    inside = (boxes[:, 0] < w) & (boxes[:, 1] < h)
    return RawDetections(boxes[inside], rows[inside, COL_SCORE], lms[inside]).nms()


def run_centerface_window(session: CenterFaceSession, window: np.ndarray, floor: float) -> RawDetections:
    """Run CenterFace on one (h, w, 3) uint8 window; boxes in that window's pixels, CenterFace's scores."""
    return RawDetections(*session.detect(window, floor)).nms()


WindowRunner = Callable[[Any, np.ndarray, float], RawDetections]


def run_pass(session: Any, rgb: np.ndarray, p: Pass, floor: float,
             cancel: CancelToken | None = None, window: WindowRunner = run_window) -> RawDetections:
    """One pass of the pyramid; boxes in original-image pixels. ``window`` runs the model on one tile
    (RetinaFace's :func:`run_window`, or :func:`run_centerface_window` with a CenterFace session)."""
    floor = max(floor, p.min_score)
    scaled = _resize(rgb, p.scale)
    sh, sw = scaled.shape[:2]
    if p.turns % 4:
        # Turn the already-shrunk image (a sideways pass sees ~640 px): turning a 12 MP photo first
        # cost ten times as much. The turned image is sh wide and sw high.
        turned = np.ascontiguousarray(np.rot90(scaled, p.turns))
        det = run_pass(session, turned, replace(p, scale=1.0, turns=0), floor, cancel, window)
        det.boxes = geo.rot90_boxes(det.boxes, -p.turns, sh, sw) / p.scale
        det.landmarks = geo.rot90_points(det.landmarks.reshape(-1, 2), -p.turns, sh, sw).reshape(-1, 10) / p.scale
        return det
    if p.tile is None:
        tiles = [geo.Tile(0, 0, sw, sh)]
    else:  # an image that fits in one tile gets one tile with no inner edges
        tiles = geo.make_tiles(sw, sh, p.tile, p.overlap, STRIDE)
    parts = []
    for t in tiles:
        if cancel is not None:
            cancel.raise_if_cancelled()
        det = window(session, scaled[t.y0:t.y0 + t.h, t.x0:t.x0 + t.w], floor)
        # A box touching an interior edge is a cut face that the neighbouring tile sees whole, if the
        # face is smaller than the overlap. Bigger ones are kept (the whole-image pass also sees them).
        size = np.maximum(det.boxes[:, 2] - det.boxes[:, 0], det.boxes[:, 3] - det.boxes[:, 1])
        touching = geo.touches_inner_edge(det.boxes, t, EDGE_MARGIN)
        det = det.select(np.nonzero(~(touching & (size < p.overlap - 2 * EDGE_MARGIN)))[0])
        # Those kept are likely cut: let a whole view of the same face win the merge.
        det.scores = np.where(geo.touches_inner_edge(det.boxes, t, EDGE_MARGIN), det.scores * CUT_PENALTY,
                              det.scores).astype(np.float32)
        det.boxes = geo.map_back(det.boxes, t.x0, t.y0, p.scale)
        det.landmarks = (det.landmarks + np.array([t.x0, t.y0] * 5, dtype=np.float32)) / p.scale
        parts.append(det)
    return RawDetections.concat(parts)


def merge_passes(parts: list[RawDetections], width: int, height: int) -> RawDetections:
    """The passes' boxes merged by NMS, clipped to the image, empty ones dropped."""
    merged = RawDetections.concat(parts).nms()
    merged.boxes = np.clip(merged.boxes, 0, [width, height, width, height]).astype(np.float32)
    keep = (merged.boxes[:, 2] > merged.boxes[:, 0]) & (merged.boxes[:, 3] > merged.boxes[:, 1])
    return merged.select(np.nonzero(keep)[0])


def centerface_native_floor(floor: float, thresholds: SizeThresholds, cf_threshold: float) -> float:
    """The CenterFace score below which none of its kept boxes maps to ``floor`` or more."""
    lo, hi = CENTERFACE_HEIGHTS
    loosest = float(thresholds.of(np.array([[0.0, 0.0, 0.0, lo], [0.0, 0.0, 0.0, hi - 1e-3]])).max())
    return min(1.0, floor * cf_threshold / loosest)


def map_centerface(cf: RawDetections, thresholds: SizeThresholds, cf_threshold: float, floor: float) -> RawDetections:
    """CenterFace's boxes of the kept heights with their scores mapped onto RetinaFace's thresholds by
    size (``score * threshold of the box's size / cf_threshold``, at most 1), those mapped below ``floor``
    dropped."""
    heights = cf.boxes[:, 3] - cf.boxes[:, 1]
    kept = cf.select(np.nonzero((heights >= CENTERFACE_HEIGHTS[0]) & (heights < CENTERFACE_HEIGHTS[1]))[0])
    kept.scores = np.minimum(1.0, kept.scores * thresholds.of(kept.boxes) / cf_threshold).astype(np.float32)
    return kept.select(np.nonzero(kept.scores >= floor)[0])


def join_centerface(retina: RawDetections, cf: RawDetections | None, thresholds: SizeThresholds,
                    cf_threshold: float, floor: float, width: int, height: int) -> RawDetections:
    """The merged RetinaFace passes with CenterFace's kept boxes (its own scores, ``cf``) joined by NMS."""
    if cf is None:
        return retina
    return merge_passes([retina, map_centerface(cf, thresholds, cf_threshold, floor)], width, height)


@dataclass(frozen=True)
class FaceSearch:
    """What one search of a picture found: the faces to redact (score >= the threshold) and the
    candidates below it that a person should look at (not redacted unless confirmed)."""

    faces: tuple[Detection, ...]
    candidates: tuple[Detection, ...] = ()


def split_candidates(raw: RawDetections, threshold: Thresholds, floor: float = CANDIDATE_FLOOR,
                     min_height: float = CANDIDATE_MIN_HEIGHT, limit: int = CANDIDATE_MAX) -> FaceSearch:
    """Faces at or above ``threshold`` (of their size); candidates in [floor, threshold), at least ``min_height`` tall,
    not lying on a face, the ``limit`` best-scoring, tallest first. Thresholding commutes with the greedy NMS, so the faces
    are exactly what :meth:`FaceDetector.detect` returns."""
    below = candidate_index(raw, threshold, floor, min_height, limit)
    return FaceSearch(tuple(raw.above(threshold).to_detections()), tuple(raw.select(below).to_detections()))


def candidate_index(raw: RawDetections, threshold: Thresholds, floor: float = CANDIDATE_FLOOR,
                    min_height: float = CANDIDATE_MIN_HEIGHT, limit: int = CANDIDATE_MAX) -> np.ndarray:
    """Indices into ``raw`` of its candidates, tallest first (the very rule bench/detection.py measures)."""
    redacted = raw.redacted(threshold)
    faces = raw.boxes[redacted]
    heights = raw.boxes[:, 3] - raw.boxes[:, 1]
    below = np.nonzero((raw.scores >= floor) & ~redacted & (heights >= min_height))[0]
    below = below[_overlap_share(raw.boxes[below], faces) < CANDIDATE_FACE_OVERLAP]
    # Past the cap the best-scoring are kept (measured: 0.4 point more recall than keeping the tallest),
    # then shown tallest first, the order a person walks them in.
    below = below[np.argsort(-raw.scores[below], kind="stable")][:limit]
    return below[np.argsort(-heights[below], kind="stable")]


def _overlap_share(spots: np.ndarray, faces: np.ndarray) -> np.ndarray:
    """For each spot (corners), its largest overlap with any face as a share of the smaller box."""
    if not len(spots) or not len(faces):
        return np.zeros(len(spots), np.float32)
    return geo.overlap_of_smaller(spots, faces).max(axis=1)


@runtime_checkable
class FaceFinder(Protocol):
    """A detector that also reports candidates (the real one; a test fake may only ``detect``)."""

    def find(self, rgb: np.ndarray, cancel: CancelToken | None = None) -> FaceSearch: ...


class FaceDetector:
    """Finds faces in an RGB image. Cheap to create; the ONNX session is shared per process.

    ``detect`` may be called from several threads at once.
    """

    def __init__(self, options: DetectionOptions = DEFAULT_OPTIONS, model_path: Path | str | None = None,
                 session: ModelSession | None = None, centerface: CenterFaceSession | None = None) -> None:
        """``session``/``centerface``: the RetinaFace and CenterFace sessions (default: the shipped models,
        CenterFace only for the preset that runs it). A caller giving its own ``session`` gives its
        CenterFace too, or none (a test's stand-in model then runs alone)."""
        self.options = options
        self.threshold = score_threshold(options)  # the base; each box is held to its size's threshold
        self.thresholds = size_thresholds(options)
        self.centerface_threshold = centerface_threshold(self.threshold)
        self._session = session or get_session(model_path)
        if centerface is None and session is None and options.preset is Preset.THOROUGH:
            centerface = get_centerface_session()
        self._centerface = centerface

    @property
    def session(self) -> ModelSession:
        return self._session

    def detect_raw(self, rgb: np.ndarray, floor: float = SCORE_FLOOR,
                   cancel: CancelToken | None = None) -> RawDetections:
        """Every merged detection scoring at least ``floor`` (for benchmarks and review lists)."""
        retina, cf = self.detect_parts(rgb, floor, cancel)
        h, w = rgb.shape[:2]
        return join_centerface(retina, cf, self.thresholds, self.centerface_threshold, floor, w, h)

    def detect_parts(self, rgb: np.ndarray, floor: float = SCORE_FLOOR, cancel: CancelToken | None = None
                     ) -> tuple[RawDetections, RawDetections | None]:
        """The merged RetinaFace passes (scoring at least ``floor``) and CenterFace's boxes (None where it
        does not run) with its own scores, as many as can map to ``floor`` or more: what
        :meth:`detect_raw` joins (the benchmark keeps both to walk CenterFace's threshold)."""
        if rgb.ndim != 3 or rgb.shape[2] != 3 or rgb.dtype != np.uint8:
            raise ValueError(f"expected an (H, W, 3) uint8 RGB array, got {rgb.shape} {rgb.dtype}")
        h, w = rgb.shape[:2]
        retina = merge_passes([run_pass(self._session, rgb, p, floor, cancel)
                               for p in plan_passes(w, h, self.options.preset)], w, h)
        p = centerface_pass(w, h, self.options.preset)
        if p is None or self._centerface is None:
            return retina, None
        cf_floor = centerface_native_floor(floor, self.thresholds, self.centerface_threshold)
        return retina, run_pass(self._centerface, rgb, p, cf_floor, cancel, run_centerface_window)

    def detect(self, rgb: np.ndarray, cancel: CancelToken | None = None) -> list[Detection]:
        """Faces in ``rgb`` ((H, W, 3) uint8 RGB), in its pixel coordinates, before expansion."""
        # Thresholding commutes with greedy NMS, so the lowest threshold can serve as the floor (fewer
        # boxes); thresholding by size after the merge gives exactly what the benchmark measured.
        return self.detect_raw(rgb, self.thresholds.lowest, cancel).above(self.thresholds).to_detections()

    def find(self, rgb: np.ndarray, cancel: CancelToken | None = None) -> FaceSearch:
        """The faces of :meth:`detect` and, from the same run, the candidates below the threshold."""
        floor = min(CANDIDATE_FLOOR, self.thresholds.lowest)
        return split_candidates(self.detect_raw(rgb, floor, cancel), self.thresholds)


_lock = threading.Lock()
_detectors: dict[DetectionOptions, FaceDetector] = {}


def get_detector(options: DetectionOptions = DEFAULT_OPTIONS) -> FaceDetector:
    """A detector for ``options``; all detectors of the process share one ONNX session."""
    with _lock:
        det = _detectors.get(options)
        if det is None:
            det = _detectors[options] = FaceDetector(options)
        return det


def clear_detectors() -> None:
    """Forget cached detectors (tests that switch models)."""
    with _lock:
        _detectors.clear()
