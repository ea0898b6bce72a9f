"""Videos end to end with the real face model, on clips made from a real face photo moving over frames."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import av
import numpy as np
import pytest

from anonymizer.core.cancel import CancelToken
from anonymizer.core.errors import Cancelled, CorruptFile, NoVideoStream, VerificationFailed
from anonymizer.core.models import (
    AudioMode,
    Box,
    CleanOptions,
    Detection,
    Progress,
    RedactionOptions,
    RedactionStyle,
    Shape,
)
from anonymizer.core.video import ManualVideoRegion, clean_video, probe_video
from anonymizer.core.video.verify import Expected, verify_video
from tests.video_factory import PLANTED_TAGS, ClipSpec, decode_all, frame_times, make_clip, solid_coverage

SOLID = CleanOptions(redaction=RedactionOptions(style=RedactionStyle.SOLID))


class DroppingDetector:
    """The real detector, except that it reports nothing on some frames (every 3rd, and a run of 4)."""

    def __init__(self, drop=lambda i: i % 3 == 2 or 12 <= i < 16) -> None:
        from anonymizer.core.detection import get_detector

        self.inner = get_detector(SOLID.video_detection)
        self.drop = drop
        self.calls = 0
        self.found = 0

    def detect(self, rgb: np.ndarray, cancel: CancelToken | None = None) -> list[Detection]:
        i, self.calls = self.calls, self.calls + 1
        dets = self.inner.detect(rgb, cancel)
        self.found += bool(dets)
        return [] if self.drop(i) else dets


def uncovered_frames(out: Path, truth: list[list[Box]]) -> list[int]:
    frames = decode_all(out)
    assert len(frames) == len(truth)
    return [i for i, (f, boxes) in enumerate(zip(frames, truth, strict=True))
            if any(solid_coverage(f, b) < 0.95 for b in boxes)]


@pytest.mark.parametrize("spec", [
    ClipSpec(speed=4.0),
    ClipSpec(speed=7.0, faces=2, face_width=64, frames=20),
    ClipSpec(width=320, height=240, speed=6.0, rotation=90),
], ids=["slow", "fast-two-faces", "rotated"])
def test_every_face_covered_on_every_frame_despite_missed_detections(tmp_path: Path, spec: ClipSpec) -> None:
    src, dst = tmp_path / "in.mp4", tmp_path / "out.mp4"
    truth = make_clip(src, spec)
    detector = DroppingDetector()
    report = clean_video(src, dst, SOLID, detector=detector)
    assert detector.found >= spec.frames - 2  # the face is findable: the misses are the planted ones
    assert report.frames == spec.frames
    assert uncovered_frames(dst, truth) == []


def test_without_tracking_the_dropped_frames_would_show_the_face(tmp_path: Path) -> None:
    """Sanity check of the measure above: a tracker-less run leaves the dropped frames uncovered."""
    from anonymizer.core.video import scan as scan_mod

    src, dst = tmp_path / "in.mp4", tmp_path / "out.mp4"
    truth = make_clip(src, ClipSpec(frames=12))

    class NoTracking(scan_mod.FaceTracker):  # type: ignore[misc]
        def __init__(self, **_: object) -> None:
            super().__init__(lookahead=0, hold=0, backfill=0)

    mp = pytest.MonkeyPatch()
    mp.setattr(scan_mod, "FaceTracker", NoTracking)
    try:
        clean_video(src, dst, SOLID, detector=DroppingDetector(lambda i: i % 3 == 2))
    finally:
        mp.undo()
    assert uncovered_frames(dst, truth) == [2, 5, 8, 11]


def _tags(path: Path) -> tuple[dict[str, str], list[tuple[str, str, dict[str, str]]]]:
    with av.open(str(path)) as c:
        return dict(c.metadata), [(s.type, s.codec_context.name if s.codec_context else "", dict(s.metadata))
                                  for s in c.streams]


def test_metadata_data_track_and_tags_are_dropped(tmp_path: Path) -> None:
    src, dst = tmp_path / "in.mp4", tmp_path / "out.mp4"
    make_clip(src, ClipSpec(frames=8, data_stream=True, audio=True, tags=PLANTED_TAGS,
                            stream_tags={"handler_name": "GoPro AVC", "creation_time": "2024-05-01T12:00:00Z"}))
    tags, streams = _tags(src)
    assert "location" in tags and [s[0] for s in streams] == ["video", "audio", "data"]
    clean_video(src, dst, CleanOptions(audio=AudioMode.KEEP))
    tags, streams = _tags(dst)
    assert tags == {"major_brand": "isom", "minor_version": "512", "compatible_brands": "isomiso2avc1mp41"}
    assert [(t, c) for t, c, _ in streams] == [("video", "h264"), ("audio", "aac")]
    for _, _, st in streams:
        assert set(st) <= {"language", "vendor_id"}
    data = dst.read_bytes()
    for marker in (b"x264", b"Lavf", b"Lavc", b"48.85", b"GoPro", b"iPhone", b"2024"):
        assert marker not in data


def test_matroska_subtitle_track_is_dropped(tmp_path: Path) -> None:
    src, dst = tmp_path / "in.mkv", tmp_path / "out.mp4"
    make_clip(src, ClipSpec(frames=8, subtitle=True, container="matroska", tags={"title": "Demo"}))
    assert [s[0] for s in _tags(src)[1]] == ["video", "subtitle"]
    clean_video(src, dst, CleanOptions())
    assert [s[0] for s in _tags(dst)[1]] == ["video"]


def test_rotation_is_applied_to_the_pixels(tmp_path: Path) -> None:
    src, dst = tmp_path / "in.mp4", tmp_path / "out.mp4"
    make_clip(src, ClipSpec(width=160, height=240, frames=6, rotation=90))
    info = probe_video(src)
    assert (info.width, info.height, info.rotation) == (160, 240, 270)
    clean_video(src, dst, CleanOptions())
    with av.open(str(dst)) as c:
        s = c.streams.video[0]
        assert (s.codec_context.width, s.codec_context.height) == (160, 240)
        frame = next(iter(c.decode(s)))
        assert frame.rotation == 0 and not frame.side_data


def _pts_seconds(path: Path) -> list[float]:
    with av.open(str(path)) as c:
        s = c.streams.video[0]
        return sorted(float(p.pts * s.time_base) for p in c.demux(s) if p.size)


def test_variable_frame_rate_timing_and_duration_kept(tmp_path: Path) -> None:
    src, dst = tmp_path / "in.mp4", tmp_path / "out.mp4"
    spec = ClipSpec(frames=15, vfr=True)
    make_clip(src, spec)
    report = clean_video(src, dst, CleanOptions())
    expected = [t / 1000 for t in frame_times(spec)]
    assert np.allclose(_pts_seconds(dst), expected, atol=0.002)
    assert report.frames == 15
    assert abs(report.duration_s - probe_video(src).duration_s) < 0.05
    assert abs(probe_video(dst).duration_s - probe_video(src).duration_s) < 0.05


@pytest.mark.parametrize("mode", list(AudioMode))
def test_audio_modes(tmp_path: Path, mode: AudioMode) -> None:
    src, dst = tmp_path / "in.mp4", tmp_path / "out.mp4"
    make_clip(src, ClipSpec(frames=24, audio=True))
    report = clean_video(src, dst, CleanOptions(audio=mode))
    assert report.audio is mode
    with av.open(str(dst)) as c:
        if mode is AudioMode.REMOVE:
            assert not c.streams.audio
            return
        (a,) = c.streams.audio
        assert a.codec_context.name == "aac" and set(a.metadata) <= {"language", "vendor_id"}
        samples = np.concatenate([f.to_ndarray()[0] for f in c.decode(a)])
    assert abs(len(samples) / a.codec_context.sample_rate - 1.0) < 0.05  # 24 frames at 24 fps
    assert np.abs(samples).max() > 0.01


def test_no_audio_in_input_reports_removed(tmp_path: Path) -> None:
    src, dst = tmp_path / "in.mp4", tmp_path / "out.mp4"
    make_clip(src, ClipSpec(frames=4))
    assert clean_video(src, dst, CleanOptions(audio=AudioMode.KEEP)).audio is AudioMode.REMOVE


def test_progress_per_frame(tmp_path: Path) -> None:
    src, dst = tmp_path / "in.mp4", tmp_path / "out.mp4"
    make_clip(src, ClipSpec(frames=10))
    seen: list[Progress] = []
    clean_video(src, dst, CleanOptions(), progress=seen.append)
    assert [(p.stage, p.done, p.total) for p in seen] == [("video", i, 10) for i in range(1, 11)]


def test_cancel_raises_and_leaves_a_deletable_file(tmp_path: Path) -> None:
    src, dst = tmp_path / "in.mp4", tmp_path / "out.mp4"
    make_clip(src, ClipSpec(frames=30))
    token = CancelToken()

    def progress(p: Progress) -> None:
        if p.done == 5:
            token.cancel()

    with pytest.raises(Cancelled):
        clean_video(src, dst, CleanOptions(), progress=progress, cancel=token)
    dst.unlink(missing_ok=True)  # what the pipeline does; nothing holds the file open
    assert not dst.exists()


def test_corrupt_stream_in_the_middle_fails(tmp_path: Path) -> None:
    src, dst = tmp_path / "in.mp4", tmp_path / "out.mp4"
    spec = ClipSpec(frames=30, speed=2.0)
    make_clip(src, spec)
    data = bytearray(src.read_bytes())
    with av.open(str(src)) as c:  # overwrite the 15th video packet's payload with noise
        packets = [p for p in c.demux(c.streams.video[0]) if p.size]
        pos, size = packets[15].pos, packets[15].size
    data[pos : pos + size] = np.random.default_rng(0).integers(0, 256, size, dtype=np.uint8).tobytes()
    src.write_bytes(bytes(data))
    with pytest.raises(CorruptFile):
        clean_video(src, dst, CleanOptions())


@pytest.mark.parametrize("faststart", [True, False], ids=["index-first", "index-last"])
def test_truncated_file_fails(tmp_path: Path, faststart: bool) -> None:
    src, dst = tmp_path / "in.mp4", tmp_path / "out.mp4"
    make_clip(src, ClipSpec(frames=30, faststart=faststart))
    src.write_bytes(src.read_bytes()[: src.stat().st_size * 2 // 3])
    with pytest.raises(CorruptFile):
        clean_video(src, dst, CleanOptions())


def test_audio_only_file_has_no_video(tmp_path: Path) -> None:
    src = tmp_path / "voice.m4a"
    with av.open(str(src), "w", format="mp4") as out:
        s = out.add_stream("aac", rate=16000, layout="mono")
        f = av.AudioFrame.from_ndarray(np.zeros((1, 16000), np.float32), format="fltp", layout="mono")
        f.sample_rate, f.pts, f.time_base = 16000, 0, Fraction(1, 16000)
        out.mux(s.encode(f))
        out.mux(s.encode(None))
    with pytest.raises(NoVideoStream):
        clean_video(src, tmp_path / "out.mp4", CleanOptions())


def test_manual_region_only_on_its_frames(tmp_path: Path) -> None:
    src, dst = tmp_path / "in.mp4", tmp_path / "out.mp4"
    make_clip(src, ClipSpec(frames=10, faces=0))
    region = ManualVideoRegion(Box(150, 100, 60, 50), Shape.RECTANGLE, first_frame=3, last_frame=5)
    clean_video(src, dst, SOLID, manual_regions=[region])
    cover = [solid_coverage(f, Box(155, 105, 50, 40)) for f in decode_all(dst)]
    assert [i for i, c in enumerate(cover) if c > 0.95] == [3, 4, 5]


def test_verify_rejects_a_tagged_file(tmp_path: Path) -> None:
    src = tmp_path / "in.mp4"
    make_clip(src, ClipSpec(frames=4, data_stream=True, tags=PLANTED_TAGS))
    with pytest.raises(VerificationFailed) as err:
        verify_video(src, Expected(240, 180, 4, audio=False))
    leftovers = " ".join(err.value.leftovers)
    assert "container:location" in leftovers and "streams:data" in leftovers and "bytes:x264" in leftovers


def test_redaction_noise_is_stable_on_a_still_face(tmp_path: Path) -> None:
    """Fresh noise on every frame would average out over frames; each face keeps its own pattern."""
    src, dst = tmp_path / "in.mp4", tmp_path / "out.mp4"
    truth = make_clip(src, ClipSpec(frames=12, speed=0.0))
    clean_video(src, dst, CleanOptions())  # the default style: pixelate with noise
    frames = decode_all(dst)
    b = truth[0][0]
    x1, y1, x2, y2 = int(b.x), int(b.y), int(b.x2), int(b.y2)
    patches = [f[y1:y2, x1:x2].astype(np.int16) for f in frames[2:10]]
    assert max(float(np.abs(p - patches[0]).mean()) for p in patches) < 6.0


def test_real_model_finds_the_same_tracks_on_every_run_and_at_export(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Track ids a person decides on must name the same faces at export: the look and the export at the
    same settings give the same ids and boxes, frame by frame, with the real detector."""
    from anonymizer.core.video import analyze_video
    from anonymizer.core.video import clean as clean_mod

    src = tmp_path / "in.mp4"
    make_clip(src, ClipSpec(speed=7.0, faces=2, face_width=64, frames=16))
    first, second = analyze_video(src, SOLID), analyze_video(src, SOLID)
    assert len(first.tracks) == 2 and first.tracks == second.tracks
    released: dict[int, dict[int, Box]] = {}
    emit = clean_mod._Run._emit

    def record(run, frame, boxes):  # noqa: ANN001, ANN202
        released[frame.index] = dict(boxes)
        return emit(run, frame, boxes)

    monkeypatch.setattr(clean_mod._Run, "_emit", record)
    clean_video(src, tmp_path / "out.mp4", SOLID)
    assert released == {i: first.boxes_on(i) for i in range(16)}
