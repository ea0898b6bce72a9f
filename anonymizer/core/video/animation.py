"""Animated GIF and WebP: every frame cleaned as a video's are (the same run: faces tracked across
frames, a face seen before and after a gap covered in between), written as an animation of the same
kind with each frame's duration and the loop count kept and nothing else, then re-opened and checked.

Pillow reads the frames (it composes each one over the last as the format's disposal rules say) and
writes the output; the run of video/clean.py does the rest, through the two small adapters below.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import numpy as np
from PIL import Image

from anonymizer.core.cancel import NEVER_CANCELLED, CancelToken, ProgressCallback, no_progress
from anonymizer.core.errors import AnonymizerError, CorruptFile, EncoderFailed, VerificationFailed
from anonymizer.core.media.image_io import frame_rgb, open_animation
from anonymizer.core.media.sniff import MediaFormat
from anonymizer.core.models import CleanOptions
from anonymizer.core.video.clean import Detector, _frame_progress, _Run
from anonymizer.core.video.decode import DecodedFrame
from anonymizer.core.video.scan import TrackingPass
from anonymizer.core.video.types import NO_CHOICES, ManualVideoRegion, VideoReport

TIME_BASE = Fraction(1, 1000)  # Pillow gives and takes frame durations in milliseconds
EXTENSION = {MediaFormat.GIF: ".gif", MediaFormat.WEBP: ".webp"}
_PILLOW_NAME = {MediaFormat.GIF: "GIF", MediaFormat.WEBP: "WEBP"}
_FRAME_FAILURES = (OSError, EOFError, ValueError, SyntaxError, IndexError, KeyError, TypeError)


@dataclass(frozen=True)
class _FramePacket:
    stream: object
    index: int


class AnimationSource:
    """The frames of an animated GIF or WebP, in the shape the video run reads a ``VideoSource``."""

    audio = None
    time_base = TIME_BASE
    fps = 0.0
    start_seconds = 0.0

    def __init__(self, path: Path, fmt: MediaFormat) -> None:
        self.path, self.format = path, fmt
        self.image = open_animation(path, fmt)
        self.frames_estimate = int(self.image.n_frames)
        self.loop: int | None = self.image.info.get("loop")  # None: a GIF without a loop block plays once
        self.video = self
        self.total_ms = 0

    def packets(self, audio: bool = False) -> Iterator[_FramePacket]:
        return (_FramePacket(self, i) for i in range(self.frames_estimate))

    def decode(self, packet: _FramePacket) -> Iterator[DecodedFrame]:
        try:
            self.image.seek(packet.index)
        except _FRAME_FAILURES as e:
            raise CorruptFile(self.path, f"cannot read frame {packet.index}: {type(e).__name__}") from e
        rgb = frame_rgb(self.image, self.path)
        duration = self.image.info.get("duration", 0)
        duration = int(duration) if isinstance(duration, int | float) and duration >= 0 else 0
        frame = DecodedFrame(packet.index, rgb, self.total_ms, duration)
        self.total_ms += duration
        yield frame

    def check_complete(self, decoded: int) -> None:
        if decoded != self.frames_estimate:
            raise CorruptFile(self.path, f"only {decoded} of {self.frames_estimate} frames could be read")

    def close(self) -> None:
        self.image.close()


class AnimationWriter:
    """Holds the cleaned frames (a GIF's as 256-colour images) and writes them in one go at the end."""

    def __init__(self, dst: Path, fmt: MediaFormat, loop: int | None, quality: int) -> None:
        self.dst, self.format, self.loop, self.quality = dst, fmt, loop, quality
        self.frames = 0
        self._images: list[Image.Image] = []
        self.durations: list[int] = []

    def write(self, rgb: np.ndarray, pts: int, duration: int) -> None:
        image = Image.fromarray(np.ascontiguousarray(rgb), "RGB")
        self._images.append(image.quantize(256) if self.format is MediaFormat.GIF else image)
        self.durations.append(duration)
        self.frames += 1

    def finish(self) -> None:
        first, *rest = self._images
        params: dict[str, object] = {"save_all": True, "append_images": rest, "duration": self.durations}
        if self.loop is not None:
            params["loop"] = self.loop
        if self.format is MediaFormat.WEBP:
            params.update(quality=self.quality, method=4)
        try:
            first.save(self.dst, _PILLOW_NAME[self.format], **params)
        except (OSError, ValueError) as e:
            raise EncoderFailed(self.dst, f"{_PILLOW_NAME[self.format]} animation encoder: {e}") from e
        finally:
            self._images.clear()

    def abort(self) -> None:
        self._images.clear()


class _AnimationRun(_Run):
    def _make_writer(self, width: int, height: int) -> AnimationWriter:  # type: ignore[override]
        source = self.source
        assert isinstance(source, AnimationSource)
        return AnimationWriter(self.dst, source.format, source.loop, self.options.jpeg_quality)


def clean_animation(src: Path, fmt: MediaFormat, dst: Path, options: CleanOptions, *,
                    manual_regions: Sequence[ManualVideoRegion] = (), progress: ProgressCallback = no_progress,
                    cancel: CancelToken = NEVER_CANCELLED, detector: Detector | None = None) -> VideoReport:
    """Write ``src`` to ``dst`` as the same kind of animation, every face covered on every frame, then
    verify ``dst``. Raises on any error or cancel; the caller deletes ``dst`` then."""
    if detector is None:
        from anonymizer.core.detection import get_detector

        detector = get_detector(options.video_detection)
    source = AnimationSource(src, fmt)
    try:
        # The same tracking pass as a video's, so a face is covered on frames the detector blinked on.
        tracking = TrackingPass(detector, cancel, _frame_progress(source, progress))  # type: ignore[arg-type]
        run = _AnimationRun(source, dst, options, tracking, manual_regions, NO_CHOICES, cancel)  # type: ignore[arg-type]
        report = run.run(source.packets())
        verify_animation(dst, fmt, source.frames_estimate, source.total_ms, source.loop, run.size)
    except AnonymizerError as exc:
        exc.with_path(src)
        raise
    finally:
        source.close()
    return report


def verify_animation(written: Path, fmt: MediaFormat, frames: int, total_ms: int, loop: int | None,
                     size: tuple[int, int]) -> None:
    """Re-open the written animation: only allowlisted blocks, the same size, loop count and total time,
    every frame decodable. (Pillow's GIF writer folds a frame identical to the one before into that one's
    duration, so the frame count may only shrink; the timing the viewer sees is the same.)"""
    from anonymizer.core.metadata.verify import StructureError
    from anonymizer.core.metadata.verify_animation import animated_webp_leftovers, gif_leftovers

    data = written.read_bytes()
    try:
        found = gif_leftovers(data) if fmt is MediaFormat.GIF else animated_webp_leftovers(data)
    except StructureError as e:
        raise VerificationFailed(written, f"malformed animation: {e}", leftovers=("structure",)) from e
    if found:
        raise VerificationFailed(written, "metadata left in the output: " + ", ".join(found), leftovers=tuple(found))
    try:
        with Image.open(written) as im:
            seen, durations = _frames(im)
            got = (im.format, im.size, im.info.get("loop"))
    except (*_FRAME_FAILURES, MemoryError) as e:
        raise VerificationFailed(written, f"the animation does not re-open: {e}", leftovers=("unreadable",)) from e
    if got != (_PILLOW_NAME[fmt], size, loop) or not 1 <= seen <= frames or sum(durations) != total_ms:
        raise VerificationFailed(written, f"the animation changed: {got}, {seen} frames, {sum(durations)} ms "
                                          f"(expected {size}, loop {loop}, {frames} frames, {total_ms} ms)")


def _frames(im: Image.Image) -> tuple[int, list[int]]:
    durations = []
    for index in range(im.n_frames):
        im.seek(index)
        im.load()
        durations.append(int(im.info.get("duration", 0)))
    return len(durations), durations
