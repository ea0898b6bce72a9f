"""The list of a video's face tracks: id in its colour, frames, lowest score, whether it is unsure, and
a box to cover it or leave it visible. Selecting a track jumps to it; its cover can be cut to a range."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QGridLayout,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from anonymizer.core.review import FileReview, open_stretches, track_stretches
from anonymizer.gui.canvas import track_color
from anonymizer.gui.layouts import WrappingLabel
from anonymizer.gui.text import translate


class TrackList(QWidget):
    selected = Signal(int)  # track id
    switched = Signal(int)  # track id: its box was ticked or unticked (switch it on or off)
    cut = Signal(int, int)  # track id, which end (0: starts at the shown frame, 1: ends there)
    uncut = Signal(int)  # track id: covered wherever it goes again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = WrappingLabel()  # a sentence in a narrow column: as tall as its wrapped lines
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setColumnCount(4)
        self.tree.setUniformRowHeights(True)
        self.tree.itemChanged.connect(self._changed)
        self.tree.currentItemChanged.connect(self._current)
        self.tree.itemClicked.connect(lambda item, _col: self._current(item, None))
        self.start_button, self.end_button, self.whole_button = QPushButton(), QPushButton(), QPushButton()
        for i, b in enumerate((self.start_button, self.end_button)):
            b.clicked.connect(lambda _=False, which=i: self._emit_cut(which))
        self.whole_button.clicked.connect(lambda: self._with_current(self.uncut.emit))
        row = QGridLayout()  # the list sits in a narrow column: the buttons one above the other
        for i, b in enumerate((self.start_button, self.end_button, self.whole_button)):
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the arrow keys stay with the picture
            row.addWidget(b, i, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row)
        self._filling = False
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(translate("MainWindow", "Face tracks (untick to leave a face visible)"))
        self.tree.setHeaderLabels([translate("MainWindow", "Track"), translate("MainWindow", "Frames"), translate("MainWindow", "Lowest score"), translate("MainWindow", "Check")])
        self.start_button.setText(translate("MainWindow", "Cover from here"))
        self.end_button.setText(translate("MainWindow", "Cover up to here"))
        self.whole_button.setText(translate("MainWindow", "Whole track"))
        for b, tip in ((self.start_button, translate("MainWindow", "Cover the selected track only from the shown frame on")),
                       (self.end_button, translate("MainWindow", "Cover the selected track only up to the shown frame")),
                       (self.whole_button, translate("MainWindow", "Cover the selected track on every frame it goes through"))):
            b.setToolTip(tip)

    def current_track(self) -> int | None:
        item = self.tree.currentItem()
        return None if item is None else int(item.data(0, Qt.ItemDataRole.UserRole))

    def row_of(self, track_id: int) -> QTreeWidgetItem | None:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item is not None and int(item.data(0, Qt.ItemDataRole.UserRole)) == track_id:
                return item
        return None

    def set_review(self, review: FileReview | None) -> None:
        """Show the tracks of ``review`` (keeping the selection)."""
        keep = self.current_track()
        self._filling = True
        self.tree.clear()
        tracks = review.analysis.tracks if review is not None and review.analysis is not None else ()
        unsure = {s.track_id for s in open_stretches(review)} if review is not None else set()
        for t in tracks:
            first, last = review.track_ranges.get(t.id, (t.first_frame, t.last_frame))  # type: ignore[union-attr]
            span = f"{max(first, t.first_frame) + 1}–{min(last, t.last_frame) + 1}"
            if t.id in review.track_ranges:  # type: ignore[union-attr]
                span += " ✂"
            # "?": an unsure stretch nobody was shown yet; a tick: all of them shown (or the track decided)
            check = "?" if t.id in unsure else ("✓" if track_stretches(t) else "")
            item = QTreeWidgetItem([f"#{t.id}", span, f"{t.lowest_score:.2f}", check])
            if check:
                item.setToolTip(3, translate("MainWindow", "Unsure: look at it (U goes there)") if t.id in unsure else translate("MainWindow", "Seen"))
                item.setForeground(3, QColor("#ff9f1a") if t.id in unsure else QColor("#9e9e9e"))
            item.setData(0, Qt.ItemDataRole.UserRole, t.id)
            item.setForeground(0, track_color(t.id))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Unchecked if t.id in review.excluded_tracks  # type: ignore[union-attr]
                               else Qt.CheckState.Checked)
            item.setToolTip(0, translate("MainWindow", "Ticked: covered. Unticked: left visible on every frame."))
            self.tree.addTopLevelItem(item)
            if t.id == keep:
                self.tree.setCurrentItem(item)
        for col in range(4):
            self.tree.resizeColumnToContents(col)
        self._filling = False
        self._update_buttons()

    def _update_buttons(self) -> None:
        on = self.current_track() is not None
        for b in (self.start_button, self.end_button, self.whole_button):
            b.setEnabled(on)

    def _changed(self, item: QTreeWidgetItem, column: int) -> None:
        if not self._filling and column == 0:
            self.switched.emit(int(item.data(0, Qt.ItemDataRole.UserRole)))

    def _current(self, item: QTreeWidgetItem | None, _previous: object) -> None:
        self._update_buttons()
        if item is not None and not self._filling:
            self.selected.emit(int(item.data(0, Qt.ItemDataRole.UserRole)))

    def _with_current(self, emit) -> None:  # noqa: ANN001
        track = self.current_track()
        if track is not None:
            emit(track)

    def _emit_cut(self, which: int) -> None:
        track = self.current_track()
        if track is not None:
            self.cut.emit(track, which)
