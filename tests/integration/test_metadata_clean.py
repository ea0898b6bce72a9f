"""The photo pipeline end to end on files with planted metadata: clean, re-open, nothing outside the
allowlist, clean the output again (mat2's habit)."""

from __future__ import annotations

from pathlib import Path

import pytest

from anonymizer.core.media.sniff import sniff
from anonymizer.core.metadata import inspect_file, leftovers, verify_written
from anonymizer.core.models import CleanOptions, MetadataGroup, NamingScheme, Status
from anonymizer.core.output import OutputNamer
from anonymizer.core.pipeline import clean_file
from anonymizer.finding_text import english_text
from tests.metadata_fixtures import PLANTED


def _clean(path: Path, out_dir: Path):
    out_dir.mkdir(exist_ok=True)
    result = clean_file(path, OutputNamer(out_dir, NamingScheme.RANDOM), CleanOptions())
    assert result.status is Status.OK, result.error
    assert result.output is not None
    return result


@pytest.mark.parametrize("name", sorted(PLANTED))
def test_clean_removes_everything_and_is_a_fixed_point(tmp_path: Path, name: str) -> None:
    writer, filename, expected = PLANTED[name]
    source = writer(tmp_path / filename)

    first = _clean(source, tmp_path / "out1")
    output = first.output
    assert output is not None
    output_format = {".jpg": "JPEG", ".png": "PNG", ".webp": "WEBP"}[output.suffix]
    data = output.read_bytes()
    assert leftovers(data, output_format) == []
    verify_written(data, output_format)
    assert inspect_file(output, sniff(output)) == []
    removed = {(item.group.value, english_text(item)) for item in first.metadata_removed}
    for group, words in expected:
        assert any(g == group and words in label for g, label in removed), (group, words)

    second = _clean(output, tmp_path / "out2")
    assert second.output is not None
    assert inspect_file(second.output, sniff(second.output)) == []
    assert not [i for i in second.metadata_removed if i.group is not MetadataGroup.OTHER]
