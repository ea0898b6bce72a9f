"""The player's worker request paces frames on its own clock (core.isolation.requests.PlayFrames)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from anonymizer.core.cancel import CancelToken
from anonymizer.core.isolation.requests import PlayFrames, WorkContext
from tests.video_factory import ClipSpec, make_clip


class SteppingClock:
    """A monotonic clock that moves on by ``step`` seconds at every reading (as a busy machine's does
    between two lines of code), and a sleep that moves it on by what was asked, refusing a negative
    length as ``time.sleep`` does."""

    def __init__(self, step: float) -> None:
        self.now, self.step, self.sleeps = 100.0, step, []

    def monotonic(self) -> float:
        self.now += self.step
        return self.now

    def sleep(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("sleep length must be non-negative")
        self.sleeps.append(seconds)
        self.now += seconds


@pytest.mark.parametrize("step", [0.0, 0.003, 0.007, 0.019])
def test_pacing_never_asks_for_a_negative_sleep(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, step: float) -> None:
    # Whatever the clock does between reading the wait and sleeping, every frame comes, in order,
    # none sooner than its time in the clip less `ahead`.
    clip = tmp_path / "clip.mp4"
    make_clip(clip, ClipSpec(frames=12, fps=24))
    clock = SteppingClock(step)
    monkeypatch.setattr(time, "monotonic", clock.monotonic)
    monkeypatch.setattr(time, "sleep", clock.sleep)
    got: list[tuple[int, float, float]] = []
    ctx = WorkContext(CancelToken(), lambda _progress: None, lambda f: got.append((f.index, f.seconds, clock.now)))
    PlayFrames(clip, 0, None, ahead=0.05, late=10.0).run(ctx)
    assert [i for i, _, _ in got] == list(range(12))
    first_at, first_seconds = got[0][2], got[0][1]
    assert all(at - first_at >= seconds - first_seconds - 0.05 - 1e-9 for _, seconds, at in got)
    assert all(s > 0 for s in clock.sleeps)
