"""The review canvas: the photo (or a video frame) with its regions, and the gestures that edit them.

Regions, strokes and handles are painted in ``drawForeground`` from the document; every gesture ends
in a command on the document's undo stack. Click a region: switch it off/on. Drag on the picture: draw
a new region (in the chosen shape; with Shift, the other one). Drag a region: move it; drag a handle: resize it. Brush tool: paint over anything else.
Wheel or +/-: zoom; middle button or Space+drag: pan.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QCursor,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPixmap,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsPixmapItem, QGraphicsScene, QGraphicsView, QWidget

from anonymizer.core import review as core
from anonymizer.core.models import Box, BrushStroke, RedactionOptions, Region, RegionSource, Shape
from anonymizer.core.review import Spot, is_low_confidence
from anonymizer.gui import document as edits
from anonymizer.gui.document import ReviewDocument
from anonymizer.gui.imaging import qimage_from_rgb

DETECTED = QColor("#2ecc71")
LOW = QColor("#ff9f1a")
MANUAL = QColor("#3daee9")
OFF = QColor("#e74c3c")
AUTO = QColor("#f1c40f")
CANDIDATE = QColor("#c77dff")  # an unsure spot, not redacted unless confirmed: "is this a face?"
DISMISSED = QColor("#9e9e9e")  # a candidate a person left visible
# Face tracks of a video, one colour each (told apart from photos' green faces by their id label).
TRACK_COLORS = ("#2ecc71", "#00bcd4", "#ffc107", "#e91e63", "#8bc34a", "#ff5722", "#9c27b0", "#03a9f4")
HANDLE_PX = 9


def track_color(track_id: int) -> QColor:
    return QColor(TRACK_COLORS[track_id % len(TRACK_COLORS)])

CLICK_FACE_PX = 48  # crowd check: a click adds a face this many screen pixels across
SPOT_CONTEXT = 3.0  # an unsure spot is shown with this many times its size around it ...
SPOT_MIN_VIEW = 160.0  # ... and never zoomed in further than a view of this many picture pixels
MIN_DRAW = 4.0
ZOOM_STEP = 1.25


@dataclass(frozen=True)
class TrackBox:
    """One face track's region on the shown frame of a video."""

    track_id: int
    region: Region
    excluded: bool


class Tool(enum.Enum):
    REGION = "region"
    BRUSH = "brush"


@dataclass
class _Drag:
    kind: str  # "resize" | "press" | "move" | "draw" | "brush" | "pan"
    start: QPointF
    rid: int | None = None
    handle: int = -1
    box: Box | None = None
    points: list[tuple[float, float]] | None = None


# Handle order: 0..3 corners (tl, tr, br, bl), 4..7 edges (top, right, bottom, left)
_CURSORS = [Qt.CursorShape.SizeFDiagCursor, Qt.CursorShape.SizeBDiagCursor, Qt.CursorShape.SizeFDiagCursor,
            Qt.CursorShape.SizeBDiagCursor, Qt.CursorShape.SizeVerCursor, Qt.CursorShape.SizeHorCursor,
            Qt.CursorShape.SizeVerCursor, Qt.CursorShape.SizeHorCursor]


def _handles(b: Box) -> list[QPointF]:
    return [QPointF(b.x, b.y), QPointF(b.x2, b.y), QPointF(b.x2, b.y2), QPointF(b.x, b.y2),
            QPointF(b.cx, b.y), QPointF(b.x2, b.cy), QPointF(b.cx, b.y2), QPointF(b.x, b.cy)]


def _resized(b: Box, handle: int, p: QPointF) -> Box:
    x1, y1, x2, y2 = b.x, b.y, b.x2, b.y2
    if handle in (0, 3, 7):
        x1 = p.x()
    if handle in (1, 2, 5):
        x2 = p.x()
    if handle in (0, 1, 4):
        y1 = p.y()
    if handle in (2, 3, 6):
        y2 = p.y()
    return Box.from_corners(min(x1, x2), min(y1, y2), max(x1, x2), max(y1, y2))


def _rect(b: Box) -> QRectF:
    return QRectF(b.x, b.y, b.w, b.h)


