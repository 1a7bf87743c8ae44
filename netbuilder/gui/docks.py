"""What the docks that build their panel on first show share when they are installed."""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .window import MainWindow


def client_is_open(window: MainWindow) -> Callable[[], bool]:
    """Whether the window shows a client, asked without keeping the window alive: the
    panels that ask live as long as the window, and a cycle would outlive its deletion."""
    ref = weakref.ref(window)

    def is_open() -> bool:
        shown = ref()
        return shown is not None and shown.client is not None

    return is_open


__all__ = ["client_is_open"]
