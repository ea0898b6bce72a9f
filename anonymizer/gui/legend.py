"""What the colours on the picture mean, under the file's caption.

In full where it fits in a few lines; on a narrow window (a laptop at scale factor 2, where it would take
eight lines of a 384 px high screen) folded into one line that opens it, so it does not eat the picture.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent, QTextDocument
from PySide6.QtWidgets import QToolButton, QVBoxLayout, QWidget

from anonymizer.gui.layouts import WrappingLabel
from anonymizer.gui.text import translate

MAX_LINES = 3


class Legend(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = WrappingLabel()
        self.toggle = QToolButton()
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.toggled.connect(lambda _: self._fold())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.label)
        self.retranslate()

    def set_text(self, html: str) -> None:
        self.label.setText(html)
        doc = QTextDocument()
        doc.setHtml(html)
        self.toggle.setToolTip(doc.toPlainText())  # an extra: the words are a click away too
        self.setVisible(bool(html))
        self._fold()

    def retranslate(self) -> None:
        self.toggle.setText(translate("MainWindow", "What the colours mean"))

    @property
    def folded(self) -> bool:
        """Too long for this width: shown as one line that opens it."""
        width = self.width() or self.sizeHint().width()
        lines = self.label.heightForWidth(width) / max(1, self.fontMetrics().lineSpacing())
        return lines > MAX_LINES + 0.5

    def _fold(self) -> None:
        folded = self.folded
        self.toggle.setVisible(folded)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if self.toggle.isChecked() else Qt.ArrowType.RightArrow)
        self.label.setVisible(bool(self.label.text()) and (not folded or self.toggle.isChecked()))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fold()
