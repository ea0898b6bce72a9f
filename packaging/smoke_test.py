"""Smoke-test a built bundle the way a user's first run would use it: no Python, no network needed.

    python packaging/smoke_test.py dist/anonymizer

Runs, from the built folder: ``anonymizer-cli selftest`` (model found and hash checked), ``anonymizer-cli
clean`` on a photo generated here with GPS EXIF (the output must exist and carry no EXIF), and the
window's ``--smoke-test`` with ``QT_QPA_PLATFORM=offscreen``. Exits non-zero on the first failure. The
release workflow runs it on every system; ``tests/integration/test_frozen_build.py`` checks more (network
namespace, strace) where Linux allows it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

EXE = ".exe" if sys.platform == "win32" else ""


def make_photo(path: Path) -> Path:
    """A JPEG with a camera name and GPS in its EXIF: what the clean must remove."""
    import piexif
    from PIL import Image

    exif = piexif.dump({"0th": {piexif.ImageIFD.Make: b"SmokeTestCam"},
                        "GPS": {piexif.GPSIFD.GPSLatitudeRef: b"N", piexif.GPSIFD.GPSLatitude: ((48, 1), (51, 1), (0, 1))}})
    Image.new("RGB", (320, 240), (90, 140, 200)).save(path, "JPEG", exif=exif)
    return path


def run(argv: list[str], **env: str) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(argv, capture_output=True, text=True, timeout=300, env={**os.environ, **env})
    if proc.returncode != 0:
        raise SystemExit(f"smoke test: {' '.join(argv)} exited {proc.returncode}\n{proc.stdout}\n{proc.stderr}")
    return proc


def check_clean(cli: Path, work: Path) -> None:
    src = make_photo(work / "IMG_20240115_183012.jpg")
    out = work / "cleaned"
    line = run([str(cli), "clean", "--json", str(src), "-o", str(out)]).stdout.strip().splitlines()[-1]
    result = json.loads(line)
    output = Path(result["output"] or "")
    if result["status"] != "ok" or not output.is_file():
        raise SystemExit(f"smoke test: clean gave {result}")
    data = output.read_bytes()
    if b"Exif\x00\x00" in data or b"SmokeTestCam" in data:
        raise SystemExit("smoke test: the cleaned photo still carries EXIF")


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    bundle = Path(argv[0]).resolve()
    cli = bundle / f"anonymizer-cli{EXE}"
    if "selftest ok" not in run([str(cli), "selftest"]).stdout:
        raise SystemExit("smoke test: selftest did not say ok")
    with tempfile.TemporaryDirectory() as tmp:
        check_clean(cli, Path(tmp))
    run([str(bundle / f"anonymizer{EXE}"), "--smoke-test"], QT_QPA_PLATFORM="offscreen")
    print(f"smoke test ok: {bundle}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
