"""Preferences, declared once with types and defaults (Picard's habit).

Stored with QSettings in an INI file under the platform config folder, or under the folder named by
the environment variable ``ANONYMIZER_SETTINGS_DIR`` (tests, portable installs). Only preferences are
kept: never a file path, never a recent-files list. The output folder is deliberately *not* stored, so
nothing on the computer records where cleaned copies were written.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings, QSize, QStandardPaths

from anonymizer.core.models import AudioMode, CleanOptions, NamingScheme, RedactionStyle, Shape

ENV_DIR = "ANONYMIZER_SETTINGS_DIR"
SCHEMA_VERSION = 1
LANGUAGES = ("en", "ru", "uk")


@dataclass(frozen=True)
class Option:
    key: str
    default: object
    type: type


_CORE = CleanOptions()  # the core's defaults are the window's defaults
OPTIONS: dict[str, Option] = {o.key: o for o in (
    Option("language", "", str),  # "" = follow the system locale
    Option("style", _CORE.redaction.style.value, str),
    Option("shape", _CORE.redaction.shape.value, str),
    Option("sensitivity", round(_CORE.detection.sensitivity * 100), int),  # 0..100 on the slider
    Option("audio", _CORE.audio.value, str),
    Option("naming", _CORE.naming.value, str),
    Option("first_run_done", False, bool),
    Option("window_size", QSize(1280, 800), QSize),
    Option("window_screen", QSize(0, 0), QSize),  # the screen's free area when the size was saved
)}

_ENUMS: dict[str, type] = {"style": RedactionStyle, "shape": Shape, "audio": AudioMode,
                           "naming": NamingScheme}


def settings_dir() -> Path:
    env = os.environ.get(ENV_DIR)
    if env:
        return Path(env)
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    return Path(base) / "anonymizer"


class Settings:
    """Typed access to the preferences; unknown keys are refused so no path can slip in."""

    def __init__(self, folder: Path | None = None) -> None:
        folder = folder or settings_dir()
        self._qs = QSettings(str(folder / "anonymizer.ini"), QSettings.Format.IniFormat)
        self._upgrade()

    @property
    def file_name(self) -> str:
        return self._qs.fileName()

    def _upgrade(self) -> None:
        version = int(self._qs.value("schema_version", 0) or 0)
        if version < SCHEMA_VERSION:
            # Older versions may have kept keys we no longer allow (none exist yet): drop unknown keys.
            for key in self._qs.allKeys():
                if key not in OPTIONS and key != "schema_version":
                    self._qs.remove(key)
            self._qs.setValue("schema_version", SCHEMA_VERSION)

    def get(self, key: str) -> object:
        opt = OPTIONS[key]
        value = self._qs.value(key, opt.default)
        if opt.type is bool:
            return value in (True, "true", "1", 1)
        if opt.type is int:
            try:
                return int(value)  # type: ignore[arg-type]
            except (TypeError, ValueError):
                return opt.default
        if opt.type is QSize:
            return value if isinstance(value, QSize) and value.isValid() else opt.default
        return str(value) if value is not None else opt.default

    def size(self, key: str) -> QSize:
        """A stored size (a QSize option), or its default."""
        value = self.get(key)
        return value if isinstance(value, QSize) else QSize(OPTIONS[key].default)  # type: ignore[arg-type]

    def enum(self, key: str) -> object:
        """The enum member stored under ``key``, or the safe default if the stored value is unknown."""
        cls = _ENUMS[key]
        try:
            return cls(self.get(key))
        except ValueError:
            return cls(OPTIONS[key].default)

    def set(self, key: str, value: object) -> None:
        opt = OPTIONS[key]  # KeyError for anything undeclared
        if hasattr(value, "value") and key in _ENUMS:
            value = value.value  # type: ignore[union-attr]
        if not isinstance(value, opt.type):
            raise TypeError(f"setting {key} expects {opt.type.__name__}")
        self._qs.setValue(key, value)

    def sync(self) -> None:
        self._qs.sync()

    def all_values(self) -> dict[str, object]:
        return {key: self._qs.value(key) for key in self._qs.allKeys()}
