#!/usr/bin/env bash
# Set up Anonymizer in ./.venv (idempotent): the app, and with --test the test tools too.
# Needs Python 3.11+ (set PYTHON=/path/to/python3.11 to choose one). Nothing is downloaded at run time:
# this is the only step that reaches a package registry.
set -euo pipefail
cd "$(dirname "$0")/.."

python=${PYTHON:-python3}
extras=""
testing=0
for arg in "$@"; do
  case "$arg" in
    --test) extras="[test,build]"; testing=1 ;;
    *) echo "usage: scripts/setup.sh [--test]" >&2; exit 2 ;;
  esac
done

if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "Anonymizer needs Python 3.11 or newer; found: $("$python" --version 2>&1 || echo none)" >&2
  exit 1
fi

# Qt needs a few system libraries on Linux (most desktops have them). Install what is missing when we
# can do so without asking (root, Debian/Ubuntu); otherwise say what to install.
if [ "$(uname -s)" = "Linux" ] && command -v dpkg-query >/dev/null 2>&1; then
  wanted="libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 libxcb-image0 libwayland-cursor0 libwayland-egl1"
  # The tests also trace system calls (offline proof) and build the standalone bundle (binutils).
  [ "$testing" = 1 ] && wanted="$wanted strace binutils util-linux"
  missing=""
  for pkg in $wanted; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing="$missing $pkg"
  done
  if [ -n "$missing" ]; then
    if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
      echo "Installing system libraries for Qt:$missing"
      (apt-get install -y -qq $missing >/dev/null 2>&1 || { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq $missing >/dev/null; }) \
        || echo "warning: could not install:$missing (the window may not start; tests run offscreen)" >&2
    else
      echo "note: for the window, install:$missing (e.g. sudo apt-get install$missing)" >&2
    fi
  fi
fi

[ -x .venv/bin/python ] || "$python" -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".$extras"
if [ -f packaging/build_translations.py ]; then
  .venv/bin/python packaging/build_translations.py >/dev/null
fi
echo "Anonymizer is set up in .venv"
