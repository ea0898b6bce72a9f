"""Refresh the .ts sources from the code, keeping every translation already written.

    python resources/translations/update_ts.py

Strings are found with Python's ``ast`` (PySide's lupdate cannot see the core's error sentences or our
short ``tr``/``t`` helpers): ``tr(ctx, "text")``, ``translate(ctx, "text")``,
``QT_TRANSLATE_NOOP(ctx, "text")``, the one-argument ``tr("text")`` of ``gui/main_window.py``, a local
``t = lambda s: tr(ctx, s)`` helper, and ``_t("text")`` in ``anonymizer/messages.py`` (context
"Errors"). Strings with ``%n`` get plural forms. Untranslated entries are marked ``unfinished``.
Then build the ``.qm`` files with ``python -m anonymizer.gui.i18n``.
"""

from __future__ import annotations

import ast
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
LANGUAGES = {"en": ("en_US", 2), "ru": ("ru_RU", 3), "uk": ("uk_UA", 3)}
# English needs only the plural forms (every other source string is already English).
EN_ONLY_NUMERUS = True
SINGLE_ARG_CONTEXT = {"main_window.py": "MainWindow", "exporting.py": "MainWindow", "video_review.py": "MainWindow", "track_list.py": "MainWindow",
                      "batch_progress.py": "MainWindow", "text.py": "MainWindow", "messages.py": "Errors"}
NAMES = {"tr", "translate", "QT_TRANSLATE_NOOP"}


def _name(func: ast.expr) -> str:
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def _str(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _lambda_contexts(tree: ast.AST) -> dict[int, str]:
    """Line ranges of functions that define ``t = lambda ...: tr(ctx, ...)``, mapped to ``ctx``."""
    found = {}
    for fn in ast.walk(tree):
        if not isinstance(fn, ast.FunctionDef):
            continue
        for node in ast.walk(fn):
            if (isinstance(node, ast.Assign) and isinstance(node.value, ast.Lambda)
                    and isinstance(node.value.body, ast.Call) and _name(node.value.body.func) in NAMES
                    and node.value.body.args and _str(node.value.body.args[0]) is not None):
                for line in range(fn.lineno, (fn.end_lineno or fn.lineno) + 1):
                    found[line] = _str(node.value.body.args[0])
    return found


def extract(path: Path) -> list[tuple[str, str, bool]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    lambdas = _lambda_contexts(tree)
    out = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        name, args = _name(node.func), node.args
        if name in NAMES and len(args) >= 2 and _str(args[0]) is not None and _str(args[1]) is not None:
            ctx, text = _str(args[0]), _str(args[1])
        elif name == "tr" and path.name in SINGLE_ARG_CONTEXT and _str(args[0]) is not None:
            ctx, text = SINGLE_ARG_CONTEXT[path.name], _str(args[0])
        elif name == "_t" and path.name == "messages.py" and _str(args[0]) is not None:
            ctx, text = "Errors", _str(args[0])
        elif name == "t" and node.lineno in lambdas and _str(args[0]) is not None:
            ctx, text = lambdas[node.lineno], _str(args[0])
        else:
            continue
        out.append((ctx, text, "%n" in text))  # type: ignore[arg-type]
    return out


def sources() -> list[Path]:
    return sorted((ROOT / "anonymizer" / "gui").glob("*.py")) + [ROOT / "anonymizer" / "messages.py"]


def collect() -> dict[tuple[str, str], bool]:
    found: dict[tuple[str, str], bool] = {}
    for path in sources():
        for ctx, text, numerus in extract(path):
            found[(ctx, text)] = numerus
    return found


def read_ts(path: Path) -> dict[tuple[str, str], list[str]]:
    if not path.exists():
        return {}
    done = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = [f.text or "" for f in tr.findall("numerusform")] or [tr.text or ""]
            done[(name, msg.findtext("source") or "")] = forms
    return done


def write_ts(path: Path, language: str, strings: dict[tuple[str, str], bool],
             translations: dict[tuple[str, str], list[str]]) -> int:
    locale, nforms = LANGUAGES[language]
    root = ET.Element("TS", version="2.1", language=locale)
    missing = 0
    for ctx_name in sorted({c for c, _ in strings}):
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = ctx_name
        for (c, text), numerus in sorted(strings.items()):
            if c != ctx_name:
                continue
            msg = ET.SubElement(ctx, "message", numerus="yes") if numerus else ET.SubElement(ctx, "message")
            ET.SubElement(msg, "source").text = text
            forms = translations.get((c, text))
            tr = ET.SubElement(msg, "translation")
            if not forms:
                tr.set("type", "unfinished")
                missing += 1
                forms = [""]
            if numerus:
                for form in (forms + [forms[-1]] * nforms)[:nforms]:
                    ET.SubElement(tr, "numerusform").text = form
            else:
                tr.text = forms[0]
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return missing


def main() -> int:
    strings = collect()
    for language in LANGUAGES:
        path = HERE / f"{language}.ts"
        wanted = {k: v for k, v in strings.items() if v} if language == "en" and EN_ONLY_NUMERUS else strings
        missing = write_ts(path, language, wanted, read_ts(path))
        print(f"{path.name}: {len(wanted)} strings, {missing} untranslated")  # noqa: T201
    return 0


if __name__ == "__main__":
    sys.exit(main())
