"""Fail closed: a fault anywhere (detector, model, redaction, encoder, verification, disk, cancel) means
no output for that file and no temp file, with a typed error; the rest of the batch goes on.
A detector that finds nothing is *not* a fault; a model that is missing, tampered or will not load is,
and nothing is exported without it.
"""

from __future__ import annotations

import errno
import importlib.util
import io
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import numpy as np
import piexif
import pytest
from PIL import Image

import anonymizer.core.detection as detection
import anonymizer.core.metadata as metadata
import anonymizer.core.output as output
import anonymizer.core.pipeline as pipeline
from anonymizer.core.cancel import CancelToken
from anonymizer.core.detection import centerface
from anonymizer.core.detection.model import ENV_MODEL_PATH, MODEL_NAME, models_dir
from anonymizer.core.errors import (
    Cancelled,
    ModelError,
    ModelMissing,
    ModelTampered,
    OutputError,
    ProcessingError,
    VerificationFailed,
)
from anonymizer.core.models import CleanOptions, FileResult, NamingScheme, Progress, Status
from anonymizer.core.output import OutputNamer
from anonymizer.core.resources import ENV_CENTERFACE_PATH
from anonymizer.messages import describe
from tests.hostile_factory import (
    FakeDetector,
    assert_no_traceback,
    cli_command,
    cli_env,
    install_fake_detector,
    jpeg_bytes,
    mp4_bytes,
    parse_json_lines,
    sha256,
)

HAS_VIDEO = importlib.util.find_spec("anonymizer.core.video") is not None


@pytest.fixture()
def photo(tmp_path: Path) -> Path:
    p = tmp_path / "photo.jpg"
    p.write_bytes(jpeg_bytes(96, 64, seed=3))
    return p


def _clean(path: Path, out_dir: Path, **kw: object) -> FileResult:
    before = sha256(path)
    result = pipeline.clean_file(path, OutputNamer(out_dir, NamingScheme.RANDOM), CleanOptions(), **kw)  # type: ignore[arg-type]
    assert sha256(path) == before, "the original changed"
    return result


def _assert_failed_closed(result: FileResult, out_dir: Path, error_type: type[BaseException]) -> None:
    assert result.status is Status.ERROR, result
    assert result.output is None
    assert isinstance(result.error, error_type), repr(result.error)
    assert describe(result.error)
    assert list(out_dir.iterdir()) == [], "no output and no temp file after a fault"


def _raise(exc: BaseException) -> Callable[..., object]:
    def boom(*args: object, **kwargs: object) -> object:
        raise exc
    return boom


class _RaisingDetector(FakeDetector):
    def detect(self, rgb: np.ndarray, cancel: object = None) -> list[object]:
        raise RuntimeError("detector exploded")


def _jpeg_with_gps(rgb: np.ndarray, *args: object) -> bytes:
    exif = piexif.dump({"GPS": {piexif.GPSIFD.GPSLatitudeRef: b"N",
                                piexif.GPSIFD.GPSLatitude: ((55, 1), (45, 1), (0, 1))}})
    buf = io.BytesIO()
    Image.fromarray(rgb).save(buf, "JPEG", exif=exif)
    return buf.getvalue()


def _jpeg_with_trailer(rgb: np.ndarray, *args: object) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(rgb).save(buf, "JPEG")
    return buf.getvalue() + b"hidden motion photo"


def _fsync_enospc(fd: int) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


def _link_and_rename_fail(*args: object, **kwargs: object) -> None:
    raise OSError(errno.EIO, "Input/output error")


# (id, what to patch: (module, attribute, replacement), the error the file must end with)
FAULTS = [
    ("detector-raises", (detection, "get_detector", lambda options=None: _RaisingDetector()), ProcessingError),
    ("model-tampered-at-load", (detection, "get_detector", _raise(ModelTampered(None, "sha256 differs"))),
     ModelTampered),
    ("model-missing", (detection, "get_detector", _raise(ModelMissing(None, "no file"))), ModelMissing),
    ("inspect-raises", (pipeline, "inspect_metadata", _raise(KeyError("tag"))), ProcessingError),
    ("decode-out-of-memory", (pipeline, "decode_image", _raise(MemoryError())), ProcessingError),
    ("redaction-raises", (pipeline, "apply_redaction", _raise(ValueError("bad mask"))), Exception),
    ("redaction-does-nothing", (pipeline, "apply_redaction", lambda rgb, *a, **k: rgb.copy()), VerificationFailed),
    ("encoder-raises", (pipeline, "encode_image", _raise(OSError("encoder died"))), Exception),
    ("encoder-leaks-gps", (pipeline, "encode_image", _jpeg_with_gps), VerificationFailed),
    ("encoder-appends-trailer", (pipeline, "encode_image", _jpeg_with_trailer), VerificationFailed),
    ("encoder-writes-garbage", (pipeline, "encode_image", lambda *a: b"\xff\xd8\xff\xe0garbage"), VerificationFailed),
    ("verification-fails", (metadata, "verify_written", _raise(VerificationFailed(None, "leftover XMP"))),
     VerificationFailed),
    ("verification-crashes", (pipeline, "_verify_photo", _raise(RuntimeError("verifier bug"))), ProcessingError),
    ("disk-full-at-fsync", (output.os, "fsync", _fsync_enospc), OutputError),
    ("publish-link-and-rename-fail", (output.os, "link", _link_and_rename_fail), OutputError),
]


