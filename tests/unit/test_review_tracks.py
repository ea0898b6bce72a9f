"""A video's track decisions in the core review model (issue 17): pure functions, undo keeps them, a new
look carries each decision to the same face or drops it (the face is covered again), and the pipeline
hands them, with the look to replay, to the export."""

from __future__ import annotations

from pathlib import Path

import pytest

from anonymizer.core import review as core
from anonymizer.core.models import Box, CleanOptions, DetectionOptions, NamingScheme, Status
from anonymizer.core.output import OutputNamer
from anonymizer.core.pipeline import Edits, clean_file
from anonymizer.core.video import FaceTrack, TrackChoices, VideoAnalysis, VideoInfo, analyze_video
from anonymizer.core.video.types import AnalysisKey
from tests.disc_video import DetectorFactory, make_disc_clip, red_share
from tests.video_factory import decode_all

INFO = VideoInfo(320, 240, 10, 0.4, 25.0, 0, False)


def track(tid: int, x: float, frames: range = range(10)) -> FaceTrack:
    return FaceTrack(tid, frames[0], frames[-1], {f: Box(x + 2 * f, 50, 40, 40) for f in frames}, frozenset(), 0.9)


def analysis(*tracks: FaceTrack, sha: str = "a") -> VideoAnalysis:
    return VideoAnalysis(INFO, 10, tracks, AnalysisKey(1, 1, sha, DetectionOptions()))


def test_exclude_and_cut_are_pure_and_give_the_export_its_choices() -> None:
    r = core.FileReview(320, 240, analysis=analysis(track(0, 10), track(1, 200)))
    off = core.exclude_track(r, 1)
    cut = core.cut_track(off, 0, (8, 3))
    assert r.excluded_tracks == frozenset() and not r.track_ranges  # the old review is untouched
    assert core.track_choices(cut) == TrackChoices(frozenset({1}), {0: (3, 8)})
    back = core.cut_track(core.exclude_track(cut, 1, off=False), 0, None)
    assert core.track_choices(back) == TrackChoices()


def test_undo_brings_track_decisions_back() -> None:
    before = core.FileReview(320, 240, analysis=analysis(track(0, 10)))
    after = core.cut_track(core.exclude_track(before, 0), 0, (1, 2))
    undone = core.with_edits_of(after, before)
    assert undone.excluded_tracks == frozenset() and not undone.track_ranges
    assert core.with_edits_of(before, after).excluded_tracks == {0}


def test_a_new_look_carries_decisions_to_the_same_face_and_drops_the_rest() -> None:
    r = core.FileReview(320, 240, analysis=analysis(track(0, 10), track(1, 200)))
    r = core.cut_track(core.exclude_track(r, 0), 1, (2, 5))
    # At other settings the faces come out in another order (ids swapped), and face 0 is not found.
    new = analysis(track(0, 201), track(5, 120, range(3, 6)), sha="b")
    moved = core.with_analysis(r, new)
    assert moved.analysis is new
    assert moved.excluded_tracks == frozenset()  # its face is gone: nothing may stay switched off by id
    assert dict(moved.track_ranges) == {0: (2, 5)}


def test_the_same_look_again_keeps_the_decisions() -> None:
    r = core.exclude_track(core.FileReview(320, 240, analysis=analysis(track(0, 10))), 0)
    assert core.with_analysis(r, analysis(track(0, 10))).excluded_tracks == {0}


@pytest.fixture()
def clip(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, DetectorFactory]:
    import anonymizer.core.detection as detection

    factory = DetectorFactory()
    monkeypatch.setattr(detection, "get_detector", factory)
    make_disc_clip(tmp_path / "march.mp4", frames=12)
    return tmp_path / "march.mp4", factory


def test_the_window_path_replays_the_look_and_leaves_a_switched_off_face_visible(clip, tmp_path: Path) -> None:  # noqa: ANN001
    path, factory = clip
    look = analyze_video(path, CleanOptions())
    top = min(look.tracks, key=lambda t: t.boxes[0].cy)
    review = core.exclude_track(core.FileReview(320, 240, analysis=look), top.id)
    out = tmp_path / "out"
    out.mkdir()
    result = clean_file(path, OutputNamer(out, NamingScheme.NUMBERED), CleanOptions(), review=review)
    assert result.status is Status.OK and result.faces == 1
    assert [d.calls for d in factory.made] == [12]  # only the look detected; the export replayed it
    (other,) = [t for t in look.tracks if t.id != top.id]
    frames = decode_all(result.output)
    assert all(red_share(f, top.boxes[i]) > 0.95 for i, f in enumerate(frames))
    assert all(red_share(f, other.boxes[i]) < 0.02 for i, f in enumerate(frames))


def test_an_unknown_track_costs_the_file_and_writes_nothing(clip, tmp_path: Path) -> None:  # noqa: ANN001
    path, _ = clip
    out = tmp_path / "out"
    out.mkdir()
    edits = Edits(tracks=TrackChoices(frozenset({9})))
    result = clean_file(path, OutputNamer(out, NamingScheme.NUMBERED), CleanOptions(), edits=edits)
    assert result.status is Status.ERROR and type(result.error).__name__ == "UnknownTrack"
    assert list(out.iterdir()) == []
