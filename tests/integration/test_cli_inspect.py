"""`anonymizer-cli inspect` and `clean` in the user's language (issue 15): the locale picks Russian or
Ukrainian, --lang overrides it, `inspect --json` carries typed findings with the English sentence.

The language tests run the real command in a child process with the locale variables set, as a user's
shell would; the .qm catalogues are the ones the build step compiles (tests/conftest builds them).
"""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from anonymizer.cli import main
from anonymizer.translation import language_from_environment
from tests.metadata_fixtures import save_jpeg

ROOT = Path(__file__).resolve().parents[2]
GROUPS = {"location", "time", "device", "people", "embedded", "ids", "other"}
# Names that stay as they are in every language: formats, standards, makers, units.
_KEPT = {"GPS", "EXIF", "XMP", "IPTC", "ICC", "JPEG", "JFIF", "MPF", "PNG", "GIF", "TIFF", "GeoTIFF", "HEIF",
         "HDR", "RAW", "UTC", "Photoshop", "WebP", "XL", "AVCHD", "CAMM", "GPMF", "GoPro", "Apple", "Android",
         "XML", "C2PA", "Live", "Photo", "FlashPix", "Kodak", "Canon", "Nikon", "Pentax", "Samsung", "Web", "APP",
         "eXIf", "sRGB"}


def _run(*args: str, lang: str, extra_env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env.update({"LANG": lang, "PYTHONPATH": str(ROOT), **(extra_env or {})})
    return subprocess.run([sys.executable, "-m", "anonymizer.cli", *args], capture_output=True, text=True,
                          env=env, timeout=120, check=False)


def _json(path: Path) -> dict:
    out = io.StringIO()
    assert main(["--lang", "ru", "inspect", "--json", str(path)], out=out, err=io.StringIO()) == 0
    [line] = out.getvalue().splitlines()
    return json.loads(line)


def test_inspect_json_prints_typed_findings_with_the_english_sentence(tmp_path: Path) -> None:
    record = _json(save_jpeg(tmp_path / "dirty.jpg"))
    assert set(record) >= {"file", "findings"}
    findings = record["findings"]
    assert findings and all(set(f) == {"kind", "group", "params", "text"} for f in findings)
    assert {f["group"] for f in findings} <= GROUPS
    [gps] = [f for f in findings if f["kind"] == "gps_position"]
    assert gps["group"] == "location"
    assert gps["params"] == {"lat": pytest.approx(55.7558, abs=1e-4), "lon": pytest.approx(37.6173, abs=1e-4)}
    assert gps["text"] == "GPS position: 55.75580° N, 37.61730° E", "English even when --lang ru is given"
    assert {"kind": "id", "group": "ids", "params": {"field": "serial_number", "value": "SN-4242"},
            "text": "Serial number: SN-4242"} in findings


def _latin_words(line: str, values: list[str]) -> list[str]:
    for value in sorted(values, key=len, reverse=True):
        line = line.replace(value, " ")
    return [w for w in re.findall(r"[A-Za-z]{2,}", line) if w not in _KEPT]


@pytest.mark.parametrize(("lang", "group_word"), [("ru_RU.UTF-8", "Местоположение"),
                                                 ("uk_UA.UTF-8", "Місцезнаходження")])
def test_inspect_speaks_the_locale_with_no_english_label_words(tmp_path: Path, lang: str, group_word: str) -> None:
    path = save_jpeg(tmp_path / "dirty.jpg")
    values = [str(v) for f in _json(path)["findings"] for v in f["params"].values() if isinstance(v, str)]
    values.append(str(path))
    result = _run("inspect", str(path), lang=lang)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert f"  {group_word}:" in lines, result.stdout
    english = [(line, words) for line in lines[1:] if (words := _latin_words(line, values))]
    assert not english, english


def test_lang_overrides_the_locale_and_language_comes_first(tmp_path: Path) -> None:
    path = save_jpeg(tmp_path / "dirty.jpg")
    assert "  Місцезнаходження:" in _run("--lang", "uk", "inspect", str(path), lang="ru_RU.UTF-8").stdout
    assert "  Location:" in _run("--lang", "en", "inspect", str(path), lang="ru_RU.UTF-8").stdout
    assert "  Місцезнаходження:" in _run("inspect", str(path), lang="ru_RU.UTF-8",
                                          extra_env={"LANGUAGE": "uk:ru"}).stdout


@pytest.mark.parametrize(("lang", "sentence", "word"), [("ru_RU.UTF-8", "Файл пуст (0 байт).", "ошибка"),
                                                        ("uk_UA.UTF-8", "Файл порожній (0 байтів).", "помилка")])
def test_errors_of_clean_follow_the_locale(tmp_path: Path, lang: str, sentence: str, word: str) -> None:
    (tmp_path / "empty.jpg").write_bytes(b"")
    result = _run("clean", str(tmp_path / "empty.jpg"), "-o", str(tmp_path / "out"), lang=lang)
    assert result.returncode == 1
    assert sentence in result.stderr and result.stderr.startswith(word), result.stderr


@pytest.mark.parametrize(("env", "expected"), [
    ({"LANG": "ru_RU.UTF-8"}, "ru"),
    ({"LC_ALL": "uk_UA.UTF-8", "LANG": "ru_RU.UTF-8"}, "uk"),
    ({"LC_MESSAGES": "ru_UA", "LANG": "en_US.UTF-8"}, "ru"),
    ({"LANGUAGE": "uk:ru", "LANG": "ru_RU.UTF-8"}, "uk"),
    ({"LANGUAGE": "de:uk", "LANG": "en_GB.UTF-8"}, "uk"),
    ({"LANGUAGE": "uk", "LC_ALL": "C"}, "en"),  # as gettext: LANGUAGE is ignored in the C locale
    ({"LANG": "de_DE.UTF-8"}, "en"),
    ({}, "en"),
])
def test_language_from_the_environment(env: dict[str, str], expected: str) -> None:
    assert language_from_environment(env) == expected
