"""The metadata panel words the core's typed findings, grouped, in the window's language, with values
in full: a long value wraps onto more lines instead of losing its end to an ellipsis (issue 15)."""

from __future__ import annotations

from pathlib import Path

import piexif
import pytest
from PIL import Image

from .conftest import make_photo
from .test_window import load

pytestmark = pytest.mark.gui
LONG = ("Crowd at the station square before the march, faces visible, taken from the bridge by the "
        "river at the corner of the old post office, just before the police arrived with the vans")


def _photo(tmp_path: Path) -> Path:
    src = make_photo(tmp_path / "src.png")
    jpg = tmp_path / "rich.jpg"
    exif = piexif.dump({
        "0th": {piexif.ImageIFD.Make: b"PhoneMaker", piexif.ImageIFD.Model: b"X1",
                piexif.ImageIFD.ImageDescription: LONG.encode()},
        "Exif": {piexif.ExifIFD.BodySerialNumber: b"SN-99"},
        "GPS": {piexif.GPSIFD.GPSLatitudeRef: b"N", piexif.GPSIFD.GPSLatitude: ((50, 1), (27, 1), (0, 1)),
                piexif.GPSIFD.GPSLongitudeRef: b"E", piexif.GPSIFD.GPSLongitude: ((30, 1), (31, 1), (0, 1))}})
    Image.open(src).convert("RGB").save(jpg, exif=exif, quality=95)
    return jpg


def _children(tree) -> dict[str, list[str]]:  # noqa: ANN001
    out = {}
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        out[top.text(0)] = [top.child(k).text(0) for k in range(top.childCount())]
    return out


def test_findings_are_worded_grouped_and_shown_in_full(qtbot, window, fake_detector, tmp_path):  # noqa: ANN001
    load(qtbot, window, [_photo(tmp_path)])
    tree = window.metadata.tree
    groups = _children(tree)
    assert groups["Location (1)"] == ["GPS position: 50.45000° N, 30.51667° E"]
    assert groups["Serial numbers and ids (1)"] == ["Serial number: SN-99"]
    assert f"Description: {LONG}" in groups["People (1)"], "the value in full, not cut"
    people = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                  if tree.topLevelItem(i).text(0) == "People (1)")
    people.setExpanded(True)
    qtbot.waitUntil(lambda: tree.visualItemRect(people.child(0)).height() > 0)
    location = tree.topLevelItem(0)
    one_line = tree.visualItemRect(location).height()
    qtbot.waitUntil(lambda: tree.visualItemRect(people.child(0)).height() >= 2 * one_line)  # wrapped

    window.language_actions["ru"].trigger()
    groups = _children(tree)
    assert groups["Местоположение (1)"] == ["Координаты GPS: 50.45000° с. ш., 30.51667° в. д."]
    assert groups["Серийные номера и идентификаторы (1)"] == ["Серийный номер: SN-99"]
    assert f"Описание: {LONG}" in groups["Люди (1)"]
