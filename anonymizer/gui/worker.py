"""The one background adapter between the core and Qt (Anki's ``QueryOp``, napari's worker).

A job is a plain function ``fn(ctx) -> value`` that runs on a pool thread. It reports through
``ctx.progress`` (a core ``ProgressCallback``; re-emitted as a Qt signal at most ten times a second)
and ``ctx.result`` (per-file results, always delivered), and checks ``ctx.cancel`` (the core's
``CancelToken``). The adapter re-emits everything as Qt signals, which arrive on the GUI thread. A
cancelled job ends silently: ``Cancelled`` is not an error.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRunnable, QThreadPool, Signal

from anonymizer.core.cancel import CancelToken
from anonymizer.core.errors import Cancelled
from anonymizer.core.models import Progress

log = logging.getLogger(__name__)

MIN_INTERVAL = 0.1  # seconds between progress signals: about ten a second


class JobContext:
    """What a job function gets: a cancel token and two thread-safe ways to report."""

    def __init__(self, signals: JobSignals, cancel: CancelToken) -> None:
        self.cancel = cancel
        self._signals = signals
        self._lock = threading.Lock()
        self._last = 0.0

    def progress(self, p: Progress) -> None:
        now = time.monotonic()
        with self._lock:
            final = p.total is not None and p.done >= p.total
            if not final and now - self._last < MIN_INTERVAL:
                return
            self._last = now
        self._signals.progress.emit(p)

    def result(self, value: object) -> None:
        self._signals.result.emit(value)


class JobSignals(QObject):
    progress = Signal(object)
    result = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    ended = Signal()  # after any of the three above


class Job(QRunnable):
    def __init__(self, fn: Callable[[JobContext], Any], name: str) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.name = name
        self.signals = JobSignals()
        self.cancel_token = CancelToken()
        self.context = JobContext(self.signals, self.cancel_token)
        self._fn = fn
        self.done = threading.Event()

    def cancel(self) -> None:
        self.cancel_token.cancel()

    def run(self) -> None:
        try:
            value = self._fn(self.context)
        except Cancelled:
            self.signals.cancelled.emit()
        except Exception as e:  # noqa: BLE001 - shown to the user as a failed job, never a crash
            log.debug("job %s failed", self.name, exc_info=True)
            self.signals.failed.emit(e)
        else:
            if self.cancel_token.cancelled:
                self.signals.cancelled.emit()
            else:
                self.signals.succeeded.emit(value)
        finally:
            self.done.set()
            self.signals.ended.emit()


class JobRunner(QObject):
    """Starts jobs on a private pool, keeps them alive until they end, cancels and joins on shutdown."""

    job_started = Signal(str)
    job_ended = Signal(str)

    def __init__(self, parent: QObject | None = None, threads: int = 3) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        self._jobs: set[Job] = set()

    def start(
        self,
        fn: Callable[[JobContext], Any],
        *,
        name: str = "job",
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[Progress], None] | None = None,
        on_result: Callable[[Any], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        priority: int = 0,
    ) -> Job:
        job = Job(fn, name)
        s = job.signals
        for signal, slot in ((s.succeeded, on_success), (s.failed, on_failure), (s.progress, on_progress),
                             (s.result, on_result), (s.cancelled, on_cancelled)):
            if slot is not None:
                signal.connect(slot)
        s.ended.connect(lambda: self._forget(job))
        self._jobs.add(job)
        self.job_started.emit(name)
        self._pool.start(job, priority)
        return job

    def discard(self, job: Job) -> None:
        """Drop a job that has not started yet, or ask a running one to stop."""
        if self._pool.tryTake(job):
            self._forget(job)
        else:
            job.cancel()

    def promote(self, job: Job, priority: int = 10) -> None:
        """Run a job that is still waiting before the others (the file the user is looking at)."""
        if self._pool.tryTake(job):
            self._pool.start(job, priority)

    def _forget(self, job: Job) -> None:
        self._jobs.discard(job)
        self.job_ended.emit(job.name)

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def running(self, name: str) -> list[Job]:
        return [j for j in self._jobs if j.name == name and not j.done.is_set()]

    def shutdown(self, timeout_ms: int = 30000) -> bool:
        """Cancel everything and wait for the threads to finish (window close, tests)."""
        for job in list(self._jobs):
            job.cancel()
        done = self._pool.waitForDone(timeout_ms)
        # Deliver what the jobs emitted before they ended, while the receivers are still alive.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.MetaCall)
        return done
