"""A warm pool of worker processes, and the parent's side of one request.

Each worker is started with ``spawn`` (a fresh interpreter: nothing of the parent's memory, threads or
open files), limits itself (:mod:`limits`) and loads the face model once. A request goes to an idle
worker; the caller's thread waits for its messages and passes progress and partial results on. The
parent watches the clock: a worker that crashes (a signal), outlives the file's time limit, or is
stopped by its memory or CPU ceiling ends that file with :class:`UnsafeFile`; it is killed, every temp
file it announced is deleted, and a new worker takes its place. Cancel sends a message and waits
``CANCEL_GRACE`` seconds for the worker to stop by itself (its model stays loaded), then kills it.
"""

from __future__ import annotations

import atexit
import contextlib
import multiprocessing
import os
import signal
import sys
import threading
import time
import types
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, TypeVar

from anonymizer.core.cancel import NEVER_CANCELLED, CancelToken, ProgressCallback, no_progress
from anonymizer.core.errors import AnonymizerError, Cancelled, ProcessingError, UnsafeFile
from anonymizer.core.isolation import limits, wire
from anonymizer.core.isolation.access import NOTHING, Grant
from anonymizer.core.isolation.child import WorkerSettings, main
from anonymizer.core.isolation.requests import Request
from anonymizer.core.models import Progress

T = TypeVar("T")

CANCEL_GRACE = 1.0  # seconds a cancelled worker gets to stop by itself before it is killed
STARTUP_LIMIT = 120.0  # seconds a new worker may take to load the model (a loaded 2-core machine: ~3 s)
POLL = 0.05  # seconds between looks at the clock and the cancel token while waiting for a message
_MAIN_LOCK = threading.Lock()


@dataclass
class _Worker:
    process: multiprocessing.process.BaseProcess
    conn: Any
    grant: Grant = NOTHING
    applied: limits.Applied | None = None
    temps: list[Path] = field(default_factory=list)

    @property
    def pid(self) -> int | None:
        return self.process.pid

    def send(self, *message: Any) -> None:
        self.conn.send_bytes(wire.dumps(message))

    def kill(self) -> None:
        with contextlib.suppress(Exception):
            self.process.kill()
        self.process.join(5)
        with contextlib.suppress(Exception):
            self.conn.close()
        self.remove_temps()

    def remove_temps(self) -> None:
        for temp in self.temps:
            with contextlib.suppress(OSError):
                temp.unlink()
        self.temps.clear()


@contextlib.contextmanager
def _bare_main() -> Iterator[None]:
    """Spawn re-imports the parent's ``__main__`` in the child (the GUI's, with Qt; pytest's): the
    worker needs none of it, and that import would start threads before the limits (see limits.py)."""
    if getattr(sys, "frozen", False):  # a frozen app's children run through freeze_support instead
        yield
        return
    with _MAIN_LOCK:
        real = sys.modules.get("__main__")
        sys.modules["__main__"] = types.ModuleType("__main__")
        try:
            yield
        finally:
            if real is not None:
                sys.modules["__main__"] = real


