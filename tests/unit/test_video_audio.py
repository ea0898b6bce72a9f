"""The voice disguise: streaming, length-preserving, and not the input pitch-shifted."""

from __future__ import annotations

import numpy as np

from anonymizer.core.video.audio import VoiceDisguise

RATE = 16000


def _voice(seconds: float = 1.0) -> np.ndarray:
    t = np.arange(int(RATE * seconds)) / RATE
    f0 = 150 + 40 * np.sin(2 * np.pi * 1.3 * t)
    phase = 2 * np.pi * np.cumsum(f0) / RATE
    return (0.3 * sum(np.sin(k * phase) / k for k in range(1, 10))).astype(np.float32)


def _run(x: np.ndarray, chunk: int, seed: int = 1) -> np.ndarray:
    v = VoiceDisguise(RATE, np.random.default_rng(seed))
    parts = [v.process(x[i : i + chunk]) for i in range(0, len(x), chunk)]
    return np.concatenate(parts + [v.flush()])


def test_same_length_whatever_the_chunking() -> None:
    x = _voice()
    for chunk in (100, 1024, 5000, len(x)):
        assert len(_run(x, chunk)) == len(x)


def test_output_is_bounded_and_not_silent() -> None:
    y = _run(_voice(), 1024)
    assert np.abs(y).max() <= 1.0
    assert y.std() > 0.01


def _pitch_track(x: np.ndarray) -> np.ndarray:
    """Fundamental per 40 ms frame, by autocorrelation (60-400 Hz)."""
    n, out = 640, []
    for i in range(0, len(x) - n, n):
        f = x[i : i + n] - x[i : i + n].mean()
        ac = np.correlate(f, f, "full")[n - 1 :]
        lo, hi = RATE // 400, RATE // 60
        out.append(RATE / (lo + int(np.argmax(ac[lo:hi]))))
    return np.array(out)


def test_pitch_contour_is_not_kept() -> None:
    x = _voice(2.0)
    y = _run(x, 2048)
    px, py = _pitch_track(x), _pitch_track(y)
    # the input's pitch moves by +-40 Hz; the output's follows neither it nor any scaled copy of it
    assert np.std(px) > 20
    assert abs(np.corrcoef(px, py)[0, 1]) < 0.5
