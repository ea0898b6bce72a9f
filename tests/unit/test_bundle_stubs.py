"""The Linux bundle carries stubs instead of libraries the wheels link but the app never calls
(packaging/stub_libraries.py): the x265 (HEVC) and SVT-AV1 encoders of PyAV and pillow-heif, and OpenCV's
OpenBLAS and AV1 codec. These tests keep the app's code from reaching one of them (an HEVC stream, a HEIC
or AV1 file, a cv2 function that needs LAPACK or AVIF), which would work from the source tree and fail
only in the bundle."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# What opening a stubbed encoder looks like in PyAV, and writing HEIF with pillow-heif or Pillow.
STUBBED = re.compile(r"""add_stream\(\s*["'](?!libx264["']|aac["'])|libx265|libsvtav1|libaom-av1|"""
                     r"""from_pillow|pillow_heif\.encode|\.save\([^)]*["'](HEIF|HEIC|AVIF)["']""", re.I)


def test_the_app_never_asks_for_a_stubbed_encoder() -> None:
    hits = [f"{p.relative_to(ROOT)}:{n}: {line.strip()}" for p in sorted((ROOT / "anonymizer").rglob("*.py"))
            for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if STUBBED.search(line)]
    assert not hits, "update packaging/stub_libraries.py before using these encoders:\n" + "\n".join(hits)


def test_the_video_encoder_is_x264() -> None:
    text = (ROOT / "anonymizer" / "core" / "video" / "encode.py").read_text(encoding="utf-8")
    assert 'add_stream("libx264"' in text


# The cv2 names the app uses. None reaches BLAS/LAPACK (gemm, solve, invert, SVD, eigen...) or AVIF
# (imread/imwrite of .avif; imdecode only reads back the app's own JPEG, PNG and WebP).
CV2_CHECKED = {"resize", "GaussianBlur", "ellipse", "circle", "line", "imdecode", "INTER_AREA", "INTER_LINEAR",
               "BORDER_REFLECT", "LINE_8", "IMREAD_COLOR", "IMREAD_IGNORE_ORIENTATION"}


def test_the_app_uses_only_cv2_functions_checked_against_the_stubs() -> None:
    used = {m for p in (ROOT / "anonymizer").rglob("*.py")
            for m in re.findall(r"\bcv2\.(\w+)", p.read_text(encoding="utf-8"))}
    assert used, "cv2 is no longer used: packaging/share_ffmpeg.py and stub_libraries.py can go"
    assert used <= CV2_CHECKED, (f"new cv2 names {sorted(used - CV2_CHECKED)}: check in packaging/stub_libraries.py "
                                 "that they call no stubbed library (BLAS/LAPACK, libaom), then add them here")
