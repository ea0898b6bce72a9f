"""The window fits the screen it opens on, at any scale (issue 18): checked in a fresh process on an
offscreen screen of a given size, with QT_SCALE_FACTOR set, as a person's laptop would have it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[2]
PROBE = r"""
import json, os, sys
from pathlib import Path
import anonymizer.core.detection as detection
from tests.gui.conftest import FakeDetector
from tests.gui.cutoffs import cut_off, cut_off_in_every_view, fill
fake = FakeDetector()
detection.get_detector = lambda options=None: fake
from anonymizer.gui.app import make_app
from anonymizer.gui.main_window import MainWindow
from anonymizer.gui.settings import Settings
app = make_app([])
settings = Settings()
if len(sys.argv) > 1:  # a size saved on another screen, or at another scale
    from PySide6.QtCore import QSize
    w, h, sw, sh = map(int, sys.argv[1:])
    settings.set("window_size", QSize(w, h)); settings.set("window_screen", QSize(sw, sh)); settings.sync()
from anonymizer.gui.i18n import Translations
translations = Translations(app); translations.install(LANGUAGE)
win = MainWindow(settings, translations); win.show(); app.processEvents()
room = win.screen().availableGeometry()
win.video_bar.show(); win.track_list.show(); app.processEvents()  # as a video is reviewed
video_min = [win.minimumSizeHint().width(), win.minimumSizeHint().height()]
win.video_bar.hide(); win.track_list.hide()
for _ in range(10): app.processEvents()  # a scroll area beside them settles in more than one pass
menus = {a for m in win.menuBar().actions() if m.menu() for a in m.menu().actions()}
unreachable = [a.text() for a in win.toolbar.actions() if a.text() and a not in menus]
got = {"cut_empty": cut_off(win)}  # the welcome banner, the empty list and panels
if FILL:
    fill(win, Path(os.environ["PROBE_FILES"]))
    got["legend_folded"] = win.legend.folded
    got["cut_full"] = cut_off_in_every_view(win)
print(json.dumps({**got, "room": [room.width(), room.height()], "frame": [win.frameGeometry().width(),
      win.frameGeometry().height()], "min": [win.minimumSizeHint().width(), win.minimumSizeHint().height()],
      "unreachable": unreachable, "export_shown": win.export_panel.export_all.visibleRegion().boundingRect().width()
      == win.export_panel.export_all.width(), "export_whole": all(b.width() >= b.sizeHint().width()
      for b in (win.export_panel.export_all, win.export_panel.export_current)), "min_video": video_min}))
win.shutdown_and_wait()
"""


def probe(tmp_path: Path, width: int, height: int, scale: int, *saved: int, language: str = "en",
          fill: bool = False) -> dict:
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": width,
                                               "height": height, "logicalDpi": 96, "logicalBaseDpi": 96,
                                               "dpr": 1}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "QT_SCALE_FACTOR": str(scale),
           "ANONYMIZER_SETTINGS_DIR": str(tmp_path / "settings"), "PROBE_FILES": str(tmp_path / "files")}
    done = subprocess.run([sys.executable, "-c", f"LANGUAGE = {language!r}\nFILL = {fill}\n" + PROBE, *map(str, saved)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("language", ["en", "ru", "uk"])
@pytest.mark.parametrize(("width", "height", "scale"), [(1366, 768, 2), (1600, 1000, 2), (1366, 768, 1)])
def test_window_fits_the_screen_with_every_action_reachable(tmp_path, width, height, scale, language) -> None:  # noqa: ANN001
    got = probe(tmp_path, width, height, scale, language=language, fill=True)
    room = got["room"]
    assert room == [width // scale, height // scale]
    assert got["frame"][0] <= room[0] and got["frame"][1] <= room[1]
    assert got["min"][0] <= room[0] and got["min"][1] <= room[1]
    assert got["min_video"][0] <= room[0] and got["min_video"][1] <= room[1]  # the video's bars fit too
    assert got["unreachable"] == []  # whatever the toolbar cannot show is in the menus
    assert got["export_shown"]  # the panel above it scrolls, so the export buttons are never cut off
    assert got["export_whole"]  # and their labels are whole (stacked when side by side would cut them)
    # No label, button, combo box (nor any of its choices), list entry or metadata value is cut off, with
    # the window empty or holding a rich photo, an exported one, a video and a file it cannot read; with
    # the brush chosen, the colour key opened and the video shown.
    assert got["cut_empty"] == []
    assert got["cut_full"] == []
    # The colour key folds to one line where the window is too narrow for it (a laptop at scale factor 2).
    if scale == 1:
        assert not got["legend_folded"]
    if (width, scale) == (1366, 2):
        assert got["legend_folded"]


def test_a_saved_size_from_another_screen_is_ignored(tmp_path) -> None:  # noqa: ANN001
    # Saved at scale 2 (800x500 free), reopened at scale 1 on the same 1600x1000 screen: not tiny.
    got = probe(tmp_path, 1600, 1000, 1, 800, 500, 800, 500)
    assert got["frame"][0] >= 1200 and got["frame"][1] >= 760
    # Larger than the screen it opens on: ignored too.
    got = probe(tmp_path, 1366, 768, 1, 2772, 1600, 1366, 768)
    assert got["frame"][0] <= 1366 and got["frame"][1] <= 768
