"""Every sentence and name of the metadata findings, and every word of the CLI, has a Russian and a
Ukrainian translation (with all plural forms), and the translation keeps the source's placeholders."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_SOURCES = {"Findings": ROOT / "anonymizer" / "finding_text.py", "CLI": ROOT / "anonymizer" / "cli.py"}


def _marked(context: str) -> set[str]:
    """The texts marked with QT_TRANSLATE_NOOP or translate(context, ...) in the module of ``context``."""
    tree = ast.parse(_SOURCES[context].read_text(encoding="utf-8"))
    return {
        node.args[1].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
        and node.func.id in ("QT_TRANSLATE_NOOP", "translate") and len(node.args) >= 2
        and isinstance(node.args[0], ast.Constant) and node.args[0].value == context
        and isinstance(node.args[1], ast.Constant)
    }


@pytest.mark.parametrize("lang", ["ru", "uk"])
@pytest.mark.parametrize("context", sorted(_SOURCES))
def test_every_marked_text_is_translated_with_its_placeholders(lang: str, context: str) -> None:
    root = ET.parse(ROOT / "resources" / "translations" / f"{lang}.ts").getroot()
    translated: dict[str, list[str]] = {}
    for ctx in root.iter("context"):
        if ctx.findtext("name") != context:
            continue
        for m in ctx.iter("message"):
            tr = m.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            translated[m.findtext("source") or ""] = [f.text or "" for f in tr.findall("numerusform")] or [tr.text or ""]
    texts = _marked(context)
    assert len(texts) > 5
    missing = sorted(t for t in texts if not all(f.strip() for f in translated.get(t, [""])))
    assert not missing, missing
    for text in texts:
        wanted = sorted(set(re.findall(r"%[1-9n]", text)))
        for form in translated[text]:
            assert sorted(set(re.findall(r"%[1-9n]", form))) == wanted, (text, form)
        if "%n" in text:
            assert len(translated[text]) == 3, (text, "Russian and Ukrainian have three plural forms")
