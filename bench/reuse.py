"""Export time of a video with and without reusing the look's tracks (issue 17), as ONE JSON object.

    .venv/bin/python bench/reuse.py [--seconds 30] [--clip PATH] [--deface /tmp/deface-venv/bin/deface]

Makes (or reuses) a 1080p clip of moving real faces (``bench/speed.py``'s scene), then times, in one
process with the model loaded first: ``clean_video`` detecting again (the export before issue 17),
``analyze_video`` (the look), and ``clean_video`` given that analysis (boxes replayed, no detection).
Then ``deface`` (its defaults) on the same clip in its own process, and the ratios of both exports to it.
CPU seconds are given beside wall time: the machine may be shared, so the CPU ratios are the fair ones.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.speed import make_clip, run_measured  # noqa: E402


def _timed(work):  # noqa: ANN001, ANN202
    wall, cpu = time.perf_counter(), time.process_time()
    value = work()
    return value, {"wall_s": round(time.perf_counter() - wall, 1), "cpu_s": round(time.process_time() - cpu, 1)}


def bench(clip: Path, out: Path) -> dict:
    from anonymizer.core.detection import get_detector
    from anonymizer.core.models import CleanOptions
    from anonymizer.core.video import analyze_video, clean_video

    options = CleanOptions()
    get_detector(options.video_detection)  # load the model outside the timings
    report, before = _timed(lambda: clean_video(clip, out / "a.mp4", options))
    analysis, look = _timed(lambda: analyze_video(clip, options))
    replayed, after = _timed(lambda: clean_video(clip, out / "b.mp4", options, analysis=analysis))
    assert replayed.frames == report.frames == analysis.frames
    return {"frames": report.frames, "tracks": len(analysis.tracks), "export_detecting": before, "look": look,
            "export_reusing": after, "speedup_wall": round(before["wall_s"] / max(0.1, after["wall_s"]), 1),
            "load_average": [round(x, 2) for x in os.getloadavg()]}


def versus_deface(report: dict, deface: str, clip: Path, out: Path) -> None:
    """deface on the same clip, and each export's time over deface's (below 1: we are faster)."""
    r = run_measured([deface, str(clip), "-o", str(out / "deface.mp4")])
    report["deface"] = {"wall_s": r["wall_seconds"], "cpu_s": r["cpu_seconds"], "exit": r["exit"]}
    for name in ("export_detecting", "export_reusing"):
        ours = report[name]
        report[f"{name}_over_deface"] = {"wall": round(ours["wall_s"] / max(0.1, r["wall_seconds"]), 2),
                                        "cpu": round(ours["cpu_s"] / max(0.1, r["cpu_seconds"]), 2)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=30)
    parser.add_argument("--clip", type=Path)
    parser.add_argument("--deface", help="the deface executable (default: on PATH; skipped when absent)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        clip = args.clip or Path(tmp) / "clip.mp4"
        if not clip.exists():
            make_clip(clip, 1920, 1080, args.seconds * 30)
        report = bench(clip, Path(tmp))
        deface = args.deface or shutil.which("deface")
        if deface and Path(deface).exists():
            versus_deface(report, deface, clip, Path(tmp))
        else:
            report["deface"] = "skipped: deface not found"
        report["load_average_end"] = [round(x, 2) for x in os.getloadavg()]
        print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
