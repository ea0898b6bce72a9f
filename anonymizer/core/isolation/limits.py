"""The limits a worker process puts on itself before it reads a single byte of an untrusted file.

Standard library only, and applied first thing in the child: Linux refuses a new user namespace to a
process that already runs threads, and numpy, OpenCV and ONNX Runtime start theirs when imported.

What each system gets (the README says the same to users):
- Linux: its own user and network namespace (``unshare(CLONE_NEWUSER | CLONE_NEWNET)``: the worker sees
  no network interface but a loopback that is down) where unprivileged user namespaces are allowed,
  capabilities dropped again inside it, ``PR_SET_NO_NEW_PRIVS``, ``RLIMIT_AS`` (memory ceiling),
  ``RLIMIT_CPU`` (a CPU allowance per file), ``RLIMIT_CORE`` 0. Where namespaces are refused the
  worker runs with the network of the user, and says so (:attr:`Applied.network`).
- macOS: ``RLIMIT_CPU`` and ``RLIMIT_CORE`` (macOS does not enforce ``RLIMIT_AS``); no network limit.
- Windows: no ``resource`` limits and no namespaces; a job object instead (:mod:`windows_job`): the
  memory ceiling, one process (it cannot start programs), no desktop or clipboard. No network limit.
  The parent's time limit applies as everywhere.
- Linux with Landlock (5.13 and later): file access narrowed to the folders the worker was given, and
  no TCP or UDP (:mod:`narrowing`, through the landlockpy library).
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import sys
from dataclasses import dataclass, field

from anonymizer.core.isolation.access import NOTHING, Grant

GIB = 1 << 30
# The ceiling on a worker's address space (virtual memory, which ONNX Runtime's and glibc's per-thread
# arenas reserve well beyond what they touch). Measured (VmPeak in /proc, this machine): 1.1 GiB for a
# worker cleaning 3 MP photos (bench/speed.py's isolation batch), 1.5 GiB for a 640x360 clip. 8 GiB
# is meant to leave room for a 50 MP photo, and stops a file that asks for the whole machine. Not yet
# measured: the largest photo the decoder accepts (MAX_PIXELS, 210 MP, 630 MB of RGB and float copies of
# it in detection) may not fit, and would then be refused as "could not be opened safely".
ADDRESS_SPACE = 8 * GIB

CLONE_NEWUSER = 0x10000000
CLONE_NEWNET = 0x40000000
PR_SET_NO_NEW_PRIVS = 38
_LINUX_CAPABILITY_VERSION_3 = 0x20080522


@dataclass(frozen=True)
class Limits:
    """What a worker limits itself to; ``address_space`` None for no ceiling; ``base_seconds`` the time
    any file gets before its size and frames add to it (tests shorten it)."""

    address_space: int | None = ADDRESS_SPACE
    isolate_network: bool = True
    base_seconds: float = 60.0
    narrow_files: bool = True


@dataclass(frozen=True)
class Applied:
    """What a worker could actually apply (reported to its parent, shown by tests and diagnostics)."""

    pid: int
    address_space: int | None = None
    network: str = "shared"  # "own namespace", or why not ("shared: ...")
    no_new_privs: bool = False
    files: str = "not narrowed: not asked"  # or what :func:`narrowing.narrow` did
    job: str = ""  # Windows: what :func:`windows_job.confine` did
    notes: tuple[str, ...] = field(default=())


def apply(limits: Limits, grant: Grant = NOTHING) -> Applied:
    """Limit this process to ``limits``, and its file access to ``grant``; call before importing
    anything that starts threads."""
    notes: list[str] = []
    network = _isolate_network(notes) if limits.isolate_network else "shared: not asked"
    in_job, job = False, ""
    if sys.platform == "win32":
        from anonymizer.core.isolation import windows_job

        in_job, job = windows_job.confine(limits.address_space)
    address = limits.address_space if in_job else _limit_memory(limits.address_space, notes)
    no_new = _no_new_privs(notes)
    _no_core_dumps()
    files = "not narrowed: not asked"
    if limits.narrow_files:  # last: the namespace's id maps are written through /proc above
        from anonymizer.core.isolation import narrowing

        try:
            files = narrowing.narrow(grant)
        except OSError as e:
            files = f"not narrowed: {e}"
    return Applied(os.getpid(), address, network, no_new, files, job, tuple(notes))


def _libc() -> ctypes.CDLL | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL(None, use_errno=True)
    except OSError:
        return None


def _isolate_network(notes: list[str]) -> str:
    libc = _libc()
    if libc is None:
        return f"shared: no network namespaces on {sys.platform}"
    uid, gid = os.getuid(), os.getgid()
    if libc.unshare(CLONE_NEWUSER | CLONE_NEWNET) != 0:
        err = ctypes.get_errno()
        return f"shared: unshare refused ({os.strerror(err)})"
    try:
        # Map our own ids into the new namespace: files written in the output folder keep their owner,
        # and creating them works (an unmapped id cannot create files).
        _write("/proc/self/setgroups", "deny")
        _write("/proc/self/uid_map", f"{uid} {uid} 1")
        _write("/proc/self/gid_map", f"{gid} {gid} 1")
    except OSError as e:
        notes.append(f"id maps not written: {e.strerror}")
    _drop_capabilities(libc, notes)
    return "own namespace"


def _write(path: str, text: str) -> None:
    with open(path, "w") as f:
        f.write(text)


def _drop_capabilities(libc: ctypes.CDLL, notes: list[str]) -> None:
    """A new user namespace grants every capability inside it (over its own empty network only):
    dropped, so a taken-over worker cannot even configure that."""
    header = (ctypes.c_uint32 * 2)(_LINUX_CAPABILITY_VERSION_3, 0)
    data = (ctypes.c_uint32 * 6)()  # two zeroed {effective, permitted, inheritable} sets
    if libc.capset(header, data) != 0:
        notes.append(f"capabilities kept: {os.strerror(ctypes.get_errno())}")


def _limit_memory(ceiling: int | None, notes: list[str]) -> int | None:
    if ceiling is None:
        return None
    try:
        import resource
    except ImportError:
        notes.append("no memory ceiling on this system")
        return None
    try:
        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        value = ceiling if hard == resource.RLIM_INFINITY else min(ceiling, hard)
        resource.setrlimit(resource.RLIMIT_AS, (value, value))
        return value
    except (ValueError, OSError) as e:
        notes.append(f"no memory ceiling: {e}")
        return None


def _no_new_privs(notes: list[str]) -> bool:
    libc = _libc()
    if libc is None:
        return False
    if libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
        notes.append("no_new_privs refused")
        return False
    return True


def _no_core_dumps() -> None:
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def allow_cpu(seconds: float) -> None:
    """The CPU this file may use from now on (all threads together): past it the kernel stops the
    worker with SIGXCPU. The soft limit is moved for each file; the hard one stays open for the next."""
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        used = resource.getrusage(resource.RUSAGE_SELF)
        spent = used.ru_utime + used.ru_stime
        _soft, hard = resource.getrlimit(resource.RLIMIT_CPU)
        soft = int(spent + seconds) + 1
        if hard != resource.RLIM_INFINITY:
            soft = min(soft, hard)
        resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))


# Time a file may take, growing with its size and (for videos) its frames. Generous: this is a net
# for a worker stuck on crafted bytes, not a schedule. Measured on this shared 2-core machine at a load
# average of 15: a thorough look at a 3 MP photo 33 s (bench/speed.py's isolation batch), at a 1080p
# clip 0.9 s a frame (bench/README.md, issue 17). Photos are paid by their bytes: a HEIC holds a
# megapixel in about 0.15 MB, so 60 s a megabyte covers about 10 s a megapixel.
SECONDS_PER_MB = 60.0
SECONDS_PER_FRAME = 3.0
BYTES_PER_FRAME_AT_LEAST = 1000  # a frame a worker claims costs it this many bytes of the file (H.264 at 1080p: ~800 B on a still scene)
CPU_PER_WALL = 4.0  # CPU seconds per wall second a file may burn (threads of the detector and decoder)


def time_budget(size: int, frames: int = 0, base: float = 60.0) -> float:
    """Wall seconds for a file of ``size`` bytes with ``frames`` frames (as reported by its worker, and
    never more frames than the size can hold, so a taken-over worker cannot buy itself hours)."""
    frames = min(max(0, frames), size // BYTES_PER_FRAME_AT_LEAST)
    return base + SECONDS_PER_MB * size / 1e6 + SECONDS_PER_FRAME * frames


def cpu_budget(size: int, base: float = 60.0) -> float:
    return CPU_PER_WALL * time_budget(size, size, base)
