"""Every hostile file from tests/hostile_factory.py, in process, between two good files.

For each case: a typed input error with a sentence (or a clean, verified output where the pixels are
fine and only the metadata lies), the original byte-identical, no temp file, no output under a final
name for a refused file, and the good files around it written all the same.
The fake detector stands in for the model here (the real one runs in test_hostile_cli.py).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from PIL import Image

from anonymizer.core.batch import BatchItem, run_batch
from anonymizer.core.errors import InputError
from anonymizer.core.media.sniff import MediaKind, sniff
from anonymizer.core.models import CleanOptions, NamingScheme, Status
from anonymizer.core.output import OutputNamer
from anonymizer.messages import describe
from tests.hostile_factory import (
    Case,
    hostile_cases,
    install_fake_detector,
    jpeg_bytes,
    png_bytes,
    sha256,
    temp_leftovers,
)

HAS_VIDEO = importlib.util.find_spec("anonymizer.core.video") is not None
GENERIC = {describe(Exception()), describe(RuntimeError())}
CASES = hostile_cases()


def _check_clean_output(output: Path) -> None:
    """An output that was written is a real, metadata-free file whose extension matches its content."""
    fmt = sniff(output)
    assert output.suffix.lstrip(".") in {"jpg", "png", "webp", "gif", "mp4"}  # gif: animations (issue 16)
    if fmt.kind is MediaKind.IMAGE:
        with Image.open(output) as im:
            im.load()
            assert not im.getexif(), "no EXIF may survive"
            assert not {"exif", "xmp", "icc_profile", "comment"} & set(im.info)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_hostile_file_between_two_good_ones(case: Case, tmp_path: Path, out_dir: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    if case.video and not HAS_VIDEO:
        pytest.skip("anonymizer.core.video is not there")
    install_fake_detector(monkeypatch)
    src = tmp_path / "in"
    src.mkdir()
    good_before, good_after = src / "before.jpg", src / "after.png"
    good_before.write_bytes(jpeg_bytes(96, 64, seed=11))
    good_after.write_bytes(png_bytes(96, 64, seed=12))
    hostile = src / case.name
    hostile.write_bytes(case.make())
    hashes = {p: sha256(p) for p in (good_before, hostile, good_after)}

    results = run_batch([BatchItem(good_before), BatchItem(hostile), BatchItem(good_after)],
                        OutputNamer(out_dir, NamingScheme.RANDOM), CleanOptions())

    first, bad, last = results
    assert first.status is Status.OK and last.status is Status.OK, "the batch must go on around a bad file"
    assert {p: sha256(p) for p in hashes} == hashes, "an original changed"
    assert temp_leftovers(out_dir) == [], "a temp file was left behind"
    if case.expect == "ok":
        assert bad.status is Status.OK, f"{case.id}: {bad.error!r}"
    elif case.expect == "error":
        assert bad.status is Status.ERROR, f"{case.id} was accepted: {bad.output}"
    if bad.status is Status.ERROR:
        assert bad.output is None
        assert isinstance(bad.error, InputError), f"not a typed input error: {bad.error!r}"
        assert bad.error.path == hostile, "the error must name the file"
        sentence = describe(bad.error)
        assert sentence and "\n" not in sentence and sentence not in GENERIC
    else:
        assert bad.output is not None and bad.output.exists()
        _check_clean_output(bad.output)
    written = sorted(p.name for p in out_dir.iterdir())
    expected = sorted(r.output.name for r in results if r.output is not None)
    assert written == expected, "only the outputs of successful files may exist"
    for r in (first, last):
        assert r.output is not None
        _check_clean_output(r.output)
