#!/usr/bin/env python3
"""Face-detection benchmark: runs the real core ``FaceDetector`` on labelled photos, prints ONE JSON object.

    python bench/detection.py --annotations ../shared/data/faces/annotations.json \
        --images ../shared/data/faces/images [--preset thorough|fast] [--sensitivity 0.5] [--limit N]

Reports, at the operating point (the preset's threshold for ``--sensitivity``):
- recall of non-ignored faces at IoU 0.3 and 0.5, by box-height band (<16, 16-32, 32-64, 64-128,
  >128 px), by WIDER difficulty setting (cumulative: easy faces also count in medium and hard), by mask
  class and for the whole mask set;
- false positives per image (a detection matching an ignored face is neither a hit nor an FP);
- leak rate: share of images keeping a missed non-ignored face >= 24 px tall;
- seconds per image (median, mean; detection only, decode excluded) and peak memory (maxrss);
- a curve over score thresholds (recall@0.3, FP/img, leak, recall >= 64 px), computed from one run
  at a low floor: thresholding commutes with the detector's greedy NMS, so each point is exactly what
  the detector returns at that threshold. ``--floor F`` sets that floor (default 0.05; the detector's own
  is 0.02); ``--save-raw`` keeps everything at or above it;
- "candidates" for review (issue 13): merged detections with floor <= score < threshold and box height
  >= a minimum, at most a cap per image, over a grid of floors x minimum heights x caps: recall at IoU 0.3
  of the redacted boxes alone and of redacted boxes + candidates matched together (overall, faces >= 16 px,
  by band, by source), leak rate, candidates per image (all, >= 16 px, by source: median, 90th percentile,
  mean, max); and "big unsure boxes" (redacted, more than 1/2/4% of the image, scoring below 0.6): how
  many, and how many are false positives. Scored from the saved detections, so ``--load-raw`` gives it without re-running.

Matching is greedy by score: each detection, best first, takes the unmatched non-ignored face it
overlaps most (IoU >= the threshold); failing that, a detection overlapping an ignored face is neutral;
else it is a false positive.

Thresholds by size (issue 14): every box is held to the threshold of its height's band, as the detector
does (``size_thresholds``); ``--flat`` scores one threshold for all sizes instead (the rule before), and
``--size-grid`` scores a grid of thresholds by band (``SIZE_GRID``) with the best point under each cap on
false positives per image. False positives are also reported by box height. ``--flip-pass`` prototypes
the main pass run again over the mirrored image.

Rotated faces: ``--rotate 90`` turns every image and its boxes (``np.rot90``) first; ``--no-sideways`` runs
thorough without its sideways passes; ``--rotation-pass 90,270 [--rotation-side S --rotation-min-score T]``
prototypes other sideways passes in their place.

CenterFace (issue 14): a run saves, beside each image's merged detections, the two parts the detector
joins (``FaceDetector.detect_parts``: the merged RetinaFace passes, CenterFace's kept boxes with its own
scores); scoring saved detections, ``--centerface-factor F`` joins them again at CenterFace's threshold
F x the base threshold (0: RetinaFace alone), exactly as the detector would, and ``--centerface-sweep
F1,F2,...`` scores each such factor (recall, false alarms, redacted + candidates) for choosing it.

Extras: ``--save-raw F`` / ``--load-raw F`` keep detections (JSON) to re-score without re-running;
``--dump-misses DIR`` saves crops of missed faces >= 64 px; ``--time-sizes`` times 1920x1080 and
4000x3000 resized copies of a dataset photo.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from anonymizer.core.detection import FaceDetector, SizeThresholds, score_threshold, size_thresholds  # noqa: E402
from anonymizer.core.detection import detector as det_mod  # noqa: E402
from anonymizer.core.detection.geometry import iou_matrix  # noqa: E402
from anonymizer.core.models import DetectionOptions, Preset  # noqa: E402

BANDS = [("<16", 0, 16), ("16-32", 16, 32), ("32-64", 32, 64), ("64-128", 64, 128), (">128", 128, 1e9)]
LEAK_MIN_HEIGHT = 24
CURVE_THRESHOLDS = [0.02, 0.03, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6, 0.7, 0.8]
FLOOR = 0.05
# Candidates for review (issue 13): merged detections with floor <= score < threshold and box height >= a
# minimum, at most a cap per image, shown to a person but not redacted unless confirmed. A cap keeps the
# tallest candidates ("height", as the app does) or, for comparison, the best-scoring ("score").
CAND_FLOORS = [0.02, 0.03, 0.04, 0.05, 0.06, 0.075, 0.1, 0.15, 0.2]
CAND_MIN_SIZES = [0, 12, 16, 20, 24]
CAND_CAPS: list[tuple[int | None, str | None]] = [(None, None), (100, "height"), (40, "height"), (20, "height"),
                                                  (10, "height"), (100, "score"), (40, "score"), (20, "score"),
                                                  (10, "score")]
CAND_FACE_MIN = 16  # the goal counts labelled faces this tall and taller
CAND_IOU = 0.3
# "Big unsure boxes": redacted boxes covering more than a share of the image yet scoring below this.
BIG_SHARES = [0.01, 0.02, 0.04]
BIG_MAX_SCORE = 0.6


def load_rgb(path: Path) -> np.ndarray:
    from PIL import Image, ImageOps

    with Image.open(path) as im:
        im = ImageOps.exif_transpose(im)
        return np.asarray(im.convert("RGB"))


def select_images(images: list[dict], limit: int | None) -> list[dict]:
    """All images, or ``limit`` of them spread evenly over the list (which is grouped by source and
    event, so the subset is stratified)."""
    if not limit or limit >= len(images):
        return images
    idx = np.linspace(0, len(images) - 1, limit).round().astype(int)
    return [images[i] for i in sorted(set(idx.tolist()))]


def rotate_points(pts: np.ndarray, k: int, w: int, h: int) -> np.ndarray:
    """(N, 2) x, y points of a w x h image into the frame of ``np.rot90(image, k)`` (k quarter turns
    counter-clockwise)."""
    pts = np.asarray(pts, dtype=np.float64).reshape(-1, 2)
    for _ in range(k % 4):
        pts = np.stack([pts[:, 1], w - pts[:, 0]], axis=1)
        w, h = h, w
    return pts


def rotate_boxes(boxes: np.ndarray, k: int, w: int, h: int) -> np.ndarray:
    """(N, 4) corner boxes of a w x h image into the frame of ``np.rot90(image, k)``."""
    boxes = np.asarray(boxes, dtype=np.float64).reshape(-1, 4)
    a = rotate_points(boxes[:, :2], k, w, h)
    b = rotate_points(boxes[:, 2:], k, w, h)
    return np.concatenate([np.minimum(a, b), np.maximum(a, b)], axis=1)


def rotate_record(rec: dict, k: int) -> dict:
    """The annotation of ``rec`` for its image turned by ``np.rot90(image, k)``."""
    if k % 4 == 0:
        return rec
    faces = []
    for f in rec["faces"]:
        x, y, w, h = f["box"]
        x0, y0, x1, y1 = rotate_boxes(np.array([[x, y, x + w, y + h]]), k, rec["width"], rec["height"])[0]
        faces.append({**f, "box": [x0, y0, x1 - x0, y1 - y0]})
    w, h = (rec["height"], rec["width"]) if k % 2 else (rec["width"], rec["height"])
    return {**rec, "faces": faces, "width": w, "height": h}


def detect_with_rotation_pass(detector: FaceDetector, rgb: np.ndarray, floor: float, turns: list[int],
                              side: int = 1024, min_score: float = 0.0) -> det_mod.RawDetections:
    """PROTOTYPE: the detector's own upright passes plus, for each k in ``turns``, one whole-image pass over
    ``np.rot90(rgb, k)`` with the long side brought to ~``side`` px (boxes scoring below ``min_score``
    dropped); boxes mapped back, all merged by NMS exactly as ``FaceDetector.detect_raw`` merges its passes."""
    h, w = rgb.shape[:2]
    session = detector.session
    plan = det_mod.plan_passes(w, h, detector.options.preset, sideways=False)
    parts = [det_mod.run_pass(session, rgb, p, floor) for p in plan]
    scale = min(det_mod.WHOLE_MAX_SCALE, side / max(w, h))
    for k in turns:
        rot = np.ascontiguousarray(np.rot90(rgb, k))
        rh, rw = rot.shape[:2]
        d = det_mod.run_pass(session, rot, det_mod.Pass(scale=scale, tile=None), max(floor, min_score))
        d.boxes = rotate_boxes(d.boxes, 4 - k, rw, rh).astype(np.float32)
        d.landmarks = rotate_points(d.landmarks.reshape(-1, 2), 4 - k, rw, rh).reshape(-1, 10).astype(np.float32)
        parts.append(d)
    return det_mod.merge_passes(parts, w, h)


def detect_with_flip_pass(detector: FaceDetector, rgb: np.ndarray, floor: float) -> det_mod.RawDetections:
    """PROTOTYPE: the detector's own passes plus its main (first) pass over the mirrored image, boxes
    mirrored back, all merged by NMS exactly as ``FaceDetector.detect_raw`` merges its passes."""
    h, w = rgb.shape[:2]
    session = detector.session
    plan = det_mod.plan_passes(w, h, detector.options.preset)
    parts = [det_mod.run_pass(session, rgb, p, floor) for p in plan]
    d = det_mod.run_pass(session, np.ascontiguousarray(rgb[:, ::-1]), plan[0], floor)
    d.boxes = np.stack([w - d.boxes[:, 2], d.boxes[:, 1], w - d.boxes[:, 0], d.boxes[:, 3]], axis=1).astype(np.float32)
    lm = d.landmarks.reshape(-1, 5, 2).copy()
    lm[:, :, 0] = w - lm[:, :, 0]
    d.landmarks = lm.reshape(-1, 10).astype(np.float32)
    parts.append(d)
    return det_mod.merge_passes(parts, w, h)


def gt_arrays(faces: list[dict]) -> tuple[np.ndarray, np.ndarray]:
    boxes = np.array([[f["box"][0], f["box"][1], f["box"][0] + f["box"][2], f["box"][1] + f["box"][3]]
                      for f in faces], dtype=np.float64).reshape(-1, 4)
    ignore = np.array([bool(f.get("ignore")) for f in faces], dtype=bool)
    return boxes, ignore


def greedy_outcomes(ious: np.ndarray, scores: np.ndarray, ignore: np.ndarray, iou_thr: float
                    ) -> tuple[np.ndarray, np.ndarray]:
    """Greedy matching by score on a (detections, faces) IoU matrix. Returns the hit flag per face and the
    outcome per detection: 1 matched a face, 0 neutral (on an ignored face), -1 false positive."""
    n_det, n_gt = ious.shape
    hit = np.zeros(n_gt, dtype=bool)
    outcome = np.full(n_det, -1, dtype=np.int8)
    if n_det == 0 or n_gt == 0:
        return hit, outcome
    on_face = ious >= iou_thr
    on_counted = (on_face & ~ignore).any(axis=1)
    outcome[(on_face & ignore).any(axis=1)] = 0
    for d in np.argsort(-scores, kind="stable"):
        if not on_counted[d]:  # can take no face whatever is left: its outcome is already set
            continue
        cand = np.where(~ignore & ~hit & on_face[d], ious[d], -1.0)
        j = int(cand.argmax())
        if cand[j] >= iou_thr:
            hit[j] = True
            outcome[d] = 1
    return hit, outcome


def match(dets: np.ndarray, scores: np.ndarray, gt: np.ndarray, ignore: np.ndarray, iou_thr: float
          ) -> tuple[np.ndarray, int]:
    """Greedy matching by score. Returns (hit flag per face, number of false positives)."""
    ious = iou_matrix(dets, gt).reshape(len(dets), len(gt))
    hit, outcome = greedy_outcomes(ious, scores, ignore, iou_thr)
    return hit, int((outcome < 0).sum())


def pct(num: int, den: int) -> float | None:
    return round(100.0 * num / den, 2) if den else None


def evaluate(records: list[dict], raw: dict[str, dict], threshold: SizeThresholds, full: bool) -> dict:
    """Score every image at ``threshold`` (by box height, as the detector applies it). ``full`` adds the
    breakdowns, and false positives by box height."""
    tallies: dict[str, list[int]] = {}

    def add(key: str, hit: bool) -> None:
        t = tallies.setdefault(key, [0, 0])
        t[0] += int(hit)
        t[1] += 1

    fps = 0
    fp_heights: list[np.ndarray] = []
    leaks = 0
    misses: list[tuple[dict, dict]] = []
    for rec in records:
        r = raw[rec["file"]]
        dets, scores = np.array(r["boxes"], dtype=np.float64).reshape(-1, 4), np.array(r["scores"])
        keep = scores >= threshold.of(dets)
        dets, scores = dets[keep], scores[keep]
        gt, ignore = gt_arrays(rec["faces"])
        ious = iou_matrix(dets, gt).reshape(len(dets), len(gt))
        hit3, outcome = greedy_outcomes(ious, scores, ignore, 0.3)
        fps += int((outcome < 0).sum())
        fp_heights.append(dets[outcome < 0, 3] - dets[outcome < 0, 1])
        hit5, _ = match(dets, scores, gt, ignore, 0.5) if full else (hit3, 0)
        leaked = False
        for i, face in enumerate(rec["faces"]):
            if ignore[i]:
                continue
            h = face["box"][3]
            add("all@0.3", hit3[i])
            if full:
                add("all@0.5", hit5[i])
                for name, lo, hi in BANDS:
                    if lo <= h < hi:
                        add(f"band:{name}@0.3", hit3[i])
                        add(f"band:{name}@0.5", hit5[i])
                diff = face.get("difficulty")
                order = ["easy", "medium", "hard"]
                if diff in order:
                    for setting in order[order.index(diff):]:
                        add(f"wider:{setting}@0.3", hit3[i])
                        add(f"wider:{setting}@0.5", hit5[i])
                if face.get("mask"):
                    add(f"mask:{face['mask']}@0.3", hit3[i])
                    add(f"mask:{face['mask']}@0.5", hit5[i])
                    add("mask:all@0.3", hit3[i])
                    add("mask:all@0.5", hit5[i])
            elif h >= 64:
                add("ge64@0.3", hit3[i])
            if not hit3[i] and h >= LEAK_MIN_HEIGHT:
                leaked = True
                if h >= 64:
                    misses.append((rec, face))
        leaks += leaked

    def rec_of(key: str) -> float | None:
        hits, n = tallies.get(key, (0, 0))
        return pct(hits, n)

    n_img = len(records)
    out: dict = {"threshold": threshold.values[0] if len(threshold.values) == 1 else
                 {"values": list(threshold.values), "edges": list(threshold.edges)},
                 "recall@0.3": rec_of("all@0.3"),
                 "fp_per_image": round(fps / n_img, 3) if n_img else None,
                 "leak_rate": pct(leaks, n_img)}
    if not full:
        out["recall>=64@0.3"] = rec_of("ge64@0.3")
        return out
    out["recall@0.5"] = rec_of("all@0.5")
    out["faces"] = tallies.get("all@0.3", [0, 0])[1]
    out["recall>=16@0.3"] = pct(sum(tallies.get(f"band:{b[0]}@0.3", [0, 0])[0] for b in BANDS[1:]),
                                sum(tallies.get(f"band:{b[0]}@0.3", [0, 0])[1] for b in BANDS[1:]))
    fp_h = np.concatenate(fp_heights) if fp_heights else np.zeros(0)
    out["fp_per_image_by_box_height"] = {name: round(float(((fp_h >= lo) & (fp_h < hi)).sum()) / n_img, 3)
                                         for name, lo, hi in BANDS} if n_img else {}
    for section, prefix, keys in [
        ("by_height", "band", [b[0] for b in BANDS]),
        ("by_wider_setting", "wider", ["easy", "medium", "hard"]),
        ("by_mask", "mask", ["all", "with_mask", "without_mask", "mask_weared_incorrect"]),
    ]:
        out[section] = {k: {"recall@0.3": rec_of(f"{prefix}:{k}@0.3"), "recall@0.5": rec_of(f"{prefix}:{k}@0.5"),
                            "faces": tallies.get(f"{prefix}:{k}@0.3", [0, 0])[1]} for k in keys}
    out["_misses"] = misses
    return out


@dataclass
class Scene:
    """One image's merged detections (as saved, best first) and labelled faces, with their IoU matrix, so
    that many candidate settings can be scored without recomputing it."""

    scores: np.ndarray
    heights: np.ndarray
    areas: np.ndarray
    ious: np.ndarray
    face_heights: np.ndarray
    ignore: np.ndarray
    image_area: float
    source: str = ""
    boxes: np.ndarray = field(default_factory=lambda: np.zeros((0, 4)))


def make_scene(rec: dict, r: dict) -> Scene:
    """The ``Scene`` of annotation ``rec`` and its saved detections ``r``."""
    dets = np.array(r["boxes"], dtype=np.float64).reshape(-1, 4)
    gt, ignore = gt_arrays(rec["faces"])
    return Scene(scores=np.array(r["scores"], dtype=np.float64).reshape(-1), heights=dets[:, 3] - dets[:, 1],
                 areas=(dets[:, 2] - dets[:, 0]) * (dets[:, 3] - dets[:, 1]),
                 ious=iou_matrix(dets, gt).reshape(len(dets), len(gt)), face_heights=gt[:, 3] - gt[:, 1],
                 ignore=ignore, image_area=float(rec["width"] * rec["height"]), source=rec.get("source", ""),
                 boxes=dets)


def candidate_indices(s: Scene, threshold: SizeThresholds, floor: float, min_size: float, cap: int | None,
                      cap_by: str | None = "height") -> np.ndarray:
    """Indices (ascending) of the candidates of ``s``: floor <= score < threshold, box height >= ``min_size``;
    if a cap is given, the ``cap`` tallest of them (``cap_by="height"``) or best-scoring (``"score"``)."""
    idx = np.nonzero((s.scores >= floor) & (s.scores < threshold.of(s.boxes)) & (s.heights >= min_size))[0]
    if cap is not None and len(idx) > cap:
        key = s.heights[idx] if cap_by == "height" else s.scores[idx]
        idx = np.sort(idx[np.argsort(-key, kind="stable")[:cap]])
    return idx


def scene_hits(s: Scene, idx: np.ndarray) -> np.ndarray:
    """Hit flag per face of ``s`` when the detections ``idx`` (any mix of redacted boxes and candidates)
    are matched together, greedily by score, at IoU ``CAND_IOU``."""
    return greedy_outcomes(s.ious[idx], s.scores[idx], s.ignore, CAND_IOU)[0]


def recall_summary(scenes: list[Scene], hits: list[np.ndarray]) -> dict:
    """Recall of the counted faces overall, for faces >= ``CAND_FACE_MIN`` px (all, and by source), by height
    band, and the leak rate (share of images keeping a missed face >= ``LEAK_MIN_HEIGHT`` px)."""
    h = np.concatenate([s.face_heights[~s.ignore] for s in scenes])
    got = np.concatenate([hit[~s.ignore] for s, hit in zip(scenes, hits, strict=True)])
    src = np.concatenate([np.full(int((~s.ignore).sum()), s.source, dtype=object) for s in scenes])
    leaks = sum(bool(np.any(~hit & ~s.ignore & (s.face_heights >= LEAK_MIN_HEIGHT)))
                for s, hit in zip(scenes, hits, strict=True))

    def rec(sel: np.ndarray) -> float | None:
        return pct(int(got[sel].sum()), int(sel.sum()))

    return {"recall": rec(np.ones(len(h), dtype=bool)), f"recall>={CAND_FACE_MIN}": rec(h >= CAND_FACE_MIN),
            f"recall>={CAND_FACE_MIN}_by_source": {k: rec((h >= CAND_FACE_MIN) & (src == k)) for k in sorted(set(src))},
            "by_height": {name: rec((h >= lo) & (h < hi)) for name, lo, hi in BANDS},
            "leak_rate": pct(leaks, len(scenes))}


def count_stats(counts: list[int]) -> dict:
    """Median, 90th percentile, mean and maximum of per-image counts."""
    a = np.asarray(counts, dtype=np.float64)
    if not len(a):
        return {"median": None, "p90": None, "mean": None, "max": None}
    return {"median": float(np.median(a)), "p90": round(float(np.percentile(a, 90)), 1),
            "mean": round(float(a.mean()), 2), "max": int(a.max())}


def grid_point(scenes: list[Scene], redacted: list[np.ndarray], threshold: SizeThresholds, floor: float,
               min_size: float, cap: int | None, cap_by: str | None) -> dict:
    """Recall of redacted boxes + candidates at one candidate setting, and candidates per image (all, and
    only those >= ``CAND_FACE_MIN`` px tall; all, by source)."""
    cands = [candidate_indices(s, threshold, floor, min_size, cap, cap_by) for s in scenes]
    hits = [scene_hits(s, np.union1d(r, c)) for s, r, c in zip(scenes, redacted, cands, strict=True)]
    tall = [int((s.heights[c] >= CAND_FACE_MIN).sum()) for s, c in zip(scenes, cands, strict=True)]
    sources = sorted({s.source for s in scenes})
    return {"floor": floor, "min_size": min_size, "cap": cap, "cap_by": cap_by, **recall_summary(scenes, hits),
            "candidates_per_image": count_stats([len(c) for c in cands]),
            f"candidates>={CAND_FACE_MIN}_per_image": count_stats(tall),
            "candidates_per_image_by_source": {src: count_stats([len(c) for s, c in zip(scenes, cands, strict=True)
                                                                 if s.source == src]) for src in sources}}


def big_unsure(scenes: list[Scene], redacted: list[np.ndarray], outcomes: list[np.ndarray], share: float) -> dict:
    """Redacted boxes covering more than ``share`` of the image yet scoring below ``BIG_MAX_SCORE``: per
    image (mean, share of images with any), and what they are (matched face, neutral on an ignored face,
    false positive; matching of the redacted boxes alone at IoU ``CAND_IOU``)."""
    per_image, kinds = [], []
    for s, r, o in zip(scenes, redacted, outcomes, strict=True):
        big = (s.areas[r] > share * s.image_area) & (s.scores[r] < BIG_MAX_SCORE)
        per_image.append(int(big.sum()))
        kinds.append(o[big])
    k = np.concatenate(kinds) if kinds else np.zeros(0, dtype=np.int8)
    n = len(scenes)
    return {"area_share": share, "max_score": BIG_MAX_SCORE, "boxes": int(len(k)),
            "per_image_mean": round(len(k) / n, 3) if n else None,
            "images_with_any_pct": pct(sum(c > 0 for c in per_image), n),
            "fp_pct": pct(int((k < 0).sum()), len(k)), "matched_pct": pct(int((k > 0).sum()), len(k)),
            "neutral_pct": pct(int((k == 0).sum()), len(k))}


def app_candidates(s: Scene, threshold: SizeThresholds) -> np.ndarray:
    """The candidates the app shows for ``s``: the core's own rule (``candidate_index``: floor, minimum
    height, no spot lying on a redacted face, the tallest first up to the cap), not a re-implementation."""
    from anonymizer.core.detection.detector import RawDetections, candidate_index

    raw = RawDetections(s.boxes.astype(np.float32), s.scores.astype(np.float32),
                        np.zeros((len(s.scores), 10), np.float32))
    return np.sort(candidate_index(raw, threshold))


def app_point(scenes: list[Scene], redacted: list[np.ndarray], threshold: SizeThresholds) -> dict:
    """Redacted + the app's candidates: recall and candidates per image, at the constants that ship."""
    from anonymizer.core.detection import detector as d

    cands = [app_candidates(s, threshold) for s in scenes]
    hits = [scene_hits(s, np.union1d(r, c)) for s, r, c in zip(scenes, redacted, cands, strict=True)]
    tall = [int((s.heights[c] >= CAND_FACE_MIN).sum()) for s, c in zip(scenes, cands, strict=True)]
    return {"floor": d.CANDIDATE_FLOOR, "min_size": d.CANDIDATE_MIN_HEIGHT, "cap": d.CANDIDATE_MAX,
            "face_overlap": d.CANDIDATE_FACE_OVERLAP, **recall_summary(scenes, hits),
            "candidates_per_image": count_stats([len(c) for c in cands]),
            f"candidates>={CAND_FACE_MIN}_per_image": count_stats(tall)}


