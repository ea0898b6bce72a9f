"""Reading a video with PyAV: pick the streams, decode to upright RGB frames with their timestamps.

Every FFmpeg error while reading becomes ``CorruptFile``: a damaged stream stops the run, it never
yields a shortened video that looks complete.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any

import av
import numpy as np

from anonymizer.core.errors import CorruptFile, NoVideoStream, RefusedFormat
from anonymizer.core.video.reference import external_media
from anonymizer.core.video.types import VideoInfo

# A container whose frame count is known (MP4/MOV sample tables) but decodes to fewer frames than this
# share of it was truncated or damaged. Edit lists legitimately drop a few leading frames.
MIN_DECODED_SHARE = 0.98
MAX_MISSING_FRAMES = 3
LARGE_FRAME = 1920 * 1088  # above this, fewer decoder threads: memory (4K) counts more than speed
LARGE_FRAME_THREADS = 2


@dataclass
class DecodedFrame:
    """One upright RGB frame and its timing in the video stream's time base (relative to the start)."""

    index: int
    rgb: np.ndarray
    pts: int
    duration: int


Orientation = tuple[int, int, int, int]  # (a, b, c, d) of the display matrix, normalised to -1/0/1
UPRIGHT: Orientation = (1, 0, 0, 1)


def orientation_from_matrix(raw: bytes) -> Orientation:
    """The 2x2 part of a display matrix (9 little-endian int32, FFmpeg's layout), signs only.

    FFmpeg maps a source pixel (x, y) to the display as x' = a*x + c*y, y' = b*x + d*y.
    """
    m = struct.unpack("<9i", raw[:36])
    a, b, c, d = m[0], m[1], m[3], m[4]
    if abs(a) + abs(d) >= abs(b) + abs(c):
        return (int(np.sign(a)) or 1, 0, 0, int(np.sign(d)) or 1)
    return (0, int(np.sign(b)) or 1, int(np.sign(c)) or 1, 0)


def orientation_of(frame: av.VideoFrame) -> Orientation:
    for sd in frame.side_data:
        if sd.type == av.sidedata.sidedata.Type.DISPLAYMATRIX:
            return orientation_from_matrix(bytes(sd))
    return UPRIGHT


def rotation_degrees(o: Orientation) -> int:
    """Clockwise degrees of a display orientation (mirroring ignored), for reports."""
    a, b, c, d = o
    if b:
        return 90 if b > 0 else 270
    return 180 if a < 0 and d < 0 else 0


def apply_orientation(rgb: np.ndarray, o: Orientation) -> np.ndarray:
    """Turn the decoded pixels the way a player would show them."""
    a, b, c, d = o
    if (a, b, c, d) == UPRIGHT:
        return rgb
    if b == 0:
        out = rgb[:, ::-1] if a < 0 else rgb
        out = out[::-1] if d < 0 else out
    else:  # out[y', x'] = in[y, x] with y' = b*x and x' = c*y: a transpose, then flips
        out = rgb.transpose(1, 0, 2)
        out = out[::-1] if b < 0 else out
        out = out[:, ::-1] if c < 0 else out
    return np.ascontiguousarray(out)


def even_crop(rgb: np.ndarray) -> np.ndarray:
    """yuv420p needs even sides: drop the last row or column of an odd-sized frame."""
    h, w = rgb.shape[:2]
    if h % 2 == 0 and w % 2 == 0:
        return rgb
    return rgb[: h - h % 2, : w - w % 2]


def _open(path: Path) -> Any:
    reference = external_media(path)
    if reference is not None:
        raise RefusedFormat(path, reference, kind="reference-movie")
    try:
        return av.open(str(path), metadata_errors="ignore")
    except av.error.FFmpegError as exc:
        # The content was sniffed as a video container: if FFmpeg cannot even read its header and index,
        # the file is damaged (typically truncated before the MP4 index was written).
        raise CorruptFile(path, f"the video cannot be opened, it is damaged or truncated: {exc}") from exc


def pick_video_stream(container: Any, path: Path) -> Any:
    """The main picture: the largest video stream that is not a cover image or a thumbnail track."""
    candidates = [s for s in container.streams.video
                  if not (s.disposition & av.stream.Disposition.attached_pic) and s.codec_context is not None]
    if not candidates:
        raise NoVideoStream(path, "the file has no video stream")
    return max(candidates, key=lambda s: ((s.codec_context.width or 0) * (s.codec_context.height or 0),
                                          s.frames or 0))


def _fps(stream: Any) -> float:
    for rate in (stream.average_rate, stream.guessed_rate, stream.base_rate):
        if rate and 0 < float(rate) < 1000:
            return float(rate)
    return 0.0


def _duration_s(container: Any, stream: Any) -> float:
    if stream.duration and stream.time_base:
        return float(stream.duration * stream.time_base)
    if container.duration:
        return container.duration / av.time_base
    return 0.0


