"""Reviewing a video: the frame scrubber, faces found on the shown frame, manual regions on a frame range.

Every frame comes from the core (``iter_preview_frames``) and every detection from the core's detector,
on the background runner; the faces are grown into regions by the core's one growth function.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSlider, QVBoxLayout, QWidget

from anonymizer.core.models import CleanOptions, Detection, Progress, Region
from anonymizer.core.redaction import face_region_box, regions_from_detections
from anonymizer.core.review import with_analysis
from anonymizer.gui import document as edits
from anonymizer.gui import jobs
from anonymizer.gui.canvas import ReviewCanvas, TrackBox
from anonymizer.gui.layouts import FittingRow, WrappingLabel
from anonymizer.gui.queue import QueueItem
from anonymizer.gui.text import number, seconds, translate
from anonymizer.gui.worker import Job, JobRunner

if TYPE_CHECKING:
    from anonymizer.core.video import VideoAnalysis


class VideoBar(QWidget):
    """The frame scrubber and the frame range of the selected manual region."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.label = QLabel()
        self.start_button, self.end_button = QPushButton(), QPushButton()
        self.range_label = WrappingLabel()  # a sentence: it wraps above the buttons, never cut
        row1, buttons = QHBoxLayout(), FittingRow()
        row1.addWidget(self.slider, 1)
        row1.addWidget(self.label)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.end_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row1)
        layout.addWidget(self.range_label)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.start_button.setText(translate("MainWindow", "Region starts here"))
        self.end_button.setText(translate("MainWindow", "Region ends here"))