def _draw_cross(painter: QPainter, b: Box) -> None:
    """A red cross over a region or track that is switched off: it will stay visible."""
    pen = QPen(OFF, 2)
    pen.setCosmetic(True)
    painter.setPen(pen)
    painter.drawLine(QPointF(b.x, b.y), QPointF(b.x2, b.y2))
    painter.drawLine(QPointF(b.x2, b.y), QPointF(b.x, b.y2))


class ReviewCanvas(QGraphicsView):
    selection_changed = Signal(object)  # region id or None
    zoom_changed = Signal(float)
    crowd_changed = Signal(int, int)  # crowd check: step shown (from 0; -1 when over), number of steps
    brush_changed = Signal(float)  # the brush radius, in picture pixels
    track_clicked = Signal(int)  # video: a face track's box was clicked (switch the track off or on)
    frame_step = Signal(int)  # video: the left or right arrow key (a frame back or on)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setBackgroundBrush(QColor("#2b2b2b"))
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Files dropped on the picture go to the window (which adds them): the view itself takes none.
        self.setAcceptDrops(False)
        self._pixmap = QGraphicsPixmapItem()
        self._pixmap.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene().addItem(self._pixmap)
        self.doc: ReviewDocument | None = None
        self._rgb: np.ndarray | None = None
        self._before = QPixmap()
        self._after = QPixmap()
        self.after_mode = False
        self.tool = Tool.REGION
        self.draw_shape = Shape.ELLIPSE
        self.redaction = RedactionOptions()
        self.brush_radius = 12.0
        self.selected: int | None = None
        self.current_frame: int | None = None  # video: regions outside their frame range are hidden
        self.last_frame = 0
        self.auto_boxes: list[Region] = []  # video: faces found on the shown frame (not editable)
        self.track_boxes: list[TrackBox] = []  # video: the face tracks on the shown frame, once found
        # video: the shown frame came redacted from the player (drawn as it is, nothing over it)
        self.frame_redacted = False
        # video: the preview of a frame, by the export's own rule (None: not known yet, use the regions)
        self.render_after: Callable[[np.ndarray, int], np.ndarray | None] | None = None
        self._drag: _Drag | None = None
        self._hover_rid: int | None = None
        self._space = False
        self.empty_text = ""
        self.auto_fit = True  # refit on resize until the user zooms
        self.crowd_step_index = -1  # the crowd check's step on screen; -1 when it is not running
        self._after_timer = QTimer(self, singleShot=True, interval=120)
        self._after_timer.timeout.connect(self._render_after)

    # -- content
    def set_content(self, doc: ReviewDocument | None, rgb: np.ndarray | None, fit: bool = True) -> None:
        if self.doc is not None:
            self.doc.changed.disconnect(self._doc_changed)
        self.doc, self._rgb = doc, rgb
        self.selected = None
        self.frame_redacted = False
        self.stop_crowd_check()
        self._drag = None
        if doc is not None:
            doc.changed.connect(self._doc_changed)
        self._before = QPixmap.fromImage(qimage_from_rgb(rgb)) if rgb is not None else QPixmap()
        self._after = QPixmap()
        if rgb is not None:
            self.set_brush_radius(max(6.0, min(rgb.shape[:2]) / 50))
            self.scene().setSceneRect(0, 0, rgb.shape[1], rgb.shape[0])
        self._show_pixmap()
        if fit:
            self.fit()
        self.selection_changed.emit(None)

    def set_frame(self, rgb: np.ndarray, index: int, redacted: bool = False) -> None:
        """Video: show another frame of the same clip, keeping zoom and document. ``redacted``: the frame
        is already as the export writes it (the player's preview): shown as it is, with nothing over it."""
        self._rgb = rgb
        self.current_frame = index
        self.frame_redacted = redacted
        self._before = QPixmap.fromImage(qimage_from_rgb(rgb))
        self.auto_boxes = []
        self.track_boxes = []
        self._after = QPixmap()
        if self.after_mode and not redacted:
            self._render_after()
        self._show_pixmap()

    def set_track_boxes(self, boxes: list[TrackBox]) -> None:
        self.track_boxes = boxes
        self._doc_changed()

    def track_at(self, pos: QPointF) -> int | None:
        """The smallest face track's box under ``pos`` on the shown frame."""
        hits = [(t.region.box.area, t.track_id) for t in self.track_boxes if _rect(t.region.box).contains(pos)]
        return min(hits)[1] if hits else None

    def set_auto_boxes(self, regions: list[Region]) -> None:
        self.auto_boxes = regions
        self._doc_changed()

    def _doc_changed(self) -> None:
        if self.selected is not None and (self.doc is None or self.selected not in self.doc.regions):
            self.selected = None
            self.selection_changed.emit(None)
        if self.after_mode:
            self._after_timer.start()
        self.viewport().update()

    def set_after_mode(self, on: bool) -> None:
        self.after_mode = on
        if on:
            self._render_after()
        self._show_pixmap()

    def set_redaction(self, options: RedactionOptions) -> None:
        self.redaction = options
        self.draw_shape = options.shape
        if self.after_mode:
            self._after_timer.start()

    def active_regions(self) -> list[Region]:
        """What export will redact on the shown picture (for a video frame: auto boxes + ranged regions)."""
        if self.doc is None:
            return []
        shown = [self.doc.regions[rid].region for rid in self.visible_ids()]
        tracks = [t.region for t in self.track_boxes if not t.excluded]
        return shown + (tracks if self.track_boxes else list(self.auto_boxes))

    def _render_after(self) -> None:
        if self._rgb is None or self.doc is None or self.frame_redacted:
            return
        if self.render_after is not None and self.current_frame is not None:
            frame = self.render_after(self._rgb, self.current_frame)
            if frame is not None:
                self._after = QPixmap.fromImage(qimage_from_rgb(frame))
                self._show_pixmap()
                return
        from anonymizer.core.redaction import apply_redaction

        out = apply_redaction(self._rgb, self.active_regions(), self.redaction, self.doc.stroke_list(),
                              rng=np.random.default_rng(0))
        self._after = QPixmap.fromImage(qimage_from_rgb(out))
        self._show_pixmap()

    def _show_pixmap(self) -> None:
        self._pixmap.setPixmap(self._after if self.after_mode and not self._after.isNull() else self._before)
        self.viewport().update()

    def visible_ids(self) -> list[int]:
        if self.doc is None:
            return []
        if self.current_frame is None:
            return list(self.doc.regions)
        f = self.current_frame
        return [rid for rid in self.doc.regions
                if self.doc.frames.get(rid, (0, 1 << 30))[0] <= f <= self.doc.frames.get(rid, (0, 1 << 30))[1]]

    # -- zoom and pan
    @property
    def zoom(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        self.auto_fit = False
        new = min(32.0, max(0.02, self.zoom * factor))
        self.scale(new / self.zoom, new / self.zoom)
        self.zoom_changed.emit(self.zoom)

    def fit(self) -> None:
        self.auto_fit = True
        if not self._before.isNull():
            self.fitInView(self.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
            self.zoom_changed.emit(self.zoom)

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802
        super().resizeEvent(event)
        if self.auto_fit:
            self.fit()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        dy = event.angleDelta().y()
        if dy:
            self.zoom_by(ZOOM_STEP ** (dy / 120))
        event.accept()

    # -- hit testing (scene coordinates; handle size in view pixels)
    def _handle_at(self, pos: QPointF) -> int:
        if self.selected is None or self.doc is None or self.selected not in self.visible_ids():
            return -1
        tol = HANDLE_PX / max(self.zoom, 1e-6)
        for i, h in enumerate(_handles(self.doc.regions[self.selected].region.box)):
            if abs(h.x() - pos.x()) <= tol and abs(h.y() - pos.y()) <= tol:
                return i
        return -1

    def region_at(self, pos: QPointF) -> int | None:
        """The smallest visible region under ``pos`` (so a small face inside a big region stays reachable)."""
        if self.doc is None:
            return None
        hits = [(self.doc.regions[rid].region.box.area, rid) for rid in self.visible_ids()
                if _rect(self.doc.regions[rid].region.box).contains(pos)]
        return min(hits)[1] if hits else None

    def _select(self, rid: int | None) -> None:
        if rid != self.selected:
            self.selected = rid
            self.selection_changed.emit(rid)
        self.viewport().update()

    # -- gestures
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        pos = self.mapToScene(event.position().toPoint())
        if event.button() == Qt.MouseButton.MiddleButton or (self._space and event.button() ==
                                                            Qt.MouseButton.LeftButton):
            self._drag = _Drag("pan", QPointF(event.position()))
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            return
        if event.button() != Qt.MouseButton.LeftButton or self.doc is None or self._rgb is None:
            return super().mousePressEvent(event)
        if self.tool is Tool.BRUSH:
            self._drag = _Drag("brush", pos, points=[(pos.x(), pos.y())])
        elif (handle := self._handle_at(pos)) >= 0:
            self._drag = _Drag("resize", pos, self.selected, handle, self.doc.regions[self.selected].region.box)
        elif (rid := self.region_at(pos)) is not None:
            self._select(rid)
            self._drag = _Drag("press", pos, rid, box=self.doc.regions[rid].region.box)
        elif (tid := self.track_at(pos)) is not None:
            self.track_clicked.emit(tid)
            return
        else:
            self._select(None)
            self._drag = _Drag("draw", pos)
            self._drag.handle = 1 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 0
        self.viewport().update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        pos = self.mapToScene(event.position().toPoint())
        d = self._drag
        if d is None:
            self._update_cursor(pos)
            return
        if d.kind == "pan":
            delta = event.position() - d.start
            d.start = QPointF(event.position())
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - int(delta.x()))
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - int(delta.y()))
            return
        if d.kind == "press" and (pos - d.start).manhattanLength() * self.zoom > 4:
            d.kind = "move"
        if d.kind == "brush" and d.points is not None:
            d.points.append((pos.x(), pos.y()))
        d.box = self._drag_box(d, pos)
        self.viewport().update()

    def _drag_box(self, d: _Drag, pos: QPointF) -> Box | None:
        if d.kind == "move" and d.rid is not None and self.doc is not None:
            b = self.doc.regions[d.rid].region.box
            return b.translated(pos.x() - d.start.x(), pos.y() - d.start.y())
        if d.kind == "resize" and self.doc is not None and d.rid is not None:
            return _resized(self.doc.regions[d.rid].region.box, d.handle, pos)
        if d.kind == "draw":
            return Box.from_corners(min(d.start.x(), pos.x()), min(d.start.y(), pos.y()),
                                    max(d.start.x(), pos.x()), max(d.start.y(), pos.y()))
        return d.box

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        d, self._drag = self._drag, None
        if d is None or self.doc is None:
            return super().mouseReleaseEvent(event)
        if d.kind == "pan":
            self._update_cursor(self.mapToScene(event.position().toPoint()))
        elif d.kind == "press" and d.rid is not None:
            edits.toggle_region(self.doc, d.rid)
        elif d.kind in ("move", "resize") and d.rid is not None and d.box is not None:
            if d.box.w >= MIN_DRAW and d.box.h >= MIN_DRAW and d.box != self.doc.regions[d.rid].region.box:
                edits.move_region(self.doc, d.rid, d.box)
        elif d.kind == "draw":
            box = (d.box or Box(d.start.x(), d.start.y(), 0, 0)).clipped(self.doc.width, self.doc.height)
            if self.crowd_step_index >= 0 and (box.w < MIN_DRAW or box.h < MIN_DRAW):
                box = self._click_face(d.start)  # crowd check: one click adds a face there
            if box.w >= MIN_DRAW and box.h >= MIN_DRAW:
                frames = (self.current_frame, self.last_frame) if self.current_frame is not None else None
                rid = edits.add_region(self.doc, Region(box, self._shape_for(d), RegionSource.MANUAL), frames)
                self._select(rid)
        elif d.kind == "brush" and d.points:
            edits.add_stroke(self.doc, BrushStroke(tuple(d.points), self.brush_radius))
        self.viewport().update()

    # -- the brush
    def brush_range(self) -> tuple[float, float]:
        """Smallest and largest brush radius for the shown picture, in its pixels."""
        short = min(self.doc.width, self.doc.height) if self.doc is not None else 1000
        return 2.0, max(8.0, short / 4)

    def set_brush_radius(self, radius: float) -> None:
        low, high = self.brush_range()
        self.brush_radius = float(min(high, max(low, radius)))
        self.brush_changed.emit(self.brush_radius)
        if self.tool is Tool.BRUSH:
            self.viewport().setCursor(self._brush_cursor())

    def grow_brush(self, factor: float) -> None:
        self.set_brush_radius(self.brush_radius * factor)

    def _brush_cursor(self) -> QCursor:
        """The brush's outline at its size on screen, so the user sees what a stroke will cover."""
        diameter = int(min(256, max(6, 2 * self.brush_radius * self.zoom)))
        pixmap = QPixmap(diameter + 4, diameter + 4)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for color, width in ((QColor("black"), 3), (QColor("white"), 1)):
            painter.setPen(QPen(color, width))
            painter.drawEllipse(2, 2, diameter, diameter)
        painter.end()
        return QCursor(pixmap)

    def _click_face(self, at: QPointF) -> Box:
        side = CLICK_FACE_PX / max(self.zoom, 1e-6)
        return Box(at.x() - side / 2, at.y() - side / 2, side, side).clipped(self.doc.width, self.doc.height) \
            if self.doc is not None else Box(0, 0, 0, 0)

    # -- unsure spots and the crowd check (the order and the steps come from the core)
    def show_box(self, box: Box, context: float = SPOT_CONTEXT) -> None:
        """Zoom so that ``box`` fills the view with ``context`` times its size around it."""
        side = max(box.w, box.h) * context
        side = max(side, SPOT_MIN_VIEW)
        self.auto_fit = False
        self.fitInView(QRectF(box.cx - side / 2, box.cy - side / 2, side, side),
                       Qt.AspectRatioMode.KeepAspectRatio)
        self.zoom_changed.emit(self.zoom)

    def next_unsure(self, step: int = 1) -> bool:
        """Select and zoom to the next unsure spot nobody has decided (big unsure faces first, then the
        largest candidates); False when none is left."""
        if self.doc is None:
            return False
        ids = [rid for rid in core.unsure_spots(self.doc.review) if rid in self.visible_ids()]
        if not ids:
            return False
        i = ids.index(self.selected) + step if self.selected in ids else (0 if step > 0 else -1)
        self._select(ids[i % len(ids)])
        self.show_box(self.doc.regions[ids[i % len(ids)]].region.box)
        return True

    def decide_selected(self, cover: bool) -> None:
        """Cover (redact) or leave visible the selected spot, then go on to the next undecided one."""
        if self.doc is None or self.selected is None or self.selected not in self.doc.regions:
            return
        edits.decide_spot(self.doc, self.selected, cover)
        if not self.next_unsure():
            self._select(None)

    def start_crowd_check(self) -> None:
        self.crowd_step_index = -1
        self.crowd_step(1)

    def crowd_step(self, step: int) -> None:
        """Show the next (or previous) part of the picture; past the last one the check ends."""
        if self.doc is None:
            return
        tiles = core.crowd_tiles(self.doc.width, self.doc.height)
        index = self.crowd_step_index + step
        if index < 0 or index >= len(tiles):
            self.stop_crowd_check()
            self.fit()
            return
        self.crowd_step_index = index
        self.show_box(tiles[index], context=1.0)
        self.crowd_changed.emit(index, len(tiles))
        self.viewport().update()

    def stop_crowd_check(self) -> None:
        if self.crowd_step_index >= 0:
            self.crowd_step_index = -1
            self.crowd_changed.emit(-1, 0)
            self.viewport().update()

    def _shape_for(self, d: _Drag) -> Shape:
        """The chosen shape; with Shift held when the drag began, the other one."""
        if d.handle != 1:
            return self.draw_shape
        return Shape.RECTANGLE if self.draw_shape is Shape.ELLIPSE else Shape.ELLIPSE

    def _update_cursor(self, pos: QPointF) -> None:
        if self._space:
            cursor = Qt.CursorShape.OpenHandCursor
        elif self.tool is Tool.BRUSH:
            self.viewport().setCursor(self._brush_cursor())
            return
        elif (h := self._handle_at(pos)) >= 0:
            cursor = _CURSORS[h]
        elif self.region_at(pos) is not None:
            cursor = Qt.CursorShape.PointingHandCursor
        else:
            cursor = Qt.CursorShape.CrossCursor
        self.viewport().setCursor(cursor)
        rid = self.region_at(pos)
        if rid != self._hover_rid:
            self._hover_rid = rid
            self.viewport().update()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.selected is not None and self.doc:
            edits.delete_region(self.doc, self.selected)
            return
        if event.key() == Qt.Key.Key_Escape and self.crowd_step_index >= 0:
            self.stop_crowd_check()
            self.fit()
            return
        if self.current_frame is not None and event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right) \
                and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.frame_step.emit(1 if event.key() == Qt.Key.Key_Right else -1)
            return
        if event.key() == Qt.Key.Key_Tab:
            self.select_next(1)
            return
        if event.key() == Qt.Key.Key_Backtab:
            self.select_next(-1)
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 - Tab cycles regions here
        if self.doc is not None and self.doc.regions:
            return False
        return super().focusNextPrevChild(next)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = False
            self.viewport().unsetCursor()
            return
        super().keyReleaseEvent(event)

    def select_next(self, step: int) -> None:
        ids = self.visible_ids()
        if not ids:
            return
        i = ids.index(self.selected) + step if self.selected in ids else (0 if step > 0 else -1)
        self._select(ids[i % len(ids)])
        self.ensureVisible(_rect(self.doc.regions[self.selected].region.box), 40, 40)  # type: ignore[union-attr]

    def toggle_selected(self) -> None:
        if self.doc is not None and self.selected is not None:
            edits.toggle_region(self.doc, self.selected)

    # -- painting
    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802
        if self._before.isNull():
            self._draw_empty(painter)
            return
        if self.doc is None or self.after_mode or self.frame_redacted:
            return
        for stroke in self.doc.stroke_list():
            self._draw_stroke(painter, stroke.points, stroke.radius)
        if self.track_boxes:
            for t in self.track_boxes:
                self._draw_track(painter, t)
        else:
            for region in self.auto_boxes:
                self._draw_region(painter, region, AUTO, Qt.PenStyle.DashLine, False)
        for rid in self.visible_ids():
            region = self.doc.regions[rid].region
            d = self._drag
            if d is not None and d.rid == rid and d.kind in ("move", "resize") and d.box is not None:
                region = Region(d.box, region.shape, region.source, region.enabled, region.score)
            self._draw_one(painter, rid, region)
        d = self._drag
        if d is not None and d.kind == "draw" and d.box is not None:
            self._draw_region(painter, Region(d.box, self._shape_for(d), RegionSource.MANUAL), MANUAL,
                              Qt.PenStyle.DashLine, False)
        if d is not None and d.kind == "brush" and d.points:
            self._draw_stroke(painter, tuple(d.points), self.brush_radius)
        self._draw_crowd_grid(painter)

    def _draw_one(self, painter: QPainter, rid: int, region: Region) -> None:
        assert self.doc is not None
        reviewed = self.doc.regions[rid]
        spot = core.spot_of(reviewed, self.doc.review.area)
        strong = rid in (self.selected, self._hover_rid)
        if spot is Spot.CANDIDATE and not region.enabled:
            color = DISMISSED if reviewed.decided else CANDIDATE
            style = Qt.PenStyle.DotLine if reviewed.decided else Qt.PenStyle.DashLine
            self._draw_region(painter, region, color, style, strong)
            if not reviewed.decided:
                self._draw_mark(painter, region.box, color)
            if rid == self.selected:
                self._draw_handles(painter, region.box, color)
            return
        if spot is Spot.UNSURE_FACE and region.enabled and not reviewed.decided:
            self._draw_region(painter, region, LOW, Qt.PenStyle.DashLine, True)
            self._draw_mark(painter, region.box, LOW)
            if rid == self.selected:
                self._draw_handles(painter, region.box, LOW)
            return
        if not region.enabled:
            color, style = OFF, Qt.PenStyle.DashLine
        elif is_low_confidence(region):
            color, style = LOW, Qt.PenStyle.DashDotLine
        elif region.source is RegionSource.MANUAL:
            color, style = MANUAL, Qt.PenStyle.SolidLine
        else:
            color, style = DETECTED, Qt.PenStyle.SolidLine
        self._draw_region(painter, region, color, style, strong)
        if not region.enabled:
            _draw_cross(painter, region.box)
        if rid == self.selected:
            self._draw_handles(painter, region.box, color)

    def _draw_region(self, painter: QPainter, region: Region, color: QColor, style: Qt.PenStyle,
                     strong: bool) -> None:
        pen = QPen(color, 3.0 if strong else 2.0, style)
        pen.setCosmetic(True)
        painter.setPen(pen)
        fill = QColor(color)
        fill.setAlpha(60 if strong else 30)
        painter.setBrush(QBrush(fill))
        r = _rect(region.box)
        if region.shape is Shape.ELLIPSE:
            painter.drawEllipse(r)
            if not strong:
                return
            thin = QPen(color, 1.0, Qt.PenStyle.DotLine)
            thin.setCosmetic(True)
            painter.setPen(thin)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(r)
        else:
            painter.drawRect(r)

    def _draw_track(self, painter: QPainter, t: TrackBox) -> None:
        """A face track in its own colour with its id; switched off: crossed out, left visible."""
        color = OFF if t.excluded else track_color(t.track_id)
        style = Qt.PenStyle.DashLine if t.excluded else Qt.PenStyle.SolidLine
        self._draw_region(painter, t.region, color, style, False)
        b = t.region.box
        if t.excluded:
            _draw_cross(painter, b)
        painter.save()
        at = painter.transform().map(QPointF(b.x, b.y))
        painter.resetTransform()
        f = painter.font()
        f.setBold(True)
        painter.setFont(f)
        label = f"#{t.track_id}"
        rect = QRectF(at.x(), at.y() - 18, 10 + 8 * len(label), 18)
        painter.fillRect(rect, color)
        painter.setPen(QColor("black"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
        painter.restore()

    def _draw_mark(self, painter: QPainter, box: Box, color: QColor) -> None:
        """A "?" badge at the spot's top-left corner, the same size on screen at any zoom."""
        painter.save()
        at = painter.transform().map(QPointF(box.x, box.y))
        painter.resetTransform()
        badge = QRectF(at.x() - 9, at.y() - 9, 18, 18)
        painter.setPen(QPen(QColor("white"), 1))
        painter.setBrush(color)
        painter.drawEllipse(badge)
        f = painter.font()
        f.setBold(True)
        f.setPixelSize(13)
        painter.setFont(f)
        painter.setPen(QColor("black"))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, "?")
        painter.restore()

    def _draw_crowd_grid(self, painter: QPainter) -> None:
        """The crowd check's current step, outlined, so the person sees which part is being checked."""
        if self.doc is None or self.crowd_step_index < 0:
            return
        tiles = core.crowd_tiles(self.doc.width, self.doc.height)
        pen = QPen(QColor("#ffffff"), 2, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(_rect(tiles[min(self.crowd_step_index, len(tiles) - 1)]))

    def _draw_handles(self, painter: QPainter, box: Box, color: QColor) -> None:
        size = HANDLE_PX / max(self.zoom, 1e-6)
        pen = QPen(QColor("white"), 1)
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.setBrush(color)
        for h in _handles(box):
            painter.drawRect(QRectF(h.x() - size / 2, h.y() - size / 2, size, size))

    def _draw_stroke(self, painter: QPainter, points: tuple[tuple[float, float], ...] | list, radius: float) -> None:
        path = QPainterPath(QPointF(*points[0]))
        for p in points[1:]:
            path.lineTo(QPointF(*p))
        if len(points) == 1:
            path.lineTo(QPointF(points[0][0] + 0.01, points[0][1]))
        outline = QPainterPathStroker(QPen(QColor("black"), 2 * radius, Qt.PenStyle.SolidLine,
                                           Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)).createStroke(path)
        fill = QColor("#d63384")
        fill.setAlpha(150)
        edge = QPen(QColor("white"), 1.5, Qt.PenStyle.DashLine)
        edge.setCosmetic(True)
        painter.setPen(edge)
        painter.setBrush(QBrush(fill, Qt.BrushStyle.Dense3Pattern))
        painter.drawPath(outline.simplified())

    def _draw_empty(self, painter: QPainter) -> None:
        painter.save()
        painter.resetTransform()
        painter.setPen(QColor("#bbbbbb"))
        f = painter.font()
        f.setPointSizeF(f.pointSizeF() * 1.3)
        painter.setFont(f)
        painter.drawText(self.viewport().rect().adjusted(40, 40, -40, -40),
                         Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty_text)
        painter.restore()
