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


Forms = dict[tuple[str, str], ET.Element]


def _written_plurals(path: Path) -> Forms:
    """The plural translations already in a catalogue, by (context, source)."""
    if not path.exists():
        return {}
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if message.get("numerus") == "yes" and translation is not None and translation.findall("numerusform"):
                found[(context.findtext("name") or "", message.findtext("source") or "")] = translation
    return found


def _plurals(root: ET.Element, plural_only: bool, written: Forms) -> None:
    """Every message whose text counts with ``%n`` is a plural. lupdate knows that only for a literal
    ``translate(..., n)`` call; a ``QT_TRANSLATE_NOOP`` entry of a table (worded later with its count)
    would otherwise be compiled with one form, and lrelease refuses plural forms in a singular message.
    lupdate also resets such a message each time it runs, so its forms are put back from ``written``.
    ``plural_only`` (en.ts) then keeps just the plurals."""
    for context in root.iter("context"):
        for message in list(context.iter("message")):
            if "%n" not in (message.findtext("source") or ""):
                if plural_only:
                    context.remove(message)
                continue
            if message.get("numerus") == "yes":
                continue
            message.set("numerus", "yes")
            translation = message.find("translation")
            kept = written.get((context.findtext("name") or "", message.findtext("source") or ""))
            if kept is not None:
                if translation is not None:
                    message.remove(translation)
                message.append(kept)
            elif translation is not None and not translation.findall("numerusform"):
                translation.text = None
                translation.set("type", "unfinished")
                ET.SubElement(translation, "numerusform")
    for context in list(root.iter("context")):
        if plural_only and context.find("message") is None:
            root.remove(context)


def _relayout(path: Path, written: Forms, plural_only: bool = False) -> None:
    """The same file in the two-space layout the catalogues have always had, so diffs show only words."""
    root = ET.parse(path).getroot()
    _plurals(root, plural_only, written)
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def update(folder: Path = HERE, sources: Path = SOURCES) -> str:
    """Merge the strings of ``sources`` into the ``.ts`` files in ``folder``; lupdate's report."""
    common = [lupdate_tool(), "-extensions", "py", "-locations", "none", "-no-obsolete", "-sort-messages",
              str(sources)]
    full = [folder / f"{lang}.ts" for lang in TRANSLATED]
    written = {path: _written_plurals(path) for path in [*full, folder / "en.ts"]}
    runs = [subprocess.run(common + ["-ts", *map(str, full)], check=True, capture_output=True, text=True),
            # Not -pluralonly: that would drop the table plurals lupdate cannot see (see _plurals).
            subprocess.run(common + ["-ts", str(folder / "en.ts")], check=True, capture_output=True, text=True)]
    for path in full:
        _relayout(path, written[path])
    _relayout(folder / "en.ts", written[folder / "en.ts"], plural_only=True)
    return "".join(r.stdout + r.stderr for r in runs)


def main() -> int:
    print(update(), end="")  # noqa: T201
    return 0


if __name__ == "__main__":
    sys.exit(main())
