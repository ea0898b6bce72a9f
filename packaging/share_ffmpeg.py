"""Linux: make OpenCV use PyAV's FFmpeg instead of carrying a second copy (about 35 MB less).

    python packaging/share_ffmpeg.py dist/anonymizer

The opencv-python-headless wheel brings its own FFmpeg (libavcodec, libavformat, libavutil, libswscale,
libswresample) and what only those need (libvpx, OpenSSL 1.1, libdrm), for ``cv2.VideoCapture`` and
``cv2.VideoWriter``. The app never uses them: it calls ``cv2.resize``, ``GaussianBlur``, ``ellipse``,
``circle``, ``line`` and ``imdecode`` (image codecs, not FFmpeg), and reads and writes video with PyAV.
Still, ``cv2.abi3.so`` names those libraries as load-time dependencies, so they cannot just be dropped.

PyAV's wheel carries the same FFmpeg major versions. When every FFmpeg symbol ``cv2`` imports (name and
version, e.g. ``avcodec_send_packet@LIBAVCODEC_62``) is defined by PyAV's copy, this rewrites the
library names in ``cv2``'s dynamic string table in place (the new names are no longer than the old ones),
points its RPATH at ``av.libs`` (where the rest of OpenCV's libraries move too), deletes OpenCV's copy,
and checks that ``cv2`` still loads with every symbol bound (``RTLD_NOW``). Anything unexpected (other
major versions, a missing symbol, a load failure) leaves the bundle exactly as it was.
Prints one JSON object. Run by ``packaging/build.sh`` on Linux; needs ``nm`` (binutils).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import struct
import subprocess
import sys
from pathlib import Path

FFMPEG = ("libavcodec", "libavformat", "libavutil", "libswscale", "libswresample")
NEW_RPATH = b"$ORIGIN/../av.libs"
DT_NULL, DT_NEEDED, DT_STRTAB, DT_RPATH, DT_RUNPATH = 0, 1, 5, 15, 29
PT_LOAD, PT_DYNAMIC = 1, 2
# auditwheel's names: libavcodec-c4204469.so.62.28.101 -> ("libavcodec", "62")
WHEEL_LIB = re.compile(r"^(lib[\w]+)-[0-9a-f]{8}\.so\.(\d+)")


class Refused(Exception):
    """The bundle is not in the shape this step knows; it is left alone."""


def _dynamic(data: bytes) -> tuple[int, dict[int, list[int]]]:
    """(file offset of the dynamic string table, {tag: [values]}) of a 64-bit little-endian ELF."""
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        raise Refused("not a 64-bit little-endian ELF")
    phoff, = struct.unpack_from("<Q", data, 32)
    phentsize, phnum = struct.unpack_from("<HH", data, 54)
    loads, dyn = [], None
    for i in range(phnum):
        p_type, _, p_offset, p_vaddr, _, p_filesz, _, _ = struct.unpack_from("<IIQQQQQQ", data, phoff + i * phentsize)
        if p_type == PT_LOAD:
            loads.append((p_vaddr, p_offset, p_filesz))
        elif p_type == PT_DYNAMIC:
            dyn = (p_offset, p_filesz)
    if dyn is None:
        raise Refused("no dynamic section")
    tags: dict[int, list[int]] = {}
    for off in range(dyn[0], dyn[0] + dyn[1], 16):
        tag, val = struct.unpack_from("<qQ", data, off)
        if tag == DT_NULL:
            break
        tags.setdefault(tag, []).append(val)
    vaddr = tags[DT_STRTAB][0]
    strtab = next(off + vaddr - va for va, off, size in loads if va <= vaddr < va + size)
    return strtab, tags


def _string(data: bytes, offset: int) -> bytes:
    return data[offset:data.index(b"\0", offset)]


def _put(data: bytearray, offset: int, old: bytes, new: bytes) -> None:
    """Overwrite a NUL-terminated string in place; a shorter one is padded with NULs."""
    if len(new) > len(old) or bytes(data[offset:offset + len(old)]) != old:
        raise Refused(f"cannot rewrite {old!r}")
    data[offset:offset + len(old)] = new + b"\0" * (len(old) - len(new))


def _counterpart(name: str, av_libs: Path) -> str | None:
    """PyAV's library with the same name and major version as OpenCV's ``name``, if ``name`` is FFmpeg."""
    m = WHEEL_LIB.match(name)
    if not m or m[1] not in FFMPEG:
        return None
    found = [p.name for p in av_libs.iterdir() if (n := WHEEL_LIB.match(p.name)) and n.groups() == m.groups()]
    if len(found) != 1 or len(found[0]) > len(name):
        raise Refused(f"no single PyAV counterpart of {name} fits")
    return found[0]


def _symbols(path: Path, defined: bool) -> set[str]:
    flag = "--defined-only" if defined else "--undefined-only"
    out = subprocess.run(["nm", "-D", flag, str(path)], capture_output=True, text=True, check=True).stdout
    return {line.split()[-1].replace("@@", "@") for line in out.splitlines() if line.strip()}


def _check_symbols(cv2: Path, av_libs: Path, names: list[str]) -> None:
    wanted = {s for s in _symbols(cv2, defined=False) if re.search(r"@LIB(AV|SW)", s)}
    offered = set().union(*(_symbols(av_libs / n, defined=True) for n in names))
    missing = sorted(wanted - offered)
    if missing:
        raise Refused(f"PyAV's FFmpeg lacks {len(missing)} symbols OpenCV imports, e.g. {missing[:3]}")


def _needed_closure(roots: list[str], folder: Path) -> set[str]:
    """The files in ``folder`` that ``roots`` load, directly or not."""
    seen: set[str] = set()
    todo = [r for r in roots if (folder / r).is_file()]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        data = (folder / name).read_bytes()
        strtab, tags = _dynamic(data)
        todo += [n for v in tags.get(DT_NEEDED, []) if (folder / (n := _string(data, strtab + v).decode())).is_file()]
    return seen


def loads_bound(library: Path, lib_dir: Path) -> bool:
    """``library`` loads in a child process with every symbol bound at once (``RTLD_NOW``), as Python
    itself loads extension modules."""
    probe = "import ctypes, os, sys; ctypes.CDLL(sys.argv[1], os.RTLD_NOW)"
    proc = subprocess.run([sys.executable, "-c", probe, str(library)], cwd=lib_dir, capture_output=True,
                          env={"LD_LIBRARY_PATH": str(lib_dir), "PATH": "/usr/bin:/bin"}, timeout=120)
    return proc.returncode == 0


def patch_cv2(cv2: Path, av_libs: Path) -> tuple[bytes, list[str], list[str]]:
    """The rewritten ``cv2`` module, the PyAV libraries it now loads, and the OpenCV ones it still loads."""
    data = bytearray(cv2.read_bytes())
    strtab, tags = _dynamic(bytes(data))
    if tags.get(DT_RUNPATH) or len(tags.get(DT_RPATH, [])) != 1:
        raise Refused("expected exactly one DT_RPATH")
    shared, kept = [], []
    for value in tags.get(DT_NEEDED, []):
        old = _string(bytes(data), strtab + value)
        new = _counterpart(old.decode(), av_libs)
        if new is None:
            kept.append(old.decode())
            continue
        _put(data, strtab + value, old, new.encode())
        shared.append(new)
    if len(shared) < len(FFMPEG) - 1:  # libswresample comes only through libavcodec
        raise Refused(f"found only {shared}")
    rpath = tags[DT_RPATH][0]
    _put(data, strtab + rpath, _string(bytes(data), strtab + rpath), NEW_RPATH)
    return bytes(data), shared, kept


def _relink(internal: Path, old_dir: str, new_dir: str, moved: set[str]) -> None:
    """PyInstaller puts a symlink to every library at the top of ``_internal``: follow the moved ones,
    drop those to deleted files."""
    for link in internal.iterdir():
        target = Path(os.readlink(link)) if link.is_symlink() else None
        if target is None or target.parts[:1] != (old_dir,):
            continue
        link.unlink()
        if target.name in moved:
            link.symlink_to(Path(new_dir) / target.name)


def share(bundle: Path) -> dict[str, object]:
    internal = bundle / "_internal"
    ocv_libs, av_libs = internal / "opencv_python_headless.libs", internal / "av.libs"
    modules = sorted((internal / "cv2").glob("cv2*.so"))
    if sys.platform != "linux" or len(modules) != 1 or not ocv_libs.is_dir() or not av_libs.is_dir():
        return {"skipped": "needs Linux and a bundle with cv2, opencv_python_headless.libs and av.libs"}
    if shutil.which("nm") is None:
        return {"skipped": "needs nm (binutils)"}
    cv2 = modules[0]
    patched, shared, kept = patch_cv2(cv2, av_libs)
    _check_symbols(cv2, av_libs, shared)
    still = _needed_closure(kept, ocv_libs)
    backup = bundle.parent / (bundle.name + ".ffmpeg-backup")
    shutil.rmtree(backup, ignore_errors=True)
    shutil.copytree(ocv_libs, backup / ocv_libs.name, symlinks=True)
    shutil.copy2(cv2, backup / cv2.name)
    try:
        before = sum(p.stat().st_size for p in ocv_libs.iterdir())
        cv2.write_bytes(patched)
        for name in still:
            if (av_libs / name).exists():
                raise Refused(f"{name} is already in av.libs")
            shutil.move(ocv_libs / name, av_libs / name)
        shutil.rmtree(ocv_libs)
        if not loads_bound(cv2, internal):
            raise Refused("cv2 does not load with PyAV's FFmpeg")
    except BaseException:
        shutil.rmtree(ocv_libs, ignore_errors=True)
        for name in still:
            (av_libs / name).unlink(missing_ok=True)
        shutil.copytree(backup / ocv_libs.name, ocv_libs, symlinks=True)
        shutil.copy2(backup / cv2.name, cv2)
        raise
    finally:
        shutil.rmtree(backup, ignore_errors=True)
    _relink(internal, ocv_libs.name, av_libs.name, still)
    moved = sum((av_libs / n).stat().st_size for n in still)
    return {"shared": shared, "moved_to_av_libs": sorted(still), "saved_mb": round((before - moved) / 1e6, 1)}


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    try:
        report = share(Path(argv[0]).resolve())
    except Refused as e:
        report = {"left_as_is": str(e)}
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
