"""A long session in the real window, as a script (issue 18: the rare crash on quit). Run in a fresh
process by ``test_long_session_quits_cleanly``, under ``python -X dev`` with faulthandler on:

    python -X dev -m tests.gui.scripted_session WORKDIR

Opens photos and a clip, looks at them, switches languages back and forth, exports, starts another
export and cancels it, then quits with Ctrl+Q and tears down the way ``anonymizer`` does. Exits 0.
"""

from __future__ import annotations

import faulthandler
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(work: Path) -> int:
    faulthandler.enable()
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    import anonymizer.core.detection as detection
    from anonymizer.gui.app import _tear_down, make_app
    from anonymizer.gui.i18n import Translations
    from anonymizer.gui.main_window import MainWindow
    from anonymizer.gui.settings import Settings
    from tests.gui.conftest import FakeDetector, make_photo
    from tests.gui.test_video_and_real import make_clip

    os.environ["ANONYMIZER_SETTINGS_DIR"] = str(work / "settings")
    from anonymizer.core import isolation

    isolation.use_in_process()  # the fake detector below lives in this process (tests/conftest.py)
    detection.get_detector = lambda options=None: FakeDetector()  # type: ignore[assignment]
    photos = work / "photos"
    photos.mkdir(parents=True, exist_ok=True)
    for seed in range(4):
        make_photo(photos / f"p{seed}.png", seed=seed, candidates=((560, 400, 30),))
    make_clip(photos / "clip.mp4", frames=12)
    app = make_app([])
    translations = Translations(app)
    translations.install("en")
    window = MainWindow(Settings(), translations)
    window.show()

    def until(cond, seconds: float = 60) -> None:  # noqa: ANN001
        end = time.monotonic() + seconds
        while not cond():
            if time.monotonic() > end:
                caller = sys._getframe(1)
                caller = caller.f_back if caller.f_code.co_name == "click" else caller
                raise SystemExit(f"timed out (line {caller.f_lineno})")
            app.processEvents()
            time.sleep(0.01)

    items = window.add_paths([photos])
    until(lambda: all(i.final for i in items))
    for _ in range(3):  # look at every file, switching languages while doing so
        for code in ("ru", "uk", ""):
            window.set_language(code)
            QTest.keyClick(window, Qt.Key.Key_N)
            app.processEvents()
    window.canvas.setFocus()
    QTest.keyClick(window.canvas, Qt.Key.Key_U)
    QTest.keyClick(window.canvas, Qt.Key.Key_C)
    window.set_output_dir(work / "out")

    def click(box_of, text: str) -> None:  # noqa: ANN001
        until(lambda: box_of() is not None)
        [b for b in box_of().buttons() if b.text() == text][0].click()

    window.export_all()
    click(lambda: window.exporter.guard, "Export anyway")
    until(lambda: not window.exporter.running and window.exporter.guard is None, 120)
    QTest.keyClick(window.canvas, Qt.Key.Key_T)  # an edit: the copy is outdated, so quitting will ask
    window.export_all()
    click(lambda: window.exporter.guard, "Export anyway")
    window.exporter.cancel()  # at once: the export may still be on its first file, or already done
    until(lambda: not window.exporter.running, 60)
    window.act_quit.trigger()  # File > Quit (Ctrl+Q)
    until(lambda: window.quit_question is not None or not window.isVisible())
    if window.quit_question is not None:  # the cancelled export left files without a copy
        click(lambda: window.quit_question, "Quit")
    until(lambda: not window.isVisible(), 30)
    _tear_down(window)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
