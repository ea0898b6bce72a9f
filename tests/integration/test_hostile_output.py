"""The output side under attack: read-only folder, full disk, SIGKILL and Ctrl-C mid-export.

Each runs the CLI in a subprocess (with the fake detector: the model is not the point). What must hold
every time: a one-line reason per file, no output under a final name unless it is complete, no temp
file left by a process that could clean up, originals byte-identical.
A process killed with SIGKILL cannot delete its temp file: the next batch in that folder does (locks +
age, see anonymizer/core/output.py), which is tested here too.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from anonymizer.core.output import STALE_AFTER, is_temp_name, sweep_stale_temps, temp_output
from tests.hostile_factory import (
    CTRL_C_DEFAULT,
    ENV_FAKE_DETECTOR,
    ENV_SLOW_VERIFY,
    assert_no_traceback,
    cli_command,
    cli_env,
    jpeg_bytes,
    parse_json_lines,
    png_bytes,
    sha256,
    temp_leftovers,
)
from tests.platforms import linux_only, posix_only

FAKE = {ENV_FAKE_DETECTOR: "1"}


def _inputs(folder: Path, n: int = 2) -> list[Path]:
    folder.mkdir(exist_ok=True)
    paths = []
    for i in range(n):
        p = folder / f"photo{i}.jpg"
        p.write_bytes(jpeg_bytes(320, 240, seed=i))  # noise: ~30-60 kB, more than a 4 kB disk holds
        paths.append(p)
    return paths


def _run(args: list[str], env: dict[str, str], timeout: float = 60, **kw: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, env=env, capture_output=True, text=True, timeout=timeout, **kw)  # type: ignore[call-overload]


def _check_every_file_failed(proc: subprocess.CompletedProcess[str], inputs: list[Path]) -> None:
    assert proc.returncode == 1, (proc.returncode, proc.stderr)
    assert_no_traceback(proc.stderr)
    lines = parse_json_lines(proc.stdout)
    assert len(lines) == len(inputs), proc.stdout
    for obj in lines:
        assert obj["status"] == "error" and obj["output"] is None
        assert isinstance(obj["error"], str) and "could not be written" in obj["error"]


def _in_private_mount(tmp_path: Path, target: Path, options: str, command: list[str],
                      env: dict[str, str]) -> tuple[subprocess.CompletedProcess[str], list[str]]:
    """Run ``command`` in a private mount namespace where ``target`` is a fresh tmpfs (``options``);
    returns the process and what ``target`` held when it ended (the tmpfs vanishes with it)."""
    if shutil.which("unshare") is None:
        pytest.skip("unshare is not installed")
    listing = tmp_path / "listing.txt"
    script = ('mount -t tmpfs -o "$1" tmpfs "$2" || exit 97; shift 2; "$@"; rc=$?; '
              f'ls -A "{target}" > "{listing}"; exit $rc')
    proc = _run(["unshare", "-m", "sh", "-c", script, "sh", options, str(target), *command], env)
    if proc.returncode == 97 or "unshare failed" in proc.stderr or "Operation not permitted" in proc.stderr:
        pytest.skip(f"cannot mount a tmpfs here: {proc.stderr.strip()}")
    return proc, listing.read_text().split()


@pytest.mark.parametrize("mount_options", ["ro,size=1m", "size=4k"], ids=["read-only", "full-disk"])
@linux_only("mount namespaces and tmpfs")
def test_output_folder_on_a_read_only_or_full_tmpfs(tmp_path: Path, mount_options: str) -> None:
    inputs = _inputs(tmp_path / "in")
    before = [sha256(p) for p in inputs]
    out = tmp_path / "out"
    out.mkdir()
    proc, left = _in_private_mount(tmp_path, out, mount_options,
                                   [*cli_command(fake=True), "clean", "--json", *map(str, inputs), "-o", str(out)],
                                   cli_env(**FAKE))
    _check_every_file_failed(proc, inputs)
    assert left == [], "no temp file (and no partial output) may stay behind"
    assert [sha256(p) for p in inputs] == before


@posix_only("RLIMIT_FSIZE")
def test_full_disk_file_size_limit(tmp_path: Path) -> None:
    """RLIMIT_FSIZE: every write past 4 kB fails with EFBIG (Python ignores SIGXFSZ)."""
    inputs = _inputs(tmp_path / "in")
    before = [sha256(p) for p in inputs]
    out = tmp_path / "out"

    def limit() -> None:
        import resource  # POSIX only

        resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))

    proc = _run([*cli_command(fake=True), "clean", "--json", *map(str, inputs), "-o", str(out)],
                cli_env(**FAKE), preexec_fn=limit)
    _check_every_file_failed(proc, inputs)
    assert list(out.iterdir()) == []
    assert [sha256(p) for p in inputs] == before


def test_output_path_is_a_file(tmp_path: Path) -> None:
    inputs = _inputs(tmp_path / "in", 1)
    out = tmp_path / "not-a-folder"
    out.write_bytes(b"keep me")
    proc = _run([*cli_command(fake=True), "clean", "--json", str(inputs[0]), "-o", str(out)], cli_env(**FAKE))
    assert proc.returncode == 1
    assert_no_traceback(proc.stderr)
    assert len(proc.stderr.strip().splitlines()) == 1 and "could not be written" in proc.stderr
    assert out.read_bytes() == b"keep me"


@contextmanager
def _cli_running(args: list[str], env: dict[str, str]) -> Iterator[subprocess.Popen[str]]:
    """The CLI (fake detector) started with piped output; killed if still running when the block ends,
    then reaped and its pipes closed (Popen's own exit)."""
    with subprocess.Popen([*cli_command(fake=True), *args], env=env, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, text=True, preexec_fn=CTRL_C_DEFAULT) as proc:
        try:
            yield proc
        finally:
            if proc.poll() is None:
                proc.kill()


def _wait_for_temp(folder: Path, proc: subprocess.Popen[str], timeout: float = 30) -> list[str]:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if folder.exists() and (found := temp_leftovers(folder)):
            return found
        if proc.poll() is not None:
            raise AssertionError(f"the CLI ended before writing a temp file: {proc.communicate()}")
        time.sleep(0.02)
    raise AssertionError("no temp file appeared")


@posix_only("SIGKILL")
def test_sigkill_mid_export_leaves_no_final_file_and_the_next_run_sweeps(tmp_path: Path) -> None:
    inputs = _inputs(tmp_path / "in", 1)
    before = sha256(inputs[0])
    out = tmp_path / "out"
    with _cli_running(["clean", "--json", str(inputs[0]), "-o", str(out)],
                      cli_env(**FAKE, **{ENV_SLOW_VERIFY: "30"})) as proc:
        temps = _wait_for_temp(out, proc)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
        proc.communicate()
    assert proc.returncode == -signal.SIGKILL
    names = sorted(p.name for p in out.iterdir())
    assert all(is_temp_name(n) for n in names), f"a file under a final name after SIGKILL: {names}"
    assert names == temps, "the dead process's temp file is the only thing there"
    assert sha256(inputs[0]) == before

    leftover = out / temps[0]
    assert sweep_stale_temps(out) == [], "a young temp file may belong to a live writer: kept"
    old = time.time() - STALE_AFTER - 5
    os.utime(leftover, (old, old))
    # the next run in that folder removes the dead run's temp file and writes its own output
    proc2 = subprocess.run([*cli_command(fake=True), "clean", "--json", str(inputs[0]), "-o", str(out)],
                           env=cli_env(**FAKE), capture_output=True, text=True, timeout=60)
    assert proc2.returncode == 0, proc2.stderr
    (result,) = parse_json_lines(proc2.stdout)
    assert not leftover.exists()
    assert sorted(p.name for p in out.iterdir()) == [Path(str(result["output"])).name]


@posix_only("flock and symlinks")
def test_sweep_leaves_a_live_writers_temp_alone(tmp_path: Path) -> None:
    with temp_output(tmp_path, ".jpg") as temp:
        old = time.time() - 3600
        os.utime(temp, (old, old))
        assert sweep_stale_temps(tmp_path) == []
        assert temp.exists()
    assert not temp.exists()
    # only our own temp names are touched, and never through a symlink
    victim = tmp_path / "victim.jpg"
    victim.write_bytes(b"precious")
    (tmp_path / ".anonymizer-abc.part.jpg").symlink_to(victim)
    (tmp_path / "holiday.part.jpg").write_bytes(b"not ours")
    for p in tmp_path.iterdir():
        os.utime(p, (old, old), follow_symlinks=False)
    assert sweep_stale_temps(tmp_path) == []
    assert victim.read_bytes() == b"precious" and (tmp_path / "holiday.part.jpg").exists()


@posix_only("POSIX signals")
@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
def test_interrupt_mid_export_removes_the_temp_and_exits_1(tmp_path: Path, sig: signal.Signals) -> None:
    inputs = _inputs(tmp_path / "in", 3)
    before = [sha256(p) for p in inputs]
    out = tmp_path / "out"
    with _cli_running(["clean", *map(str, inputs), "-o", str(out)],
                      cli_env(**FAKE, **{ENV_SLOW_VERIFY: "1.5"})) as proc:
        _wait_for_temp(out, proc)
        proc.send_signal(sig)
        stdout, stderr = proc.communicate(timeout=30)
    assert proc.returncode == 1, stderr
    assert_no_traceback(stderr)
    assert "cancelled" in stderr
    assert list(out.iterdir()) == [], "no temp file and no half-made output after an interrupt"
    assert [sha256(p) for p in inputs] == before
    assert stdout.strip() == "", "nothing was finished, so nothing is reported as written"


@posix_only("RLIMIT_FSIZE")
def test_png_too(tmp_path: Path) -> None:
    """A PNG through the same full-disk path (its encoder writes a different size)."""
    src = tmp_path / "in.png"
    src.write_bytes(png_bytes(320, 240))
    out = tmp_path / "out"

    def limit() -> None:
        import resource  # POSIX only

        resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))

    proc = _run([*cli_command(fake=True), "clean", "--json", str(src), "-o", str(out)], cli_env(**FAKE),
                preexec_fn=limit)
    _check_every_file_failed(proc, [src])


def test_reader_going_away_stops_the_batch_quietly(tmp_path: Path) -> None:
    """`anonymizer-cli clean --json ... | head -1`: a broken pipe, not a traceback."""
    src = tmp_path / "in"
    src.mkdir()
    for i in range(40):
        (src / f"p{i:02d}.jpg").write_bytes(jpeg_bytes(64, 48, seed=i))
    out = tmp_path / "out"
    with _cli_running(["clean", "--json", str(src), "-o", str(out)], cli_env(**FAKE)) as proc:
        assert proc.stdout is not None and proc.stdout.readline().startswith("{")
        proc.stdout.close()  # the reader leaves while files are still being cleaned
        stderr = proc.stderr.read() if proc.stderr else ""
        proc.wait(timeout=60)
    assert proc.returncode == 1, stderr
    assert_no_traceback(stderr)
    assert "Exception ignored" not in stderr
    assert temp_leftovers(out) == []
