"""Start the window: ``anonymizer`` (gui-scripts entry) and ``python -m anonymizer``."""

from __future__ import annotations

import argparse
import atexit
import shutil
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from anonymizer.core.resources import resource_path

if TYPE_CHECKING:
    from anonymizer.gui.main_window import MainWindow


def _parse(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="anonymizer", description="Cover faces and remove hidden data.")
    p.add_argument("paths", nargs="*", type=Path, help="photos, videos or folders to open")
    p.add_argument("--smoke-test", action="store_true", help="show the window briefly and exit 0")
    return p.parse_args(argv)


def isolate_qt_settings() -> None:
    """Qt's own file dialog remembers visited folders in a 'QtProject' settings file; send that to a
    private temporary folder that is deleted on exit, so no path of the user's is recorded. (On
    Windows those settings live in the registry, which this cannot redirect: ``dialogs`` scrubs them.)"""
    private = tempfile.mkdtemp(prefix="anonymizer-qt-")
    atexit.register(shutil.rmtree, private, True)
    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, private)
        QSettings.setPath(fmt, QSettings.Scope.SystemScope, private)


def make_app(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Anonymizer")
    app.setApplicationDisplayName("Anonymizer")
    app.setDesktopFileName("anonymizer")
    app.setWindowIcon(QIcon(str(resource_path("icons", "app.svg"))))
    return app


# Worker processes the window keeps warm (core.isolation): one for the face tracks of a clip, which
# read the whole clip, and one for the looks, the scrubber's frames and the export.
WORKERS = 2


def main(argv: list[str] | None = None) -> int:
    args = _parse(sys.argv[1:] if argv is None else argv)
    from anonymizer.core import isolation

    isolation.current().reserve(WORKERS)  # they start loading the model while the window opens
    app = make_app()
    isolate_qt_settings()
    from anonymizer.gui.i18n import Translations, resolve_language
    from anonymizer.gui.main_window import MainWindow
    from anonymizer.gui.settings import Settings

    settings = Settings()
    translations = Translations(app)
    translations.install(resolve_language(str(settings.get("language"))))
    window = MainWindow(settings, translations)
    window.show()
    if args.smoke_test:
        QTimer.singleShot(800, window.close)
    elif args.paths:
        window.add_paths(args.paths)
    code = app.exec()
    _tear_down(window)
    return 0 if args.smoke_test else code


def _tear_down(window: MainWindow) -> None:
    """Stop every worker thread, then delete the window while QApplication still exists. Left to the
    garbage collector at exit, the window (its queued signals, its undo stacks, the numpy buffers behind
    its pictures) could be freed after QApplication, in any order: the rare crash on quit ("Fatal Python
    error: bool_dealloc") that issue 18 found after long sessions."""
    window.shutdown_and_wait()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    from anonymizer.core import isolation

    isolation.current().close()


if __name__ == "__main__":
    sys.exit(main())
