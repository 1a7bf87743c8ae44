"""Autosave: every committed change reaches the store shortly after, with no Save button.

Changes are gathered for ``DELAY_MS`` (typing a label is one save, not one per
key) and written then; ``flush`` writes at once (before closing, locking, or
opening another client or version). A failed save keeps the map pending,
retries, and says so; no client text goes into a message or a log.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from netbuilder.model import NetworkMap
from netbuilder.store.errors import StoreError

from .document import MapDocument

DELAY_MS = 300
RETRY_MS = 5000


class MapSaver(Protocol):
    def save_map(self, network: NetworkMap) -> object: ...


class Autosaver(QObject):
    """Follows ``doc.map_changed`` and writes the map to the store."""

    saved = Signal()
    failed = Signal(str)
    pending_changed = Signal(bool)

    def __init__(self, doc: MapDocument, store: MapSaver, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._doc, self._store = doc, store
        self._pending: NetworkMap | None = None
        self._paused = 0
        self._timer = QTimer(self, singleShot=True, interval=DELAY_MS)
        self._timer.timeout.connect(self.flush)
        doc.map_changed.connect(self._on_map_changed)

    @property
    def pending(self) -> bool:
        return self._pending is not None

    def pause(self) -> None:
        """Ignore the document's changes (while it loads another map) until ``resume``."""
        self._paused += 1

    def resume(self) -> None:
        self._paused = max(0, self._paused - 1)

    def _on_map_changed(self, _old: NetworkMap, new: NetworkMap) -> None:
        if self._paused or self._doc.read_only:
            return
        self._pending = new
        self.pending_changed.emit(True)
        self._timer.start(DELAY_MS)

    def flush(self) -> bool:
        """Write the pending map now; True when nothing is left unsaved."""
        self._timer.stop()
        network = self._pending
        if network is None:
            return True
        try:
            self._store.save_map(network)
        except Exception as e:  # any failure must reach the person and never lose the map
            self._timer.start(RETRY_MS)
            self.failed.emit(_describe(e))
            return False
        if self._pending is network:
            self._pending = None
            self.pending_changed.emit(False)
        self.saved.emit()
        return True


def tr(text: str) -> str:
    return QCoreApplication.translate("Autosave", text)


def _describe(error: Exception) -> str:
    """A message without client text: store errors are written that way, others are named only."""
    if isinstance(error, StoreError):
        return tr("Not saved: {problem}").format(problem=error)
    if isinstance(error, OSError):
        return tr("Not saved: the disk refused the write ({reason}). Your work is kept and "
                  "saving will be tried again.").format(reason=error.strerror or tr("error"))
    return tr("Not saved: an unexpected {kind}. Your work is kept and saving will be tried "
              "again.").format(kind=type(error).__name__)
