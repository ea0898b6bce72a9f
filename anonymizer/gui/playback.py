"""Playing a video at real speed: frames decoded (and redacted, for the preview) on the player's own
thread, shown by a QTimer against the clip's own frame times.

The frames are decoded (and redacted) in a worker process like every other read of the file
(``core.isolation``), which paces itself to the clip's time and passes each frame through shared memory.
When the machine cannot keep up, frames whose time has passed are dropped: the worker skips redacting
them and the timer shows only the newest frame that is due. In the redacted preview only redacted frames
ever arrive, so a frame not ready in time leaves the last redacted one on screen.
"""

from __future__ import annotations

import queue
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from anonymizer.core.cancel import CancelToken
from anonymizer.gui import jobs

if TYPE_CHECKING:
    from anonymizer.core.video.preview import PreviewFrame, PreviewRedaction

TICK_MS = 10
AHEAD = 6  # frames waiting for the screen (bounded memory: 6 x 6 MB at 1080p)
AHEAD_S = 0.2  # how far the worker decodes ahead of the clip's time
LATE_S = 0.05  # a frame due this long ago is not worth redacting any more
_END = object()


class Player(QObject):
    """Plays one clip from a frame on; emits each frame it shows, and ``stopped`` at the end or on stop."""

    frame_shown = Signal(int, object, bool)  # frame index, RGB, redacted
    stopped = Signal()
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self, interval=TICK_MS)
        self.timer.timeout.connect(self._tick)
        self._thread: threading.Thread | None = None
        self._cancel = CancelToken()
        self._frames: queue.Queue[object] = queue.Queue(AHEAD)
        self._next: PreviewFrame | None = None
        self._clock_start: float | None = None  # monotonic time of the first frame shown ...
        self._clip_start = 0.0  # ... and that frame's time in the clip
        self.redacted = False
        self.redaction: PreviewRedaction | None = None  # what the redacted preview covers
        self.shown = 0
        self.dropped = 0
        self.ended = False

    @property
    def playing(self) -> bool:
        return self.timer.isActive()

    def clock(self) -> float | None:
        """Where in the clip the screen is now (None before the first frame)."""
        if self._clock_start is None:
            return None
        return self._clip_start + time.monotonic() - self._clock_start

    def play(self, path: Path, start: int, redaction: PreviewRedaction | None) -> None:
        """Play ``path`` from frame ``start``: redacted by the export's rule when ``redaction`` is given."""
        self.stop()
        self._cancel = cancel = CancelToken()
        self._frames = frames = queue.Queue[object](AHEAD)
        self._next, self._clock_start = None, None
        self.redacted, self.redaction, self.shown, self.dropped = redaction is not None, redaction, 0, 0
        self.ended = False  # the clip's end was reached (its last frames may have been dropped as late)

        def hand_over(frame: PreviewFrame) -> None:
            while not cancel.cancelled:
                try:
                    frames.put(frame, timeout=0.1)
                    break
                except queue.Full:
                    continue

        def run() -> None:
            try:
                jobs.play_frames(path, start, redaction, AHEAD_S, LATE_S, hand_over, cancel)
                frames.put(_END)
            except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, which shows it
                if not cancel.cancelled:
                    frames.put(exc)

        self._thread = threading.Thread(target=run, name="anonymizer-player", daemon=True)
        self._thread.start()
        self.timer.start()

    def stop(self) -> None:
        """Stop playing; waits for the decoding thread (it stops at its next frame)."""
        was_playing = self.playing
        self.timer.stop()
        self._cancel.cancel()
        if self._thread is not None:
            while self._thread.is_alive():
                try:  # make room, so a thread blocked on a full queue sees the cancel
                    self._frames.get_nowait()
                except queue.Empty:
                    self._thread.join(0.05)
            self._thread = None
        if was_playing:
            self.stopped.emit()

    def _tick(self) -> None:
        due: PreviewFrame | None = None
        while True:
            if self._next is None:
                try:
                    item = self._frames.get_nowait()
                except queue.Empty:
                    break
                if item is _END:
                    self.ended = True
                    self._show(due)
                    self.stop()
                    return
                if isinstance(item, BaseException):
                    self.stop()
                    self.failed.emit(item)
                    return
                self._next = item  # type: ignore[assignment]
            assert self._next is not None
            if self._clock_start is None:  # the clock starts with the first frame on screen
                self._clock_start, self._clip_start = time.monotonic(), self._next.seconds
            now = self.clock()
            assert now is not None
            if self._next.seconds > now:
                break  # not due yet
            if due is not None:
                self.dropped += 1  # a newer frame is due as well: this one is too late to show
            due, self._next = self._next, None
        self._show(due)

    def _show(self, frame: PreviewFrame | None) -> None:
        if frame is not None:
            self.shown += 1
            self.frame_shown.emit(frame.index, frame.rgb, self.redacted)
