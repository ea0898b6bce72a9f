"""The window's translation function, and numbers, times and sizes as the chosen language writes them.

``Translations.install`` makes the chosen language Qt's default locale, so ``QLocale()`` here is the
window's language: "2,3 с" and "12 345" in Russian and Ukrainian, "2.3 s" and "12,345" in English.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

# The one way to translate in the window: ``translate("Context", "literal text")``, or
# ``translate("Context", "%n file(s)", None, n)`` for plurals. Always positional, always literals:
# that is what pyside6-lupdate extracts (resources/translations/README.md).
translate = QCoreApplication.translate


def number(value: float, decimals: int = 0) -> str:
    """A count, percentage or measure in the language's digits, separators and decimal sign."""
    if decimals:
        return QLocale().toString(float(value), "f", decimals)
    return QLocale().toString(int(round(value)))


def seconds(value: float) -> str:
    """A moment or length in seconds, to a tenth: "2.3 s", "2,3 с"."""
    return translate("MainWindow", "%1 s").replace("%1", number(value, 1))


def size(n_bytes: int) -> str:
    """A file or block size: "312 bytes", "2,4 КБ", "10,0 МБ" (Qt's own units; its byte count
    has no Russian plural, so bytes are ours)."""
    if n_bytes < 1024:
        return translate("MainWindow", "%n byte(s)", None, n_bytes)
    return QLocale().formattedDataSize(n_bytes, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def duration(seconds: float) -> str:
    """A time left, in words: seconds under a minute, else whole minutes (rounded up)."""
    seconds = int(round(seconds))
    if seconds < 60:
        return translate("MainWindow", "%n second(s)", None, seconds)
    minutes = (seconds + 59) // 60
    return translate("MainWindow", "%n minute(s)", None, minutes)
