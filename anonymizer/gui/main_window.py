"""The main window: queue on the left, review canvas in the middle, controls and export on the right."""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path

import numpy as np
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QPixmap,
    QUndoGroup,
)
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from anonymizer.core.models import (
    CleanOptions,
    DetectionOptions,
    FileResult,
    Preset,
    RedactionOptions,
)
from anonymizer.core.review import from_detections, merge_redetected, reshaped
from anonymizer.gui import dialogs, jobs
from anonymizer.gui import document as edits
from anonymizer.gui.canvas import ReviewCanvas, Tool
from anonymizer.gui.document import ReviewDocument
from anonymizer.gui.exporting import Exporting, ExportPanel
from anonymizer.gui.i18n import LANGUAGE_NAMES, Translations, resolve_language
from anonymizer.gui.icons import icon
from anonymizer.gui.panels import ControlsPanel, HelpBanner, MetadataPanel, help_text, select_data
from anonymizer.gui.queue import QueueItem, QueueList, State
from anonymizer.gui.settings import LANGUAGES, Settings
from anonymizer.gui.text import tr
from anonymizer.gui.video_review import VideoBar, VideoReview
from anonymizer.gui.worker import JobRunner


class MainWindow(VideoReview, Exporting, QMainWindow):
    item_looked = Signal(object)  # QueueItem: the first look (or an error) is in
    item_final = Signal(object)  # QueueItem: thorough detection merged (or an error)
    export_finished = Signal(object)  # list[FileResult]
    frame_shown = Signal(int)

    def __init__(self, settings: Settings, translations: Translations | None = None) -> None:
        super().__init__()
        self.settings = settings
        self.translations = translations
        self.out_dir: Path | None = None  # deliberately never stored
        self.looks = JobRunner(self, threads=1)  # one detector pass at a time keeps the CPU for the window
        self.background = JobRunner(self, threads=1)  # decoding and frame detection
        self.exports = JobRunner(self, threads=1)
        self._rgb_cache: OrderedDict[int, np.ndarray] = OrderedDict()
        self._look_jobs: dict[int, object] = {}
        self._export_job = None
        self._frame_job = None
        self._export_state: dict = {}
        self._last_results: list[FileResult] = []
        self._summary: tuple[int, int, bool] | None = None
        self._closing = False
        self.undo_group = QUndoGroup(self)
        self.setAcceptDrops(True)
        self._build()
        self._load_preferences()
        self.retranslate()
        self.resize(self.settings.get("window_size"))  # type: ignore[arg-type]
        self._show_item(None)

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        self.queue = QueueList()
        self.queue.currentItemChanged.connect(lambda *_: self._show_item(self.queue.current()))
        self.canvas = ReviewCanvas()
        self.canvas.zoom_changed.connect(self._zoom_changed)
        self.canvas.selection_changed.connect(lambda _: self._update_video_range())
        self.banner = HelpBanner()
        self.banner.dismissed.connect(lambda: self.settings.set("first_run_done", True))
        self.video_bar = VideoBar()
        self.video_bar.slider.valueChanged.connect(self._scrub)
        self.video_bar.start_button.clicked.connect(lambda: self._set_range_end(0))
        self.video_bar.end_button.clicked.connect(lambda: self._set_range_end(1))
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        center = QWidget()
        cl = QVBoxLayout(center)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.addWidget(self.banner)
        cl.addWidget(self.caption)
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
        self.export_panel.cancel.clicked.connect(self.cancel_export)
        self.export_panel.show_folder.clicked.connect(self.show_output_folder)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.addWidget(self.controls)
        rl.addWidget(self.metadata, 1)
        rl.addWidget(self.export_panel)
        right.setMinimumWidth(370)

        splitter = QSplitter()
        splitter.addWidget(self.queue)
        splitter.addWidget(center)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([250, 680, 370])
        self.setCentralWidget(splitter)
        self._build_actions()

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
            tr("Undo: %1").replace("%1", text) if text else tr("Undo")))
        self.undo_group.redoTextChanged.connect(lambda text: self.act_redo.setToolTip(
            tr("Redo: %1").replace("%1", text) if text else tr("Redo")))
        self.act_toggle = self._action("toggle", self.canvas.toggle_selected, K("T"))
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
                  self.act_undo, self.act_redo, None, self.act_zoom_in, self.act_zoom_out, self.act_fit,
                  self.act_after, None, self.act_export, self.act_export_all):
            bar.addSeparator() if a is None else bar.addAction(a)
        for a in (self.act_zoom_in, self.act_zoom_out, self.act_fit, self.act_undo, self.act_redo):
            a.setPriority(QAction.Priority.LowPriority)  # icon only in the toolbar, text in menus
        self.toolbar = bar
        self.addToolBar(bar)
        self.zoom_label = QLabel()
        self.statusBar().addPermanentWidget(self.zoom_label)

    def _build_menus(self) -> None:
        mb = self.menuBar()
        mb.clear()
        m = mb.addMenu(tr("&File"))
        for a in (self.act_open, self.act_open_folder, None, self.act_export, self.act_export_all, None,
                  self.act_remove, None, self.act_quit):
            m.addSeparator() if a is None else m.addAction(a)
        m = mb.addMenu(tr("&Edit"))
        for a in (self.act_undo, self.act_redo, None, self.act_toggle, self.act_region_tool, self.act_brush):
            m.addSeparator() if a is None else m.addAction(a)
        m = mb.addMenu(tr("&View"))
        for a in (self.act_zoom_in, self.act_zoom_out, self.act_fit, self.act_after, None, self.act_next,
                  self.act_prev):
            m.addSeparator() if a is None else m.addAction(a)
        m = mb.addMenu(tr("&Settings"))
        lang = m.addMenu(tr("Language"))
        for a in self.language_actions.values():
            lang.addAction(a)
        m = mb.addMenu(tr("&Help"))
        m.addAction(self.act_help)
        m.addAction(self.act_about)
        self.file_menu_title = mb.actions()[0].text()

    # ------------------------------------------------------------------ text
    def retranslate(self) -> None:
        self.setWindowTitle(tr("Anonymizer – cover faces, remove hidden data"))
        texts = {
            self.act_open: (tr("Add files…"), tr("Add photos or videos to the list")),
            self.act_open_folder: (tr("Add folder…"), tr("Add every photo and video in a folder")),
            self.act_export: (tr("Export this file"), tr("Write a cleaned copy of the shown file")),
            self.act_export_all: (tr("Export all"), tr("Write cleaned copies of every file in the list")),
            self.act_remove: (tr("Remove from list"), ""),
            self.act_quit: (tr("Quit"), ""),
            self.act_toggle: (tr("Switch selected region on/off"), ""),
            self.act_region_tool: (tr("Regions"), tr("Drag on the picture to cover an area (hold Shift for the "
                                                    "other shape); click a region to switch it off or on; "
                                                    "drag its handles to resize")),
            self.act_brush: (tr("Brush"), tr("Paint over anything else: a tattoo, a sign, a name tag")),
            self.act_zoom_in: (tr("Zoom in"), ""),
            self.act_zoom_out: (tr("Zoom out"), ""),
            self.act_fit: (tr("Fit"), tr("Fit the picture to the window")),
            self.act_after: (tr("Preview"), tr("Show the picture as it will be exported")),
            self.act_next: (tr("Next file"), ""),
            self.act_prev: (tr("Previous file"), ""),
            self.act_help: (tr("What this app removes…"), ""),
            self.act_undo: (tr("Undo"), ""),
            self.act_redo: (tr("Redo"), ""),
            self.act_about: (tr("About Anonymizer"), ""),
        }
        for action, (text, tip) in texts.items():
            action.setText(text)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            tip = tip or text.replace("…", "")
            action.setToolTip(f"{tip} ({keys})" if keys else tip)
            action.setStatusTip(tip)
        self.language_actions[""].setText(tr("System language"))
        self._build_menus()
        self.canvas.empty_text = tr("Drop photos, videos or folders here, or use File > Add files.\n\n"
                                    "Nothing is uploaded: everything happens on this computer.")
        self.canvas.viewport().update()
        for panel in (self.controls, self.metadata, self.banner, self.video_bar, self.export_panel):
            panel.retranslate()
        self.controls.set_output_text(str(self.out_dir) if self.out_dir else "")
        for item in self.queue.items:
            self.queue.refresh(item)
        self._update_caption()
        self._zoom_changed(self.canvas.zoom)
        current = self.queue.current()
        if current is not None and current.video and current.frames:
            self._scrub(self.video_bar.slider.value())
        if hasattr(self, "_summary"):
            self._show_summary()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_language(self, code: str) -> None:
        self.settings.set("language", code)
        if self.translations is not None:
            self.translations.install(resolve_language(code))
        self.language_actions[code].setChecked(True)
        self.retranslate()  # now, not when Qt's posted LanguageChange arrives

    def _zoom_changed(self, zoom: float) -> None:
        self.zoom_label.setText(tr("Zoom: %1%").replace("%1", str(round(zoom * 100))))

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
            doc = item.doc
            if doc is None or item.video:
                continue
            new = [reshaped(r, options, doc.width, doc.height) for r in doc.regions.values()]
            if doc.touched:
                edits.replace_regions(doc, new, tr("Change shape"))
            else:
                doc.load(new)

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
        filters = [tr("Photos and videos (*.jpg *.jpeg *.png *.webp *.heic *.heif *.avif "
                      "*.tif *.tiff *.gif *.bmp *.ppm *.pgm *.pbm *.pnm *.psd *.jxl "
                      "*.mp4 *.mov *.m4v *.3gp *.3g2 *.mkv *.webm *.avi *.ts *.mts *.m2ts "
                      "*.wmv *.asf *.mpg *.mpeg *.vob *.mod *.flv)"), tr("All files (*)")]
        return dialogs.choose(self, folder=folder, filters=filters)

    def open_files(self) -> None:
        self.add_paths(self._dialog(folder=False))

    def open_folder(self) -> None:
        self.add_paths(self._dialog(folder=True))

    def add_paths(self, paths: list[Path]) -> list[QueueItem]:
        from anonymizer.core.batch import collect_inputs  # imported on first use: the window opens faster

        known = {i.path.resolve() for i in self.queue.items}
        added = []
        for path in collect_inputs(paths, self.out_dir):
            if path.resolve() in known:
                continue
            item = QueueItem(path)
            self.queue.add(item)
            added.append(item)
            self._look(item)
        if added and self.queue.current() is None:
            self.queue.select(added[0])
        self.statusBar().showMessage(tr("%n file(s) added", None, len(added)), 4000)
        return added

    def remove_current(self) -> None:
        item = self.queue.current()
        if item is None or item.state is State.EXPORTING:
            return
        job = self._look_jobs.pop(item.id, None)
        if job is not None:
            job.cancel()  # type: ignore[attr-defined]
        if item.doc is not None:
            self.undo_group.removeStack(item.doc.undo_stack)
        self._rgb_cache.pop(item.id, None)
        self.queue.remove(item)
        self._show_item(self.queue.current())

    # ------------------------------------------------------------------ looking at files
    def _look(self, item: QueueItem) -> None:
        item.state = State.LOOKING
        self.queue.refresh(item)
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

    def _first_look(self, item: QueueItem, look: jobs.PhotoLook) -> None:
        if item not in self.queue.items:
            return  # removed from the list meanwhile
        h, w = look.rgb.shape[:2]
        item.metadata, item.warnings = look.metadata, look.warnings
        item.thumb = QPixmap.fromImage(look.thumb)
        item.detections = look.detections
        regions = from_detections(look.detections, self.options().redaction, w, h)
        if item.doc is None:
            item.doc = ReviewDocument(w, h, self)
            item.doc.changed.connect(lambda: self._doc_changed(item))
            item.doc.undo_stack.indexChanged.connect(lambda _: self._edited(item))
            self.undo_group.addStack(item.doc.undo_stack)
            item.doc.load(regions)
        else:
            self._merge(item, look.detections)
        self._remember_rgb(item, look.rgb)
        if item.state in (State.PENDING, State.LOOKING):
            item.state = State.READY
        self.queue.refresh(item)
        if item is self.queue.current():
            self._show_item(item)
        self.item_looked.emit(item)

    def _merge(self, item: QueueItem, detections, refining: bool = False) -> None:  # noqa: ANN001
        doc = item.doc
        assert doc is not None
        merged = merge_redetected(list(doc.regions.values()), detections, self.options().redaction,
                                  doc.width, doc.height, keep_unmatched=refining)
        if doc.touched:
            edits.replace_regions(doc, merged, tr("Update detected faces"))
        else:
            doc.load(merged)

    def _looked(self, item: QueueItem, value) -> None:  # noqa: ANN001
        self._look_jobs.pop(item.id, None)
        if item not in self.queue.items:
            return
        if isinstance(value, jobs.VideoLook):
            self._video_looked(item, value)
            return
        if item.doc is not None:
            self._merge(item, value, refining=True)
        item.detections = value
        item.final = True
        if item.state is State.LOOKING:
            item.state = State.READY
        self.queue.refresh(item)
        self.item_final.emit(item)

    def _look_failed(self, item: QueueItem, error: BaseException) -> None:
        self._look_jobs.pop(item.id, None)
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
                item.frame_faces.clear()
                continue
            if item.state in (State.READY, State.EXPORTED, State.LOOKING):
                job = self._look_jobs.pop(item.id, None)
                if job is not None:
                    job.cancel()  # type: ignore[attr-defined]
                item.final = False
                self._look(item)
        if current is not None and current.video:
            self._scrub(self.video_bar.slider.value())

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

    # ------------------------------------------------------------------ showing one file
    def _show_item(self, item: QueueItem | None) -> None:
        if item is not None and item.id in self._look_jobs:
            self.looks.promote(self._look_jobs[item.id])  # type: ignore[arg-type]
        self.video_bar.setVisible(item is not None and item.video)
        self.canvas.current_frame = None
        self.canvas.auto_boxes = []
        if item is None or item.doc is None:
            self.undo_group.setActiveStack(None)  # undo must never reach a file that is not shown
            self.canvas.set_content(None, None)
            if item is not None and item.state is State.LOOKING:
                self.canvas.empty_text = tr("Looking for faces…")
            self.metadata.show_items(item.metadata if item else None, item.warnings if item else None)
            self._update_caption()
            return
        self.undo_group.setActiveStack(item.doc.undo_stack)
        self.metadata.show_items(item.metadata, item.warnings, item.leftovers)
        if item.video:
            self._show_video(item)
        elif item.id in self._rgb_cache:
            self._rgb_cache.move_to_end(item.id)
            self.canvas.set_content(item.doc, self._rgb_cache[item.id])
        else:
            self.canvas.set_content(None, None)
            self.canvas.empty_text = tr("Opening…")
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
            return
        text = f"<b>{item.path.name}</b> — {item.status_text()}"
        if item.state is State.READY and not item.video:
            text += "<br>" + tr("Green: face found. Orange: unsure, check it. Red cross: switched off, "
                                "will stay visible. Blue: added by you.")
        if item.video:
            text += "<br>" + tr("Yellow: faces found on this frame. Draw a region to cover something on a "
                                "range of frames.")
        self.caption.setText(text)

    def set_tool(self, tool: Tool) -> None:
        self.canvas.tool = tool
        (self.act_brush if tool is Tool.BRUSH else self.act_region_tool).setChecked(True)

    # ------------------------------------------------------------------ help and closing
    def show_help(self) -> None:
        self.banner.show()
        QMessageBox.information(self, tr("What this app removes"), help_text())

    def show_about(self) -> None:
        from anonymizer import __version__

        QMessageBox.about(self, tr("About Anonymizer"),
                          tr("Anonymizer %1: covers faces and removes hidden data from photos and videos, "
                             "offline.").replace("%1", __version__))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self._export_job is not None:
            answer = QMessageBox.question(self, tr("Export running"),
                                          tr("An export is running. Cancel it and quit?"))
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        self.shutdown()
        if not self.isMaximized() and not self.isFullScreen():
            self.settings.set("window_size", self.size())
        self.settings.sync()
        super().closeEvent(event)

    def shutdown(self) -> None:
        self.shutdown_and_wait()

    def shutdown_and_wait(self) -> bool:
        """Cancel every background job and wait for the threads (window close, tests)."""
        self._closing = True  # undo stacks emit while they are torn down: nothing to show any more
        return all([runner.shutdown() for runner in (self.exports, self.looks, self.background)])
