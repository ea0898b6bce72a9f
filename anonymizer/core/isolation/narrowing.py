"""A worker's file access narrowed to what it needs, with Landlock (Linux 5.13 and later).

After :func:`narrow` the worker can read: the Python it runs on and the app's own files (code,
model), the system's libraries and settings (``/usr``, ``/lib*``, ``/etc``), ``/proc`` and ``/sys``
(ONNX Runtime and numpy read the CPU's layout there), and the folders of its :class:`Grant`. It can
write only beneath the grant's output folders and in ``/dev/shm`` (the shared-memory blocks frames
travel in). It can run no program at all. It cannot open a TCP connection or listen on a port (Landlock
ABI 4), even where the network namespace was refused, and (ABI 6) cannot reach abstract Unix sockets
outside itself (the desktop session's bus, X11) or signal another process. What the kernel's Landlock
does not know is left out ("best effort", as the library does), and said in the worker's report.

Home folders, other users' pictures, SSH keys and browser profiles are out of reach unless a file was
given from within them: a grant is a file's whole folder, so a photo straight in the home folder opens
the home folder to reading (never to writing).

Applied before the worker imports anything that starts threads: Landlock binds the calling thread and the
threads it starts later, not those already running.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import Any

from anonymizer.core.isolation.access import Grant

_SYSTEM_READ = ("/usr", "/lib", "/lib64", "/lib32", "/libx32", "/etc", "/proc", "/sys")
_DEVICES_READ = ("/dev/null", "/dev/zero", "/dev/urandom", "/dev/random")
_SHARED_MEMORY = "/dev/shm"


def _own_files() -> set[str]:
    """Where this interpreter, its libraries and the app live (a venv; a frozen bundle, which holds this
    very file; an editable checkout whose source folder holds ``resources/``)."""
    from anonymizer.core.resources import ENV_CENTERFACE_PATH, ENV_MODEL_PATH, resources_dir

    found = {sys.prefix, sys.exec_prefix, sys.base_prefix, sys.base_exec_prefix,
             os.path.dirname(sys.executable), os.path.dirname(os.path.realpath(sys.executable)),
             str(Path(__file__).resolve().parents[2]), str(resources_dir())}
    for env in (ENV_MODEL_PATH, ENV_CENTERFACE_PATH):
        model = os.environ.get(env)
        if model:  # another copy of a face model (tests): its folder, so a missing file is said as missing
            found.add(os.path.dirname(os.path.abspath(model)))
    # Absolute entries only: an empty or relative one is the working folder, often the home folder.
    found.update(p for p in sys.path if p and os.path.isabs(p))
    return {os.path.realpath(p) for p in found if p}


def narrow(grant: Grant) -> str:
    """Narrow this process's file access; returns what was done, for :class:`limits.Applied`."""
    if not sys.platform.startswith("linux"):
        return f"not narrowed: no Landlock on {sys.platform}"
    try:
        import landlockpy
        from landlockpy import AccessFS, AccessNet, Ruleset, Scope
    except ImportError:
        return "not narrowed: the landlockpy library is missing"
    abi = landlockpy.abi_version()
    if abi < 1:
        return "not narrowed: this kernel has no Landlock"
    read = AccessFS.READ_FILE | AccessFS.READ_DIR
    write = read | AccessFS.WRITE_FILE | AccessFS.TRUNCATE | AccessFS.MAKE_REG | AccessFS.MAKE_DIR | \
        AccessFS.REMOVE_FILE | AccessFS.REMOVE_DIR | AccessFS.REFER
    with Ruleset(handled_net=AccessNet.BIND_TCP | AccessNet.CONNECT_TCP | AccessNet.BIND_UDP |
                 AccessNet.CONNECT_SEND_UDP, scoped=Scope.ABSTRACT_UNIX_SOCKET | Scope.SIGNAL) as rules:
        for folder in sorted(set(_SYSTEM_READ) | _own_files() | set(grant.read)):
            _allow(rules, folder, read)
        for device in _DEVICES_READ:
            _allow(rules, device, AccessFS.READ_FILE)
        _allow(rules, "/dev/null", AccessFS.WRITE_FILE)
        _allow(rules, _SHARED_MEMORY, write)
        for folder in sorted(grant.write):
            _allow(rules, folder, write)
        rules.restrict()
    return f"Landlock ABI {abi}: reads {len(grant.read)} given folders, writes {len(grant.write)}"


def _allow(rules: Any, path: str, access: Any) -> None:
    """A rule for ``path`` if it exists (a system without ``/lib64``; an output folder removed since).
    A rule that cannot be added only leaves the worker with less: it fails the file, never widens."""
    from landlockpy import AccessFS

    if os.path.isfile(path):
        access &= AccessFS.READ_FILE | AccessFS.WRITE_FILE | AccessFS.TRUNCATE
    elif not os.path.isdir(path):
        return
    with contextlib.suppress(OSError):
        rules.allow_path(path, access)
