"""Files next to the input that describe it (XMP sidecars, Apple edit files, video thumbnails).

They are reported to the user and never copied: the pipeline only ever writes the new file.
"""

from __future__ import annotations

from pathlib import Path

SIDECAR_SUFFIXES = (".xmp", ".aae", ".thm")


def sidecar_files(path: Path) -> list[Path]:
    """Same-stem .xmp/.aae/.thm files (any letter case), and 'name.ext.xmp' (darktable style)."""
    stem, name = path.stem.lower(), path.name.lower()
    try:
        entries = sorted(path.parent.iterdir())
    except OSError:
        return []
    found = []
    for entry in entries:
        lower = entry.name.lower()
        suffix = entry.suffix.lower()
        if entry == path or suffix not in SIDECAR_SUFFIXES or not entry.is_file():
            continue
        if Path(lower).stem == stem or lower == name + suffix:
            found.append(entry)
    return found
