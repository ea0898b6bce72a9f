"""inspect_file on videos made in the test: container tags, stream tags, timed data and subtitle tracks."""

from __future__ import annotations

import struct
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


def _box(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body) + 8) + kind + body


def test_itunes_items_and_quicktime_text_atoms_are_named(tmp_path: Path) -> None:
    """Item lists (moov/udta/meta/ilst) and '©' text atoms that a demuxer may not show as tags."""
    data = _box(b"data", struct.pack(">II", 1, 0) + b"Stan")
    ilst = _box(b"ilst", _box(b"\xa9ART", data) + _box(b"covr", _box(b"data", struct.pack(">II", 13, 0) + bytes(8))))
    meta = _box(b"meta", bytes(4) + _box(b"hdlr", bytes(8) + b"mdir" + bytes(13)) + ilst)
    info = _box(b"\xa9inf", struct.pack(">HH", 21, 0) + b"PENTAX DIGITAL CAMERA")
    path = tmp_path / "items.mov"
    path.write_bytes(_box(b"ftyp", b"qt  \x00\x00\x02\x00qt  ") + _box(b"moov", _box(b"udta", meta + info)))
    found = _labels(path)
    assert _has(found, "people", "Artist: Stan"), found
    assert _has(found, "embedded", "Cover picture"), found
    assert _has(found, "people", "PENTAX DIGITAL CAMERA"), found
