"""The window's redacted preview of a video (issue 17) is made by the export's own frame redactor: each
frame it shows covers what the export covers (a switched-off or cut track left visible alike), and the
unsure stretches a person is walked through come from the tracks."""

from __future__ import annotations

from pathlib import Path

import pytest

from anonymizer.core import review as core
from anonymizer.core.models import CleanOptions
from anonymizer.core.review import FileReview, Stretch, StretchKind
from anonymizer.core.video import TrackChoices, analyze_video, clean_video
from anonymizer.core.video.preview import PreviewRedaction, preview_frames
from tests.disc_video import DiscDetector, make_disc_clip, red_share
from tests.video_factory import decode_all

from .test_video_tracks import face_a_id, miss_some

OPTIONS = CleanOptions()


@pytest.fixture()
def clip(tmp_path: Path) -> Path:
    make_disc_clip(tmp_path / "march.mp4")
    return tmp_path / "march.mp4"


def test_preview_covers_on_every_frame_what_the_export_covers(clip: Path, tmp_path: Path) -> None:
    analysis = analyze_video(clip, OPTIONS, detector=DiscDetector(miss_some))
    off = face_a_id(analysis)
    other = next(t for t in analysis.tracks if t.id != off)
    choices = TrackChoices(frozenset({off}), {other.id: (5, 20)})
    clean_video(clip, tmp_path / "out.mp4", OPTIONS, choices=choices, analysis=analysis)
    exported = decode_all(tmp_path / "out.mp4")
    shown = list(preview_frames(clip, 3, PreviewRedaction(analysis, OPTIONS.redaction, choices)))
    assert [f.index for f in shown] == list(range(3, 30))
    for f in shown:
        for track in analysis.tracks:
            box = track.boxes[f.index]
            visible_out, visible_shown = red_share(exported[f.index], box) > 0.5, red_share(f.rgb, box) > 0.5
            assert visible_out == visible_shown, (f.index, track.id)
            assert visible_shown == (not choices.covers(track.id, f.index))


def test_preview_drops_the_frames_the_player_is_too_late_for(clip: Path) -> None:
    analysis = analyze_video(clip, OPTIONS, detector=DiscDetector(miss_some))
    late = [f.index for f in preview_frames(clip, 0, PreviewRedaction(analysis, OPTIONS.redaction),
                                            wanted=lambda seconds: seconds >= 0.5)]
    assert late and late[0] > 0 and late == list(range(late[0], 30))


def test_unsure_stretches_are_low_tracks_whole_and_bridged_runs_and_a_visit_closes_them(clip: Path) -> None:
    analysis = analyze_video(clip, OPTIONS, detector=DiscDetector(miss_some))
    review = core.with_analysis(FileReview(320, 240, video=True, seen=True), analysis)
    top, bottom = sorted(analysis.tracks, key=lambda t: t.boxes[0].cy)
    stretches = core.unsure_stretches(review)
    # The bottom face scores 0.5 (< LOW_CONFIDENCE): unsure as a whole; the top one by its bridged frames.
    assert Stretch(0, 29, bottom.id, StretchKind.LOW_SCORE) in stretches
    assert [(s.first, s.last) for s in stretches if s.track_id == top.id] == [(f, f) for f in range(2, 30, 4)]
    assert not core.is_reviewed(review) and core.open_spots(review) == len(stretches)
    for s in stretches[:-1]:
        review = core.visit_stretch(review, s)
    assert not core.is_reviewed(review)
    assert core.is_reviewed(core.visit_stretch(review, stretches[-1]))
    # Deciding the track (switched off, or cut) decides its stretches too.
    decided = core.exclude_track(core.cut_track(review, bottom.id, (0, 3)), top.id)
    assert core.open_stretches(decided) == [] and core.is_reviewed(decided)
    assert core.stretch_after(stretches, 6, 1).first == 10 and core.stretch_after(stretches, 6, -1).first == 2


def test_a_video_is_not_reviewed_before_its_tracks_are_in() -> None:
    review = FileReview(320, 240, video=True, seen=True)
    assert not core.is_reviewed(review)
    assert core.is_reviewed(core.mark_reviewed(review))
    assert core.preview_redaction(review, OPTIONS.redaction) is None  # nothing can be shown as redacted
