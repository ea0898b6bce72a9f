"""The window's translation helper (context "MainWindow"), shared by its modules."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the current language; ``%n`` takes the plural form for ``n``."""
    return QCoreApplication.translate("MainWindow", text, disambiguation, n)


def duration(seconds: float) -> str:
    """A time left, in words: seconds under a minute, else whole minutes (rounded up)."""
    seconds = int(round(seconds))
    if seconds < 60:
        return tr("%n second(s)", None, seconds)
    return tr("%n minute(s)", None, (seconds + 59) // 60)
