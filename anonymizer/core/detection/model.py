"""The shipped RetinaFace ONNX model: where it is, checking its SHA-256, and one ONNX Runtime session.

Never touches the network. ONNX Runtime is imported lazily so that importing the core stays cheap.
``ANONYMIZER_MODEL_PATH`` (or the ``path`` argument) points the loader at another copy of the model, for
tests; the expected hash always comes from the ``SHA256SUMS`` shipped beside the real model.
"""

from __future__ import annotations

import hashlib
import os
import threading
from pathlib import Path
from typing import Any

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


def models_dir() -> Path:
    return resource_path("models")


def model_path(path: Path | str | None = None) -> Path:
    """The model file to load: ``path``, else ``$ANONYMIZER_MODEL_PATH``, else the shipped one."""
    if path is not None:
        return Path(path)
    env = os.environ.get(ENV_MODEL_PATH)
    return Path(env) if env else models_dir() / MODEL_NAME


def expected_sha256(sums: Path | None = None) -> str:
    """The SHA-256 of the model as listed in the shipped ``SHA256SUMS`` (sha256sum format)."""
    sums = sums or models_dir() / SUMS_NAME
    try:
        text = sums.read_text(encoding="utf-8")
    except OSError as exc:
        raise ModelMissing(sums, f"cannot read the model's checksum list: {exc}") from exc
    for line in text.splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[1].lstrip("*") == MODEL_NAME:
            return parts[0].lower()
    raise ModelMissing(sums, f"{MODEL_NAME} is not listed in {SUMS_NAME}")


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_verified(path: Path | str | None = None) -> tuple[Path, bytes, str]:
    """Read the model's bytes and check them against the shipped hash.

    Returns (path, bytes, sha256). Raises ModelMissing if the file cannot be read, ModelTampered if its
    hash differs. The bytes that were hashed are the bytes that get loaded (no time-of-check gap).
    """
    p = model_path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise ModelMissing(p, f"cannot read the face model: {exc}") from exc
    digest = sha256_of(data)
    expected = expected_sha256()
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


class ModelSession:
    """One verified ONNX Runtime session. ``run`` is safe to call from several threads at once."""

    def __init__(self, path: Path | str | None = None, threads: int | None = None) -> None:
        _disable_onnxruntime_telemetry()  # (again: in case the environment was reset since import)
        import onnxruntime as ort  # lazy: heavy import

        # The converted Resize carries a deprecated attribute; ORT warns about it at load. Quiet it.
        ort.set_default_logger_severity(3)
        self.path, data, self.sha256 = read_verified(path)
        self.size = len(data)
        so = ort.SessionOptions()
        so.intra_op_num_threads = threads or os.cpu_count() or 1
        so.inter_op_num_threads = 1
        # Worker threads sleep between runs instead of spinning: a spinning pool burns CPU time the other
        # jobs of a shared machine (and the app's own decoding and encoding) could use. bench/README.md,
        # "Speed on a 12 MP photo": same wall time on an idle machine, less CPU on a busy one.
        so.add_session_config_entry("session.intra_op.allow_spinning", "0")
        so.log_severity_level = 3
        so.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        try:
            self._session = ort.InferenceSession(data, sess_options=so, providers=["CPUExecutionProvider"])
        except Exception as exc:  # noqa: BLE001 - ORT raises its own types (Fail, InvalidGraph, RuntimeError)
            # A verified model that ONNX Runtime still cannot load (a broken runtime install): a model
            # error, so every file says "the face detector could not be started", not "internal error".
            raise ModelError(self.path, f"ONNX Runtime cannot load the model: {type(exc).__name__}: {exc}") from exc

    def run(self, batch: Any) -> Any:
        """``batch``: float32 (1, H, W, 3) RGB 0-255, H and W multiples of 32. Returns (N, 16) rows."""
        (out,) = self._session.run(None, {INPUT_NAME: batch})
        return out


_lock = threading.Lock()
_sessions: dict[Path, ModelSession] = {}


def get_session(path: Path | str | None = None) -> ModelSession:
    """One session per model file per process, created on first use (lock-protected)."""
    p = model_path(path).resolve()
    with _lock:
        sess = _sessions.get(p)
        if sess is None:
            sess = _sessions[p] = ModelSession(p)
        return sess


def clear_sessions() -> None:
    """Forget cached sessions (tests)."""
    with _lock:
        _sessions.clear()
