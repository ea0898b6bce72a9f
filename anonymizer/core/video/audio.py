"""The sound of a cleaned video: removed, re-encoded, or disguised.

The disguise is a vocoder resynthesis, chosen because a pitch shift back cannot undo it:

- the voice's own excitation (its pitch contour, breathiness, vocal fry) is thrown away: each short
  frame keeps only its smoothed spectral envelope (the formants, which carry the words), and the sound
  is rebuilt from a synthetic source, a buzz on a fixed, slightly wandering pitch mixed with noise;
- the envelope is moved along the frequency axis by a non-linear warp whose factors are drawn at random
  for each file (formants up by 12-22 % at the low end, less at the top), so no single rescaling maps it
  back and the amount is not known to whoever tries;
- a little noise is added to the output.

Words stay understandable; the speaker's pitch and timbre do not survive. Background sounds (chants,
sirens, church bells, a station announcement) can still tell where a video was made: the tool says so.

Everything runs in chunks with overlap-add, so memory does not grow with the length of the video.
"""

from __future__ import annotations

import os
from fractions import Fraction
from typing import Any

import av
import numpy as np

from anonymizer.core.errors import CorruptFile

AAC_RATES = (96000, 88200, 64000, 48000, 44100, 32000, 24000, 22050, 16000, 12000, 11025, 8000)
FRAME = 1024  # STFT frame (samples at the working rate)
HOP = 256
LIFTER_S = 0.0012  # cepstral lifter: quefrencies below 1.2 ms (above any voice's pitch period) = envelope
BUZZ_HZ = 118.0
NOISE_MIX = 0.35  # share of noise in the synthetic source (fricatives need it)
OUTPUT_NOISE = 0.004  # added white noise (amplitude, full scale 1.0)


def aac_rate(rate: int) -> int:
    return rate if rate in AAC_RATES else 48000


class VoiceDisguise:
    """Streaming vocoder: ``process(samples)`` takes mono float32 at ``rate``, returns what is ready."""

    def __init__(self, rate: int, rng: np.random.Generator | None = None) -> None:
        self.rate = rate
        self.rng = rng or np.random.default_rng(int.from_bytes(os.urandom(8), "little"))
        self.window = np.hanning(FRAME + 1)[:-1].astype(np.float32)
        # Hann^2 at 75 % overlap sums to 1.5: normalise the overlap-add
        self.ola_gain = float(np.sum(self.window**2) / HOP)
        self.lifter = max(8, int(LIFTER_S * rate))
        self.warp = self._make_warp()
        self._in = np.zeros(FRAME - HOP, np.float32)  # tail of the previous input
        self._out = np.zeros(FRAME, np.float32)  # overlap-add accumulator
        self._phase = 0.0
        self._delay = FRAME - HOP
        self._n_in = 0
        self._n_out = 0

    def _make_warp(self) -> np.ndarray:
        """For each output bin, the (fractional) input bin its envelope value is read from."""
        bins = FRAME // 2 + 1
        f = np.linspace(0.0, 1.0, bins)
        low = self.rng.uniform(1.12, 1.22)  # formant factor at the bottom of the spectrum
        high = self.rng.uniform(0.95, 1.06)  # and at the top
        curve = self.rng.uniform(0.6, 1.6)
        factor = low + (high - low) * f**curve
        return np.clip(f / factor * (bins - 1), 0, bins - 1)

    def _envelope(self, spec: np.ndarray) -> np.ndarray:
        cep = np.fft.irfft(np.log(np.abs(spec) + 1e-7))
        cep[self.lifter : len(cep) - self.lifter + 1] = 0.0
        return np.exp(np.fft.rfft(cep).real)

    def _source(self) -> np.ndarray:
        """One frame of the synthetic excitation: a pulse train on a slowly wandering pitch, plus noise."""
        hz = BUZZ_HZ * (1.0 + 0.03 * np.sin(self._phase * 0.0007))
        period = self.rate / hz
        t = self._phase + np.arange(FRAME)
        pulses = (np.floor(t / period) != np.floor((t - 1) / period)).astype(np.float32)
        self._phase += HOP
        pulses *= np.sqrt(period)  # unit power
        noise = self.rng.standard_normal(FRAME).astype(np.float32)
        return (1.0 - NOISE_MIX) * pulses + NOISE_MIX * noise

    def _frame(self, chunk: np.ndarray) -> np.ndarray:
        spec = np.fft.rfft(chunk * self.window)
        env = self._envelope(spec)
        warped = np.interp(self.warp, np.arange(len(env)), env)
        src = np.fft.rfft(self._source() * self.window)
        src /= np.sqrt(np.mean(np.abs(src) ** 2)) + 1e-9
        return np.fft.irfft(src * warped).astype(np.float32) * self.window / self.ola_gain

    def process(self, samples: np.ndarray) -> np.ndarray:
        """Disguise the next samples; returns as many samples as are ready (the rest come later)."""
        self._n_in += len(samples)
        data = np.concatenate([self._in, samples.astype(np.float32)])
        out = []
        pos = 0
        while pos + FRAME <= len(data):
            self._out += self._frame(data[pos : pos + FRAME])
            out.append(self._out[:HOP].copy())
            self._out = np.concatenate([self._out[HOP:], np.zeros(HOP, np.float32)])
            pos += HOP
        self._in = data[pos:]
        y = np.concatenate(out) if out else np.zeros(0, np.float32)
        drop = min(self._delay, len(y))  # the window's latency: keep the output aligned with the input
        self._delay -= drop
        return self._finish(y[drop:])

    def flush(self) -> np.ndarray:
        """The last samples, so that exactly as many come out as went in."""
        n_in, n_out = self._n_in, self._n_out
        tail = self.process(np.zeros(FRAME, np.float32))
        return tail[: max(0, n_in - n_out)]

    def _finish(self, y: np.ndarray) -> np.ndarray:
        y = y + self.rng.normal(0.0, OUTPUT_NOISE, y.shape).astype(np.float32)
        self._n_out += len(y)
        return np.clip(y, -1.0, 1.0)


