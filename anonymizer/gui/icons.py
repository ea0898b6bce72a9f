"""The icon set: small SVGs in resources/icons, drawn for this app (crisp at any HiDPI scale)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from anonymizer.core.resources import resource_path


@cache
def icon(name: str) -> QIcon:
    if not name:
        return QIcon()
    path = resource_path("icons", f"{name}.svg")
    return QIcon(str(path)) if path.exists() else QIcon()
