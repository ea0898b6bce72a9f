"""The offline promise and 'no trace', checked from outside the process.

- no internet socket and no connect under ``strace -f -e trace=network`` (photo and video);
- a full run works in a network namespace with no interfaces at all;
- no networking library is newly imported by a full run (fresh interpreter, and in process);
- nothing is created outside the output folder (strace of every create/rename/link, and an empty HOME
  afterwards: ONNX Runtime's telemetry database used to appear there);
- no file path on stderr unless --verbose (except the one error line naming a failed file); no face
  coordinates in the logs, even with --verbose.
"""

from __future__ import annotations

import importlib.util
import logging
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from anonymizer.core.models import CleanOptions, DetectionOptions, NamingScheme, Preset, Status
from anonymizer.core.output import OutputNamer
from tests.hostile_factory import REPO, assert_no_traceback, cli_command, cli_env, jpeg_bytes, mp4_bytes
from tests.platforms import linux_only

HAS_VIDEO = importlib.util.find_spec("anonymizer.core.video") is not None
NETWORK_MODULES = {"http.client", "urllib.request", "urllib3", "requests", "httpx", "aiohttp", "ssl",
                   "ftplib", "smtplib", "poplib", "imaplib", "xmlrpc.client", "websocket", "websockets",
                   "http.server", "socketserver", "asyncio.streams"}


