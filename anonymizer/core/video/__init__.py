"""Video: every face covered on every frame, sound removed, kept or disguised, metadata dropped.

Public API (PyAV and the detector are imported on first use, so importing this stays cheap):

- ``analyze_video(src, options, ...)`` -> ``VideoAnalysis``: the face tracks, as the export finds them;
- ``clean_video(src, dst, options, ...)`` writes and verifies a cleaned MP4 at ``dst``, leaving the
  tracks a person switched off (``TrackChoices``) visible, and replaying an analysis where it may;
- ``probe_video(src)`` -> ``VideoInfo``; ``iter_preview_frames(src, every_n)`` and
  ``read_frame(src, index)`` give upright RGB frames for the GUI's scrubber;
- ``FaceTrack``, ``ManualVideoRegion``, ``TrackChoices``, ``VideoAnalysis``, ``VideoInfo``, ``VideoReport``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from anonymizer.core.cancel import NEVER_CANCELLED, CancelToken, ProgressCallback, no_progress
from anonymizer.core.errors import AnonymizerError, InputError
from anonymizer.core.models import CleanOptions
from anonymizer.core.video.types import (
    NO_CHOICES,
    FaceTrack,
    ManualVideoRegion,
    TrackChoices,
    VideoAnalysis,
    VideoInfo,
    VideoReport,
)

if TYPE_CHECKING:
    import numpy as np

    from anonymizer.core.video.scan import Detector

__all__ = ["FaceTrack", "ManualVideoRegion", "TrackChoices", "VideoAnalysis", "VideoInfo", "VideoReport",
           "analyze_video", "clean_video", "iter_preview_frames", "probe_video", "read_frame"]


def analyze_video(src: Path, options: CleanOptions, progress: ProgressCallback = no_progress,
                  cancel: CancelToken = NEVER_CANCELLED, *, detector: Detector | None = None) -> VideoAnalysis:
    """Every face track of ``src`` at ``options.video_detection``: the ids, frames and boxes the export
    at the same settings uses. Streams (boxes are kept, never frames); progress per frame (stage
    "analyze"); cancel between frames. ``detector`` replaces the real one (tests)."""
    from anonymizer.core.video.scan import scan

    if detector is None:
        from anonymizer.core.detection import get_detector

        detector = get_detector(options.video_detection)
    try:
        return scan(src, options.video_detection, detector, progress, cancel)
    except AnonymizerError as exc:
        exc.with_path(src)  # errors raised deep in the loop do not know the file
        raise


def clean_video(src: Path, dst: Path, options: CleanOptions, *, manual_regions: Sequence[ManualVideoRegion] = (),
                choices: TrackChoices = NO_CHOICES, analysis: VideoAnalysis | None = None,
                progress: ProgressCallback = no_progress, cancel: CancelToken = NEVER_CANCELLED,
                detector: Detector | None = None) -> VideoReport:
    """Write ``src`` to ``dst`` as H.264 MP4 with every face covered on every frame, and verify ``dst``.

    ``choices``: the tracks a person switched off or cut, by the ids :func:`analyze_video` gives at the
    same settings; every other face keeps the tracker's safety rules. ``analysis``: that look, replayed
    instead of detecting again when it saw these bytes at these settings (decisions on a look of other
    bytes or settings raise ``AnalysisOutdated``). ``dst`` is a temporary path chosen by the caller; on
    any error or cancel this raises and the caller deletes ``dst``. Progress is reported per frame
    (stage "video", frames done of an estimate).
    """
    from anonymizer.core.video.clean import clean_video as run

    return run(src, dst, options, manual_regions=manual_regions, choices=choices, analysis=analysis,
               progress=progress, cancel=cancel, detector=detector)


def probe_video(src: Path) -> VideoInfo:
    """Upright size, frame estimate, duration, frame rate, rotation and sound of a video."""
    from anonymizer.core.video.decode import probe

    return probe(src)


def iter_preview_frames(src: Path, every_n: int = 1) -> Iterator[tuple[int, np.ndarray]]:
    """(index, upright RGB frame) for every ``every_n``-th frame, streaming."""
    from anonymizer.core.video.decode import iter_frames

    for frame in iter_frames(src):
        if frame.index % max(1, every_n) == 0:
            yield frame.index, frame.rgb


def read_frame(src: Path, index: int) -> np.ndarray:
    """The upright RGB frame number ``index`` (decodes from the start: meant for single looks)."""
    for i, rgb in iter_preview_frames(src, 1):
        if i == index:
            return rgb
    raise InputError(src, f"the video has no frame {index}")
