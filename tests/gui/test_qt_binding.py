"""The Qt binding itself: PySide6 6.12.0 on Python 3.11 took a reference from None on every call of a
Qt function that returns nothing. Python 3.11's None is an ordinary object, so after some ten thousand
calls (a few seconds of video playback, each frame's overlay paints hundreds of them) None was freed and
the window aborted with "Fatal Python error: none_dealloc". pyproject.toml keeps that version out; this
test fails on any binding that has the bug, so an upgrade cannot bring it back unseen."""

from __future__ import annotations

import sys

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter


def test_calling_qt_does_not_take_references_from_none(qapp: object) -> None:
    image = QImage(32, 32, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    colour, rect = QColor("red"), QRectF(1, 1, 8, 8)
    try:
        before = sys.getrefcount(None)
        for _ in range(1000):
            painter.setBrush(colour)  # returns nothing
            painter.drawRect(rect)  # returns nothing
        after = sys.getrefcount(None)
    finally:
        painter.end()
    # Python 3.12 and later make None immortal (its count is fixed); before that a healthy binding
    # leaves it where it was, give or take what the interpreter itself holds for a moment.
    assert after - before > -100, f"None lost {before - after} references in 2000 Qt calls"
