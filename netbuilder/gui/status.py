"""The status bar: whose map, which version, how many nodes, and whether it is saved."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QStatusBar

from netbuilder.model import Client, NetworkMap, NodeKind

from .versions import long_date


def tr(text: str) -> str:
    return QCoreApplication.translate("MapStatus", text)


def _kind_words(kind: NodeKind) -> tuple[str, str]:
    if kind is NodeKind.PERSON:
        return tr("{n} person"), tr("{n} people")
    if kind is NodeKind.PLACE:
        return tr("{n} place"), tr("{n} places")
    return tr("{n} activity"), tr("{n} activities")


_KINDS = (NodeKind.PERSON, NodeKind.PLACE, NodeKind.ACTIVITY)


def node_counts(network: NetworkMap) -> str:
    """'5 people · 6 places · 2 activities'."""
    parts = []
    for kind in _KINDS:
        one, many = _kind_words(kind)
        n = sum(1 for node in network.nodes if node.kind is kind)
        parts.append((one if n == 1 else many).format(n=n))
    return " \u00b7 ".join(parts)


class MapStatus:
    """Permanent labels in the window's status bar."""

    def __init__(self, bar: QStatusBar) -> None:
        self.client = self._label(bar, "statusClient", tr("Client"))
        self.version = self._label(bar, "statusVersion", tr("Version"))
        self.counts = self._label(bar, "statusCounts", tr("Node counts"))
        self.saved = self._label(bar, "statusSaved", tr("Save state"))
        self.show(None, None)

    @staticmethod
    def _label(bar: QStatusBar, name: str, accessible: str) -> QLabel:
        label = QLabel(bar)
        label.setObjectName(name)
        label.setAccessibleName(accessible)
        bar.addPermanentWidget(label)
        return label

    def show(self, client: Client | None, network: NetworkMap | None) -> None:
        if client is None or network is None:
            for label in (self.client, self.version, self.counts, self.saved):
                label.clear()
            self.client.setText(tr("No client open"))
            return
        self.client.setText(client.display_name)
        self.version.setText(tr("{label}, {date}").format(label=network.label,
                                                         date=long_date(network.date)))
        self.counts.setText(node_counts(network))

    def set_saved(self, text: str, problem: bool = False) -> None:
        self.saved.setProperty("role", "error" if problem else "info")
        self.saved.style().unpolish(self.saved)
        self.saved.style().polish(self.saved)
        self.saved.setText(text)
