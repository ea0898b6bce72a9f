"""Reviewing a video in the window (issue 17): play and pause on the space bar, the redacted preview
made by the export's rule, the track list (switch a track off, cut it to a range), the timeline (a
region's range, a click jumps), the walk over unsure stretches (U), the focus after region commands and
the export guard for a video nobody reviewed. Real key and mouse events throughout; outputs checked frame
by frame."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from anonymizer.core.models import Status
from anonymizer.core.review import open_stretches, unsure_stretches
from anonymizer.gui.canvas import MANUAL

from .test_video_tracks import LEFT, RIGHT, frames_of, red_share, two_face_clip
from .test_window import answer_guard, drag

pytestmark = pytest.mark.gui
TIMEOUT = 60_000


def disc_clip(path: Path, frames: int, hidden: frozenset[int] = frozenset()) -> Path:
    return two_face_clip(path, frames, hidden)


def load_clip(qtbot, window, clip: Path):  # noqa: ANN001, ANN201
    with qtbot.waitSignal(window.video.tracks_found, timeout=TIMEOUT):
        (item,) = window.add_paths([clip])
    qtbot.waitUntil(lambda: window.track_list.tree.topLevelItemCount() == 2, timeout=TIMEOUT)
    window.canvas.setFocus()
    return item


def track_at(item, centre: tuple[int, int]) -> int:  # noqa: ANN001
    """The id of the track whose boxes sit on ``centre``."""
    (tid,) = [t.id for t in item.doc.review.analysis.tracks
              if abs(next(iter(t.boxes.values())).cx - centre[0]) < 30]
    return tid


def click_row(window, track_id: int, check: bool = False) -> None:  # noqa: ANN001
    """Click a track's row in the list (on its tick box when ``check``)."""
    tree = window.track_list.tree
    row = window.track_list.row_of(track_id)
    rect = tree.visualItemRect(row)
    if check:
        opt = QStyleOptionViewItem()
        opt.rect = rect
        opt.features = QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
        box = tree.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, opt, tree)
        at = box.center()
    else:
        at = QPoint(rect.left() + tree.columnWidth(0) + 10, rect.center().y())  # the "Frames" column
    QTest.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)


