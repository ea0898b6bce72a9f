"""Output files: non-identifying names, a temp file beside the target, and a publish that never clobbers.

The temp file lives in the output folder (so the final rename is atomic on the same file system) and
is deleted on any failure or cancel. Publishing uses a hard link, which fails instead of overwriting
when the name is taken, so two workers (or an original that sits in the output folder) never lose a
file to a name clash.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

from anonymizer.core.errors import OutputError
from anonymizer.core.models import NamingScheme

TEMP_PREFIX = ".anonymizer-"
TEMP_SUFFIX = ".part"
_MAX_NAME_TRIES = 10_000


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
            yield self.out_dir / f"{stem}{extension}"
            for n in range(1, _MAX_NAME_TRIES):
                yield self.out_dir / f"{stem}-{n}{extension}"


def make_temp(out_dir: Path, extension: str) -> Path:
    """Create an empty private temp file in ``out_dir`` and return its path."""
    try:
        fd, name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX + extension, dir=out_dir)
    except OSError as e:
        raise OutputError(out_dir, f"cannot create a file in the output folder: {e.strerror or e}") from e
    os.close(fd)
    return Path(name)


@contextlib.contextmanager
def temp_output(out_dir: Path, extension: str) -> Iterator[Path]:
    """A temp path that is removed when the block ends, unless it was published (renamed) inside it."""
    temp = make_temp(out_dir, extension)
    try:
        yield temp
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()


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
