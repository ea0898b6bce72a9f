"""The bundle's THIRD-PARTY-NOTICES.txt (packaging/third_party_notices.py), generated here from this
environment without a build: it lists every distribution whose code the app loads, each with its
licence and licence texts, plus Python, the face model (and its WIDER FACE training data) and the GPL
source offer. tests/integration/test_frozen_build.py checks the file in a built bundle."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import third_party_notices as tpn  # noqa: E402

# What the app imports at run time, eagerly or lazily, and what the spec names as hidden imports.
_IMPORTS = ("anonymizer.cli", "anonymizer.gui.app", "anonymizer.core.video", "anonymizer.core.detection",
            "onnxruntime", "cv2", "av", "PIL.Image", "pillow_heif", "piexif", "numpy", "rich.console",
            "rich.progress", "PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtSvg")


@pytest.fixture(scope="module")
def app_modules() -> list[str]:
    script = (f"import sys\nfor m in {_IMPORTS!r}: __import__(m)\n"
              "print('\\n'.join(sorted({m.split('.')[0] for m in sys.modules})))")
    proc = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.split()


@pytest.fixture(scope="module")
def notices(app_modules: list[str], tmp_path_factory: pytest.TempPathFactory) -> str:
    out = tpn.write_notices(tmp_path_factory.mktemp("notices") / "N.txt", app_modules, "0.0.test")
    return out.read_text(encoding="utf-8")


def _listed(text: str) -> set[str]:
    head = text.split("=" * 100)[0]
    return {tpn._key(line.split()[0]) for line in head.splitlines() if line.startswith("  ")}


def test_every_distribution_the_app_loads_is_listed(app_modules: list[str], notices: str) -> None:
    providers = tpn.metadata.packages_distributions()
    loaded = {tpn._key(d) for m in app_modules for d in providers.get(m, [])} - {"anonymizer"}
    assert {"pyside6-essentials", "shiboken6", "opencv-python-headless", "av", "numpy", "onnxruntime",
            "pillow", "pillow-heif", "piexif", "rich"} <= loaded
    assert loaded <= _listed(notices), loaded - _listed(notices)


def test_every_run_time_requirement_is_listed_by_default(tmp_path: Path) -> None:
    text = tpn.write_notices(tmp_path / "N.txt", None, "0.0.test").read_text(encoding="utf-8")
    required = {tpn._key(d.metadata["Name"]) for d in tpn.requirements_closure()}
    assert required and required <= _listed(text)


def test_each_entry_has_its_licence_and_text(app_modules: list[str]) -> None:
    for dist in tpn.distributions_for(app_modules):
        assert tpn.licence_of(dist) != "not stated", dist.metadata["Name"]
        assert tpn.licence_texts(dist), f"no licence text for {dist.metadata['Name']}"


def test_model_python_and_source_offer(notices: str) -> None:
    assert "WIDER FACE" in notices and "Kuan-Yu Huang" in notices  # the model's training data and licence
    assert "PYTHON SOFTWARE FOUNDATION LICENSE" in notices or "PSF-2.0" in notices
    assert "complete corresponding source code" in notices and "GNU General Public License" in notices
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in notices  # PySide6 ships no licence file: the standard text
