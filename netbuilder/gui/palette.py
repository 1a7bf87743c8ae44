"""The palette: the three kinds and their presets, dragged onto the map or double-clicked."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QMimeData, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from netbuilder.model import NetworkMap, NodeKind

from .canvas.geometry import free_angle
from .presets import BLANK, PRESET_MIME, PRESETS, Preset

PRESET_ROLE = Qt.ItemDataRole.UserRole + 1


def tr(text: str) -> str:
    return QCoreApplication.translate("Palette", text)


def _group_title(kind: NodeKind) -> str:
    return {NodeKind.PERSON: tr("People"), NodeKind.PLACE: tr("Places"),
            NodeKind.ACTIVITY: tr("Activities")}[kind]


def _blank_text(kind: NodeKind) -> str:
    return {NodeKind.PERSON: tr("New person (blank)"), NodeKind.PLACE: tr("New place (blank)"),
            NodeKind.ACTIVITY: tr("New activity (blank)")}[kind]


def _tip(kind: NodeKind) -> str:
    return {NodeKind.PERSON: tr("Drag onto the map, or double-click to add a person"),
            NodeKind.PLACE: tr("Drag onto the map, or double-click to add a place"),
            NodeKind.ACTIVITY: tr("Drag onto the map, or double-click to add an activity")}[kind]


class Palette(QTreeWidget):
    """Drag a preset onto the map; double-click or Enter adds it at a free spot."""

    add_requested = Signal(object)  # a Preset

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("palette")
        self.setAccessibleName(tr("Palette: people, places and activities to add"))
        self.setHeaderHidden(True)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._presets: list[Preset] = []
        for kind in NodeKind:
            self._add_group(kind)
        self.expandAll()
        self.itemActivated.connect(self._activated)

    def _add_group(self, kind: NodeKind) -> None:
        group = QTreeWidgetItem(self, [_group_title(kind)])
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = group.font(0)
        font.setBold(True)
        group.setFont(0, font)
        blank = BLANK[kind]
        self._add_preset(group, blank, _blank_text(kind))
        for preset in PRESETS:
            if preset.kind is kind:
                self._add_preset(group, preset, preset.shown_label())

    def _add_preset(self, group: QTreeWidgetItem, preset: Preset, text: str) -> None:
        item = QTreeWidgetItem(group, [text])
        item.setData(0, PRESET_ROLE, len(self._presets))
        item.setToolTip(0, _tip(preset.kind))
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                      | Qt.ItemFlag.ItemIsDragEnabled)
        self._presets.append(preset)

    def preset_of(self, item: QTreeWidgetItem | None) -> Preset | None:
        index = item.data(0, PRESET_ROLE) if item is not None else None
        return self._presets[index] if isinstance(index, int) else None

    def item_for(self, label: str) -> QTreeWidgetItem | None:
        """The palette entry whose text is ``label`` (tests and keyboard users)."""
        found = self.findItems(label, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
        return found[0] if found else None

    def startDrag(self, _actions: Qt.DropAction) -> None:
        """Drag a copy: a drop (even with Shift held) never takes the entry out of the palette."""
        super().startDrag(Qt.DropAction.CopyAction)

    def mimeTypes(self) -> list[str]:
        return [PRESET_MIME]

    def mimeData(self, items: Sequence[QTreeWidgetItem]) -> QMimeData:
        data = QMimeData()
        preset = self.preset_of(items[0]) if items else None
        if preset is not None:
            data.setData(PRESET_MIME, preset.to_bytes())
            data.setText(preset.shown_label())
        return data

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        preset = self.preset_of(item)
        if preset is not None:
            self.add_requested.emit(preset)


def free_place(network: NetworkMap, kind: NodeKind) -> tuple[int, float]:
    """A ring and an angle for a new node: the middle ring, a clear spot in the kind's sector."""
    ring = (network.rings + 1) // 2
    taken = [n.angle for n in network.nodes if n.ring == ring]
    return ring, free_angle(taken, ring, kind)
