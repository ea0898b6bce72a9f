"""What a photo or video brings along that its cleaned copy leaves behind: warnings for the user.

The cleaned copy is rebuilt from pixels, so none of these leak through it; but the *original* and the
files beside it still do, and the person must know before they share anything from that folder.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from anonymizer.core.media.sniff import MediaFormat, MediaKind
from anonymizer.core.models import FileWarning, Finding, MetadataGroup

_LIVE_VIDEO_SUFFIXES = {".mov", ".mp4"}


def _live_photo_video(path: Path) -> bool:
    """A video with the same stem beside a photo: how iPhones store a Live Photo's moving part."""
    try:
        return any(p.stem.lower() == path.stem.lower() and p.suffix.lower() in _LIVE_VIDEO_SUFFIXES
                   and p != path for p in path.parent.iterdir())
    except OSError:
        return False


def file_warnings(path: Path, fmt: MediaFormat, metadata: Sequence[Finding]) -> tuple[FileWarning, ...]:
    """Warnings about the original and its companions, in the order they matter."""
    from anonymizer.core.metadata import motion_photo_info, sidecar_files

    found: list[FileWarning] = []
    photo = fmt.kind is MediaKind.IMAGE
    if photo and motion_photo_info(path, fmt) is not None:
        found.append(FileWarning.MOTION_PHOTO)
    elif any(i.group is MetadataGroup.EMBEDDED for i in metadata):
        found.append(FileWarning.EMBEDDED_PREVIEWS)
    if photo and _live_photo_video(path):
        found.append(FileWarning.LIVE_PHOTO)
    if sidecar_files(path):
        found.append(FileWarning.SIDECAR)
    return tuple(found)
