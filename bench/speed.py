"""Speed and memory of the tool, and of the peer tool deface on the same clip, as ONE JSON object.

    .venv/bin/python bench/speed.py [--seconds 4] [--deface /tmp/deface-venv/bin/deface] [--photo-only]
        [--photo-source IMAGE] [--repeats 3]

What it measures, each run in its own process (peak memory = that process's ru_maxrss, from wait4):
- ``photo_12mp``: a 12 MP JPEG with faces (``--photo-source``: any photo brought to 4000x3000 instead, e.g. a
  crowd) cleaned by ``anonymizer-cli``'s own code (``pipeline.clean_file``, default preset) in a fresh
  process: imports, model load, read, detect, redact, encode, verify, publish; and, in the same run, by
  ``deface`` on the same file. Each tool runs ``--repeats`` times, interleaved (the machine's load drifts);
  medians of wall and CPU seconds, and their ratios (``photo_12mp_vs_deface``: below 1 is faster);
- ``video.<preset>``: a 1080p clip of real face photos (scikit-image's astronaut, three sizes, moving)
  through ``clean_video`` at each detection preset: frames per second of the loop, and of the whole
  process (imports and model load included, as for deface);
- ``video_4k``: a short 4K clip at the fast preset, for peak memory (streaming: it does not grow with
  the length of the clip);
- ``isolation`` (issue 20): a batch of 20 photos (3 MP: small files make the process boundary's share
  the largest) and then the 1080p clip through ``batch.run_batch`` as the CLI runs it, once with every
  file in a worker process (the default) and once in-process, in the same run, each in a fresh process:
  wall and CPU seconds of each part and of the whole process (workers included), and the overhead;
- ``deface``: the same 1080p clip through ``deface`` with its defaults (install it in a throw-away venv:
  ``python3 -m venv /tmp/deface-venv && /tmp/deface-venv/bin/pip install deface==1.5.0``).

The machine may be shared: the load average is printed, and CPU seconds per frame are given beside wall
time (a ratio of CPU time is fairer than one of wall time when other work competes for the cores).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from fractions import Fraction
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


# --------------------------------------------------------------------------- test media
def _faces_scene(width: int, height: int, i: int):  # noqa: ANN202 - numpy imported lazily
    import cv2
    import numpy as np
    from skimage import data

    bg = cv2.resize(data.coffee(), (width, height), interpolation=cv2.INTER_LINEAR)
    face = data.astronaut()[20:240, 130:330]
    for k, share in enumerate((0.05, 0.09, 0.16)):  # face crops 5 %, 9 %, 16 % of the width
        fw = int(width * share)
        fh = int(fw * face.shape[0] / face.shape[1])
        small = cv2.resize(face, (fw, fh), interpolation=cv2.INTER_AREA)
        x = int((width * (0.1 + 0.3 * k) + i * (3 + 2 * k)) % max(1, width - fw))
        y = int(height * (0.15 + 0.25 * k)) % max(1, height - fh)
        bg[y : y + fh, x : x + fw] = small
    return np.ascontiguousarray(bg)


def make_clip(path: Path, width: int, height: int, frames: int, fps: int = 30) -> None:
    import av

    with av.open(str(path), "w") as out:
        s = out.add_stream("libx264", rate=fps)
        s.width, s.height, s.pix_fmt = width, height, "yuv420p"
        s.codec_context.options = {"crf": "18", "preset": "veryfast"}
        for i in range(frames):
            f = av.VideoFrame.from_ndarray(_faces_scene(width, height, i), format="rgb24")
            f.pts, f.time_base = i, Fraction(1, fps)
            out.mux(s.encode(f))
        out.mux(s.encode(None))


def make_photo(path: Path, source: Path | None = None) -> None:
    from PIL import Image, ImageOps

    if source is None:
        Image.fromarray(_faces_scene(4000, 3000, 0)).save(path, quality=92)
        return
    with Image.open(source) as im:
        ImageOps.exif_transpose(im).convert("RGB").resize((4000, 3000), Image.Resampling.LANCZOS).save(path, quality=92)


# --------------------------------------------------------------------------- workers (child processes)
def worker_video(src: Path, preset: str, dst: Path) -> dict:
    from anonymizer.core.models import CleanOptions, DetectionOptions, Preset
    from anonymizer.core.video import clean_video

    options = CleanOptions(video_detection=DetectionOptions(preset=Preset(preset)))
    t = time.perf_counter()
    report = clean_video(src, dst, options)
    seconds = time.perf_counter() - t
    return {"frames": report.frames, "loop_seconds": round(seconds, 2), "faces": report.faces}


def worker_photo(src: Path, out_dir: Path, warm: bool = True) -> dict:
    from anonymizer.core.models import CleanOptions, NamingScheme
    from anonymizer.core.output import OutputNamer
    from anonymizer.core.pipeline import clean_file

    namer = OutputNamer(out_dir, NamingScheme.RANDOM)
    times = []
    for _ in range(2 if warm else 1):
        t = time.perf_counter()
        result = clean_file(src, namer, CleanOptions())
        times.append(round(time.perf_counter() - t, 2))
    out = {"cold_seconds": times[0], "status": result.status.value, "faces": result.faces,
           "candidates": result.candidates}
    if warm:
        out["warm_seconds"] = times[1]
    return out


def photo_vs_deface(photo: Path, tmp: Path, deface: str | None, repeats: int) -> dict:
    """The 12 MP photo through the app (one fresh process per run: what ``anonymizer-cli clean`` costs) and
    through deface, interleaved; medians and ratios."""
    import statistics

    runs: dict[str, list[dict]] = {"app": [], "deface": []}
    for k in range(repeats):
        out = tmp / f"photo_out_{k}"
        out.mkdir()
        runs["app"].append(run_measured(_self("--worker", "photo-cold", str(photo), str(out))))
        if deface:
            runs["deface"].append(run_measured([deface, str(photo), "-o", str(tmp / f"deface_{k}.jpg")]))

    def median(rs: list[dict], key: str) -> float:
        return round(statistics.median(r[key] for r in rs), 2)

    report: dict = {"app": {"runs": runs["app"], "wall_seconds": median(runs["app"], "wall_seconds"),
                            "cpu_seconds": median(runs["app"], "cpu_seconds"),
                            "peak_rss_mb": max(r["peak_rss_mb"] for r in runs["app"])}}
    if deface:
        d = {"runs": runs["deface"], "wall_seconds": median(runs["deface"], "wall_seconds"),
             "cpu_seconds": median(runs["deface"], "cpu_seconds"),
             "peak_rss_mb": max(r["peak_rss_mb"] for r in runs["deface"])}
        report["deface"] = d
        report["ratio"] = {"wall": round(report["app"]["wall_seconds"] / d["wall_seconds"], 2),
                           "cpu": round(report["app"]["cpu_seconds"] / d["cpu_seconds"], 2)}
    return report


def worker_batch(mode: str, photos: Path, clip: Path, out_dir: Path) -> dict:
    """The CLI's batch over ``photos`` then ``clip``, in worker processes or (``in-process``) here."""
    from anonymizer.core import isolation
    from anonymizer.core.batch import collect_items, run_batch
    from anonymizer.core.models import CleanOptions, NamingScheme
    from anonymizer.core.output import OutputNamer

    if mode == "in-process":
        isolation.use_in_process()
    namer = OutputNamer(out_dir, NamingScheme.RANDOM)
    parts: dict = {}
    for name, inputs in (("photos", [photos]), ("clip", [clip])):
        t, cpu = time.perf_counter(), _cpu_with_children()
        results = run_batch(collect_items(inputs, out_dir), namer, CleanOptions())
        parts[name] = {"files": len(results), "ok": sum(r.status.value == "ok" for r in results),
                       "wall_seconds": round(time.perf_counter() - t, 2),
                       "cpu_seconds": round(_cpu_with_children() - cpu, 2)}
    isolation.current().close()
    return parts


