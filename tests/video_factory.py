"""Small test videos made on the fly with PyAV and numpy: a real face photo moving over a background.

``make_clip(path, ClipSpec(...))`` writes the clip and returns, for each frame, the true face boxes in
upright pixels (what a player shows after the display rotation), to check coverage frame by frame.
Options plant what a phone or action camera leaves: a display rotation, a variable frame rate, sound,
a GPS-like data track (MP4) or subtitle track (Matroska), and container and stream tags.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path

import av
import cv2
import numpy as np

from anonymizer.core.models import Box

# The astronaut photo (skimage), cropped around her face; the face box inside the crop, as the
# detector finds it at full size, in crop pixels.
_CROP = (slice(20, 240), slice(130, 330))
_FACE_IN_CROP = (48.6, 39.9, 91.5, 120.6)
PLANTED_TAGS = {"title": "Demo at the square", "location": "+48.8584+002.2945/",
                "creation_time": "2024-05-01T12:00:00Z", "encoder": "iPhone 15 Pro", "comment": "by J. Doe"}


@functools.cache
def face_crop() -> np.ndarray:
    from skimage import data

    return np.ascontiguousarray(data.astronaut()[_CROP])


@dataclass(frozen=True)
class ClipSpec:
    width: int = 240
    height: int = 180
    frames: int = 24
    fps: int = 24
    face_width: int = 72  # width of the pasted crop; the face itself is ~46 % of it
    faces: int = 1
    speed: float = 4.0  # pixels per frame, left to right (each further face moves the other way)
    rotation: int = 0  # display rotation to plant (degrees, FFmpeg's counter-clockwise convention)
    vfr: bool = False
    audio: bool = False
    data_stream: bool = False  # MP4 only: a 'gpmd' data track with GPS-like text
    subtitle: bool = False  # Matroska only: a subtitle track with coordinates
    tags: dict[str, str] = field(default_factory=dict)
    stream_tags: dict[str, str] = field(default_factory=dict)
    container: str = "mp4"
    codec: str = "libx264"  # what phones and old cameras used: wmv2 (ASF), flv1 (FLV), mpeg2video (MPEG-PS)
    options: dict[str, str] = field(default_factory=dict)  # muxer options (M2TS: mpegts_m2ts_mode)
    faststart: bool = False  # MP4: index before the media data (truncation then cuts frames, not the index)


def _background(w: int, h: int, i: int) -> np.ndarray:
    y, x = np.mgrid[0:h, 0:w]
    bg = np.stack([(x * 255 // max(1, w - 1)), (y * 255 // max(1, h - 1)), ((x + y + 3 * i) % 64) * 2], -1)
    return (bg * 0.6 + 40).astype(np.uint8)


def _paste(frame: np.ndarray, x: float, y: float, fw: int) -> Box:
    crop = face_crop()
    fh = int(round(fw * crop.shape[0] / crop.shape[1]))
    small = cv2.resize(crop, (fw, fh), interpolation=cv2.INTER_AREA)
    h, w = frame.shape[:2]
    x0, y0 = int(round(x)), int(round(y))
    xs, ys = max(0, x0), max(0, y0)
    xe, ye = min(w, x0 + fw), min(h, y0 + fh)
    if xe > xs and ye > ys:
        frame[ys:ye, xs:xe] = small[ys - y0 : ye - y0, xs - x0 : xe - x0]
    s = fw / crop.shape[1]
    fx, fy, fbw, fbh = _FACE_IN_CROP
    return Box(x0 + fx * s, y0 + fy * s, fbw * s, fbh * s).clipped(w, h)


def upright_frame(spec: ClipSpec, i: int) -> tuple[np.ndarray, list[Box]]:
    """Frame ``i`` as it should look on screen, and the face boxes on it."""
    frame = _background(spec.width, spec.height, i)
    boxes = []
    for k in range(spec.faces):
        direction = 1 if k % 2 == 0 else -1
        x = (spec.width * 0.1 + spec.speed * i) if direction > 0 else (spec.width * 0.6 - spec.speed * i)
        y = spec.height * 0.1 + k * spec.height * 0.4
        box = _paste(frame, x, y, spec.face_width)
        if box.area > 0:
            boxes.append(box)
    return frame, boxes


def _stored(rgb: np.ndarray, rotation: int) -> np.ndarray:
    """Pixels to store so that a player, turning them by the display rotation, shows ``rgb``."""
    return np.ascontiguousarray(np.rot90(rgb, k=-(rotation // 90)))


def frame_times(spec: ClipSpec) -> list[int]:
    """Presentation times in milliseconds (time base 1/1000); irregular when ``vfr``."""
    step = 1000 / spec.fps
    if not spec.vfr:
        return [int(round(i * step)) for i in range(spec.frames)]
    gaps = [step * (0.5 if i % 3 == 0 else 1.0 if i % 3 == 1 else 2.0) for i in range(spec.frames)]
    return [int(round(sum(gaps[:i]))) for i in range(spec.frames)]


def _audio_samples(n: int, rate: int) -> np.ndarray:
    t = np.arange(n) / rate
    f0 = 140 + 30 * np.sin(2 * np.pi * 0.7 * t)  # a voice-like harmonic sound with a moving pitch
    phase = 2 * np.pi * np.cumsum(f0) / rate
    x = sum(np.sin(k * phase) / k for k in range(1, 12))
    return (0.2 * x).astype(np.float32)


def _add_audio(out: av.container.OutputContainer, duration_s: float) -> tuple[av.audio.stream.AudioStream, list]:
    rate = 48000
    stream = out.add_stream("aac", rate=rate, layout="mono")
    samples = _audio_samples(int(duration_s * rate), rate)
    frames = []
    for start in range(0, len(samples), 1024):
        f = av.AudioFrame.from_ndarray(samples[None, start : start + 1024], format="fltp", layout="mono")
        f.sample_rate, f.pts, f.time_base = rate, start, Fraction(1, rate)
        frames.append(f)
    return stream, frames


def make_clip(path: Path, spec: ClipSpec = ClipSpec()) -> list[list[Box]]:
    """Write the clip; returns the true face boxes of each frame, in upright pixels."""
    options = {"movflags": "+faststart"} if spec.faststart else {}
    out = av.open(str(path), "w", format=spec.container, options={**options, **spec.options})
    h, w = (spec.height, spec.width) if spec.rotation % 180 == 0 else (spec.width, spec.height)
    vs = out.add_stream(spec.codec, rate=spec.fps)
    vs.width, vs.height, vs.pix_fmt = w, h, "yuv420p"
    if spec.codec == "libx264":
        vs.codec_context.time_base = Fraction(1, 1000)
        vs.codec_context.options = {"crf": "16", "preset": "ultrafast"}
    else:  # the old codecs take a constant rate's time base and a bit rate; keep faces sharp
        vs.codec_context.time_base = Fraction(1, spec.fps)
        vs.codec_context.bit_rate = 4_000_000
    if spec.rotation:
        vs.set_display_rotation(spec.rotation)
    vs.metadata.update(spec.stream_tags)
    out.metadata.update(spec.tags)
    times = frame_times(spec)
    duration_s = (times[-1] + 1000 / spec.fps) / 1000
    audio = _add_audio(out, duration_s) if spec.audio else None
    data = out.add_data_stream("bin_data") if spec.data_stream else None
    if data is not None:
        data.codec_tag = "gpmd"
    subs = _subtitle_stream(out, path) if spec.subtitle else None
    truth = []
    for i, t in enumerate(times):
        rgb, boxes = upright_frame(spec, i)
        truth.append(boxes)
        frame = av.VideoFrame.from_ndarray(_stored(rgb, spec.rotation), format="rgb24")
        if spec.codec == "libx264":
            frame.pts, frame.time_base = t, Fraction(1, 1000)
        else:
            frame.pts, frame.time_base = i, Fraction(1, spec.fps)
        out.mux(vs.encode(frame))
        if data is not None:
            pkt = av.Packet(b"GPS5 lat=48.858412 lon=2.294533 alt=35.0")
            pkt.stream, pkt.pts, pkt.dts, pkt.time_base = data, t, t, Fraction(1, 1000)
            out.mux(pkt)
    out.mux(vs.encode(None))
    if audio is not None:
        stream, frames = audio
        for f in frames:
            out.mux(stream.encode(f))
        out.mux(stream.encode(None))
    if subs is not None:
        src, stream = subs
        for pkt in src.demux(src.streams.subtitles[0]):
            if pkt.size:
                pkt.stream = stream
                out.mux(pkt)
        src.close()
    out.close()
    return truth


def _subtitle_stream(out: av.container.OutputContainer, path: Path) -> tuple[av.container.InputContainer, object]:
    srt = path.with_suffix(".srt")
    srt.write_text("1\n00:00:00,000 --> 00:00:00,500\nGPS 48.858412 2.294533 J. Doe\n\n", encoding="utf-8")
    src = av.open(str(srt))
    return src, out.add_stream_from_template(src.streams.subtitles[0])


def decode_all(path: Path) -> list[np.ndarray]:
    """Every frame of a video as upright RGB (the display rotation applied), via the package's decoder."""
    from anonymizer.core.video.decode import iter_frames

    return [f.rgb for f in iter_frames(path)]


def solid_coverage(frame: np.ndarray, box: Box, colour: tuple[int, int, int] = (24, 24, 24), tol: int = 24) -> float:
    """Share of the pixels of ``box`` painted in the solid redaction colour (after lossy encoding)."""
    h, w = frame.shape[:2]
    x1, y1 = max(0, int(np.floor(box.x))), max(0, int(np.floor(box.y)))
    x2, y2 = min(w, int(np.ceil(box.x2))), min(h, int(np.ceil(box.y2)))
    if x2 <= x1 or y2 <= y1:
        return 1.0
    patch = frame[y1:y2, x1:x2].astype(np.int16)
    close = np.all(np.abs(patch - np.array(colour, np.int16)) <= tol, axis=-1)
    return float(close.mean())
