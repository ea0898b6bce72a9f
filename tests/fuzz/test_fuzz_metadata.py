"""inspect_file() on damaged files: a list of Finding, never an exception (its contract)."""

from __future__ import annotations

import struct
import subprocess
import sys
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from anonymizer.core.errors import InputError
from anonymizer.core.media.sniff import sniff
from anonymizer.core.metadata import inspect_file
from anonymizer.core.models import Finding
from anonymizer.finding_text import english_text
from tests.fuzz.seeds import mutated
from tests.hostile_factory import ifd, jpeg_with_app1, png_with_chunk, tiff

_DIR = Path(tempfile.mkdtemp(prefix="fuzz-meta-"))


def _inspect(data: bytes) -> None:
    path = _DIR / "file"
    path.write_bytes(data)
    try:
        fmt = sniff(path)
    except InputError:
        return
    items = inspect_file(path, fmt)
    assert all(isinstance(i, Finding) for i in items)
    assert all("\n" not in english_text(i) for i in items)


@settings(settings.get_profile("fuzz"))
@given(mutated())
def test_inspect_mutated_files(data: bytes) -> None:
    _inspect(data)


# Random IFDs: any tag (biased to the pointer and GPS tags), any type, any count, any value/offset.
TAGS = st.one_of(st.sampled_from([0x8769, 0x8825, 0xA005, 0x0112, 0x010F, 0x0110, 0x927C, 0x0201, 0x0202,
                                  0x0001, 0x0002, 0x0004, 0x9003, 0xA433]), st.integers(0, 0xFFFF))
ENTRY = st.tuples(TAGS, st.integers(0, 13), st.one_of(st.integers(0, 8), st.integers(0, 0xFFFFFFFF)),
                  st.one_of(st.integers(0, 200), st.integers(0, 0xFFFFFFFF)))


@settings(settings.get_profile("fuzz"))
@given(st.lists(ENTRY, max_size=8), st.lists(ENTRY, max_size=6), st.integers(0, 300), st.binary(max_size=120),
       st.booleans())
def test_inspect_random_exif_structures(ifd0: list, sub: list, next_ifd: int, tail: bytes, in_png: bool) -> None:
    first = ifd(ifd0, next_ifd=next_ifd)
    block = tiff(first, ifd(sub) + tail)
    data = png_with_chunk(b"eXIf", block) if in_png else jpeg_with_app1(block[:60000])
    _inspect(data)


def test_inspect_ifd_count_and_offset_extremes() -> None:
    for count in (0, 1, 0xFFFF):
        for offset in (0, 8, 0xFFFFFFFF):
            block = b"II*\x00" + struct.pack("<I", offset) + struct.pack("<H", count) + b"\x00" * 12
            _inspect(jpeg_with_app1(block))


_MEMORY_PROBE = """
import sys, tracemalloc
from pathlib import Path
from anonymizer.core.media.sniff import sniff
from anonymizer.core.metadata import inspect_file
path = Path(sys.argv[1])
fmt = sniff(path)
tracemalloc.start()
inspect_file(path, fmt)
print(tracemalloc.get_traced_memory()[1])
"""


def test_inspect_memory_is_bounded_by_the_file_not_by_declared_counts(tmp_path: Path) -> None:
    path = tmp_path / "count.jpg"
    path.write_bytes(jpeg_with_app1(tiff(ifd([(0x0110, 4, 0x02000000, 26)]), b"x" * 64)))
    proc = subprocess.run([sys.executable, "-W", "ignore", "-c", _MEMORY_PROBE, str(path)], capture_output=True,
                          text=True, timeout=60, cwd=Path(__file__).resolve().parents[2])
    assert proc.returncode == 0, proc.stderr
    peak = int(proc.stdout.strip())
    assert peak < 50_000_000, f"inspect_file allocated {peak // 2**20} MB for a 1.5 kB file"
