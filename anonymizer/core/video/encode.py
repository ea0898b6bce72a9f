"""Writing the cleaned video: H.264 in MP4, nothing but the pictures and (optionally) the sound.

No stream or container metadata is copied: the output container starts empty and FFmpeg's own tags
are kept out with ``bitexact`` (no encoder string, no creation time) and ``empty_hdlr_name`` (no
"VideoHandler" names in the track headers). x264 writes its version and
settings into an SEI message inside the bitstream; a bitstream filter removes SEI units so the file
does not say which build made it.
"""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path
from typing import Any

import av
import numpy as np

from anonymizer.core.errors import EncoderFailed, OutputError

CRF = 19
# veryfast: measured (bench/speed.py) about twice the speed of medium at 1080p for a few percent more bytes
# at the same CRF; encoding is a small share of the time next to detection either way.
X264_PRESET = "veryfast"
SEI_NAL_TYPE = 6
# Above 1080p x264's own frame buffers dominate memory (about 750 MB at 4K with veryfast's defaults):
# a shorter rate-control look-ahead and two frame threads keep a 4K run well under 1.5 GB.
LARGE_FRAME = 1920 * 1088
LARGE_FRAME_PARAMS = "rc-lookahead=5:sync-lookahead=0:threads=2"


def _bitexact(cc: Any) -> None:
    cc.flags |= av.codec.context.Flags.bitexact


class VideoWriter:
    """An MP4 output with one H.264 video stream and, when asked, one AAC audio stream."""

    def __init__(self, dst: Path, width: int, height: int, time_base: Fraction, fps: float) -> None:
        self.dst = dst
        try:
            self.container = av.open(str(dst), "w", format="mp4", options={"movflags": "+faststart", "empty_hdlr_name": "1"},
                                     container_options={"fflags": "+bitexact"})
        except (OSError, av.error.FFmpegError) as exc:
            raise OutputError(dst, f"cannot create the output: {exc}") from exc
        try:
            self.stream = self._video_stream(width, height, time_base, fps)
            self._sei = self._sei_filter()
        except BaseException:
            self.container.close()
            raise
        self.frames = 0
        self.audio: Any = None

    def _video_stream(self, width: int, height: int, time_base: Fraction, fps: float) -> Any:
        rate = Fraction(fps).limit_denominator(1001) if fps else Fraction(30)
        stream = self.container.add_stream("libx264", rate=rate)
        stream.width, stream.height, stream.pix_fmt = width, height, "yuv420p"
        cc = stream.codec_context
        cc.time_base = time_base  # the input's: variable frame rates keep their own timestamps
        stream.time_base = time_base
        cc.options = {"crf": str(CRF), "preset": X264_PRESET}
        if width * height > LARGE_FRAME:
            cc.options = {**cc.options, "x264-params": LARGE_FRAME_PARAMS}
        cc.thread_type = "FRAME"
        _bitexact(cc)
        return stream

    def _sei_filter(self) -> Any:
        from av.bitstream import BitStreamFilterContext

        return BitStreamFilterContext(f"filter_units=remove_types={SEI_NAL_TYPE}", "h264")

    def add_audio(self, rate: int, layout: str) -> Any:
        """The AAC stream; frames of any length may be sent (PyAV regroups them for the encoder)."""
        stream = self.container.add_stream("aac", rate=rate, layout=layout)
        stream.codec_context.bit_rate = 128_000 if layout != "mono" else 96_000
        _bitexact(stream.codec_context)
        self.audio = stream
        return stream

    def write(self, rgb: np.ndarray, pts: int, duration: int) -> None:
        frame = av.VideoFrame.from_ndarray(rgb, format="rgb24")
        frame.pts, frame.time_base, frame.duration = pts, self.stream.codec_context.time_base, duration
        try:
            packets = self.stream.encode(frame)
        except av.error.FFmpegError as exc:  # libx264 refused a frame that decoded fine: never "damaged"
            raise EncoderFailed(self.dst, f"encoding failed: {exc}") from exc
        self._mux_video(packets)
        self.frames += 1

    def write_audio(self, frame: Any) -> None:
        self._mux(self.audio.encode(frame))

    def _mux_video(self, packets: list[Any]) -> None:
        for packet in packets:
            for out in self._sei.filter(packet):
                out.stream = self.stream
                self.container.mux(out)

    def _mux(self, packets: list[Any]) -> None:
        for packet in packets:
            self.container.mux(packet)

    def finish(self) -> None:
        """Drain the encoders and write the index (moved to the front: +faststart)."""
        try:
            self._mux_video(self.stream.encode(None))
            self._mux_video(self._sei.filter(None))
            if self.audio is not None:
                self._mux(self.audio.encode(None))
        except av.error.FFmpegError as exc:
            raise EncoderFailed(self.dst, f"encoding failed: {exc}") from exc
        finally:
            self.container.close()

    def abort(self) -> None:
        try:
            self.container.close()
        except (OSError, av.error.FFmpegError):
            pass
