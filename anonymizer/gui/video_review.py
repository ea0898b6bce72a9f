"""Reviewing a video: the frame scrubber, faces found on the shown frame, manual regions on a frame range.

Mixed into the main window; every frame comes from the core (``iter_preview_frames``) and every
detection from the core's detector, on the background runner.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSlider, QVBoxLayout, QWidget

from anonymizer.core.review import from_detections
from anonymizer.gui import document as edits
from anonymizer.gui import jobs
from anonymizer.gui.document import ReviewDocument
from anonymizer.gui.queue import QueueItem, State
from anonymizer.gui.text import tr


class VideoBar(QWidget):
    """The frame scrubber and the frame range of the selected manual region."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.label = QLabel()
        self.start_button, self.end_button = QPushButton(), QPushButton()
        self.range_label = QLabel()
        row1, row2 = QHBoxLayout(), QHBoxLayout()
        row1.addWidget(self.slider, 1)
        row1.addWidget(self.label)
        row2.addWidget(self.range_label, 1)
        row2.addWidget(self.start_button)
        row2.addWidget(self.end_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row1)
        layout.addLayout(row2)
        self.retranslate()

    def retranslate(self) -> None:
        self.start_button.setText(tr("Region starts here"))
        self.end_button.setText(tr("Region ends here"))



class VideoReview:
    """The video half of the main window (a mixin: it uses the window's widgets and runners)."""

    def _video_looked(self, item: QueueItem, look: jobs.VideoLook) -> None:
        info = look.info
        item.video, item.video_info = True, info
        item.metadata, item.warnings = look.metadata, look.warnings
        item.thumb = QPixmap.fromImage(look.thumb)
        item.frames = {0: look.first}
        item.doc = ReviewDocument(info.width, info.height, self)  # type: ignore[attr-defined]
        item.doc.changed.connect(lambda: self._doc_changed(item))
        item.doc.undo_stack.indexChanged.connect(lambda _: self._edited(item))
        self.undo_group.addStack(item.doc.undo_stack)
        item.state, item.final = State.READY, True
        self.queue.refresh(item)
        estimate = info.frames_estimate  # type: ignore[attr-defined]
        path = item.path
        self.background.start(lambda ctx: jobs.scan_video(path, estimate, ctx), name="scan",
                              on_success=lambda frames: self._scanned(item, frames),
                              on_failure=lambda e: self._look_failed(item, e))
        if item is self.queue.current():
            self._show_item(item)
        self.item_looked.emit(item)
        self.item_final.emit(item)

    def _scanned(self, item: QueueItem, frames: dict[int, np.ndarray]) -> None:
        item.frames = frames
        if item is self.queue.current():
            self._show_video(item)

    def _frame_indices(self, item: QueueItem) -> list[int]:
        return sorted(item.frames)

    def _show_video(self, item: QueueItem) -> None:
        indices = self._frame_indices(item)
        slider = self.video_bar.slider
        slider.blockSignals(True)
        slider.setRange(0, max(0, len(indices) - 1))
        slider.blockSignals(False)
        info = item.video_info
        self.canvas.last_frame = max(indices[-1], int(getattr(info, "frames_estimate", 0)) - 1)
        self.canvas.set_content(item.doc, item.frames[indices[0]])
        self._scrub(slider.value())

    def _scrub(self, position: int) -> None:
        item = self.queue.current()
        if item is None or not item.video or not item.frames:
            return
        indices = self._frame_indices(item)
        index = indices[min(position, len(indices) - 1)]
        self.canvas.set_frame(item.frames[index], index)
        fps = float(getattr(item.video_info, "fps", 0) or 0)
        seconds = f" ({index / fps:.1f} s)" if fps else ""
        total = max(1, int(getattr(item.video_info, "frames_estimate", 0)))
        self.video_bar.label.setText(tr("Frame %1 of %2").replace("%1", str(index + 1))
                                     .replace("%2", str(total)) + seconds)
        self._update_video_range()
        if index in item.frame_faces:
            self._show_frame_faces(item, index)
        else:
            rgb, options = item.frames[index], self.options()
            if self._frame_job is not None:
                self.background.discard(self._frame_job)  # the user moved on: only the shown frame matters
            self._frame_job = self.background.start(
                lambda ctx: jobs.detect_on_frame(rgb, options, ctx), name="frame",
                on_success=lambda dets: self._frame_detected(item, index, dets))

    def _frame_detected(self, item: QueueItem, index: int, detections) -> None:  # noqa: ANN001
        item.frame_faces[index] = list(detections)
        if item is self.queue.current() and self.canvas.current_frame == index:
            self._show_frame_faces(item, index)

    def _show_frame_faces(self, item: QueueItem, index: int) -> None:
        assert item.doc is not None
        regions = [r.region for r in from_detections(item.frame_faces[index], self.options().redaction,
                                                      item.doc.width, item.doc.height)]
        self.canvas.set_auto_boxes(regions)
        self.statusBar().showMessage(tr("%n face(s) found on this frame", None, len(regions)), 3000)
        self.frame_shown.emit(index)

    def _update_video_range(self) -> None:
        item = self.queue.current()
        bar = self.video_bar
        rid = self.canvas.selected
        has = item is not None and item.doc is not None and rid in item.doc.frames
        bar.start_button.setEnabled(has)
        bar.end_button.setEnabled(has)
        if has:
            first, last = item.doc.frames[rid]  # type: ignore[union-attr, index]
            bar.range_label.setText(tr("Selected region: frames %1 to %2").replace("%1", str(first + 1))
                                    .replace("%2", str(last + 1)))
        else:
            bar.range_label.setText(tr("Draw a region on the frame to cover something the detector misses."))

    def _set_range_end(self, which: int) -> None:
        item = self.queue.current()
        rid, frame = self.canvas.selected, self.canvas.current_frame
        if item is None or item.doc is None or rid not in item.doc.frames or frame is None:
            return
        first, last = item.doc.frames[rid]
        new = (frame, max(frame, last)) if which == 0 else (min(first, frame), frame)
        edits.set_frames(item.doc, rid, new)
        self._update_video_range()

