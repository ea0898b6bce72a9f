"""File names and file kinds people (and attackers) produce: non-ASCII, ~250-byte, non-UTF-8 and
newline names; symlinks, dangling symlinks, FIFOs, devices; originals sitting in the output folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from anonymizer.core.batch import BatchItem, collect_inputs, run_batch
from anonymizer.core.errors import UnreadableFile
from anonymizer.core.models import CleanOptions, NamingScheme, Status
from anonymizer.core.output import OutputNamer
from tests.hostile_factory import (
    assert_no_traceback,
    cli_command,
    cli_env,
    install_fake_detector,
    jpeg_bytes,
    parse_json_lines,
    png_bytes,
    sha256,
    temp_leftovers,
)
from tests.platforms import linux_only, posix_only

FAKE = {"HOSTILE_FAKE_DETECTOR": "1"}
# stems: Cyrillic, emoji, spaces, a name of ~240 bytes, bidi override, leading dash
NAMES = [
    "фото с митинга 15.01.jpg",
    "😷 маска 📷 mask.png",
    "  spaces   everywhere  .jpg",
    ("протест-" * 20 + "x" * 70)[:118] + ".jpg",  # 118 two-byte-ish chars: ~240 bytes in UTF-8
    "x" * 250 + ".png",  # 254 bytes: the kept name plus "-1" must still fit in 255
    "evil\u202egpj.png",
    "-o.jpg",
]


@pytest.fixture(autouse=True)
def _fake(monkeypatch: pytest.MonkeyPatch) -> None:
    install_fake_detector(monkeypatch)


def _write(path: Path, seed: int = 0) -> Path:
    path.write_bytes(png_bytes(64, 48, seed) if path.suffix == ".png" else jpeg_bytes(64, 48, seed))
    return path


@pytest.mark.parametrize("scheme", [NamingScheme.KEEP, NamingScheme.NUMBERED, NamingScheme.RANDOM])
def test_unusual_names_are_cleaned_and_keep_names_collide_safely(tmp_path: Path, scheme: NamingScheme) -> None:
    src = tmp_path / "in"
    src.mkdir()
    files = [_write(src / n, i) for i, n in enumerate(NAMES)]
    # the same names again in a subfolder: with --names keep they collide
    (src / "again").mkdir()
    files += [_write(src / "again" / n, 100 + i) for i, n in enumerate(NAMES)]
    hashes = [sha256(p) for p in files]
    out = tmp_path / "out"

    results = run_batch([BatchItem(p) for p in collect_inputs([src], out)], OutputNamer(out, scheme),
                        CleanOptions())

    assert len(results) == len(files)
    assert all(r.status is Status.OK for r in results), [(r.input.name, r.error) for r in results if r.error]
    outputs = [r.output for r in results]
    assert len(set(outputs)) == len(outputs) == len(list(out.iterdir())), "one output per input, none lost"
    assert [sha256(p) for p in files] == hashes
    assert temp_leftovers(out) == []
    if scheme is NamingScheme.KEEP:
        assert (out / "фото с митинга 15.01.jpg").exists() and (out / "фото с митинга 15.01-1.jpg").exists()
        assert all(len(os.fsencode(p.name)) <= 255 for p in outputs if p is not None)


@linux_only("names that are not valid UTF-8 (APFS and NTFS refuse them)")
def test_non_utf8_and_control_character_names_through_the_cli(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    weird = [os.fsdecode(b"bad\xff\xfe name.jpg"), "two\nlines.jpg", "esc\x1b[31mred.jpg"]
    for i, name in enumerate(weird):
        _write(src / name, i)
    (src / "broken\nname.jpg").write_bytes(b"not an image")
    out = tmp_path / "out"

    proc = _cli(["clean", str(src), "-o", str(out)])
    assert proc.returncode == 1
    assert_no_traceback(proc.stderr)
    errors = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(errors) == 1 and errors[0].startswith("error  ") and "broken\\nname.jpg" in errors[0]
    assert "\x1b" not in proc.stdout + proc.stderr, "a file name must not reach the terminal as escapes"
    ok_lines = proc.stdout.splitlines()
    assert len(ok_lines) == 3 and all(line.startswith("ok ") for line in ok_lines)
    assert len(list(out.iterdir())) == 3

    out2 = tmp_path / "out2"
    proc = _cli(["clean", "--json", str(src), "-o", str(out2)])
    assert proc.returncode == 1
    assert_no_traceback(proc.stderr)
    lines = parse_json_lines(proc.stdout)
    assert len(lines) == 4
    assert any("bad\\xff\\xfe name.jpg" in str(o["input"]) for o in lines)
    assert sum(o["status"] == "ok" for o in lines) == 3


def _cli(args: list[str]):  # type: ignore[no-untyped-def]
    import subprocess

    return subprocess.run([*cli_command(fake=True), *args], env=cli_env(**FAKE), capture_output=True,
                          text=True, timeout=60)


@posix_only("FIFOs, /dev/zero and symlinks")
def test_symlinks_fifos_devices_and_missing_files(tmp_path: Path, out_dir: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    real = _write(src / "real.jpg")
    (tmp_path / "link-to-real.jpg").symlink_to(real)
    (tmp_path / "dangling.jpg").symlink_to(tmp_path / "nowhere.jpg")
    (tmp_path / "loop.jpg").symlink_to(tmp_path / "loop.jpg")
    os.mkfifo(tmp_path / "pipe.jpg")
    os.mkfifo(src / "pipe-in-folder.jpg")
    (src / "link-in-folder.jpg").symlink_to(real)
    items = [tmp_path / "link-to-real.jpg", tmp_path / "dangling.jpg", tmp_path / "loop.jpg",
             tmp_path / "pipe.jpg", Path("/dev/zero"), tmp_path / "missing.jpg"]
    walked = collect_inputs([src], out_dir)
    assert src / "link-in-folder.jpg" not in walked, "symlinks met while walking are not followed"
    assert src / "pipe-in-folder.jpg" in walked

    results = run_batch([BatchItem(p) for p in items + walked], OutputNamer(out_dir, NamingScheme.RANDOM),
                        CleanOptions())  # must not hang on the FIFOs

    by_name = {r.input.name: r for r in results}
    assert by_name["link-to-real.jpg"].status is Status.OK, "a symlink named on purpose is followed"
    assert by_name["real.jpg"].status is Status.OK
    for name in ("dangling.jpg", "loop.jpg", "pipe.jpg", "zero", "missing.jpg", "pipe-in-folder.jpg"):
        r = by_name[name]
        assert r.status is Status.ERROR and isinstance(r.error, UnreadableFile), (name, r.error)
    assert len(list(out_dir.iterdir())) == 2


@posix_only("symlinks need privileges on Windows")
def test_output_folder_holding_originals_and_symlinks_is_never_clobbered(tmp_path: Path) -> None:
    folder = tmp_path / "photos"
    folder.mkdir()
    original = _write(folder / "portrait.jpg")
    outside = _write(tmp_path / "elsewhere.jpg", 5)
    (folder / "group.jpg").symlink_to(outside)  # a kept name would land on this link
    keep = {p: sha256(p) for p in (original, outside)}
    group_src = tmp_path / "src"
    group_src.mkdir()
    group = _write(group_src / "group.jpg", 7)

    results = run_batch([BatchItem(original), BatchItem(group)], OutputNamer(folder, NamingScheme.KEEP),
                        CleanOptions())

    assert [r.status for r in results] == [Status.OK, Status.OK]
    assert {p: sha256(p) for p in keep} == keep
    assert (folder / "group.jpg").is_symlink()
    assert {r.output.name for r in results if r.output} == {"portrait-1.jpg", "group-1.jpg"}


@linux_only("PATH_MAX of 4096 bytes")
def test_a_folder_that_cannot_be_listed_is_reported_not_skipped(tmp_path: Path, out_dir: Path) -> None:
    """Beyond PATH_MAX (4096 bytes) a folder cannot be listed by path: it used to vanish from the batch
    in silence. (As root, permissions cannot make a folder unlistable; the path length can.)"""
    top = tmp_path / "deep"
    top.mkdir()
    _write(top / "shallow.jpg")
    fd = os.open(top, os.O_RDONLY)
    try:
        for _ in range(18):  # 18 x 250 bytes: past PATH_MAX
            name = "d" * 249
            os.mkdir(name, dir_fd=fd)
            nxt = os.open(name, os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = nxt
        photo = os.open("deep.jpg", os.O_WRONLY | os.O_CREAT, dir_fd=fd)
        os.write(photo, jpeg_bytes(64, 48))
        os.close(photo)
    finally:
        os.close(fd)

    inputs = collect_inputs([top], out_dir)
    results = run_batch([BatchItem(p) for p in inputs], OutputNamer(out_dir, NamingScheme.RANDOM), CleanOptions())

    assert any(r.status is Status.OK and r.input.name == "shallow.jpg" for r in results)
    failed = [r for r in results if r.status is Status.ERROR]
    assert failed, "the unlistable folder must show up as a failure, not vanish"
    assert all(isinstance(r.error, UnreadableFile) for r in failed)
