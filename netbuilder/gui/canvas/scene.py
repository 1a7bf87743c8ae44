"""The scene: graphics items that follow the document's map.

The scene holds no map of its own. It keeps one item per node and per link, and on
``doc.map_changed`` it updates only the items whose model value changed (frozen
models compare with ``==``), so a large map stays fast. A drag moves items freely;
on release all moved nodes get their (ring, angle) from where they were dropped, as
one command, and snap onto their ring.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QObject, QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsScene, QGraphicsSceneMouseEvent

from netbuilder.gui.document import MapDocument
from netbuilder.model import Link, LinkKind, NetworkMap, Node

from . import edits
from .background import LegendItem, RingsItem
from .editor import LabelEditor
from .geometry import drop_place, outer_radius, ring_at, to_polar
from .items import NodeItem
from .links import LinkItem, LinkLayer

_DRAFT_PEN = QPen(QColor("#333333"), 1.6, Qt.PenStyle.DashLine)
_MARGIN = 40.0


class MapScene(QGraphicsScene):
    """The map of one document: rings, nodes, links and the legend."""

    def __init__(self, doc: MapDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self._nodes: dict[str, NodeItem] = {}
        self._links: dict[str, LinkItem] = {}
        self._editor: LabelEditor | None = None
        self._spent: list[LabelEditor] = []
        self._draft: tuple[str, QGraphicsLineItem] | None = None
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.rings_item = RingsItem(doc.network.ring_labels)
        self.legend = LegendItem()
        self.link_layer = LinkLayer(self.rings_item.boundingRect())
        for item in (self.rings_item, self.legend, self.link_layer):
            self.addItem(item)
        self._lay_out_background()
        self._sync(doc.network)
        doc.map_changed.connect(self._on_map_changed)
        doc.read_only_changed.connect(self._on_read_only)

    # what is shown ------------------------------------------------------------

    def node_item(self, node_id: str) -> NodeItem | None:
        return self._nodes.get(node_id)

    def link_item(self, link_id: str) -> LinkItem | None:
        return self._links.get(link_id)

    def node_items(self) -> list[NodeItem]:
        return list(self._nodes.values())

    def selected_node_ids(self) -> list[str]:
        """Selected nodes, in the map's order."""
        return [n.id for n in self.doc.network.nodes if self._nodes[n.id].isSelected()]

    def selected_link_ids(self) -> list[str]:
        return [lk.id for lk in self.doc.network.links if self._links[lk.id].isSelected()]

    def select_ids(self, ids: Iterable[str]) -> None:
        """Select exactly these nodes or links (one selectionChanged signal)."""
        wanted = set(ids)
        self.blockSignals(True)
        try:
            for item in (*self._nodes.values(), *self._links.values()):
                item.setSelected(
                    getattr(item, "node_id", None) in wanted
                    or getattr(item, "link_id", None) in wanted
                )
        finally:
            self.blockSignals(False)
        self.selectionChanged.emit()

    def set_client_name(self, name: str) -> None:
        self.rings_item.set_client_name(name or QCoreApplication.translate("Canvas", "Client"))

    def set_sector_guides(self, visible: bool) -> None:
        self.rings_item.set_sectors_visible(visible)

    def set_legend_visible(self, visible: bool) -> None:
        self.legend.setVisible(visible)

    def map_rect(self) -> QRectF:
        """The area worth showing: rings, sector labels and the legend."""
        rect = self.rings_item.sceneBoundingRect()
        if self.legend.isVisible():
            rect = rect.united(self.legend.sceneBoundingRect())
        return rect.adjusted(-_MARGIN / 2, -_MARGIN / 2, _MARGIN / 2, _MARGIN / 2)

    def render_image(self, size: QSize) -> QImage:
        """The whole map drawn into a white image of ``size`` (aspect ratio kept)."""
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor("#FFFFFF"))
        painter = QPainter(image)
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
        )
        self.render(painter, QRectF(image.rect()), self.map_rect())
        painter.end()
        return image

    # following the document ---------------------------------------------------

    def _on_map_changed(self, old: NetworkMap, new: NetworkMap) -> None:
        if old.ring_labels != new.ring_labels:
            self.rings_item.set_rings(new.ring_labels)
            self._lay_out_background()
            for item in self._nodes.values():
                item.set_node(item.node, self._ring_label(item.node.ring, new))
        self._sync(new)

    def _sync(self, network: NetworkMap) -> None:
        new_links = {lk.id: lk for lk in network.links}
        for link_id in [i for i, it in self._links.items() if _link_gone(it, new_links.get(i))]:
            self._remove_link(link_id)
        new_nodes = {n.id for n in network.nodes}
        for node_id in [i for i in self._nodes if i not in new_nodes]:
            self._remove_node(node_id)
        for node in network.nodes:
            item = self._nodes.get(node.id)
            if item is None:
                self._add_node_item(node, network)
            elif item.node is not node and item.node != node:
                self._update_node_item(item, node, network)
        for link in network.links:
            link_item = self._links.get(link.id)
            if link_item is None:
                self._add_link_item(link)
            elif link_item.link is not link and link_item.link != link:
                link_item.set_link(link)
        self.link_layer.bake_all()

    def _ring_label(self, ring: int, network: NetworkMap) -> str:
        return network.ring_labels[ring - 1]

    def _add_node_item(self, node: Node, network: NetworkMap) -> None:
        item = NodeItem(node, self._ring_label(node.ring, network), movable=not self.doc.read_only)
        self._nodes[node.id] = item
        self.addItem(item)

    def _update_node_item(self, item: NodeItem, node: Node, network: NetworkMap) -> None:
        relabelled = node.label != item.node.label
        item.set_node(node, self._ring_label(node.ring, network))
        if relabelled:
            for link in item.links:
                link.set_link(link.link)

    def _remove_node(self, node_id: str) -> None:
        item = self._nodes.pop(node_id)
        if self._editor is not None and self._editor.node_id == node_id:
            self._editor.cancel()
        for link in list(item.links):
            self._remove_link(link.link_id)
        self.removeItem(item)

    def _add_link_item(self, link: Link) -> None:
        item = LinkItem(link, self._nodes[link.source], self._nodes[link.target], self.link_layer)
        self._links[link.id] = item
        self.addItem(item)

    def _remove_link(self, link_id: str) -> None:
        item = self._links.pop(link_id, None)
        if item is not None:
            item.detach()
            self.removeItem(item)

    def _on_read_only(self, read_only: bool) -> None:
        if read_only:
            self.finish_editing()
            self.cancel_link()
        for item in self._nodes.values():
            item.set_movable(not read_only)

    def _lay_out_background(self) -> None:
        outer = outer_radius(self.rings_item.rings)
        self.link_layer.set_bounds(self.rings_item.boundingRect())
        self.legend.setPos(outer + 70, -self.legend.boundingRect().height() / 2)
        self.setSceneRect(self.map_rect().adjusted(-400, -400, 400, 400))

    # dragging nodes -----------------------------------------------------------

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseMoveEvent(event)
        grabber = self.mouseGrabberItem()
        if isinstance(grabber, NodeItem) and event.buttons() & Qt.MouseButton.LeftButton:
            self.rings_item.highlight(
                ring_at(to_polar(grabber.x(), grabber.y())[0], self.rings_item.rings)
            )

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            self.commit_drag()

    def commit_drag(self) -> bool:
        """Turn dragged items into one "Move" command; every moved item snaps to its ring."""
        self.rings_item.highlight(None)
        moved = [it for it in self._nodes.values() if it.pos() != it.model_pos()]
        if not moved:
            return False
        rings = self.doc.network.rings
        places = {it.node_id: drop_place(it.x(), it.y(), rings) for it in moved}
        changed = edits.move_nodes(self.doc, places)
        for item in moved:
            item.sync_pos()
        self.link_layer.bake_all()
        return changed

    # editing a label ----------------------------------------------------------

    @property
    def editor(self) -> LabelEditor | None:
        return self._editor

    def edit_label(self, node_id: str, merge_key: str | None = None) -> LabelEditor | None:
        """Start typing a node's label under the node; Enter keeps it, Escape cancels."""
        item = self._nodes.get(node_id)
        if item is None or self.doc.read_only:
            return None
        self.finish_editing()
        editor = LabelEditor(item, lambda text: self._label_done(editor, text, merge_key))
        self._editor = editor
        self.addItem(editor)
        editor.begin()
        return editor

    def finish_editing(self) -> None:
        if self._editor is not None:
            self._editor.commit()

    def _label_done(self, editor: LabelEditor, text: str | None, merge_key: str | None) -> None:
        by_key = editor.hasFocus()
        if self._editor is editor:
            self._editor = None
        editor.hide()
        self._spent.append(editor)
        QTimer.singleShot(0, self, self._drop_spent_editors)
        if text is not None:
            edits.rename_node(self.doc, editor.node_id, text, merge_key)
        item = self._nodes.get(editor.node_id)
        if by_key and item is not None:
            item.setFocus(Qt.FocusReason.OtherFocusReason)

    def _drop_spent_editors(self) -> None:
        while self._spent:
            self.removeItem(self._spent.pop())

    # drawing a link -----------------------------------------------------------

    @property
    def drawing_link(self) -> bool:
        return self._draft is not None

    def start_link(self, source_id: str) -> None:
        line = QGraphicsLineItem()
        line.setPen(_DRAFT_PEN)
        line.setZValue(50)
        self.addItem(line)
        self._draft = (source_id, line)
        self.update_link(self._nodes[source_id].pos())

    def update_link(self, scene_pos: QPointF) -> None:
        if self._draft is not None:
            source_id, line = self._draft
            line.setLine(
                self._nodes[source_id].x(), self._nodes[source_id].y(), scene_pos.x(), scene_pos.y()
            )

    def finish_link(self, target_id: str | None, kind: LinkKind) -> str | None:
        """Make the link being drawn (None when dropped on no other node)."""
        draft = self._draft
        self.cancel_link()
        if draft is None or target_id is None or target_id == draft[0]:
            return None
        return edits.add_link(self.doc, draft[0], target_id, kind)

    def cancel_link(self) -> None:
        if self._draft is not None:
            self.removeItem(self._draft[1])
            self._draft = None


def _link_gone(item: LinkItem, link: Link | None) -> bool:
    """A link item must go when its link is deleted or joins other nodes now."""
    return link is None or (item.link.source, item.link.target) != (link.source, link.target)
