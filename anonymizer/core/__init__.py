"""The whole job without any GUI: probe, decode, detect, redact, strip, verify, write.

Nothing in this package imports Qt (a test and an import-linter contract keep it so). Heavy
libraries (onnxruntime, av) are imported on first use so that front ends start fast.
"""
