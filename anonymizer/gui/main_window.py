"""The main window: queue on the left, review canvas in the middle, controls and export on the right."""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace
from pathlib import Path

import numpy as np
from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
    QPixmap,
    QUndoGroup,
)
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSlider,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from anonymizer.core import isolation
from anonymizer.core.detection import FaceSearch
from anonymizer.core.models import (
    CleanOptions,
    DetectionOptions,
    Preset,
    RedactionOptions,
)
from anonymizer.core.review import FileReview, merge_search, new_review, reshaped
from anonymizer.gui import dialogs, jobs
from anonymizer.gui import document as edits
from anonymizer.gui.batch_progress import LookProgress
from anonymizer.gui.canvas import ReviewCanvas, Tool
from anonymizer.gui.document import ReviewDocument
from anonymizer.gui.exporting import ExportController, ExportPanel
from anonymizer.gui.i18n import LANGUAGE_NAMES, Translations, resolve_language
from anonymizer.gui.icons import icon
from anonymizer.gui.layouts import ColumnScroll, FittingRow
from anonymizer.gui.legend import Legend
from anonymizer.gui.panels import ControlsPanel, HelpBanner, MetadataPanel, select_data
from anonymizer.gui.queue import QueueItem, QueueList, State
from anonymizer.gui.settings import LANGUAGES, Settings
from anonymizer.gui.text import number, translate
from anonymizer.gui.track_list import TrackList
from anonymizer.gui.video_review import VideoBar, VideoController
from anonymizer.gui.worker import Job, JobRunner


