"""The PySide6 desktop app, over ``anonymizer.core`` only: window, worker adapter, settings, translations."""
