"""Untrusted files are opened in locked-down worker processes (issue 20).

Every step that reads a file's bytes (sniff, inspect, decode, detect, redact, encode, verify) runs as a
typed request (:mod:`requests`) in a worker (:mod:`pool`, :mod:`child`) that limited itself first
(:mod:`limits`); results come back through :mod:`wire`. :func:`run` sends a request to this process's
executor (:mod:`executor`). Kept free of heavy imports: a worker imports this package before it limits
itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from anonymizer.core.isolation.executor import (
        Executor,
        InProcess,
        allow_reading,
        configure,
        current,
        run,
        use_in_process,
    )

__all__ = ["Executor", "InProcess", "allow_reading", "configure", "current", "run", "use_in_process"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from anonymizer.core.isolation import executor

        return getattr(executor, name)
    raise AttributeError(name)
