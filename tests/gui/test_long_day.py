"""The window through a long day (issue 18): help and shortcuts, brush size, which copy is which, the
keep-names warning, quitting with work not exported, export buttons, new files selected, refining sign,
an error shown where the picture would be, "Show in folder" that cannot open anything."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from anonymizer.core.models import NamingScheme, Status
from anonymizer.gui.canvas import Tool
from anonymizer.gui.panels import select_data
from anonymizer.gui.queue import State

from .conftest import make_photo
from .test_window import drag, export, load

pytestmark = pytest.mark.gui
TIMEOUT = 20_000


def test_f1_lists_what_is_removed_every_shortcut_and_about(qtbot, window) -> None:  # noqa: ANN001
    QTest.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.help_dialog is not None and window.help_dialog.isVisible(), timeout=TIMEOUT)
    tabs = window.help_dialog.tabs
    texts = [tabs.widget(i).toPlainText() for i in range(tabs.count())]
    assert "cannot remove" in texts[0] and "Gait" in texts[0]
    for keys in ("PgDown", "N", "U", "G", "C", "X", "M", "[", "]", "Ctrl+Z"):  # N/P and PgUp/PgDn included
        assert keys in texts[1], keys
    assert "GNU General Public License" in texts[2] and "RetinaFace" in texts[2] and "WIDER FACE" in texts[2]
    from anonymizer import __version__

    assert __version__ in texts[2]
    window.help_dialog.reject()
    window.show_about()
    assert window.help_dialog.tabs.currentIndex() == 2
    window.help_dialog.reject()


def test_brush_size_by_keys_and_slider_with_its_outline_as_cursor(qtbot, window, fake_detector,
                                                                 photos, out_dir) -> None:  # noqa: ANN001
    (item,) = load(qtbot, window, [photos])
    assert not window.brush_bar.isVisible()
    QTest.keyClick(window, Qt.Key.Key_B)
    assert window.canvas.tool is Tool.BRUSH and window.brush_bar.isVisible()
    start = window.canvas.brush_radius
    QTest.keyClick(window, Qt.Key.Key_BracketRight)
    assert window.canvas.brush_radius == pytest.approx(start * 1.25)
    QTest.keyClick(window, Qt.Key.Key_BracketLeft)
    QTest.keyClick(window, Qt.Key.Key_BracketLeft)
    assert window.canvas.brush_radius == pytest.approx(start / 1.25)
    window.brush_slider.setValue(window.brush_slider.maximum())
    assert window.canvas.brush_radius == pytest.approx(window.canvas.brush_range()[1])
    cursor = window.canvas.viewport().cursor()
    assert cursor.shape() == Qt.CursorShape.BitmapCursor
    assert cursor.pixmap().width() == pytest.approx(min(256, 2 * window.canvas.brush_radius * window.canvas.zoom) + 4,
                                                    abs=2)
    drag(window, (40, 440), (120, 440))
    (stroke,) = item.doc.stroke_list()
    assert stroke.radius == pytest.approx(window.canvas.brush_range()[1])
    QTest.keyClick(window, Qt.Key.Key_R)
    assert not window.brush_bar.isVisible()


def test_which_copy_is_which_and_the_keep_names_warning(qtbot, window, fake_detector, photos, out_dir,
                                                        settings_dir) -> None:  # noqa: ANN001
    assert not window.controls.naming_warning.isVisibleTo(window)
    select_data(window.controls.naming_combo, NamingScheme.KEEP)
    assert window.controls.naming_warning.isVisibleTo(window)
    assert "date and time" in window.controls.naming_warning.text()
    select_data(window.controls.naming_combo, NamingScheme.RANDOM)
    assert not window.controls.naming_warning.isVisibleTo(window)
    make_photo(photos / "second.png", seed=4)
    load(qtbot, window, [photos])
    results = export(qtbot, window, out_dir, all_files=True, unreviewed=True)
    assert window.export_panel.show_names.isVisible()
    QTest.mouseClick(window.export_panel.show_names, Qt.MouseButton.LeftButton)
    table = window.exporter.names_dialog.table
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows == {r.input.name: r.output.name for r in results if r.status is Status.OK}
    window.exporter.names_dialog.reject()
    window.settings.sync()
    saved = [p.read_text(errors="ignore") for p in settings_dir.rglob("*") if p.is_file()]
    assert saved and not any("second" in text or "march" in text for text in saved)  # never written


def test_quitting_with_work_not_exported_asks_first(qtbot, window, fake_detector, photos) -> None:  # noqa: ANN001
    load(qtbot, window, [photos])
    window.close()
    qtbot.waitUntil(lambda: window.quit_question is not None, timeout=TIMEOUT)
    assert window.isVisible() and "1 file" in window.quit_question.text()
    [b for b in window.quit_question.buttons() if b.text() == "Keep working"][0].click()
    assert window.isVisible() and window.quit_question is None
    window.close()
    qtbot.waitUntil(lambda: window.quit_question is not None, timeout=TIMEOUT)
    [b for b in window.quit_question.buttons() if b.text() == "Quit"][0].click()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=TIMEOUT)


def test_export_buttons_new_files_selected_and_refining_sign(qtbot, window, blocking_detector,
                                                             photos, tmp_path) -> None:  # noqa: ANN001
    assert not window.export_panel.export_all.isEnabled() and not window.act_export_all.isEnabled()
    first = window.add_paths([photos])
    assert window.export_panel.export_all.isEnabled() and window.act_export.isEnabled()
    assert window.queue.current() is first[0]
    other = tmp_path / "more"
    other.mkdir()
    added = window.add_paths([make_photo(other / "later.png", seed=9)])
    assert window.queue.current() is added[0]  # what was just added is shown
    qtbot.waitUntil(lambda: blocking_detector.active >= 1, timeout=TIMEOUT)
    window.remove_current()
    window.queue.select(first[0])
    window.remove_current()
    assert not window.export_panel.export_all.isEnabled()


def test_refining_sign_until_the_thorough_pass_is_in(qtbot, window, fake_detector, photos) -> None:  # noqa: ANN001
    with qtbot.waitSignal(window.item_looked, timeout=TIMEOUT):
        (item,) = window.add_paths([photos])
    if not item.final:
        assert "refining" in window.queue.currentItem().text()
    qtbot.waitUntil(lambda: item.final, timeout=TIMEOUT)
    assert "refining" not in window.queue.currentItem().text()
    item.final = False
    window.queue.refresh(item)
    assert "refining" in window.queue.currentItem().text()


def test_a_failed_file_shows_its_error_in_the_picture_area(qtbot, window, fake_detector, tmp_path) -> None:  # noqa: ANN001
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00\x10JFIF" + bytes(200))
    (item,) = load(qtbot, window, [broken])
    assert item.state is State.ERROR
    assert "damaged" in window.canvas.empty_text and "Looking" not in window.canvas.empty_text


def test_show_in_folder_says_where_when_no_file_manager_opens(qtbot, window, fake_detector, photos,
                                                             out_dir, monkeypatch) -> None:  # noqa: ANN001
    from PySide6.QtGui import QDesktopServices

    load(qtbot, window, [photos])
    export(qtbot, window, out_dir)
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: False))
    QTest.mouseClick(window.export_panel.show_folder, Qt.MouseButton.LeftButton)
    box = window.exporter.folder_failed
    assert box is not None and box.isVisible() and str(out_dir) in box.text()
    box.accept()


_ = Path


def test_a_big_batch_has_one_progress_line_that_can_stop(qtbot, window, blocking_detector, tmp_path,
                                                        out_dir) -> None:  # noqa: ANN001
    folder = tmp_path / "many"
    folder.mkdir()
    for seed in range(6):
        make_photo(folder / f"p{seed:02}.png", seed=seed)
    items = window.add_paths([folder])
    progress = window.look_progress
    assert progress.isVisible() and progress.total == 6
    assert "1 of 6" in progress.label.text()
    qtbot.waitUntil(lambda: blocking_detector.active >= 1, timeout=TIMEOUT)
    QTest.mouseClick(progress.stop, Qt.MouseButton.LeftButton)
    assert not progress.isVisible()
    assert all(i.state in (State.PENDING, State.READY) for i in items)
    assert "Not looked at yet" in window.queue.item(5).text()
    qtbot.waitUntil(lambda: not window.looks.busy, timeout=TIMEOUT)
    blocking_detector.release()
    # Exported all the same: the pipeline finds the faces itself, nobody having reviewed them.
    results = export(qtbot, window, out_dir, all_files=True, unreviewed=True)
    assert [r.status for r in results] == [Status.OK] * 6


def test_nothing_jumps_after_an_export(qtbot, window, fake_detector, photos, out_dir) -> None:  # noqa: ANN001
    load(qtbot, window, [photos])
    qtbot.wait(50)
    button = window.export_panel.export_all.mapTo(window, window.export_panel.export_all.rect().topLeft())
    canvas_top = window.canvas.mapTo(window, window.canvas.rect().topLeft())
    zoom = window.canvas.zoom
    export(qtbot, window, out_dir)
    qtbot.wait(50)
    assert window.export_panel.show_folder.isVisible()
    assert window.export_panel.export_all.mapTo(window, window.export_panel.export_all.rect().topLeft()) == button
    assert window.canvas.mapTo(window, window.canvas.rect().topLeft()) == canvas_top
    assert window.canvas.zoom == pytest.approx(zoom)
