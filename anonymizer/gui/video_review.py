"""Reviewing a video: the frame scrubber, the player, the timeline and the track list, faces found on
the shown frame, manual regions on a frame range.

Every frame comes from the core (``iter_preview_frames``, ``preview_frames``) and every detection from the
core's detector, off the GUI thread; the faces are grown into regions by the core's one growth function,
and the redacted preview is made by the export's own frame redactor (``core.video.redact``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSlider, QToolButton, QVBoxLayout, QWidget

from anonymizer.core.models import CleanOptions, Detection, Progress, Region
from anonymizer.core.redaction import face_region_box, regions_from_detections
from anonymizer.core.review import (
    open_stretches,
    preview_redaction,
    stretch_after,
    track_choices,
    visit_stretch,
    with_analysis,
)
from anonymizer.gui import document as edits
from anonymizer.gui import jobs
from anonymizer.gui.canvas import ReviewCanvas, TrackBox
from anonymizer.gui.layouts import FittingRow, WrappingLabel
from anonymizer.gui.playback import Player
from anonymizer.gui.queue import QueueItem
from anonymizer.gui.text import number, seconds, translate
from anonymizer.gui.timeline import Timeline
from anonymizer.gui.track_list import TrackList
from anonymizer.gui.worker import Job, JobRunner

if TYPE_CHECKING:
    from anonymizer.core.video import VideoAnalysis


class VideoBar(QWidget):
    """Play/Pause, the frame scrubber, the timeline and the frame range of the selected manual region.
    Its buttons take no keyboard focus: the arrow keys and the space bar stay with the picture."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.play_button = QToolButton()
        # Its icon alone (the action names it in a tooltip and the View menu): with its word beside, the bar was
        # wider than a laptop at scale factor 2 in Russian.
        self.play_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.label = QLabel()
        self.timeline = Timeline()
        self.start_button, self.end_button = QPushButton(), QPushButton()
        self.range_label = WrappingLabel()  # a sentence: it wraps above the buttons, never cut
        for w in (self.play_button, self.slider, self.start_button, self.end_button):
            w.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        row1, buttons = QHBoxLayout(), FittingRow()
        row1.addWidget(self.play_button)
        row1.addWidget(self.slider, 1)
        row1.addWidget(self.label)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.end_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row1)
        layout.addWidget(self.timeline)
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
    playing_changed = Signal(bool)

    def __init__(self, bar: VideoBar, tracks: TrackList, canvas: ReviewCanvas, runner: JobRunner,
                 options: Callable[[], CleanOptions], current: Callable[[], QueueItem | None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bar, self.tracks, self.canvas, self.runner = bar, tracks, canvas, runner
        self._options, self._current = options, current
        self._frame_job: Job | None = None
        self._exact_job: Job | None = None
        bar.slider.valueChanged.connect(self.scrub)
        bar.start_button.clicked.connect(lambda: self._set_range_end(0))
        bar.end_button.clicked.connect(lambda: self._set_range_end(1))
        bar.timeline.jumped.connect(self._timeline_clicked)
        canvas.selection_changed.connect(lambda _: self.update_range())
        canvas.track_clicked.connect(self._toggle_track)
        canvas.frame_step.connect(self.step)
        canvas.render_after = self._redacted_still
        tracks.selected.connect(self._track_selected)
        tracks.switched.connect(self._toggle_track)
        tracks.cut.connect(self._cut_track)
        tracks.uncut.connect(self._uncut_track)
        # Finding the tracks reads the whole clip: on its own thread, so scrubbing stays quick.
        self.tracks_runner = JobRunner(self, threads=1)
        self.player = Player(self)
        self.player.frame_shown.connect(self._played)
        self.player.stopped.connect(lambda: self.playing_changed.emit(False))
        self.player.failed.connect(lambda e: self.message.emit(jobs.human_error(e)))

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
        tracks = len(analysis.tracks)
        self.message.emit(translate("MainWindow", "%n face track(s) found: click one to leave it visible", None, tracks))
        self.refresh(item)
        self.tracks_found.emit(item)

    def _toggle_track(self, track_id: int) -> None:
        item = self._current()
        if item is not None and item.doc is not None and item.video:
            edits.toggle_track(item.doc, track_id)
            self.canvas.setFocus()

    def _cut_track(self, track_id: int, which: int) -> None:
        """Cover the track only from the shown frame on (``which`` 0) or up to it (1)."""
        item, frame = self._current(), self.canvas.current_frame
        if item is None or item.doc is None or item.doc.review.analysis is None or frame is None:
            return
        track = item.doc.review.analysis.track(track_id)
        if track is None:
            return
        first, last = item.doc.review.track_ranges.get(track_id, (track.first_frame, track.last_frame))
        edits.cut_track(item.doc, track_id, (frame, max(frame, last)) if which == 0 else (min(first, frame), frame))
        self.canvas.setFocus()

    def _uncut_track(self, track_id: int) -> None:
        item = self._current()
        if item is not None and item.doc is not None:
            edits.cut_track(item.doc, track_id, None)
            self.canvas.setFocus()

    def _track_selected(self, track_id: int) -> None:
        self.bar.timeline.set_selected(track_id)
        item = self._current()
        if item is None or item.doc is None or item.doc.review.analysis is None:
            return
        track = item.doc.review.analysis.track(track_id)
        if track is not None and not (track.first_frame <= (self.canvas.current_frame or 0) <= track.last_frame):
            self.jump(track.first_frame)

    def refresh(self, item: QueueItem) -> None:
        """The review changed (an edit, undo, the tracks): the list, the timeline and the boxes follow."""
        if item is not self._current() or item.doc is None:
            return
        review = item.doc.review
        self.tracks.set_review(review)
        self.bar.timeline.set_review(review, self.frame_count(item))
        if self.player.playing and self.player.redacted \
                and self.player.redaction != preview_redaction(review, self._options().redaction):
            self.play()  # a decision changed what is covered: the preview goes on with it
        frame = self.canvas.current_frame
        if frame is not None and not self.canvas.frame_redacted and (review.analysis is not None
                                                                       or frame in item.frame_faces):
            self._show_frame_faces(item, frame)
        self.update_range()

    def frame_count(self, item: QueueItem) -> int:
        review = item.doc.review if item.doc is not None else None
        if review is not None and review.analysis is not None:
            return review.analysis.frames
        estimate = item.video_info.frames_estimate if item.video_info is not None else 0
        return max(estimate, max(item.frames, default=0) + 1)

    # -- playing
    def toggle_play(self) -> None:
        if self.player.playing:
            self.player.stop()
        else:
            self.play()

    def play(self) -> None:
        """Play from the shown frame: the original with the boxes drawn, or (Preview on) the redacted
        preview, made by the export's rule; that one waits for the tracks (nothing unredacted is shown)."""
        item = self._current()
        if item is None or item.doc is None or not item.video:
            return
        redaction = None
        if self.canvas.after_mode:
            redaction = preview_redaction(item.doc.review, self._options().redaction)
            if redaction is None:
                self.message.emit(translate("MainWindow", "The redacted preview plays once the face tracks are found."))
                return
        start = self.canvas.current_frame or 0
        if start >= self.frame_count(item) - 1:
            start = 0  # at the end: from the start again
        self.player.play(item.path, start, redaction)
        self.playing_changed.emit(True)

    def stop(self) -> None:
        self.player.stop()

    def mode_changed(self) -> None:
        """Preview switched on or off: a playing clip goes on in the other mode, a still frame is shown
        again as it is (a frame from the redacted player is never kept as the original)."""
        item = self._current()
        if item is None or not item.video:
            return
        if self.player.playing:
            self.play()
        elif self.canvas.frame_redacted and self.canvas.current_frame is not None:
            self.jump(self.canvas.current_frame)

    def _played(self, index: int, rgb: np.ndarray, redacted: bool) -> None:
        item = self._current()
        if item is None or item.doc is None:
            return
        self.canvas.set_frame(rgb, index, redacted)
        self._frame_label(item, index)
        self._sync_slider(item, index)
        if not redacted and item.doc.review.analysis is not None:
            self._show_frame_faces(item, index)
        else:
            self.frame_shown.emit(index)

    # -- moving through the clip
    def step(self, delta: int) -> None:
        """The arrow keys: the previous or next kept frame."""
        self.player.stop()
        slider = self.bar.slider
        slider.setValue(max(0, min(slider.maximum(), slider.value() + delta)))

    def _timeline_clicked(self, frame: int) -> None:
        item = self._current()
        if item is not None and item.doc is not None:
            at = [s for s in open_stretches(item.doc.review) if s.first <= frame <= s.last]
            for stretch in at:
                item.doc.set_review(visit_stretch(item.doc.review, stretch))
        self.jump(frame)
        self.canvas.setFocus()

    def jump(self, frame: int) -> None:
        """Show frame ``frame``: the nearest kept one at once, the exact one when it is decoded."""
        item = self._current()
        if item is None or not item.video or not item.frames:
            return
        self.player.stop()
        indices = sorted(item.frames)
        position = min(range(len(indices)), key=lambda i: abs(indices[i] - frame))
        slider = self.bar.slider
        if slider.value() != position:
            slider.setValue(position)
        else:
            self.scrub(position)
        if indices[position] == frame:
            return
        if self._exact_job is not None:
            self.runner.discard(self._exact_job)
        path = item.path
        self._exact_job = self.runner.start(lambda ctx: jobs.read_frame(path, frame, ctx), name="frame",
                                            on_success=lambda rgb: self._exact(item, frame, rgb))

    def _exact(self, item: QueueItem, frame: int, rgb: np.ndarray) -> None:
        if item is not self._current() or self.player.playing:
            return
        self.canvas.set_frame(rgb, frame)
        self._frame_label(item, frame)
        if item.doc is not None and item.doc.review.analysis is not None:
            self._show_frame_faces(item, frame)

    def next_stretch(self, step: int = 1) -> bool:
        """Show the next unsure stretch nobody was shown (its first frame, its track selected); False
        when none is left."""
        item = self._current()
        if item is None or item.doc is None or not item.video:
            return False
        stretch = stretch_after(open_stretches(item.doc.review), self.canvas.current_frame, step)
        if stretch is None:
            return False
        item.doc.set_review(visit_stretch(item.doc.review, stretch))
        row = self.tracks.row_of(stretch.track_id)
        if row is not None:
            self.tracks.tree.blockSignals(True)
            self.tracks.tree.setCurrentItem(row)
            self.tracks.tree.blockSignals(False)
            self.tracks.set_review(item.doc.review)
        self.bar.timeline.set_selected(stretch.track_id)
        self.jump(stretch.first)
        self.message.emit(translate("MainWindow", "Unsure: track #%1, frames %2 to %3. Untick it in the list if it is no face.")
                          .replace("%1", str(stretch.track_id)).replace("%2", str(stretch.first + 1))
                          .replace("%3", str(stretch.last + 1)))
        self.canvas.setFocus()
        return True

    def _sync_slider(self, item: QueueItem, index: int) -> None:
        indices = sorted(item.frames)
        position = max(0, next((i for i, f in enumerate(indices) if f > index), len(indices)) - 1)
        slider = self.bar.slider
        slider.blockSignals(True)
        slider.setValue(position)
        slider.blockSignals(False)

    def _frame_label(self, item: QueueItem, index: int) -> None:
        info = item.video_info
        fps = float(info.fps or 0) if info is not None else 0.0
        at = f" ({seconds(index / fps)})" if fps else ""
        self.bar.label.setText(translate("MainWindow", "Frame %1 of %2").replace("%1", number(index + 1))
                               .replace("%2", number(self.frame_count(item))) + at)
        self.bar.timeline.set_current(index)

    def _redacted_still(self, rgb: np.ndarray, index: int) -> np.ndarray | None:
        """The Preview of a still frame: the export's frame redactor, once the tracks are in."""
        from anonymizer.core.video.preview import redact_still

        item = self._current()
        if item is None or item.doc is None or not item.video:
            return None
        redaction = preview_redaction(item.doc.review, self._options().redaction)
        return None if redaction is None else redact_still(rgb, index, redaction)

    def show(self, item: QueueItem) -> None:
        self.player.stop()
        indices = sorted(item.frames)
        slider = self.bar.slider
        slider.blockSignals(True)
        slider.setRange(0, max(0, len(indices) - 1))
        slider.blockSignals(False)
        estimate = item.video_info.frames_estimate if item.video_info is not None else 0
        self.canvas.last_frame = max(indices[-1], estimate - 1)
        self.canvas.set_content(item.doc, item.frames[indices[0]])
        self.scrub(slider.value())
        self.refresh(item)

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
        self.tracks.retranslate()
        item = self._current()
        if item is not None and item.video and item.frames:
            self.scrub(self.bar.slider.value())

    def scrub(self, position: int) -> None:
        item = self._current()
        if item is None or not item.video or not item.frames:
            return
        if self.player.playing:
            self.player.stop()  # the person took the scrubber: they want that frame, not the film
        if self._exact_job is not None:
            self.runner.discard(self._exact_job)
            self._exact_job = None
        indices = sorted(item.frames)
        index = indices[min(position, len(indices) - 1)]
        self.canvas.set_frame(item.frames[index], index)
        self._frame_label(item, index)
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
            red, choices = self._options().redaction, track_choices(review)
            boxes = [TrackBox(tid, Region(face_region_box(Detection(box, 1.0), red, review.width, review.height),
                                          red.shape), not choices.covers(tid, index))
                     for tid, box in sorted(review.analysis.boxes_on(index).items())]
            self.canvas.set_track_boxes(boxes)
            self.frame_shown.emit(index)
            return
        regions = regions_from_detections(item.frame_faces[index], self._options().redaction,
                                          item.doc.width, item.doc.height)
        self.canvas.set_auto_boxes(regions)
        found = len(regions)
        self.message.emit(translate("MainWindow", "%n face(s) found on this frame", None, found))
        self.frame_shown.emit(index)

    def update_range(self) -> None:
        item = self._current()
        rid = self.canvas.selected
        frames = item.doc.frames.get(rid) if item is not None and item.doc is not None and rid is not None \
            else None
        self.bar.start_button.setEnabled(frames is not None)
        self.bar.end_button.setEnabled(frames is not None)
        # Only while a drawn region is selected: otherwise they were two dead buttons and a hint (the
        # colour key says it already) taking the room a short screen (1366x768 at scale 2) does not have.
        for w in (self.bar.range_label, self.bar.start_button, self.bar.end_button):
            w.setVisible(frames is not None)
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
