"""PyInstaller entry point of the console executable `anonymizer-cli` (see packaging/anonymizer.spec)."""

import sys

from anonymizer.cli import main

if __name__ == "__main__":
    sys.exit(main())
