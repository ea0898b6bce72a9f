"""The GitHub Actions workflows cannot run here, so they are checked statically: actionlint (syntax,
expressions, runner labels, shell scripts) and zizmor (security: injection, credentials, permissions,
unpinned actions), both offline, and every action pinned by a full commit SHA with its version beside it.
Both tools come with the ``test`` extra; a missing tool fails (a skip would let a broken workflow in)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WORKFLOWS = ROOT / ".github" / "workflows"
FILES = sorted(WORKFLOWS.glob("*.yml")) + sorted(WORKFLOWS.glob("*.yaml"))
# `uses: owner/repo@<40 hex> # vX.Y.Z`: a tag can be moved to other code, a commit cannot.
PINNED = re.compile(r"^\s*(-\s+)?uses:\s+[\w.-]+/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+\s*$")


def tool(name: str) -> str:
    """The tool installed beside this interpreter (the test extra), else on PATH."""
    scripts = Path(sys.executable).parent
    for candidate in (scripts / name, scripts / f"{name}.exe"):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed: pip install -e '.[test]'")
    return found


def run(argv: list[str]) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("GH_TOKEN", "GITHUB_TOKEN")}
    return subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, timeout=120, env=env)


def test_there_is_a_release_workflow() -> None:
    assert WORKFLOWS / "release.yml" in FILES


def test_actionlint_finds_nothing() -> None:
    proc = run([tool("actionlint"), "-no-color", *map(str, FILES)])
    assert proc.returncode == 0 and not proc.stdout.strip(), proc.stdout + proc.stderr


def test_zizmor_finds_nothing() -> None:
    proc = run([tool("zizmor"), "--offline", "--no-progress", "--format", "plain", str(WORKFLOWS)])
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_every_action_is_pinned_by_commit() -> None:
    uses = [(f.name, line) for f in FILES for line in f.read_text(encoding="utf-8").splitlines()
            if re.match(r"^\s*(-\s+)?uses:", line)]
    assert uses
    unpinned = [u for u in uses if not PINNED.match(u[1])]
    assert not unpinned, unpinned


def test_workflows_hold_no_secrets_and_read_only_tokens() -> None:
    for f in FILES:
        text = f.read_text(encoding="utf-8")
        assert "secrets." not in text, f.name
        assert re.search(r"^permissions:\n  contents: read\n", text, re.M), f"{f.name}: top-level permissions"
        assert "write" not in re.findall(r"^\s+[\w-]+:\s*(write)", text, re.M), f.name
        checkouts = text.count("actions/checkout@")
        assert text.count("persist-credentials: false") == checkouts, f.name