def candidates_report(scenes: list[Scene], threshold: SizeThresholds, floor: float) -> dict:
    """The "candidates" section: redacted boxes alone, redacted + candidates over the grid of floors (those
    at or above the run's ``floor`` and below the lowest threshold) x min sizes x caps, and big unsure boxes."""
    redacted = [np.nonzero(s.scores >= threshold.of(s.boxes))[0] for s in scenes]
    matched = [greedy_outcomes(s.ious[r], s.scores[r], s.ignore, CAND_IOU)
               for s, r in zip(scenes, redacted, strict=True)]
    floors = [f for f in CAND_FLOORS if floor - 1e-9 <= f < threshold.lowest]
    return {"threshold": list(threshold.values), "iou": CAND_IOU, "size": "box height, px",
            "redacted": recall_summary(scenes, [m[0] for m in matched]),
            "app": app_point(scenes, redacted, threshold),
            "grid": [grid_point(scenes, redacted, threshold, f, m, cap, cap_by)
                     for f in floors for m in CAND_MIN_SIZES for cap, cap_by in CAND_CAPS],
            "big_unsure": [big_unsure(scenes, redacted, [m[1] for m in matched], share) for share in BIG_SHARES]}


def curve_point(base: float, preset: Preset, flat: bool) -> SizeThresholds:
    """The thresholds the detector would apply at base threshold ``base`` (a point of the curve)."""
    return SizeThresholds.flat(base) if flat else det_mod.scaled_size_thresholds(base, preset)


