"""Many files: walk folders, run the pipeline on a pool of workers, report each result as it lands.

The CLI and the GUI both run batches through :func:`run_batch`; neither has a loop of its own. Each
file is cleaned by the isolation executor (a locked-down worker process, ``core.isolation``): a file
that crashes or hangs its worker costs that file only.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path

from anonymizer.core.cancel import NEVER_CANCELLED, CancelToken, ProgressCallback, no_progress
from anonymizer.core.errors import AnonymizerError, Cancelled, NotAFile, OutputError
from anonymizer.core.models import CleanOptions, FileResult, Status
from anonymizer.core.output import TEMP_PREFIX, OutputNamer, sweep_stale_temps
from anonymizer.core.pipeline import Edits
from anonymizer.core.review import FileReview

# Files met while walking a folder that are never media: skipped silently (sidecars are reported by
# `inspect`, never copied). A file named on the command line is always tried, whatever its name.
SKIPPED_WHEN_WALKING = {".xmp", ".aae", ".thm", ".txt", ".md", ".json", ".csv", ".db", ".ini", ".log",
                        ".pdf", ".doc", ".docx", ".html", ".htm", ".xml", ".lrv", ".srt"}


@dataclass(frozen=True)
class BatchItem:
    """One file to clean, with a person's review of it (the window) or edits, or neither (the CLI)."""

    path: Path
    edits: Edits | None = None
    review: FileReview | None = None
    # Set when the walk already knows the entry cannot be cleaned (a link out of the folder, which must
    # not be followed even to look at it): the batch reports it like a failed file, without opening it.
    refused: AnonymizerError | None = None


def _identity(p: Path) -> object:
    """The key that finds the same file named twice, also through another case on a case-insensitive
    file system (Windows, macOS: ``resolve()`` keeps the case as typed, so ``Photo.jpg`` and ``photo.jpg``
    would be cleaned twice and an output folder typed ``-o Cleaned`` walked as input). The path itself
    when it cannot be looked at, or on a file system without file numbers (st_ino 0)."""
    try:
        st = p.stat()
        return (st.st_dev, st.st_ino) if st.st_ino else p.resolve()
    except OSError:
        return p


def _link(link: Path, root: Path) -> BatchItem | None:
    """A symbolic link met while walking ``root``. Pointing inside: None, its target is walked in its own
    right. Pointing nowhere or into a loop: the link itself, which sniff refuses with a reason. Pointing
    out of the folder: refused here, never followed, and the user is told (it used to vanish)."""
    try:
        target = Path(os.path.realpath(link, strict=True))
    except (OSError, RuntimeError):
        return BatchItem(link)
    if target.is_relative_to(root):
        return None
    return BatchItem(link, refused=NotAFile(link, "link out of the folder", kind="link-outside"))


def _is_symlink(p: Path) -> bool:
    try:
        return p.is_symlink()
    except OSError:  # e.g. ENAMETOOLONG: not a symlink we can follow anyway; the batch reports it
        return False


def _walk(folder: Path, exclude: object) -> Iterable[BatchItem]:
    # A folder that cannot be listed (no permission, a path beyond PATH_MAX) was skipped in silence by
    # os.walk: its photos were never cleaned and nobody was told. It is yielded as an input instead, so
    # the batch reports it as unreadable (sniff refuses anything but a regular file), naming it.
    # FIFOs, sockets and devices are yielded too: sniff tells the user what each one is.
    unreadable: list[Path] = []
    root = folder.resolve()

    def note(error: OSError) -> None:
        unreadable.append(Path(error.filename) if error.filename else folder)

    for top, dirs, files in os.walk(folder, followlinks=False, onerror=note):
        yield from (BatchItem(p) for p in unreadable)
        unreadable.clear()
        top_path = Path(top)
        dirs[:] = sorted(d for d in dirs if not d.startswith(".")
                         and (exclude is None or _identity(top_path / d) != exclude))
        links = [top_path / d for d in dirs if _is_symlink(top_path / d)]  # os.walk never enters them
        for name in sorted(files):
            if name.startswith(".") or name.startswith(TEMP_PREFIX):
                continue
            p = top_path / name
            if p.suffix.lower() in SKIPPED_WHEN_WALKING:
                continue
            if _is_symlink(p):
                links.append(p)
            else:
                yield BatchItem(p)
        for link in sorted(links):
            item = _link(link, root)
            if item is not None:
                yield item
    yield from (BatchItem(p) for p in unreadable)