class IsolatedPool:
    """Runs requests in worker processes; at most ``size`` at once (callers beyond that wait)."""

    def __init__(self, size: int = 1, settings: WorkerSettings | None = None) -> None:
        self.settings = settings or WorkerSettings(limits.Limits())
        self._size = max(1, size)
        self._context = multiprocessing.get_context("spawn")
        self._idle: list[_Worker] = []
        self._busy: set[int] = set()
        self._all: list[_Worker] = []
        self._grant = NOTHING  # what every worker started from now on may open (it only grows)
        self._cond = threading.Condition()
        self._closed = False
        atexit.register(self.close)

    # -- workers -----------------------------------------------------------------------------------
    def reserve(self, size: int) -> None:
        """Allow ``size`` workers at once and start them now, so the first files find a model loaded."""
        with self._cond:
            self._size = max(self._size, size)
            while len(self._all) < self._size:
                self._idle.append(self._spawn())

    def allow(self, grant: Grant) -> None:
        """Let workers open ``grant`` from now on (files about to come): idle workers without it are
        replaced at once, so they load the model while the caller gets ready."""
        with self._cond:
            if self._grant.covers(grant):
                return
            self._grant |= grant
            for worker in [w for w in self._idle if not w.grant.covers(self._grant)]:
                self._idle.append(self._replace_idle(worker))

    def _spawn(self) -> _Worker:
        parent_end, child_end = self._context.Pipe(duplex=True)
        settings = replace(self.settings, grant=self._grant)
        process = self._context.Process(target=main, args=(child_end, settings), daemon=True,
                                        name="anonymizer-worker")
        with _bare_main():
            process.start()
        child_end.close()
        worker = _Worker(process, parent_end, self._grant)
        self._all.append(worker)
        return worker

    def _replace_idle(self, worker: _Worker) -> _Worker:
        """A worker that cannot open what is asked now (its file access was narrowed before) makes
        way for one that can; called with the lock held."""
        self._idle.remove(worker)
        self._all.remove(worker)
        worker.kill()
        return self._spawn()

    def _acquire(self, needs: Grant) -> _Worker:
        with self._cond:
            if not self._grant.covers(needs):
                self._grant |= needs
            while True:
                if self._closed:
                    raise ProcessingError(None, "the worker pool is closed")
                for worker in [w for w in self._idle if not w.process.is_alive()]:
                    self._idle.remove(worker)  # died while idle (the OOM killer?): not this file's fault
                    self._all.remove(worker)
                fit = [w for w in self._idle if w.grant.covers(needs)]
                if fit:
                    self._idle.remove(fit[-1])
                    return fit[-1]
                if len(self._all) < self._size:
                    return self._spawn()
                if self._idle:  # all idle workers were narrowed before this folder came
                    return self._replace_idle(self._idle[-1])
                self._cond.wait()

    def _release(self, worker: _Worker, healthy: bool) -> None:
        with self._cond:
            if healthy and not self._closed:
                self._idle.append(worker)
            else:
                self._all.remove(worker)
                if not self._closed:
                    self._idle.append(self._spawn())  # the replacement starts loading now
            self._cond.notify()

    @property
    def pids(self) -> list[int]:
        with self._cond:
            return [w.pid for w in self._all if w.pid is not None]

    def close(self) -> None:
        with self._cond:
            self._closed = True
            workers, self._all, self._idle = list(self._all), [], []
            self._cond.notify_all()
        for w in workers:
            with contextlib.suppress(Exception):
                w.conn.close()  # the worker sees EOF and leaves
            w.process.join(2)
            if w.process.is_alive():
                w.kill()

    # -- one request -------------------------------------------------------------------------------
    def run(self, request: Request[T], progress: ProgressCallback = no_progress,
            cancel: CancelToken = NEVER_CANCELLED, emit: Callable[[Any], None] = lambda _: None) -> T:
        """The request's value, or its error raised; :class:`UnsafeFile` if the worker did not survive."""
        cancel.raise_if_cancelled()
        worker = self._acquire(request.needs())
        drive = _Drive(worker, request, progress, cancel, emit, self.settings.limits.base_seconds)
        try:
            return drive.run()  # type: ignore[no-any-return]
        finally:
            if not drive.finished:  # crashed, stopped, killed on cancel, or it sent what it must not
                worker.kill()
            worker.temps.clear()
            self._release(worker, drive.finished)

    def applied(self) -> limits.Applied | None:
        """What the last started worker reports it limited (after it answered once)."""
        with self._cond:
            found = [w.applied for w in self._all if w.applied is not None]
        return found[-1] if found else None


def _size_of(request: Request[Any]) -> int:
    path = request.file
    if path is None:
        rgb = getattr(request, "rgb", None)
        return int(getattr(rgb, "nbytes", 0))
    try:
        return os.stat(path).st_size  # the size only: no byte of the file is read here
    except OSError:
        return 0


