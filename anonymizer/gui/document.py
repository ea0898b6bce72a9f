"""The review of one file as data (regions, strokes, frame ranges) and the undoable edits on it.

The canvas draws what the document says and turns gestures into commands; it never changes the
document directly, so every edit goes through the QUndoStack (napari: the model knows nothing of views).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from anonymizer.core.models import Box, BrushStroke, Region
from anonymizer.core.review import ReviewedRegion

_ids = itertools.count(1)


@dataclass(frozen=True)
class Snapshot:
    regions: dict[int, ReviewedRegion]
    strokes: dict[int, BrushStroke]
    frames: dict[int, tuple[int, int]]  # video only: region id -> (first_frame, last_frame)


class ReviewDocument(QObject):
    """Regions (by stable id) and brush strokes for one photo or video."""

    changed = Signal()

    def __init__(self, width: int, height: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.width = width
        self.height = height
        self.regions: dict[int, ReviewedRegion] = {}
        self.strokes: dict[int, BrushStroke] = {}
        self.frames: dict[int, tuple[int, int]] = {}
        self.undo_stack = QUndoStack(self)

    # -- reading
    def region_list(self) -> list[Region]:
        return [r.region for r in self.regions.values()]

    def stroke_list(self) -> list[BrushStroke]:
        return list(self.strokes.values())

    def snapshot(self) -> Snapshot:
        return Snapshot(dict(self.regions), dict(self.strokes), dict(self.frames))

    @property
    def touched(self) -> bool:
        """True once the user has made any edit (undone edits still count: the user looked)."""
        return self.undo_stack.count() > 0

    # -- writing (only commands call these)
    def restore(self, snap: Snapshot) -> None:
        self.regions, self.strokes, self.frames = dict(snap.regions), dict(snap.strokes), dict(snap.frames)
        self.changed.emit()

    def put_region(self, rid: int, reviewed: ReviewedRegion | None) -> None:
        if reviewed is None:
            self.regions.pop(rid, None)
            self.frames.pop(rid, None)
        else:
            self.regions[rid] = reviewed
        self.changed.emit()

    def put_stroke(self, sid: int, stroke: BrushStroke | None) -> None:
        if stroke is None:
            self.strokes.pop(sid, None)
        else:
            self.strokes[sid] = stroke
        self.changed.emit()

    def load(self, regions: list[ReviewedRegion]) -> None:
        """Initial content from the detector: not an edit, so not on the undo stack."""
        self.regions = {next(_ids): r for r in regions}
        self.changed.emit()


class SnapshotCommand(QUndoCommand):
    """Any edit, recorded as the document before and after (documents are small)."""

    def __init__(self, doc: ReviewDocument, text: str, after: Snapshot) -> None:
        super().__init__(text)
        self._doc, self._before, self._after = doc, doc.snapshot(), after

    def redo(self) -> None:
        self._doc.restore(self._after)

    def undo(self) -> None:
        self._doc.restore(self._before)


def _with(doc: ReviewDocument, regions: dict[int, ReviewedRegion] | None = None,
          strokes: dict[int, BrushStroke] | None = None,
          frames: dict[int, tuple[int, int]] | None = None) -> Snapshot:
    snap = doc.snapshot()
    return Snapshot(regions if regions is not None else snap.regions,
                    strokes if strokes is not None else snap.strokes,
                    frames if frames is not None else snap.frames)


def toggle_region(doc: ReviewDocument, rid: int) -> None:
    rv = doc.regions[rid]
    regions = dict(doc.regions)
    regions[rid] = replace(rv, region=replace(rv.region, enabled=not rv.region.enabled))
    text = QCoreApplication.translate("Edits", "Switch region on") if not rv.region.enabled else QCoreApplication.translate("Edits", "Switch region off")
    doc.undo_stack.push(SnapshotCommand(doc, text, _with(doc, regions=regions)))


def add_region(doc: ReviewDocument, region: Region, frames: tuple[int, int] | None = None) -> int:
    rid = next(_ids)
    regions = dict(doc.regions)
    regions[rid] = ReviewedRegion(region, None, True)
    new_frames = dict(doc.frames)
    if frames is not None:
        new_frames[rid] = frames
    doc.undo_stack.push(SnapshotCommand(doc, QCoreApplication.translate("Edits", "Add region"), _with(doc, regions=regions, frames=new_frames)))
    return rid


def move_region(doc: ReviewDocument, rid: int, box: Box) -> None:
    rv = doc.regions[rid]
    regions = dict(doc.regions)
    regions[rid] = replace(rv, region=replace(rv.region, box=box.clipped(doc.width, doc.height)), edited=True)
    doc.undo_stack.push(SnapshotCommand(doc, QCoreApplication.translate("Edits", "Move or resize region"), _with(doc, regions=regions)))


def delete_region(doc: ReviewDocument, rid: int) -> None:
    regions = dict(doc.regions)
    regions.pop(rid)
    frames = dict(doc.frames)
    frames.pop(rid, None)
    doc.undo_stack.push(SnapshotCommand(doc, QCoreApplication.translate("Edits", "Delete region"), _with(doc, regions=regions, frames=frames)))


def set_frames(doc: ReviewDocument, rid: int, frames: tuple[int, int]) -> None:
    new_frames = dict(doc.frames)
    new_frames[rid] = (min(frames), max(frames))
    doc.undo_stack.push(SnapshotCommand(doc, QCoreApplication.translate("Edits", "Change frame range"), _with(doc, frames=new_frames)))


def add_stroke(doc: ReviewDocument, stroke: BrushStroke) -> None:
    strokes = dict(doc.strokes)
    strokes[next(_ids)] = stroke
    doc.undo_stack.push(SnapshotCommand(doc, QCoreApplication.translate("Edits", "Brush stroke"), _with(doc, strokes=strokes)))


def replace_regions(doc: ReviewDocument, regions: list[ReviewedRegion], text: str) -> None:
    """A new set of regions (re-detection, shape change) as one undoable step; ids kept by position."""
    old_ids = list(doc.regions)
    new = {(old_ids[i] if i < len(old_ids) else next(_ids)): r for i, r in enumerate(regions)}
    frames = {k: v for k, v in doc.frames.items() if k in new}
    doc.undo_stack.push(SnapshotCommand(doc, text, _with(doc, regions=new, frames=frames)))