class VideoController(QObject):
    """Reviewing a video: it gets the scrubber, the canvas and a runner, and talks through signals."""

    frame_shown = Signal(int)
    message = Signal(str)  # a short status line
    failed = Signal(object, object)  # QueueItem, the error
    tracks_found = Signal(object)  # QueueItem whose face tracks are in

    def __init__(self, bar: VideoBar, canvas: ReviewCanvas, runner: JobRunner,
                 options: Callable[[], CleanOptions], current: Callable[[], QueueItem | None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bar, self.canvas, self.runner = bar, canvas, runner
        self._options, self._current = options, current
        self._frame_job: Job | None = None
        bar.slider.valueChanged.connect(self.scrub)
        bar.start_button.clicked.connect(lambda: self._set_range_end(0))
        bar.end_button.clicked.connect(lambda: self._set_range_end(1))
        canvas.selection_changed.connect(lambda _: self.update_range())
        canvas.track_clicked.connect(self._toggle_track)
        # Finding the tracks reads the whole clip: on its own thread, so scrubbing stays quick.
        self.tracks_runner = JobRunner(self, threads=1)

    def scan(self, item: QueueItem, look: jobs.VideoLook) -> None:
        """Sample the clip's frames for the scrubber in the background."""
        item.frames = {0: look.first}
        path, estimate = item.path, look.info.frames_estimate
        self.runner.start(lambda ctx: jobs.scan_video(path, estimate, ctx), name="scan",
                          on_success=lambda frames: self._scanned(item, frames),
                          on_failure=lambda e: self.failed.emit(item, e))

    def _scanned(self, item: QueueItem, frames: dict[int, np.ndarray]) -> None:
        item.frames = frames
        if item is self._current():
            self.show(item)
        self.find_tracks(item)

    def find_tracks(self, item: QueueItem) -> None:
        """Every face track of the clip, at the settings export uses: the window shows them, a person
        switches one off, and export replays them instead of detecting again."""
        path, options = item.path, self._options()

        def progress(p: Progress) -> None:
            if p.total and item is self._current():
                self.message.emit(translate("MainWindow", "Finding face tracks: %1%").replace("%1", number(100 * p.done / p.total)))

        self.tracks_runner.start(lambda ctx: jobs.find_tracks(path, options, ctx), name="tracks",
                                 on_progress=progress, on_success=lambda a: self._tracks_in(item, a),
                                 on_failure=lambda e: self.failed.emit(item, e))

    def _tracks_in(self, item: QueueItem, analysis: VideoAnalysis) -> None:
        if item.doc is None:
            return
        item.doc.set_review(with_analysis(item.doc.review, analysis))
        self.message.emit(translate("MainWindow", "%n face track(s) found: click one to leave it visible", None, len(analysis.tracks)))
        if item is self._current() and self.canvas.current_frame is not None:
            self._show_frame_faces(item, self.canvas.current_frame)
        self.tracks_found.emit(item)

    def _toggle_track(self, track_id: int) -> None:
        item = self._current()
        if item is not None and item.doc is not None and item.video:
            edits.toggle_track(item.doc, track_id)
            if self.canvas.current_frame is not None:
                self._show_frame_faces(item, self.canvas.current_frame)
            self.canvas.setFocus()

    def show(self, item: QueueItem) -> None:
        indices = sorted(item.frames)
        slider = self.bar.slider
        slider.blockSignals(True)
        slider.setRange(0, max(0, len(indices) - 1))
        slider.blockSignals(False)
        estimate = item.video_info.frames_estimate if item.video_info is not None else 0
        self.canvas.last_frame = max(indices[-1], estimate - 1)
        self.canvas.set_content(item.doc, item.frames[indices[0]])
        self.scrub(slider.value())

    def forget_faces(self, item: QueueItem) -> None:
        """The sensitivity changed: faces found on frames so far no longer hold, and the tracks are found
        again (each decision follows its face to the new track, ``core.review.with_analysis``)."""
        item.frame_faces.clear()
        if item.doc is not None and item.doc.review.analysis is not None:
            self.find_tracks(item)
        if item is self._current() and item.frames:
            self.scrub(self.bar.slider.value())

    def retranslate(self) -> None:
        self.bar.retranslate()
        item = self._current()
        if item is not None and item.video and item.frames:
            self.scrub(self.bar.slider.value())

    def scrub(self, position: int) -> None:
        item = self._current()
        if item is None or not item.video or not item.frames:
            return
        indices = sorted(item.frames)
        index = indices[min(position, len(indices) - 1)]
        self.canvas.set_frame(item.frames[index], index)
        info = item.video_info
        fps = float(info.fps or 0) if info is not None else 0.0
        at = f" ({seconds(index / fps)})" if fps else ""
        total = max(1, info.frames_estimate if info is not None else 0)
        self.bar.label.setText(translate("MainWindow", "Frame %1 of %2").replace("%1", number(index + 1))
                               .replace("%2", number(total)) + at)
        self.update_range()
        if index in item.frame_faces or (item.doc is not None and item.doc.review.analysis is not None):
            self._show_frame_faces(item, index)
            return
        rgb, options = item.frames[index], self._options()
        if self._frame_job is not None:
            self.runner.discard(self._frame_job)  # the user moved on: only the shown frame matters
        self._frame_job = self.runner.start(
            lambda ctx: jobs.detect_on_frame(rgb, options, ctx), name="frame",
            on_success=lambda dets: self._frame_detected(item, index, dets))

    def _frame_detected(self, item: QueueItem, index: int, detections: list[Detection]) -> None:
        item.frame_faces[index] = list(detections)
        if item is self._current() and self.canvas.current_frame == index:
            self._show_frame_faces(item, index)

    def _show_frame_faces(self, item: QueueItem, index: int) -> None:
        assert item.doc is not None
        review = item.doc.review
        if review.analysis is not None:  # the tracks: each in its own colour, the ones switched off crossed
            red = self._options().redaction
            boxes = [TrackBox(tid, Region(face_region_box(Detection(box, 1.0), red, review.width, review.height),
                                          red.shape), tid in review.excluded_tracks)
                     for tid, box in sorted(review.analysis.boxes_on(index).items())]
            self.canvas.set_track_boxes(boxes)
            self.frame_shown.emit(index)
            return
        regions = regions_from_detections(item.frame_faces[index], self._options().redaction,
                                          item.doc.width, item.doc.height)
        self.canvas.set_auto_boxes(regions)
        self.message.emit(translate("MainWindow", "%n face(s) found on this frame", None, len(regions)))
        self.frame_shown.emit(index)

    def update_range(self) -> None:
        item = self._current()
        rid = self.canvas.selected
        frames = item.doc.frames.get(rid) if item is not None and item.doc is not None and rid is not None \
            else None
        self.bar.start_button.setEnabled(frames is not None)
        self.bar.end_button.setEnabled(frames is not None)
        if frames is not None:
            first, last = frames
            self.bar.range_label.setText(translate("MainWindow", "Selected region: frames %1 to %2").replace("%1", number(first + 1))
                                         .replace("%2", number(last + 1)))
        else:
            self.bar.range_label.setText(translate("MainWindow", "Draw a region on the frame to cover something the detector misses."))

    def _set_range_end(self, which: int) -> None:
        item = self._current()
        rid, frame = self.canvas.selected, self.canvas.current_frame
        if item is None or item.doc is None or rid is None or rid not in item.doc.frames or frame is None:
            return
        first, last = item.doc.frames[rid]
        new = (frame, max(frame, last)) if which == 0 else (min(first, frame), frame)
        edits.set_frames(item.doc, rid, new)
        self.update_range()
        self.canvas.setFocus()  # arrow keys must keep stepping frames, never change a setting
