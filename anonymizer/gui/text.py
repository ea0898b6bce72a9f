"""The window's translation function and the words for durations, shared by its modules."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# The one way to translate in the window: ``translate("Context", "literal text")``, or
# ``translate("Context", "%n file(s)", None, n)`` for plurals. Always positional, always literals:
# that is what pyside6-lupdate extracts (resources/translations/README.md).
translate = QCoreApplication.translate


def duration(seconds: float) -> str:
    """A time left, in words: seconds under a minute, else whole minutes (rounded up)."""
    seconds = int(round(seconds))
    if seconds < 60:
        return translate("MainWindow", "%n second(s)", None, seconds)
    return translate("MainWindow", "%n minute(s)", None, (seconds + 59) // 60)
