"""An accessible list of the map's nodes (kind, label, ring, effect), in step with the canvas."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from netbuilder.model import NetworkMap, Node

from .document import MapDocument
from .fields import vocabulary

NODE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("Kind", "Label", "Ring", "Effect")


def tr(text: str) -> str:
    return QCoreApplication.translate("NodeList", text)


class NodeList(QTreeWidget):
    """One row per node; ``selection_changed_ids`` when the person selects rows."""

    selection_changed_ids = Signal(list)

    def __init__(self, doc: MapDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc = doc
        self.setObjectName("nodeList")
        self.setAccessibleName(tr("Nodes on the map"))
        self.setAccessibleDescription(
            tr("Every person, place and activity: kind, label, ring, effect"))
        self.setColumnCount(len(COLUMNS))
        self.setHeaderLabels([tr("Kind"), tr("Label"), tr("Ring"), tr("Effect")])
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSortingEnabled(True)
        self.sortByColumn(2, Qt.SortOrder.AscendingOrder)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.itemSelectionChanged.connect(self._emit_selection)
        doc.map_changed.connect(self._rebuild)
        self._rebuild(None, doc.network)

    def selected_ids(self) -> list[str]:
        return [str(item.data(0, NODE_ID_ROLE)) for item in self.selectedItems()]

    def select_ids(self, ids: list[str]) -> None:
        """Select rows to match the canvas, without echoing the change back."""
        wanted = set(ids)
        with QSignalBlocker(self):
            self.clearSelection()
            current = None
            for item in self._items():
                if item.data(0, NODE_ID_ROLE) in wanted:
                    item.setSelected(True)
                    current = current or item
            if current is not None:
                self.scrollToItem(current)
        self.viewport().update()

    def _items(self) -> list[QTreeWidgetItem]:
        return [self.topLevelItem(i) for i in range(self.topLevelItemCount())]

    def _rebuild(self, _old: NetworkMap | None, network: NetworkMap) -> None:
        keep = set(self.selected_ids())
        with QSignalBlocker(self):
            self.setSortingEnabled(False)
            self.clear()
            for node in network.nodes:
                item = _node_row(node, network)
                self.addTopLevelItem(item)
                item.setSelected(node.id in keep)
            self.setSortingEnabled(True)
        for column in (0, 2, 3):
            self.resizeColumnToContents(column)

    def _emit_selection(self) -> None:
        self.selection_changed_ids.emit(self.selected_ids())


class _NodeRow(QTreeWidgetItem):
    """Sorts the ring column as a number."""

    def __lt__(self, other: QTreeWidgetItem) -> bool:
        column = self.treeWidget().sortColumn() if self.treeWidget() else 0
        if column == 2:
            return int(self.data(2, Qt.ItemDataRole.UserRole)) < int(
                other.data(2, Qt.ItemDataRole.UserRole))
        return self.text(column).casefold() < other.text(column).casefold()


def _node_row(node: Node, network: NetworkMap) -> QTreeWidgetItem:
    ring_name = network.ring_labels[node.ring - 1]
    item = _NodeRow([vocabulary(node.kind.value), node.label,
                     tr("{ring} \u2013 {name}").format(ring=node.ring, name=ring_name),
                     vocabulary(node.effect.value)])
    item.setData(0, NODE_ID_ROLE, node.id)
    item.setData(2, Qt.ItemDataRole.UserRole, node.ring)
    item.setToolTip(1, node.label)
    return item
