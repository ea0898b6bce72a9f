"""Frames of a clip for the window to play, redacted by the export's own rule when asked.

The redacted preview replays the look's tracks through :class:`~anonymizer.core.video.redact.FrameRedactor`,
the code the export runs, with the person's decisions: what it shows covered is what the export covers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from anonymizer.core.cancel import NEVER_CANCELLED, CancelToken
from anonymizer.core.models import RedactionOptions
from anonymizer.core.video.decode import VideoSource
from anonymizer.core.video.redact import FrameRedactor
from anonymizer.core.video.types import NO_CHOICES, ManualVideoRegion, TrackChoices, VideoAnalysis


@dataclass(frozen=True)
class PreviewRedaction:
    """What the export would cover: the look's tracks, the person's decisions, the drawn regions."""

    analysis: VideoAnalysis
    options: RedactionOptions
    choices: TrackChoices = NO_CHOICES
    manual: Sequence[ManualVideoRegion] = field(default_factory=tuple)


@dataclass(frozen=True)
class PreviewFrame:
    index: int
    seconds: float  # presentation time from the clip's start
    rgb: np.ndarray


def preview_frames(src: Path, start: int = 0, redaction: PreviewRedaction | None = None,
                   wanted: Callable[[float], bool] = lambda _s: True,
                   cancel: CancelToken = NEVER_CANCELLED) -> Iterator[PreviewFrame]:
    """Frames ``start``.. of ``src`` in order; redacted when ``redaction`` is given. A frame ``wanted``
    refuses (its time has passed: the player is behind) is decoded but neither redacted nor yielded."""
    redactor: FrameRedactor | None = None
    with VideoSource(src) as source:
        for packet in source.packets(audio=False):
            if packet.stream is not source.video:
                continue
            for frame in source.decode(packet):
                cancel.raise_if_cancelled()
                seconds = float(frame.pts * source.time_base)
                if frame.index < start or not wanted(seconds):
                    continue
                if redaction is not None:
                    if redactor is None:
                        h, w = frame.rgb.shape[:2]
                        redactor = FrameRedactor(redaction.options, w, h, redaction.manual, redaction.choices)
                    redactor.redact(frame.rgb, frame.index, redaction.analysis.boxes_on(frame.index))
                yield PreviewFrame(frame.index, seconds, frame.rgb)


def redact_still(rgb: np.ndarray, index: int, redaction: PreviewRedaction) -> np.ndarray:
    """One frame as the export would write it (the still preview of a scrubbed frame)."""
    out = rgb.copy()
    h, w = out.shape[:2]
    FrameRedactor(redaction.options, w, h, redaction.manual, redaction.choices).redact(
        out, index, redaction.analysis.boxes_on(index))
    return out