class _Drive:
    """Waits for one request's messages, with its time limit and its cancel."""

    def __init__(self, worker: _Worker, request: Request[Any], progress: ProgressCallback, cancel: CancelToken,
                 emit: Callable[[Any], None], base_seconds: float) -> None:
        self.worker, self.request, self.progress, self.cancel, self.emit = worker, request, progress, cancel, emit
        self.base = base_seconds
        self.size = _size_of(request)
        self.frames = 0
        self.cancel_sent: float | None = None
        self.started = time.monotonic()
        self.finished = False  # the worker answered this request and can take the next one

    def run(self) -> Any:
        w = self.worker
        w.send("run", self.request, limits.cpu_budget(self.size, self.base))
        if w.applied is None:
            self._wait_ready()
        self.started = time.monotonic()
        while True:
            message = self._next()
            tag = message[0]
            if tag == "done":
                self.finished = message[2] is False
                return message[1]
            if tag == "failed":
                self.finished = message[2] is False
                error = message[1]
                raise error if isinstance(error, AnonymizerError) else ProcessingError(self.request.file, "worker")
            self._note(message)

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + STARTUP_LIMIT
        while self.worker.applied is None:
            if not self.worker.conn.poll(POLL):
                self._check_alive()
                self._check_cancel()
                if time.monotonic() > deadline:
                    raise ProcessingError(self.request.file, "a worker process did not start")
                continue
            self._note(self._read())

    def _note(self, message: tuple[Any, ...]) -> None:
        tag = message[0]
        if tag == "ready" and isinstance(message[1], limits.Applied):
            self.worker.applied = message[1]
        elif tag == "temp" and isinstance(message[1], Path):
            self.worker.temps.append(message[1])
        elif tag == "progress" and isinstance(message[1], Progress):
            p = message[1]
            if p.total:
                self.frames = max(self.frames, int(p.total))
            self.progress(p)
        elif tag == "emit":
            self.emit(message[1])

    def _next(self) -> tuple[Any, ...]:
        while not self.worker.conn.poll(POLL):
            self._check_alive()
            self._check_cancel()
            if time.monotonic() - self.started > limits.time_budget(self.size, self.frames, self.base):
                raise UnsafeFile(self.request.file, "time limit", reason="time")
        return self._read()

    def _read(self) -> tuple[Any, ...]:
        try:
            data = self.worker.conn.recv_bytes()
        except (EOFError, OSError):
            self.worker.process.join(5)
            raise self._death() from None
        try:
            message = wire.loads(data)
        except MemoryError:
            raise UnsafeFile(self.request.file, "result too large", reason="memory") from None
        except Exception as e:  # noqa: BLE001 - a worker that sends what no worker sends is not trusted
            raise UnsafeFile(self.request.file, f"refused message: {e}", reason="crashed") from None
        if not isinstance(message, tuple) or not message or not isinstance(message[0], str):
            raise UnsafeFile(self.request.file, "refused message", reason="crashed")
        return message

    def _check_alive(self) -> None:
        if not self.worker.process.is_alive():
            raise self._death()

    def _check_cancel(self) -> None:
        if not self.cancel.cancelled:
            return
        now = time.monotonic()
        if self.cancel_sent is None:
            self.cancel_sent = now
            with contextlib.suppress(OSError):
                self.worker.send("cancel")
        elif now - self.cancel_sent > CANCEL_GRACE:
            raise Cancelled(self.request.file)

    def _death(self) -> UnsafeFile:
        code = self.worker.process.exitcode
        path = self.request.file
        if code == -signal.SIGXCPU:
            return UnsafeFile(path, "CPU limit", reason="time")
        if code == -signal.SIGKILL:  # not ours: the kernel's out-of-memory killer sends it
            return UnsafeFile(path, "killed (out of memory?)", reason="memory")
        return UnsafeFile(path, f"worker ended ({_exit_text(code)})", reason="crashed")


def _exit_text(code: int | None) -> str:
    if code is not None and code < 0:
        with contextlib.suppress(ValueError):
            return signal.Signals(-code).name
    return f"exit code {code}"
