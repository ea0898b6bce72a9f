"""The review as a safety system, driven through the window as a person would: unsure spots (confirm,
dismiss, next), the crowd check, the reviewed state, the export guard (both answers), drops anywhere."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from anonymizer.core.models import Box, Detection, RegionSource, Status
from anonymizer.core.review import Spot, spot_of, unsure_spots
from anonymizer.gui.queue import State

from .conftest import FakeDetector, make_photo
from .test_window import answer_guard, disc_changed, export, load, read, view_point

pytestmark = pytest.mark.gui
TIMEOUT = 20_000
# Two unsure spots below the threshold: a big one and a small one (x, y, radius).
BIG, SMALL = (560, 400, 40), (80, 400, 20)


@pytest.fixture()
def unsure_photo(tmp_path: Path) -> Path:
    folder = tmp_path / "unsure"
    folder.mkdir()
    return make_photo(folder / "crowd.png", candidates=(SMALL, BIG))


def key(window, k: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:  # noqa: ANN001
    window.canvas.setFocus()
    QTest.keyClick(window.canvas, k, modifier)


def test_candidates_are_shown_not_redacted_and_walked_largest_first(qtbot, window, fake_detector,
                                                                   unsure_photo, out_dir):  # noqa: ANN001
    (item,) = load(qtbot, window, [unsure_photo])
    spots = unsure_spots(item.doc.review)
    assert len(spots) == 2 and all(not item.doc.regions[r].region.enabled for r in spots)
    assert not item.reviewed and "2 unsure spots" in window.queue.currentItem().text()
    zoom_before = window.canvas.zoom
    key(window, Qt.Key.Key_U)  # next unsure spot: the larger one first, zoomed in
    big = window.canvas.selected
    assert big == spots[0] and item.doc.regions[big].region.box.w > item.doc.regions[spots[1]].region.box.w
    assert window.canvas.zoom > zoom_before
    key(window, Qt.Key.Key_C)  # cover it: from now on it is redacted like a face
    assert item.doc.regions[big].region.enabled and item.doc.regions[big].decided
    assert window.canvas.selected == spots[1]  # went on to the next undecided spot
    key(window, Qt.Key.Key_X)  # leave the small one visible
    small = item.doc.regions[spots[1]]
    assert small.decided and not small.region.enabled
    assert item.reviewed and "Reviewed" in window.queue.currentItem().text()
    (result,) = export(qtbot, window, out_dir)
    assert result.status is Status.OK and result.candidates == 0
    before, after = read(unsure_photo), read(result.output)
    assert disc_changed(before, after, BIG[0], BIG[1], BIG[2]) > 20  # confirmed: covered
    assert disc_changed(before, after, SMALL[0], SMALL[1], SMALL[2]) == 0  # dismissed: untouched
    window.act_undo.trigger()  # undo brings the decision back, the file is no longer reviewed
    assert not item.doc.regions[spots[1]].decided and not item.reviewed


def test_click_on_a_candidate_decides_it(qtbot, window, fake_detector, unsure_photo):  # noqa: ANN001
    (item,) = load(qtbot, window, [unsure_photo])
    small = min(unsure_spots(item.doc.review), key=lambda rid: item.doc.regions[rid].region.box.w)
    QTest.mouseClick(window.canvas.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     view_point(window, SMALL[0], SMALL[1]))
    confirmed = item.doc.regions[small]
    assert confirmed.region.enabled and confirmed.decided  # a click covers it ...
    assert confirmed.region.source is RegionSource.DETECTED  # ... and it counts as a face from now on
    assert small not in unsure_spots(item.doc.review)


def test_big_unsure_face_is_pointed_out_and_walked_first(qtbot, window, monkeypatch, tmp_path):  # noqa: ANN001
    import anonymizer.core.detection as detection

    class Banner(FakeDetector):
        def detect(self, rgb: np.ndarray, cancel: object = None) -> list[Detection]:
            # A real face and a 200x250 box at 0.31 over a banner: redacted (above the threshold) but unsure.
            return [Detection(Box(100, 100, 50, 50), 0.95), Detection(Box(350, 150, 200, 250), 0.31)]

    monkeypatch.setattr(detection, "get_detector", lambda options=None: Banner())
    (item,) = load(qtbot, window, [make_photo(tmp_path / "banner.png", candidates=((60, 420, 25),))])
    first, second = unsure_spots(item.doc.review)
    assert spot_of(item.doc.regions[first], item.doc.review.area) is Spot.UNSURE_FACE
    assert item.doc.regions[first].region.enabled  # still redacted until a person says otherwise
    assert spot_of(item.doc.regions[second], item.doc.review.area) is Spot.CANDIDATE
    key(window, Qt.Key.Key_U)
    assert window.canvas.selected == first
    key(window, Qt.Key.Key_X)  # "not a face": the banner stays visible
    assert not item.doc.regions[first].region.enabled and window.canvas.selected == second


def test_crowd_check_steps_through_the_picture_and_a_click_adds_a_face(qtbot, window, fake_detector,
                                                                      photos):  # noqa: ANN001
    (item,) = load(qtbot, window, [photos])
    fit_zoom = window.canvas.zoom
    regions_before = len(item.doc.regions)
    key(window, Qt.Key.Key_G)
    assert window.canvas.crowd_step_index == 0 and window.canvas.zoom > fit_zoom * 1.5
    assert "part 1 of" in window.statusBar().currentMessage()
    visible = window.canvas.mapToScene(window.canvas.viewport().rect()).boundingRect()
    assert visible.left() <= 5 and visible.top() <= 5  # the first part is the top-left corner
    QTest.mouseClick(window.canvas.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     view_point(window, 40, 40))
    assert len(item.doc.regions) == regions_before + 1
    added = item.doc.regions[window.canvas.selected].region
    assert added.source is RegionSource.MANUAL and added.box.x < 40 < added.box.x2
    assert added.box.w * window.canvas.zoom == pytest.approx(48, abs=2)  # a face-sized mark on screen
    steps = 1
    while window.canvas.crowd_step_index >= 0:
        key(window, Qt.Key.Key_G)
        steps += 1
        assert steps < 50
    assert steps >= 4 and window.canvas.zoom == pytest.approx(fit_zoom, rel=0.05)  # over: fitted again
    assert "done" in window.statusBar().currentMessage()


def test_export_guard_review_them_then_export_anyway(qtbot, window, fake_detector, photos,
                                                     unsure_photo, out_dir):  # noqa: ANN001
    items = load(qtbot, window, [photos, unsure_photo])
    first, crowd = items
    assert first.reviewed and not crowd.reviewed  # the first was shown; the second never was
    window.set_output_dir(out_dir)
    window.export_all()
    answer_guard_text = window.exporter.guard.text()
    assert "1 of 2 files has not been reviewed (2 unsure spots not decided)" in answer_guard_text
    answer_guard(qtbot, window, "Review them")
    assert window.queue.current() is crowd and window.canvas.selected == unsure_spots(crowd.doc.review)[0]
    assert list(out_dir.iterdir()) == []  # nothing was written
    key(window, Qt.Key.Key_M)  # marked reviewed by hand: no more question
    assert crowd.reviewed
    with qtbot.waitSignal(window.export_finished, timeout=TIMEOUT) as blocker:
        window.export_all()
    assert window.exporter.guard is None
    assert [r.status for r in blocker.args[0]] == [Status.OK, Status.OK]
    # Not reviewed again after an undo: this time "Export anyway" writes both, candidates left visible.
    window.act_undo.trigger()
    results = export(qtbot, window, out_dir, all_files=True, unreviewed=True)
    assert [r.candidates for r in results] == [0, 2]
    assert all(i.state is State.EXPORTED for i in items)


def _send_drag_and_drop(widget: QWidget, paths: list[Path]) -> None:
    """A drag entering, moving over and dropped on ``widget``, delivered to its top-level window the way
    the platform delivers it, so Qt routes it to the widget under the cursor and up its parents."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    window = widget.window().windowHandle()
    pos = widget.mapTo(widget.window(), widget.rect().center())
    buttons, mods, action = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, Qt.DropAction.CopyAction
    # Qt's own signatures: enter and move take a QPoint, the drop a QPointF.
    for event in (QDragEnterEvent(pos, action, mime, buttons, mods),
                  QDragMoveEvent(pos, action, mime, buttons, mods),
                  QDropEvent(QPointF(pos), action, mime, buttons, mods)):
        QApplication.sendEvent(window, event)
        QApplication.processEvents()


