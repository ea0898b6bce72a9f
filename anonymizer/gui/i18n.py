"""Translations: the app's own ``.ts`` -> ``.qm`` and Qt's ``qtbase_<lang>.qm``.

``.ts`` sources live in ``resources/translations``; the build runs :func:`compile_translations` to
make the ``.qm`` files beside them (``python -m anonymizer.gui.i18n``). Run from a source checkout
without a build, the ``.qm`` are compiled on the fly into a private temporary folder; if that fails
too, the app stays in English.
"""

from __future__ import annotations

import atexit
import logging
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from anonymizer import messages
from anonymizer.core.resources import resource_path
from anonymizer.gui.settings import LANGUAGES

log = logging.getLogger(__name__)

# Names shown in the language menu, each in its own language (never translated).
LANGUAGE_NAMES = {"en": "English", "ru": "Русский", "uk": "Українська"}


def ts_dir() -> Path:
    return resource_path("translations")


def _lrelease() -> str | None:
    import PySide6

    exe = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    bundled = Path(PySide6.__file__).parent / exe
    if bundled.exists():
        return str(bundled)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compile_translations(out_dir: Path | None = None) -> list[Path]:
    """Compile every ``resources/translations/*.ts`` into ``.qm`` (in ``out_dir``, default beside)."""
    tool = _lrelease()
    if tool is None:
        raise RuntimeError("lrelease not found (it ships in the PySide6 wheel)")
    out_dir = out_dir or ts_dir()
    built = []
    for ts in sorted(ts_dir().glob("*.ts")):
        qm = out_dir / (ts.stem + ".qm")
        subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True)
        built.append(qm)
    return built


_private_dir: Path | None = None


def _qm_dir() -> Path | None:
    """Where the app's ``.qm`` files are: built beside the sources, or compiled now into a temp dir."""
    global _private_dir
    built = [(ts, ts.with_suffix(".qm")) for ts in ts_dir().glob("*.ts")]
    if not built and any(ts_dir().glob("*.qm")):
        return ts_dir()  # a bundle ships only the compiled files
    if built and all(qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime for ts, qm in built):
        return ts_dir()  # built by the build step, and not older than their sources
    if _private_dir is None:
        folder = Path(tempfile.mkdtemp(prefix="anonymizer-qm-"))
        atexit.register(shutil.rmtree, folder, True)
        try:
            compile_translations(folder)
        except (OSError, RuntimeError, subprocess.CalledProcessError) as e:
            log.warning("translations unavailable, staying in English: %s", e)
            return None
        _private_dir = folder
    return _private_dir


def qt_translations_dir() -> Path:
    """Where Qt's own catalogues (``qtbase_ru.qm``...) are: Qt's configured path, which in the wheel and
    in the bundle is ``PySide6/Qt/translations``, or that folder found beside the PySide6 package."""
    import PySide6

    configured = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if any(configured.glob("qtbase_*.qm")):
        return configured
    return Path(PySide6.__file__).parent / "Qt" / "translations"


def system_language() -> str:
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def resolve_language(preference: str) -> str:
    return preference if preference in LANGUAGES else system_language()


class Translations:
    """Installs one language at a time into the application; Qt then sends LanguageChange events."""

    def __init__(self, app: QApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = "en"

    def install(self, language: str) -> str:
        for tr in self._installed:
            self._app.removeTranslator(tr)
        self._installed.clear()
        self.language = language if language in LANGUAGES else "en"
        self._load(qt_translations_dir(), f"qtbase_{self.language}")  # Qt's own dialogs, buttons, menus
        folder = _qm_dir()
        if folder is not None:
            self._load(folder, self.language)  # English too: it holds the plural forms
        QLocale.setDefault(QLocale(self.language))
        self._app.setLayoutDirection(QLocale(self.language).textDirection())
        messages.set_translator(QCoreApplication.translate)
        return self.language

    def _load(self, folder: Path, name: str) -> None:
        tr = QTranslator(self._app)
        if tr.load(name, str(folder)):
            self._app.installTranslator(tr)
            self._installed.append(tr)
        else:
            log.info("no translation %s in %s", name, folder)


if __name__ == "__main__":  # the build step: python -m anonymizer.gui.i18n
    for path in compile_translations():
        print(path)  # noqa: T201
