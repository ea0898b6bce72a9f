"""inspect_file on videos made in the test: container tags, stream tags, timed data and subtitle tracks."""

from __future__ import annotations

from pathlib import Path

import pytest

from anonymizer.core.media.sniff import MediaFormat, sniff
from anonymizer.core.metadata import inspect_file
from anonymizer.finding_text import english_text
from tests.video_factory import PLANTED_TAGS, ClipSpec, make_clip


def _labels(path: Path) -> list[tuple[str, str]]:
    return [(i.group.value, english_text(i)) for i in inspect_file(path, sniff(path))]


def _has(found: list[tuple[str, str]], group: str, words: str) -> bool:
    return any(g == group and words in label for g, label in found)


def test_mp4_tags_and_gps_data_track_are_named(tmp_path: Path) -> None:
    path = tmp_path / "clip.mp4"
    make_clip(path, ClipSpec(frames=4, tags=PLANTED_TAGS, data_stream=True,
                             stream_tags={"handler_name": "GoPro AVC"}))
    found = _labels(path)
    assert _has(found, "location", "GPS position: 48.85840° N, 2.29450° E"), found
    assert _has(found, "location", "GoPro telemetry track"), found
    assert _has(found, "people", "Demo at the square"), found
    assert _has(found, "device", "GoPro AVC"), found
    assert _has(found, "device", "Camera: GoPro"), found


def test_matroska_subtitle_track_is_named(tmp_path: Path) -> None:
    path = tmp_path / "clip.mkv"
    make_clip(path, ClipSpec(frames=4, container="matroska", subtitle=True, tags={"title": "by J. Doe"}))
    found = _labels(path)
    assert _has(found, "embedded", "Subtitle track"), found
    assert _has(found, "people", "by J. Doe"), found


@pytest.mark.parametrize("keep", [0.05, 0.3, 0.7])
def test_truncated_video_does_not_crash_inspect(tmp_path: Path, keep: float) -> None:
    path = tmp_path / "clip.mp4"
    make_clip(path, ClipSpec(frames=4, tags=PLANTED_TAGS, data_stream=True))
    data = path.read_bytes()
    cut = tmp_path / "cut.mp4"
    cut.write_bytes(data[: max(32, int(len(data) * keep))])
    assert isinstance(inspect_file(cut, MediaFormat.MP4), list)
