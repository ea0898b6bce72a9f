"""Item 8 of issue 16: a QuickTime reference movie, whose pictures live in other files, is refused
with its own words instead of "damaged"; and the files it points to are never opened."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from anonymizer.core.errors import RefusedFormat
from anonymizer.core.models import CleanOptions, NamingScheme, Status
from anonymizer.core.output import OutputNamer
from anonymizer.core.pipeline import clean_file
from anonymizer.core.video.reference import external_media
from anonymizer.messages import describe
from tests.video_factory import ClipSpec, make_clip


def _box(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", 8 + len(payload)) + kind + payload


def _rmra_movie(path: Path) -> Path:
    """'moov' holding only a reference movie record: "play file:///Volumes/Card/clip.mov"."""
    url = b"file:///Volumes/Card/clip.mov\x00"
    rdrf = _box(b"rdrf", b"\x00\x00\x00\x00" + b"url " + struct.pack(">I", len(url)) + url)
    ftyp = _box(b"ftyp", b"qt  " + struct.pack(">I", 0x20050300) + b"qt  ")
    path.write_bytes(ftyp + _box(b"moov", _box(b"rmra", _box(b"rmda", rdrf))))
    return path


def _external_track_movie(path: Path) -> Path:
    """A real movie whose track's data reference no longer says "in this file" (flag 1 cleared): the
    sample offsets then point into another file."""
    make_clip(path, ClipSpec(container="mov", frames=6))
    data = bytearray(path.read_bytes())
    url = data.find(b"url ", data.find(b"dref"))
    assert data[url + 5 : url + 8] == b"\x00\x00\x01", "the writer marks its data self-contained"
    data[url + 5 : url + 8] = b"\x00\x00\x00"
    path.write_bytes(bytes(data))
    return path


@pytest.mark.parametrize("make", [_rmra_movie, _external_track_movie])
def test_reference_movie_is_refused_by_name(make: object, tmp_path: Path, out_dir: Path) -> None:
    src = make(tmp_path / "movie.mov")  # type: ignore[operator]
    result = clean_file(src, OutputNamer(out_dir, NamingScheme.RANDOM), CleanOptions())
    assert result.status is Status.ERROR and isinstance(result.error, RefusedFormat), result.error
    assert result.error.kind == "reference-movie"
    sentence = describe(result.error)
    assert "reference movie" in sentence and "damaged" not in sentence
    assert list(out_dir.iterdir()) == []


def test_an_ordinary_movie_is_not_a_reference_movie(tmp_path: Path) -> None:
    for container in ("mov", "mp4"):
        clip = tmp_path / f"clip.{container}"
        make_clip(clip, ClipSpec(container=container, frames=3))
        assert external_media(clip) is None
