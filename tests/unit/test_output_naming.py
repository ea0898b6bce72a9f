"""Output names carry nothing of the original, and publishing never overwrites a file."""

from __future__ import annotations

import re
import threading
from pathlib import Path

from anonymizer.core.models import NamingScheme
from anonymizer.core.output import OutputNamer, make_temp, publish


def _temp_with(out_dir: Path, data: bytes) -> Path:
    temp = make_temp(out_dir, ".jpg")
    temp.write_bytes(data)
    return temp


def test_random_names_hide_the_camera_name(tmp_path: Path) -> None:
    namer = OutputNamer(tmp_path, NamingScheme.RANDOM)
    final = publish(_temp_with(tmp_path, b"x"), namer, Path("IMG_20240115_183012.jpg"), ".jpg")
    assert re.fullmatch(r"[0-9a-f]{12}\.jpg", final.name)
    assert [p.name for p in tmp_path.iterdir()] == [final.name]


def test_keep_adds_a_suffix_instead_of_overwriting(tmp_path: Path) -> None:
    (tmp_path / "photo.jpg").write_bytes(b"original")
    namer = OutputNamer(tmp_path, NamingScheme.KEEP)
    final = publish(_temp_with(tmp_path, b"clean"), namer, Path("photo.jpg"), ".jpg")
    assert final.name == "photo-1.jpg"
    assert (tmp_path / "photo.jpg").read_bytes() == b"original"


def test_numbered_names_are_unique_across_threads(tmp_path: Path) -> None:
    namer = OutputNamer(tmp_path, NamingScheme.NUMBERED)
    (tmp_path / "anonymized-0003.jpg").write_bytes(b"someone else's")
    results: list[Path] = []
    lock = threading.Lock()

    def work(i: int) -> None:
        final = publish(_temp_with(tmp_path, str(i).encode()), namer, Path(f"x{i}.jpg"), ".jpg")
        with lock:
            results.append(final)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len({p.name for p in results}) == 20
    assert (tmp_path / "anonymized-0003.jpg").read_bytes() == b"someone else's"
    assert sorted(p.read_bytes() for p in results) == sorted(str(i).encode() for i in range(20))
    assert not list(tmp_path.glob(".anonymizer-*"))
