"""The CLI's language: picked from the locale (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``) or
``--lang``, and loaded from the same compiled ``.qm`` catalogues the window uses.

Headless and cheap: a bare ``QTranslator`` from QtCore reads the catalogue, with no application object
and no GUI library loaded. Qt fills ``%n`` only inside ``QCoreApplication.translate``, so it is filled
here. A missing catalogue leaves the CLI in English (the sentences are English at the source).
"""

from __future__ import annotations

import locale
import logging
import os
from collections.abc import Mapping
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
    qm = QTranslator()
    if not qm.load(language, str(resource_path("translations"))):
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
