"""Exporting: the guard against exporting what nobody reviewed, one background job over the core's batch
runner, its progress, results and summary.

The job is :func:`anonymizer.gui.jobs.export`; this side only turns its throttled progress and per-file
results into the progress bar, the queue states and the summary.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from anonymizer import messages
from anonymizer.core.models import CleanOptions, FileResult, Progress, Status
from anonymizer.core.review import eta_seconds
from anonymizer.gui import dialogs, jobs
from anonymizer.gui.layouts import FittingRow
from anonymizer.gui.queue import QueueItem, State
from anonymizer.gui.text import duration, number, translate
from anonymizer.gui.worker import Job, JobRunner


class ExportPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.export_current, self.export_all = QPushButton(), QPushButton()
        self.export_all.setDefault(True)
        self._files, self._running = False, False
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.status = QLabel()
        self.status.setWordWrap(True)
        # Room for two lines from the start, so a summary never pushes the buttons up.
        self.status.setMinimumHeight(2 * self.status.fontMetrics().lineSpacing() + 4)
        self.cancel, self.show_folder, self.show_names = QPushButton(), QPushButton(), QPushButton()
        running = QHBoxLayout()
        # Side by side where both labels fit whole, else one above the other (a narrow panel, a long
        # translation, scale factor 2): a cut-off "Export" button is no button.
        self._buttons = buttons = FittingRow()
        buttons.addWidget(self.export_current)
        buttons.addWidget(self.export_all)
        running.addWidget(self.progress, 1)
        running.addWidget(self.cancel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addLayout(running)
        layout.addWidget(self.status)
        after = FittingRow()
        after.addWidget(self.show_folder)
        after.addWidget(self.show_names)
        layout.addLayout(after)
        # Hidden widgets keep their room: the export buttons must not jump when an export starts or ends.
        for w in (self.progress, self.cancel, self.show_folder, self.show_names):
            policy = w.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            w.setSizePolicy(policy)
        self.set_running(False)
        self.show_folder.hide()
        self.show_names.hide()
        self.retranslate()

    def set_running(self, running: bool) -> None:
        self._running = running
        self.progress.setVisible(running)
        self.cancel.setVisible(running)
        self.cancel.setEnabled(running)
        self._enable()

    def set_available(self, files: bool) -> None:
        """Export needs files in the list: with none, the buttons are off rather than doing nothing."""
        self._files = files
        self._enable()

    def _enable(self) -> None:
        on = self._files and not self._running
        self.export_current.setEnabled(on)
        self.export_all.setEnabled(on)

    def retranslate(self) -> None:
        self.export_current.setText(translate("MainWindow", "Export this file"))
        self.export_all.setText(translate("MainWindow", "Export all"))
        self.cancel.setText(translate("MainWindow", "Cancel"))
        self.show_folder.setText(translate("MainWindow", "Show in folder"))
        self.show_names.setText(translate("MainWindow", "Which copy is which?"))



class NamesDialog(QDialog):
    """Original names beside the names of their cleaned copies (never saved)."""

    def __init__(self, parent: QWidget, mapping: list[tuple[str, str]]) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("MainWindow", "Which copy is which?"))
        self.table = QTableWidget(len(mapping), 2)
        self.table.setHorizontalHeaderLabels([translate("MainWindow", "Original"), translate("MainWindow", "Cleaned copy")])
        for row, (original, copy) in enumerate(mapping):
            self.table.setItem(row, 0, QTableWidgetItem(original))
            self.table.setItem(row, 1, QTableWidgetItem(copy))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        note = QLabel(translate("MainWindow", "This list is shown here only and is never saved: the names of the originals can "
                                              "carry the date and time they were taken."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(560, 360)


@dataclass
class _ExportRun:
    """The state of one export run, for its progress line."""

    items: dict[Path, QueueItem]
    start: float = field(default_factory=time.monotonic)
    done: int = 0
    fraction: dict[Path, float] = field(default_factory=dict)


@dataclass(frozen=True)
class GuardCount:
    """What the export guard tells the user: how many files nobody reviewed, and their open spots."""

    unreviewed: list[QueueItem]
    total: int
    spots: int


def guard_count(items: list[QueueItem]) -> GuardCount:
    """Files about to be exported that no person has reviewed (a file that failed is not counted: it
    will not be written)."""
    open_items = [i for i in items if i.state is not State.ERROR]
    unreviewed = [i for i in open_items if not i.reviewed]
    return GuardCount(unreviewed, len(open_items), sum(i.undecided for i in unreviewed))


class ExportController(QObject):
    """Exports files: the guard against exporting what nobody reviewed, one background job over the
    core's batch runner, its progress, results and summary. It gets its widgets and talks through
    signals; it knows nothing else of the window."""

    finished = Signal(object)  # list[FileResult]
    item_changed = Signal(object)  # QueueItem whose state changed
    review_requested = Signal(object)  # QueueItem: the user chose to review it before exporting
    out_dir_changed = Signal(str)

    def __init__(self, parent: QWidget, panel: ExportPanel, runner: JobRunner,
                 options: Callable[[], CleanOptions]) -> None:
        super().__init__(parent)
        self._parent, self.panel, self.runner, self._options = parent, panel, runner, options
        self.out_dir: Path | None = None  # deliberately never stored
        self.job: Job | None = None
        self.guard: QMessageBox | None = None  # the open "not reviewed" question, if any
        self.folder_failed: QMessageBox | None = None  # the last "no file manager" note
        self.mapping: list[tuple[str, str]] = []  # (original name, cleaned copy's name), in memory only
        self._run: _ExportRun | None = None
        self._summary: tuple[int, int, bool] | None = None
        panel.cancel.clicked.connect(self.cancel)
        panel.show_folder.clicked.connect(self.show_folder)
        panel.show_names.clicked.connect(self.show_names)
        self.names_dialog: NamesDialog | None = None

    @property
    def running(self) -> bool:
        return self.job is not None

    def choose_output_dir(self) -> bool:
        chosen = dialogs.choose(self._parent, folder=True, title=translate("MainWindow", "Where should the cleaned copies go?"))
        if chosen:
            self.set_output_dir(chosen[0])
        return bool(chosen)

    def set_output_dir(self, folder: Path) -> None:
        self.out_dir = folder
        self.out_dir_changed.emit(str(folder))

    # -- asking first
    def export(self, items: list[QueueItem]) -> None:
        """Export ``items``; asks first when any of them has not been reviewed by a person."""
        if self.job is not None or not items or self.guard is not None:
            return
        count = guard_count(items)
        if not count.unreviewed:
            self._export_checked(items)
            return
        def answered(anyway: bool) -> None:
            self.guard = None
            if anyway:
                self._export_checked(items)
            else:
                self.review_requested.emit(count.unreviewed[0])
        self.guard = dialogs.ask(self._parent, QMessageBox.Icon.Warning, translate("MainWindow", "Not reviewed"), _guard_text(count),
                                 safe=translate("MainWindow", "Review them"), risky=translate("MainWindow", "Export anyway"), on_answer=answered)

    def _export_checked(self, items: list[QueueItem]) -> None:
        if self.out_dir is None and not self.choose_output_dir():
            return
        assert self.out_dir is not None
        if self.out_dir.resolve() in {i.path.parent.resolve() for i in items} and not self._same_folder_ok():
            return
        self._start(items, self.out_dir)

    def _same_folder_ok(self) -> bool:
        answer = QMessageBox.warning(
            self._parent, translate("MainWindow", "Same folder as the originals"),
            translate("MainWindow", "The cleaned copies would be written next to the originals, where they are easy to "
                                    "mix up. Continue anyway?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    # -- running
    def _start(self, items: list[QueueItem], out_dir: Path) -> None:
        from anonymizer.core.batch import BatchItem

        # The person's review of each file, as the core's model; a file never looked at has none and is
        # reviewed by the pipeline itself with nobody in the loop, as the CLI does.
        batch = [BatchItem(i.path, review=i.doc.review if i.doc is not None else None) for i in items]
        for i in items:
            i.state = State.EXPORTING
            self.item_changed.emit(i)
        self._run = _ExportRun({i.path: i for i in items})
        self.mapping = []
        options = self._options()
        self.panel.set_running(True)
        self.panel.show_folder.hide()
        self.panel.progress.setValue(0)
        self.panel.status.setText(translate("MainWindow", "Starting…"))
        self.job = self.runner.start(
            lambda ctx: jobs.export(batch, out_dir, options, ctx), name="export",
            on_progress=self._progress, on_result=self._exported_one,
            on_success=self._done, on_failure=self._failed, on_cancelled=lambda: self._done([]))

    def _progress(self, p: Progress) -> None:
        run = self._run
        if run is None:
            return
        if p.path is not None and p.total:
            run.fraction[p.path] = min(1.0, p.done / p.total)
        fraction = sum(run.fraction.values()) / max(1, len(run.items))
        self.panel.progress.setValue(int(fraction * 1000))
        eta = eta_seconds(time.monotonic() - run.start, fraction)
        name = p.path.name if p.path is not None else ""
        text = translate("MainWindow", "Exporting %1 (%2 of %3)").replace("%1", name).replace("%2", number(run.done + 1)) \
            .replace("%3", number(len(run.items)))
        if eta is not None:
            text += " — " + translate("MainWindow", "about %1 left").replace("%1", duration(eta))
        self.panel.status.setText(text)

    def _exported_one(self, exported: jobs.Exported) -> None:
        r, run = exported.result, self._run
        if run is None:
            return
        run.done += 1
        run.fraction[r.input] = 1.0
        item = run.items.get(r.input)
        if item is None:
            return
        if r.status is Status.OK:
            item.state, item.output, item.leftovers = State.EXPORTED, r.output, exported.leftovers
            if r.output is not None:
                self.mapping.append((r.input.name, r.output.name))
        elif r.status is Status.CANCELLED:
            item.state = State.READY if item.doc is not None else State.PENDING
        else:
            item.state, item.error = State.ERROR, messages.describe(r.error) if r.error else translate("MainWindow", "failed")
        self.item_changed.emit(item)

    def _done(self, results: list[FileResult]) -> None:
        self.job = None
        for item in (self._run.items.values() if self._run is not None else ()):
            if item.state is State.EXPORTING:  # cancelled before it started
                item.state = State.READY if item.doc is not None else State.PENDING
                self.item_changed.emit(item)
        self._run = None
        ok = sum(1 for r in results if r.status is Status.OK)
        failed = sum(1 for r in results if r.status is Status.ERROR)
        cancelled = not results or any(r.status is Status.CANCELLED for r in results)
        self.panel.set_running(False)
        self.panel.progress.setValue(1000 if not cancelled else 0)
        self._summary = (ok, failed, cancelled)
        self.retranslate()
        self.panel.show_folder.setVisible(ok > 0)
        self.panel.show_names.setVisible(bool(self.mapping))
        self.finished.emit(results)

    def show_names(self) -> None:
        """Which cleaned copy came from which original: random names are safe but leave the user unable to
        tell; the list lives in this window only and is never written anywhere."""
        dialog = NamesDialog(self._parent, self.mapping)
        self.names_dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def retranslate(self) -> None:
        """The summary of the last export, in the current language."""
        if self._summary is None or self.job is not None:
            return
        ok, failed, cancelled = self._summary
        parts = [translate("MainWindow", "%n cleaned copy(ies) written.", None, ok)]
        if failed:
            parts.append(translate("MainWindow", "%n file(s) could not be cleaned (see the list).", None, failed))
        if cancelled:
            parts.append(translate("MainWindow", "Cancelled: nothing was left half-written."))
        self.panel.status.setText(" ".join(parts))

    def _failed(self, error: BaseException) -> None:
        self._done([])
        self.panel.status.setText(jobs.human_error(error))

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.panel.cancel.setEnabled(False)
            self.panel.status.setText(translate("MainWindow", "Cancelling…"))

    def show_folder(self) -> None:
        if self.out_dir is None:
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.out_dir))):
            # No file manager answered (a bare desktop, a locked-down machine): say where the copies are
            # instead of failing in silence.
            self.folder_failed = box = QMessageBox(
                QMessageBox.Icon.Information, translate("MainWindow", "Show in folder"),
                translate("MainWindow", "No file manager could be opened. The cleaned copies are in this folder:") + "\n\n"
                + str(self.out_dir), QMessageBox.StandardButton.Ok, self._parent)
            box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            box.finished.connect(box.deleteLater)
            box.open()


def _guard_text(count: GuardCount) -> str:
    unreviewed, undecided = len(count.unreviewed), count.spots
    files = translate("MainWindow", "%n of %1 file(s) have not been reviewed", None, unreviewed).replace(
        "%1", number(count.total))
    spots = translate("MainWindow", "%n unsure spot(s) not decided", None, undecided)
    return (f"{files} ({spots}).\n\n"
            + translate("MainWindow", "Faces the detector was unsure of stay visible unless you cover them. Review them now, "
                                      "or export anyway?"))
