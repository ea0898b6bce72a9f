"""A Windows worker puts itself in a job object: a memory ceiling, no child processes, no desktop.

Windows has neither ``resource`` limits nor namespaces. A job object gives the nearest: the commit
ceiling (``ProcessMemoryLimit``, allocations past it fail, as past ``RLIMIT_AS`` on Linux); one active
process, so a taken-over decoder cannot start a program; the UI limits, so it cannot read or write the
clipboard, use other processes' windows, or change the desktop and display settings; and "kill on close",
so the worker's end takes anything it holds with it. Through pywin32 (``win32job``).

The process assigns itself (allowed since Windows 8, also inside a job the caller already runs in, as on
CI machines). It keeps the job's handle for its whole life: the job ends with the worker.
"""

from __future__ import annotations

from typing import Any

# winnt.h
_LIMIT_ACTIVE_PROCESS = 0x00000008
_LIMIT_PROCESS_MEMORY = 0x00000100
_LIMIT_DIE_ON_UNHANDLED_EXCEPTION = 0x00000400
_LIMIT_KILL_ON_JOB_CLOSE = 0x00002000
_UILIMIT_ALL = 0x000000FF  # handles, clipboard read and write, system parameters, display, atoms, desktop, exit
_BASIC_UI_RESTRICTIONS = 4
_EXTENDED_LIMIT_INFORMATION = 9

_job: Any = None  # the handle, held until the process ends


def confine(memory_ceiling: int | None) -> tuple[bool, str]:
    """Put this process in a new job; returns whether it is in one, and what was applied (for
    :class:`limits.Applied`)."""
    global _job
    try:
        import win32api
        import win32job
    except ImportError:
        return False, "no job object: the pywin32 library is missing"
    try:
        job = win32job.CreateJobObject(None, "")
        info = win32job.QueryInformationJobObject(job, _EXTENDED_LIMIT_INFORMATION)
        flags = _LIMIT_ACTIVE_PROCESS | _LIMIT_DIE_ON_UNHANDLED_EXCEPTION | _LIMIT_KILL_ON_JOB_CLOSE
        if memory_ceiling is not None:
            flags |= _LIMIT_PROCESS_MEMORY
            info["ProcessMemoryLimit"] = memory_ceiling
        info["BasicLimitInformation"]["LimitFlags"] = flags
        info["BasicLimitInformation"]["ActiveProcessLimit"] = 1
        win32job.SetInformationJobObject(job, _EXTENDED_LIMIT_INFORMATION, info)
        win32job.SetInformationJobObject(job, _BASIC_UI_RESTRICTIONS, {"UIRestrictionsClass": _UILIMIT_ALL})
        win32job.AssignProcessToJobObject(job, win32api.GetCurrentProcess())
    except Exception as e:  # noqa: BLE001 - pywintypes.error and its kin: the worker still runs, and says so
        return False, f"no job object: {e}"
    _job = job
    memory = "" if memory_ceiling is None else f", memory {memory_ceiling >> 20} MiB"
    return True, f"job object: one process{memory}, no desktop or clipboard"
