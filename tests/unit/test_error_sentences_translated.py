"""Every error sentence the CLI and GUI show has a Russian and a Ukrainian translation."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _sentences() -> set[str]:
    tree = ast.parse((ROOT / "anonymizer" / "messages.py").read_text(encoding="utf-8"))
    return {
        node.args[1].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "translate"
        and len(node.args) >= 2 and isinstance(node.args[0], ast.Constant) and node.args[0].value == "Errors"
        and isinstance(node.args[1], ast.Constant)
    }


@pytest.mark.parametrize("lang", ["ru", "uk"])
def test_every_error_sentence_is_translated(lang: str) -> None:
    root = ET.parse(ROOT / "resources" / "translations" / f"{lang}.ts").getroot()
    translated = {
        m.findtext("source"): (m.findtext("translation") or "")
        for ctx in root.iter("context") if ctx.findtext("name") == "Errors"
        for m in ctx.iter("message")
    }
    sentences = _sentences()
    assert len(sentences) > 10
    missing = sorted(s for s in sentences if not translated.get(s, "").strip())
    assert not missing, missing
