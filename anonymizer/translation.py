"""The compiled catalogues (``.ts`` -> ``.qm``, shared by the window and the CLI), and the CLI's language:
picked from the locale (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``) or ``--lang``.

Headless and cheap: a bare ``QTranslator`` from QtCore reads the catalogue, with no application object
and no GUI library loaded. Qt fills ``%n`` only inside ``QCoreApplication.translate``, so it is filled
here. A missing catalogue leaves the CLI in English (the sentences are English at the source).
"""

from __future__ import annotations

import atexit
import locale
import logging
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from anonymizer import messages
from anonymizer.core.resources import resource_path

log = logging.getLogger(__name__)

LANGUAGES = ("en", "ru", "uk")
# Windows names its locales in words ('Russian_Russia'); POSIX with codes ('ru_RU.UTF-8').
_WORDS = {"english": "en", "russian": "ru", "ukrainian": "uk"}


def _code(name: str) -> str | None:
    """'ru_RU.UTF-8' -> 'ru'; 'Ukrainian_Ukraine' -> 'uk'; 'C', 'de_DE' -> None."""
    head = name.strip().split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    head = _WORDS.get(head, head)
    return head if head in LANGUAGES else None


def language_from_environment(env: Mapping[str, str] | None = None) -> str:
    """The language a command-line user asked for, as gettext would pick it: the first of LC_ALL,
    LC_MESSAGES, LANG that is set names the locale; LANGUAGE (a ':' list of preferences) comes first
    unless that locale is C/POSIX. English when nothing names Russian or Ukrainian."""
    env = os.environ if env is None else env
    current = next((env[v] for v in ("LC_ALL", "LC_MESSAGES", "LANG") if env.get(v)), "")
    if current not in ("C", "POSIX") and not current.startswith("C."):
        for name in env.get("LANGUAGE", "").split(":"):
            if name and (code := _code(name)):
                return code
    if current:
        return _code(current) or "en"
    if os.name == "nt":  # no POSIX variables on Windows: the user's locale
        return _code(locale.getlocale()[0] or "") or "en"
    return "en"


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


def qm_dir() -> Path | None:
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


def install(language: str) -> str:
    """Make ``messages.translate`` speak ``language`` (English when its catalogue cannot be loaded).
    Returns the language installed."""
    if language not in LANGUAGES:
        language = "en"
    translator = _load(language)
    if translator is None:
        messages.set_translator(messages.english)
        return "en"
    messages.set_translator(translator)
    return language


def _load(language: str) -> messages.Translator | None:
    try:
        from PySide6.QtCore import QTranslator
    except ImportError:  # a trimmed install without Qt: English
        return None
    folder = qm_dir()
    qm = QTranslator()
    if folder is None or not qm.load(language, str(folder)):
        log.info("no compiled catalogue for %s: staying in English", language)
        return None

    def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        out = qm.translate(context, text, disambiguation, n)
        if not out:
            return messages.english(context, text, disambiguation, n)
        return out.replace("%n", str(n)) if n >= 0 else out

    _keep.append(qm)  # the translator must outlive every call
    return translate


_keep: list[Any] = []
