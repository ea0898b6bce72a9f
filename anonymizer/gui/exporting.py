"""Exporting: one background job over the core's batch runner, its progress, results and summary.

Mixed into the main window. The job is :func:`anonymizer.gui.jobs.export`; this side only turns its
throttled progress and per-file results into the progress bar, the queue states and the summary.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from anonymizer import messages
from anonymizer.core.models import FileResult, Progress, Status
from anonymizer.core.review import eta_seconds
from anonymizer.gui import dialogs, jobs
from anonymizer.gui.queue import QueueItem, State
from anonymizer.gui.text import tr


class ExportPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.export_current, self.export_all = QPushButton(), QPushButton()
        self.export_all.setDefault(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.cancel, self.show_folder = QPushButton(), QPushButton()
        buttons, running = QHBoxLayout(), QHBoxLayout()
        buttons.addWidget(self.export_current)
        buttons.addWidget(self.export_all)
        running.addWidget(self.progress, 1)
        running.addWidget(self.cancel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addLayout(running)
        layout.addWidget(self.status)
        layout.addWidget(self.show_folder)
        self.set_running(False)
        self.show_folder.hide()
        self.retranslate()

    def set_running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.cancel.setVisible(running)
        self.cancel.setEnabled(running)
        self.export_current.setEnabled(not running)
        self.export_all.setEnabled(not running)

    def retranslate(self) -> None:
        self.export_current.setText(tr("Export this file"))
        self.export_all.setText(tr("Export all"))
        self.cancel.setText(tr("Cancel"))
        self.show_folder.setText(tr("Show in folder"))



class Exporting:
    """The export half of the main window (a mixin: it uses the window's widgets and runners)."""

    def choose_output_dir(self) -> bool:
        chosen = dialogs.choose(self, folder=True, title=tr("Where should the cleaned copies go?"))
        if chosen:
            self.set_output_dir(chosen[0])
        return bool(chosen)

    def set_output_dir(self, folder: Path) -> None:
        self.out_dir = folder
        self.controls.set_output_text(str(folder))

    def _edits_for(self, item: QueueItem) -> object:
        from anonymizer.core.pipeline import Edits

        doc = item.doc
        if doc is None:
            return None  # not looked at yet: the pipeline detects with the thorough preset itself
        if item.video:
            from anonymizer.core.video import ManualVideoRegion

            manual = tuple(ManualVideoRegion(r.region.box, r.region.shape, *doc.frames.get(rid, (0, 2**31 - 1)))
                           for rid, r in doc.regions.items() if r.region.enabled)
            return Edits(video_regions=manual)
        if not item.final and not doc.touched:
            return None
        if not item.final:
            # Edited before the thorough pass ended: the export job runs that pass and merges it first.
            return jobs.PendingEdits(list(doc.regions.values()), tuple(doc.stroke_list()))
        return Edits(regions=tuple(doc.region_list()), strokes=tuple(doc.stroke_list()))

    def export_current(self) -> None:
        item = self.queue.current()
        if item is not None:
            self.export_items([item])

    def export_all(self) -> None:
        self.export_items(list(self.queue.items))

    def export_items(self, items: list[QueueItem]) -> None:
        if self._export_job is not None or not items:
            return
        if self.out_dir is None and not self.choose_output_dir():
            return
        assert self.out_dir is not None
        originals = {i.path.parent.resolve() for i in items}
        if self.out_dir.resolve() in originals:
            answer = QMessageBox.warning(
                self, tr("Same folder as the originals"),
                tr("The cleaned copies would be written next to the originals, where they are easy to "
                   "mix up. Continue anyway?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        from anonymizer.core.batch import BatchItem

        batch = [BatchItem(i.path, self._edits_for(i)) for i in items]  # type: ignore[arg-type]
        for i in items:
            i.state = State.EXPORTING
            self.queue.refresh(i)
        self._export_state = {"items": {i.path: i for i in items}, "done": 0, "n": len(items),
                              "fraction": {}, "start": time.monotonic()}
        out_dir, options = self.out_dir, self.options()
        self.export_panel.set_running(True)
        self.export_panel.show_folder.hide()
        self.export_panel.progress.setValue(0)
        self.export_panel.status.setText(tr("Starting…"))
        self._export_job = self.exports.start(
            lambda ctx: jobs.export(batch, out_dir, options, ctx), name="export",
            on_progress=self._export_progress, on_result=self._exported_one,
            on_success=self._export_done, on_failure=self._export_failed,
            on_cancelled=lambda: self._export_done([]))

    def _export_progress(self, p: Progress) -> None:
        st = self._export_state
        if p.path is not None and p.total:
            st["fraction"][p.path] = min(1.0, p.done / p.total)
        fraction = sum(st["fraction"].values()) / max(1, st["n"])
        self.export_panel.progress.setValue(int(fraction * 1000))
        eta = eta_seconds(time.monotonic() - st["start"], fraction)
        name = p.path.name if p.path is not None else ""
        text = tr("Exporting %1 (%2 of %3)").replace("%1", name).replace("%2", str(st["done"] + 1)) \
            .replace("%3", str(st["n"]))
        if eta is not None:
            text += " — " + tr("about %1 left").replace("%1", _duration(eta))
        self.export_panel.status.setText(text)

    def _exported_one(self, exported: jobs.Exported) -> None:
        r = exported.result
        st = self._export_state
        st["done"] += 1
        st["fraction"][r.input] = 1.0
        item = st["items"].get(r.input)
        if item is None:
            return
        if r.status is Status.OK:
            item.state, item.output, item.leftovers = State.EXPORTED, r.output, exported.leftovers
        elif r.status is Status.CANCELLED:
            item.state = State.READY if item.doc is not None else State.PENDING
        else:
            item.state, item.error = State.ERROR, messages.describe(r.error) if r.error else tr("failed")
        self.queue.refresh(item)
        if item is self.queue.current():
            self.metadata.show_items(item.metadata, item.warnings, item.leftovers)
            self._update_caption()

    def _export_done(self, results: list[FileResult]) -> None:
        self._export_job = None
        self._last_results = results
        for item in self._export_state.get("items", {}).values():
            if item.state is State.EXPORTING:  # cancelled before it started
                item.state = State.READY if item.doc is not None else State.PENDING
                self.queue.refresh(item)
        ok = sum(1 for r in results if r.status is Status.OK)
        failed = sum(1 for r in results if r.status is Status.ERROR)
        cancelled = not results or any(r.status is Status.CANCELLED for r in results)
        self.export_panel.set_running(False)
        self.export_panel.progress.setValue(1000 if not cancelled else 0)
        self._summary = (ok, failed, cancelled)
        self._show_summary()
        self.export_panel.show_folder.setVisible(ok > 0)
        self.export_finished.emit(results)

    def _show_summary(self) -> None:
        if self._summary is None or self._export_job is not None:
            return
        ok, failed, cancelled = self._summary
        parts = [tr("%n cleaned copy(ies) written.", None, ok)]
        if failed:
            parts.append(tr("%n file(s) could not be cleaned (see the list).", None, failed))
        if cancelled:
            parts.append(tr("Cancelled: nothing was left half-written."))
        self.export_panel.status.setText(" ".join(parts))

    def _export_failed(self, error: BaseException) -> None:
        self._export_done([])
        self.export_panel.status.setText(jobs.human_error(error))

    def cancel_export(self) -> None:
        if self._export_job is not None:
            self._export_job.cancel()  # type: ignore[attr-defined]
            self.export_panel.cancel.setEnabled(False)
            self.export_panel.status.setText(tr("Cancelling…"))

    def show_output_folder(self) -> None:
        if self.out_dir is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.out_dir)))

def _duration(seconds: float) -> str:
    seconds = int(round(seconds))
    if seconds < 60:
        return tr("%n second(s)", None, seconds)
    return tr("%n minute(s)", None, (seconds + 59) // 60)