# Thresholds by box height tried by --size-grid (bands as in ``det_mod.SIZE_EDGES``): the grid of "The
# operating point" in bench/README.md (the first pass of issue 14 tried 0.3-0.5 / 0.15-0.3 / 0.15-0.3 /
# 0.2-0.4 / 0.3-0.7 in steps of about 0.05-0.1; this one is finer where that one's best points were).
SIZE_GRID = ([0.35, 0.4, 0.45, 0.5], [0.175, 0.2, 0.225], [0.15, 0.175, 0.2, 0.25], [0.25, 0.3, 0.35, 0.4],
             [0.5, 0.55, 0.6, 0.7])
SIZE_GRID_FP_CAPS = [2.6, 2.88, 3.0, 3.2, 3.5]
# The targets: false alarms per photo, and those of boxes >= 128 px, at most these.
TARGET_FP, TARGET_FP_BIG = 3.0, 0.15
SIZE_GRID_CHECKED = 100  # best points (by recall >= 16 px) whose redacted + candidates recall is computed


def size_grid(records: list[dict], raw: dict[str, dict], shipped: SizeThresholds) -> dict:
    """Every combination of ``SIZE_GRID`` scored (recall >= 16 px, by band, FP/img by box height); for each
    cap on FP/img the combination with the best recall of faces >= 16 px; and the operating point: of the
    combinations meeting both false-alarm targets whose redacted + candidates recall of faces >= 16 px (the
    app's own candidates) is at least the ``shipped`` thresholds', the one with the best recall >= 16 px."""
    import itertools

    points = []
    for values in itertools.product(*SIZE_GRID):
        r = evaluate(records, raw, SizeThresholds(tuple(values), det_mod.SIZE_EDGES), full=True)
        points.append({"values": list(values), "recall>=16@0.3": r["recall>=16@0.3"], "recall@0.3": r["recall@0.3"],
                       "by_height": {k: v["recall@0.3"] for k, v in r["by_height"].items()},
                       "fp_per_image": r["fp_per_image"], "fp_per_image_by_box_height": r["fp_per_image_by_box_height"],
                       "leak_rate": r["leak_rate"]})
    best = {}
    for cap in SIZE_GRID_FP_CAPS:
        ok = [p for p in points if p["fp_per_image"] <= cap]
        best[str(cap)] = max(ok, key=lambda p: p["recall>=16@0.3"]) if ok else None
    scenes = [make_scene(r, raw[r["file"]]) for r in records]

    def with_candidates(thr: SizeThresholds) -> float | None:
        redacted = [np.nonzero(s.scores >= thr.of(s.boxes))[0] for s in scenes]
        return app_point(scenes, redacted, thr)[f"recall>={CAND_FACE_MIN}"]

    floor = with_candidates(shipped)
    meeting = sorted((p for p in points if p["fp_per_image"] <= TARGET_FP
                      and p["fp_per_image_by_box_height"][">128"] <= TARGET_FP_BIG),
                     key=lambda p: -p["recall>=16@0.3"])[:SIZE_GRID_CHECKED]
    chosen = None
    for p in meeting:
        p["redacted+candidates>=16"] = with_candidates(SizeThresholds(tuple(p["values"]), det_mod.SIZE_EDGES))
        if chosen is None and floor is not None and p["redacted+candidates>=16"] >= floor:
            chosen = p
    return {"edges": list(det_mod.SIZE_EDGES), "best_by_fp_cap": best,
            "targets": {"fp_per_image": TARGET_FP, "fp_per_image_over_128": TARGET_FP_BIG,
                        "redacted+candidates>=16_of_shipped": floor},
            "operating_point": chosen, "meeting_targets": meeting, "points": points}


