"""PyInstaller entry point of the console executable `anonymizer-cli` (see packaging/anonymizer.spec)."""

import multiprocessing
import sys

if __name__ == "__main__":
    # A worker process of the frozen app starts as this executable: freeze_support runs the worker and
    # never returns, before the app's imports start threads the worker's limits must come before
    # (anonymizer/core/isolation/limits.py).
    multiprocessing.freeze_support()
    from anonymizer.cli import main

    sys.exit(main())
