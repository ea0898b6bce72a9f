"""GUI test fixtures: offscreen Qt, private settings, a fake face detector, generated photos.

The fake detector is injected at the one seam the core offers for it: ``anonymizer.core.detection.
get_detector`` (the pipeline looks it up on every call). It "finds" pure red discs, which the photo
generator draws, so tests know exactly where the faces are and run in milliseconds.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import threading  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402
import pytest  # noqa: E402
from PIL import Image  # noqa: E402

from anonymizer.core.detection import FaceSearch  # noqa: E402
from anonymizer.core.errors import Cancelled  # noqa: E402
from anonymizer.core.models import Box, Detection  # noqa: E402

FACES = [(120, 120), (480, 130), (300, 360)]  # disc centres in the generated photo
RADIUS = 32
LOW_SCORE_FACE = 2  # the third disc is reported with a low score
CANDIDATE_SCORE = 0.15  # magenta discs are reported below the threshold: candidates


def _discs(mask: np.ndarray) -> list[Box]:
    import cv2

    n, _, stats, _ = cv2.connectedComponentsWithStats(mask.astype(np.uint8))
    return [Box(float(x), float(y), float(w), float(h)) for x, y, w, h, area in stats[1:] if area >= 50]


class FakeDetector:
    """Finds the red discs of :func:`make_photo` (the third one with a low score) as faces, and its
    magenta discs as candidates below the threshold."""

    def __init__(self) -> None:
        self.calls = 0

    def detect(self, rgb: np.ndarray, cancel: object = None) -> list[Detection]:
        self.calls += 1
        found = []
        for box in _discs((rgb[..., 0] > 200) & (rgb[..., 1] < 60) & (rgb[..., 2] < 60)):
            near = min(range(len(FACES)), key=lambda k: abs(FACES[k][0] - box.cx) + abs(FACES[k][1] - box.cy))
            found.append(Detection(box, 0.4 if near == LOW_SCORE_FACE else 0.97))
        return found

    def find(self, rgb: np.ndarray, cancel: object = None) -> FaceSearch:
        candidates = _discs((rgb[..., 0] > 200) & (rgb[..., 1] < 60) & (rgb[..., 2] > 200))
        return FaceSearch(tuple(self.detect(rgb, cancel)),
                          tuple(Detection(b, CANDIDATE_SCORE) for b in candidates))


class BlockingDetector:
    """Never finishes on its own: returns only when the run is cancelled (for cancel tests)."""

    def __init__(self) -> None:
        self.active = 0
        self._lock = threading.Lock()
        self._stop = threading.Event()

    def detect(self, rgb: np.ndarray, cancel: object = None) -> list[Detection]:
        with self._lock:
            self.active += 1
        try:
            while not self._stop.wait(0.01):
                if cancel is not None and cancel.cancelled:  # type: ignore[attr-defined]
                    raise Cancelled()
            return []
        finally:
            with self._lock:
                self.active -= 1

    def release(self) -> None:
        self._stop.set()


def make_photo(path: Path, faces: list[tuple[int, int]] = FACES, seed: int = 1,
               candidates: tuple[tuple[int, int, int], ...] = ()) -> Path:
    """A noisy 640x480 photo with red discs (faces) and magenta discs (x, y, radius: candidates)."""
    rng = np.random.default_rng(seed)
    rgb = rng.integers(40, 200, size=(480, 640, 3), dtype=np.uint8)
    rgb[..., 0] = np.minimum(rgb[..., 0], 150)  # no stray "red" pixels in the background
    yy, xx = np.mgrid[:480, :640]
    for cx, cy in faces:
        disc = (xx - cx) ** 2 + (yy - cy) ** 2 <= RADIUS**2
        rgb[disc] = (255, 0, 0)
        eye = ((xx - cx + 10) ** 2 + (yy - cy + 8) ** 2 <= 25) | ((xx - cx - 10) ** 2 + (yy - cy + 8) ** 2 <= 25)
        rgb[eye & disc] = (255, 0, 0)
    for cx, cy, r in candidates:
        rgb[(xx - cx) ** 2 + (yy - cy) ** 2 <= r**2] = (255, 0, 255)
    Image.fromarray(rgb).save(path)
    return path


@pytest.fixture()
def settings_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "settings"
    monkeypatch.setenv("ANONYMIZER_SETTINGS_DIR", str(folder))
    return folder


@pytest.fixture()
def fake_detector(monkeypatch: pytest.MonkeyPatch) -> FakeDetector:
    import anonymizer.core.detection as detection

    fake = FakeDetector()
    monkeypatch.setattr(detection, "get_detector", lambda options=None: fake)
    return fake


@pytest.fixture()
def blocking_detector(monkeypatch: pytest.MonkeyPatch) -> Iterator[BlockingDetector]:
    import anonymizer.core.detection as detection

    fake = BlockingDetector()
    monkeypatch.setattr(detection, "get_detector", lambda options=None: fake)
    yield fake
    fake.release()


@pytest.fixture()
def photos(tmp_path: Path) -> Path:
    folder = tmp_path / "photos"
    folder.mkdir()
    make_photo(folder / "march.png")
    return folder


@pytest.fixture()
def window(qtbot, settings_dir: Path):  # noqa: ANN001, ANN201
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from anonymizer.gui.i18n import Translations
    from anonymizer.gui.main_window import MainWindow
    from anonymizer.gui.settings import Settings

    translations = Translations(QApplication.instance())  # type: ignore[arg-type]
    translations.install("en")
    w = MainWindow(Settings(), translations)
    # Not qtbot.addWidget: pytest-qt would close the window before this fixture shuts it down, and a
    # window with files not exported asks before it closes.
    w.show()
    qtbot.waitExposed(w)
    yield w
    assert w.shutdown_and_wait()
    translations.install("en")
    w.close()
    # Deleted now, as the app deletes its window before QApplication goes: a closed window left to the
    # garbage collector would still receive the next test's events (a language change) half torn down.
    w.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(autouse=True)
def nothing_left_behind(qapp) -> Iterator[None]:  # noqa: ANN001
    """Fail a test that leaves a worker thread running or a window open (napari's habit)."""
    before = {t.ident for t in threading.enumerate()}
    yield
    left = [t for t in threading.enumerate() if t.ident not in before and t.is_alive()
            and not t.daemon and t.name.startswith("anonymizer")]
    assert not left, f"threads left running: {left}"
    windows = [w for w in qapp.topLevelWidgets() if w.isVisible()]
    assert not windows, f"windows left open: {windows}"
