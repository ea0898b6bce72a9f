"""Every user-visible string in anonymizer/ is in the catalogues, translated to Russian and Ukrainian.

The strings are extracted afresh by pyside6-lupdate (resources/translations/update_ts.py) into copies of
the committed catalogues in a temporary folder: a string added anywhere in ``anonymizer/`` shows up there
as ``unfinished`` until someone has translated it and refreshed the .ts files. A second check keeps the
code to the one form lupdate understands, so no string can hide behind a helper it cannot see.
"""

from __future__ import annotations

import ast
import importlib.util
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = ROOT / "resources" / "translations"
PLURAL_FORMS = {"ru": 3, "uk": 3, "en": 2}


def _update_ts() -> ModuleType:
    spec = importlib.util.spec_from_file_location("update_ts", CATALOGUES / "update_ts.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    return {(ctx.findtext("name") or "", m.findtext("source") or ""): m
            for ctx in ET.parse(path).getroot().iter("context") for m in ctx.iter("message")}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed catalogues, brought up to date with the code by lupdate, in a temporary folder."""
    folder = tmp_path_factory.mktemp("ts")
    for ts in CATALOGUES.glob("*.ts"):
        shutil.copy(ts, folder / ts.name)
    _update_ts().update(folder)
    return folder


def _problems(message: ET.Element, language: str) -> str | None:
    translation = message.find("translation")
    assert translation is not None
    if translation.get("type") == "unfinished":
        return "unfinished or missing"
    if message.get("numerus") == "yes":
        forms = [f.text or "" for f in translation.findall("numerusform")]
        if len(forms) != PLURAL_FORMS[language] or not all(f.strip() for f in forms):
            return f"plural forms {forms}"
        return None
    if not (translation.text or "").strip():
        return "empty"
    return None


@pytest.mark.parametrize("language", ["ru", "uk"])
def test_every_string_in_the_code_is_translated(extracted: Path, language: str) -> None:
    messages = _messages(extracted / f"{language}.ts")
    assert len(messages) > 200  # the extraction really ran over the whole package
    bad = {f"{ctx}: {text!r}": why for (ctx, text), m in messages.items() if (why := _problems(m, language))}
    assert not bad, f"translate them in resources/translations/{language}.ts: {bad}"


def test_the_committed_catalogues_are_up_to_date(extracted: Path) -> None:
    """Strings gone from the code are gone from the catalogues (and new ones were added by update_ts)."""
    for language in ("en", "ru", "uk"):
        assert set(_messages(CATALOGUES / f"{language}.ts")) == set(_messages(extracted / f"{language}.ts")), \
            f"run python resources/translations/update_ts.py ({language}.ts)"


def test_english_plurals_are_worded(extracted: Path) -> None:
    messages = _messages(extracted / "en.ts")
    assert messages and all(m.get("numerus") == "yes" for m in messages.values())
    bad = [text for (_, text), m in messages.items() if _problems(m, "en")]
    assert not bad


# --- the one form ---------------------------------------------------------------------------------------

# Names lupdate does not read, or reads with a context of its own choosing (self.tr: the class name).
FOREIGN = {"tr", "_t", "t", "_", "gettext", "ngettext", "QT_TR_NOOP", "QT_TRANSLATE_NOOP3"}


def _name(func: ast.expr) -> str:
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def _is_literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def form_problems(source: str) -> list[str]:
    """Calls lupdate would miss or misread: every string must go through
    ``translate("Context", "text"[, disambiguation, n])`` or ``QT_TRANSLATE_NOOP("Context", "text")``."""
    tree = ast.parse(source)
    parameters = {a.arg for fn in ast.walk(tree) if isinstance(fn, ast.FunctionDef | ast.Lambda)
                  for a in fn.args.args + fn.args.kwonlyargs}
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        if name in FOREIGN:
            found.append(f"line {node.lineno}: {name}(...) is not extracted; use translate(\"Context\", ...)")
        elif isinstance(node.func, ast.Attribute) and node.func.value is not None and \
                _name(node.func.value) not in ("QCoreApplication", "messages"):
            continue  # a translator object's own method (QTranslator.translate): the mechanism, not a string
        elif name in ("translate", "QT_TRANSLATE_NOOP"):
            args = node.args
            if node.keywords:
                found.append(f"line {node.lineno}: keyword arguments hide the string from lupdate")
            if not args or not _is_literal(args[0]):
                found.append(f"line {node.lineno}: the context must be a literal")
            if len(args) < 2:
                continue
            if name == "translate" and len(args) == 3:
                found.append(f"line {node.lineno}: the count is the 4th argument (None 3rd): lupdate reads a 3rd "
                             "as disambiguation")
            if name == "translate" and len(args) == 4 and not isinstance(args[3], ast.Name | ast.Constant):
                found.append(f"line {node.lineno}: the count must be a plain name (PySide 6.11's lupdate skips a "
                             "call whose count is len(...), an attribute or a sum)")
            text = args[1]
            if isinstance(text, ast.JoinedStr | ast.BinOp):
                found.append(f"line {node.lineno}: the text must be one literal (no f-string, no +)")
            elif isinstance(text, ast.Name) and text.id in parameters:
                found.append(f"line {node.lineno}: a wrapper translating its argument {text.id!r} hides strings")
    return found


# Wrappers that word entries of QT_TRANSLATE_NOOP tables (extracted there); the names their callers use.
MARKED_WRAPPERS = {"anonymizer/finding_text.py": ("marked", {"t", "_Words"})}


def _bare_literals_to(source: str, callers: set[str]) -> list[str]:
    """Calls of a marked-table wrapper (``t(...)``, ``_Words(...)(...)``) given a literal: not extracted."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        func = node.func.func if isinstance(node.func, ast.Call) else node.func
        if _name(func) in callers and isinstance(node.args[0], ast.Constant | ast.JoinedStr):
            found.append(f"line {node.lineno}: a bare literal handed to a wrapper is not extracted")
    return found


