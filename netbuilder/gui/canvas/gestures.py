"""Small gestures of the map view: panning, and reading a palette drop."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QGraphicsView

from netbuilder.gui.presets import PRESET_MIME, Preset


class Pan:
    """Drag with the middle button, or with the left one while Space is held."""

    def __init__(self, view: QGraphicsView) -> None:
        self._view = view
        self._from: QPoint | None = None
        self.space_held = False

    @property
    def active(self) -> bool:
        return self._from is not None

    def press(self, event: QMouseEvent) -> bool:
        middle = event.button() == Qt.MouseButton.MiddleButton
        space = event.button() == Qt.MouseButton.LeftButton and self.space_held
        if not (middle or space):
            return False
        self._from = event.position().toPoint()
        self._view.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
        event.accept()
        return True

    def move(self, pos: QPoint) -> None:
        if self._from is None:
            return
        delta = pos - self._from
        self._from = pos
        for bar, step in (
            (self._view.horizontalScrollBar(), delta.x()),
            (self._view.verticalScrollBar(), delta.y()),
        ):
            bar.setValue(bar.value() - step)

    def release(self) -> None:
        self._from = None
        self._view.viewport().unsetCursor()


def preset_in(mime: QMimeData) -> Preset | None:
    """The palette preset a drag carries (None when it carries none, or garbage)."""
    if not mime.hasFormat(PRESET_MIME):
        return None
    try:
        return Preset.from_bytes(bytes(mime.data(PRESET_MIME).data()))
    except (ValueError, KeyError, TypeError):
        return None
