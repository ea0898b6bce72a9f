"""Who runs a request: the isolated pool (the default, for every user) or this process (tests only).

Tests that replace a core function in their own process (a fake detector, an encoder that fails)
say so with :func:`use_in_process`; a spawned worker would not see their patch. Everything else, the
CLI and the window included, gets :class:`IsolatedPool` from :func:`current`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, Protocol, TypeVar

from anonymizer.core.cancel import NEVER_CANCELLED, CancelToken, ProgressCallback, no_progress
from anonymizer.core.isolation.access import Grant
from anonymizer.core.isolation.requests import Request, WorkContext

T = TypeVar("T")


class Executor(Protocol):
    def run(self, request: Request[T], progress: ProgressCallback = no_progress,
            cancel: CancelToken = NEVER_CANCELLED, emit: Callable[[Any], None] = lambda _: None) -> T: ...

    def reserve(self, size: int) -> None:
        """Be ready to run ``size`` requests at once."""

    def allow(self, grant: Grant) -> None:
        """Requests that open ``grant`` are coming: be ready for them."""

    def close(self) -> None: ...


class InProcess:
    """Runs each request on the caller's thread, in this process: no isolation at all."""

    def run(self, request: Request[T], progress: ProgressCallback = no_progress,
            cancel: CancelToken = NEVER_CANCELLED, emit: Callable[[Any], None] = lambda _: None) -> T:
        cancel.raise_if_cancelled()
        return request.run(WorkContext(cancel, progress, emit))

    def reserve(self, size: int) -> None:
        pass

    def allow(self, grant: Grant) -> None:
        pass

    def close(self) -> None:
        pass


_current: Executor | None = None
_lock = threading.Lock()


def current() -> Executor:
    """The executor of this process; the isolated pool unless a test configured another."""
    global _current
    with _lock:
        if _current is None:
            from anonymizer.core.isolation.pool import IsolatedPool

            _current = IsolatedPool()
        return _current


def configure(executor: Executor | None) -> Executor | None:
    """Use ``executor`` from now on (None: the isolated pool again, made on next use); returns the old one."""
    global _current
    with _lock:
        old, _current = _current, executor
    return old


def use_in_process() -> None:
    """For tests that patch the core in their own process."""
    configure(InProcess())


def allow_reading(paths: Iterable[Path]) -> None:
    """Files from these folders are coming (a batch, the files added to the window): the executor gets
    ready to read them now, so its workers load the model once with every folder they will need
    (a worker's file access cannot be widened later)."""
    current().allow(Grant.reading(*paths))


def run(request: Request[T], progress: ProgressCallback = no_progress, cancel: CancelToken = NEVER_CANCELLED,
        emit: Callable[[Any], None] = lambda _: None) -> T:
    return current().run(request, progress, cancel, emit)
