"""How many frames of real videos show a face that the output leaves uncovered, as ONE JSON object.

    .venv/bin/python bench/video_coverage.py CLIP [CLIP ...] [--stride N]

For each clip, ``clean_video`` runs as shipped (video preset, tracking on) while the regions it redacts
on each frame are recorded. The reference is the ``thorough`` detector run on every ``stride``-th frame
(the slow photo preset, at the default sensitivity): a reference face counts as uncovered on a frame when
less than 90 % of its box lies inside the union of that frame's redaction masks. The same count is
given for the fast detections of that frame alone (no tracking), to show what the tracker adds.

A face the thorough detector misses too is not counted: this measures the tracker and the video
preset against a stronger detector, not against a human labeller (step through the output for that).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from anonymizer.core.detection import get_detector  # noqa: E402
from anonymizer.core.models import CleanOptions, DetectionOptions, Preset, Region  # noqa: E402
from anonymizer.core.redaction import regions_from_detections  # noqa: E402
from anonymizer.core.redaction.masks import shape_mask  # noqa: E402
from anonymizer.core.video import clean as clean_mod  # noqa: E402
from anonymizer.core.video import redact as redact_mod  # noqa: E402
from anonymizer.core.video.decode import iter_frames  # noqa: E402

COVERED = 0.9


class Recorder:
    """Wraps the run's detector and redaction step to keep, per frame, detections and regions."""

    def __init__(self) -> None:
        self.fast: list[list] = []
        self.regions: dict[int, list[Region]] = {}

    def detector(self, inner):  # noqa: ANN001, ANN201
        rec = self

        class Wrapped:
            def detect(self, rgb, cancel=None):  # noqa: ANN001, ANN202
                dets = inner.detect(rgb, cancel)
                rec.fast.append(dets)
                return dets

        return Wrapped()

    def patch(self) -> None:
        original = redact_mod.FrameRedactor.regions
        rec = self

        def regions(redactor, index, boxes):  # noqa: ANN001, ANN202
            out = original(redactor, index, boxes)
            rec.regions[index] = [r for _, r in out]
            return out

        redact_mod.FrameRedactor.regions = regions


def coverage(box, regions: list[Region], w: int, h: int) -> float:  # noqa: ANN001
    mask = np.zeros((h, w), bool)
    for r in regions:
        mask |= shape_mask(r.box, r.shape, w, h)
    x1, y1 = max(0, int(box.x)), max(0, int(box.y))
    x2, y2 = min(w, int(np.ceil(box.x2))), min(h, int(np.ceil(box.y2)))
    if x2 <= x1 or y2 <= y1:
        return 1.0
    return float(mask[y1:y2, x1:x2].mean())


def measure(clip: Path, stride: int) -> dict:
    options = CleanOptions()
    rec = Recorder()
    rec.patch()
    t = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        report = clean_mod.clean_video(clip, Path(tmp) / "out.mp4", options,
                                       detector=rec.detector(get_detector(options.video_detection)))
    seconds = time.perf_counter() - t
    thorough = get_detector(DetectionOptions(preset=Preset.THOROUGH))
    faces = uncovered = uncovered_no_tracking = 0
    bad_frames: list[int] = []
    bad_frames_no_tracking: list[int] = []
    for frame in iter_frames(clip):
        if frame.index % stride:
            continue
        h, w = frame.rgb.shape[:2]
        refs = thorough.detect(frame.rgb)
        plain = regions_from_detections(rec.fast[frame.index], options.redaction, w, h)
        miss = [coverage(d.box, rec.regions.get(frame.index, []), w, h) < COVERED for d in refs]
        miss_plain = [coverage(d.box, plain, w, h) < COVERED for d in refs]
        faces += len(refs)
        uncovered += sum(miss)
        uncovered_no_tracking += sum(miss_plain)
        if any(miss):
            bad_frames.append(frame.index)
        if any(miss_plain):
            bad_frames_no_tracking.append(frame.index)
    checked = (report.frames + stride - 1) // stride
    return {"clip": clip.name, "frames": report.frames, "seconds": round(seconds, 1), "tracks": report.faces,
            "frames_checked": checked, "reference_faces": faces,
            "uncovered_faces": uncovered, "frames_with_uncovered_face": bad_frames,
            "uncovered_faces_without_tracking": uncovered_no_tracking,
            "frames_with_uncovered_face_without_tracking": len(bad_frames_no_tracking)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("clips", nargs="+", type=Path)
    ap.add_argument("--stride", type=int, default=1, help="check every N-th frame against the reference")
    args = ap.parse_args()
    print(json.dumps([measure(c, args.stride) for c in args.clips], indent=1))


if __name__ == "__main__":
    main()
