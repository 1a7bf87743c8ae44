"""A part of the main window (commands, docks' controllers) that reaches it weakly.

Parts are children of the window, so they live as long as it does; they hold it only
through a weak reference, because a strong one from a child's Python object would keep
a closed (locked) window, and the client data it showed, alive.
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from .window import MainWindow


class WindowPart(QObject):
    """A QObject child of ``window`` with a ``window`` property."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window_ref = weakref.ref(window)

    @property
    def window(self) -> MainWindow:
        window = self._window_ref()
        if window is None:
            raise RuntimeError("the window has been closed")
        return window