class MainWindow(QMainWindow):
    """The window holds the widgets and the controllers (export, video), each given its widgets; the
    decisions about what is redacted live in the core's review model (``core.review``)."""

    item_looked = Signal(object)  # QueueItem: the first look (or an error) is in
    item_final = Signal(object)  # QueueItem: thorough detection merged (or an error)
    export_finished = Signal(object)  # list[FileResult]
    frame_shown = Signal(int)

    def __init__(self, settings: Settings, translations: Translations | None = None) -> None:
        super().__init__()
        self.settings = settings
        self.translations = translations
        self.looks = JobRunner(self, threads=1)  # one detector pass at a time keeps the CPU for the window
        self.background = JobRunner(self, threads=1)  # decoding and frame detection
        self.exports = JobRunner(self, threads=1)
        self._rgb_cache: OrderedDict[int, np.ndarray] = OrderedDict()
        self._look_jobs: dict[int, Job] = {}
        self._closing = False
        self.quit_question: QMessageBox | None = None
        self.help_dialog: QDialog | None = None
        self.undo_group = QUndoGroup(self)
        self.setAcceptDrops(True)
        self._build()
        self._load_preferences()
        self.retranslate()
        size = self.fitting_size()
        self.resize(size)
        # The picture gets what the list and the panel leave: on a small screen they shrink first.
        side, panel = max(140, size.width() * 18 // 100), max(240, size.width() * 28 // 100)
        self.splitter.setSizes([side, max(200, size.width() - side - panel), panel])
        self._list_changed()
        self._show_item(None)

    # ------------------------------------------------------------------ the controllers' doors
    @property
    def out_dir(self) -> Path | None:
        return self.exporter.out_dir

    def set_output_dir(self, folder: Path) -> None:
        self.exporter.set_output_dir(folder)

    def choose_output_dir(self) -> bool:
        return self.exporter.choose_output_dir()

    def export_current(self) -> None:
        item = self.queue.current()
        if item is not None:
            self.exporter.export([item])

    def export_all(self) -> None:
        self.exporter.export(list(self.queue.items))

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        self.queue = QueueList()
        self.queue.currentItemChanged.connect(lambda *_: self._show_item(self.queue.current()))
        self.track_list = TrackList()
        self.track_list.hide()
        self.canvas = ReviewCanvas()
        self.canvas.zoom_changed.connect(self._zoom_changed)
        self.canvas.crowd_changed.connect(self._crowd_changed)
        self.banner = HelpBanner()
        self.banner.dismissed.connect(lambda: self.settings.set("first_run_done", True))
        self.video_bar = VideoBar()
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.legend = Legend()
        center = QWidget()
        cl = QVBoxLayout(center)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.addWidget(self.banner)
        cl.addWidget(self.caption)
        cl.addWidget(self.legend)
        cl.addWidget(self._build_brush_bar())
        cl.addWidget(self.canvas, 1)
        cl.addWidget(self.video_bar)

        self.controls = ControlsPanel()
        self.controls.options_changed.connect(self._options_changed)
        self.controls.sensitivity_changed.connect(lambda _: self._redetect_all())
        self.controls.choose_output.connect(self.choose_output_dir)
        self.metadata = MetadataPanel()
        self.export_panel = ExportPanel()
        self.export_panel.export_current.clicked.connect(self.export_current)
        self.export_panel.export_all.clicked.connect(self.export_all)
        self.exporter = ExportController(self, self.export_panel, self.exports, self.options)
        self.exporter.finished.connect(self.export_finished)
        self.exporter.item_changed.connect(self._export_item_changed)
        self.exporter.review_requested.connect(self.review_item)
        self.exporter.out_dir_changed.connect(self.controls.set_output_text)
        self.video = VideoController(self.video_bar, self.track_list, self.canvas, self.background, self.options,
                                     self.queue.current, self)
        self.video.playing_changed.connect(self._playing_changed)
        self.video.frame_shown.connect(self.frame_shown)
        self.video.message.connect(lambda text: self.statusBar().showMessage(text, 3000))
        self.video.failed.connect(self._look_failed)
        settings_part = QWidget()
        rl = QVBoxLayout(settings_part)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.controls)
        rl.addWidget(self.metadata, 1)
        # The settings and findings scroll rather than pushing the window past a small screen (a laptop at
        # scale 2); the export buttons stay below them, always in view and never moving.
        scroll = ColumnScroll()  # never narrower than its longest choice or label
        scroll.setWidget(settings_part)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.right_panel = QWidget()
        column = QVBoxLayout(self.right_panel)
        column.addWidget(scroll, 1)
        column.addWidget(self.export_panel)
        settings_part.setMinimumWidth(220)
        center.setMinimumSize(200, 150)
        self.canvas.setMinimumSize(120, 80)

        left = QSplitter(Qt.Orientation.Vertical)  # the files, and under them a video's face tracks
        left.addWidget(self.queue)
        left.addWidget(self.track_list)
        left.setChildrenCollapsible(False)
        self.queue.setMinimumHeight(80)
        self.track_list.setMinimumHeight(100)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(center)
        splitter.addWidget(self.right_panel)
        splitter.setStretchFactor(1, 1)
        self.splitter = splitter
        self.setCentralWidget(splitter)
        self._build_actions()

    def _screen_size(self) -> QSize:
        screen = self.screen() or QGuiApplication.primaryScreen()
        return screen.availableGeometry().size()

    def fitting_size(self) -> QSize:
        """The saved size when it was saved on a screen like this one and fits it; else a size that fits.
        (A size saved at another scale factor or on another screen would open too large or too small.)"""
        room = self._screen_size()
        saved = self.settings.size("window_size")
        if self.settings.size("window_screen") == room and saved.width() <= room.width() \
                and saved.height() <= room.height():
            return saved
        default = QSize(1280, 800)
        return QSize(min(default.width(), int(room.width() * 0.95)), min(default.height(), int(room.height() * 0.92)))

    def _build_brush_bar(self) -> QWidget:
        """The brush size, over the picture while the brush is chosen ([ and ] change it too)."""
        self.brush_bar = QWidget()
        row = FittingRow(self.brush_bar)  # the label above the slider where the picture's column is narrow
        row.setContentsMargins(0, 0, 0, 0)
        self.brush_label = QLabel()
        self.brush_slider = QSlider(Qt.Orientation.Horizontal)
        self.brush_slider.setRange(0, self.BRUSH_STEPS)
        self.brush_slider.setMaximumWidth(240)
        self.brush_value = QLabel()
        self.brush_slider.valueChanged.connect(self._brush_slider_moved)
        self.canvas.brush_changed.connect(self._brush_changed)
        size = QHBoxLayout()
        size.addWidget(self.brush_slider, 1)
        size.addWidget(self.brush_value)
        size.addStretch(1)
        row.addWidget(self.brush_label)
        row.addLayout(size, 1)
        self.brush_bar.hide()
        return self.brush_bar

    def _action(self, name: str, slot, shortcut=None, checkable: bool = False) -> QAction:  # noqa: ANN001
        a = QAction(icon(name), "", self)
        if shortcut is not None:
            a.setShortcuts(shortcut if isinstance(shortcut, list) else [shortcut])
        a.setCheckable(checkable)
        a.triggered.connect(slot)
        self.addAction(a)
        return a

    def _build_actions(self) -> None:
        K = QKeySequence  # noqa: N806
        self.act_open = self._action("open", self.open_files, K(K.StandardKey.Open))
        self.act_open_folder = self._action("folder", self.open_folder, K("Ctrl+Shift+O"))
        self.act_export = self._action("export", self.export_current, K("Ctrl+E"))
        self.act_export_all = self._action("export-all", self.export_all, K("Ctrl+Shift+E"))
        self.act_remove = self._action("remove", self.remove_current, K("Ctrl+Del"))
        self.act_quit = self._action("", self.close, K(K.StandardKey.Quit))
        # Own actions (not createUndoAction) so the toolbar keeps a short, stable label.
        self.act_undo = self._action("undo", self.undo_group.undo, K.keyBindings(K.StandardKey.Undo))
        self.act_redo = self._action("redo", self.undo_group.redo, [K("Ctrl+Shift+Z"), K("Ctrl+Y")])
        self.act_undo.setEnabled(False)
        self.act_redo.setEnabled(False)
        self.undo_group.canUndoChanged.connect(self.act_undo.setEnabled)
        self.undo_group.canRedoChanged.connect(self.act_redo.setEnabled)
        self.undo_group.undoTextChanged.connect(lambda text: self.act_undo.setToolTip(
            translate("MainWindow", "Undo: %1").replace("%1", text) if text else translate("MainWindow", "Undo")))
        self.undo_group.redoTextChanged.connect(lambda text: self.act_redo.setToolTip(
            translate("MainWindow", "Redo: %1").replace("%1", text) if text else translate("MainWindow", "Redo")))
        self.act_toggle = self._action("toggle", self.canvas.toggle_selected, K("T"))
        self.act_next_spot = self._action("next-spot", self.next_unsure_spot, K("U"))
        self.act_prev_spot = self._action("", self.previous_unsure_spot, K("Shift+U"))
        self.act_cover = self._action("", lambda: self.canvas.decide_selected(True), K("C"))
        self.act_leave = self._action("", lambda: self.canvas.decide_selected(False), K("X"))
        self.act_crowd = self._action("crowd", self.crowd_check, K("G"))
        self.act_crowd_back = self._action("", lambda: self.canvas.crowd_step(-1), K("Shift+G"))
        self.act_mark_reviewed = self._action("reviewed", self.mark_reviewed, K("M"))
        self.act_brush_smaller = self._action("", lambda: self.canvas.grow_brush(1 / 1.25), K("["))
        self.act_brush_larger = self._action("", lambda: self.canvas.grow_brush(1.25), K("]"))
        self.act_region_tool = self._action("region", lambda: self.set_tool(Tool.REGION), K("R"), True)
        self.act_brush = self._action("brush", lambda: self.set_tool(Tool.BRUSH), K("B"), True)
        tools = QActionGroup(self)
        tools.addAction(self.act_region_tool)
        tools.addAction(self.act_brush)
        self.act_region_tool.setChecked(True)
        self.act_zoom_in = self._action("zoom-in", lambda: self.canvas.zoom_by(1.25), [K("+"), K("="),
                                                                                     K(K.StandardKey.ZoomIn)])
        self.act_zoom_out = self._action("zoom-out", lambda: self.canvas.zoom_by(0.8), [K("-"),
                                                                                       K(K.StandardKey.ZoomOut)])
        self.act_fit = self._action("fit", self.canvas.fit, [K("F"), K("Ctrl+0")])
        self.act_after = self._action("after", self.canvas.set_after_mode, K("A"), True)
        self.act_after.triggered.connect(lambda _=False: self.video.mode_changed())
        self.act_play = self._action("play", self.video.toggle_play, K("Space"))
        self.act_play.setEnabled(False)  # a video only: on a photo the space bar pans the picture
        self.video_bar.play_button.setDefaultAction(self.act_play)
        self.act_next = self._action("next", lambda: self.queue.step(1), [K("Ctrl+Down"), K("PgDown"), K("N")])
        self.act_prev = self._action("prev", lambda: self.queue.step(-1), [K("Ctrl+Up"), K("PgUp"), K("P")])
        self.act_help = self._action("help", self.show_help, K(K.StandardKey.HelpContents))
        self.act_about = self._action("", self.show_about)
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code in ("", *LANGUAGES):
            a = QAction(LANGUAGE_NAMES.get(code, ""), self, checkable=True)
            a.triggered.connect(lambda _=False, c=code: self.set_language(c))
            self.language_group.addAction(a)
            self.language_actions[code] = a

        bar = QToolBar()
        bar.setObjectName("main")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for a in (self.act_open, self.act_open_folder, None, self.act_region_tool, self.act_brush, None,
                  self.act_undo, self.act_redo, None, self.act_next_spot, self.act_crowd, self.act_mark_reviewed,
                  None, self.act_zoom_in, self.act_zoom_out, self.act_fit,
                  self.act_after, None, self.act_export, self.act_export_all):
            bar.addSeparator() if a is None else bar.addAction(a)
        for a in (self.act_zoom_in, self.act_zoom_out, self.act_fit, self.act_undo, self.act_redo):
            a.setPriority(QAction.Priority.LowPriority)  # icon only in the toolbar, text in menus
        # The window must fit a 1366 px laptop: secondary actions show their icon only (their text is in
        # the menus and tooltips; "Export this file" is also a button in the panel).
        for a in (self.act_open_folder, self.act_export):
            a.setPriority(QAction.Priority.LowPriority)
        self.toolbar = bar
        self.addToolBar(bar)
        self.zoom_label = QLabel()
        self.look_progress = LookProgress()
        self.look_progress.cancel_requested.connect(self.stop_looking)
        self.statusBar().addPermanentWidget(self.look_progress)
        self.statusBar().addPermanentWidget(self.zoom_label)

    def _build_menus(self) -> None:
        mb = self.menuBar()
        mb.clear()
        m = mb.addMenu(translate("MainWindow", "&File"))
        for a in (self.act_open, self.act_open_folder, None, self.act_export, self.act_export_all, None,
                  self.act_remove, None, self.act_quit):
            m.addSeparator() if a is None else m.addAction(a)
        m = mb.addMenu(translate("MainWindow", "&Edit"))
        for a in (self.act_undo, self.act_redo, None, self.act_toggle, self.act_region_tool, self.act_brush,
                  self.act_brush_smaller, self.act_brush_larger):
            m.addSeparator() if a is None else m.addAction(a)
        m = mb.addMenu(translate("MainWindow", "&Review"))
        for a in (self.act_next_spot, self.act_prev_spot, self.act_cover, self.act_leave, None, self.act_crowd,
                  self.act_crowd_back, None, self.act_mark_reviewed):
            m.addSeparator() if a is None else m.addAction(a)
        m = mb.addMenu(translate("MainWindow", "&View"))
        for a in (self.act_zoom_in, self.act_zoom_out, self.act_fit, self.act_after, self.act_play, None,
                  self.act_next, self.act_prev):
            m.addSeparator() if a is None else m.addAction(a)
        m = mb.addMenu(translate("MainWindow", "&Settings"))
        lang = m.addMenu(translate("MainWindow", "Language"))
        for a in self.language_actions.values():
            lang.addAction(a)
        m = mb.addMenu(translate("MainWindow", "&Help"))
        m.addAction(self.act_help)
        m.addAction(self.act_about)
        self.file_menu_title = mb.actions()[0].text()

    # ------------------------------------------------------------------ text
    def retranslate(self) -> None:
        self.setWindowTitle(translate("MainWindow", "Anonymizer – cover faces, remove hidden data"))
        texts = {
            self.act_open: (translate("MainWindow", "Add files…"), translate("MainWindow", "Add photos or videos to the list")),
            self.act_open_folder: (translate("MainWindow", "Add folder…"), translate("MainWindow", "Add every photo and video in a folder")),
            self.act_export: (translate("MainWindow", "Export this file"), translate("MainWindow", "Write a cleaned copy of the shown file")),
            self.act_export_all: (translate("MainWindow", "Export all"), translate("MainWindow", "Write cleaned copies of every file in the list")),
            self.act_remove: (translate("MainWindow", "Remove from list"), ""),
            self.act_quit: (translate("MainWindow", "Quit"), ""),
            self.act_toggle: (translate("MainWindow", "Switch selected region on/off"), ""),
            self.act_next_spot: (translate("MainWindow", "Next unsure spot"), translate("MainWindow", "Go to the next spot the detector was unsure of, "
                                                           "largest first, zoomed in")),
            self.act_prev_spot: (translate("MainWindow", "Previous unsure spot"), ""),
            self.act_cover: (translate("MainWindow", "Cover this spot"), translate("MainWindow", "It is a face (or something to hide): redact it")),
            self.act_leave: (translate("MainWindow", "Leave this spot visible"), translate("MainWindow", "It is not a face: do not redact it")),
            self.act_crowd: (translate("MainWindow", "Crowd check"), translate("MainWindow", "Step through the picture part by part, zoomed in, to find "
                                                   "small faces in a crowd; click a face to cover it")),
            self.act_crowd_back: (translate("MainWindow", "Crowd check: previous part"), ""),
            self.act_mark_reviewed: (translate("MainWindow", "Mark reviewed"), translate("MainWindow", "Say that you have checked this file")),
            self.act_brush_smaller: (translate("MainWindow", "Smaller brush"), ""),
            self.act_brush_larger: (translate("MainWindow", "Larger brush"), ""),
            self.act_region_tool: (translate("MainWindow", "Regions"), translate("MainWindow", "Drag on the picture to cover an area (hold Shift for the "
                                                    "other shape); click a region to switch it off or on; "
                                                    "drag its handles to resize")),
            self.act_brush: (translate("MainWindow", "Brush"), translate("MainWindow", "Paint over anything else: a tattoo, a sign, a name tag")),
            self.act_zoom_in: (translate("MainWindow", "Zoom in"), ""),
            self.act_zoom_out: (translate("MainWindow", "Zoom out"), ""),
            self.act_fit: (translate("MainWindow", "Fit"), translate("MainWindow", "Fit the picture to the window")),
            self.act_after: (translate("MainWindow", "Preview"), translate("MainWindow", "Show the picture as it will be exported")),
            self.act_play: ((translate("MainWindow", "Pause") if self.video.player.playing else translate("MainWindow", "Play")),
                            translate("MainWindow", "Play the video at its speed (with Preview: as it will be exported)")),
            self.act_next: (translate("MainWindow", "Next file"), ""),
            self.act_prev: (translate("MainWindow", "Previous file"), ""),
            self.act_help: (translate("MainWindow", "What this app removes…"), ""),
            self.act_undo: (translate("MainWindow", "Undo"), ""),
            self.act_redo: (translate("MainWindow", "Redo"), ""),
            self.act_about: (translate("MainWindow", "About Anonymizer"), ""),
        }
        for action, (text, tip) in texts.items():
            action.setText(text)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            tip = tip or text.replace("…", "")
            action.setToolTip(f"{tip} ({keys})" if keys else tip)
            action.setStatusTip(tip)
        self.language_actions[""].setText(translate("MainWindow", "System language"))
        self._build_menus()
        if self.queue.current() is None:
            self.canvas.empty_text = self._empty_text()
        self.canvas.viewport().update()
        for panel in (self.controls, self.metadata, self.banner, self.export_panel, self.look_progress, self.legend):
            panel.retranslate()
        self.controls.set_output_text(str(self.out_dir) if self.out_dir else "")
        for item in self.queue.items:
            self.queue.refresh(item)
        self._update_caption()
        self._zoom_changed(self.canvas.zoom)
        self.video.retranslate()
        self.brush_label.setText(translate("MainWindow", "Brush size ([ and ]):"))
        self._brush_changed(self.canvas.brush_radius)
        self.exporter.retranslate()

    @staticmethod
    def _empty_text() -> str:
        return translate("MainWindow", "Drop photos, videos or folders here, or use File > Add files.\n\n"
                                       "Nothing is uploaded: everything happens on this computer.")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange and not self._closing:
            self.retranslate()
        super().changeEvent(event)

    def set_language(self, code: str) -> None:
        self.settings.set("language", code)
        if self.translations is not None:
            self.translations.install(resolve_language(code))
        self.language_actions[code].setChecked(True)
        self.retranslate()  # now, not when Qt's posted LanguageChange arrives

    def _zoom_changed(self, zoom: float) -> None:
        self.zoom_label.setText(translate("MainWindow", "Zoom: %1%").replace("%1", number(zoom * 100)))

    # ------------------------------------------------------------------ preferences
    def _load_preferences(self) -> None:
        s = self.settings
        select_data(self.controls.style_combo, s.enum("style"))
        select_data(self.controls.shape_combo, s.enum("shape"))
        select_data(self.controls.audio_combo, s.enum("audio"))
        select_data(self.controls.naming_combo, s.enum("naming"))
        self.controls.sensitivity.blockSignals(True)
        self.controls.sensitivity.setValue(int(s.get("sensitivity")))  # type: ignore[arg-type]
        self.controls.sensitivity.blockSignals(False)
        self.language_actions.get(str(s.get("language")), self.language_actions[""]).setChecked(True)
        self.banner.setVisible(not s.get("first_run_done"))
        self.canvas.set_redaction(self.options().redaction)

    def options(self) -> CleanOptions:
        c = self.controls
        sensitivity = c.sensitivity.value() / 100
        return CleanOptions(
            redaction=RedactionOptions(style=c.style_combo.currentData(), shape=c.shape_combo.currentData()),
            detection=DetectionOptions(Preset.THOROUGH, sensitivity),
            video_detection=DetectionOptions(Preset.FAST, sensitivity),
            audio=c.audio_combo.currentData(),
            naming=c.naming_combo.currentData(),
        )

    def _options_changed(self) -> None:
        opts = self.options()
        for key, value in (("style", opts.redaction.style), ("shape", opts.redaction.shape),
                           ("audio", opts.audio), ("naming", opts.naming)):
            self.settings.set(key, value)
        if opts.redaction.shape != self.canvas.redaction.shape:
            self._reshape_all(opts.redaction)
        self.canvas.set_redaction(opts.redaction)

    def _reshape_all(self, options: RedactionOptions) -> None:
        for item in self.queue.items:
            if item.doc is not None and not item.video:
                edits.replace_review(item.doc, reshaped(item.doc.review, options), translate("MainWindow", "Change shape"))

    # ------------------------------------------------------------------ adding files
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_paths(paths)

    def _dialog(self, folder: bool) -> list[Path]:
        filters = [translate("MainWindow", "Photos and videos (*.jpg *.jpeg *.png *.webp *.heic *.heif *.avif "
                                           "*.tif *.tiff *.gif *.bmp *.ppm *.pgm *.pbm *.pnm *.psd *.jxl "
                                           "*.mp4 *.mov *.m4v *.3gp *.3g2 *.mkv *.webm *.avi *.ts *.mts *.m2ts "
                                           "*.wmv *.asf *.mpg *.mpeg *.vob *.mod *.flv)"), translate("MainWindow", "All files (*)")]
        return dialogs.choose(self, folder=folder, filters=filters)

    def open_files(self) -> None:
        self.add_paths(self._dialog(folder=False))

    def open_folder(self) -> None:
        self.add_paths(self._dialog(folder=True))

    def add_paths(self, paths: list[Path]) -> list[QueueItem]:
        from anonymizer.core.batch import collect_inputs  # imported on first use: the window opens faster

        known = {i.path.resolve() for i in self.queue.items}
        new = [p for p in collect_inputs(paths, self.out_dir) if p.resolve() not in known]
        isolation.allow_reading(new)
        added = []
        for path in new:
            item = QueueItem(path)
            self.queue.add(item)
            added.append(item)
            self._look(item)
        if added:
            self.queue.select(added[0])  # what was just added is what the user wants to see
        self._list_changed()
        count = len(added)
        self.statusBar().showMessage(translate("MainWindow", "%n file(s) added", None, count), 4000)
        return added

    def _list_changed(self) -> None:
        has_files = bool(self.queue.items)
        self.export_panel.set_available(has_files)
        for action in (self.act_export, self.act_export_all):
            action.setEnabled(has_files)

    def remove_current(self) -> None:
        item = self.queue.current()
        if item is None or item.state is State.EXPORTING:
            return
        job = self._look_jobs.pop(item.id, None)
        if job is not None:
            job.cancel()
            self.look_progress.finished()
        if item.doc is not None:
            self.undo_group.removeStack(item.doc.undo_stack)
        self._rgb_cache.pop(item.id, None)
        self.queue.remove(item)
        self._list_changed()
        self._show_item(self.queue.current())

    # ------------------------------------------------------------------ looking at files
    def _look(self, item: QueueItem) -> None:
        item.state = State.LOOKING
        self.queue.refresh(item)
        self.look_progress.started()
        options, path = self.options(), item.path

        def run(ctx):  # noqa: ANN001, ANN202
            if jobs.is_video(path):
                return jobs.look_at_video(path, ctx)
            return jobs.look_at_photo(path, options, ctx)

        self._look_jobs[item.id] = self.looks.start(
            run, name="look",
            on_result=lambda look: self._first_look(item, look),
            on_success=lambda value: self._looked(item, value),
            on_failure=lambda e: self._look_failed(item, e))

    def stop_looking(self) -> None:
        """Stop looking at the files still waiting (the big-batch progress line's button)."""
        for item in self.queue.items:
            job = self._look_jobs.pop(item.id, None)
            if job is None:
                continue
            job.cancel()
            if item.doc is None:
                item.state = State.PENDING  # exported all the same, detected then, nobody reviewing
            else:
                item.final = True  # the fast look stays; the thorough pass runs at export
                item.state = State.READY
            self.queue.refresh(item)
        self.look_progress.cancelled()

    def _attach(self, item: QueueItem, review: FileReview) -> None:
        """Give ``item`` its document: the core's review behind an undo stack."""
        item.doc = doc = ReviewDocument(review, self)
        doc.changed.connect(lambda: self._doc_changed(item))
        doc.undo_stack.indexChanged.connect(lambda _: self._edited(item))
        self.undo_group.addStack(doc.undo_stack)

    def _first_look(self, item: QueueItem, look: jobs.PhotoLook) -> None:
        if item not in self.queue.items:
            return  # removed from the list meanwhile
        h, w = look.rgb.shape[:2]
        item.metadata, item.warnings = look.metadata, look.warnings
        item.thumb = QPixmap.fromImage(look.thumb)
        if item.doc is None:
            self._attach(item, new_review(w, h, look.search, self.options().redaction, refined=False,
                                          warnings=look.warnings))
        else:
            self._merge(item, look.search)
        self._remember_rgb(item, look.rgb)
        if item.state in (State.PENDING, State.LOOKING):
            item.state = State.READY
        self.queue.refresh(item)
        if item is self.queue.current():
            self._show_item(item)
        self.item_looked.emit(item)

    def _merge(self, item: QueueItem, search: FaceSearch, refining: bool = False) -> None:
        doc = item.doc
        assert doc is not None
        merged = merge_search(doc.review, search, self.options().redaction, refining=refining)
        edits.replace_review(doc, merged, translate("MainWindow", "Update detected faces"))

    def _looked(self, item: QueueItem, value: FaceSearch | jobs.VideoLook) -> None:
        if self._look_jobs.pop(item.id, None) is not None:
            self.look_progress.finished()
        if item not in self.queue.items:
            return
        if isinstance(value, jobs.VideoLook):
            self._video_looked(item, value)
            return
        if item.doc is not None:
            self._merge(item, value, refining=True)
        item.final = True
        if item.state is State.LOOKING:
            item.state = State.READY
        self.queue.refresh(item)
        if item is self.queue.current():
            self._update_caption()  # "refining…" is over
        self.item_final.emit(item)

    def _video_looked(self, item: QueueItem, look: jobs.VideoLook) -> None:
        info = look.info
        item.video, item.video_info = True, info
        item.metadata, item.warnings = look.metadata, look.warnings
        item.thumb = QPixmap.fromImage(look.thumb)
        self._attach(item, FileReview(info.width, info.height, warnings=look.warnings, video=True))
        item.state, item.final = State.READY, True
        self.queue.refresh(item)
        self.video.scan(item, look)
        if item is self.queue.current():
            self._show_item(item)
        self.item_looked.emit(item)
        self.item_final.emit(item)

    def _look_failed(self, item: QueueItem, error: BaseException) -> None:
        if self._look_jobs.pop(item.id, None) is not None:
            self.look_progress.finished()
        item.state, item.error = State.ERROR, jobs.human_error(error)
        self.queue.refresh(item)
        if item is self.queue.current():
            self._show_item(item)
        self.item_looked.emit(item)
        self.item_final.emit(item)

    def _redetect_all(self) -> None:
        self.settings.set("sensitivity", self.controls.sensitivity.value())
        current = self.queue.current()
        ordered = sorted(self.queue.items, key=lambda i: i is not current)  # the shown file first
        for item in ordered:
            if item.video:
                self.video.forget_faces(item)
                continue
            if item.state in (State.READY, State.EXPORTED, State.LOOKING):
                job = self._look_jobs.pop(item.id, None)
                if job is not None:
                    job.cancel()
                    self.look_progress.finished()
                item.final = False
                self._look(item)

    def _remember_rgb(self, item: QueueItem, rgb: np.ndarray) -> None:
        self._rgb_cache[item.id] = rgb
        self._rgb_cache.move_to_end(item.id)
        while len(self._rgb_cache) > 3:
            self._rgb_cache.popitem(last=False)

    def _edited(self, item: QueueItem) -> None:
        """Any edit, undo or redo after an export: the copy on disk no longer matches the review."""
        if item.state is State.EXPORTED and not self._closing:
            item.state, item.leftovers = State.READY, None
            if item is self.queue.current():
                self.metadata.show_items(item.metadata, item.warnings, None)
            self._doc_changed(item)

    def _doc_changed(self, item: QueueItem) -> None:
        self.queue.refresh(item)
        if item is self.queue.current():
            self._update_caption()
            if item.video:
                self.video.refresh(item)

    def _playing_changed(self, playing: bool) -> None:
        self.act_play.setIcon(icon("pause" if playing else "play"))
        text = translate("MainWindow", "Pause") if playing else translate("MainWindow", "Play")
        self.act_play.setText(text)
        self.act_play.setToolTip(f"{text} ({self.act_play.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")

    def _export_item_changed(self, item: QueueItem) -> None:
        self.queue.refresh(item)
        if item is self.queue.current():
            self.metadata.show_items(item.metadata, item.warnings, item.leftovers)
            self._update_caption()

    # ------------------------------------------------------------------ reviewing
    def _next_here(self, step: int) -> bool:
        """The next unsure spot (a video: unsure stretch) of the shown file; False when none is left."""
        item = self.queue.current()
        if item is not None and item.video:
            return self.video.next_stretch(step)
        return self.canvas.next_unsure(step)

    def previous_unsure_spot(self) -> None:
        if not self._next_here(-1):
            self.statusBar().showMessage(translate("MainWindow", "No unsure spot is left to decide."), 4000)

    def next_unsure_spot(self) -> None:
        """The next undecided unsure spot of this file, else the first of the next file that has one."""
        if self._next_here(1):
            return
        following = self.queue.items[self.queue.items.index(c) + 1:] if (c := self.queue.current()) else []
        for item in following + self.queue.items:
            if item.undecided:
                self.review_item(item)
                return
        self.statusBar().showMessage(translate("MainWindow", "No unsure spot is left to decide."), 4000)

    def review_item(self, item: QueueItem) -> None:
        """Show ``item`` and its first undecided unsure spot (the export guard's "Review them")."""
        self.queue.select(item)
        self.canvas.setFocus()
        if not self._next_here(1):
            self.statusBar().showMessage(translate("MainWindow", "Nothing unsure here: look at the picture, then mark it "
                                            "reviewed (M)."), 6000)

    def crowd_check(self) -> None:
        if self.canvas.crowd_step_index >= 0:
            self.canvas.crowd_step(1)
        else:
            self.canvas.start_crowd_check()
        self.canvas.setFocus()

    def _crowd_changed(self, index: int, total: int) -> None:
        if index < 0:
            self.statusBar().showMessage(translate("MainWindow", "Crowd check done."), 3000)
        else:
            self.statusBar().showMessage(
                translate("MainWindow", "Crowd check: part %1 of %2. Click a face to cover it; G for the next part, Esc to stop.")
                .replace("%1", number(index + 1)).replace("%2", number(total)))

    def mark_reviewed(self) -> None:
        item = self.queue.current()
        if item is not None and item.doc is not None:
            edits.mark_reviewed(item.doc, not item.doc.review.marked_reviewed)

    # ------------------------------------------------------------------ showing one file
    def _show_item(self, item: QueueItem | None) -> None:
        if item is not None and item.id in self._look_jobs:
            self.looks.promote(self._look_jobs[item.id])
        self.video.stop()
        is_video = item is not None and item.video
        self.video_bar.setVisible(is_video)
        self.track_list.setVisible(is_video)
        self.act_play.setEnabled(is_video and item.doc is not None)
        self.canvas.current_frame = None
        self.canvas.auto_boxes = []
        self.canvas.track_boxes = []
        if item is None or item.doc is None:
            self.undo_group.setActiveStack(None)  # undo must never reach a file that is not shown
            self.canvas.set_content(None, None)
            if item is not None and item.state is State.LOOKING:
                self.canvas.empty_text = translate("MainWindow", "Looking for faces…")
            elif item is not None and item.state is State.ERROR:
                self.canvas.empty_text = translate("MainWindow", "This file cannot be cleaned: %1").replace("%1", item.error)
            else:
                self.canvas.empty_text = self._empty_text()
            self.metadata.show_items(item.metadata if item else None, item.warnings if item else None)
            self._update_caption()
            return
        self.undo_group.setActiveStack(item.doc.undo_stack)
        if not item.doc.review.seen:
            item.doc.set_review(replace(item.doc.review, seen=True))  # a person has it on screen now
        self.metadata.show_items(item.metadata, item.warnings, item.leftovers)
        if item.video:
            self.video.show(item)
        elif item.id in self._rgb_cache:
            self._rgb_cache.move_to_end(item.id)
            self.canvas.set_content(item.doc, self._rgb_cache[item.id])
        else:
            self.canvas.set_content(None, None)
            self.canvas.empty_text = translate("MainWindow", "Opening…")
            path = item.path
            self.background.start(lambda ctx: jobs.decode_photo(path, ctx), name="decode",
                                  on_success=lambda rgb: self._decoded(item, rgb),
                                  on_failure=lambda e: self._look_failed(item, e))
        self._update_caption()

    def _decoded(self, item: QueueItem, rgb: np.ndarray) -> None:
        self._remember_rgb(item, rgb)
        if item is self.queue.current():
            self.canvas.set_content(item.doc, rgb)

    def _update_caption(self) -> None:
        item = self.queue.current()
        if item is None:
            self.caption.setText("")
            self.legend.set_text("")
            return
        self.caption.setText(f"<b>{item.path.name}</b> — " + item.status_text().replace("\n", " · "))
        # The legend stays for every state a photo can be looked at in: a caption that loses a line on
        # export would move the picture (and refit its zoom) under the user's hand.
        text = ""
        if item.doc is not None and not item.video:
            text = translate("MainWindow", "Green: face, covered. Orange ?: big and unsure, check it. Violet ?: maybe a "
                                            "face, not covered until you press C (X leaves it). Red cross: switched off. "
                                            "Blue: added by you. U: next unsure spot, G: crowd check.")
        if item.video:
            text = translate("MainWindow", "Each face track in its own colour with its number (yellow dashed: faces on "
                                "this frame while the tracks are being found). Red cross: left visible. Orange "
                                "on the timeline: unsure, U goes there. Space: play; A: as it will be exported. "
                                "Draw a region to cover something on a range of frames.")
        self.legend.set_text(text)

    def set_tool(self, tool: Tool) -> None:
        self.canvas.tool = tool
        (self.act_brush if tool is Tool.BRUSH else self.act_region_tool).setChecked(True)
        self.brush_bar.setVisible(tool is Tool.BRUSH)
        self._brush_changed(self.canvas.brush_radius)

    # The slider moves in steps of the picture's brush range, so it means the same on any photo.
    BRUSH_STEPS = 100

    def _brush_slider_moved(self, value: int) -> None:
        low, high = self.canvas.brush_range()
        self.canvas.set_brush_radius(low * (high / low) ** (value / self.BRUSH_STEPS))

    def _brush_changed(self, radius: float) -> None:
        import math

        low, high = self.canvas.brush_range()
        self.brush_slider.blockSignals(True)
        self.brush_slider.setValue(round(self.BRUSH_STEPS * math.log(radius / low) / math.log(high / low)))
        self.brush_slider.blockSignals(False)
        self.brush_value.setText(translate("MainWindow", "%1 px across").replace("%1", number(2 * radius)))

    # ------------------------------------------------------------------ help and closing
    def show_help(self, tab: int = 0) -> None:
        """F1: what the app removes and cannot, every shortcut (read from the actions), About."""
        from anonymizer import __version__
        from anonymizer.gui.help import HelpDialog

        self.help_dialog = dialog = HelpDialog(self, self.actions(), __version__, tab)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def show_about(self) -> None:
        self.show_help(tab=2)

    def unexported(self) -> list[QueueItem]:
        """Files in the list whose cleaned copy has not been written (and that can be)."""
        return [i for i in self.queue.items if i.state not in (State.EXPORTED, State.ERROR)]

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.exporter.running:
            answer = QMessageBox.question(self, translate("MainWindow", "Export running"),
                                          translate("MainWindow", "An export is running. Cancel it and quit?"))
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        elif (left := self.unexported()) and not self._closing:
            event.ignore()
            self._ask_before_quitting(len(left))
            return
        self.shutdown()
        if not self.isMaximized() and not self.isFullScreen():
            self.settings.set("window_size", self.size())
            self.settings.set("window_screen", self._screen_size())
        self.settings.sync()
        super().closeEvent(event)

    def _ask_before_quitting(self, files: int) -> None:
        """Quitting loses the review of every file not exported: ask, without a nested event loop."""
        if self.quit_question is not None:
            return
        def answered(quit_anyway: bool) -> None:
            self.quit_question = None
            if quit_anyway:
                self._closing = True
                self.close()
        self.quit_question = dialogs.ask(
            self, QMessageBox.Icon.Question, translate("MainWindow", "Not exported"),
            translate("MainWindow", "%n file(s) in the list have no cleaned copy yet; your review of them will be lost. "
                                    "Quit anyway?", None, files), safe=translate("MainWindow", "Keep working"), risky=translate("MainWindow", "Quit"), on_answer=answered,
            risky_role=QMessageBox.ButtonRole.DestructiveRole)

    def shutdown(self) -> None:
        self.shutdown_and_wait()

    def shutdown_and_wait(self) -> bool:
        """Cancel every background job and wait for the threads (window close, tests)."""
        self._closing = True  # undo stacks emit while they are torn down: nothing to show any more
        self.video.stop()
        return all([runner.shutdown() for runner in (self.exports, self.looks, self.background,
                                                     self.video.tracks_runner)])
