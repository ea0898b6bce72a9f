"""The worker process: limit itself, load the face model once, then run requests until its parent goes.

Imports nothing heavy before :func:`limits.apply` has run (see there why). Messages are
``(tag, ...)`` tuples through :mod:`wire`. From the parent: ``("run", request, cpu_seconds)`` and
``("cancel",)``. To it: ``("ready", Applied)`` once, then for each request any number of
``("progress", Progress)``, ``("emit", value)`` and ``("temp", path)``, and one ``("done", value,
retire)`` or ``("failed", error, retire)`` (``retire``: replace this worker, it hit its memory ceiling). A parent that goes away (closes its end, or dies) ends the worker.
"""

from __future__ import annotations

import os
import queue
import signal
import threading
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

from anonymizer.core.isolation import limits
from anonymizer.core.isolation.access import NOTHING, Grant

# Names a ``module:function`` the worker calls after limiting itself and before its first request.
# Test-only: the test suites install fake detectors and fault hooks through it (a spawned worker does
# not see what a test patched in its parent). The app never sets it; an input file cannot reach it.
TEST_HOOK_ENV = "ANONYMIZER_TEST_WORKER_HOOK"


@dataclass(frozen=True)
class WorkerSettings:
    limits: limits.Limits
    preload: bool = True  # load the face model before the first request (warm pool)
    hook: str | None = None  # as TEST_HOOK_ENV, given by a test that starts its own pool
    grant: Grant = NOTHING  # the folders this worker may open (set by the pool for each worker it starts)


class _Channel:
    """The worker's end: one lock for sends (progress may come from a decoder's thread)."""

    def __init__(self, conn: Connection) -> None:
        from anonymizer.core.isolation import wire

        self._conn, self._wire, self._lock = conn, wire, threading.Lock()

    def send(self, *message: Any) -> None:
        data = self._wire.dumps(message)
        with self._lock:
            self._conn.send_bytes(data)

    def recv(self) -> Any:
        return self._wire.loads_from_parent(self._conn.recv_bytes())  # from the parent: trusted


def main(conn: Connection, settings: WorkerSettings) -> None:
    try:
        _main(conn, settings)
    except (EOFError, OSError):  # the parent closed its end (it quit, or gave this worker up): leave quietly
        os._exit(0)


def _main(conn: Connection, settings: WorkerSettings) -> None:
    # Ctrl-C in a terminal reaches the whole process group: the parent turns it into a cancel message,
    # which ends the file cleanly (temp file removed); the worker itself must not die of it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    applied = limits.apply(settings.limits, settings.grant)  # before any import that starts a thread
    _quiet()
    _run_hook(settings.hook or os.environ.get(TEST_HOOK_ENV))
    channel = _Channel(conn)
    from anonymizer.core import output

    output.set_temp_listener(lambda path: channel.send("temp", path))
    if settings.preload:
        _preload()
    channel.send("ready", applied)
    jobs: queue.Queue[tuple[Any, float, Any]] = queue.Queue()
    threading.Thread(target=_listen, args=(channel, jobs), name="anonymizer-worker-listen", daemon=True).start()
    while True:
        request, cpu_seconds, token = jobs.get()
        _serve(channel, request, cpu_seconds, token)


def _quiet() -> None:
    """What libraries warn about hostile files ("Corrupt EXIF data ...") is noise beside the one-line
    error the parent prints, and may name a file: silent here, as in the CLI without --verbose. The
    core's own DecompressionBombWarning check puts its "error" filter in front, so still fires."""
    import logging
    import warnings

    warnings.simplefilter("ignore")
    logging.getLogger().setLevel(logging.CRITICAL)


def _run_hook(spec: str | None) -> None:
    if not spec:
        return
    import importlib

    module, _, function = spec.partition(":")
    getattr(importlib.import_module(module), function)()


def _preload() -> None:
    """Load the model once for every file this worker will see; a model that fails to load is
    reported by the first request that needs it, in its own words."""
    try:
        from anonymizer.core.detection import get_detector
        from anonymizer.core.models import DetectionOptions

        get_detector(DetectionOptions())
    except Exception:  # noqa: BLE001, S110 - see the docstring
        pass


def _listen(channel: _Channel, jobs: queue.Queue[tuple[Any, float, Any]]) -> None:
    from anonymizer.core.cancel import CancelToken

    current: CancelToken | None = None
    while True:
        try:
            message = channel.recv()
        except (EOFError, OSError):
            os._exit(0)  # the parent is gone: nobody wants the result, and no temp file survives it
        if message[0] == "run":
            current = CancelToken()
            jobs.put((message[1], message[2], current))
        elif message[0] == "cancel" and current is not None:
            current.cancel()


def _serve(channel: _Channel, request: Any, cpu_seconds: float, token: Any) -> None:
    from anonymizer.core.errors import AnonymizerError, Cancelled, ProcessingError, UnsafeFile, as_file_error
    from anonymizer.core.isolation.requests import WorkContext

    limits.allow_cpu(cpu_seconds)
    ctx = WorkContext(token, lambda p: channel.send("progress", p), lambda v: channel.send("emit", v))
    try:
        value = request.run(ctx)
    except Cancelled as e:
        channel.send("failed", e, False)
        return
    except Exception as e:  # noqa: BLE001 - the parent words it for the file
        path = request.file
        error: AnonymizerError = as_file_error(e, path) if path is not None else \
            (e if isinstance(e, AnonymizerError) else ProcessingError(None, f"internal error: {type(e).__name__}"))
        channel.send("failed", error, isinstance(error, UnsafeFile))
        return
    # A file that hit the memory ceiling may have left a library half-way through a failed allocation:
    # this worker retires after answering, and a fresh one takes the next file.
    channel.send("done", value, isinstance(getattr(value, "error", None), UnsafeFile))