@pytest.mark.parametrize("fault", FAULTS, ids=[f[0] for f in FAULTS])
def test_fault_means_no_output(fault: tuple[str, tuple[object, str, object], type[BaseException]],
                               photo: Path, out_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    name, (module, attribute, replacement), error_type = fault
    install_fake_detector(monkeypatch)
    monkeypatch.setattr(module, attribute, replacement)
    if name == "publish-link-and-rename-fail":  # neither a link nor a move (rename; replace over a placeholder)
        monkeypatch.setattr(output.os, "rename", _link_and_rename_fail)
        monkeypatch.setattr(output.os, "replace", _link_and_rename_fail)
    result = _clean(photo, out_dir)
    _assert_failed_closed(result, out_dir, error_type)
    if error_type is Exception:  # an unexpected exception: still a typed, worded error for the file
        assert result.error is not None and describe(result.error)


def test_batch_goes_on_after_a_fault(tmp_path: Path, out_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from anonymizer.core.batch import BatchItem, run_batch

    install_fake_detector(monkeypatch)
    files = []
    for i in range(3):
        p = tmp_path / f"p{i}.jpg"
        p.write_bytes(jpeg_bytes(96, 64, seed=i))
        files.append(p)
    real_redaction = pipeline.apply_redaction
    calls = {"n": 0}

    def flaky(*args: object, **kwargs: object) -> object:
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("one-off failure")
        return real_redaction(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "apply_redaction", flaky)
    results = run_batch([BatchItem(p) for p in files], OutputNamer(out_dir, NamingScheme.RANDOM), CleanOptions())
    assert [r.status for r in results] == [Status.OK, Status.ERROR, Status.OK]
    assert len(list(out_dir.iterdir())) == 2


def test_detector_finding_nothing_is_not_an_error(photo: Path, out_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    class Blind(FakeDetector):
        def detect(self, rgb: np.ndarray, cancel: object = None) -> list[object]:
            return []

    monkeypatch.setattr(detection, "get_detector", lambda options=None: Blind())
    result = _clean(photo, out_dir)
    assert result.status is Status.OK and result.faces == 0 and result.output is not None


def test_cancel_mid_file_leaves_nothing(photo: Path, out_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    install_fake_detector(monkeypatch)
    cancel = CancelToken()

    def progress(p: Progress) -> None:
        if p.stage == "write":  # after verification, the temp file exists
            assert len(list(out_dir.iterdir())) == 1
            cancel.cancel()

    monkeypatch.setattr(pipeline, "publish", _raise(AssertionError("published after cancel")))
    result = _clean(photo, out_dir, progress=progress, cancel=cancel)
    assert result.status is Status.CANCELLED and isinstance(result.error, Cancelled)
    assert list(out_dir.iterdir()) == []


@pytest.mark.skipif(not HAS_VIDEO, reason="anonymizer.core.video is not there")
@pytest.mark.parametrize("where", ["detector", "writer"])
def test_video_fault_means_no_output(where: str, tmp_path: Path, out_dir: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    import anonymizer.core.video as video

    clip = tmp_path / "clip.mp4"
    clip.write_bytes(mp4_bytes(frames=6))
    if where == "detector":
        monkeypatch.setattr(detection, "get_detector", lambda options=None: _RaisingDetector())
    else:
        def half_written(src: Path, dst: Path, *args: object, **kwargs: object) -> object:
            dst.write_bytes(b"\x00\x00\x00\x18ftypisom" + b"\x00" * 1000)  # half an MP4
            raise ProcessingError(src, "encoder died")
        monkeypatch.setattr(video, "clean_video", half_written)
    result = _clean(clip, out_dir)
    _assert_failed_closed(result, out_dir, ProcessingError)


# ------------------------------------------------------------------------------------- model integrity


# Both face models: a tampered CenterFace (the thorough preset's second model) stops a run as RetinaFace does.
MODELS = [pytest.param((ENV_MODEL_PATH, MODEL_NAME), id="retinaface"),
          pytest.param((ENV_CENTERFACE_PATH, centerface.MODEL_NAME), id="centerface")]


@pytest.fixture(params=MODELS)
def model_env(request: pytest.FixtureRequest) -> tuple[str, str]:
    """(environment variable pointing at another copy, file name) of one face model."""
    return request.param


@pytest.fixture()
def tampered_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, model_env: tuple[str, str]) -> Path:
    env, name = model_env
    copy = tmp_path / name
    shutil.copyfile(models_dir() / name, copy)
    data = bytearray(copy.read_bytes())
    data[len(data) // 2] ^= 0x01  # one bit: still a loadable ONNX file, a different hash
    copy.write_bytes(bytes(data))
    monkeypatch.setenv(env, str(copy))
    detection.clear_caches()
    yield copy
    monkeypatch.delenv(env)
    detection.clear_caches()


def test_tampered_model_refuses_every_file_in_process(tampered_model: Path, tmp_path: Path, out_dir: Path) -> None:
    from anonymizer.core.batch import BatchItem, run_batch

    files = []
    for i in range(3):
        p = tmp_path / f"p{i}.jpg"
        p.write_bytes(jpeg_bytes(64, 48, seed=i))
        files.append(p)
    results = run_batch([BatchItem(p) for p in files], OutputNamer(out_dir, NamingScheme.RANDOM), CleanOptions())
    assert all(r.status is Status.ERROR and isinstance(r.error, ModelTampered) for r in results), results
    assert list(out_dir.iterdir()) == []


def _clean_with_a_model_that_will_not_load(photo: Path, out_dir: Path, monkeypatch: pytest.MonkeyPatch) -> FileResult:
    import onnxruntime

    class Broken:
        def __init__(self, *args: object, **kwargs: object) -> None:
            raise RuntimeError("[ONNXRuntimeError] : 10 : INVALID_GRAPH")

    monkeypatch.setattr(onnxruntime, "InferenceSession", Broken)
    detection.clear_caches()
    try:
        return _clean(photo, out_dir)
    finally:
        detection.clear_caches()


def test_model_that_fails_to_load_exports_nothing(out_dir: Path, photo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    result = _clean_with_a_model_that_will_not_load(photo, out_dir, monkeypatch)
    assert result.status is Status.ERROR and result.output is None
    assert list(out_dir.iterdir()) == []


def test_model_that_fails_to_load_is_worded_as_a_model_error(out_dir: Path, photo: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    result = _clean_with_a_model_that_will_not_load(photo, out_dir, monkeypatch)
    assert isinstance(result.error, ModelError), f"worded as a model failure, got {result.error!r}"


def test_tampered_model_cli_clean_and_selftest(tampered_model: Path, model_env: tuple[str, str], tmp_path: Path) -> None:
    photos = tmp_path / "in"
    photos.mkdir()
    for i in range(2):
        (photos / f"p{i}.jpg").write_bytes(jpeg_bytes(64, 48, seed=i))
    variable = model_env[0]
    env = cli_env(**{variable: str(tampered_model)})
    out = tmp_path / "out"
    proc = subprocess.run([*cli_command(), "clean", "--json", str(photos), "-o", str(out)], env=env,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 1
    assert_no_traceback(proc.stderr)
    lines = parse_json_lines(proc.stdout)
    assert len(lines) == 2
    for o in lines:
        assert o["status"] == "error" and o["output"] is None
        assert o["error"] == describe(ModelTampered())
    assert not out.exists() or list(out.iterdir()) == []

    proc = subprocess.run([*cli_command(), "selftest"], env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode != 0
    assert_no_traceback(proc.stderr)
    assert "modified or damaged" in proc.stderr and proc.stdout == ""

    env[variable] = str(tmp_path / "no-such-model.onnx")
    proc = subprocess.run([*cli_command(), "selftest"], env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode != 0 and "missing" in proc.stderr
    assert_no_traceback(proc.stderr)


def test_detect_command_reports_a_broken_model_per_file(photo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    import onnxruntime

    from anonymizer import cli

    class Broken:
        def __init__(self, *args: object, **kwargs: object) -> None:
            raise RuntimeError("[ONNXRuntimeError] : 10 : INVALID_GRAPH")

    monkeypatch.setattr(onnxruntime, "InferenceSession", Broken)
    detection.clear_caches()
    out, err = io.StringIO(), io.StringIO()
    try:
        rc = cli.main(["detect", "--json", str(photo), str(photo)], out=out, err=err)
    finally:
        detection.clear_caches()
    assert rc == 1
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert len(lines) == 2 and all(o["error"] and "faces" not in o for o in lines)
