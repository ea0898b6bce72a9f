"""``python -m anonymizer`` starts the desktop app."""

import sys

from anonymizer.gui.app import main

sys.exit(main())
