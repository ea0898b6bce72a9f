"""Bug 3 of issue 16: what a walked folder holds that is no photo (a dangling link, a FIFO, a socket, a
link out of the folder) used to be left out without a word. Each now gets one line saying what it is,
and the exit code says that some files were not cleaned. Links out of the folder stay unfollowed."""

from __future__ import annotations

import io
import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from anonymizer.cli import EXIT_SOME_FAILED, main
from anonymizer.core.batch import collect_inputs, collect_items, run_batch
from anonymizer.core.errors import NotAFile
from anonymizer.core.models import CleanOptions, NamingScheme, Status
from anonymizer.core.output import OutputNamer
from anonymizer.messages import describe
from tests.hostile_factory import install_fake_detector, jpeg_bytes, sha256

KINDS = {"dangling.jpg": "dangling-link", "pipe.jpg": "fifo", "sock.jpg": "socket",
         "outside.jpg": "link-outside", "outside-folder": "link-outside"}


@pytest.fixture()
def folder(tmp_path: Path) -> Iterator[Path]:
    src = tmp_path / "in"
    src.mkdir()
    (src / "real.jpg").write_bytes(jpeg_bytes(64, 48))
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "private.jpg").write_bytes(jpeg_bytes(64, 48))
    (src / "dangling.jpg").symlink_to(tmp_path / "deleted.jpg")
    os.mkfifo(src / "pipe.jpg")
    (src / "outside.jpg").symlink_to(elsewhere / "private.jpg")
    (src / "outside-folder").symlink_to(elsewhere)
    (src / "inside.jpg").symlink_to(src / "real.jpg")  # its target is walked anyway: no line for it
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.bind(str(src / "sock.jpg"))
    try:
        yield src
    finally:
        sock.close()


def test_every_entry_that_is_no_file_is_reported_and_none_is_followed(folder: Path, out_dir: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    install_fake_detector(monkeypatch)
    private = folder.parent / "elsewhere" / "private.jpg"
    before = sha256(private)
    items = collect_items([folder], out_dir)
    assert sorted(i.path.name for i in items) == sorted([*KINDS, "real.jpg"])

    results = run_batch(items, OutputNamer(out_dir, NamingScheme.RANDOM), CleanOptions())

    by_name = {r.input.name: r for r in results}
    assert by_name.pop("real.jpg").status is Status.OK
    for name, r in by_name.items():
        assert r.status is Status.ERROR and isinstance(r.error, NotAFile), name
        assert r.error.kind == KINDS[name], name
    assert len({describe(r.error) for r in by_name.values() if r.error}) == 4, "each kind has its own words"
    assert len(list(out_dir.iterdir())) == 1, "only the real photo was written: no link was followed"
    assert sha256(private) == before


def test_collect_inputs_keeps_what_sniff_can_refuse_and_drops_links_out(folder: Path) -> None:
    """The window's list: a link out of the folder has no file to show, so it is left out (as before);
    the dangling link, FIFO and socket come back and are refused by sniff with their own reason."""
    names = {p.name for p in collect_inputs([folder])}
    assert names == {"real.jpg", "dangling.jpg", "pipe.jpg", "sock.jpg"}


def test_cli_says_one_line_each_and_exits_1(folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    install_fake_detector(monkeypatch)
    out, err = io.StringIO(), io.StringIO()
    code = main(["clean", str(folder), "-o", str(tmp_path / "out")], out=out, err=err)
    assert code == EXIT_SOME_FAILED
    lines = err.getvalue().splitlines()
    for name in KINDS:
        mine = [line for line in lines if f"{name}:" in line]
        assert len(mine) == 1 and mine[0].startswith("error"), (name, lines)
    assert "link to something outside the folder" in err.getvalue()
    assert out.getvalue().count("ok ") == 1
