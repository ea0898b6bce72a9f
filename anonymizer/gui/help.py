"""Help (F1) and About: what the app removes and what it cannot, every shortcut, the licences.

The shortcut list is read from the window's own actions, so it can never fall behind the keys that work.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QTextBrowser, QVBoxLayout, QWidget


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def removes_text() -> str:
    """What is removed and what is not, as HTML."""
    removes = [
        QCoreApplication.translate("Help", "Faces: the detector covers the faces it is sure of; the ones it "
                                           "is unsure of are shown to you to decide (U, C, X)."),
        QCoreApplication.translate("Help", "Location, time, camera make, model and serial numbers, owner "
                                           "names, maker notes, XMP, IPTC, comments."),
        QCoreApplication.translate("Help", "Embedded thumbnails and previews (they show the original "
                                           "unredacted), Motion Photo videos, data after the end of the "
                                           "image."),
        QCoreApplication.translate("Help", "In videos: container and stream tags, chapters, subtitles, GPS "
                                           "tracks, and the sound unless you keep it."),
    ]
    cannot = [
        QCoreApplication.translate("Help", "Gait, clothes, tattoos, hair, bags and body shape."),
        QCoreApplication.translate("Help", "The background: street signs, shop fronts, landmarks."),
        QCoreApplication.translate("Help", "Voices, if you keep a video's sound; accent and words even when "
                                           "disguised."),
        QCoreApplication.translate("Help", "The camera's sensor fingerprint, which survives in the pixels."),
        QCoreApplication.translate("Help", "Faces the detector missed and nobody covered: always look "
                                           "before you share, and use the crowd check (G) on crowds."),
    ]
    return (f"<h3>{escape(tr('Help', 'What is removed'))}</h3><ul>"
            + "".join(f"<li>{escape(x)}</li>" for x in removes)
            + f"</ul><h3>{escape(tr('Help', 'What it cannot remove'))}</h3><ul>"
            + "".join(f"<li>{escape(x)}</li>" for x in cannot)
            + f"</ul><p>{escape(tr('Help', 'Nothing is uploaded: everything happens on this computer.'))}</p>")


def shortcut_rows(actions: Sequence[QAction]) -> list[tuple[str, str]]:
    """(what it does, its keys) for every action that has a shortcut, in the window's order."""
    rows = []
    for action in actions:
        keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())
        if keys:
            rows.append((action.text().replace("&", ""), keys))
    return rows


def shortcuts_text(actions: Sequence[QAction]) -> str:
    extra = [(tr("Help", "Select the next or previous region"), "Tab, Shift+Tab"),
             (tr("Help", "Delete the selected region you drew"), "Del"),
             (tr("Help", "Pan the picture"), tr("Help", "Space + drag, or the middle mouse button")),
             (tr("Help", "Draw the other shape"), tr("Help", "Shift + drag")),
             (tr("Help", "Stop the crowd check"), "Esc")]
    rows = shortcut_rows(actions) + extra
    body = "".join(f"<tr><td>{escape(what)}</td><td><b>{escape(keys)}</b></td></tr>" for what, keys in rows)
    return f"<table cellspacing='4'>{body}</table>"


def about_text(version: str) -> str:
    parts = [
        f"<h3>Anonymizer {escape(version)}</h3>",
        escape(tr("Help", "Covers faces and removes hidden data from photos and videos, offline. No network "
                  "access, no update check, no telemetry.")),
        "<br><br>" + escape(tr("Help", "Licence: GNU General Public License, version 3 or later. You may get, change "
                               "and share its source code under the same terms.")),
        "<br><br>" + escape(tr("Help", "Face model: RetinaFace (MobileNetV2), from the weights of the retinaface "
                               "1.1.1 package (MIT licence), trained on the WIDER FACE data set. It ships "
                               "inside the app and is checked against its SHA-256 at every start.")),
    ]
    return "".join(parts)


class HelpDialog(QDialog):
    """F1: three tabs, what the app removes and cannot, the shortcuts, and About."""

    def __init__(self, parent: QWidget, actions: Sequence[QAction], version: str, tab: int = 0) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Help", "Help"))
        self.tabs = QTabWidget()
        for title, html in ((tr("Help", "What it removes"), removes_text()), (tr("Help", "Shortcuts"), shortcuts_text(actions)),
                            (tr("Help", "About"), about_text(version))):
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
