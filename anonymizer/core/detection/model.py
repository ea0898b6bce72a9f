"""The shipped face models: where they are, checking their SHA-256, and one ONNX Runtime session each.

This module holds the RetinaFace session and the machinery both models share (the path with its
environment override, the verified read, the session options); CenterFace's session is in
``centerface.py``. Never touches the network. ONNX Runtime is imported lazily so that importing the core
stays cheap. ``ANONYMIZER_MODEL_PATH`` (or the ``path`` argument) points the loader at another copy of
the model, for tests (``ANONYMIZER_CENTERFACE_PATH`` for CenterFace); the expected hash always comes from
the ``SHA256SUMS`` shipped beside the real models.
"""

from __future__ import annotations

import hashlib
import os
import threading
from pathlib import Path
from typing import Any, TypeVar

from anonymizer.core.errors import ModelError, ModelMissing, ModelTampered
from anonymizer.core.resources import ENV_MODEL_PATH, resource_path

MODEL_NAME = "retinaface_mnv2.onnx"
SUMS_NAME = "SHA256SUMS"
INPUT_NAME = "x:0"
# The graph is cut before its NMS: rows of x1, y1, x2, y2 (normalised to the padded input), five
# landmarks (x, y), a landmark-validity value, the score.
COL_BOX = slice(0, 4)
COL_LANDMARKS = slice(4, 14)
COL_SCORE = 15
STRIDE = 32  # input height and width must be multiples of this
S = TypeVar("S")


def models_dir() -> Path:
    return resource_path("models")


def model_path(path: Path | str | None = None, name: str = MODEL_NAME, env: str = ENV_MODEL_PATH) -> Path:
    """The model file to load: ``path``, else ``$env``, else the shipped ``name``."""
    if path is not None:
        return Path(path)
    override = os.environ.get(env)
    return Path(override) if override else models_dir() / name


def expected_sha256(sums: Path | None = None, name: str = MODEL_NAME) -> str:
    """The SHA-256 of the model ``name`` as listed in the shipped ``SHA256SUMS`` (sha256sum format)."""
    sums = sums or models_dir() / SUMS_NAME
    try:
        text = sums.read_text(encoding="utf-8")
    except OSError as exc:
        raise ModelMissing(sums, f"cannot read the model's checksum list: {exc}") from exc
    for line in text.splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[1].lstrip("*") == name:
            return parts[0].lower()
    raise ModelMissing(sums, f"{name} is not listed in {SUMS_NAME}")


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_verified(path: Path | str | None = None, name: str = MODEL_NAME,
                  env: str = ENV_MODEL_PATH) -> tuple[Path, bytes, str]:
    """Read the bytes of the model ``name`` (see :func:`model_path`) and check them against the shipped hash.

    Returns (path, bytes, sha256). Raises ModelMissing if the file cannot be read, ModelTampered if its
    hash differs. The bytes that were hashed are the bytes that get loaded (no time-of-check gap).
    """
    p = model_path(path, name, env)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise ModelMissing(p, f"cannot read the face model: {exc}") from exc
    digest = sha256_of(data)
    expected = expected_sha256(name=name)
    if digest != expected:
        raise ModelTampered(p, f"sha256 {digest} differs from the shipped {expected}")
    return p, data, digest


def _disable_onnxruntime_telemetry() -> None:
    """ONNX Runtime 1.2x+ on Linux ships Microsoft's 1DS telemetry: on first use it writes a persistent
    device id and queues events (OS, CPU, process, session ids) in ~/.cache/Microsoft/DeveloperTools/
    .onnxruntime/, to be sent to a Microsoft collector. That is both a trace on the computer and a
    network call the app promises never to make. Only this variable, set before the library
    initialises, stops it (``disable_telemetry_events()`` after import is too late)."""
    os.environ["ORT_DISABLE_TELEMETRY"] = "1"


# The import of onnxruntime itself starts the telemetry, so this must run before anything imports it:
# at the import of this module, which every user of the model goes through.
_disable_onnxruntime_telemetry()


def open_session(path: Path, data: bytes, threads: int | None = None, memory_pattern: bool = True) -> Any:
    """An ONNX Runtime session over the verified ``data`` of the model at ``path``, with the options both
    models share (RetinaFace here, CenterFace in ``centerface.py``). ``memory_pattern`` False: ONNX Runtime
    keeps no memory plan per input shape (tiles of many shapes otherwise each leave one behind)."""
    _disable_onnxruntime_telemetry()  # (again: in case the environment was reset since import)
    import onnxruntime as ort  # lazy: heavy import

    # The converted Resize carries a deprecated attribute; ORT warns about it at load. Quiet it.
    ort.set_default_logger_severity(3)
    so = ort.SessionOptions()
    so.intra_op_num_threads = threads or os.cpu_count() or 1
    so.inter_op_num_threads = 1
    # Worker threads sleep between runs instead of spinning: a spinning pool burns CPU time the other
    # jobs of a shared machine (and the app's own decoding and encoding) could use. bench/README.md,
    # "Speed on a 12 MP photo": same wall time on an idle machine, less CPU on a busy one.
    so.add_session_config_entry("session.intra_op.allow_spinning", "0")
    so.log_severity_level = 3
    so.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    so.enable_mem_pattern = memory_pattern
    try:
        return ort.InferenceSession(data, sess_options=so, providers=["CPUExecutionProvider"])
    except Exception as exc:  # noqa: BLE001 - ORT raises its own types (Fail, InvalidGraph, RuntimeError)
        # A verified model that ONNX Runtime still cannot load (a broken runtime install): a model
        # error, so every file says "the face detector could not be started", not "internal error".
        raise ModelError(path, f"ONNX Runtime cannot load the model: {type(exc).__name__}: {exc}") from exc


class ModelSession:
    """One verified RetinaFace session. ``run`` is safe to call from several threads at once."""

    def __init__(self, path: Path | str | None = None, threads: int | None = None) -> None:
        self.path, data, self.sha256 = read_verified(path)
        self.size = len(data)
        self._session = open_session(self.path, data, threads)

    def run(self, batch: Any) -> Any:
        """``batch``: float32 (1, H, W, 3) RGB 0-255, H and W multiples of 32. Returns (N, 16) rows."""
        (out,) = self._session.run(None, {INPUT_NAME: batch})
        return out


_lock = threading.Lock()
_sessions: dict[tuple[type, Path], Any] = {}


def cached_session(kind: type[S], path: Path) -> S:
    """One ``kind(path)`` session per model file per process, created on first use (lock-protected)."""
    key = (kind, path.resolve())
    with _lock:
        sess = _sessions.get(key)
        if sess is None:
            sess = _sessions[key] = kind(key[1])
        return sess


def get_session(path: Path | str | None = None) -> ModelSession:
    """The process's RetinaFace session for this model file."""
    return cached_session(ModelSession, model_path(path))


def clear_sessions() -> None:
    """Forget cached sessions (tests)."""
    with _lock:
        _sessions.clear()
