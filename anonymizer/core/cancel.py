"""Cooperative cancellation and progress reporting: plain Python, so the GUI adapts it to Qt."""

from __future__ import annotations

import threading
from collections.abc import Callable

from anonymizer.core.errors import Cancelled
from anonymizer.core.models import Progress

ProgressCallback = Callable[[Progress], None]


def no_progress(_: Progress) -> None:
    """The default progress callback: report nothing."""


class CancelToken:
    """Set from any thread; checked by the core between units of work (tiles, frames, files)."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled()


NEVER_CANCELLED = CancelToken()
