"""Output names and publishing on the systems activists use, simulated here: Windows' reserved names,
characters and path limit, case-insensitive file systems (Windows, macOS), file systems without hard
links (FAT/exFAT sticks), macOS's F_FULLFSYNC, and Windows' refusal to delete an open file."""

from __future__ import annotations

import os
import time
import types
import unicodedata
from pathlib import Path

import pytest

from anonymizer import messages
from anonymizer.core import output
from anonymizer.core.errors import OutputError, OutputPathTooLong
from anonymizer.core.models import NamingScheme
from anonymizer.core.output import OutputNamer, make_temp, portable_stem, publish


def _publish(folder: Path, source: str, data: bytes = b"clean") -> Path:
    temp = make_temp(folder, ".jpg")
    temp.write_bytes(data)
    return publish(temp, OutputNamer(folder, NamingScheme.KEEP), Path(source), ".jpg")


@pytest.fixture()
def windows(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(output, "_windows", lambda: True)


@pytest.mark.parametrize(("stem", "safe"), [
    ("CON", "CON_"), ("aux", "aux_"), ("nul ", "nul_"), ("com1", "com1_"), ("LPT9.tar", "LPT9_.tar"),
    ("com¹", "com¹_"), ("console", "console"), ("auxiliary", "auxiliary"), ("con-1", "con-1"),
    ('a:b?c*d|e"f<g>h\\i', "a_b_c_d_e_f_g_h_i"), ("tab\there\nnewline", "tab_here_newline"),
    ("trailing dots...", "trailing dots"), ("...", "file"), ("фото с митинга", "фото с митинга"),
])
def test_kept_names_are_valid_on_windows_and_fat(stem: str, safe: str) -> None:
    assert portable_stem(stem) == safe


def test_a_reserved_name_is_published_under_a_safe_one(tmp_path: Path) -> None:
    assert _publish(tmp_path, "aux.jpg").name == "aux_.jpg"
    assert _publish(tmp_path, "CON.jpg").name == "CON_.jpg"


def test_names_that_differ_only_in_case_or_normalisation_are_numbered_apart(tmp_path: Path) -> None:
    (tmp_path / "PHOTO.JPG").write_bytes(b"someone else's")
    namer = OutputNamer(tmp_path, NamingScheme.KEEP)
    names = []
    for source in ("photo.jpg", "Photo.jpg", unicodedata.normalize("NFD", "café.jpg"), "Café.jpg"):
        temp = make_temp(tmp_path, ".jpg")
        names.append(publish(temp, namer, Path(source), ".jpg").name)
    nfc = unicodedata.normalize("NFC", "café")
    assert [unicodedata.normalize("NFC", n) for n in names] == ["photo-1.jpg", "Photo-2.jpg", f"{nfc}.jpg", "Café-1.jpg"]
    assert (tmp_path / "PHOTO.JPG").read_bytes() == b"someone else's"


def test_long_kept_names_are_shortened_to_windows_path_limit(tmp_path: Path, windows: None) -> None:
    folder = tmp_path / ("d" * (200 - len(str(tmp_path))))
    name = next(OutputNamer(folder, NamingScheme.KEEP).candidates(Path("x" * 120 + ".jpg"), ".jpg"))
    assert len(str(name)) == 259 and name.name.endswith("x.jpg")


def test_a_folder_too_deep_for_any_name_fails_clearly(tmp_path: Path, windows: None) -> None:
    folder = tmp_path / ("d" * (240 - len(str(tmp_path))))
    folder.mkdir()
    with pytest.raises(OutputPathTooLong) as caught:
        make_temp(folder, ".jpg")
    assert isinstance(caught.value, OutputError) and caught.value.limit == 260
    assert "too long" in messages.describe(caught.value)
    assert list(folder.iterdir()) == []


def test_windows_path_length_counts_utf16_units(windows: None) -> None:
    assert output.path_units("C:\\фото\\😷.jpg") == 14  # the emoji is two units, each Cyrillic letter one


def test_windows_publishes_by_rename_and_never_clobbers(tmp_path: Path, windows: None,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    def no_links(*_: object) -> None:
        raise AssertionError("Windows publishing must not use hard links")

    def windows_rename(src: str, dst: str) -> None:  # Windows' rename refuses an existing target
        if os.path.lexists(dst):
            raise FileExistsError(dst)
        os.replace(src, dst)

    monkeypatch.setattr(os, "link", no_links)
    monkeypatch.setattr(os, "rename", windows_rename)
    (tmp_path / "photo.jpg").write_bytes(b"original")
    monkeypatch.setattr(OutputNamer, "clashes", lambda self, candidate: False)  # let the rename decide
    assert _publish(tmp_path, "photo.jpg").name == "photo-1.jpg"
    assert (tmp_path / "photo.jpg").read_bytes() == b"original"


def test_without_hard_links_an_exclusive_placeholder_claims_the_name(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    def exfat_link(*_: object) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(os, "link", exfat_link)
    (tmp_path / "photo.jpg").write_bytes(b"original")
    monkeypatch.setattr(OutputNamer, "clashes", lambda self, candidate: False)
    final = _publish(tmp_path, "photo.jpg", b"clean")
    assert final.name == "photo-1.jpg" and final.read_bytes() == b"clean"
    assert (tmp_path / "photo.jpg").read_bytes() == b"original"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["photo-1.jpg", "photo.jpg"]


def test_macos_flushes_with_full_fsync(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []

    def fcntl_call(fd: int, op: int) -> None:
        calls.append("F_FULLFSYNC")
        if len(calls) > 1:
            raise OSError(45, "Operation not supported")  # e.g. a network share

    fake = types.SimpleNamespace(F_FULLFSYNC=51, fcntl=fcntl_call)
    monkeypatch.setattr(output, "fcntl", fake)
    monkeypatch.setattr(os, "fsync", lambda fd: calls.append("fsync"))
    output.write_bytes_durably(tmp_path / "a", b"x")
    output.write_bytes_durably(tmp_path / "b", b"x")
    assert calls == ["F_FULLFSYNC", "F_FULLFSYNC", "fsync"]


def test_windows_does_not_try_to_sync_a_folder(tmp_path: Path, windows: None,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    real_open = os.open

    def open_no_folders(path: str, flags: int, *args: int) -> int:
        assert not os.path.isdir(path), "Windows cannot open a folder with os.open"
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", open_no_folders)
    output._fsync_dir(tmp_path)


def test_sweep_without_locks_closes_before_deleting(tmp_path: Path, windows: None,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    stale = tmp_path / ".anonymizer-dead.part.jpg"
    stale.write_bytes(b"half")
    old = time.time() - output.STALE_AFTER_NO_LOCKS - 60
    os.utime(stale, (old, old))
    open_fds: set[int] = set()
    real_open, real_close, real_unlink = os.open, os.close, os.unlink

    def tracked_open(*args: object, **kwargs: object) -> int:
        fd = real_open(*args, **kwargs)  # type: ignore[arg-type]
        open_fds.add(fd)
        return fd

    def tracked_close(fd: int) -> None:
        open_fds.discard(fd)
        real_close(fd)

    def windows_unlink(path: str) -> None:
        if open_fds:
            raise PermissionError(13, "The process cannot access the file because it is being used")
        real_unlink(path)

    monkeypatch.setattr(output, "fcntl", None)
    monkeypatch.setattr(os, "open", tracked_open)
    monkeypatch.setattr(os, "close", tracked_close)
    monkeypatch.setattr(os, "unlink", windows_unlink)
    assert output.sweep_stale_temps(tmp_path) == [stale]
    assert not stale.exists()


def test_one_file_named_twice_is_cleaned_once(tmp_path: Path) -> None:
    """On Windows and macOS ``Photo.jpg`` and ``photo.jpg`` are one file; a hard link is the same case
    here: one file under two names, which ``resolve()`` cannot tell."""
    from anonymizer.core.batch import collect_inputs

    (tmp_path / "photo.jpg").write_bytes(b"x")
    os.link(tmp_path / "photo.jpg", tmp_path / "Photo.jpg")
    assert len(collect_inputs([tmp_path / "photo.jpg", tmp_path / "Photo.jpg"])) == 1


def test_the_output_folder_is_not_walked_under_another_name(tmp_path: Path) -> None:
    from anonymizer.core.batch import collect_inputs

    (tmp_path / "cleaned").mkdir()
    (tmp_path / "cleaned" / "done.jpg").write_bytes(b"x")
    (tmp_path / "new.jpg").write_bytes(b"x")
    other_name = tmp_path / "link" / ".." / "cleaned"  # another spelling of the same folder
    (tmp_path / "link").mkdir()
    assert [p.name for p in collect_inputs([tmp_path], other_name)] == ["new.jpg"]
