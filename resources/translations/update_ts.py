"""Refresh the .ts sources from the code with Qt's own extractor, keeping every translation already written.

    python resources/translations/update_ts.py

This only runs ``pyside6-lupdate`` (shipped in the PySide6 wheel) over ``anonymizer/``: it finds
``translate("Context", "text")`` and ``QT_TRANSLATE_NOOP("Context", "text")`` (README.md beside this file
says how to add a string), merges them into ``ru.ts`` and ``uk.ts`` (new ones marked ``unfinished``,
gone ones dropped) and into ``en.ts``, which holds only the plural forms (every other source string is
already English). Then fill the translations and build the ``.qm`` files with
``python packaging/build_translations.py``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SOURCES = ROOT / "anonymizer"
TRANSLATED = ("ru", "uk")  # full catalogues; en.ts keeps plural forms only


def lupdate_tool() -> str:
    import PySide6

    exe = "lupdate.exe" if sys.platform == "win32" else "lupdate"
    bundled = Path(PySide6.__file__).parent / exe
    if bundled.exists():
        return str(bundled)
    found = shutil.which("pyside6-lupdate") or shutil.which("lupdate")
    if found is None:
        raise RuntimeError("lupdate not found (it ships in the PySide6 wheel)")
    return found


def _relayout(path: Path) -> None:
    """The same file in the two-space layout the catalogues have always had, so diffs show only words."""
    root = ET.parse(path).getroot()
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def update(folder: Path = HERE, sources: Path = SOURCES) -> str:
    """Merge the strings of ``sources`` into the ``.ts`` files in ``folder``; lupdate's report."""
    common = [lupdate_tool(), "-extensions", "py", "-locations", "none", "-no-obsolete", "-sort-messages",
              str(sources)]
    full = [folder / f"{lang}.ts" for lang in TRANSLATED]
    runs = [subprocess.run(common + ["-ts", *map(str, full)], check=True, capture_output=True, text=True),
            subprocess.run(common + ["-pluralonly", "-ts", str(folder / "en.ts")],
                           check=True, capture_output=True, text=True)]
    for path in [*full, folder / "en.ts"]:
        _relayout(path)
    return "".join(r.stdout + r.stderr for r in runs)


def main() -> int:
    print(update(), end="")  # noqa: T201
    return 0


if __name__ == "__main__":
    sys.exit(main())
