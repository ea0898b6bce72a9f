"""The timeline under a video: every face track and every drawn region as a bar over its frames, the
unsure stretches marked above them, the shown frame as a line. A click jumps to that frame."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from anonymizer.core.review import FileReview, Stretch, open_stretches, unsure_stretches
from anonymizer.gui.canvas import MANUAL, OFF, track_color

UNSURE = QColor("#ff9f1a")
VISITED = QColor("#9e9e9e")
STRIP_PX = 8  # the unsure stretches' strip at the top
MAX_ROW_PX = 9
MIN_ROW_PX = 2
MAX_ROWS_PX = 64


@dataclass(frozen=True)
class Bar:
    """One row of the timeline: a track (``kind`` "track") or a drawn region ("region") over its frames."""

    kind: str
    key: int
    first: int
    last: int
    color: QColor
    off: bool = False


def bars_of(review: FileReview) -> list[Bar]:
    """The rows the timeline draws for ``review``, tracks by id then regions as drawn."""
    bars: list[Bar] = []
    if review.analysis is not None:
        for t in review.analysis.tracks:
            first, last = review.track_ranges.get(t.id, (t.first_frame, t.last_frame))
            off = t.id in review.excluded_tracks
            bars.append(Bar("track", t.id, max(first, t.first_frame), min(last, t.last_frame),
                            OFF if off else track_color(t.id), off))
    for rid, r in review.regions.items():
        if rid in review.frames:
            first, last = review.frames[rid]
            bars.append(Bar("region", rid, first, last, MANUAL if r.region.enabled else OFF, not r.region.enabled))
    return bars


class Timeline(QWidget):
    jumped = Signal(int)  # a frame was clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.review: FileReview | None = None
        self.frames = 1
        self.current: int | None = None
        self.bars: list[Bar] = []
        self.stretches: list[Stretch] = []
        self.open: set[Stretch] = set()
        self.selected: int | None = None  # a track chosen in the list: outlined
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the arrow keys stay with the picture
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(STRIP_PX + 4 * MIN_ROW_PX + 4)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def sizeHint(self) -> QSize:  # noqa: N802
        # Taller with more rows, within bounds: the picture above needs the room more.
        return QSize(400, STRIP_PX + 4 + max(4 * MAX_ROW_PX, min(MAX_ROWS_PX, 3 * len(self.bars))))

    def set_review(self, review: FileReview | None, frames: int) -> None:
        self.review, self.frames = review, max(1, frames)
        rows = len(self.bars)
        self.bars = bars_of(review) if review is not None else []
        if len(self.bars) != rows:
            self.updateGeometry()
        self.stretches = unsure_stretches(review) if review is not None else []
        self.open = set(open_stretches(review)) if review is not None else set()
        self.update()

    def set_selected(self, track_id: int | None) -> None:
        self.selected = track_id
        self.update()

    def set_current(self, frame: int | None) -> None:
        self.current = frame
        self.update()

    # -- geometry (public: the tests click where a frame is drawn)
    def x_of(self, frame: float) -> float:
        return 2 + (self.width() - 4) * frame / self.frames

    def frame_at(self, x: float) -> int:
        return int(min(self.frames - 1, max(0, (x - 2) * self.frames / max(1, self.width() - 4))))

    def row_rect(self, row: int) -> QRectF:
        room = self.height() - STRIP_PX - 3
        h = max(MIN_ROW_PX, min(MAX_ROW_PX, room // max(1, len(self.bars))))
        return QRectF(0, STRIP_PX + 2 + row * h, self.width(), max(1, h - 1))

    def bar_rect(self, bar: Bar) -> QRectF:
        row = self.row_rect(self.bars.index(bar))
        x1, x2 = self.x_of(bar.first), self.x_of(bar.last + 1)
        return QRectF(x1, row.y(), max(2.0, x2 - x1), row.height())

    # -- painting and clicks
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("#2b2b2b"))
        for s in self.stretches:
            color = UNSURE if s in self.open else VISITED
            x1, x2 = self.x_of(s.first), self.x_of(s.last + 1)
            p.fillRect(QRectF(x1, 1, max(3.0, x2 - x1), STRIP_PX - 2), color)
        for bar in self.bars:
            if self.row_rect(self.bars.index(bar)).bottom() > self.height():
                break  # more rows than room: the list beside says the rest
            brush = QBrush(bar.color, Qt.BrushStyle.BDiagPattern if bar.off else Qt.BrushStyle.SolidPattern)
            p.fillRect(self.bar_rect(bar), brush)
            if bar.kind == "track" and bar.key == self.selected:
                p.setPen(QPen(QColor("white"), 1))
                p.drawRect(self.bar_rect(bar).adjusted(0, -1, 0, 0))
        if self.current is not None:
            p.setPen(QPen(QColor("white"), 2))
            x = self.x_of(self.current + 0.5)
            p.drawLine(QPointF(x, 0), QPointF(x, self.height()))
        p.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self.jumped.emit(self.frame_at(event.position().x()))