@pytest.fixture(scope="module")
def media(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("media")
    files = [folder / "photo.jpg"]
    files[0].write_bytes(jpeg_bytes(96, 64))
    if HAS_VIDEO:
        files.append(folder / "clip.mp4")
        files[1].write_bytes(mp4_bytes(frames=6))
    return files


def _fresh_env(tmp_path: Path) -> dict[str, str]:
    home = tmp_path / "home"
    home.mkdir()
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    return cli_env(HOME=str(home), XDG_CACHE_HOME=str(home / ".cache"), XDG_CONFIG_HOME=str(home / ".config"),
                   XDG_DATA_HOME=str(home / ".local/share"), TMPDIR=str(tmp))


def _strace(tmp_path: Path, calls: str, args: list[str], env: dict[str, str]) -> tuple[subprocess.CompletedProcess[str], list[str]]:
    if shutil.which("strace") is None:
        pytest.skip("strace is not installed (apt-get install strace)")
    log = tmp_path / "strace.txt"
    proc = subprocess.run(["strace", "-f", "-qq", "-e", f"trace={calls}", "-o", str(log), *args], env=env,
                          capture_output=True, text=True, timeout=120)
    if "PTRACE" in proc.stderr and proc.returncode != 0:
        pytest.skip(f"strace cannot trace here: {proc.stderr.strip()}")
    return proc, log.read_text().splitlines()


@linux_only("strace")
def test_no_internet_socket_or_connect_under_strace(media: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "out"
    proc, calls = _strace(tmp_path, "network", [*cli_command(), "clean", "--json", *map(str, media), "-o", str(out)],
                          _fresh_env(tmp_path))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert len(list(out.iterdir())) == len(media)
    bad = [c for c in calls if re.search(r"socket\((AF_INET|AF_INET6|AF_PACKET|AF_NETLINK)", c)
           or ("connect(" in c and "AF_UNIX" not in c)
           or re.search(r"(sendto|sendmsg|bind)\(", c)]
    assert bad == [], "network calls:\n" + "\n".join(bad)


@linux_only("network namespaces (unshare -rn)")
def test_clean_works_with_no_network_at_all(media: list[Path], tmp_path: Path) -> None:
    if shutil.which("unshare") is None:
        pytest.skip("unshare is not installed")
    probe = subprocess.run(["unshare", "-rn", "true"], capture_output=True, text=True)
    if probe.returncode != 0:
        pytest.skip(f"no network namespaces here: {probe.stderr.strip()}")
    out = tmp_path / "out"
    proc = subprocess.run(["unshare", "-rn", *cli_command(), "clean", "--json", *map(str, media), "-o", str(out)],
                          env=_fresh_env(tmp_path), capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert len(list(out.iterdir())) == len(media)


_CREATING = re.compile(r'^\d+\s+(?P<call>openat|open|creat|mkdir|mkdirat|rename|renameat2?|link|linkat|symlink|'
                       r'symlinkat)\((?P<args>.*)\)\s+=\s+(?P<ret>-?\d+)')


def _created_paths(calls: list[str], cwd: Path) -> list[Path]:
    paths = []
    for line in calls:
        m = _CREATING.match(line)
        if not m or m["ret"].startswith("-"):
            continue
        quoted = re.findall(r'"((?:[^"\\]|\\.)*)"', m["args"])
        if m["call"] in ("openat", "open"):
            if not re.search(r"O_CREAT|O_WRONLY|O_RDWR|O_TRUNC", m["args"]):
                continue
            targets = quoted[:1]
        elif m["call"] in ("rename", "renameat", "renameat2", "link", "linkat", "symlink", "symlinkat"):
            targets = quoted[-1:]
        else:
            targets = quoted[:1]
        paths += [p if p.is_absolute() else cwd / p for p in map(Path, targets)]
    return paths


@linux_only("strace")
def test_nothing_is_written_outside_the_output_folder(media: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "out"
    env = _fresh_env(tmp_path)
    calls = "openat,open,creat,mkdir,mkdirat,rename,renameat,renameat2,link,linkat,symlink,symlinkat"
    proc, lines = _strace(tmp_path, calls, [*cli_command(), "clean", "--json", *map(str, media), "-o", str(out)], env)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    outside = [p for p in _created_paths(lines, Path.cwd())
               if not (p.resolve() == out.resolve() or out.resolve() in p.resolve().parents)
               and not str(p).startswith(("/dev/", "/proc/self/"))]
    assert outside == [], f"files created outside the output folder: {outside}"
    leftovers = [str(p.relative_to(tmp_path)) for p in (tmp_path / "home").rglob("*")]
    leftovers += [str(p.relative_to(tmp_path)) for p in (tmp_path / "tmp").rglob("*")]
    assert leftovers == [], "traces left in HOME or TMPDIR (telemetry, caches, temp copies)"


def test_no_networking_library_is_imported_fresh_interpreter(media: list[Path], tmp_path: Path) -> None:
    script = textwrap.dedent(f"""
        import json, sys
        before = set(sys.modules)
        from anonymizer import cli
        rc = cli.main(["clean", "--json", *{[str(p) for p in media]!r}, "-o", {str(tmp_path / "out")!r}])
        print(json.dumps({{"rc": rc, "new": sorted(set(sys.modules) - before)}}), file=sys.stderr)
    """)
    proc = subprocess.run([sys.executable, "-c", script], env=_fresh_env(tmp_path), capture_output=True,
                          text=True, timeout=120, cwd=REPO)
    import json

    report = json.loads(proc.stderr.strip().splitlines()[-1])
    assert report["rc"] == 0, proc.stdout
    assert sorted(NETWORK_MODULES & set(report["new"])) == []


def test_no_networking_library_is_imported_in_process(media: list[Path], out_dir: Path) -> None:
    from anonymizer.core.batch import BatchItem, run_batch

    before = set(sys.modules)  # whatever pytest and earlier tests imported is not the package's doing
    results = run_batch([BatchItem(p) for p in media], OutputNamer(out_dir, NamingScheme.RANDOM), CleanOptions())
    assert all(r.status is Status.OK for r in results), results
    new = set(sys.modules) - before
    assert sorted(NETWORK_MODULES & new) == []


# ------------------------------------------------------------------------------------------- no trace

MARKER = "zq-MARKER-7f3e"


def test_no_paths_on_stderr_unless_verbose(tmp_path: Path) -> None:
    folder = tmp_path / f"{MARKER} folder"
    folder.mkdir()
    (folder / f"good-{MARKER}.jpg").write_bytes(jpeg_bytes(64, 48))
    (folder / f"bad-{MARKER}.jpg").write_bytes(b"not a photo")
    out = tmp_path / f"out-{MARKER}"
    env = cli_env(HOSTILE_FAKE_DETECTOR="1")

    def run(*flags: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*cli_command(fake=True), *flags, "clean", str(folder), "-o", str(out)], env=env,
                              capture_output=True, text=True, timeout=60)

    plain = run()
    assert plain.returncode == 1
    assert_no_traceback(plain.stderr)
    lines_with_marker = [line for line in plain.stderr.splitlines() if MARKER in line]
    assert len(lines_with_marker) == 1 and lines_with_marker[0].startswith("error  ")
    assert f"bad-{MARKER}.jpg" in lines_with_marker[0], "the error line must name the failed file"
    assert str(out) not in plain.stdout, "the ok line names files, not the output folder's path"

    as_json = subprocess.run([*cli_command(fake=True), "clean", "--json", str(folder), "-o", str(out)], env=env,
                             capture_output=True, text=True, timeout=60)
    assert as_json.returncode == 1 and MARKER not in as_json.stderr, as_json.stderr

    verbose = run("--verbose")
    assert verbose.returncode == 1
    assert_no_traceback(verbose.stderr)


_FOUR_NUMBERS = re.compile(r"\d+(\.\d+)?\s*,\s*\d+(\.\d+)?\s*,\s*\d+(\.\d+)?\s*,\s*\d+(\.\d+)?")


def test_logs_never_hold_face_coordinates(astronaut: np.ndarray, tmp_path: Path, out_dir: Path,
                                          caplog: pytest.LogCaptureFixture) -> None:
    from anonymizer.core.pipeline import clean_file

    src = tmp_path / "face.png"
    Image.fromarray(astronaut).save(src)
    with caplog.at_level(logging.DEBUG):
        result = clean_file(src, OutputNamer(out_dir, NamingScheme.RANDOM),
                            CleanOptions(detection=DetectionOptions(preset=Preset.FAST)))
    assert result.status is Status.OK and result.faces >= 1
    text = "\n".join(r.getMessage() for r in caplog.records)
    assert "Box(" not in text and "Detection(" not in text and "Region(" not in text
    assert not _FOUR_NUMBERS.search(text), text

    proc = subprocess.run([*cli_command(), "--verbose", "clean", "--preset", "fast", str(src), "-o", str(out_dir)],
                          env=cli_env(), capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert "Box(" not in proc.stderr and not _FOUR_NUMBERS.search(proc.stderr), proc.stderr
