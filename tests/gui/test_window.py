"""Drive the real window offscreen: regions, edits, export, cancel, errors, languages, settings."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest

from anonymizer.core.models import RegionSource, Status
from anonymizer.gui.main_window import MainWindow
from anonymizer.gui.queue import State

from .conftest import FACES, RADIUS, make_photo

pytestmark = pytest.mark.gui
TIMEOUT = 20_000


def load(qtbot, window: MainWindow, paths: list[Path]):  # noqa: ANN001, ANN201
    with qtbot.waitSignals([window.item_final] * 1, timeout=TIMEOUT):
        items = window.add_paths(paths)
    qtbot.waitUntil(lambda: all(i.final or i.state is State.ERROR for i in items), timeout=TIMEOUT)
    return items


def view_point(window: MainWindow, x: float, y: float) -> QPoint:
    return window.canvas.mapFromScene(QPointF(x, y))


def drag(window: MainWindow, start: tuple[float, float], end: tuple[float, float]) -> None:
    vp = window.canvas.viewport()
    a, b = view_point(window, *start), view_point(window, *end)
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, a)
    for t in (0.25, 0.5, 0.75, 1.0):
        QTest.mouseMove(vp, QPoint(int(a.x() + (b.x() - a.x()) * t), int(a.y() + (b.y() - a.y()) * t)))
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, b)


def answer_guard(qtbot, window: MainWindow, button: str = "Export anyway") -> None:  # noqa: ANN001
    """Click ``button`` in the "not reviewed" question, as a person would."""
    qtbot.waitUntil(lambda: window.exporter.guard is not None and window.exporter.guard.isVisible(),
                    timeout=TIMEOUT)
    box = window.exporter.guard
    (target,) = [b for b in box.buttons() if b.text() == button]
    QTest.mouseClick(target, Qt.MouseButton.LeftButton)


def export(qtbot, window: MainWindow, out: Path, all_files: bool = False,  # noqa: ANN001
           unreviewed: bool = False) -> list:
    """Export through the window; ``unreviewed``: some files were never looked at, so say "Export anyway"."""
    window.set_output_dir(out)
    with qtbot.waitSignal(window.export_finished, timeout=TIMEOUT) as blocker:
        (window.export_all if all_files else window.export_current)()
        if unreviewed:
            answer_guard(qtbot, window)
    return blocker.args[0]


def read(path: Path) -> np.ndarray:
    return np.asarray(Image.open(path).convert("RGB")).astype(int)


def disc_changed(before: np.ndarray, after: np.ndarray, cx: int, cy: int, r: int = RADIUS - 4) -> float:
    patch = (slice(cy - r // 2, cy + r // 2), slice(cx - r // 2, cx + r // 2))
    return float(np.abs(before[patch] - after[patch]).mean())


def test_regions_appear_for_detected_faces(qtbot, window, fake_detector, photos):  # noqa: ANN001
    (item,) = load(qtbot, window, [photos])
    assert item.state is State.READY and item.doc is not None
    regions = item.doc.region_list()
    assert len(regions) == 3
    assert all(r.source is RegionSource.DETECTED and r.enabled for r in regions)
    assert sorted(window.canvas.visible_ids()) == sorted(item.doc.regions)
    # On screen, with nothing unsure to decide (the low-score face is small and covered): reviewed.
    assert "Reviewed" in window.queue.currentItem().text()
    assert item.thumb is not None and not item.thumb.isNull()


def test_region_switched_off_is_not_redacted_and_others_are(qtbot, window, fake_detector, photos,
                                                            out_dir):  # noqa: ANN001
    (item,) = load(qtbot, window, [photos])
    cx, cy = FACES[0]
    QTest.mouseClick(window.canvas.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     view_point(window, cx, cy))
    off = [r for r in item.doc.region_list() if not r.enabled]
    assert len(off) == 1 and off[0].box.x < cx < off[0].box.x2
    (result,) = export(qtbot, window, out_dir)
    assert result.status is Status.OK and item.state is State.EXPORTED
    before, after = read(photos / "march.png"), read(result.output)
    assert disc_changed(before, after, *FACES[0]) == 0
    assert disc_changed(before, after, *FACES[1]) > 20
    assert disc_changed(before, after, *FACES[2]) > 20
    assert window.metadata.verification.isVisibleTo(window)


def test_drawn_region_and_brush_stroke_are_redacted(qtbot, window, fake_detector, tmp_path, out_dir):  # noqa: ANN001
    src = make_photo(tmp_path / "sign.png", faces=[(100, 100)])
    (item,) = load(qtbot, window, [src])
    drag(window, (400, 300), (520, 420))  # a region over an empty area
    manual = [r for r in item.doc.region_list() if r.source is RegionSource.MANUAL]
    assert len(manual) == 1 and manual[0].box.w > 100
    window.act_brush.trigger()
    drag(window, (150, 400), (300, 400))  # a brush stroke along y=400
    assert len(item.doc.stroke_list()) == 1
    (result,) = export(qtbot, window, out_dir)
    before, after = read(src), read(result.output)
    assert disc_changed(before, after, 460, 360, 60) > 10
    assert disc_changed(before, after, 225, 400, 10) > 10
    assert disc_changed(before, after, 600, 40, 20) == 0  # untouched background stays


def test_undo_and_redo(qtbot, window, fake_detector, photos):  # noqa: ANN001
    (item,) = load(qtbot, window, [photos])
    doc = item.doc
    QTest.mouseClick(window.canvas.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     view_point(window, *FACES[1]))
    assert sum(not r.enabled for r in doc.region_list()) == 1
    drag(window, (20, 300), (90, 380))
    assert len(doc.region_list()) == 4
    window.act_undo.trigger()
    assert len(doc.region_list()) == 3
    window.act_undo.trigger()
    assert all(r.enabled for r in doc.region_list())
    window.act_redo.trigger()
    window.act_redo.trigger()
    assert len(doc.region_list()) == 4 and sum(not r.enabled for r in doc.region_list()) == 1


def test_cancel_long_export_leaves_no_file(qtbot, window, blocking_detector, photos, out_dir):  # noqa: ANN001
    window.add_paths([photos])
    window.set_output_dir(out_dir)
    window.export_all()
    answer_guard(qtbot, window)  # the photo is still being looked at: nobody has reviewed it
    qtbot.waitUntil(lambda: blocking_detector.active >= 2, timeout=TIMEOUT)  # the export is inside detection
    assert window.export_panel.cancel.isVisible()
    with qtbot.waitSignal(window.export_finished, timeout=TIMEOUT):
        QTest.mouseClick(window.export_panel.cancel, Qt.MouseButton.LeftButton)
    assert list(out_dir.iterdir()) == []
    assert "Cancelled" in window.export_panel.status.text()
    assert window.queue.items[0].state is not State.ERROR


def test_corrupt_file_shows_its_error_and_the_rest_exports(qtbot, window, fake_detector, photos, out_dir):  # noqa: ANN001
    make_photo(photos / "second.png", seed=2)
    (photos / "broken.jpg").write_bytes(b"\xff\xd8\xff\xe0" + b"\x00\x10JFIF" + bytes(200))
    items = load(qtbot, window, [photos])
    broken = next(i for i in items if i.path.name == "broken.jpg")
    assert broken.state is State.ERROR and "damaged" in broken.error
    results = export(qtbot, window, out_dir, all_files=True, unreviewed=True)
    assert sorted(r.status.value for r in results) == ["error", "ok", "ok"]
    assert len(list(out_dir.iterdir())) == 2
    assert broken.state is State.ERROR and "damaged" in window.queue.item(items.index(broken)).text()


def test_language_switch_changes_visible_strings(qtbot, window):  # noqa: ANN001
    english = window.export_panel.export_all.text()
    window.set_language("ru")
    assert window.export_panel.export_all.text() == "Экспортировать все"
    assert window.menuBar().actions()[0].text() == "&Файл"
    window.set_language("uk")
    assert window.export_panel.export_all.text() == "Експортувати все"
    window.set_language("en")
    assert window.export_panel.export_all.text() == english


def test_settings_hold_preferences_and_no_paths(qtbot, window, fake_detector, photos, out_dir,
                                                settings_dir):  # noqa: ANN001
    from anonymizer.gui.settings import OPTIONS

    load(qtbot, window, [photos])
    window.set_output_dir(out_dir)
    window.controls.naming_combo.setCurrentIndex(1)
    window.set_language("uk")
    window.set_language("")
    window.close()
    text = (settings_dir / "anonymizer.ini").read_text()
    assert str(photos) not in text and str(out_dir) not in text and "march" not in text
    assert "/" not in text.replace("\\/", "") or "@Size" in text
    keys = {line.split("=")[0] for line in text.splitlines() if "=" in line}
    assert keys <= set(OPTIONS) | {"schema_version"}
    assert not list(photos.glob(".*"))  # nothing written beside the originals


def test_style_choice_defaults_to_solid_and_says_how_strong(qtbot, window, fake_detector, photos,
                                                             out_dir):  # noqa: ANN001
    """The measured default (solid fill) is preselected, every choice carries its measured strength, and
    the style picked is the one exported."""
    from anonymizer.core.models import RedactionStyle
    from anonymizer.gui.panels import select_data

    combo = window.controls.style_combo
    assert combo.currentData() is RedactionStyle.SOLID
    tips = {combo.itemData(i): combo.itemData(i, Qt.ItemDataRole.ToolTipRole) for i in range(combo.count())}
    assert tips[RedactionStyle.SOLID].startswith("Strongest")
    assert tips[RedactionStyle.PIXELATE].startswith("Strong:")
    assert tips[RedactionStyle.BLUR].startswith("Weaker")
    load(qtbot, window, [photos])
    cx, cy = FACES[1]
    inner = (slice(cy - 10, cy + 10), slice(cx - 10, cx + 10))
    (solid,) = export(qtbot, window, out_dir)
    assert np.all(read(solid.output)[inner] == 24)  # one flat dark grey over the face
    select_data(combo, RedactionStyle.PIXELATE)
    window.set_language("ru")  # retranslating keeps the choice
    assert combo.currentData() is RedactionStyle.PIXELATE
    window.set_language("en")
    (pixelated,) = export(qtbot, window, out_dir / "px")
    patch = read(pixelated.output)[inner]
    assert patch.std() > 2 and disc_changed(read(photos / "march.png"), read(pixelated.output), cx, cy) > 20


@pytest.mark.parametrize("run", range(4))
def test_long_session_quits_cleanly(tmp_path, run) -> None:  # noqa: ANN001
    """Issue 18: a long session (look, switch languages, export, cancel, quit) ended about one quit in
    eight with "Fatal Python error: bool_dealloc". Each run is a fresh process under -X dev."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONFAULTHANDLER": "1"}
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-X", "dev", "-m", "tests.gui.scripted_session", str(tmp_path)],
                          cwd=root, env=env, capture_output=True, text=True, timeout=240)
    assert "Fatal Python error" not in done.stderr, done.stderr[-3000:]
    assert done.returncode == 0, done.stderr[-3000:]
    assert len(list((tmp_path / "out").iterdir())) >= 5  # the first export wrote every file