class AudioTrack:
    """Decodes the input's audio packets and writes the kept or disguised sound to the output."""

    def __init__(self, in_stream: Any, writer: Any, distort: bool, start_s: float) -> None:
        cc = in_stream.codec_context
        self.rate = aac_rate(cc.sample_rate or 48000)
        self.layout = "mono" if distort or (cc.channels or 1) == 1 else "stereo"
        self.distort = distort
        self.stream = writer.add_audio(self.rate, self.layout)
        self.writer = writer
        self.resampler = av.AudioResampler(format="fltp", layout=self.layout, rate=self.rate)
        self.vocoder = VoiceDisguise(self.rate) if distort else None
        self.start_s = start_s  # the output's zero on the input's clock (the first video frame)
        self.samples_out = 0  # samples written (the next frame's pts)
        self._skip: int | None = None  # leading samples to drop (audio that starts before the video)

    def feed(self, packet: Any) -> None:
        """Decode one audio packet (the empty one at the end flushes the decoder)."""
        try:
            frames = packet.decode()
        except av.error.FFmpegError as exc:
            raise CorruptFile(None, f"the audio stream is damaged: {exc}") from exc
        for frame in frames:
            self._first_offset(frame)
            for out in self.resampler.resample(frame):
                self._write(out.to_ndarray())

    def _first_offset(self, frame: Any) -> None:
        if self._skip is not None:
            return
        t = float(frame.pts * frame.time_base) if frame.pts is not None and frame.time_base else self.start_s
        lead = int(round((t - self.start_s) * self.rate))
        if lead > 0:  # audio starts after the video: silence before it
            self._emit(np.zeros((self._channels(), lead), np.float32))
            lead = 0
        self._skip = -lead

    def _channels(self) -> int:
        return 1 if self.layout == "mono" else 2

    def _write(self, planes: np.ndarray) -> None:
        skip = min(self._skip or 0, planes.shape[1])
        planes = planes[:, skip:]
        self._skip = (self._skip or 0) - skip
        if self.vocoder is not None:
            planes = self.vocoder.process(planes[0])[None, :]
        if planes.shape[1]:
            self._emit(planes)

    def _emit(self, planes: np.ndarray) -> None:
        frame = av.AudioFrame.from_ndarray(np.ascontiguousarray(planes, dtype=np.float32), format="fltp",
                                           layout=self.layout)
        frame.sample_rate = self.rate
        frame.pts, frame.time_base = self.samples_out, Fraction(1, self.rate)
        self.samples_out += planes.shape[1]
        self.writer.write_audio(frame)

    def finish(self) -> None:
        for out in self.resampler.resample(None):
            self._write(out.to_ndarray())
        if self.vocoder is not None:
            tail = self.vocoder.flush()
            if len(tail):
                self._emit(tail[None, :])
