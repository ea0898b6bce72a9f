#!/bin/sh
# Add Anonymizer to this user's application menu (Linux). Run it from the unpacked folder:
#     ./install-desktop-entry.sh            install (or update after moving the folder)
#     ./install-desktop-entry.sh --remove   remove the menu entry again
# Nothing is copied except the menu entry and its icon; the app stays in this folder.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
entry=$data/applications/anonymizer.desktop

if [ "${1:-}" = "--remove" ]; then
  rm -f "$entry" "$data/icons/hicolor/scalable/apps/anonymizer.svg" "$data/icons/hicolor/256x256/apps/anonymizer.png"
  echo "Removed the Anonymizer menu entry."
  exit 0
fi

mkdir -p "$data/applications"
# Exec and Icon point at this folder, quoted for paths with spaces.
sed -e "s|^Exec=.*|Exec=\"$here/anonymizer\" %F|" "$here/anonymizer.desktop" > "$entry.tmp"
if [ -f "$here/anonymizer.svg" ]; then
  mkdir -p "$data/icons/hicolor/scalable/apps"
  cp "$here/anonymizer.svg" "$data/icons/hicolor/scalable/apps/anonymizer.svg"
elif [ -f "$here/anonymizer.png" ]; then
  mkdir -p "$data/icons/hicolor/256x256/apps"
  cp "$here/anonymizer.png" "$data/icons/hicolor/256x256/apps/anonymizer.png"
fi
mv "$entry.tmp" "$entry"
chmod 644 "$entry"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" || true
echo "Anonymizer is now in your application menu (it may take a moment to appear)."
