"""Untrusted files are opened in locked-down worker processes (issue 20), tested with the real pool.

The rest of the suite runs requests in-process (tests/conftest.py) so that its patches apply; here
the pool is real: spawned workers, their limits, and faults planted inside them through the worker's
test hook (tests/isolation_faults.py), never reachable from a file alone.
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from anonymizer.core.batch import BatchItem, run_batch
from anonymizer.core.cancel import CancelToken
from anonymizer.core.errors import Cancelled, UnsafeFile
from anonymizer.core.isolation import limits, wire
from anonymizer.core.isolation.child import TEST_HOOK_ENV
from anonymizer.core.isolation.pool import IsolatedPool
from anonymizer.core.isolation.requests import DecodePhoto, Sniff
from anonymizer.core.media.sniff import MediaFormat
from anonymizer.core.models import CleanOptions, NamingScheme, Status
from anonymizer.core.output import OutputNamer, is_temp_name
from anonymizer.messages import describe
from tests import isolation_faults as faults
from tests.hostile_factory import (
    CTRL_C_DEFAULT,
    assert_no_traceback,
    cli_command,
    cli_env,
    jpeg_bytes,
    parse_json_lines,
)

LINUX = sys.platform.startswith("linux")


@pytest.fixture(scope="module")
def pool() -> Iterator[IsolatedPool]:
    with faults.faulty_pool(1, hang_stopped_after=4.0) as p:
        yield p


def _photo(folder: Path, name: str, seed: int = 0) -> Path:
    path = folder / name
    path.write_bytes(jpeg_bytes(320, 240, seed=seed))
    return path


def test_a_request_runs_in_a_child_that_limited_itself(pool: IsolatedPool, tmp_path: Path) -> None:
    src = _photo(tmp_path, "plain.jpg")
    rgb = pool.run(DecodePhoto(src))
    assert rgb.shape == (240, 320, 3)
    applied = pool.applied()
    assert applied is not None and applied.pid != os.getpid() and applied.pid in pool.pids
    assert applied.address_space == pool.settings.limits.address_space
    if LINUX:
        text = Path(f"/proc/{applied.pid}/limits").read_text()
        line = next(ln for ln in text.splitlines() if ln.startswith("Max address space"))
        assert str(pool.settings.limits.address_space) in line
        assert applied.network == "own namespace", applied.network  # this machine allows user namespaces
        assert os.readlink(f"/proc/{applied.pid}/ns/net") != os.readlink("/proc/self/ns/net")


@pytest.mark.parametrize(("marker", "reason"), [(faults.CRASH, "crashed"), (faults.CRASH_LATE, "crashed"),
                                                (faults.HOG, "memory"), (faults.HANG, "time")])
def test_a_worker_that_dies_costs_its_file_only(pool: IsolatedPool, tmp_path: Path, marker: str,
                                                reason: str) -> None:
    bad, good = _photo(tmp_path, f"{marker}.jpg"), _photo(tmp_path, "fine.jpg", seed=1)
    out = tmp_path / "out"
    pool.reserve(1)
    before = set(pool.pids)
    started = time.monotonic()
    results = run_batch([BatchItem(bad), BatchItem(good)], OutputNamer(out, NamingScheme.RANDOM), CleanOptions())
    assert time.monotonic() - started < 60
    assert results[0].status is Status.ERROR and isinstance(results[0].error, UnsafeFile)
    assert results[0].error.reason == reason and results[0].output is None
    assert "could not be opened safely" in describe(results[0].error)
    assert results[1].status is Status.OK and results[1].output is not None and results[1].output.exists()
    assert [p.name for p in out.iterdir()] == [results[1].output.name], "no temp file, nothing else"
    assert not set(pool.pids) & before, "the worker that failed was replaced"


def test_cancel_stops_a_stuck_worker_at_once(pool: IsolatedPool, tmp_path: Path) -> None:
    stuck = _photo(tmp_path, f"{faults.HANG}.jpg")
    cancel = CancelToken()
    import threading

    threading.Timer(0.5, cancel.cancel).start()
    started = time.monotonic()
    with pytest.raises(Cancelled):
        pool.run(DecodePhoto(stuck), cancel=cancel)
    assert time.monotonic() - started < 0.5 + 3 * 1.0 + 1  # CANCEL_GRACE, then killed
    assert pool.run(Sniff(_photo(tmp_path, "next.jpg"))) is MediaFormat.JPEG  # the pool goes on


def test_the_parent_refuses_a_message_that_could_run_code() -> None:
    class Evil:
        def __reduce__(self) -> tuple[object, tuple[str]]:
            return (os.system, ("true",))

    with pytest.raises(pickle.UnpicklingError):
        wire.loads(pickle.dumps(("done", Evil())))
    with pytest.raises(pickle.UnpicklingError):
        wire.loads(pickle.dumps(("done", np.memmap)))  # a class, but one that writes files


def test_big_arrays_travel_in_shared_memory() -> None:
    frame = np.arange(1080 * 1920 * 3, dtype=np.uint32).astype(np.uint8).reshape(1080, 1920, 3)
    data = wire.dumps(("emit", (7, frame)))
    assert len(data) < 4096, "the pixels are not in the pickle"
    tag, (index, back) = wire.loads(data)
    assert (tag, index) == ("emit", 7) and np.array_equal(back, frame)


def _children(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry))
    return found


def _maps(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/maps").read_text()
    except OSError:
        return ""


@pytest.mark.skipif(not LINUX, reason="reads /proc")
def test_cli_clean_works_in_a_limited_child_without_network(tmp_path: Path) -> None:
    """Acceptance: while `anonymizer-cli clean` works on a file (the real model), the work runs in a child
    whose address space is limited and whose network namespace is not the CLI's; the CLI itself never
    loads the face model's runtime."""
    from tests.video_factory import ClipSpec, make_clip

    clip = tmp_path / "clip.mp4"
    make_clip(clip, ClipSpec(width=640, height=360, frames=90))
    out = tmp_path / "out"
    proc = subprocess.Popen([*cli_command(), "clean", "--json", str(clip), "-o", str(out)], env=cli_env(),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    seen: dict[str, str] = {}
    try:
        deadline = time.monotonic() + 240
        while proc.poll() is None and time.monotonic() < deadline and "limits" not in seen:
            for child in _children(proc.pid):
                if "onnxruntime" in _maps(child) and any(is_temp_name(p.name) for p in out.glob(".anonymizer-*")):
                    seen["limits"] = Path(f"/proc/{child}/limits").read_text()
                    seen["net"] = os.readlink(f"/proc/{child}/ns/net")
                    seen["parent_maps"] = _maps(proc.pid)
            time.sleep(0.05)
        stdout, stderr = proc.communicate(timeout=600)
    finally:
        proc.kill()
    assert proc.returncode == 0, stderr
    assert "limits" in seen, "no child process was seen working on the file"
    line = next(ln for ln in seen["limits"].splitlines() if ln.startswith("Max address space"))
    assert line.split()[3] != "unlimited" and int(line.split()[3]) == limits.ADDRESS_SPACE
    assert seen["net"] != os.readlink("/proc/self/ns/net")
    assert "onnxruntime" not in seen["parent_maps"], "the CLI's own process ran the detector"
    assert parse_json_lines(stdout)[0]["status"] == "ok"


def test_cli_faults_cost_one_file_each_and_exit_1(tmp_path: Path) -> None:
    """The CLI (isolated pool, the default) with the faults planted in its workers: each faulty file gets
    one clear line, the good files are written, no temp file is left, exit code 1."""
    folder = tmp_path / "in"
    folder.mkdir()
    names = [f"a-{faults.CRASH}.jpg", "b-good.jpg", f"c-{faults.HOG}.jpg", f"d-{faults.CRASH_LATE}.jpg",
             f"e-{faults.HANG}.jpg", "f-good.jpg"]
    for seed, name in enumerate(names):
        _photo(folder, name, seed)
    out = tmp_path / "out"
    proc = subprocess.run([*cli_command(), "clean", "--preset", "fast", str(folder), "-o", str(out)],
                          env=cli_env(**{TEST_HOOK_ENV: faults.HOOK}), capture_output=True, text=True, timeout=400)
    assert proc.returncode == 1, proc.stderr
    assert_no_traceback(proc.stderr)
    errors = {line.split()[1].rsplit("/", 1)[-1].rstrip(":"): line for line in proc.stderr.splitlines()
              if line.startswith("error")}
    assert sorted(errors) == sorted(n for n in names if "fault" in n), proc.stderr
    assert all("could not be opened safely" in line for line in errors.values())
    assert "the reader crashed" in errors[names[0]] and "more memory" in errors[names[2]]
    assert "took far longer" in errors[names[4]]
    assert len([ln for ln in proc.stdout.splitlines() if ln.startswith("ok")]) == 2
    assert len(list(out.iterdir())) == 2 and not [p for p in out.iterdir() if is_temp_name(p.name)]


@pytest.mark.skipif(not LINUX, reason="process groups and signals as on Linux")
def test_ctrl_c_cancels_a_file_in_a_stuck_worker(tmp_path: Path) -> None:
    """Ctrl-C reaches the whole process group: the worker ignores it, the CLI cancels the file (its worker
    is stuck, so it is killed after the grace period) and says so, with no traceback and nothing written."""
    import signal

    src = _photo(tmp_path, f"{faults.HANG}.jpg")
    out = tmp_path / "out"
    proc = subprocess.Popen([*cli_command(), "clean", str(src), "-o", str(out)],
                            env=cli_env(**{TEST_HOOK_ENV: faults.HOOK}), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, start_new_session=True, preexec_fn=CTRL_C_DEFAULT)
    deadline = time.monotonic() + 120
    while not _children(proc.pid):
        assert time.monotonic() < deadline and proc.poll() is None
        time.sleep(0.1)
    time.sleep(3)  # the worker is in the stuck decoder by now
    os.killpg(proc.pid, signal.SIGINT)
    started = time.monotonic()
    _, stderr = proc.communicate(timeout=60)
    assert time.monotonic() - started < 10
    assert proc.returncode == 1
    assert "cancelled" in stderr and "Traceback" not in stderr, stderr
    assert not out.exists() or not list(out.iterdir())


def test_the_player_gets_its_frames_from_a_worker_at_the_clips_pace(pool: IsolatedPool, tmp_path: Path) -> None:
    """Playback decodes in a worker too: every frame comes through shared memory, in order, and no
    faster than the clip's own time (so only a few frames are ever in flight)."""
    from anonymizer.core.isolation.requests import PlayFrames, ReadFrame
    from tests.video_factory import ClipSpec, make_clip

    clip = tmp_path / "clip.mp4"
    make_clip(clip, ClipSpec(frames=12, fps=24))
    got: list[tuple[int, float, float]] = []
    asked = time.monotonic()
    pool.run(PlayFrames(clip, 2, None, ahead=0.05, late=10.0),
             emit=lambda f: got.append((f.index, f.seconds, time.monotonic())))
    assert [i for i, _, _ in got] == list(range(2, 12))
    clip_span = got[-1][1] - got[0][1]
    # Paced: the last frame cannot come sooner than the clip's time from the first, less `ahead`.
    assert got[-1][2] - asked >= clip_span - 0.05 - 0.01, (got[-1][2] - asked, clip_span)
    frame = pool.run(ReadFrame(clip, 5))
    assert isinstance(frame, np.ndarray) and frame.ndim == 3


def test_a_frame_too_big_to_pickle_reaches_the_worker(pool: IsolatedPool) -> None:
    """The scrubber sends an HD frame to be searched: it crosses in shared memory both ways (the worker
    used to read the parent's messages as plain pickles and choked on the shared block)."""
    from anonymizer.core.isolation.requests import DetectFaces

    rgb = np.full((720, 1280, 3), 128, np.uint8)  # 2.7 MB, above wire.SHARED_FROM
    assert rgb.nbytes >= wire.SHARED_FROM
    found = pool.run(DetectFaces(rgb, CleanOptions()))  # before the fix: no answer until the time limit
    assert isinstance(found, list)


@pytest.mark.skipif(not LINUX, reason="Landlock is Linux's")
def test_a_worker_opens_only_the_folders_it_was_given(pool: IsolatedPool, tmp_path: Path) -> None:
    """A taken-over decoder (planted) tries to read a secret and plant a file in a folder no request
    named, to run a program and to open a port: each is refused by the kernel, and the file beside the
    input is still cleaned by the same pool."""
    (tmp_path / "in").mkdir()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "secret.txt").write_text("the source's name")
    snoop = _photo(tmp_path / "in", f"{faults.SNOOP}.jpg")
    plain = _photo(tmp_path / "in", "plain.jpg", seed=3)
    out = tmp_path / "out"
    results = run_batch([BatchItem(snoop), BatchItem(plain)], OutputNamer(out, NamingScheme.RANDOM),
                        CleanOptions())
    applied = pool.applied()
    assert applied is not None and applied.files.startswith("Landlock"), applied.files
    detail = results[0].error.detail if results[0].error else ""
    assert "read=EACCES" in detail and "write=EACCES" in detail and "exec=EACCES" in detail, detail
    # Binding a port: the network namespace's loopback is down (EADDRNOTAVAIL) and Landlock (ABI 4) refuses
    # TCP binds (EACCES): anything but done.
    assert "bind=done" not in detail, detail
    assert not (elsewhere / "planted.txt").exists()
    assert results[1].status is Status.OK, results[1].error
    assert (out / results[1].output.name).is_file() if results[1].output else False


@pytest.mark.skipif(sys.platform != "win32", reason="job objects are Windows'")
def test_a_windows_worker_runs_in_its_own_job(pool: IsolatedPool, tmp_path: Path) -> None:
    import win32api
    import win32job

    pool.run(DecodePhoto(_photo(tmp_path, "plain.jpg")))
    applied = pool.applied()
    assert applied is not None and applied.job.startswith("job object"), applied and applied.job
    assert applied.address_space == pool.settings.limits.address_space
    handle = win32api.OpenProcess(0x1000, False, applied.pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    assert win32job.IsProcessInJob(handle, None)
