"""Shared fixtures. Every test runs with internet sockets forbidden: the app must work offline."""

from __future__ import annotations

import socket
from pathlib import Path

import numpy as np
import pytest

_real_socket = socket.socket


class NetworkUsed(AssertionError):
    pass


class _GuardedSocket(_real_socket):
    def __init__(self, family: int = socket.AF_INET, *args: object, **kwargs: object) -> None:
        if family in (socket.AF_INET, socket.AF_INET6):
            raise NetworkUsed("the app tried to open an internet socket")
        super().__init__(family, *args, **kwargs)  # type: ignore[arg-type]


@pytest.fixture(autouse=True, scope="session")
def in_process_executor() -> None:
    """Tests patch the core in their own process (fake detectors, failing encoders), which a spawned
    worker would not see: they run requests in-process. The isolated pool, the default for users, has
    its own tests (tests/integration/test_isolation*.py), and every test that runs the CLI as a
    subprocess gets it too."""
    from anonymizer.core import isolation

    isolation.use_in_process()


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(socket, "socket", _GuardedSocket)
    monkeypatch.setattr(socket, "create_connection", _refuse)
    monkeypatch.setattr(socket, "getaddrinfo", _refuse)


def _refuse(*args: object, **kwargs: object) -> None:
    raise NetworkUsed("the app tried to reach the network")


@pytest.fixture(scope="session")
def astronaut() -> np.ndarray:
    """A real photo of a face (Eileen Collins, public domain) shipped by scikit-image."""
    from skimage import data

    return np.ascontiguousarray(data.astronaut())


# Where the face in skimage's astronaut() is (x, y, w, h), checked by eye and by the detector.
ASTRONAUT_FACE = (175.0, 40.0, 100.0, 130.0)


@pytest.fixture()
def out_dir(tmp_path: Path) -> Path:
    d = tmp_path / "out"
    d.mkdir()
    return d
