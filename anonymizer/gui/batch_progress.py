"""One progress line for looking at many files: "12 of 50", the time left, and a way to stop."""

from __future__ import annotations

import time

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from anonymizer.core.review import eta_seconds
from anonymizer.gui.text import duration, number, translate


class LookProgress(QWidget):
    """Counts the files being looked at since the list last had none waiting; hides itself when done."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(160)
        self.bar.setTextVisible(False)
        self.stop = QPushButton()
        self.stop.clicked.connect(self.cancel_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.stop)
        self.total = self.done = 0
        self._start = 0.0
        self.hide()
        self.retranslate()

    def started(self, files: int = 1) -> None:
        if self.done >= self.total:  # a new batch
            self.total = self.done = 0
            self._start = time.monotonic()
        self.total += files
        self._update()

    def finished(self, files: int = 1) -> None:
        self.done = min(self.total, self.done + files)
        self._update()

    def cancelled(self) -> None:
        self.total = self.done = 0
        self._update()

    def retranslate(self) -> None:
        self.stop.setText(translate("MainWindow", "Stop looking"))
        self.stop.setToolTip(translate("MainWindow", "Files not looked at yet are still cleaned at export: the detector runs "
                                                     "then, with nobody reviewing them"))
        self._update()

    def _update(self) -> None:
        running = self.total > 1 and self.done < self.total  # one file needs no batch line
        self.setVisible(running)
        if not running:
            return
        self.bar.setRange(0, self.total)
        self.bar.setValue(self.done)
        text = translate("MainWindow", "Looking at files: %1 of %2").replace("%1", number(self.done + 1)).replace("%2", number(self.total))
        # The pace of the files done so far, applied to every file not done yet.
        eta = eta_seconds(time.monotonic() - self._start, self.done / self.total)
        if eta is not None:
            text += " — " + translate("MainWindow", "about %1 left").replace("%1", duration(eta))
        self.label.setText(text)
