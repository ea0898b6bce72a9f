"""Side panels: the export controls, the metadata found in a file, and the help banner."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSlider,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from anonymizer.core.models import (
    AudioMode,
    FileWarning,
    Finding,
    MetadataGroup,
    NamingScheme,
    RedactionStyle,
    Shape,
)
from anonymizer.finding_text import describe_finding, group_name
from anonymizer.gui.layouts import ColumnScroll, WrappingLabel, WrappingTreeDelegate
from anonymizer.gui.text import translate
from anonymizer.messages import describe_warning


def _choices(combo: QComboBox, items: list[tuple[object, str]]) -> None:
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for value, label in items:
        combo.addItem(label, value)
    index = combo.findData(current)
    combo.setCurrentIndex(max(0, index))
    combo.blockSignals(False)


def _tooltips(combo: QComboBox, tips: dict[object, str]) -> None:
    for i in range(combo.count()):
        tip = tips.get(combo.itemData(i))
        if tip:
            combo.setItemData(i, tip, Qt.ItemDataRole.ToolTipRole)


def select_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


class ControlsPanel(QWidget):
    """Redaction style and shape, detector sensitivity, audio, output folder and naming."""

    options_changed = Signal()
    sensitivity_changed = Signal(int)  # after the slider settles
    choose_output = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.style_combo = QComboBox()
        self.shape_combo = QComboBox()
        self.sensitivity = QSlider(Qt.Orientation.Horizontal)
        self.sensitivity.setRange(0, 100)
        self.sensitivity.setPageStep(10)
        self.sens_low, self.sens_high = QLabel(), QLabel()
        self.audio_combo = QComboBox()
        self.naming_combo = QComboBox()
        self.output_label = WrappingLabel(anywhere=True)
        self.output_button = QPushButton()
        self.output_button.clicked.connect(self.choose_output)
        self._sens_timer = QTimer(self, singleShot=True, interval=350)
        self._sens_timer.timeout.connect(lambda: self.sensitivity_changed.emit(self.sensitivity.value()))
        self.sensitivity.valueChanged.connect(lambda _: self._sens_timer.start())
        for combo in (self.style_combo, self.shape_combo, self.audio_combo, self.naming_combo):
            combo.currentIndexChanged.connect(lambda _: self.options_changed.emit())
            # As wide as its longest choice in this language: a choice is never shown cut.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.redaction_box, self.video_box, self.output_box = QGroupBox(), QGroupBox(), QGroupBox()
        form = QFormLayout(self.redaction_box)
        self.style_label, self.shape_label, self.sens_label = QLabel(), QLabel(), QLabel()
        form.addRow(self.style_label, self.style_combo)
        form.addRow(self.shape_label, self.shape_combo)
        sens_row = QHBoxLayout()
        sens_row.addWidget(self.sens_low)
        sens_row.addWidget(self.sensitivity, 1)
        sens_row.addWidget(self.sens_high)
        form.addRow(self.sens_label, sens_row)
        vform = QFormLayout(self.video_box)
        self.audio_label = QLabel()
        vform.addRow(self.audio_label, self.audio_combo)
        oform = QFormLayout(self.output_box)
        self.folder_label, self.naming_label = QLabel(), QLabel()
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.output_label, 1)
        folder_row.addWidget(self.output_button)
        oform.addRow(self.folder_label, folder_row)
        oform.addRow(self.naming_label, self.naming_combo)
        # Camera names carry the moment a photo was taken (IMG_20240115_183012): say so where it is chosen.
        self.naming_warning = WrappingLabel()
        self.naming_warning.setStyleSheet("background: #fff3cd; color: #5c4400; padding: 4px; border-radius: 4px")
        oform.addRow(self.naming_warning)
        self.naming_combo.currentIndexChanged.connect(lambda _: self._show_naming_warning())
        for f in (form, vform, oform):
            f.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # label above when side by side is cramped
            f.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for box in (self.redaction_box, self.video_box, self.output_box):
            layout.addWidget(box)
        self.output_text = ""
        self.retranslate()

    def retranslate(self) -> None:
        self.redaction_box.setTitle(translate("Controls", "Redaction"))
        self.video_box.setTitle(translate("Controls", "Video"))
        self.output_box.setTitle(translate("Controls", "Output"))
        self.style_label.setText(translate("Controls", "Style:"))
        self.shape_label.setText(translate("Controls", "Shape:"))
        self.sens_label.setText(translate("Controls", "Sensitivity:"))
        self.sens_low.setText(translate("Controls", "fewer"))
        self.sens_high.setText(translate("Controls", "more"))
        self.sensitivity.setToolTip(translate("Controls", "Higher finds more faces, including doubtful ones. "
                                                          "A false alarm costs a blurred patch of wall; a miss can cost a person."))
        self.audio_label.setText(translate("Controls", "Sound:"))
        self.folder_label.setText(translate("Controls", "Folder:"))
        self.naming_label.setText(translate("Controls", "Names:"))
        self.output_button.setText(translate("Controls", "Choose…"))
        _choices(self.style_combo, [(RedactionStyle.SOLID, translate("Controls", "Solid fill (strongest)")),
                                    (RedactionStyle.PIXELATE, translate("Controls", "Pixelate (strong)")),
                                    (RedactionStyle.BLUR, translate("Controls", "Blur (weaker)"))])
        # What bench/reidentify.py measured (bench/README.md, "Redaction"), in words a user can weigh.
        _tooltips(self.style_combo, {
            RedactionStyle.SOLID: translate("Controls", "Strongest: keeps nothing of the face. In our tests a face recogniser "
                                                        "matched none of the redacted faces to the originals."),
            RedactionStyle.PIXELATE: translate("Controls", "Strong: a few calm colour cells with noise, sized to the face. In our "
                                                           "tests a face recogniser matched 5-7% of the faces, about as many as "
                                                           "a texture with no face in it."),
            RedactionStyle.BLUR: translate("Controls", "Weaker: in our tests a face recogniser matched about 10% of blurred "
                                                       "faces. Use solid fill when it matters."),
        })
        self.style_combo.setToolTip(translate("Controls", "How faces are hidden. Solid fill and pixelate are strong; blur is "
                                                          "weaker. Hover over a choice for what was measured."))
        _choices(self.shape_combo, [(Shape.ELLIPSE, translate("Controls", "Ellipse")), (Shape.RECTANGLE, translate("Controls", "Rectangle"))])
        _choices(self.audio_combo, [(AudioMode.REMOVE, translate("Controls", "Remove sound (safest)")),
                                    (AudioMode.DISTORT, translate("Controls", "Disguise voices")),
                                    (AudioMode.KEEP, translate("Controls", "Keep sound (voices stay recognisable)"))])
        _choices(self.naming_combo, [(NamingScheme.RANDOM, translate("Controls", "Random names (safest)")),
                                     (NamingScheme.NUMBERED, translate("Controls", "Numbered")),
                                     (NamingScheme.KEEP, translate("Controls", "Keep original names"))])
        self.naming_warning.setText(translate("Controls", "Original names often carry the date and time a photo was taken "
                                                          "(IMG_20240115_183012) or the camera's name. Use random names unless "
                                                          "you need these."))
        self._show_naming_warning()
        self.set_output_text(self.output_text)

    def _show_naming_warning(self) -> None:
        self.naming_warning.setVisible(self.naming_combo.currentData() is NamingScheme.KEEP)

    def set_output_text(self, text: str) -> None:
        self.output_text = text
        self.output_label.setText(text or translate("Controls", "not chosen yet"))
        self.output_label.setToolTip(text)




class MetadataPanel(QWidget):
    """What the file carries, in plain words, all marked 'will be removed'; then the check after export."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold")
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(False)  # a long value wraps onto more lines rather than being elided
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setWordWrap(True)
        self.tree.setItemDelegate(WrappingTreeDelegate(self.tree))  # full values, wrapped, never elided
        self.warning = WrappingLabel()
        self.warning.setStyleSheet("background: #fff3cd; color: #5c4400; padding: 6px; border-radius: 4px")
        self.warning.hide()
        self.verification = WrappingLabel()
        self.verification.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.warning)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.verification)
        self._items: tuple[Finding, ...] | None = None
        self._warnings: tuple[FileWarning, ...] = ()
        self._verified: tuple[Finding, ...] | None = None
        self.retranslate()

    def show_items(self, items: tuple[Finding, ...] | None, warnings: Sequence[FileWarning] | None = None,
                   verified: tuple[Finding, ...] | None = None) -> None:
        self._items, self._warnings, self._verified = items, tuple(warnings or ()), verified
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(translate("Metadata", "Identifying information in this file"))
        self.tree.setHeaderLabels([translate("Metadata", "What"), translate("Metadata", "After export")])
        self.tree.clear()
        if self._items is not None:
            self._fill(self._items)
        self.warning.setVisible(bool(self._warnings))
        self.warning.setText("\n".join(describe_warning(w) for w in self._warnings))
        self._show_verification()

    def _fill(self, items: tuple[Finding, ...]) -> None:
        if not items:
            QTreeWidgetItem(self.tree, [translate("Metadata", "Nothing identifying found"), ""])
            return
        for group in MetadataGroup:
            members = [i for i in items if i.group is group]
            if not members:
                continue
            top = QTreeWidgetItem(self.tree, [f"{group_name(group)} ({len(members)})",
                                              translate("Metadata", "will be removed")])
            for item in members:
                text = describe_finding(item)
                child = QTreeWidgetItem(top, [text])
                child.setFirstColumnSpanned(True)  # the finding has the panel's width; its group says "removed"
                child.setToolTip(0, text)
            top.setExpanded(group in (MetadataGroup.LOCATION, MetadataGroup.PEOPLE, MetadataGroup.EMBEDDED))
        self.tree.resizeColumnToContents(1)

    def _show_verification(self) -> None:
        if self._verified is None:
            self.verification.hide()
            return
        if not self._verified:
            text = translate("Metadata", "✔ Checked after writing: the cleaned copy carries no identifying "
                                         "metadata and every redacted area was changed.")
            self.verification.setStyleSheet("color: #1e7e34")
        else:
            left = "; ".join(describe_finding(i) for i in self._verified)
            text = translate("Metadata", "⚠ The check after writing still found: %1").replace("%1", left)
            self.verification.setStyleSheet("color: #b02a37")
        self.verification.setText(text)
        self.verification.show()


