"""The command line's video tracks (issue 17): `detect --json CLIP` prints one object with every track,
and `clean --unredact-track ID` with an id of that run leaves that face visible on every frame (bridged
frames included) while the other face stays covered on every frame."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from anonymizer import cli
from tests.disc_video import DetectorFactory, make_disc_clip, red_share
from tests.video_factory import decode_all

FRAMES = 30


def miss_some(call: int, face: int) -> bool:
    """Face A is missed on every 4th frame, face B for a run of four and on every 5th."""
    return (face == 0 and call % 4 == 2) or (face == 1 and (10 <= call < 14 or call % 5 == 3))


@pytest.fixture()
def clip(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    import anonymizer.core.detection as detection

    monkeypatch.setattr(detection, "get_detector", DetectorFactory(miss_some))
    make_disc_clip(tmp_path / "march.mp4", frames=FRAMES)
    return tmp_path / "march.mp4"


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    rc = cli.main(list(args), out=out, err=err)
    return rc, out.getvalue(), err.getvalue()


def detect(clip: Path) -> dict:
    rc, out, _ = run("detect", "--json", str(clip))
    assert rc == 0
    (line,) = out.splitlines()
    return json.loads(line)


def test_detect_json_prints_one_object_with_the_tracks(clip: Path) -> None:
    record = detect(clip)
    assert set(record) == {"file", "width", "height", "frames", "tracks"}
    assert (record["file"], record["width"], record["height"], record["frames"]) == (str(clip), 320, 240, FRAMES)
    assert [t["id"] for t in record["tracks"]] == [0, 1]
    for t in record["tracks"]:
        assert set(t) == {"id", "first_frame", "last_frame", "boxes", "lowest_score", "bridged_frames"}
        assert (t["first_frame"], t["last_frame"]) == (0, FRAMES - 1)
        assert list(t["boxes"]) == [str(i) for i in range(FRAMES)]  # frame numbers from 0, decode order
        assert all(len(b) == 4 and all(isinstance(v, int | float) for v in b) for b in t["boxes"].values())
        assert t["bridged_frames"] and set(t["bridged_frames"]) < set(range(FRAMES))
    assert sorted(t["lowest_score"] for t in record["tracks"]) == [0.5, 0.9]


def test_detect_plain_prints_one_line_per_track(clip: Path) -> None:
    rc, out, _ = run("detect", str(clip))
    lines = out.splitlines()
    assert rc == 0 and lines[0].endswith(f"2 face tracks in {FRAMES} frames")
    assert [line.split(":")[0].strip() for line in lines[1:]] == ["track 0", "track 1"]


def test_unredact_track_leaves_that_face_visible_and_the_other_covered_on_every_frame(clip: Path,
                                                                                     tmp_path: Path) -> None:
    tracks = detect(clip)["tracks"]
    visible, covered = sorted(tracks, key=lambda t: t["boxes"]["0"][1])  # the top face is left visible
    out = tmp_path / "out"
    rc, text, err = run("clean", str(clip), "-o", str(out), "--names", "numbered", "--json",
                        "--unredact-track", str(visible["id"]))
    assert rc == 0, err
    (record,) = [json.loads(line) for line in text.splitlines()]
    assert record["status"] == "ok" and record["faces"] == 1
    frames = decode_all(Path(record["output"]))
    assert len(frames) == FRAMES

    def box(t: dict, i: int):  # noqa: ANN202
        from anonymizer.core.models import Box

        return Box(*t["boxes"][str(i)])

    shown = [red_share(f, box(visible, i)) for i, f in enumerate(frames)]
    hidden = [red_share(f, box(covered, i)) for i, f in enumerate(frames)]
    assert [i for i, s in enumerate(shown) if s < 0.95] == []  # untouched on every frame
    assert [i for i, s in enumerate(hidden) if s > 0.02] == []  # covered on every frame
    # Both tracks have frames the detector missed: the switched-off one shows there, the other does not.
    assert visible["bridged_frames"] and covered["bridged_frames"]
    assert min(shown[i] for i in visible["bridged_frames"]) >= 0.95
    assert max(hidden[i] for i in covered["bridged_frames"]) <= 0.02


def test_unredact_track_needs_exactly_one_video(clip: Path, tmp_path: Path) -> None:
    from PIL import Image

    photo = tmp_path / "photo.png"
    Image.new("RGB", (64, 48), (90, 120, 150)).save(photo)
    other = tmp_path / "other.mp4"
    make_disc_clip(other, frames=4)
    for inputs in ([str(clip), str(other)], [str(photo)], [str(tmp_path)]):
        rc, _, err = run("clean", *inputs, "-o", str(tmp_path / "out"), "--unredact-track", "0")
        assert rc == 2 and "--unredact-track needs exactly one video" in err
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())


def test_unredact_track_with_an_id_the_clip_does_not_have_writes_nothing(clip: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    rc, _, err = run("clean", str(clip), "-o", str(out), "--unredact-track", "5")
    assert rc == 1 and "no face track with the number given" in err
    assert not list(out.iterdir())