def test_every_module_translates_in_the_one_form() -> None:
    bad = {}
    for path in sorted((ROOT / "anonymizer").rglob("*.py")):
        name, source = str(path.relative_to(ROOT).as_posix()), path.read_text(encoding="utf-8")
        problems = form_problems(source)
        if name in MARKED_WRAPPERS:
            parameter, callers = MARKED_WRAPPERS[name]
            problems = [p for p in problems if f"argument {parameter!r}" not in p
                        and not any(f": {c}(...) is not extracted" in p for c in callers)]
            problems += _bare_literals_to(source, callers)
        if problems:
            bad[name] = problems
    assert not bad


@pytest.mark.parametrize("source", [
    'tr("Open")',
    'self.tr("Open")',
    'translate("Ctx", "%n file(s)", n=3)',
    'translate(CONTEXT, "Open")',
    'translate("Ctx", f"{x} files")',
    'translate("Ctx", "%n file(s)", None, len(files))',
    'translate("Ctx", "%n face(s)", None, self.faces)',
    'def t(text):\n    return translate("Ctx", text)',
])
def test_the_form_check_catches_what_lupdate_misses(source: str) -> None:
    assert form_problems(source)


def test_the_form_check_lets_the_one_form_through() -> None:
    assert not form_problems('translate("Ctx", "Open")\ntranslate("Ctx", "%n file(s)", None, n)\n'
                             'QT_TRANSLATE_NOOP("Ctx", "a " "b")\ntranslate("Ctx", TABLE[key])')


# Qt calls that put their text arguments on screen; a bare literal there was never translated.
SHOWN = {"setText", "setToolTip", "setWindowTitle", "setTitle", "setPlaceholderText", "showMessage", "addItem",
         "addItems", "setStatusTip", "setWhatsThis", "setHeaderLabels", "addMenu", "addAction", "setLabelText",
         "setInformativeText", "setDetailedText", "setTabText", "addTab", "setItemText", "setPrefix",
         "setSuffix", "setSpecialValueText", "QLabel", "QPushButton", "QCheckBox", "QGroupBox", "QAction",
         "QRadioButton", "QToolButton", "QMenu", "QTreeWidgetItem", "QListWidgetItem", "critical", "warning",
         "information", "question", "getOpenFileNames", "getOpenFileName", "getExistingDirectory",
         "getSaveFileName"}
LOGGERS = {"log", "logger", "logging", "warnings"}


def bare_words(source: str) -> list[str]:
    """Literal words handed straight to a Qt call that shows them, not through translate()."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or _name(node.func) not in SHOWN:
            continue
        if isinstance(node.func, ast.Attribute) and _name(node.func.value) in LOGGERS:
            continue
        for arg in node.args:
            for item in (arg.elts if isinstance(arg, ast.List | ast.Tuple) else [arg]):
                if _is_literal(item) and any(c.isalpha() for c in item.value):  # type: ignore[attr-defined]
                    found.append(f"line {node.lineno}: {_name(node.func)}({item.value!r})")  # type: ignore[attr-defined]
    return found


def test_no_bare_words_reach_the_screen() -> None:
    bad = {str(p.relative_to(ROOT)): words for p in sorted((ROOT / "anonymizer" / "gui").rglob("*.py"))
           if (words := bare_words(p.read_text(encoding="utf-8")))}
    assert not bad


def test_the_bare_words_check_sees_them() -> None:
    assert bare_words('label.setText("Open")') and bare_words('QTreeWidgetItem(tree, ["Nothing", ""])')
    assert not bare_words('label.setText(translate("Ctx", "Open"))\nlog.warning("not shown %s", x)')
