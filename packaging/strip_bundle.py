"""Strip debug symbols from a built Linux bundle, keeping only the stripped files that still load.

    python packaging/strip_bundle.py dist/anonymizer

PyInstaller's own ``strip=True`` is all or nothing, and it breaks libraries that auditwheel rewrote
with patchelf (numpy's OpenBLAS then fails with "ELF load command address/offset not page-aligned").
Here each unstripped ELF file is stripped on its own, and a stripped file is kept only if

1. its PT_LOAD program headers are still consistent (offset and address congruent modulo the
   alignment, which is what the dynamic loader checks), and
2. it still ``dlopen``s wherever the original did (checked in a child process, with the bundle's
   library folder on ``LD_LIBRARY_PATH``);

otherwise the original is put back. Prints one JSON object: files stripped, restored, bytes saved.
Run by ``packaging/build.sh`` on Linux; it needs ``strip`` (binutils) and is skipped without it.
"""

from __future__ import annotations

import json
import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

ELF_MAGIC = b"\x7fELF"
PT_LOAD = 1
SHT_SYMTAB = 2

# Child process: dlopen each path given on stdin; "T path" before trying, then "K" (loaded) or "F".
_PROBE = r"""
import ctypes, os, sys
for line in sys.stdin:
    path = line.rstrip("\n")
    print("T " + path, flush=True)
    try:
        ctypes.CDLL(path, mode=os.RTLD_LAZY | os.RTLD_LOCAL)
    except OSError:
        print("F", flush=True)
    else:
        print("K", flush=True)
"""


def _elf_header(data: bytes) -> tuple[str, int, int, int, int, int, int] | None:
    """(endian, phoff, phentsize, phnum, shoff, shentsize, shnum) of a 64-bit ELF, else None."""
    if len(data) < 64 or not data.startswith(ELF_MAGIC) or data[4] != 2:  # ELFCLASS64 only
        return None
    e = "<" if data[5] == 1 else ">"
    phoff, shoff = struct.unpack_from(e + "QQ", data, 32)
    phentsize, phnum, shentsize, shnum = struct.unpack_from(e + "HHHH", data, 54)
    return e, phoff, phentsize, phnum, shoff, shentsize, shnum


def has_symtab(path: Path) -> bool:
    data = path.read_bytes()
    h = _elf_header(data)
    if h is None:
        return False
    e, _, _, _, shoff, shentsize, shnum = h
    for i in range(shnum):
        off = shoff + i * shentsize
        if off + 8 > len(data):
            return False
        if struct.unpack_from(e + "I", data, off + 4)[0] == SHT_SYMTAB:
            return True
    return False


def load_segments_ok(path: Path) -> bool:
    data = path.read_bytes()
    h = _elf_header(data)
    if h is None:
        return False
    e, phoff, phentsize, phnum, *_ = h
    for i in range(phnum):
        off = phoff + i * phentsize
        if off + 56 > len(data):
            return False
        p_type, _, p_offset, p_vaddr, _, p_filesz, _, p_align = struct.unpack_from(e + "IIQQQQQQ", data, off)
        if p_type != PT_LOAD:
            continue
        if p_align > 1 and (p_offset % p_align) != (p_vaddr % p_align):
            return False
        if p_offset + p_filesz > len(data):
            return False
    return True


def unloadable(paths: list[Path], lib_dir: Path) -> set[Path]:
    """The paths that fail to dlopen, probed in child processes: a library that crashes its loader
    counts as failed, and probing goes on with the next one."""
    env = dict(os.environ, LD_LIBRARY_PATH=str(lib_dir))
    bad: set[Path] = set()
    todo = list(paths)
    while todo:
        proc = subprocess.run([sys.executable, "-c", _PROBE], input="".join(f"{p}\n" for p in todo), env=env,
                              capture_output=True, text=True, timeout=600, cwd=lib_dir)
        done: list[Path] = []
        current: Path | None = None
        for line in proc.stdout.splitlines():
            if line.startswith("T "):
                current = Path(line[2:])
            elif current is not None:
                if line == "F":
                    bad.add(current)
                done.append(current)
                current = None
        if proc.returncode == 0 and current is None:
            break
        # the child died loading `current` (or before starting): count it as failed, go on after it
        crashed = current if current is not None else todo[len(done)]
        bad.add(crashed)
        todo = todo[todo.index(crashed) + 1:]
    return bad


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    bundle = Path(argv[0]).resolve()
    lib_dir = bundle / "_internal"
    strip = shutil.which("strip")
    if sys.platform != "linux" or strip is None or not lib_dir.is_dir():
        print(json.dumps({"skipped": "needs Linux, binutils' strip and a built bundle"}))
        return 0

    candidates = sorted(p for p in lib_dir.rglob("*") if p.is_file() and not p.is_symlink() and has_symtab(p))
    # Only files that load as they are can be checked after stripping; the others stay as they are.
    baseline_bad = unloadable(candidates, lib_dir)
    candidates = [p for p in candidates if p not in baseline_bad]
    backup_dir = bundle.parent / (bundle.name + ".strip-backup")
    shutil.rmtree(backup_dir, ignore_errors=True)
    stripped: list[Path] = []
    restored: list[str] = []
    saved = 0
    try:
        for p in candidates:
            backup = backup_dir / p.relative_to(bundle)
            backup.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(p, backup)
            result = subprocess.run([strip, str(p)], capture_output=True)
            if result.returncode != 0 or not load_segments_ok(p):
                shutil.copy2(backup, p)
                restored.append(str(p.relative_to(bundle)))
                continue
            stripped.append(p)
        newly_bad = unloadable(stripped, lib_dir)
        for p in stripped:
            backup = backup_dir / p.relative_to(bundle)
            if p in newly_bad:
                shutil.copy2(backup, p)
                restored.append(str(p.relative_to(bundle)))
            else:
                saved += backup.stat().st_size - p.stat().st_size
    finally:
        shutil.rmtree(backup_dir, ignore_errors=True)
    print(json.dumps({"stripped": len(stripped) - len(newly_bad), "restored": sorted(restored),
                      "not_checked": len(baseline_bad), "saved_mb": round(saved / 1e6, 1)}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
