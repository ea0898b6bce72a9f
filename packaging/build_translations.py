"""Build step: compile resources/translations/*.ts into .qm beside them (pyside6-lrelease from the wheel).

    python packaging/build_translations.py
"""

from __future__ import annotations

import sys
from pathlib import Path

# This checkout's anonymizer, not an editable install of another checkout that the same venv points at
# (the .ts files compiled are found relative to the imported package).
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from anonymizer.gui.i18n import compile_translations  # noqa: E402


def main() -> int:
    for path in compile_translations():
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
