"""Handles, shortcuts, drag and drop, the metadata panel and its warnings, exporting before the
thorough pass ends."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from anonymizer.core.models import FileWarning, RegionSource, Status
from anonymizer.gui.canvas import Tool
from anonymizer.gui.queue import State

from .conftest import FACES, make_photo
from .test_window import drag, load, view_point

pytestmark = pytest.mark.gui
TIMEOUT = 20_000


def test_move_and_resize_with_handles_then_undo(qtbot, window, fake_detector, photos):  # noqa: ANN001
    (item,) = load(qtbot, window, [photos])
    doc = item.doc
    window.canvas.select_next(1)
    rid = window.canvas.selected
    box = doc.regions[rid].region.box
    drag(window, (box.x2, box.y2), (box.x2 + 40, box.y2 + 30))  # bottom-right handle
    grown = doc.regions[rid].region.box
    assert grown.w == pytest.approx(box.w + 40, abs=2) and grown.x == pytest.approx(box.x, abs=1)
    drag(window, (grown.cx, grown.cy), (grown.cx + 50, grown.cy))  # the body: move
    moved = doc.regions[rid].region.box
    assert moved.x == pytest.approx(grown.x + 50, abs=2) and moved.w == pytest.approx(grown.w, abs=1)
    assert doc.regions[rid].region.enabled  # a drag is not a click
    window.act_undo.trigger()
    window.act_undo.trigger()
    assert doc.regions[rid].region.box == box


def test_keyboard_shortcuts(qtbot, window, fake_detector, photos):  # noqa: ANN001
    make_photo(photos / "second.png", seed=3)
    first, second = load(qtbot, window, [photos])
    window.canvas.setFocus()
    QTest.keyClick(window.canvas, Qt.Key.Key_Tab)
    QTest.keyClick(window, Qt.Key.Key_T)
    assert sum(not r.enabled for r in window.queue.current().doc.region_list()) == 1
    QTest.keyClick(window, Qt.Key.Key_B)
    assert window.canvas.tool is Tool.BRUSH
    QTest.keyClick(window, Qt.Key.Key_R)
    assert window.canvas.tool is Tool.REGION
    current = window.queue.current()
    QTest.keyClick(window, Qt.Key.Key_N)
    assert window.queue.current() is not current
    QTest.keyClick(window, Qt.Key.Key_P)
    assert window.queue.current() is current
    zoom = window.canvas.zoom
    QTest.keyClick(window, Qt.Key.Key_Plus)
    assert window.canvas.zoom > zoom
    QTest.keyClick(window, Qt.Key.Key_F)
    assert window.canvas.zoom == pytest.approx(zoom, rel=0.05)


def test_metadata_panel_groups_and_warns_about_sidecars(qtbot, window, fake_detector, tmp_path, out_dir):  # noqa: ANN001
    import piexif
    from PIL import Image

    src = make_photo(tmp_path / "gps.png")
    jpg = tmp_path / "gps.jpg"
    exif = piexif.dump({"GPS": {piexif.GPSIFD.GPSLatitudeRef: b"N",
                                piexif.GPSIFD.GPSLatitude: ((50, 1), (27, 1), (0, 1))},
                        "0th": {piexif.ImageIFD.Make: b"PhoneMaker", piexif.ImageIFD.Model: b"X1"}})
    Image.open(src).convert("RGB").save(jpg, exif=exif, quality=95)
    (tmp_path / "gps.xmp").write_text("<x:xmpmeta/>")
    (item,) = load(qtbot, window, [jpg])
    tree = window.metadata.tree
    groups = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert any(g.startswith("Location") for g in groups) and any(g.startswith("Device") for g in groups)
    assert all(tree.topLevelItem(i).text(1) == "will be removed" for i in range(tree.topLevelItemCount()))
    assert FileWarning.SIDECAR in item.warnings and window.metadata.warning.isVisibleTo(window)
    window.set_output_dir(out_dir)
    with qtbot.waitSignal(window.export_finished, timeout=TIMEOUT) as blocker:
        window.export_current()
    assert blocker.args[0][0].status is Status.OK
    assert item.leftovers == () and "Checked after writing" in window.metadata.verification.text()
    assert sorted(p.suffix for p in out_dir.iterdir()) == [".jpg"]  # the sidecar is never copied


def test_export_before_the_thorough_pass_keeps_edits_and_every_face(qtbot, window, fake_detector, photos,
                                                                    out_dir):  # noqa: ANN001
    with qtbot.waitSignal(window.item_looked, timeout=TIMEOUT):
        (item,) = window.add_paths([photos])
    qtbot.waitUntil(lambda: item.final, timeout=TIMEOUT)
    item.doc.set_review(replace(item.doc.review, refined=False))  # as if the thorough pass were still running
    drag(window, (560, 400), (630, 470))
    window.set_output_dir(out_dir)
    with qtbot.waitSignal(window.export_finished, timeout=TIMEOUT) as blocker:
        window.export_current()
    (result,) = blocker.args[0]
    assert result.status is Status.OK and result.faces == 4  # three faces and the drawn region


def test_removing_an_item_while_it_is_looked_at(qtbot, window, blocking_detector, photos):  # noqa: ANN001
    (item,) = window.add_paths([photos])
    qtbot.waitUntil(lambda: blocking_detector.active >= 1, timeout=TIMEOUT)
    window.remove_current()
    assert window.queue.items == [] and item.state is State.LOOKING
    qtbot.waitUntil(lambda: not window.looks.busy, timeout=TIMEOUT)


_ = (FACES, QPoint, view_point, Path)


def test_editing_after_export_marks_the_copy_outdated(qtbot, window, fake_detector, photos, out_dir):  # noqa: ANN001
    (item,) = load(qtbot, window, [photos])
    window.set_output_dir(out_dir)
    with qtbot.waitSignal(window.export_finished, timeout=TIMEOUT):
        window.export_current()
    assert item.state is State.EXPORTED
    window.canvas.select_next(1)
    window.act_toggle.trigger()
    assert item.state is State.READY and item.leftovers is None
    assert "Exported" not in window.queue.currentItem().text()


def test_file_dialog_leaves_no_folder_history(qtbot, window, tmp_path, monkeypatch):  # noqa: ANN001
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog

    from anonymizer.gui import app

    app.isolate_qt_settings()
    secret = tmp_path / "secret-march-photos"
    secret.mkdir()

    def accept() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible())
        dialog.setDirectory(str(secret))
        dialog.selectFile(str(secret))
        dialog.accept()

    QTimer.singleShot(0, accept)
    assert window.choose_output_dir()
    assert window.out_dir == secret
    stored = QSettings(QSettings.Scope.UserScope, "QtProject")
    remembered = " ".join(str(stored.value(k)) for k in stored.allKeys())
    assert str(tmp_path) not in remembered and "secret-march-photos" not in remembered


def test_shift_drag_draws_the_other_shape(qtbot, window, fake_detector, photos):  # noqa: ANN001
    from anonymizer.core.models import Shape

    (item,) = load(qtbot, window, [photos])
    vp = window.canvas.viewport()
    a, b = view_point(window, 20, 300), view_point(window, 90, 380)
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier, a)
    QTest.mouseMove(vp, b)
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier, b)
    manual = [r for r in item.doc.region_list() if r.source is RegionSource.MANUAL]
    assert [r.shape for r in manual] == [Shape.RECTANGLE]  # the default shape is the ellipse


def test_progress_is_throttled_but_the_last_report_always_arrives(qtbot) -> None:  # noqa: ANN001
    from anonymizer.core.models import Progress
    from anonymizer.gui.worker import JobRunner

    runner = JobRunner()
    seen: list[Progress] = []

    def work(ctx):  # noqa: ANN001, ANN202
        for i in range(1, 20_001):
            ctx.progress(Progress("frames", i, 20_000))
        return "done"

    with qtbot.waitSignal(runner.job_ended, timeout=TIMEOUT):
        runner.start(work, on_progress=seen.append)
    assert runner.shutdown()
    assert 1 <= len(seen) < 200 and seen[-1].done == 20_000
