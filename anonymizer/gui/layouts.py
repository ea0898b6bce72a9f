"""Layouts that grow with their text, so no translation and no scale factor cuts a word off.

Russian and Ukrainian labels are often half as long again as the English ones, and at scale factor 2 a
laptop screen is 683 px wide: rows of buttons stack when side by side would cut them, and a scrolling
column is never narrower than what it holds.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPaintEvent, QPalette, QResizeEvent, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QBoxLayout,
    QLabel,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

Index = QModelIndex | QPersistentModelIndex


def wrapped_lines(text: str, font: QFont, width: int) -> list[QTextLayout]:
    """``text`` laid out in lines of ``width`` px: at word boundaries, or anywhere inside a word longer
    than a line (a camera's file name), so that nothing is ever elided."""
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layouts = []
    for paragraph in text.split("\n"):
        layout = QTextLayout(paragraph, font)
        layout.setTextOption(option)
        layout.beginLayout()
        y = 0.0
        while (line := layout.createLine()).isValid():
            line.setLineWidth(max(1, width))
            line.setPosition(QPointF(0, y))
            y += line.height()
        layout.endLayout()
        layouts.append(layout)
    return layouts


def draw_wrapped(painter: QPainter, text: str, font: QFont, room: QRect) -> None:
    """Draw ``text`` as :func:`wrapped_lines` lays it out, from the top left of ``room``."""
    y = float(room.top())
    for layout in wrapped_lines(text, font, room.width()):
        layout.draw(painter, QPointF(room.left(), y))
        y += layout.boundingRect().height()


def wrapped_height(text: str, font: QFont, width: int) -> int:
    return int(sum(layout.boundingRect().height() for layout in wrapped_lines(text, font, width)) + 0.999)


class WrappingLabel(QLabel):
    """A word-wrapped label that always gets the height its text needs at its width (a QFormLayout row,
    or a box inside one, gives a wrapped label one line and cuts the rest).

    ``anywhere``: also breaks inside a word longer than the line, for a folder's path, whose pieces
    between slashes can be wider than the whole column (QLabel would widen the window for them)."""

    def __init__(self, text: str = "", parent: QWidget | None = None, anywhere: bool = False) -> None:
        self.anywhere = anywhere
        super().__init__(text, parent)
        self.setWordWrap(True)

    def _margins(self) -> tuple[int, int]:
        m = self.contentsMargins()
        return m.left() + m.right() + 2 * self.margin(), m.top() + m.bottom() + 2 * self.margin()

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        if not self.anywhere:
            return super().minimumSizeHint()
        dx, dy = self._margins()
        return QSize(self.fontMetrics().averageCharWidth() * 8 + dx, self.fontMetrics().lineSpacing() + dy)

    def sizeHint(self) -> QSize:  # noqa: N802
        if not self.anywhere:
            return super().sizeHint()
        dx, _ = self._margins()
        width = min(self.fontMetrics().horizontalAdvance(self.text()), self.fontMetrics().averageCharWidth() * 30)
        return QSize(width + dx, self.heightForWidth(width + dx))

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        if not self.anywhere:
            return super().heightForWidth(width)
        dx, dy = self._margins()
        return max(wrapped_height(self.text(), self.font(), width - dx), self.fontMetrics().lineSpacing()) + dy

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        if not self.anywhere:
            super().paintEvent(event)
            return
        painter = QPainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        room = self.contentsRect().adjusted(self.margin(), self.margin(), -self.margin(), -self.margin())
        draw_wrapped(painter, self.text(), self.font(), room)

    def _fit(self) -> None:
        need = self.heightForWidth(self.width()) if self.text() else 0
        if need > 0 and need != self.minimumHeight():
            self.setMinimumHeight(need)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()

    def setText(self, text: str) -> None:  # noqa: N802
        super().setText(text)
        self._fit()


class WrappingTreeDelegate(QStyledItemDelegate):
    """Tree cells whose text wraps onto as many lines as it needs at the column's width (at word
    boundaries, or anywhere in a word longer than the line) instead of being elided."""

    MARGIN = 3

    def __init__(self, tree: QTreeView) -> None:
        super().__init__(tree)
        self._tree = tree
        tree.header().sectionResized.connect(lambda *_: tree.doItemsLayout())  # rows grow or shrink anew

    def _indent(self, index: Index) -> int:
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        if self._tree.rootIsDecorated():
            depth += 1
        return depth * self._tree.indentation() if index.column() == self._tree.header().logicalIndex(0) else 0

    def text_width(self, index: Index) -> int:
        if self._tree.isFirstColumnSpanned(index.row(), index.parent()):  # the row's text has the whole width
            width = self._tree.viewport().width()
        else:
            width = self._tree.header().sectionSize(index.column())
        return width - self._indent(index) - 2 * self.MARGIN

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        hint = super().sizeHint(option, index)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        need = wrapped_height(text, option.font, self.text_width(index)) + 2 * self.MARGIN // 3
        return QSize(hint.width(), max(hint.height(), need))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        style = self._tree.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, self._tree)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(opt.palette.color(role))
        draw_wrapped(painter, text, opt.font, opt.rect.adjusted(self.MARGIN, self.MARGIN // 3, -self.MARGIN, 0))
        painter.restore()


class FittingRow(QBoxLayout):
    """A row of buttons, side by side where all of them fit whole, else one above the other."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QBoxLayout.Direction.LeftToRight, parent)

    def _items(self) -> list:
        return [self.itemAt(i) for i in range(self.count()) if not self.itemAt(i).isEmpty()]

    def _side_by_side_width(self) -> int:
        items = self._items()
        margins = self.contentsMargins()
        return (sum(i.sizeHint().width() for i in items) + self.spacing() * max(0, len(items) - 1)
                + margins.left() + margins.right())

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        direction = (QBoxLayout.Direction.LeftToRight if self._side_by_side_width() <= rect.width()
                     else QBoxLayout.Direction.TopToBottom)
        if direction != self.direction():
            self.setDirection(direction)  # depends on the hints only, so it cannot flip back and forth
        super().setGeometry(rect)

    def minimumSize(self) -> QSize:  # noqa: N802
        """As narrow as the widest button: stacked is always possible."""
        margins = self.contentsMargins()
        width = max((i.minimumSize().width() for i in self._items()), default=0) + margins.left() + margins.right()
        return QSize(width, super().minimumSize().height())


class ColumnScroll(QScrollArea):
    """Scrolls up and down only, and asks for the width its contents need, so nothing is cut at the
    right (a plain QScrollArea would shrink below its widget's minimum and clip it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(self.horizontalScrollBarPolicy().ScrollBarAlwaysOff)

    def _content_width(self) -> int:
        widget = self.widget()
        if widget is None:
            return 0
        return (widget.minimumSizeHint().expandedTo(widget.minimumSize()).width()
                + self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        hint = super().minimumSizeHint()
        return QSize(max(hint.width(), self._content_width()), hint.height())

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = super().sizeHint()
        widget = self.widget()
        height = hint.height()
        if widget is not None and widget.hasHeightForWidth() and self.viewport().width() > 0:
            height = widget.heightForWidth(self.viewport().width()) + 2 * self.frameWidth()  # all of it, at this width
        return QSize(max(hint.width(), self._content_width()), height)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # wrapped contents need another height at another width

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # a new language changed what the contents need
        return super().eventFilter(watched, event)