def dump_misses(misses: list[tuple[dict, dict]], images: Path, out_dir: Path) -> None:
    from PIL import Image

    out_dir.mkdir(parents=True, exist_ok=True)
    for n, (rec, face) in enumerate(misses):
        x, y, w, h = face["box"]
        rgb = load_rgb(images / rec["file"])
        m = int(max(w, h) * 0.5)
        crop = rgb[max(0, y - m):y + h + m, max(0, x - m):x + w + m]
        name = f"{n:03d}_{Path(rec['file']).stem}_{x}_{y}_{w}x{h}.jpg"
        Image.fromarray(crop).save(out_dir / name, quality=90)


def time_sizes(detector: FaceDetector, sample: np.ndarray, repeats: int = 3) -> dict:
    """Median wall and CPU seconds of ``detector`` on resized copies of ``sample``. CPU seconds divided by
    the core count estimate the wall time of an otherwise idle machine."""
    import cv2

    out = {}
    for w, h in [(1024, 683), (1920, 1080), (4000, 3000)]:
        img = cv2.resize(sample, (w, h), interpolation=cv2.INTER_LINEAR)
        detector.detect(img)  # warm-up
        wall, cpu = [], []
        for _ in range(repeats):
            t0, c0 = time.perf_counter(), time.process_time()
            detector.detect(img)
            wall.append(time.perf_counter() - t0)
            cpu.append(time.process_time() - c0)
        out[f"{w}x{h}"] = {"wall": round(statistics.median(wall), 3), "cpu": round(statistics.median(cpu), 3)}
    return out


