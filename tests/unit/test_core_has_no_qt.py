"""The core is a library without Qt: importing every core module must not load PySide6."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import importlib, pkgutil, sys
import anonymizer.core as core
for info in pkgutil.walk_packages(core.__path__, "anonymizer.core."):
    importlib.import_module(info.name)
bad = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6", "anonymizer.gui"))
bad += sorted(m for m in sys.modules if m.startswith(("anonymizer.gui", "anonymizer.cli")))
print("\\n".join(bad))
sys.exit(1 if bad else 0)
"""


def test_importing_every_core_module_loads_no_qt() -> None:
    proc = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, f"core pulled in: {proc.stdout} {proc.stderr[-2000:]}"


def test_import_linter_contract_holds() -> None:
    from pathlib import Path
    exe = Path(sys.executable).with_name("lint-imports")
    proc = subprocess.run([str(exe)], capture_output=True, text=True, timeout=300,
                          cwd=Path(__file__).resolve().parents[2])
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-2000:]
