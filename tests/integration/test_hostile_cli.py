"""The whole hostile corpus through the real ``anonymizer-cli clean`` (real model), as an outside
evaluator would run it: no traceback, exit code 1, one JSON line per file with a reason for every bad
one, every good file written, originals unchanged, no temp file. And ``--jobs 4`` with colliding names.
"""

from __future__ import annotations

import importlib.util
import subprocess
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from anonymizer.core.output import is_temp_name
from tests.hostile_factory import (
    assert_no_traceback,
    cli_command,
    cli_env,
    hostile_cases,
    jpeg_bytes,
    mp4_bytes,
    parse_json_lines,
    png_bytes,
    sha256,
)

HAS_VIDEO = importlib.util.find_spec("anonymizer.core.video") is not None


def _run(args: list[str], timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*cli_command(), *args], env=cli_env(), capture_output=True, text=True, timeout=timeout)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str], dict[str, str]]:
    """(folder, expectation by file name, sha256 by file name); good files interleaved."""
    folder = tmp_path_factory.mktemp("corpus")
    expect: dict[str, str] = {}
    for case in hostile_cases():
        if case.video and not HAS_VIDEO:
            continue
        name = f"{case.id}__{case.name}"
        (folder / name).write_bytes(case.make())
        expect[name] = case.expect
    for i, (name, data) in enumerate([("good-a.jpg", jpeg_bytes(96, 64, 1)), ("good-b.png", png_bytes(96, 64, 2)),
                                      ("good-c.jpeg", jpeg_bytes(64, 96, 3))]):
        (folder / f"zz{i}-{name}").write_bytes(data)
        expect[f"zz{i}-{name}"] = "ok"
    if HAS_VIDEO:
        (folder / "zz9-good.mp4").write_bytes(mp4_bytes())
        expect["zz9-good.mp4"] = "ok"
    hashes = {p.name: sha256(p) for p in folder.iterdir()}
    return folder, expect, hashes


def test_hostile_corpus_json(corpus: tuple[Path, dict[str, str], dict[str, str]], tmp_path: Path) -> None:
    folder, expect, hashes = corpus
    out = tmp_path / "out"
    proc = _run(["clean", "--json", str(folder), "-o", str(out)])

    assert proc.returncode == 1, proc.stderr
    assert_no_traceback(proc.stderr)
    assert proc.stderr.strip() == "", f"--json: nothing but JSON, and nothing on stderr: {proc.stderr[:2000]}"
    lines = parse_json_lines(proc.stdout)
    by_name = {Path(str(o["input"])).name: o for o in lines}
    assert len(lines) == len(by_name) == len(expect), "exactly one JSON line per input file"
    for name, want in expect.items():
        o = by_name[name]
        if want == "ok":
            assert o["status"] == "ok", (name, o["error"])
        elif want == "error":
            assert o["status"] == "error", (name, o["output"])
        if o["status"] == "error":
            assert isinstance(o["error"], str) and o["error"].strip() and "\n" not in o["error"], name
            assert o["output"] is None
        else:
            assert o["error"] is None and Path(str(o["output"])).is_file(), name
    written = sorted(p.name for p in out.iterdir())
    assert not any(is_temp_name(n) for n in written), "temp file left"
    assert written == sorted(Path(str(o["output"])).name for o in lines if o["status"] == "ok")
    assert {p.name: sha256(p) for p in folder.iterdir()} == hashes, "an original changed"


def test_hostile_corpus_plain_text_one_line_per_failure(corpus: tuple[Path, dict[str, str], dict[str, str]],
                                                        tmp_path: Path) -> None:
    """The human format (the fake detector: this is about the lines, the model ran above)."""
    folder, expect, _ = corpus
    proc = subprocess.run([*cli_command(fake=True), "clean", str(folder), "-o", str(tmp_path / "out")],
                          env=cli_env(HOSTILE_FAKE_DETECTOR="1"), capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1
    assert_no_traceback(proc.stderr)
    errors = proc.stderr.splitlines()
    ok = proc.stdout.splitlines()
    assert len(errors) + len(ok) == len(expect)
    for line in errors:
        assert line.startswith("error  ") and str(folder) in line, line
        reason = line.split(": ", 1)[1]
        assert reason.strip() and reason.endswith("."), line
    for name, want in expect.items():
        if want == "error":
            assert sum(name in line for line in errors) == 1, name


def test_jobs_4_with_colliding_names_never_loses_a_file(tmp_path: Path) -> None:
    src = tmp_path / "in"
    colours = {}
    n = 0
    for sub in ("a", "b", "c", "d"):
        (src / sub).mkdir(parents=True)
        for name in ("IMG_0001.jpg", "IMG_0001.jpeg", "IMG_0001.JPG", "IMG_0001.png"):
            colour = (n * 15 % 256, 255 - n * 9 % 256, n * 37 % 256)
            rgb = np.empty((40, 56, 3), np.uint8)
            rgb[:] = colour
            Image.fromarray(rgb).save(src / sub / name, "PNG" if name.endswith(".png") else "JPEG", quality=98)
            colours[(sub, name)] = colour
            n += 1
    for names in ("keep", "numbered"):
        out = tmp_path / f"out-{names}"
        out.mkdir()
        existing = out / "IMG_0001.jpg"
        existing.write_bytes(b"someone's earlier output")
        proc = _run(["clean", "--json", "--jobs", "4", "--names", names, str(src), "-o", str(out)])
        assert proc.returncode == 0, proc.stdout + proc.stderr
        lines = parse_json_lines(proc.stdout)
        assert len(lines) == len(colours)
        outputs = [Path(str(o["output"])) for o in lines]
        assert len(set(outputs)) == len(outputs), "two inputs were given the same output"
        assert existing.read_bytes() == b"someone's earlier output", "an existing file was overwritten"
        assert len(list(out.iterdir())) == len(colours) + 1
        for o in lines:  # each output carries its own input's picture (nothing swapped or lost)
            rel = Path(str(o["input"])).relative_to(src)
            want = colours[(rel.parts[0], rel.name)]
            got = np.asarray(Image.open(str(o["output"])).convert("RGB")).reshape(-1, 3).mean(axis=0)
            assert np.abs(got - want).max() < 6, (rel, want, got)