def load_raw(paths: list[Path]) -> tuple[dict[str, dict], float]:
    """Detections saved by ``--save-raw`` (later files override earlier ones image by image) and the highest
    floor they were saved at (everything below it may be missing)."""
    raw: dict[str, dict] = {}
    floors = []
    for path in paths:
        saved = json.loads(path.read_text())
        raw.update(saved["images"])
        floors.append(float(saved.get("floor", FLOOR)))
    return raw, max(floors)


def resolve_floor(requested: float | None, threshold: float, saved: float | None) -> float:
    """The score floor to run or score at: ``requested`` (default ``FLOOR``, or the saved files' floor when
    scoring saved detections), never below the detector's own floor or the saved files', never above the
    threshold."""
    floor = requested if requested is not None else (saved if saved is not None else FLOOR)
    return min(max(floor, det_mod.SCORE_FLOOR, saved or 0.0), threshold)


def rejoin_centerface(records: list[dict], raw: dict[str, dict], options: DetectionOptions, factor: float,
                      floor: float, thresholds: SizeThresholds | None = None) -> dict[str, dict]:
    """The saved detections with CenterFace's boxes joined again at its threshold ``factor`` x the base
    (0: none), mapped onto ``thresholds`` (default: the shipped ones), through the detector's own
    ``join_centerface``; images saved without the parts unchanged."""
    thresholds = thresholds or size_thresholds(options)
    out = dict(raw)
    for rec in records:
        r = raw[rec["file"]]
        if "retina" not in r:
            continue
        retina = _raw_part(r["retina"])
        cf = _raw_part(r["centerface"]) if factor > 0 else None
        joined = det_mod.join_centerface(retina, cf, thresholds, score_threshold(options) * factor, floor,
                                         rec["width"], rec["height"])
        out[rec["file"]] = {**r, "boxes": joined.boxes.tolist(), "scores": joined.scores.tolist()}
    return out