def _cpu_with_children() -> float:
    """CPU seconds of this process, and of its worker processes while they run (their own /proc stat:
    a live child is in RUSAGE_CHILDREN only once it is waited for)."""
    import resource

    from anonymizer.core import isolation

    total = sum(u.ru_utime + u.ru_stime for u in (resource.getrusage(resource.RUSAGE_SELF),
                                                   resource.getrusage(resource.RUSAGE_CHILDREN)))
    for pid in getattr(isolation.current(), "pids", []):
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        except (OSError, IndexError, ValueError):
            pass
    return total


def make_photos(folder: Path, count: int) -> None:
    from PIL import Image

    folder.mkdir()
    for i in range(count):
        Image.fromarray(_faces_scene(2000, 1500, i * 7)).save(folder / f"p{i:02d}.jpg", quality=92)


# --------------------------------------------------------------------------- parent
def run_measured(cmd: list[str]) -> dict:
    """Run ``cmd``; wall seconds, CPU seconds and peak RSS of that process (and what it waited for)."""
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert proc.stdout is not None
    stdout = proc.stdout.read().decode("utf-8", "replace")
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    out: dict = {"wall_seconds": round(time.perf_counter() - t, 2),
                 "cpu_seconds": round(usage.ru_utime + usage.ru_stime, 2),
                 "peak_rss_mb": round(usage.ru_maxrss / 1024, 1), "exit": proc.returncode}
    last = stdout.strip().splitlines()[-1:] if stdout.strip() else []
    if last and last[0].startswith("{"):
        out.update(json.loads(last[0]))
    return out


