"""Anonymizer: redact faces and strip identifying metadata from photos and videos, offline."""

__version__ = "0.1.0"
