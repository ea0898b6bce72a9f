"""A video's faces as tracks (issue 17): the look and the export find the same tracks with the same ids,
a switched-off track stays visible, the export replays the look only where it is still the same video
at the same settings."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from anonymizer.core.cancel import CancelToken
from anonymizer.core.errors import AnalysisOutdated, Cancelled, UnknownTrack
from anonymizer.core.models import CleanOptions, DetectionOptions, Progress
from anonymizer.core.video import TrackChoices, analyze_video, clean_video
from anonymizer.core.video import clean as clean_mod
from anonymizer.core.video import encode as encode_mod
from tests.disc_video import DiscDetector, make_disc_clip, red_share
from tests.video_factory import decode_all

OPTIONS = CleanOptions()


def miss_some(call: int, face: int) -> bool:
    """Face A is missed on every 4th frame, face B for a run of four and on every 5th."""
    return (face == 0 and call % 4 == 2) or (face == 1 and (10 <= call < 14 or call % 5 == 3))


@pytest.fixture()
def clip(tmp_path: Path) -> Path:
    make_disc_clip(tmp_path / "march.mp4")
    return tmp_path / "march.mp4"


def face_a_id(analysis) -> int:  # noqa: ANN001
    return min(analysis.tracks, key=lambda t: t.boxes[t.first_frame].cy).id


def test_two_faces_two_tracks_with_their_frames_boxes_and_bridges(clip: Path) -> None:
    a = analyze_video(clip, OPTIONS, detector=DiscDetector(miss_some))
    assert a.frames == 30 and (a.info.width, a.info.height) == (320, 240)
    assert [(t.first_frame, t.last_frame, len(t.boxes)) for t in a.tracks] == [(0, 29, 30), (0, 29, 30)]
    top, bottom = sorted(a.tracks, key=lambda t: t.boxes[0].cy)
    assert top.bridged == frozenset(range(2, 30, 4))
    assert {10, 11, 12, 13, 3, 8, 18, 23, 28} == bottom.bridged
    assert (top.lowest_score, bottom.lowest_score) == (0.9, 0.5)


def test_track_ids_are_the_same_on_every_run(clip: Path) -> None:
    first = analyze_video(clip, OPTIONS, detector=DiscDetector(miss_some))
    second = analyze_video(clip, OPTIONS, detector=DiscDetector(miss_some))
    assert first.tracks == second.tracks


def test_export_finds_the_tracks_the_look_found(clip: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Same ids, same boxes on every frame: a decision made on the look applies to the same face."""
    analysis = analyze_video(clip, OPTIONS, detector=DiscDetector(miss_some))
    released: dict[int, dict] = {}
    emit = clean_mod._Run._emit

    def record(run, frame, boxes):  # noqa: ANN001, ANN202
        released[frame.index] = dict(boxes)
        return emit(run, frame, boxes)

    monkeypatch.setattr(clean_mod._Run, "_emit", record)
    clean_video(clip, tmp_path / "out.mp4", OPTIONS, detector=DiscDetector(miss_some))
    assert released == {i: analysis.boxes_on(i) for i in range(30)}


def test_switched_off_track_stays_visible_bridged_frames_too(clip: Path, tmp_path: Path) -> None:
    analysis = analyze_video(clip, OPTIONS, detector=DiscDetector(miss_some))
    off = face_a_id(analysis)
    report = clean_video(clip, tmp_path / "out.mp4", OPTIONS, choices=TrackChoices(frozenset({off})),
                         detector=DiscDetector(miss_some))
    assert report.faces == 1
    frames, boxes = decode_all(tmp_path / "out.mp4"), [analysis.track(t.id) for t in analysis.tracks]
    a, b = (boxes[0], boxes[1]) if boxes[0].id == off else (boxes[1], boxes[0])
    assert [i for i in a.bridged if red_share(frames[i], a.boxes[i]) < 0.95] == []  # visible where bridged
    assert [i for i in b.bridged if red_share(frames[i], b.boxes[i]) > 0.02] == []  # covered where bridged


