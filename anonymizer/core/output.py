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

Portability. A cleaned copy is made to be shared, so a kept name (``--names keep``) must also be valid
where it will be copied: Windows and FAT/exFAT sticks refuse ``<>:"/\\|?*`` and control characters and
treat ``CON``, ``aux.jpg``, ``com1.png``... as devices, and Windows and macOS ignore case (``Photo.jpg``
and ``photo.jpg`` are one file there). Kept names are made safe for all three on every system, and names
that differ only in case or Unicode normalisation are numbered apart within a folder. Paths are checked
against the system's limit (Windows: 260 characters, the default without long-path support), kept
names shortened to fit, and a folder too deep for any name fails with :class:`OutputPathTooLong`.
Publishing: a hard link on POSIX (fails instead of overwriting); on Windows ``os.rename``, which refuses
an existing target by itself (and link + unlink would fail while a virus scanner holds the temp open);
where a file system has no hard links (FAT/exFAT), an exclusive placeholder claims the name first.
Durability: on macOS ``fsync`` does not reach the disk, ``F_FULLFSYNC`` does; Windows cannot open a
folder to sync it (NTFS journals the rename itself).
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import stat
import sys
import tempfile
import threading
import time
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

from anonymizer.core.errors import OutputError, OutputPathTooLong
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
        self._taken: set[str] | None = None  # folded names in out_dir, read on first use

    def __reduce__(self) -> tuple[object, tuple[Path, NamingScheme, str]]:
        # Sent to a worker process (core.isolation): there it becomes that process's one namer for the
        # folder, so a numbered batch goes on counting across files (the lock and the counter cannot
        # travel; the no-clobber publish keeps two workers from ever taking one name).
        return shared_namer, (self.out_dir, self.scheme, self.prefix)

    def clashes(self, candidate: Path) -> bool:
        """True if ``candidate`` names the same file as one already in the folder on a case- or
        normalisation-insensitive file system (Windows, macOS), though this one may tell them apart."""
        with self._lock:
            if self._taken is None:
                try:
                    self._taken = {fold_name(n) for n in os.listdir(self.out_dir)}
                except OSError:
                    self._taken = set()
            return fold_name(candidate.name) in self._taken

    def record(self, published: Path) -> None:
        with self._lock:
            if self._taken is not None:
                self._taken.add(fold_name(published.name))

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
            stem = portable_stem(source.stem)
            for n in range(_MAX_NAME_TRIES):
                tail = f"-{n}{extension}" if n else extension
                candidate = self.out_dir / f"{self._fit(stem, tail)}{tail}"
                if not self.clashes(candidate):
                    yield candidate

    def _fit(self, stem: str, tail: str) -> str:
        """``stem`` shortened (whole characters) so that ``stem + tail`` fits in one file name and the
        whole path within the system's limit. A kept name of 250 bytes plus "-1.jpg" would otherwise fail
        with ENAMETOOLONG on a name collision."""
        folder = path_units(str(self.out_dir.absolute())) + 1
        while stem and (len(os.fsencode(stem + tail)) > _NAME_MAX or folder + path_units(stem + tail) > path_limit()):
            stem = stem[:-1]
        return stem or "file"


_SHARED: dict[tuple[Path, NamingScheme, str], OutputNamer] = {}
_SHARED_LOCK = threading.Lock()


def shared_namer(out_dir: Path, scheme: NamingScheme, prefix: str = "anonymized") -> OutputNamer:
    """This process's namer for one folder and scheme (made on first use)."""
    with _SHARED_LOCK:
        key = (out_dir, scheme, prefix)
        if key not in _SHARED:
            _SHARED[key] = OutputNamer(out_dir, scheme, prefix)
        return _SHARED[key]


TempListener = Callable[[Path], None]
_temp_listener: TempListener | None = None


def set_temp_listener(listener: TempListener | None) -> None:
    """Told of every temp file this process creates: a worker process tells its parent, which deletes
    them if the worker dies before it could (a crash or a kill runs no ``finally``)."""
    global _temp_listener
    _temp_listener = listener


_NAME_MAX = 255  # bytes in one file name on Linux/macOS; 255 UTF-16 units on Windows, never more than bytes
_WINDOWS_PATH_MAX = 259  # MAX_PATH (260) less the final NUL: the default unless long paths are enabled
# Names Windows reserves for devices, with any extension ("aux.jpg"), in any case.
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"{d}{i}" for d in ("COM", "LPT") for i in (*"123456789", "¹", "²", "³"))}
_UNPORTABLE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')


def _windows() -> bool:
    return os.name == "nt"


def path_units(path: str) -> int:
    """A path's length as the system counts it: UTF-16 units on Windows, bytes elsewhere."""
    if _windows():
        return len(path.encode("utf-16-le", "surrogatepass")) // 2
    return len(os.fsencode(path))


def path_limit() -> int:
    """The longest path the system opens: Windows' MAX_PATH, else Linux's PATH_MAX (macOS: 1024)."""
    if _windows():
        return _WINDOWS_PATH_MAX
    return 1023 if sys.platform == "darwin" else 4095


