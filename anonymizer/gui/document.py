"""One file's review in the window: the core's :class:`FileReview` behind a Qt signal and an undo stack.

Every decision is made by a pure function of ``core.review``; this module only records each change as an
undoable step (napari: the model knows nothing of views). The canvas draws what the document says and
turns gestures into these commands; it never changes the review itself.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from anonymizer.core import review as core
from anonymizer.core.models import Box, BrushStroke, Region
from anonymizer.core.review import FileReview, ReviewedRegion
from anonymizer.gui.text import translate


class ReviewDocument(QObject):
    """The review of one photo or video, and its undo history."""

    changed = Signal()

    def __init__(self, review: FileReview, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.review = review
        self.undo_stack = QUndoStack(self)

    # -- reading
    @property
    def width(self) -> int:
        return self.review.width

    @property
    def height(self) -> int:
        return self.review.height

    @property
    def regions(self) -> Mapping[int, ReviewedRegion]:
        return self.review.regions

    @property
    def strokes(self) -> Mapping[int, BrushStroke]:
        return self.review.strokes

    @property
    def frames(self) -> Mapping[int, tuple[int, int]]:
        return self.review.frames

    def region_list(self) -> list[Region]:
        return self.review.region_list()

    def stroke_list(self) -> list[BrushStroke]:
        return list(self.review.strokes.values())

    @property
    def touched(self) -> bool:
        """True once the user has made any edit (undone edits still count: the user looked)."""
        return self.undo_stack.count() > 0

    # -- writing
    def set_review(self, review: FileReview) -> None:
        """Not an edit (the detector's findings, a file seen): not on the undo stack."""
        self.review = review
        self.changed.emit()

    def restore_edits(self, snapshot: FileReview) -> None:
        self.set_review(core.with_edits_of(self.review, snapshot))

    def apply(self, text: str, change: Callable[[FileReview], FileReview]) -> None:
        """One undoable edit: ``change`` is a pure function of the core's review."""
        self.undo_stack.push(_EditCommand(self, text, change(self.review)))


class _EditCommand(QUndoCommand):
    """Any edit, recorded as the review before and after (reviews are small, immutable)."""

    def __init__(self, doc: ReviewDocument, text: str, after: FileReview) -> None:
        super().__init__(text)
        self._doc, self._before, self._after = doc, doc.review, after

    def redo(self) -> None:
        self._doc.restore_edits(self._after)

    def undo(self) -> None:
        self._doc.restore_edits(self._before)


def toggle_region(doc: ReviewDocument, rid: int) -> None:
    on = doc.regions[rid].region.enabled
    doc.apply(translate("Edits", "Switch region off") if on else translate("Edits", "Switch region on"), lambda r: core.toggle(r, rid))


def decide_spot(doc: ReviewDocument, rid: int, cover: bool) -> None:
    doc.apply(translate("Edits", "Cover this spot") if cover else translate("Edits", "Leave this spot visible"),
              lambda r: core.decide(r, rid, cover))


def add_region(doc: ReviewDocument, region: Region, frames: tuple[int, int] | None = None) -> int:
    rid = core.new_id()
    doc.apply(translate("Edits", "Add region"), lambda r: core.add_region(r, region, frames, rid)[0])
    return rid


def move_region(doc: ReviewDocument, rid: int, box: Box) -> None:
    doc.apply(translate("Edits", "Move or resize region"), lambda r: core.move_region(r, rid, box))


def delete_region(doc: ReviewDocument, rid: int) -> None:
    doc.apply(translate("Edits", "Delete region"), lambda r: core.delete_region(r, rid))


def set_frames(doc: ReviewDocument, rid: int, frames: tuple[int, int]) -> None:
    doc.apply(translate("Edits", "Change frame range"), lambda r: core.set_frames(r, rid, frames))


def add_stroke(doc: ReviewDocument, stroke: BrushStroke) -> None:
    doc.apply(translate("Edits", "Brush stroke"), lambda r: core.add_stroke(r, stroke))


def toggle_track(doc: ReviewDocument, track_id: int) -> None:
    """A video's face track switched off (left visible on every frame) or back on."""
    off = track_id not in doc.review.excluded_tracks
    doc.apply(translate("Edits", "Switch face track off") if off
              else translate("Edits", "Switch face track on"),
              lambda r: core.exclude_track(r, track_id, off))


def cut_track(doc: ReviewDocument, track_id: int, frames: tuple[int, int] | None) -> None:
    """Cover a track only on ``frames``, or again wherever it goes (None)."""
    doc.apply(translate("Edits", "Cut face track") if frames is not None
              else translate("Edits", "Cover whole face track"),
              lambda r: core.cut_track(r, track_id, frames))


def mark_reviewed(doc: ReviewDocument, reviewed: bool = True) -> None:
    doc.apply(translate("Edits", "Mark as reviewed") if reviewed else translate("Edits", "Mark as not reviewed"),
              lambda r: core.mark_reviewed(r, reviewed))


def replace_review(doc: ReviewDocument, review: FileReview, text: str) -> None:
    """A new set of regions (re-detection, shape change): one undoable step once the user has edited,
    else just the new state."""
    if doc.touched:
        doc.apply(text, lambda _: review)
    else:
        doc.set_review(review)