def _raw_part(saved: dict) -> det_mod.RawDetections:
    boxes = np.array(saved["boxes"], np.float32).reshape(-1, 4)
    return det_mod.RawDetections(boxes, np.array(saved["scores"], np.float32), np.zeros((len(boxes), 10), np.float32))


def _part(d: det_mod.RawDetections) -> dict:
    return {"boxes": np.round(d.boxes, 1).tolist(), "scores": np.round(d.scores, 4).tolist()}


def centerface_sweep(records: list[dict], raw: dict[str, dict], options: DetectionOptions, spec: str,
                     floor: float) -> list[dict]:
    """For each point of ``spec`` ("F" or "F:t0/t1/t2/t3/t4", comma-separated: CenterFace's factor, and
    thresholds by size other than the shipped ones): recall (faces >= 16 px, bands, mask set), false alarms
    per photo (all, by box height), leak rate, and redacted + the app's candidates (faces >= 16 px,
    candidates per photo). CenterFace's scores are mapped onto the point's own thresholds, as the detector
    would with those constants."""
    out = []
    for item in (v.strip() for v in spec.split(",") if v.strip()):
        f_text, _, values = item.partition(":")
        f = float(f_text)
        thr = (SizeThresholds(tuple(float(v) for v in values.split("/")), det_mod.SIZE_EDGES) if values
               else size_thresholds(options))
        joined = rejoin_centerface(records, raw, options, f, floor, thr)
        r = evaluate(records, joined, thr, full=True)
        scenes = [make_scene(rec, joined[rec["file"]]) for rec in records]
        app = app_point(scenes, [np.nonzero(sc.scores >= thr.of(sc.boxes))[0] for sc in scenes], thr)
        out.append({"factor": f, "thresholds": list(thr.values), "centerface_threshold": round(score_threshold(options) * f, 4),
                    "r16": r["recall>=16@0.3"], "all": r["recall@0.3"],
                    "bands": {k: v["recall@0.3"] for k, v in r["by_height"].items()},
                    "mask": {k: v["recall@0.3"] for k, v in r["by_mask"].items()},
                    "fp": r["fp_per_image"], "fp_by_box_height": r["fp_per_image_by_box_height"],
                    "leak": r["leak_rate"], "redacted+candidates>=16": app[f"recall>={CAND_FACE_MIN}"],
                    "redacted+candidates_leak": app.get("leak_rate"),
                    "candidates_per_image": app["candidates_per_image"]})
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--annotations", type=Path, required=True)
    ap.add_argument("--images", type=Path, required=True)
    ap.add_argument("--preset", choices=[p.value for p in Preset], default=Preset.THOROUGH.value)
    ap.add_argument("--sensitivity", type=float, default=0.5)
    ap.add_argument("--limit", type=int, help="a stratified subset of this many images")
    ap.add_argument("--save-raw", type=Path, help="write detections (>= the curve floor) to this JSON file")
    ap.add_argument("--load-raw", type=Path, nargs="+", help="score detections saved by --save-raw (several files:"
                    " shards) instead of running")
    ap.add_argument("--shard", help="K/N: run only every N-th image starting at K (merge with --load-raw)")
    ap.add_argument("--dump-misses", type=Path, help="save crops of missed faces >= 64 px here")
    ap.add_argument("--time-sizes", action="store_true", help="also time 1920x1080 and 4000x3000 copies")
    ap.add_argument("--rotate", type=int, choices=[0, 90, 180, 270], default=0,
                    help="turn every image (and its boxes) counter-clockwise by this many degrees first")
    ap.add_argument("--rotation-pass", default="", help="PROTOTYPE: extra whole-image passes (~1024 px) over the"
                    " image turned by these degrees, e.g. 90,270")
    ap.add_argument("--no-sideways", action="store_true", help="the thorough preset without its sideways passes")
    ap.add_argument("--rotation-side", type=int, default=1024, help="PROTOTYPE: long side of the rotation passes")
    ap.add_argument("--rotation-min-score", type=float, default=0.0,
                    help="PROTOTYPE: drop rotation-pass boxes scoring below this")
    ap.add_argument("--floor", type=float, help=f"low score floor of the raw run, the curve and the candidates"
                    f" (default {FLOOR}, with --load-raw the files' own; the detector's own is {det_mod.SCORE_FLOOR})")
    ap.add_argument("--no-candidates", action="store_true", help="skip the candidates section")
    ap.add_argument("--no-curve", action="store_true")
    ap.add_argument("--progress", action="store_true", help="report progress on stderr")
    ap.add_argument("--flip-pass", action="store_true", help="PROTOTYPE: add the main pass over the mirrored image")
    ap.add_argument("--flat", action="store_true", help="one threshold for every box size (as before issue 14)")
    ap.add_argument("--size-grid", action="store_true", help="score a grid of thresholds by box height (slow)")
    ap.add_argument("--centerface-factor", type=float, help="with --load-raw: join CenterFace again at this"
                    " factor x the base threshold (0: RetinaFace alone)")
    ap.add_argument("--centerface-sweep", default="", help="with --load-raw: score these CenterFace factors")
    args = ap.parse_args(argv)

    options = DetectionOptions(preset=Preset(args.preset), sensitivity=args.sensitivity)
    threshold = SizeThresholds.flat(score_threshold(options)) if args.flat else size_thresholds(options)
    raw, saved_floor = load_raw(args.load_raw) if args.load_raw else ({}, None)
    floor = resolve_floor(args.floor, threshold.lowest, saved_floor)
    records = select_images(json.loads(args.annotations.read_text())["images"], args.limit)
    if args.shard:
        k, n = (int(v) for v in args.shard.split("/"))
        records = records[k::n]
    turn = args.rotate // 90
    records = [rotate_record(r, turn) for r in records]
    extra_turns = [int(v) // 90 for v in args.rotation_pass.split(",") if v.strip()]

    seconds: list[float] = []
    cpu: list[float] = []
    detector = None
    cf = None
    if args.load_raw:
        records = [r for r in records if r["file"] in raw]
    else:
        detector = FaceDetector(options)
        for n, rec in enumerate(records, 1):
            if args.progress and n % 25 == 0:
                print(f"{n}/{len(records)} images", file=sys.stderr, flush=True)
            rgb = load_rgb(args.images / rec["file"])
            if turn:
                rgb = np.ascontiguousarray(np.rot90(rgb, turn))
            t0, c0 = time.perf_counter(), time.process_time()
            if args.flip_pass:
                det = detect_with_flip_pass(detector, rgb, floor)
            elif extra_turns or args.no_sideways:
                det = detect_with_rotation_pass(detector, rgb, floor, extra_turns, args.rotation_side,
                                                args.rotation_min_score)
            else:
                retina, cf = detector.detect_parts(rgb, floor)  # joined here to save both parts
                det = det_mod.join_centerface(retina, cf, detector.thresholds, detector.centerface_threshold, floor,
                                              rgb.shape[1], rgb.shape[0])
            seconds.append(time.perf_counter() - t0)
            cpu.append(time.process_time() - c0)
            raw[rec["file"]] = {"boxes": np.round(det.boxes, 1).tolist(), "scores": np.round(det.scores, 4).tolist(),
                                "seconds": round(seconds[-1], 4), "cpu": round(cpu[-1], 4)}
            if not (args.flip_pass or extra_turns or args.no_sideways) and cf is not None:
                raw[rec["file"]].update(retina=_part(retina), centerface=_part(cf))
        if args.save_raw:
            args.save_raw.write_text(json.dumps({"preset": args.preset, "floor": floor, "images": raw}))
    if not seconds:
        seconds = [raw[r["file"]].get("seconds", 0.0) for r in records]
        cpu = [raw[r["file"]].get("cpu", 0.0) for r in records]

    sweep = None
    if args.load_raw and args.centerface_sweep:
        sweep = centerface_sweep(records, raw, options, args.centerface_sweep, floor)
    if args.load_raw and args.centerface_factor is not None:
        raw = rejoin_centerface(records, raw, options, args.centerface_factor, floor)
    result = evaluate(records, raw, threshold, full=True)
    misses = result.pop("_misses")
    report: dict = {
        "preset": args.preset, "sensitivity": args.sensitivity, "images": len(records), "floor": floor,
        "rotate": args.rotate, "rotation_pass": extra_turns and [90 * k for k in extra_turns],
        "no_sideways": args.no_sideways, "rotation_side": args.rotation_side, "rotation_min_score": args.rotation_min_score,
        **result,
        "seconds_per_image": {"median": round(statistics.median(seconds), 3) if seconds else None,
                              "mean": round(statistics.fmean(seconds), 3) if seconds else None},
        # CPU seconds (all threads) per image: divided by the cores, the wall time of an idle machine.
        "cpu_seconds_per_image": {"median": round(statistics.median(cpu), 3) if cpu else None,
                                  "mean": round(statistics.fmean(cpu), 3) if cpu else None},
        "peak_memory_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "missed_ge64": len(misses),
        "centerface_factor": args.centerface_factor if args.load_raw else det_mod.CENTERFACE_FACTOR,
    }
    if sweep is not None:
        report["centerface_sweep"] = sweep
    if not args.no_candidates:
        report["candidates"] = candidates_report([make_scene(r, raw[r["file"]]) for r in records], threshold, floor)
    if not args.no_curve:
        report["curve"] = [evaluate(records, raw, curve_point(t, options.preset, args.flat), full=False)
                           for t in CURVE_THRESHOLDS if curve_point(t, options.preset, args.flat).lowest >= floor]
    if args.size_grid:
        report["size_grid"] = size_grid(records, raw, threshold)
    if args.time_sizes and detector is not None:
        report["seconds_by_size"] = time_sizes(detector, load_rgb(args.images / records[0]["file"]))
        report["peak_memory_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    if args.dump_misses:
        dump_misses(misses, args.images, args.dump_misses)
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