class VideoSource:
    """An open input video: its main video stream, its first audio stream, decoded upright frames."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.container = _open(path)
        try:
            self.video = pick_video_stream(self.container, path)
            self.audio = next(iter(self.container.streams.audio), None)
            self.video.thread_type = "AUTO"
            cc = self.video.codec_context
            if (cc.width or 0) * (cc.height or 0) > LARGE_FRAME:  # each frame thread holds its own frames
                cc.thread_count = LARGE_FRAME_THREADS
        except BaseException:
            self.container.close()
            raise
        tb = self.video.time_base or Fraction(1, 90000)
        self.time_base: Fraction = tb
        self.fps = _fps(self.video)
        self.duration_s = _duration_s(self.container, self.video)
        self.declared_frames = int(self.video.frames or 0)
        self._start: int | None = None
        self._last_pts = -1
        self._index = 0
        self._size: tuple[int, int] | None = None  # decoded (w, h) of the first frame
        self.orientation: Orientation = UPRIGHT

    def __enter__(self) -> VideoSource:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.container.close()

    @property
    def frames_estimate(self) -> int:
        if self.declared_frames > 0:
            return self.declared_frames
        return int(round(self.duration_s * self.fps)) if self.fps else 0

    @property
    def start_seconds(self) -> float:
        """Time of the first video frame on the container's clock (the output's zero)."""
        return float((self._start or 0) * self.time_base)

    def packets(self, audio: bool = True) -> Iterator[Any]:
        """Packets of the chosen streams in file order; the final empty packets flush the decoders."""
        streams = [s for s in (self.video, self.audio if audio else None) if s is not None]
        try:
            yield from self.container.demux(streams)
        except av.error.FFmpegError as exc:
            raise CorruptFile(self.path, f"the file is damaged (reading failed: {exc})") from exc

    def decode(self, packet: Any) -> Iterator[DecodedFrame]:
        """Decode one video packet (or the flushing empty one) into upright frames."""
        try:
            frames = packet.decode()
        except av.error.FFmpegError as exc:
            raise CorruptFile(self.path, f"the video stream is damaged near frame {self._index}: {exc}") from exc
        for frame in frames:
            yield self._convert(frame)

    def _timing(self, frame: Any) -> tuple[int, int]:
        pts = frame.pts if frame.pts is not None else frame.dts
        step = self._default_step()
        if pts is None:
            pts = self._last_pts + step + (self._start or 0) if self._last_pts >= 0 else 0
        if self._start is None:
            self._start = pts
        rel = pts - self._start
        rel = max(rel, self._last_pts + 1)  # strictly increasing, as the encoder requires
        self._last_pts = rel
        duration = int(frame.duration or 0) or step
        return rel, duration

    def _default_step(self) -> int:
        if self.fps and self.time_base:
            return max(1, int(round(1 / (self.fps * self.time_base))))
        return 1

    def _convert(self, frame: Any) -> DecodedFrame:
        if frame.is_corrupt:
            raise CorruptFile(self.path, f"the video stream is damaged at frame {self._index}")
        if self._size is None:
            self._size = (frame.width, frame.height)
            self.orientation = orientation_of(frame)
        w, h = self._size
        if (frame.width, frame.height) != (w, h):  # a resolution change mid-stream: keep the first size
            frame = frame.reformat(width=w, height=h)
        rgb = even_crop(apply_orientation(frame.to_ndarray(format="rgb24"), self.orientation))
        pts, duration = self._timing(frame)
        out = DecodedFrame(self._index, rgb, pts, duration)
        self._index += 1
        return out

    def check_complete(self, decoded: int) -> None:
        """Fail when the container promised clearly more frames than could be decoded (truncation)."""
        if decoded == 0:
            raise CorruptFile(self.path, "the video stream has no frame that can be decoded")
        missing = self.declared_frames - decoded
        if self.declared_frames and missing > MAX_MISSING_FRAMES and decoded < MIN_DECODED_SHARE * self.declared_frames:
            raise CorruptFile(self.path, f"only {decoded} of {self.declared_frames} frames could be decoded: "
                                         "the file is truncated or damaged")


def probe(path: Path) -> VideoInfo:
    """Size (upright), frame estimate, duration, rate, rotation and sound of a video; decodes one frame."""
    with VideoSource(path) as src:
        first = None
        for packet in src.packets(audio=False):
            if packet.stream is src.video:
                first = next(iter(src.decode(packet)), None)
                if first is not None:
                    break
        if first is None:
            raise CorruptFile(path, "the video stream has no frame that can be decoded")
        h, w = first.rgb.shape[:2]
        return info_of(src, w, h)


def info_of(src: VideoSource, width: int, height: int) -> VideoInfo:
    """What ``src`` is, once a frame of it (upright ``width`` x ``height``) was decoded."""
    return VideoInfo(width=width, height=height, frames_estimate=src.frames_estimate, duration_s=src.duration_s,
                     fps=src.fps, rotation=rotation_degrees(src.orientation), has_audio=src.audio is not None,
                     codec=src.video.codec_context.name)


def iter_frames(path: Path) -> Iterator[DecodedFrame]:
    """Every upright frame of the video, in order (for previews and tests)."""
    with VideoSource(path) as src:
        for packet in src.packets(audio=False):
            if packet.stream is src.video:
                yield from src.decode(packet)
