"""Keep the C heap from holding on to freed video frames.

A 4K RGB frame is 25 MB. glibc serves such blocks with ``mmap`` at first, but raises its threshold
after each one is freed (up to 32 MB), so later frames come from the heap, where freed space is kept
for reuse and fragmented between the threads of FFmpeg, x264 and ONNX Runtime: measured about 350 MB
more at the peak of a 4K run. Fixing the threshold at 4 MB returns every frame-sized block to the
system when it is freed. Only on Linux with glibc; elsewhere nothing is done.
"""

from __future__ import annotations

import ctypes
import sys

M_MMAP_THRESHOLD = -3  # glibc's mallopt parameter numbers
MMAP_THRESHOLD = 4 << 20
_done = False


def release_big_blocks() -> None:
    """Once per process: blocks of 4 MB and more are mapped and unmapped, never kept in the heap."""
    global _done
    if _done or not sys.platform.startswith("linux"):
        return
    _done = True
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD)
    except (OSError, AttributeError):  # not glibc (musl, ...): nothing to tune
        pass
