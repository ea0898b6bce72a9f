"""The queue of files: one entry per photo or video, its state in words, a thumbnail made in memory."""

from __future__ import annotations

import enum
import itertools
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from anonymizer.core.models import Detection, FileWarning, Finding
from anonymizer.core.review import is_reviewed, open_spots, redacted_faces
from anonymizer.gui.document import ReviewDocument
from anonymizer.gui.imaging import THUMB
from anonymizer.gui.layouts import Index, draw_wrapped, wrapped_height
from anonymizer.gui.text import translate

if TYPE_CHECKING:
    from anonymizer.core.video import VideoInfo

_ids = itertools.count(1)


class State(enum.Enum):
    PENDING = "pending"
    LOOKING = "looking"
    READY = "ready"  # faces found (or none); final once the thorough pass is in
    EXPORTING = "exporting"
    EXPORTED = "exported"
    ERROR = "error"


@dataclass(eq=False)
class QueueItem:
    path: Path
    id: int = field(default_factory=lambda: next(_ids))
    state: State = State.PENDING
    video: bool = False
    error: str = ""
    doc: ReviewDocument | None = None
    final: bool = False  # the thorough detection pass has been merged
    metadata: tuple[Finding, ...] | None = None
    warnings: tuple[FileWarning, ...] = ()
    leftovers: tuple[Finding, ...] | None = None
    output: Path | None = None
    thumb: QPixmap | None = None
    video_info: VideoInfo | None = None
    frames: dict[int, np.ndarray] = field(default_factory=dict)  # video: sampled preview frames
    frame_faces: dict[int, list[Detection]] = field(default_factory=dict)

    @property
    def faces(self) -> int:
        return 0 if self.doc is None else redacted_faces(self.doc.review)

    @property
    def reviewed(self) -> bool:
        """A person has reviewed this file (core.review.is_reviewed); never true before it was looked at."""
        return self.doc is not None and is_reviewed(self.doc.review)

    @property
    def undecided(self) -> int:
        """Unsure spots nobody has decided yet."""
        return 0 if self.doc is None else open_spots(self.doc.review)

    def status_text(self) -> str:
        if self.state is State.PENDING:
            return translate("Queue", "Not looked at yet")
        if self.state is State.LOOKING:
            return translate("Queue", "Looking for faces…")
        if self.state is State.EXPORTING:
            return translate("Queue", "Exporting…")
        if self.state is State.EXPORTED:
            faces = self.faces
            return translate("Queue", "Exported") if self.video else translate("Queue", "Exported, %n face(s) covered", None, faces)
        if self.state is State.ERROR:
            return translate("Queue", "Error: %1").replace("%1", self.error)
        if self.video:
            text = translate("Queue", "Video: faces are found on every frame at export")
        else:
            faces = self.faces
            text = translate("Queue", "%n face(s) found", None, faces)
            if not self.final:
                text += " · " + translate("Queue", "refining…")  # the thorough pass is still running: the count may grow
        if self.reviewed:
            return text + "\n" + translate("Queue", "✓ Reviewed")
        undecided = self.undecided
        if undecided:
            return text + "\n" + translate("Queue", "Not reviewed: %n unsure spot(s) to decide", None, undecided)
        return text + "\n" + translate("Queue", "Not reviewed yet")

    def status_color(self) -> QColor | None:
        if self.state is State.ERROR:
            return QColor("#c0392b")
        if self.state is State.EXPORTED:
            return QColor("#1e7e34")
        if self.state is State.READY and not self.reviewed:
            return QColor("#b35c00")
        return None


