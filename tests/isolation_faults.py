"""Test-only faults inside a worker process: a decoder that segfaults, allocates without bound or sleeps
forever, chosen by a marker in the file's name.

Installed only through the worker's test hook (``ANONYMIZER_TEST_WORKER_HOOK=tests.isolation_faults:
install``, or ``WorkerSettings.hook``): the app never names this module, so an input file alone cannot
trigger any of it. ``install`` also puts the fake detector in the worker (fast, finds nothing on noise).
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import os
import socket
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from anonymizer.core.isolation.pool import IsolatedPool

HOOK = "tests.isolation_faults:install"
CRASH, CRASH_LATE, HOG, HANG = "fault-crash", "fault-late-crash", "fault-hog", "fault-hang"
SNOOP = "fault-snoop"  # reads and writes beside the input's folder, in ``../elsewhere``, and opens a TCP port


def _crash() -> None:
    ctypes.string_at(0)  # a null pointer read: SIGSEGV, as a decoder bug on crafted bytes would


def _hog() -> None:
    # Address space taken without bound, as a decoder trusting a crafted size would: stopped by the
    # worker's ceiling. Only the first page of each block is written (writing every page runs at about
    # 100 MB/s on the shared test machine, and would take its memory from the other developers).
    held = []
    while True:
        block = np.empty(256 << 20, dtype=np.uint8)
        block[0] = 1
        held.append(block)


def _hang() -> None:
    while True:
        time.sleep(3600)


def _attempt(action: Callable[[], object]) -> str:
    try:
        action()
    except OSError as e:
        return errno.errorcode.get(e.errno or 0, str(e))
    return "done"


def _snoop(path: Path) -> None:
    """What a taken-over decoder would try: read a secret, plant a file, open the network. Reported as
    the file's error, one word each ("done", or the errno it got)."""
    from anonymizer.core.errors import ProcessingError

    elsewhere = path.parent.parent / "elsewhere"

    def connect() -> None:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))

    read = _attempt(lambda: (elsewhere / "secret.txt").read_bytes())
    write = _attempt(lambda: (elsewhere / "planted.txt").write_bytes(b"x"))
    run = _attempt(lambda: os.execv("/bin/true", ["true"]))
    raise ProcessingError(path, f"snoop read={read} write={write} exec={run} bind={_attempt(connect)}")


def _fault(path: Path) -> None:
    name = path.name
    if SNOOP in name:
        _snoop(path)
    if CRASH in name:
        _crash()
    if HOG in name:
        _hog()
    if HANG in name:
        _hang()


def install() -> None:
    from anonymizer.core import pipeline
    from anonymizer.core.media import image_io
    from tests.hostile_factory import install_fake_detector

    install_fake_detector()
    real_decode, real_verify = pipeline.decode_image, pipeline._verify_photo

    def decode(path: Path, *args: object, **kwargs: object) -> object:
        _fault(path)
        return real_decode(path, *args, **kwargs)  # type: ignore[arg-type]

    def verify(written: Path, *args: object, **kwargs: object) -> None:
        real_verify(written, *args, **kwargs)  # type: ignore[arg-type]
        if _late_crash_armed[0]:
            _crash()  # the temp file exists now: only the parent can delete it

    def decode_marking(path: Path, *args: object, **kwargs: object) -> object:
        _late_crash_armed[0] = CRASH_LATE in path.name
        return decode(path, *args, **kwargs)

    pipeline.decode_image = decode_marking  # type: ignore[assignment]
    image_io.decode_image = decode  # type: ignore[assignment]  (the window's DecodePhoto)
    pipeline._verify_photo = verify  # type: ignore[assignment]


_late_crash_armed = [False]


@contextlib.contextmanager
def faulty_pool(size: int, hang_stopped_after: float) -> Iterator[IsolatedPool]:
    """A real pool with these faults planted in its workers, this process's executor while it lasts;
    a 3 GiB memory ceiling, and a hang stopped after about ``hang_stopped_after`` seconds."""
    from anonymizer.core import isolation
    from anonymizer.core.isolation import limits
    from anonymizer.core.isolation.child import WorkerSettings
    from anonymizer.core.isolation.pool import IsolatedPool

    ceiling = limits.Limits(address_space=3 * limits.GIB, base_seconds=hang_stopped_after)
    pool = IsolatedPool(size, WorkerSettings(ceiling, hook=HOOK))
    old = isolation.configure(pool)
    try:
        yield pool
    finally:
        isolation.configure(old)
        pool.close()