def _self(*args: str) -> list[str]:
    return [sys.executable, str(Path(__file__).resolve()), *args]


def _per_frame(result: dict, frames: int) -> None:
    result["fps_process"] = round(frames / result["wall_seconds"], 2)
    result["cpu_seconds_per_frame"] = round(result["cpu_seconds"] / frames, 3)
    if "loop_seconds" in result:
        result["fps_loop"] = round(frames / result["loop_seconds"], 2)


def bench(args: argparse.Namespace) -> dict:
    tmp = Path(tempfile.mkdtemp(prefix="anonymizer-bench-"))
    report: dict = {"load_average_start": [round(x, 2) for x in os.getloadavg()], "cores": os.cpu_count()}
    try:
        deface = args.deface or shutil.which("deface")
        deface = deface if deface and Path(deface).exists() else None
        if args.only_isolation:
            frames = int(args.seconds * 30)
            clip = tmp / "clip1080.mp4"
            make_clip(clip, 1920, 1080, frames)
            report["clip"] = {"size": "1920x1080", "frames": frames, "fps": 30, "faces": 3}
            report["isolation"] = _isolation(tmp, clip, args.batch_photos, args.in_process_first)
            return report
        if not args.skip_photo:
            photo = tmp / "photo12mp.jpg"
            make_photo(photo, args.photo_source)
            (tmp / "photo_out").mkdir()
            report["photo_12mp"] = run_measured(_self("--worker", "photo", str(photo), str(tmp / "photo_out")))
            report["photo_12mp_vs_deface"] = photo_vs_deface(photo, tmp, deface, args.repeats)
        if not args.photo_only:
            frames = int(args.seconds * 30)
            clip = tmp / "clip1080.mp4"
            make_clip(clip, 1920, 1080, frames)
            report["clip"] = {"size": "1920x1080", "frames": frames, "fps": 30, "faces": 3}
            report["video"] = {}
            for preset, n in (("fast", frames), ("thorough", min(frames, args.thorough_frames))):
                src = clip
                if n < frames:
                    src = tmp / f"clip1080_{n}.mp4"
                    make_clip(src, 1920, 1080, n)
                r = run_measured(_self("--worker", "video", str(src), preset, str(tmp / f"out_{preset}.mp4")))
                _per_frame(r, n)
                report["video"][preset] = r
            if args.four_k_frames:
                clip4k = tmp / "clip4k.mp4"
                make_clip(clip4k, 3840, 2160, args.four_k_frames)
                r = run_measured(_self("--worker", "video", str(clip4k), "fast", str(tmp / "out4k.mp4")))
                _per_frame(r, args.four_k_frames)
                report["video_4k_fast"] = r
            if args.batch_photos:
                report["isolation"] = _isolation(tmp, clip, args.batch_photos)
            if deface:
                r = run_measured([deface, str(clip), "-o", str(tmp / "deface_out.mp4")])
                _per_frame(r, frames)
                report["deface"] = r
                fast = report["video"]["fast"]
                report["ratio_fast_vs_deface"] = {
                    "fps_process": round(fast["fps_process"] / r["fps_process"], 2),
                    "cpu_per_frame": round(r["cpu_seconds_per_frame"] / fast["cpu_seconds_per_frame"], 2),
                }
            else:
                report["deface"] = "skipped: deface not found (see the module docstring to install it)"
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    report["load_average_end"] = [round(x, 2) for x in os.getloadavg()]
    return report