class EntryDelegate(QStyledItemDelegate):
    """A queue entry: the thumbnail, and the file name and its state beside it, or below it when the list
    is too narrow for both. The words wrap, and grow the entry, instead of being elided (Qt's own
    delegate cuts a word wider than its line: "Экспо…овано", "IMG_202…12.jpg")."""

    PAD = 4
    MIN_TEXT_CHARS = 14  # beside the thumbnail only with room for this many average characters

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def _width(self) -> int:
        return self._view.viewport().width() - 2 * self._view.spacing()

    def text_rect(self, rect: QRect) -> QRect:
        """Where the words go in an entry drawn in ``rect`` (the thumbnail takes the rest)."""
        icon = self._view.iconSize()
        beside = rect.width() - icon.width() - 3 * self.PAD >= \
            self._view.fontMetrics().averageCharWidth() * self.MIN_TEXT_CHARS
        if beside:
            return QRect(rect.left() + icon.width() + 2 * self.PAD, rect.top() + self.PAD,
                         rect.width() - icon.width() - 3 * self.PAD, rect.height() - 2 * self.PAD)
        top = rect.top() + icon.height() + 2 * self.PAD
        return QRect(rect.left() + self.PAD, top, rect.width() - 2 * self.PAD, rect.bottom() - top - self.PAD + 1)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        width = self._width()
        icon = self._view.iconSize()
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        room = self.text_rect(QRect(0, 0, width, 10000))
        need = wrapped_height(text, option.font, room.width())
        if room.left() > self.PAD:  # beside the thumbnail
            return QSize(width, max(icon.height(), need) + 2 * self.PAD)
        return QSize(width, icon.height() + need + 3 * self.PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = self._view.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, self._view)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        icon = self._view.iconSize()
        mode = QIcon.Mode.Selected if selected else QIcon.Mode.Normal
        opt.icon.paint(painter, QRect(opt.rect.left() + self.PAD, opt.rect.top() + self.PAD, icon.width(),
                                      icon.height()), Qt.AlignmentFlag.AlignCenter, mode)
        foreground = index.data(Qt.ItemDataRole.ForegroundRole)
        if selected:
            color = opt.palette.color(QPalette.ColorRole.HighlightedText)
        elif foreground is not None:
            color = foreground.color() if hasattr(foreground, "color") else QColor(foreground)
        else:
            color = opt.palette.color(QPalette.ColorRole.Text)
        room = self.text_rect(opt.rect)
        painter.save()
        painter.setPen(color)
        draw_wrapped(painter, opt.text, opt.font, room)
        painter.restore()


class QueueList(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIconSize(QSize(THUMB, THUMB * 3 // 4))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(False)
        self.setWordWrap(True)
        self.setSpacing(2)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setItemDelegate(EntryDelegate(self))
        self.setResizeMode(QListView.ResizeMode.Adjust)  # entries wrap anew when the list is resized
        self.setMinimumWidth(140)
        self._rows: dict[int, QListWidgetItem] = {}
        self.items: list[QueueItem] = []
        self._placeholder = QPixmap(THUMB, THUMB * 3 // 4)
        self._placeholder.fill(QColor("#555555"))

    def add(self, item: QueueItem) -> None:
        row = QListWidgetItem(QIcon(self._placeholder), "")
        row.setData(Qt.ItemDataRole.UserRole, item.id)
        self.addItem(row)
        self._rows[item.id] = row
        self.items.append(item)
        self.refresh(item)

    def remove(self, item: QueueItem) -> None:
        row = self._rows.pop(item.id)
        self.takeItem(self.row(row))
        self.items.remove(item)

    def refresh(self, item: QueueItem) -> None:
        row = self._rows.get(item.id)
        if row is None:
            return
        row.setText(f"{item.path.name}\n{item.status_text()}")
        row.setToolTip(item.status_text())
        if item.thumb is not None:
            row.setIcon(QIcon(item.thumb))
        color = item.status_color()
        row.setForeground(color if color is not None else self.palette().text().color())

    def current(self) -> QueueItem | None:
        row = self.currentItem()
        if row is None:
            return None
        rid = row.data(Qt.ItemDataRole.UserRole)
        return next((i for i in self.items if i.id == rid), None)

    def select(self, item: QueueItem) -> None:
        self.setCurrentItem(self._rows[item.id])

    def step(self, delta: int) -> None:
        if self.count():
            self.setCurrentRow(max(0, min(self.count() - 1, self.currentRow() + delta)))
