"""The video path, the real detector on a real face, the smoke-test entry point, and review helpers."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest

from anonymizer.core.models import Box, Status
from anonymizer.gui.queue import State

pytestmark = pytest.mark.gui
TIMEOUT = 30_000


def make_clip(path: Path, frames: int = 24) -> Path:
    import av

    with av.open(str(path), "w") as out:
        stream = out.add_stream("libx264", rate=12)
        stream.width, stream.height, stream.pix_fmt = 320, 240, "yuv420p"
        yy, xx = np.mgrid[:240, :320]
        for i in range(frames):
            rgb = np.full((240, 320, 3), 90, np.uint8)
            rgb[::6] = 60
            cx = 60 + i * 6
            rgb[(xx - cx) ** 2 + (yy - 100) ** 2 <= 25**2] = (255, 0, 0)
            for packet in stream.encode(av.VideoFrame.from_ndarray(rgb, format="rgb24")):
                out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)
    return path


def test_video_scrub_detect_manual_region_and_export(qtbot, window, fake_detector, tmp_path, out_dir):  # noqa: ANN001
    clip = make_clip(tmp_path / "clip.mp4")
    with qtbot.waitSignal(window.item_final, timeout=TIMEOUT):
        (item,) = window.add_paths([clip])
    assert item.video and item.state is State.READY
    qtbot.waitUntil(lambda: len(item.frames) > 10, timeout=TIMEOUT)  # the scrubber's frames are in
    assert window.video_bar.isVisible()
    with qtbot.waitSignal(window.frame_shown, timeout=TIMEOUT):
        window.video_bar.slider.setValue(5)
    # The face on that frame is drawn: found on the frame, or as its track once the tracks are in.
    assert len(window.canvas.auto_boxes) == 1 or len(window.canvas.track_boxes) == 1
    vp = window.canvas.viewport()
    a, b = window.canvas.mapFromScene(QPointF(200, 160)), window.canvas.mapFromScene(QPointF(300, 230))
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, a)
    QTest.mouseMove(vp, QPoint((a.x() + b.x()) // 2, (a.y() + b.y()) // 2))
    QTest.mouseMove(vp, b)
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, b)
    (rid,) = item.doc.regions
    first, _last = item.doc.frames[rid]
    assert first == window.canvas.current_frame
    # A video is reviewed once its tracks are in (and none is unsure): before that the guard would ask.
    qtbot.waitUntil(lambda: item.doc.review.analysis is not None, timeout=TIMEOUT)
    assert item.reviewed
    window.set_output_dir(out_dir)
    with qtbot.waitSignal(window.export_finished, timeout=60_000) as blocker:
        window.export_current()
    (result,) = blocker.args[0]
    assert result.status is Status.OK, result.error
    assert result.output.suffix == ".mp4" and item.state is State.EXPORTED


def test_real_detector_finds_the_astronaut(qtbot, window, astronaut, tmp_path, out_dir):  # noqa: ANN001
    from tests.conftest import ASTRONAUT_FACE

    src = tmp_path / "astronaut.jpg"
    Image.fromarray(astronaut).save(src, quality=92)
    with qtbot.waitSignal(window.item_final, timeout=120_000):
        (item,) = window.add_paths([src])
    face = Box(*ASTRONAUT_FACE)
    assert any(r.box.iou(face) > 0.3 for r in item.doc.region_list())
    window.set_output_dir(out_dir)
    with qtbot.waitSignal(window.export_finished, timeout=120_000) as blocker:
        window.export_current()
    (result,) = blocker.args[0]
    assert result.status is Status.OK
    after = np.asarray(Image.open(result.output).convert("RGB")).astype(int)
    x, y, w, h = (int(v) for v in ASTRONAUT_FACE)
    assert np.abs(after[y:y + h, x:x + w] - astronaut[y:y + h, x:x + w].astype(int)).mean() > 15


def test_smoke_test_flag_exits_zero(qtbot, settings_dir, monkeypatch):  # noqa: ANN001
    from PySide6.QtWidgets import QApplication

    from anonymizer.gui import app

    monkeypatch.setattr(app, "isolate_qt_settings", lambda: None)  # keep the test process' Qt settings
    assert app.main(["--smoke-test"]) == 0
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()]
