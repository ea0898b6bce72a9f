"""Find text the window cuts off: every visible label, button, combo box (and each of its items), list
entry and tree cell whose words are elided or wider than the room it has.

Measured with the widget's own font (QFontMetrics.horizontalAdvance) against its contents rectangle, or
the style's text rectangle where a style puts a frame and an arrow around the text (combo boxes). Word
wrapped labels are checked by height instead: the text at that width must fit the height it is given.
Used in a fresh process by tests/gui/test_screens.py, after the window is shown on a given screen.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QListWidget,
    QStyle,
    QStyleOptionComboBox,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItemIterator,
    QWidget,
)

SLACK = 1  # px: rounding between the metrics and the layout


def _shown(widget: QWidget, window: QWidget) -> bool:
    """Visible on screen: shown up to the window and not scrolled or clipped out of sight entirely."""
    return widget.isVisibleTo(window) and not widget.visibleRegion().isEmpty()


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _widest(fm: QFontMetrics, text: str) -> int:
    return max((fm.horizontalAdvance(line) for line in text.split("\n")), default=0)


def _label(label: QLabel) -> str | None:
    text = label.text()
    if not text.strip() or label.pixmap() is not None and not label.pixmap().isNull():
        return None
    rect = label.contentsRect()
    margin = label.margin()
    rect = rect.adjusted(margin, margin, -margin, -margin)
    if label.toolTip() and "…" in text and text != label.toolTip() and "…" not in label.toolTip():
        return f"elided to {text!r}"
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text))
    fm = QFontMetrics(label.font())
    if getattr(label, "anywhere", False):  # layouts.WrappingLabel breaking inside long words: by height
        from anonymizer.gui.layouts import wrapped_height

        need_h = wrapped_height(text, label.font(), rect.width())
        return f"{need_h} px high in {rect.height()}" if need_h > rect.height() + SLACK else None
    if rich:
        doc = QTextDocument()
        doc.setDefaultFont(label.font())
        doc.setDocumentMargin(0)
        doc.setHtml(text)
        if label.wordWrap():
            doc.setTextWidth(rect.width())
            need_w, need_h = doc.idealWidth(), doc.size().height()
            if need_w > rect.width() + SLACK or need_h > rect.height() + SLACK:
                return f"{need_w:.0f}x{need_h:.0f} needed, {rect.width()}x{rect.height()} given"
            return None
        need = doc.idealWidth()
        return f"{need:.0f} px wide in {rect.width()}" if need > rect.width() + SLACK else None
    if label.wordWrap():
        flags = Qt.TextFlag.TextWordWrap | int(label.alignment().value)
        need = fm.boundingRect(QRect(0, 0, rect.width(), 100000), flags, text)
        if need.width() > rect.width() + SLACK or need.height() > rect.height() + SLACK:
            return f"{need.width()}x{need.height()} needed, {rect.width()}x{rect.height()} given"
        return None
    need = _widest(fm, text)
    return f"{need} px wide in {rect.width()}" if need > rect.width() + SLACK else None


def _button(button: QAbstractButton) -> str | None:
    text = _plain(button.text())
    if not text.strip():
        return None
    hint = button.sizeHint().width()  # text, icon, the style's margins and (checkbox) indicator
    if hint > button.width() + SLACK:
        return f"needs {hint} px, has {button.width()}"
    if isinstance(button, QToolButton):
        return None  # a tool bar shows some of its buttons as icons only: the hint says which
    fm = QFontMetrics(button.font())
    need = _widest(fm, text)
    room = button.contentsRect().width()
    if need > room + SLACK:
        return f"{need} px wide in {room}"
    return None


def _combo(combo: QComboBox) -> list[str]:
    opt = QStyleOptionComboBox()
    combo.initStyleOption(opt)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, opt,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    fm = QFontMetrics(combo.font())
    icon = combo.iconSize().width() + 4 if any(not combo.itemIcon(i).isNull() for i in range(combo.count())) else 0
    found = []
    view = combo.view()
    popup = max(combo.width(), view.sizeHintForColumn(0))  # the popup is never narrower than the box
    for i in range(combo.count()):
        text = combo.itemText(i)
        need = fm.horizontalAdvance(text) + icon
        if need > field.width() + SLACK:  # would be cut in the box once chosen
            found.append(f"item {text!r}: {need} px wide in the box's {field.width()}")
        item_fm = QFontMetrics(view.font())
        if item_fm.horizontalAdvance(text) + icon > popup + SLACK:
            found.append(f"item {text!r}: wider than the popup ({popup})")
    return found


def _list(view: QListWidget) -> list[str]:
    from anonymizer.gui.layouts import wrapped_height
    from anonymizer.gui.queue import EntryDelegate

    found = []
    room = view.viewport().rect()
    delegate = view.itemDelegate()
    for row in range(view.count()):
        item = view.item(row)
        text = item.text()
        if not text:
            continue
        rect = view.visualRect(view.indexFromItem(item))
        if rect.width() > room.width() + SLACK:
            found.append(f"entry {text!r}: {rect.width()} px wide in a list of {room.width()}")
        fm = QFontMetrics(view.font())
        if isinstance(delegate, EntryDelegate):
            # Words wrap (anywhere inside one longer than a line): the wrapped text must fit its room.
            words = delegate.text_rect(rect)
            need = wrapped_height(text, view.font(), words.width())
            if need > words.height() + SLACK or words.width() < fm.averageCharWidth() * 4:
                found.append(f"entry {text!r}: needs {words.width()}x{need}, has {words.width()}x{words.height()}")
            continue
        # Qt's own delegate elides any line, and any word, wider than the row's text room.
        icon = view.iconSize().width() + 8 if not item.icon().isNull() else 0
        for word in text.split():
            if fm.horizontalAdvance(word) + icon > rect.width() + SLACK:
                found.append(f"entry {text!r}: the word {word!r} does not fit {rect.width() - icon} px")
        if not view.wordWrap() and _widest(fm, text) + icon > rect.width() + SLACK:
            found.append(f"entry {text!r}: {_widest(fm, text)} px wide in {rect.width() - icon}")
    return found


def _tree(tree: QTreeWidget) -> list[str]:
    from anonymizer.gui.layouts import WrappingTreeDelegate, wrapped_height

    found = []
    wrapping = isinstance(tree.itemDelegate(), WrappingTreeDelegate)
    it = QTreeWidgetItemIterator(tree)
    while it.value() is not None:
        item = it.value()
        it += 1
        if item.parent() is not None and not item.parent().isExpanded():
            continue
        for column in range(tree.columnCount()):
            text = item.text(column)
            if not text:
                continue
            rect = tree.visualRect(tree.indexFromItem(item, column))  # the cell, after the indentation
            room = rect.width() - 2 * WrappingTreeDelegate.MARGIN
            font = item.font(column)
            if wrapping:
                need = wrapped_height(text, font, room)
                if need > rect.height() + SLACK:
                    found.append(f"cell {text!r}: needs {room}x{need}, has {room}x{rect.height()}")
            elif _widest(QFontMetrics(font), text) > room + SLACK:  # Qt's delegate elides it
                found.append(f"cell {text!r}: {_widest(QFontMetrics(font), text)} px wide in {room}")
    return found


def cut_off(window: QWidget) -> list[str]:
    """Every piece of text the window shows cut off, as 'Class name: what' lines (empty: none)."""
    found = []
    for widget in window.findChildren(QWidget):
        if not _shown(widget, window):
            continue
        name = f"{type(widget).__name__} {widget.objectName() or ''}".strip()
        problems: list[str] = []
        shown = widget.visibleRegion().boundingRect()
        if isinstance(widget, QLabel | QAbstractButton | QComboBox) and widget.width() > shown.width() + SLACK:
            # Cut at the left or right by the widget it sits in (scrolled up or down is fine).
            text = widget.currentText() if isinstance(widget, QComboBox) else widget.text()
            found.append(f"{name}: {text!r}: {shown.width()} of its {widget.width()} px shown")
            continue
        if isinstance(widget, QLabel):
            problem = _label(widget)
            problems = [f"{widget.text()!r}: {problem}"] if problem else []
        elif isinstance(widget, QAbstractButton):
            problem = _button(widget)
            problems = [f"{widget.text()!r}: {problem}"] if problem else []
        elif isinstance(widget, QComboBox):
            problems = _combo(widget)
        elif isinstance(widget, QListWidget):
            problems = _list(widget)
        elif isinstance(widget, QTreeWidget):
            problems = _tree(widget)
        found += [f"{name}: {p}" for p in problems]
    return found


def fill(window: QWidget, folder: Path, timeout_s: float = 60) -> None:
    """Put every kind of entry the queue shows into ``window``: a photo with GPS, camera, times and IPTC
    (its findings in the metadata panel), one exported, a video, a file that cannot be read. Needs a
    fake detector in place (tests.gui.conftest.FakeDetector)."""
    import time

    from PySide6.QtWidgets import QApplication

    from tests.gui.conftest import make_photo
    from tests.metadata_fixtures import save_jpeg
    from tests.video_factory import ClipSpec, make_clip

    folder.mkdir(parents=True, exist_ok=True)
    rich = save_jpeg(folder / "IMG_20240115_183012.jpg")
    exported = make_photo(folder / "march-on-the-square.png")
    clip = folder / "clip.mp4"
    make_clip(clip, ClipSpec(frames=6))
    broken = folder / "broken.jpg"
    broken.write_bytes(b"not a picture at all" * 10)
    out = folder / "cleaned"
    out.mkdir(exist_ok=True)
    items = window.add_paths([exported, clip, broken, rich])

    def wait(done: object) -> None:
        end = time.monotonic() + timeout_s
        while not done():  # type: ignore[operator]
            QApplication.processEvents()
            time.sleep(0.01)
            if time.monotonic() > end:
                raise TimeoutError("the window did not finish in time")

    wait(lambda: not window.looks.busy and all(i.doc is not None or i.error or i.video for i in items))
    window.set_output_dir(out)
    window.queue.select(items[0])
    window.export_current()
    wait(lambda: items[0].leftovers is not None or items[0].error)
    window.queue.select(items[-1])
    wait(lambda: window.metadata.tree.topLevelItemCount() > 1)
    QApplication.processEvents()


def _settle(seconds: float = 0.2) -> None:
    import time

    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def cut_off_in_every_view(window: QWidget) -> list[str]:
    """:func:`cut_off` for each thing a filled window (:func:`fill`) can show: the photo, the brush's size
    bar, the colour key opened when it is folded, and the video with its scrubber and frame range."""
    import time

    from anonymizer.gui.canvas import Tool

    found = [f"photo: {p}" for p in cut_off(window)]
    window.set_tool(Tool.BRUSH)  # type: ignore[attr-defined]
    _settle()
    found += [f"brush: {p}" for p in cut_off(window)]
    window.set_tool(Tool.REGION)  # type: ignore[attr-defined]
    legend = window.legend  # type: ignore[attr-defined]
    if legend.folded:
        legend.toggle.click()
        _settle()
        found += [f"colour key: {p}" for p in cut_off(window)]
        legend.toggle.click()
    video = next(i for i in window.queue.items if i.video)  # type: ignore[attr-defined]
    window.queue.select(video)  # type: ignore[attr-defined]
    end = time.monotonic() + 30
    while not video.frames and time.monotonic() < end:
        _settle(0.05)
    _settle()
    found += [f"video: {p}" for p in cut_off(window)]
    return found
