"""Output files: non-identifying names, a temp file beside the target, and a publish that never clobbers.

The temp file lives in the output folder (so the final rename is atomic on the same file system) and
is deleted on any failure or cancel. Publishing uses a hard link, which fails instead of overwriting
when the name is taken, so two workers (or an original that sits in the output folder) never lose a
file to a name clash.

A process killed outright (SIGKILL, power loss) cannot delete its temp file. While a temp file is in
use its owner holds an exclusive ``flock`` on it (released by the kernel when the process dies,
however it dies), and every batch starts with :func:`sweep_stale_temps` on its output folder: a
``.anonymizer-*.part*`` file that nobody holds a lock on, older than ``STALE_AFTER`` seconds (which
closes the gap between creating and locking), is a leftover and is deleted. Where ``flock`` does not
exist (Windows, whose open files cannot be deleted anyway) only age counts: ``STALE_AFTER_NO_LOCKS``.
(O_TMPFILE + linkat would leave nothing behind at all, but the video writer needs a path it can
open, and it exists only on Linux.)
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

from anonymizer.core.errors import OutputError
from anonymizer.core.models import NamingScheme

TEMP_PREFIX = ".anonymizer-"
TEMP_SUFFIX = ".part"
_MAX_NAME_TRIES = 10_000
STALE_AFTER = 60.0  # seconds: an unlocked temp file older than this belongs to a dead process
STALE_AFTER_NO_LOCKS = 6 * 3600.0


class OutputNamer:
    """Chooses output names in one folder; shared by all workers of a batch."""

    def __init__(self, out_dir: Path, scheme: NamingScheme, prefix: str = "anonymized") -> None:
        self.out_dir = out_dir
        self.scheme = scheme
        self.prefix = prefix
        self._lock = threading.Lock()
        self._counter = 0

    def candidates(self, source: Path, extension: str) -> Iterator[Path]:
        """Names to try in order; the publisher takes the first that is free."""
        if self.scheme is NamingScheme.RANDOM:
            for _ in range(_MAX_NAME_TRIES):
                yield self.out_dir / f"{secrets.token_hex(6)}{extension}"
        elif self.scheme is NamingScheme.NUMBERED:
            for _ in range(_MAX_NAME_TRIES):
                with self._lock:
                    self._counter += 1
                    n = self._counter
                yield self.out_dir / f"{self.prefix}-{n:04d}{extension}"
        else:
            stem = source.stem or "file"
            yield self.out_dir / f"{_fit(stem, extension)}{extension}"
            for n in range(1, _MAX_NAME_TRIES):
                yield self.out_dir / f"{_fit(stem, f'-{n}{extension}')}-{n}{extension}"


_NAME_MAX = 255  # bytes in one file name on Linux/macOS file systems (UTF-16 units on Windows: fewer)


def _fit(stem: str, tail: str) -> str:
    """``stem`` shortened (whole characters) so that ``stem + tail`` fits in one file name. A kept name
    of 250 bytes plus "-1.jpg" would otherwise fail with ENAMETOOLONG on a name collision."""
    budget = _NAME_MAX - len(os.fsencode(tail))
    while stem and len(os.fsencode(stem)) > budget:
        stem = stem[:-1]
    return stem or "file"


def make_temp(out_dir: Path, extension: str) -> Path:
    """Create an empty private temp file in ``out_dir`` and return its path."""
    try:
        fd, name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX + extension, dir=out_dir)
    except OSError as e:
        raise OutputError(out_dir, f"cannot create a file in the output folder: {e.strerror or e}") from e
    os.close(fd)
    return Path(name)


def _lock_exclusive(fd: int, wait: bool) -> bool | None:
    """flock ``fd``: True if locked, False if another open file holds it (only when ``wait`` is
    False), None where locks are not available (no fcntl, or a file system without them)."""
    if fcntl is None:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
    except BlockingIOError:
        return False
    except OSError:
        return None
    return True


@contextlib.contextmanager
def temp_output(out_dir: Path, extension: str) -> Iterator[Path]:
    """A temp path that is removed when the block ends, unless it was published (renamed) inside it.

    The temp file stays locked while the block runs, so a sweep by another batch leaves it alone.
    """
    temp = make_temp(out_dir, extension)
    lock_fd = -1
    try:
        if fcntl is not None:  # (on Windows an open handle would stop the unlink below)
            with contextlib.suppress(OSError):
                lock_fd = os.open(temp, os.O_RDONLY)
                _lock_exclusive(lock_fd, wait=True)
        yield temp
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        if lock_fd >= 0:
            os.close(lock_fd)


def is_temp_name(name: str) -> bool:
    return name.startswith(TEMP_PREFIX) and TEMP_SUFFIX in name


def sweep_stale_temps(out_dir: Path, now: float | None = None) -> list[Path]:
    """Delete temp files left in ``out_dir`` by processes that died mid-write; returns what was deleted.

    Never raises: a sweep that cannot look or delete leaves things as they are.
    """
    removed: list[Path] = []
    now = time.time() if now is None else now
    try:
        entries = [e for e in os.scandir(out_dir) if is_temp_name(e.name)]
    except OSError:
        return removed
    for entry in entries:
        with contextlib.suppress(OSError):
            st = entry.stat(follow_symlinks=False)
            age = now - st.st_mtime
            if not stat.S_ISREG(st.st_mode) or age < STALE_AFTER:
                continue  # never follow a symlink; a young file may be between create and lock
            fd = os.open(entry.path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
            try:
                locked = _lock_exclusive(fd, wait=False)
                # True: nobody holds it, its writer is gone. None: no locks here, only age can tell.
                if locked or (locked is None and age >= STALE_AFTER_NO_LOCKS):
                    os.unlink(entry.path)
                    removed.append(Path(entry.path))
            finally:
                os.close(fd)
    return removed


def write_bytes_durably(path: Path, data: bytes) -> None:
    try:
        with open(path, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
    except OSError as e:
        raise OutputError(path.parent, f"cannot write the output: {e.strerror or e}") from e


def fsync_file(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as e:
        raise OutputError(path.parent, f"cannot write the output: {e.strerror or e}") from e


_fallback_lock = threading.Lock()


def _claim(temp: Path, final: Path) -> bool:
    """Move ``temp`` to ``final`` only if ``final`` does not exist. Returns False if the name is taken."""
    try:
        os.link(temp, final)
    except FileExistsError:
        return False
    except OSError:
        # File systems without hard links (FAT/exFAT USB sticks): check-then-rename under a lock; on
        # Windows os.rename itself refuses an existing target.
        with _fallback_lock:
            if os.path.lexists(final):
                return False
            try:
                os.rename(temp, final)
            except FileExistsError:
                return False
        return True
    temp.unlink()
    return True


def publish(temp: Path, namer: OutputNamer, source: Path, extension: str) -> Path:
    """Give the verified temp file its final name; never overwrite anything."""
    fsync_file(temp)
    for candidate in namer.candidates(source, extension):
        try:
            if _claim(temp, candidate):
                _fsync_dir(candidate.parent)
                return candidate
        except OSError as e:
            raise OutputError(candidate.parent, f"cannot name the output: {e.strerror or e}") from e
    raise OutputError(namer.out_dir, "no free output name")


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not supported on every platform; the data itself is synced
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
