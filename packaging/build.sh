#!/usr/bin/env bash
# Build the standalone Anonymizer folder (no Python needed on the user's machine) and its archive.
#
#   bash packaging/build.sh [--no-archive] [--no-strip]
#
# Result (Linux example):
#   dist/anonymizer/                                   the folder: anonymizer, anonymizer-cli, _internal/
#   dist/anonymizer-0.1.0-linux-x86_64.tar.gz          the archive to publish
#   dist/anonymizer-0.1.0-linux-x86_64.tar.gz.sha256   its SHA-256 (sha256sum format)
#
# Which Python builds it, first match wins:
#   $PYTHON                 an interpreter whose environment already has the app and PyInstaller;
#   $VIRTUAL_ENV            the active virtual environment;
#   build/venv              created here from a clean checkout: pip install -e ".[build]" (the only step that
#                           reaches a package registry; needs Python 3.11+, chosen with $BUILD_PYTHON).
# Other settings: DIST_DIR (default dist), WORK_DIR (default build/pyinstaller), SOURCE_DATE_EPOCH
# (timestamps inside the archive; default: the last commit's time).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

make_archive=1
strip_symbols=1
for arg in "$@"; do
  case "$arg" in
    --no-archive) make_archive=0 ;;
    --no-strip) strip_symbols=0 ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "usage: packaging/build.sh [--no-archive] [--no-strip]" >&2; exit 2 ;;
  esac
done

DIST_DIR=${DIST_DIR:-$ROOT/dist}
WORK_DIR=${WORK_DIR:-$ROOT/build/pyinstaller}
mkdir -p "$DIST_DIR" "$WORK_DIR"
DIST_DIR=$(cd "$DIST_DIR" && pwd)
WORK_DIR=$(cd "$WORK_DIR" && pwd)

case "$(uname -s)" in
  Linux) platform=linux; exe_suffix="" ;;
  Darwin) platform=macos; exe_suffix="" ;;
  MINGW*|MSYS*|CYGWIN*) platform=windows; exe_suffix=".exe" ;;
  *) echo "build.sh: unsupported system $(uname -s)" >&2; exit 1 ;;
esac
case "$(uname -m)" in
  x86_64|amd64|AMD64) arch=x86_64 ;;
  aarch64|arm64) arch=arm64 ;;
  *) arch=$(uname -m) ;;
esac

# ---------------------------------------------------------------------------------- the Python to use
if [ -n "${PYTHON:-}" ]; then
  py=$PYTHON
elif [ -n "${VIRTUAL_ENV:-}" ]; then
  py=$VIRTUAL_ENV/bin/python
  [ -x "$py" ] || py=$VIRTUAL_ENV/Scripts/python.exe
else
  venv=$ROOT/build/venv
  if [ ! -x "$venv/bin/python" ] && [ ! -x "$venv/Scripts/python.exe" ]; then
    base=${BUILD_PYTHON:-python3}
    "$base" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
      || { echo "build.sh: needs Python 3.11+ (set BUILD_PYTHON)" >&2; exit 1; }
    echo "build.sh: creating the build environment in build/venv"
    "$base" -m venv "$venv"
  fi
  py=$venv/bin/python
  [ -x "$py" ] || py=$venv/Scripts/python.exe
  # editable: the build steps (translations) must see this checkout, not a copy in site-packages
  "$py" -m pip install -q --disable-pip-version-check -e ".[build]"
fi
py=$("$py" -c 'import sys; print(sys.executable)')  # absolute: later steps change directory
"$py" -c 'import PyInstaller' 2>/dev/null \
  || { echo "build.sh: PyInstaller is not installed for $py (pip install '.[build]')" >&2; exit 1; }

version=$("$py" - <<'EOF'
import ast, pathlib
tree = ast.parse(pathlib.Path("anonymizer/__init__.py").read_text(encoding="utf-8"))
print(next(ast.literal_eval(n.value) for n in tree.body if isinstance(n, ast.Assign)
           and any(getattr(t, "id", None) == "__version__" for t in n.targets)))
EOF
)
name=anonymizer-$version-$platform-$arch
echo "build.sh: $name with $py"

# ------------------------------------------------------------------------------------ translations
# .ts sources are committed; the .qm the app loads are built (and gitignored).
if [ -f packaging/build_translations.py ]; then
  "$py" packaging/build_translations.py >/dev/null
elif [ -f anonymizer/gui/i18n.py ]; then
  "$py" -m anonymizer.gui.i18n >/dev/null
fi

# --------------------------------------------------------------------------------------- the bundle
start=$(date +%s)
"$py" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$DIST_DIR" --workpath "$WORK_DIR" packaging/anonymizer.spec
bundle=$DIST_DIR/anonymizer

