"""Where shipped resources live, from source and inside a PyInstaller bundle alike.

This is the project's single ``IS_FROZEN`` check.
"""

from __future__ import annotations

import sys
from pathlib import Path

IS_FROZEN: bool = bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")
# Points the model loader at another copy of the RetinaFace model (tests); read here too by a worker process,
# which must be able to open it after narrowing its file access (core/isolation/narrowing.py).
ENV_MODEL_PATH = "ANONYMIZER_MODEL_PATH"
# The same for the second face model, CenterFace (core/detection/centerface.py).
ENV_CENTERFACE_PATH = "ANONYMIZER_CENTERFACE_PATH"


def resources_dir() -> Path:
    """The ``resources/`` folder: beside the package in a checkout, inside the bundle when frozen."""
    if IS_FROZEN:
        return Path(sys._MEIPASS) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
