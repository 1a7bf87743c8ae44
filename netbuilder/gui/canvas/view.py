"""The map view: what the practitioner and the client look at and draw on.

Mouse: drag a node to move it (several selected nodes move together); left-drag on
empty space draws a selection band, Ctrl+click adds to the selection; Shift+drag from
one node to another draws a link (or plain drag while ``link_mode`` is on), Escape
cancels it; double-click empty ring space to add a node there, a node to rename it;
the **plain wheel zooms** round the cursor (as on a paper map, no scrolling needed);
drag with the middle button, or hold Space and drag, to pan. Keys: see ``keys.py``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QHideEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPixmapCache,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsView, QWidget

from netbuilder.gui.document import MapDocument
from netbuilder.gui.presets import BLANK, PRESET_MIME, Preset
from netbuilder.model import LinkKind, NodeKind

from . import edits, geometry, keys
from .gestures import Pan, preset_in
from .items import NodeItem
from .scene import MapScene

ZOOM_STEP, MIN_ZOOM, MAX_ZOOM = 1.25, 0.15, 6.0
PIXMAP_CACHE_KB = 160 * 1024
"""Items cache their drawing as pixmaps at device resolution (see ``items.py``): Qt's
default 10 MB cache would thrash on a big map on a HiDPI screen."""


class MapView(QGraphicsView):
    """Shows one document's map and turns gestures and keys into commands."""

    selection_changed_ids = Signal(list)
    """The selected nodes' ids (map order), for the properties panel and node list."""
    link_selection_changed_ids = Signal(list)
    zoom_changed = Signal(float)

    def __init__(self, doc: MapDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.map_scene = MapScene(doc, self)
        self.setScene(self.map_scene)
        self.link_kind = LinkKind.KNOWS
        self.new_node_kind = NodeKind.PERSON
        self.link_mode = False
        self._pan = Pan(self)
        self._swallow_release = False
        self._auto_fit = True
        self._shown_ids: tuple[list[str], list[str]] = ([], [])
        self._set_up_widget()
        self.map_scene.selectionChanged.connect(self._on_selection_changed)

    def _set_up_widget(self) -> None:
        QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), PIXMAP_CACHE_KB))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setBackgroundBrush(QColor("#FFFFFF"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(True)
        self.setAccessibleName(QCoreApplication.translate("Canvas", "Network map"))
        self.setAccessibleDescription(QCoreApplication.translate(
            "Canvas",
            "The client's network on rings of closeness. Tab and the arrow keys move between "
            "nodes; Ctrl with the arrows moves the selected node; F2 renames; Insert adds."
        ))

    # settings ---------------------------------------------------------------------

    def set_link_kind(self, kind: LinkKind) -> None:
        """The kind of link that drawing a link makes (default "knows")."""
        self.link_kind = LinkKind(kind)

    def set_link_mode(self, on: bool) -> None:
        """Link tool: a plain drag from a node draws a link instead of moving it."""
        self.link_mode = on
        if not on:
            self.map_scene.cancel_link()

    def set_new_node_kind(self, kind: NodeKind) -> None:
        """The kind that double-click and Insert add (default person)."""
        self.new_node_kind = NodeKind(kind)

    # selection -----------------------------------------------------------------

    def selected_node_ids(self) -> list[str]:
        return self.map_scene.selected_node_ids()

    def select_ids(self, ids: list[str]) -> None:
        """Select these nodes (and links); the first node gets the keyboard focus."""
        self.map_scene.select_ids(ids)
        first = next(
            (self.map_scene.node_item(i) for i in ids if self.map_scene.node_item(i)), None
        )
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
            self.ensureVisible(first, 40, 40)

    def select_all(self) -> None:
        self.map_scene.select_ids(n.id for n in self.doc.network.nodes)

    def _on_selection_changed(self) -> None:
        ids = (self.map_scene.selected_node_ids(), self.map_scene.selected_link_ids())
        if ids != self._shown_ids:
            changed_nodes, changed_links = (
                ids[0] != self._shown_ids[0],
                ids[1] != self._shown_ids[1],
            )
            self._shown_ids = ids
            if changed_nodes:
                self.selection_changed_ids.emit(ids[0])
            if changed_links:
                self.link_selection_changed_ids.emit(ids[1])

    def focus_node(self, node_id: str) -> None:
        """Select one node alone and give it the keyboard focus."""
        self.select_ids([node_id])

    def current_node_id(self) -> str | None:
        """The node with the keyboard focus, else the first selected one."""
        item = self.map_scene.focusItem()
        if isinstance(item, NodeItem) and item.node_id in self._node_ids():
            return item.node_id
        selected = self.selected_node_ids()
        return selected[0] if selected else None

    def _targets(self) -> list[str]:
        selected = self.selected_node_ids()
        current = self.current_node_id()
        return selected or ([current] if current else [])

    def _node_ids(self) -> set[str]:
        return {n.id for n in self.doc.network.nodes}

    # edits ------------------------------------------------------------------------

    def add_node(self, kind: NodeKind | None = None, ring: int | None = None) -> str | None:
        """Add a blank node at a free spot (the current node's ring, else the middle
        ring) and start typing its label. Returns the new id."""
        network = self.doc.network
        current = self.current_node_id()
        if ring is None:
            ring = network.node(current).ring if current else (network.rings + 1) // 2
        kind = kind or self.new_node_kind
        angle = geometry.free_angle([n.angle for n in network.nodes if n.ring == ring], ring, kind)
        return self._create(BLANK[kind], ring, angle)

    def add_node_at(self, preset: Preset, scene_pos: QPointF) -> str | None:
        """Add a node where it is dropped (the ring under the point) and name it."""
        ring, angle = geometry.drop_place(scene_pos.x(), scene_pos.y(), self.doc.network.rings)
        return self._create(preset, ring, angle)

    def _create(self, preset: Preset, ring: int, angle: float) -> str | None:
        node = edits.new_node(preset, ring, angle)
        merge_key = f"new:{node.id}"
        if not edits.add_node(self.doc, node, merge_key):
            return None
        self.focus_node(node.id)
        self.map_scene.edit_label(node.id, merge_key)
        return node.id

    def rename_selected(self) -> None:
        current = self.current_node_id()
        if current is not None:
            self.start_rename(current)

    def start_rename(self, node_id: str) -> None:
        item = self.map_scene.node_item(node_id)
        if item is not None:
            self.ensureVisible(item, 80, 60)
            self.map_scene.edit_label(node_id)

    def delete_selected(self) -> bool:
        links = self.map_scene.selected_link_ids()
        return edits.delete(self.doc, self._targets(), links)

    def move_selected_ring(self, step: int) -> bool:
        """Move the selected nodes ``step`` rings out (negative: in, closer)."""
        return edits.change_ring(self.doc, self._targets(), step)

    def turn_selected(self, degrees: float) -> bool:
        """Move the selected nodes round their ring (clockwise when positive)."""
        return edits.turn(self.doc, self._targets(), degrees)

    def auto_arrange(self) -> bool:
        """Spread the nodes so none overlap, keeping ring and order: one undo step."""
        return edits.arrange(self.doc)

    def escape(self) -> None:
        if self.map_scene.drawing_link:
            self.map_scene.cancel_link()
            self._swallow_release = True
        else:
            self.map_scene.clearSelection()

    # zoom -------------------------------------------------------------------------

    def zoom_factor(self) -> float:
        return self.transform().m11()

    def zoom_in(self) -> None:
        self._zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom_by(1 / ZOOM_STEP)

    def fit(self) -> None:
        """Show the whole map (rings and legend), and keep it fitted as the window resizes."""
        self.fitInView(self.map_scene.map_rect(), Qt.AspectRatioMode.KeepAspectRatio)
        self._auto_fit = True
        self.zoom_changed.emit(self.zoom_factor())

    def _zoom_by(self, factor: float) -> None:
        now = self.zoom_factor()
        factor = max(MIN_ZOOM / now, min(MAX_ZOOM / now, factor))
        self.scale(factor, factor)
        self._auto_fit = False
        self.zoom_changed.emit(self.zoom_factor())

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta().y()
        if delta:
            self._zoom_by(ZOOM_STEP ** (delta / 120))
        event.accept()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._auto_fit:
            self.fit()

    def hideEvent(self, event: QHideEvent) -> None:
        self.map_scene.finish_editing()  # closing the window keeps what was typed
        super().hideEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._auto_fit:
            self.fit()

    # rendering --------------------------------------------------------------------

    def render_png(self, path: str | Path, size: QSize | None = None) -> bool:
        """Draw the whole map (not just what is on screen) into a PNG file."""
        image = self.map_scene.render_image(size or QSize(1600, 1100))
        # the stub says bytes, PySide6 6.11 wants str
        return bool(image.save(str(path), "PNG"))  # type: ignore[call-overload]

    # mouse ------------------------------------------------------------------------

    def _node_at(self, pos: QPoint) -> NodeItem | None:
        return next((it for it in self.items(pos) if isinstance(it, NodeItem)), None)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if self._pan.press(event):
            return
        if event.button() == Qt.MouseButton.LeftButton and self._wants_link(event):
            source = self._node_at(pos)
            if source is not None:
                self._swallow_release = False
                self.map_scene.finish_editing()
                self.map_scene.start_link(source.node_id)
                event.accept()
                return
        super().mousePressEvent(event)

    def _wants_link(self, event: QMouseEvent) -> bool:
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        return (shift or self.link_mode) and not self.doc.read_only

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan.active:
            self._pan.move(event.position().toPoint())
        elif self.map_scene.drawing_link:
            self.map_scene.update_link(self.mapToScene(event.position().toPoint()))
        else:
            super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan.active:
            self._pan.release()
        elif self._swallow_release:  # the press started a link that Escape cancelled
            self._swallow_release = False
            event.accept()
        elif self.map_scene.drawing_link:
            target = self._node_at(event.position().toPoint())
            self.map_scene.finish_link(target.node_id if target else None, self.link_kind)
        else:
            super().mouseReleaseEvent(event)
            event.accept()  # the map took the gesture (a rubber band ends on empty space)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self.doc.read_only:
            super().mouseDoubleClickEvent(event)
            return
        pos = event.position().toPoint()
        node = self._node_at(pos)
        scene_pos = self.mapToScene(pos)
        if node is not None:
            self.start_rename(node.node_id)
        elif geometry.to_polar(scene_pos.x(), scene_pos.y())[0] <= geometry.outer_radius(
            self.doc.network.rings
        ):
            self.add_node_at(BLANK[self.new_node_kind], scene_pos)
        event.accept()

    # keys -------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QKeyEvent) and self.map_scene.editor is None:
            if event.type() == QEvent.Type.ShortcutOverride and keys.binding(self, event):
                event.accept()  # the map's own keys win over window shortcuts while it has focus
                return True
            if event.type() == QEvent.Type.KeyPress and self._is_tab(event):
                forward = event.key() == Qt.Key.Key_Tab and not (
                    event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                )
                return keys.tab_step(self, forward) or self.focusNextPrevChild(forward)
        return super().event(event)

    @staticmethod
    def _is_tab(event: QKeyEvent) -> bool:
        no_ctrl = not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        )
        return event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and bool(no_ctrl)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._pan.space_held = True
        action = None if self.map_scene.editor is not None else keys.binding(self, event)
        if action is None:
            super().keyPressEvent(event)
            return
        action()
        event.accept()

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._pan.space_held = False
        super().keyReleaseEvent(event)

    # drops from the palette -------------------------------------------------------

    def _accepts(self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> bool:
        return event.mimeData().hasFormat(PRESET_MIME) and not self.doc.read_only

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._accepts(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if not self._accepts(event):
            event.ignore()
            return
        pos = self.mapToScene(event.position().toPoint())
        radius = geometry.to_polar(pos.x(), pos.y())[0]
        self.map_scene.rings_item.highlight(geometry.ring_at(radius, self.doc.network.rings))
        event.acceptProposedAction()

    def dragLeaveEvent(self, event: QEvent) -> None:
        self.map_scene.rings_item.highlight(None)
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        self.map_scene.rings_item.highlight(None)
        preset = preset_in(event.mimeData()) if self._accepts(event) else None
        if preset is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.add_node_at(preset, self.mapToScene(event.position().toPoint()))
