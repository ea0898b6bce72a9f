"""Which folders a worker may open: the folders of the files it is given, and the output folder.

A worker narrows its own file access once, when it starts (Landlock on Linux, :mod:`limits`): from then on
it can read beneath the folders of its :class:`Grant` and write only beneath the grant's output folders.
A narrowing cannot be widened, so the pool starts a new worker when a request needs a folder its
workers were not given (:meth:`Grant.covers`); grants only grow, so that happens once per new folder.

Folders, not files: a photo's sidecars and Live Photo video are looked for beside it, and a warm worker
serves many files of one folder. Standard library only: a worker imports this before it limits itself.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path


def _folder(path: str | os.PathLike[str]) -> str:
    return os.path.abspath(path)


def _beneath(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def _fold(folders: Iterable[str]) -> frozenset[str]:
    """The same access with fewer rules: a folder beneath another granted one is dropped."""
    ordered = sorted(set(folders), key=len)
    kept: list[str] = []
    for f in ordered:
        if not any(_beneath(f, k) for k in kept):
            kept.append(f)
    return frozenset(kept)


@dataclass(frozen=True)
class Grant:
    """Absolute folders: ``read`` to read beneath, ``write`` to read and write beneath."""

    read: frozenset[str] = frozenset()
    write: frozenset[str] = frozenset()

    @classmethod
    def reading(cls, *files: Path) -> Grant:
        """The folders holding ``files`` (and, for a link, the folder of what it points to)."""
        folders = set()
        for f in files:
            folders.add(_folder(Path(f).parent))
            folders.add(_folder(Path(os.path.realpath(f)).parent))
        return cls(read=_fold(folders))

    @classmethod
    def writing(cls, *folders: Path) -> Grant:
        return cls(write=_fold(_folder(f) for f in folders))

    def __or__(self, other: Grant) -> Grant:
        write = _fold(self.write | other.write)
        read = _fold(f for f in self.read | other.read if not any(_beneath(f, w) for w in write))
        return Grant(read, write)

    def covers(self, other: Grant) -> bool:
        return all(any(_beneath(f, w) for w in self.write) for f in other.write) and \
            all(any(_beneath(f, r) for r in self.read | self.write) for f in other.read)

    def __bool__(self) -> bool:
        return bool(self.read or self.write)


NOTHING = Grant()