def _isolation(tmp: Path, clip: Path, count: int, in_process_first: bool = False) -> dict:
    photos = tmp / "batch"
    make_photos(photos, count)
    out: dict = {"photos": {"count": count, "size": "2000x1500"}}
    modes = ("isolated", "in-process")
    for mode in reversed(modes) if in_process_first else modes:
        (tmp / f"out_{mode}").mkdir()
        out[mode] = run_measured(_self("--worker", "batch", mode, str(photos), str(clip), str(tmp / f"out_{mode}")))
    iso, inp = out["isolated"], out["in-process"]
    out["overhead_percent"] = {
        part: {key: round(100 * (iso[part][key] / inp[part][key] - 1), 1) for key in ("wall_seconds", "cpu_seconds")}
        for part in ("photos", "clip")}
    out["overhead_percent"]["process"] = {
        key: round(100 * (iso[key] / inp[key] - 1), 1) for key in ("wall_seconds", "cpu_seconds")}
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seconds", type=float, default=4.0, help="length of the 1080p clip (30 fps)")
    ap.add_argument("--thorough-frames", type=int, default=20, help="frames for the (slow) thorough preset")
    ap.add_argument("--four-k-frames", type=int, default=30, help="frames of the 4K memory clip (0: skip)")
    ap.add_argument("--deface", help="the deface executable (default: on PATH)")
    ap.add_argument("--skip-photo", action="store_true")
    ap.add_argument("--photo-only", action="store_true", help="only the 12 MP photo (and deface on it)")
    ap.add_argument("--photo-source", type=Path, help="make the 12 MP photo from this image (resized)")
    ap.add_argument("--repeats", type=int, default=3, help="runs of each tool on the 12 MP photo")
    ap.add_argument("--batch-photos", type=int, default=20, help="photos of the isolation batch (0: skip)")
    ap.add_argument("--only-isolation", action="store_true", help="the isolation batch only")
    ap.add_argument("--in-process-first", action="store_true",
                    help="run the isolation batch in-process first (to see the effect of order on a shared machine)")
    ap.add_argument("--worker", nargs="+", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        kind, *rest = args.worker
        if kind == "video":
            result = worker_video(Path(rest[0]), rest[1], Path(rest[2]))
        elif kind == "batch":
            result = worker_batch(rest[0], Path(rest[1]), Path(rest[2]), Path(rest[3]))
        else:
            result = worker_photo(Path(rest[0]), Path(rest[1]), warm=kind == "photo")
        print(json.dumps(result))
        return
    print(json.dumps(bench(args), indent=1))


if __name__ == "__main__":
    main()