@pytest.mark.parametrize("target", ["picture", "list", "panel"])
def test_drop_anywhere_adds_the_files(qtbot, window, fake_detector, photos, target):  # noqa: ANN001
    widget = {"picture": window.canvas.viewport(), "list": window.queue.viewport(),
              "panel": window.metadata}[target]
    assert window.childAt(widget.mapTo(window, widget.rect().center())) is not None
    with qtbot.waitSignal(window.item_final, timeout=TIMEOUT):
        _send_drag_and_drop(widget, [photos])
    assert [i.path.name for i in window.queue.items] == ["march.png"]
    assert window.queue.current() is window.queue.items[0]


_ = QPoint


class TurnedHead(FakeDetector):
    """One profile face with RetinaFace-style landmarks (nose far to the right of the eyes), so the
    region grows toward the back of the head; the same answer for every pass."""

    BOX = Box(250.0, 150.0, 90.0, 110.0)

    def detect(self, rgb: np.ndarray, cancel: object = None) -> list[Detection]:
        b = self.BOX
        marks = ((b.x + 30, b.y + 45), (b.x + 55, b.y + 45), (b.x + 80, b.y + 65), (b.x + 40, b.y + 85),
                 (b.x + 60, b.y + 85))
        return [Detection(b, 0.93, marks)]


@pytest.mark.parametrize("suffix", [".png", ".jpg"])
def test_window_export_is_byte_identical_to_the_cli(qtbot, window, monkeypatch, tmp_path, suffix):  # noqa: ANN001
    import anonymizer.core.detection as detection
    from anonymizer import cli
    from anonymizer.core.redaction import turn_growth

    stub = TurnedHead()
    assert turn_growth(stub.detect(np.zeros((1, 1, 3), np.uint8))[0]) != 0  # really a turned head
    monkeypatch.setattr(detection, "get_detector", lambda options=None: stub)
    photo = tmp_path / f"profile{suffix}"
    from PIL import Image

    Image.open(make_photo(tmp_path / "src.png", faces=[])).convert("RGB").save(photo, quality=95)
    load(qtbot, window, [photo])
    (result,) = export(qtbot, window, tmp_path / "window")
    assert result.status is Status.OK
    assert cli.main(["clean", str(photo), "-o", str(tmp_path / "cli")]) == 0
    (cli_output,) = (tmp_path / "cli").iterdir()
    assert result.output.read_bytes() == cli_output.read_bytes()
    # ... and the region really is the grown one: the back of the head (left of the box) is covered.
    before, after = read(photo), read(result.output)
    b = TurnedHead.BOX
    assert disc_changed(before, after, int(b.x - 0.55 * b.w), int(b.cy), 8) > 20  # outside the 1.5x ellipse