def collect_items(paths: Sequence[Path], out_dir: Path | None = None) -> list[BatchItem]:
    """Expand folders recursively (hidden files, sidecars and the output folder left out); an entry that
    is no file (a link out of the folder) comes back already refused, to be reported, not cleaned."""
    exclude = _identity(out_dir) if out_dir is not None and out_dir.exists() else None
    found: list[BatchItem] = []
    seen: set[object] = set()
    for p in paths:
        items = _walk(p, exclude) if p.is_dir() else [BatchItem(p)]
        for item in items:
            key = item.path if item.refused is not None else _identity(item.path)
            if key not in seen:
                seen.add(key)
                found.append(item)
    return found


def collect_inputs(paths: Sequence[Path], out_dir: Path | None = None) -> list[Path]:
    """The files :func:`collect_items` finds, without the refused entries (which have no file to show)."""
    return [item.path for item in collect_items(paths, out_dir) if item.refused is None]


ResultCallback = Callable[[FileResult], None]
FileProgressFactory = Callable[[Path], ProgressCallback]


def _prepare_out_dir(out_dir: Path) -> None:
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise OutputError(out_dir, f"cannot create the output folder: {e.strerror or e}") from e
    # Temp files of an earlier run that was killed outright (SIGKILL, power loss): see output.py.
    sweep_stale_temps(out_dir)


def clean_isolated(item: BatchItem, namer: OutputNamer, options: CleanOptions, progress: ProgressCallback,
                   cancel: CancelToken) -> FileResult:
    """One file through the isolation executor; its worker's death or a cancel is this file's result."""
    from anonymizer.core import isolation
    from anonymizer.core.isolation.requests import CleanFile

    try:
        return isolation.run(CleanFile(item.path, namer, options, item.edits, item.review), progress, cancel)
    except Cancelled as e:
        return FileResult(item.path, Status.CANCELLED, error=e.with_path(item.path))
    except AnonymizerError as e:
        return FileResult(item.path, Status.ERROR, error=e.with_path(item.path))


def run_batch(
    items: Sequence[BatchItem],
    namer: OutputNamer,
    options: CleanOptions,
    *,
    jobs: int = 1,
    on_result: ResultCallback = lambda _: None,
    progress_for: FileProgressFactory = lambda _: no_progress,
    cancel: CancelToken = NEVER_CANCELLED,
) -> list[FileResult]:
    """Clean every item; results come back in input order. Cancel stops before the next file."""
    _prepare_out_dir(namer.out_dir)
    results: dict[int, FileResult] = {}

    def one(index: int) -> FileResult:
        item = items[index]
        if item.refused is not None:
            return FileResult(item.path, Status.ERROR, error=item.refused)
        if cancel.cancelled:
            return FileResult(item.path, Status.CANCELLED, error=Cancelled(item.path))
        return clean_isolated(item, namer, options, progress_for(item.path), cancel)

    from anonymizer.core import isolation
    from anonymizer.core.isolation.requests import cleaning_needs

    # The workers start with access to every folder of the batch, and load the model while the first
    # file is sent.
    isolation.current().allow(cleaning_needs((i.path for i in items if i.refused is None), namer.out_dir))
    isolation.current().reserve(max(1, jobs))

    with ThreadPoolExecutor(max_workers=max(1, jobs), thread_name_prefix="anonymizer") as pool:
        pending: dict[Future[FileResult], int] = {}
        queue = iter(range(len(items)))
        for index in queue:
            pending[pool.submit(one, index)] = index
            if len(pending) >= max(1, jobs):
                break
        while pending:
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for fut in done:
                index = pending.pop(fut)
                results[index] = fut.result()
                on_result(results[index])
                nxt = next(queue, None)
                if nxt is not None:
                    pending[pool.submit(one, nxt)] = nxt
    return [results[i] for i in range(len(items))]