def help_text() -> str:
    return translate("Help", "This app finds faces and covers them, and writes new copies without location, time, "
                             "camera and other hidden data. It cannot hide what still identifies people: gait, "
                             "clothes, tattoos, the background, voices (unless you remove the sound) and the "
                             "camera's own sensor fingerprint. Check every photo, cover what the detector missed, "
                             "and share only the cleaned copies.")


class HelpBanner(QFrame):
    """The first-run panel: what the tool removes and what it cannot, in a few sentences."""

    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpBanner")
        self.setStyleSheet("#helpBanner { background: #e8f1fb; border: 1px solid #9ec5ee; border-radius: 6px }"
                           " QLabel { color: #0b2e4f }")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.button = QPushButton()
        self.button.clicked.connect(self._close)
        # All of the text where there is room; where there is not (scale factor 2) it scrolls, never cut.
        scroll = ColumnScroll()
        scroll.setWidget(self.text)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.viewport().setAutoFillBackground(False)
        self.text.setAutoFillBackground(False)
        scroll.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self._layout = layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
        self.retranslate()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        """The button beside the text while lines stay long enough to read, else under it."""
        super().resizeEvent(event)
        beside = self.width() - self.button.sizeHint().width() >= self.fontMetrics().averageCharWidth() * 40
        direction = QBoxLayout.Direction.LeftToRight if beside else QBoxLayout.Direction.TopToBottom
        if self._layout.direction() != direction:
            self._layout.setDirection(direction)

    def _close(self) -> None:
        self.hide()
        self.dismissed.emit()

    def retranslate(self) -> None:
        self.text.setText(help_text())
        self.button.setText(translate("Help", "Got it"))
