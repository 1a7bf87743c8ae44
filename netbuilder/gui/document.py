"""The document: one client's map version, its undo stack, and change signals.

Every user action becomes one ``MapCommand`` holding the map before and after
(maps are immutable values built by ``model.ops``, so the two share most of
their parts). The scene, panels and autosave all follow ``map_changed``;
nothing else writes the map.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from netbuilder.model import ModelError, NetworkMap

_MERGE_ID = 0x4E42  # any constant: all mergeable map commands share one id


class MapCommand(QUndoCommand):
    """Replace the document's map with ``after``; undo puts ``before`` back."""

    def __init__(
        self,
        doc: MapDocument,
        text: str,
        before: NetworkMap,
        after: NetworkMap,
        merge_key: str | None = None,
    ) -> None:
        super().__init__(text)
        self._doc, self.before, self.after, self.merge_key = doc, before, after, merge_key

    def redo(self) -> None:
        self._doc._set_network(self.after)

    def undo(self) -> None:
        self._doc._set_network(self.before)

    def id(self) -> int:
        return _MERGE_ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, MapCommand) or other.merge_key != self.merge_key:
            return False
        self.after = other.after
        return True


class MapDocument(QObject):
    """Wraps one ``NetworkMap``; emits ``map_changed(old, new)`` on every change."""

    map_changed = Signal(object, object)
    read_only_changed = Signal(bool)

    def __init__(
        self, network: NetworkMap, read_only: bool = False, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._network = network
        self._read_only = read_only
        self.undo_stack = QUndoStack(self)

    @property
    def network(self) -> NetworkMap:
        return self._network

    @property
    def read_only(self) -> bool:
        return self._read_only

    def set_read_only(self, value: bool) -> None:
        if value != self._read_only:
            self._read_only = value
            self.read_only_changed.emit(value)

    def apply(
        self, text: str, edit: Callable[[NetworkMap], NetworkMap], merge_key: str | None = None
    ) -> bool:
        """Run a pure edit on the map as one undoable command.

        Returns False (and changes nothing) when the document is read-only or
        the edit leaves the map as it was. ``ModelError`` propagates to the caller.
        """
        if self._read_only:
            return False
        after = edit(self._network)
        if after == self._network:
            return False
        self.undo_stack.push(MapCommand(self, text, self._network, after, merge_key))
        return True

    def replace(self, network: NetworkMap, read_only: bool = False) -> None:
        """Show another map (another client or version): clears the undo history."""
        self.undo_stack.clear()
        self.set_read_only(read_only)
        self._set_network(network)

    def _set_network(self, network: NetworkMap) -> None:
        old, self._network = self._network, network
        self.map_changed.emit(old, network)


__all__ = ["MapCommand", "MapDocument", "ModelError"]
