"""The exception tree of the core.

Every error names the file it is about (``path``) and carries structured fields, never a finished
sentence for people: the CLI and the GUI word (and translate) them. Each class also inherits the
builtin it resembles, so callers that only know ``ValueError`` or ``OSError`` still catch it.
"""

from __future__ import annotations

from pathlib import Path


class AnonymizerError(Exception):
    """Base of every error the core raises on purpose."""

    def __init__(self, path: Path | None = None, detail: str = "") -> None:
        super().__init__(detail or type(self).__name__)
        self.path = path
        self.detail = detail

    def with_path(self, path: Path) -> AnonymizerError:
        """Attach the file this error is about, if it is not set yet; returns self."""
        if self.path is None:
            self.path = path
        return self


class Cancelled(AnonymizerError):
    """The user cancelled. Not a failure: front ends swallow it silently."""


class InputError(AnonymizerError, ValueError):
    """The input file cannot be processed as it is."""


class EmptyFile(InputError):
    """The file has zero bytes."""


class UnreadableFile(InputError):
    """The path cannot be opened as a regular file: missing (a dangling symlink), a folder, a FIFO or
    device, or no permission. Not the same as a damaged file, and worded differently."""


class NotAFile(UnreadableFile):
    """The path names no photo or video: ``kind`` is "dangling-link" (its target is gone), "fifo",
    "socket", "device", or "link-outside" (a link met while walking a folder that points out of it:
    never followed, since a folder given to the app must not reach the rest of the disk)."""

    def __init__(self, path: Path | None = None, detail: str = "", kind: str = "") -> None:
        super().__init__(path, detail)
        self.kind = kind


class UnsupportedFormat(InputError):
    """The content is not a format the tool handles (whatever its extension says)."""

    def __init__(self, path: Path | None = None, detail: str = "", kind: str = "") -> None:
        super().__init__(path, detail)
        self.kind = kind


class RefusedFormat(InputError):
    """A known format the tool refuses on purpose because it cannot clean it completely (e.g. RAW)."""

    def __init__(self, path: Path | None = None, detail: str = "", kind: str = "") -> None:
        super().__init__(path, detail)
        self.kind = kind


class CorruptFile(InputError):
    """The file is truncated or damaged and cannot be decoded completely."""


class DecompressionBomb(InputError):
    """The declared image size is too large to decode safely."""

    def __init__(self, path: Path | None = None, detail: str = "", pixels: int = 0, limit: int = 0) -> None:
        super().__init__(path, detail)
        self.pixels = pixels
        self.limit = limit


class NoVideoStream(InputError):
    """A container without any video stream (audio-only, or empty)."""


class AnalysisOutdated(InputError):
    """A person's decisions on a video's face tracks were made on a look at other bytes or at other
    detection settings: the track ids may now name other faces, so nothing is exported."""


class UnknownTrack(InputError):
    """A decision names a face track the video does not have at these settings (an id from another run)."""

    def __init__(self, path: Path | None = None, detail: str = "", track_ids: tuple[int, ...] = ()) -> None:
        super().__init__(path, detail)
        self.track_ids = track_ids


class ModelError(AnonymizerError, RuntimeError):
    """The face model cannot be used: nothing may be exported without a working detector."""


class ModelMissing(ModelError):
    """The model file is not where the package expects it."""


class ModelTampered(ModelError):
    """The model file's SHA-256 does not match the one shipped with the package."""


class ProcessingError(AnonymizerError, RuntimeError):
    """Detection, redaction or encoding failed for an internal reason."""


class UnsafeFile(ProcessingError):
    """The worker process that opened the file died or was stopped: it crashed (``reason`` "crashed",
    e.g. a decoder bug hit by crafted bytes), ran past its time ("time") or its memory ceiling
    ("memory"). The file may be an attack on a decoder; the app goes on with the next one."""

    def __init__(self, path: Path | None = None, detail: str = "", reason: str = "") -> None:
        super().__init__(path, detail)
        self.reason = reason


class EncoderFailed(ProcessingError):
    """The encoder could not write the cleaned pixels (photo or video). The input decoded fine, so this
    is never worded as a damaged file."""


class VerificationFailed(AnonymizerError, RuntimeError):
    """The written output did not pass the checks; it was deleted."""

    def __init__(self, path: Path | None = None, detail: str = "", leftovers: tuple[str, ...] = ()) -> None:
        super().__init__(path, detail)
        self.leftovers = leftovers


class OutputError(AnonymizerError, OSError):
    """The output could not be written (read-only folder, disk full, name clash)."""


class OutputPathTooLong(OutputError):
    """The output folder's path leaves no room for a file name within the system's path limit
    (``limit`` characters: 260 on Windows without long-path support)."""

    def __init__(self, path: Path | None = None, detail: str = "", limit: int = 0) -> None:
        super().__init__(path, detail)
        self.limit = limit


def as_file_error(e: Exception, path: Path) -> AnonymizerError:
    """The typed error for a file whose processing raised ``e``: one mapping for every front end and for
    the pipeline, so a hostile file costs that file (a line saying why), never the batch."""
    if isinstance(e, AnonymizerError):
        return e.with_path(path)
    if isinstance(e, MemoryError):
        # In the worker process this is the memory ceiling (RLIMIT_AS) reached: a file that needs more
        # than the ceiling is one that could not be opened safely.
        return UnsafeFile(path, "out of memory", reason="memory")
    if isinstance(e, OSError | ValueError):
        # Unexpected reader failures on hostile input: fail closed for this file.
        return CorruptFile(path, f"{type(e).__name__}: {e}")
    return ProcessingError(path, f"internal error: {type(e).__name__}")
