"""sniff() on arbitrary bytes: a format or a typed InputError, never anything else, never a hang."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from anonymizer.core.errors import InputError
from anonymizer.core.media.sniff import MediaFormat, sniff
from tests.fuzz.seeds import mutated

MAGICS = [b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"RIFF\x00\x00\x00\x00WEBP", b"RIFF\x00\x00\x00\x00AVI ",
          b"II*\x00", b"MM\x00*", b"II+\x00", b"GIF89a", b"BM", b"\x1a\x45\xdf\xa3", b"\x00\x00\x00\x18ftyp",
          b"\x00\x00\x00\x08moov", b"\x47"]

_DIR = Path(tempfile.mkdtemp(prefix="fuzz-sniff-"))


def _check(data: bytes, name: str = "x.jpg") -> None:
    path = _DIR / name
    path.write_bytes(data)
    try:
        assert isinstance(sniff(path), MediaFormat)
    except InputError as e:
        assert e.path == path


@settings(settings.get_profile("fuzz"))
@given(st.binary(max_size=600))
def test_sniff_random_bytes(data: bytes) -> None:
    _check(data)


@settings(settings.get_profile("fuzz"))
@given(st.sampled_from(MAGICS), st.binary(max_size=400), st.sampled_from(["a.jpg", "b.dng", "c.mp4", "d"]))
def test_sniff_magic_then_garbage(magic: bytes, tail: bytes, name: str) -> None:
    _check(magic + tail, name)


@settings(settings.get_profile("fuzz"))
@given(mutated())
def test_sniff_mutated_real_files(data: bytes) -> None:
    _check(data)
