"""Skips for checks that only mean something on some systems, each saying why.

The release workflow runs the suite on Windows and macOS too; a check that relies on a Linux kernel
feature (strace, namespaces, tmpfs mounts, PATH_MAX) or on POSIX files (FIFOs, symlinks without
privileges, signals, byte-string names) is skipped there with its reason rather than failed.
"""

from __future__ import annotations

import os
import sys

import pytest

LINUX = sys.platform.startswith("linux")
POSIX = os.name == "posix"


def linux_only(why: str) -> pytest.MarkDecorator:
    return pytest.mark.skipif(not LINUX, reason=f"Linux only: {why}")


def posix_only(why: str) -> pytest.MarkDecorator:
    return pytest.mark.skipif(not POSIX, reason=f"POSIX only: {why}")
