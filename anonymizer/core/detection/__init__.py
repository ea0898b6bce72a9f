"""Face detection: RetinaFace (MobileNetV2) in ONNX Runtime, over a scale pyramid of tiles, plus one
CenterFace pass for the thorough preset's small faces.

Public API:
- ``FaceDetector(options).detect(rgb, cancel)`` -> list of ``Detection`` (oriented-image pixels, before
  expansion), thread-safe;
- ``FaceDetector(options).find(rgb, cancel)`` -> ``FaceSearch``: those faces plus the candidates below
  the threshold that a person should look at;
- ``get_detector(options)``: a cached detector (one ONNX session per process);
- ``selftest()``: load both models offline, check their hashes, run one detection.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from anonymizer.core.detection.centerface import MODEL_NAME as CENTERFACE_MODEL_NAME
from anonymizer.core.detection.centerface import CenterFaceSession
from anonymizer.core.detection.detector import (
    CANDIDATE_FLOOR,
    CANDIDATE_MIN_HEIGHT,
    FaceDetector,
    FaceFinder,
    FaceSearch,
    RawDetections,
    SizeThresholds,
    clear_detectors,
    get_detector,
    plan_passes,
    score_threshold,
    size_thresholds,
    split_candidates,
)
from anonymizer.core.detection.model import MODEL_NAME, ModelSession, clear_sessions, get_session

__all__ = [
    "CANDIDATE_FLOOR",
    "CANDIDATE_MIN_HEIGHT",
    "FaceFinder",
    "FaceSearch",
    "split_candidates",
    "MODEL_NAME",
    "CENTERFACE_MODEL_NAME",
    "CenterFaceSession",
    "ModelCheck",
    "FaceDetector",
    "ModelSession",
    "RawDetections",
    "SelftestResult",
    "clear_caches",
    "get_detector",
    "plan_passes",
    "score_threshold",
    "SizeThresholds",
    "size_thresholds",
    "selftest",
]


@dataclass(frozen=True)
class ModelCheck:
    """One face model as the self-test found it."""

    model: str  # file name of the model
    path: Path
    sha256: str
    size: int  # bytes


@dataclass(frozen=True)
class SelftestResult:
    models: tuple[ModelCheck, ...]  # every face model verified: RetinaFace, then CenterFace
    faces: int  # faces found on the synthetic image (expected: 0)
    load_seconds: float
    detect_seconds: float

    @property
    def main(self) -> ModelCheck:
        """The RetinaFace model (``model``, ``sha256`` and ``size`` are its)."""
        return self.models[0]

    @property
    def model(self) -> str:
        return self.main.model

    @property
    def sha256(self) -> str:
        return self.main.sha256

    @property
    def size(self) -> int:
        return self.main.size


def selftest(model_path: Path | str | None = None) -> SelftestResult:
    """Load both face models (offline), verify their SHA-256, run one thorough detection (both models) on
    a synthetic image.

    Raises ``ModelMissing`` / ``ModelTampered`` like a real run would.
    """
    import numpy as np

    t0 = time.perf_counter()
    session = ModelSession(model_path)  # fresh: re-reads and re-hashes the files on disk
    centerface = CenterFaceSession()
    t1 = time.perf_counter()
    img = np.full((480, 640, 3), 128, np.uint8)
    img[::8] = 30  # some texture
    faces = FaceDetector(session=session, centerface=centerface).detect(img)
    t2 = time.perf_counter()
    models = tuple(ModelCheck(s.path.name, s.path, s.sha256, s.size) for s in (session, centerface))
    return SelftestResult(models, len(faces), t1 - t0, t2 - t1)


def clear_caches() -> None:
    """Forget cached detectors and sessions (tests that switch models)."""
    clear_detectors()
    clear_sessions()


_ = get_session  # re-exported for callers that want the shared session