def portable_stem(stem: str) -> str:
    """A kept name's stem that Windows, macOS and FAT/exFAT all accept: no reserved characters, no
    device name, no trailing dot or space (Windows drops them, so two names would become one)."""
    stem = _UNPORTABLE.sub("_", stem).rstrip(". ")
    device, dot, rest = stem.partition(".")
    if device.rstrip(" ").upper() in _RESERVED:  # "lpt1.tar" is a device too: change the part before the dot
        stem = f"{device}_{dot}{rest}"
    return stem or "file"


def fold_name(name: str) -> str:
    """What case- and normalisation-insensitive file systems compare (NTFS, APFS, HFS+)."""
    return unicodedata.normalize("NFC", name).casefold()


def check_room(out_dir: Path, extension: str) -> None:
    """Raise :class:`OutputPathTooLong` if the temp file's path (the longest name written here) would
    pass the system's path limit: the open would fail with a misleading "file not found" on Windows."""
    longest = out_dir / f"{TEMP_PREFIX}{'x' * 8}{TEMP_SUFFIX}{extension}"  # mkstemp adds 8 characters
    if path_units(str(longest)) > path_limit():
        raise OutputPathTooLong(out_dir, f"{path_units(str(longest))} > {path_limit()}", limit=path_limit() + 1)


def make_temp(out_dir: Path, extension: str) -> Path:
    """Create an empty private temp file in ``out_dir`` and return its path."""
    check_room(out_dir.absolute(), extension)
    try:
        fd, name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX + extension, dir=out_dir)
    except OSError as e:
        raise OutputError(out_dir, f"cannot create a file in the output folder: {e.strerror or e}") from e
    os.close(fd)
    if _temp_listener is not None:
        _temp_listener(Path(name))
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
            if _remove_if_abandoned(entry.path, age):
                removed.append(Path(entry.path))
    return removed


def _remove_if_abandoned(path: str, age: float) -> bool:
    """Delete a temp file that no live process holds; True if deleted. With locks the lock tells, and is
    held while deleting; without them (Windows) only age tells, and the file is closed before the delete:
    Windows cannot delete an open file, even one we opened ourselves."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    try:
        locked = _lock_exclusive(fd, wait=False)
        if locked:
            os.unlink(path)
            return True
    finally:
        os.close(fd)
    if locked is None and age >= STALE_AFTER_NO_LOCKS:
        os.unlink(path)
        return True
    return False


def write_bytes_durably(path: Path, data: bytes) -> None:
    try:
        with open(path, "wb") as f:
            f.write(data)
            f.flush()
            flush_to_disk(f.fileno())
    except OSError as e:
        raise OutputError(path.parent, f"cannot write the output: {e.strerror or e}") from e


def fsync_file(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
        try:
            flush_to_disk(fd)
        finally:
            os.close(fd)
    except OSError as e:
        raise OutputError(path.parent, f"cannot write the output: {e.strerror or e}") from e


def flush_to_disk(fd: int) -> None:
    """fsync, and on macOS F_FULLFSYNC: there fsync only hands the data to the drive, whose cache a
    power cut empties. (File systems without F_FULLFSYNC refuse it; fsync is then the best there is.)"""
    full = getattr(fcntl, "F_FULLFSYNC", None) if fcntl is not None else None
    if full is not None:
        try:
            fcntl.fcntl(fd, full)
            return
        except OSError:
            pass
    os.fsync(fd)


def _claim(temp: Path, final: Path) -> bool:
    """Move ``temp`` to ``final`` only if ``final`` does not exist. Returns False if the name is taken."""
    if _windows():
        return _rename_no_clobber(temp, final)
    try:
        os.link(temp, final)
    except FileExistsError:
        return False
    except OSError:
        return _claim_without_links(temp, final)  # FAT/exFAT USB sticks have no hard links
    temp.unlink()
    return True


def _rename_no_clobber(temp: Path, final: Path) -> bool:
    """Windows' rename refuses an existing target (including one that differs only in case)."""
    try:
        os.rename(temp, final)
    except FileExistsError:
        return False
    return True


def _claim_without_links(temp: Path, final: Path) -> bool:
    """POSIX rename would overwrite, so an empty placeholder created with O_EXCL claims the name first
    (atomic against other writers and other processes), and the temp file then replaces it."""
    try:
        fd = os.open(final, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
    except FileExistsError:
        return False
    os.close(fd)
    try:
        os.replace(temp, final)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(final)
        raise
    return True


def publish(temp: Path, namer: OutputNamer, source: Path, extension: str) -> Path:
    """Give the verified temp file its final name; never overwrite anything."""
    fsync_file(temp)
    for candidate in namer.candidates(source, extension):
        try:
            if _claim(temp, candidate):
                namer.record(candidate)
                _fsync_dir(candidate.parent)
                return candidate
        except OSError as e:
            raise OutputError(candidate.parent, f"cannot name the output: {e.strerror or e}") from e
    raise OutputError(namer.out_dir, "no free output name")


def _fsync_dir(folder: Path) -> None:
    """Make the new name durable. Windows cannot open a folder this way, and NTFS journals the rename."""
    if _windows():
        return
    with contextlib.suppress(OSError):  # some file systems refuse it; the data itself is synced
        fd = os.open(folder, os.O_RDONLY)
        try:
            flush_to_disk(fd)
        finally:
            os.close(fd)
