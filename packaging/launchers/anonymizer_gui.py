"""PyInstaller entry point of the windowed executable `anonymizer` (see packaging/anonymizer.spec)."""

import sys

from anonymizer.gui.app import main

if __name__ == "__main__":
    sys.exit(main())
