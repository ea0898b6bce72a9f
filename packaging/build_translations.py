"""Build step: compile resources/translations/*.ts into .qm beside them (pyside6-lrelease from the wheel).

    python packaging/build_translations.py
"""

from __future__ import annotations

import sys

from anonymizer.gui.i18n import compile_translations


def main() -> int:
    for path in compile_translations():
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
