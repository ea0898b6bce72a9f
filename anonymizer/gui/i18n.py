"""Translations in the window: the app's own ``.qm`` and Qt's ``qtbase_<lang>.qm``.

Finding and compiling the catalogues is shared with the CLI (``anonymizer.translation``): the build runs
:func:`compile_translations` (``python -m anonymizer.gui.i18n``); run from a source checkout without a
build, the ``.qm`` are compiled on the fly into a private temporary folder; if that fails too, the app
stays in English.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from anonymizer import messages
from anonymizer.gui.settings import LANGUAGES
from anonymizer.translation import compile_translations, qm_dir

log = logging.getLogger(__name__)

# Names shown in the language menu, each in its own language (never translated).
LANGUAGE_NAMES = {"en": "English", "ru": "Русский", "uk": "Українська"}


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
        folder = qm_dir()
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
