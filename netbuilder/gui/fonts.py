"""The fonts the canvas draws with, registered from ``resources/fonts``.

Offscreen and minimal systems may have no fonts at all (Qt then draws empty boxes
silently), so the app ships DejaVu Sans and registers it once a QGuiApplication exists.
"""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from netbuilder.resources import resource_path

FAMILY = "DejaVu Sans"
_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
_registered: list[str] = []


def ensure_fonts() -> str:
    """Register the shipped fonts (once) and return the family to draw with."""
    if not _registered:
        for name in _FILES:
            font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
            if font_id < 0:
                raise RuntimeError(f"Qt could not load the font resources/fonts/{name}")
            _registered.extend(QFontDatabase.applicationFontFamilies(font_id))
    return FAMILY if FAMILY in _registered else _registered[0]
