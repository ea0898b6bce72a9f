"""Which folders a worker may open (core/isolation/access.py): what a request needs, and when the pool
must start a fresh worker because the running ones were narrowed before a folder came."""

from __future__ import annotations

import os
from pathlib import Path

from anonymizer.core.isolation.access import NOTHING, Grant
from anonymizer.core.isolation.requests import CleanFile, DetectFaces, Inspect
from anonymizer.core.models import CleanOptions, NamingScheme
from anonymizer.core.output import OutputNamer


def test_a_file_needs_its_folder_to_read_and_a_clean_needs_the_output_folder_to_write(tmp_path: Path) -> None:
    photo = tmp_path / "in" / "a.jpg"
    assert Inspect(photo).needs() == Grant(read=frozenset({str(tmp_path / "in")}))
    clean = CleanFile(photo, OutputNamer(tmp_path / "out", NamingScheme.RANDOM), CleanOptions())
    assert clean.needs() == Grant(read=frozenset({str(tmp_path / "in")}), write=frozenset({str(tmp_path / "out")}))
    import numpy as np

    assert DetectFaces(np.zeros((2, 2, 3), np.uint8), CleanOptions()).needs() == NOTHING


def test_a_link_also_needs_the_folder_of_what_it_points_to(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "links").mkdir()
    (tmp_path / "real" / "a.jpg").write_bytes(b"x")
    os.symlink(tmp_path / "real" / "a.jpg", tmp_path / "links" / "a.jpg")
    grant = Grant.reading(tmp_path / "links" / "a.jpg")
    assert grant.read == {str(tmp_path / "links"), str(os.path.realpath(tmp_path / "real"))}


def test_covers_is_by_folder_and_beneath_never_by_name_prefix() -> None:
    pictures = Grant(read=frozenset({"/home/u/Pictures"}))
    assert pictures.covers(Grant(read=frozenset({"/home/u/Pictures/2026/march"})))
    assert not pictures.covers(Grant(read=frozenset({"/home/u/Pictures-private"})))
    assert not pictures.covers(Grant(read=frozenset({"/home/u"})))
    assert not pictures.covers(Grant(write=frozenset({"/home/u/Pictures"})))  # reading is not writing
    out = Grant(write=frozenset({"/media/stick/clean"}))
    assert out.covers(Grant(read=frozenset({"/media/stick/clean"})))  # the output is read back to verify it
    assert NOTHING.covers(NOTHING) and not NOTHING


def test_grants_grow_and_fold_folders_beneath_others() -> None:
    grown = Grant(read=frozenset({"/a/b/c", "/x"})) | Grant(read=frozenset({"/a/b"}), write=frozenset({"/x/out"}))
    assert grown.read == {"/a/b", "/x"} and grown.write == {"/x/out"}
    assert grown.covers(Grant(read=frozenset({"/a/b/c"}), write=frozenset({"/x/out/sub"})))
    # A folder granted for writing needs no rule to read it as well.
    assert (Grant(read=frozenset({"/x/out/in"})) | Grant(write=frozenset({"/x/out"}))).read == frozenset()