def test_cut_track_is_covered_only_on_its_frames(clip: Path, tmp_path: Path) -> None:
    analysis = analyze_video(clip, OPTIONS, detector=DiscDetector())
    cut = face_a_id(analysis)
    clean_video(clip, tmp_path / "out.mp4", OPTIONS, choices=TrackChoices(ranges={cut: (5, 9)}),
                analysis=analysis)
    track = analysis.track(cut)
    assert track is not None
    covered = [i for i, f in enumerate(decode_all(tmp_path / "out.mp4")) if red_share(f, track.boxes[i]) < 0.02]
    assert covered == [5, 6, 7, 8, 9]


def test_export_replays_the_look_without_detecting(clip: Path, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    # The frames handed to the encoder are compared, not the encoded files: x264 was seen to encode the
    # same frames into different bytes from run to run when they arrive as fast as a replay sends them.
    written: list[list[tuple[int, bytes]]] = []
    write = encode_mod.VideoWriter.write

    def record(writer, rgb, pts, duration):  # noqa: ANN001, ANN202
        written[-1].append((pts, rgb.tobytes()))
        return write(writer, rgb, pts, duration)

    monkeypatch.setattr(encode_mod.VideoWriter, "write", record)
    analysis = analyze_video(clip, OPTIONS, detector=DiscDetector(miss_some))
    written.append([])
    detecting = clean_video(clip, tmp_path / "a.mp4", OPTIONS, detector=DiscDetector(miss_some))
    unused = DiscDetector()
    written.append([])
    replayed = clean_video(clip, tmp_path / "b.mp4", OPTIONS, analysis=analysis, detector=unused)
    assert unused.calls == 0
    assert (replayed.frames, replayed.faces) == (detecting.frames, detecting.faces)
    assert len(written[0]) == 30
    assert written[0] == written[1]  # solid fill: the same regions give the same pixels, frame by frame


def test_a_changed_file_is_detected_again_and_decisions_on_it_refused(clip: Path, tmp_path: Path) -> None:
    analysis = analyze_video(clip, OPTIONS, detector=DiscDetector())
    st = clip.stat()
    os.utime(clip, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))  # touched: the hash still decides
    fresh = DiscDetector()
    clean_video(clip, tmp_path / "a.mp4", OPTIONS, analysis=analysis, detector=fresh)
    assert fresh.calls == 0
    make_disc_clip(clip, frames=20)  # other bytes: the analysis is not used
    fresh = DiscDetector()
    clean_video(clip, tmp_path / "b.mp4", OPTIONS, analysis=analysis, detector=fresh)
    assert fresh.calls == 20
    with pytest.raises(AnalysisOutdated):
        clean_video(clip, tmp_path / "c.mp4", OPTIONS, analysis=analysis, choices=TrackChoices(frozenset({0})),
                    detector=DiscDetector())


def test_decisions_made_at_other_settings_are_refused(clip: Path, tmp_path: Path) -> None:
    analysis = analyze_video(clip, OPTIONS, detector=DiscDetector())
    other = OPTIONS.evolve(video_detection=DetectionOptions(sensitivity=0.8))
    with pytest.raises(AnalysisOutdated):
        clean_video(clip, tmp_path / "out.mp4", other, analysis=analysis, choices=TrackChoices(frozenset({1})),
                    detector=DiscDetector())


def test_a_track_id_the_run_does_not_have_fails(clip: Path, tmp_path: Path) -> None:
    with pytest.raises(UnknownTrack) as err:
        clean_video(clip, tmp_path / "out.mp4", OPTIONS, choices=TrackChoices(frozenset({0, 7})),
                    detector=DiscDetector())
    assert err.value.track_ids == (7,) and err.value.path == clip


def test_look_reports_progress_per_frame_and_cancels_between_frames(clip: Path) -> None:
    seen: list[Progress] = []
    analyze_video(clip, OPTIONS, seen.append, detector=DiscDetector())
    assert [(p.stage, p.done, p.total) for p in seen] == [("analyze", i, 30) for i in range(1, 31)]
    token = CancelToken()

    def progress(p: Progress) -> None:
        if p.done == 5:
            token.cancel()

    detector = DiscDetector()
    with pytest.raises(Cancelled):
        analyze_video(clip, OPTIONS, progress, token, detector=detector)
    assert detector.calls <= 7