def key(window, k: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # noqa: ANN001
    QTest.keyClick(window.canvas, k, modifier)


def go_to_frame(qtbot, window, frame: int) -> None:  # noqa: ANN001
    while window.canvas.current_frame != frame:
        key(window, Qt.Key.Key_Right if window.canvas.current_frame < frame else Qt.Key.Key_Left)
    qtbot.waitUntil(lambda: window.canvas.current_frame == frame)


def export_video(qtbot, window, out_dir: Path) -> list[np.ndarray]:  # noqa: ANN001
    window.set_output_dir(out_dir)
    with qtbot.waitSignal(window.export_finished, timeout=TIMEOUT) as blocker:
        window.export_current()
    (result,) = blocker.args[0]
    assert result.status is Status.OK, result.error
    return frames_of(result.output)


def test_space_plays_and_pauses_the_original_and_the_redacted_preview(qtbot, window, fake_detector,
                                                                      tmp_path) -> None:  # noqa: ANN001
    load_clip(qtbot, window, disc_clip(tmp_path / "c.mp4", 36))
    player = window.video.player
    shown: list[tuple[int, np.ndarray, bool]] = []
    player.frame_shown.connect(lambda i, rgb, redacted: shown.append((i, rgb.copy(), redacted)))
    key(window, Qt.Key.Key_Space)
    assert player.playing
    qtbot.waitUntil(lambda: len(shown) >= 4, timeout=TIMEOUT)
    key(window, Qt.Key.Key_Space)
    assert not player.playing
    paused_at = window.canvas.current_frame
    assert paused_at == shown[-1][0] > 0
    qtbot.wait(300)
    assert window.canvas.current_frame == paused_at  # paused: nothing moves
    assert len(window.canvas.track_boxes) == 2  # the original plays with the boxes drawn
    assert window.act_play.text() == "Play"
    # The redacted preview: every frame it shows is covered as the export covers it.
    shown.clear()
    key(window, Qt.Key.Key_A)
    key(window, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not player.playing, timeout=TIMEOUT)  # plays on to the end
    assert shown and all(redacted for _, _, redacted in shown)
    # On to the end; on a loaded machine the worker drops frames already late, the last ones included.
    assert player.ended and shown[0][0] == paused_at and paused_at < shown[-1][0] <= 35
    assert all(red_share(rgb, LEFT) < 0.05 and red_share(rgb, RIGHT) < 0.05 for _, rgb, _ in shown)
    indices = [i for i, _, _ in shown]
    assert indices == sorted(set(indices))  # in order, each at most once (late ones dropped)


def test_a_track_switched_off_in_the_list_comes_out_unredacted_on_every_frame(
        qtbot, window, fake_detector, tmp_path, out_dir) -> None:  # noqa: ANN001
    item = load_clip(qtbot, window, disc_clip(tmp_path / "c.mp4", 16))
    left = track_at(item, LEFT)
    click_row(window, left, check=True)
    assert item.doc.review.excluded_tracks == {left}
    assert window.track_list.row_of(left).checkState(0) is Qt.CheckState.Unchecked
    frames = export_video(qtbot, window, out_dir)
    assert len(frames) == 16
    assert all(red_share(f, LEFT) > 0.9 for f in frames)
    assert all(red_share(f, RIGHT) < 0.05 for f in frames)
    window.act_undo.trigger()
    assert item.doc.review.excluded_tracks == frozenset()
    assert window.track_list.row_of(left).checkState(0) is Qt.CheckState.Checked


def test_a_track_cut_to_a_range_is_covered_only_there(qtbot, window, fake_detector, tmp_path,
                                                      out_dir) -> None:  # noqa: ANN001
    item = load_clip(qtbot, window, disc_clip(tmp_path / "c.mp4", 16))
    right = track_at(item, RIGHT)
    click_row(window, right)
    assert window.track_list.current_track() == right
    window.canvas.setFocus()
    go_to_frame(qtbot, window, 5)
    QTest.mouseClick(window.track_list.start_button, Qt.MouseButton.LeftButton)
    go_to_frame(qtbot, window, 11)
    QTest.mouseClick(window.track_list.end_button, Qt.MouseButton.LeftButton)
    assert dict(item.doc.review.track_ranges) == {right: (5, 11)}
    assert window.canvas.hasFocus()
    assert "6–12" in window.track_list.row_of(right).text(1)
    frames = export_video(qtbot, window, out_dir)
    assert [i for i, f in enumerate(frames) if red_share(f, RIGHT) < 0.05] == list(range(5, 12))
    assert all(red_share(f, LEFT) < 0.05 for f in frames)  # the other track: covered on every frame
    window.act_undo.trigger()
    assert dict(item.doc.review.track_ranges) == {right: (5, 15)}


def test_a_regions_range_is_on_the_timeline_and_focus_stays_on_the_picture(
        qtbot, window, fake_detector, tmp_path) -> None:  # noqa: ANN001
    item = load_clip(qtbot, window, disc_clip(tmp_path / "c.mp4", 24))
    go_to_frame(qtbot, window, 4)
    drag(window, (130, 170), (200, 220))
    (rid,) = [r for r in item.doc.regions]
    assert window.canvas.selected == rid
    style = window.controls.style_combo.currentIndex()
    QTest.mouseClick(window.video_bar.start_button, Qt.MouseButton.LeftButton)
    assert window.canvas.hasFocus()
    go_to_frame(qtbot, window, 9)
    QTest.mouseClick(window.video_bar.end_button, Qt.MouseButton.LeftButton)
    assert item.doc.frames[rid] == (4, 9)
    assert window.canvas.hasFocus()
    key(window, Qt.Key.Key_Right)  # the next arrow key steps a frame; it never changes the style
    assert window.canvas.current_frame == 10
    assert window.controls.style_combo.currentIndex() == style
    timeline = window.video_bar.timeline
    (bar,) = [b for b in timeline.bars if b.kind == "region"]
    assert (bar.first, bar.last) == (4, 9)
    image = timeline.grab().toImage()
    ratio = image.width() / timeline.width()
    y = int(timeline.bar_rect(bar).center().y() * ratio)
    assert QColor(image.pixel(int(timeline.x_of(6.5) * ratio), y)) == MANUAL  # drawn over its frames ...
    assert QColor(image.pixel(int(timeline.x_of(15.5) * ratio), y)) != MANUAL  # ... and only there


def test_a_click_on_the_timeline_jumps_there(qtbot, window, fake_detector, tmp_path) -> None:  # noqa: ANN001
    load_clip(qtbot, window, disc_clip(tmp_path / "c.mp4", 24))
    timeline = window.video_bar.timeline
    QTest.mouseClick(timeline, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(int(timeline.x_of(17.5)), timeline.height() // 2))
    qtbot.waitUntil(lambda: window.canvas.current_frame == 17)
    assert timeline.current == 17
    assert window.canvas.hasFocus()


def test_next_unsure_stretch_walks_the_bridged_gaps_and_the_video_is_reviewed_after(
        qtbot, window, fake_detector, tmp_path) -> None:  # noqa: ANN001
    item = load_clip(qtbot, window, disc_clip(tmp_path / "c.mp4", 30, frozenset({6, 7, 8, 18, 19})))
    stretches = unsure_stretches(item.doc.review)
    assert [(s.first, s.last) for s in stretches] == [(6, 8), (18, 19)]
    assert not item.reviewed and "2 unsure spots" in item.status_text()
    key(window, Qt.Key.Key_U)
    qtbot.waitUntil(lambda: window.canvas.current_frame == 6)
    assert window.track_list.current_track() == stretches[0].track_id
    assert [(s.first, s.last) for s in open_stretches(item.doc.review)] == [(18, 19)]
    key(window, Qt.Key.Key_U)
    qtbot.waitUntil(lambda: window.canvas.current_frame == 18)
    assert item.reviewed  # every unsure stretch was shown
    key(window, Qt.Key.Key_U, Qt.KeyboardModifier.ShiftModifier)  # nothing open is left to walk
    assert "No unsure spot" in window.statusBar().currentMessage()


def test_export_guard_asks_for_an_unreviewed_video_and_review_them_goes_to_its_stretch(
        qtbot, window, fake_detector, tmp_path, out_dir) -> None:  # noqa: ANN001
    item = load_clip(qtbot, window, disc_clip(tmp_path / "c.mp4", 24, frozenset({10, 11, 12})))
    assert not item.reviewed
    window.set_output_dir(out_dir)
    window.export_current()
    answer_guard(qtbot, window, "Review them")
    qtbot.waitUntil(lambda: window.canvas.current_frame == 10)
    assert list(out_dir.iterdir()) == []  # nothing was written
    assert item.reviewed
    with qtbot.waitSignal(window.export_finished, timeout=TIMEOUT) as blocker:
        window.export_current()
    assert window.exporter.guard is None
    assert [r.status for r in blocker.args[0]] == [Status.OK]


def test_a_track_switched_off_while_the_preview_plays_shows_from_then_on(qtbot, window, fake_detector,
                                                                         tmp_path) -> None:  # noqa: ANN001
    item = load_clip(qtbot, window, disc_clip(tmp_path / "c.mp4", 48))
    left = track_at(item, LEFT)
    shown: list[np.ndarray] = []
    window.video.player.frame_shown.connect(lambda _i, rgb, _r: shown.append(rgb.copy()))
    key(window, Qt.Key.Key_A)
    key(window, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: len(shown) >= 2, timeout=TIMEOUT)
    assert all(red_share(rgb, LEFT) < 0.05 for rgb in shown)
    click_row(window, left, check=True)
    assert window.video.player.playing
    after = len(shown)
    qtbot.waitUntil(lambda: not window.video.player.playing, timeout=TIMEOUT)
    assert len(shown) > after
    assert all(red_share(rgb, LEFT) > 0.9 and red_share(rgb, RIGHT) < 0.05 for rgb in shown[after:])
