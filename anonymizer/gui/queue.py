"""The queue of files: one entry per photo or video, its state in words, a thumbnail made in memory."""

from __future__ import annotations

import enum
import itertools
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from anonymizer.core.models import Detection, FileWarning, MetadataItem
from anonymizer.core.review import is_reviewed, open_spots, redacted_faces
from anonymizer.gui.document import ReviewDocument
from anonymizer.gui.imaging import THUMB

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
    metadata: tuple[MetadataItem, ...] | None = None
    warnings: tuple[FileWarning, ...] = ()
    leftovers: tuple[MetadataItem, ...] | None = None
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
        t = lambda s, d=None, n=-1: QCoreApplication.translate("Queue", s, d, n)  # noqa: E731
        if self.state is State.PENDING:
            return t("Not looked at yet")
        if self.state is State.LOOKING:
            return t("Looking for faces…")
        if self.state is State.EXPORTING:
            return t("Exporting…")
        if self.state is State.EXPORTED:
            return t("Exported") if self.video else t("Exported, %n face(s) covered", None, self.faces)
        if self.state is State.ERROR:
            return t("Error: %1").replace("%1", self.error)
        if self.video:
            text = t("Video: faces are found on every frame at export")
        else:
            text = t("%n face(s) found", None, self.faces)
            if not self.final:
                text += " · " + t("refining…")  # the thorough pass is still running: the count may grow
        if self.reviewed:
            return text + "\n" + t("✓ Reviewed")
        if self.undecided:
            return text + "\n" + t("Not reviewed: %n unsure spot(s) to decide", None, self.undecided)
        return text + "\n" + t("Not reviewed yet")

    def status_color(self) -> QColor | None:
        if self.state is State.ERROR:
            return QColor("#c0392b")
        if self.state is State.EXPORTED:
            return QColor("#1e7e34")
        if self.state is State.READY and not self.reviewed:
            return QColor("#b35c00")
        return None


class QueueList(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIconSize(QSize(THUMB, THUMB * 3 // 4))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(False)
        self.setWordWrap(True)
        self.setSpacing(2)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
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
