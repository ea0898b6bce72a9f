"""The window in Russian and Ukrainian down to Qt's own words, and numbers written as each language does."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.gui

CANCEL = {"en": "Cancel", "ru": "Отмена", "uk": "Скасувати"}
LOOK_IN = {"en": "&Look in:", "ru": "&Перейти к:", "uk": "&Перегляд у:"}
TYPES = {"en": "Files of &type:", "ru": "&Типы файлов:", "uk": "&Типи файлів:"}
SHOW = {"en": "Show ", "ru": "Показать ", "uk": "Показати "}  # + a column's name, in the header's menu


@pytest.mark.parametrize("language", ["ru", "uk", "en"])
def test_qt_file_dialog_speaks_the_chosen_language(qtbot, window, language):  # noqa: ANN001
    """The folder dialog opened by "Choose…" has Qt's buttons and labels in the window's language
    (qtbase_ru.qm / qtbase_uk.qm loaded beside the app's own catalogue)."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLabel

    window.set_language(language)
    seen: dict[str, list[str]] = {}

    def look_and_cancel() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible())
        box = dialog.findChild(QDialogButtonBox)
        seen["buttons"] = [b.text() for b in box.buttons()]
        seen["labels"] = [label.text() for label in dialog.findChildren(QLabel)]
        seen["actions"] = [action.text() for action in dialog.findChildren(QAction)]
        cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)  # a real click closes it

    QTimer.singleShot(0, look_and_cancel)
    qtbot.mouseClick(window.controls.output_button, Qt.MouseButton.LeftButton)
    assert window.out_dir is None  # cancelled
    assert CANCEL[language] in seen["buttons"], seen
    assert LOOK_IN[language] in seen["labels"] and TYPES[language] in seen["labels"], seen
    assert any(a.startswith(SHOW[language]) and len(a) > len(SHOW[language]) for a in seen["actions"]), seen


@pytest.mark.parametrize(("language", "expected"), [
    ("en", ("2.3 s", "12,345", "312 bytes", "1 byte", "10.0 MB")),
    ("ru", ("2,3 с", "12\u00a0345", "312 байт", "1 байт", "10,0 МБ")),
    ("uk", ("2,3 с", "12\u00a0345", "312 байтів", "1 байт", "10,0 МБ")),
])
def test_numbers_times_and_sizes_follow_the_language(window, language, expected):  # noqa: ANN001
    from anonymizer.gui.text import number, seconds, size

    window.set_language(language)
    got = (seconds(2.34), number(12345), size(312), size(1), size(10 * 1024 * 1024 + 5000))
    assert tuple(g.replace(" ", "\u00a0") for g in got) == tuple(e.replace(" ", "\u00a0") for e in expected)


def test_video_frame_time_is_written_in_russian(qtbot, window, fake_detector, tmp_path):  # noqa: ANN001
    """The video bar's "(2,3 с)": the frame's time in the window's language, not Python's "2.3 s"."""
    from tests.video_factory import ClipSpec, make_clip

    clip = tmp_path / "clip.mp4"
    make_clip(clip, ClipSpec(frames=30, fps=10))
    window.set_language("ru")
    (item,) = window.add_paths([clip])
    qtbot.waitUntil(lambda: bool(item.frames), timeout=30000)
    window.video_bar.slider.setValue(window.video_bar.slider.maximum())
    qtbot.waitUntil(lambda: " с)" in window.video_bar.label.text(), timeout=30000)
    text = window.video_bar.label.text()
    assert text.startswith("Кадр ") and "," in text.split("(")[1] and "." not in text.split("(")[1], text