# Linux: OpenCV loads PyAV's FFmpeg instead of its own copy, which goes (about 32 MB less; see the script).
if [ "$platform" = linux ]; then
  echo "build.sh: share FFmpeg: $("$py" packaging/share_ffmpeg.py "$bundle")"
  # and libraries linked but never called (HEVC/AV1 encoders, OpenCV's OpenBLAS and
  # AV1 codec) become stubs (about 98 MB less; see the script).
  echo "build.sh: stub libraries: $("$py" packaging/stub_libraries.py "$bundle")"
fi

# Linux: strip debug symbols, keeping only stripped libraries that still load (about 60 MB less).
if [ "$platform" = linux ] && [ "$strip_symbols" = 1 ]; then
  echo "build.sh: strip: $("$py" packaging/strip_bundle.py "$bundle")"
fi

# Linux: the desktop entry, its icon and the script that installs both for the current user.
if [ "$platform" = linux ]; then
  cp packaging/anonymizer.desktop packaging/install-desktop-entry.sh "$bundle/"
  chmod +x "$bundle/install-desktop-entry.sh"
  cp resources/icons/app.svg "$bundle/anonymizer.svg"
fi
cp LICENSE "$bundle/LICENSE.txt" 2>/dev/null || true
# Beside LICENSE.txt, where a user looks (the spec generated it, also inside _internal/ and the macOS .app).
cp "$bundle/_internal/THIRD-PARTY-NOTICES.txt" "$bundle/THIRD-PARTY-NOTICES.txt"

# Smallest possible check that the result runs at all (the full check is tests/integration/test_frozen_build.py).
"$bundle/anonymizer-cli$exe_suffix" --version
echo "build.sh: bundle built in $(( $(date +%s) - start )) s; size $(du -sh "$bundle" | cut -f1) ($bundle)"

[ "$make_archive" = 1 ] || exit 0

# ---------------------------------------------------------------------------------------- the archive
# Reproducible: sorted names, fixed owner, fixed timestamps, gzip header without a time. Linux and
# macOS: .tar.gz (keeps executable bits and symlinks); Windows: .zip (what Explorer opens).
: "${SOURCE_DATE_EPOCH:=$(git log -1 --format=%ct 2>/dev/null || date +%s)}"
export SOURCE_DATE_EPOCH
packed=$bundle
if [ "$platform" = macos ] && [ -d "$DIST_DIR/Anonymizer.app" ]; then packed=$DIST_DIR/Anonymizer.app; fi
ext=tar.gz
if [ "$platform" = windows ]; then ext=zip; fi
archive=$DIST_DIR/$name.$ext
"$py" - "$packed" "$archive" "$name" <<'EOF'
import gzip, os, sys, tarfile, time, zipfile
src, archive, top = sys.argv[1:4]
mtime = int(os.environ["SOURCE_DATE_EPOCH"])
if src.endswith(".app"):
    top = os.path.basename(src)  # macOS: the archive holds Anonymizer.app itself

def entries():
    yield src, top
    for dirpath, dirnames, filenames in os.walk(src):
        dirnames.sort()
        for entry in sorted(dirnames) + sorted(filenames):
            path = os.path.join(dirpath, entry)
            yield path, os.path.join(top, os.path.relpath(path, src)).replace(os.sep, "/")

def clean(info):
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    info.mtime = mtime
    return info

tmp = archive + ".part"
if archive.endswith(".zip"):
    stamp = time.gmtime(max(mtime, 315532800))[:6]
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as z:
        for path, arcname in entries():
            if os.path.isdir(path):
                continue
            info = zipfile.ZipInfo(arcname, stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = (os.stat(path).st_mode & 0xFFFF) << 16
            with open(path, "rb") as f:
                z.writestr(info, f.read())
else:
    with open(tmp, "wb") as raw, \
            gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=6, mtime=0, filename="") as gz, \
            tarfile.open(fileobj=gz, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for path, arcname in entries():
            tar.add(path, arcname=arcname, recursive=False, filter=clean)
os.replace(tmp, archive)
EOF
(cd "$DIST_DIR" && "$py" - "$name.$ext" <<'EOF'
import hashlib, sys
name = sys.argv[1]
h = hashlib.sha256()
with open(name, "rb") as f:
    for block in iter(lambda: f.read(1 << 20), b""):
        h.update(block)
with open(name + ".sha256", "w", encoding="ascii", newline="\n") as out:
    out.write(f"{h.hexdigest()}  {name}\n")
print(f"{h.hexdigest()}  {name}")
EOF
)
echo "build.sh: $archive ($(du -h "$archive" | cut -f1)) in $(( $(date +%s) - start )) s in all"
