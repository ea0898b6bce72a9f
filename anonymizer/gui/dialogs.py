"""File and folder choosers that leave no trace of the user's folders.

Qt's own dialog, never the platform's: native dialogs may add the folder to the desktop's
recent-files list. Qt's dialog saves its history and last folder when it is destroyed (in a
'QtProject' settings store), so each dialog is destroyed at once and that history removed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

_QT_HISTORY_KEYS = ("FileDialog/history", "FileDialog/lastVisited")

# Words of Qt's file dialog that Qt's own Russian and Ukrainian catalogues (qtbase_*.qm) lack (Qt 6 gave
# them accelerators) or get wrong (Ukrainian "Show " without its space: "ПоказатиТип"). Our catalogue,
# installed after Qt's and so asked first, supplies them in Qt's own context; listed here so lupdate
# keeps them.
QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Show "),
)


def forget_dialog_history() -> None:
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    for key in _QT_HISTORY_KEYS:
        settings.remove(key)
    settings.sync()


def choose(parent: QWidget, *, folder: bool, title: str = "", filters: list[str] | None = None) -> list[Path]:
    """Paths the user picked (files, or one folder); empty if cancelled."""
    dialog = QFileDialog(parent, title)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    if folder:
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setNameFilters(filters or [])
    chosen = [Path(f) for f in dialog.selectedFiles()] if dialog.exec() else []
    shiboken6.delete(dialog)  # saves its history now ...
    forget_dialog_history()  # ... so it can be removed now
    return chosen


def ask(parent: QWidget, icon: QMessageBox.Icon, title: str, text: str, *, safe: str, risky: str,
        on_answer: Callable[[bool], None],
        risky_role: QMessageBox.ButtonRole = QMessageBox.ButtonRole.AcceptRole) -> QMessageBox:
    """A question with a safe answer (the default, also Esc) and a risky one, opened window-modal without
    a nested event loop (the window keeps painting, tests click its buttons); ``on_answer(True)`` when
    the risky one was chosen."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    keep = box.addButton(safe, QMessageBox.ButtonRole.RejectRole)
    go = box.addButton(risky, risky_role)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)

    def answered() -> None:
        box.deleteLater()
        on_answer(box.clickedButton() is go)
    box.finished.connect(answered)
    box.open()
    return box
