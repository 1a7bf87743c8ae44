"""The graphics item for a node: a person, place or activity on the map.

The item shows a model value (a frozen ``Node``) and never changes it: the scene
hands it a new value after each change of the document.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QFocusEvent, QFontMetricsF, QPainter, QPainterPath, QStaticText
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from netbuilder.model import Node

from ..fields import vocabulary
from ..vocab_text import word
from . import style
from .geometry import NODE_RADIUS, node_xy

if TYPE_CHECKING:
    from .links import LinkItem

LABEL_WIDTH = 112.0
LABEL_PX = 12
LABEL_TOP = NODE_RADIUS + 4.0
NODE_Z = 10.0
_Flag = QGraphicsItem.GraphicsItemFlag


class NodeItem(QGraphicsItem):
    """A person, place or activity: shape, effect badge, role badges and label."""

    _BOUNDS = QRectF(-LABEL_WIDTH / 2 - 4, -NODE_RADIUS - 8, LABEL_WIDTH + 8, NODE_RADIUS * 2 + 30)

    def __init__(self, node: Node, ring_label: str, movable: bool = True) -> None:
        super().__init__()
        self.node = node
        self.links: list[LinkItem] = []  # kept by the scene: links that follow this node
        self._label = QStaticText()
        self._label_rect = QRectF()
        self._shape: QPainterPath | None = None
        self.setFlags(
            _Flag.ItemIsSelectable | _Flag.ItemIsFocusable | _Flag.ItemSendsGeometryChanges
        )
        self.set_movable(movable)
        self.setZValue(NODE_Z)
        self.setAcceptHoverEvents(False)
        # A pixmap per item at the device's resolution (zoom and HiDPI ratio included),
        # redrawn when the zoom or the item changes: crisp, and a repaint becomes a blit.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.set_node(node, ring_label)

    @property
    def node_id(self) -> str:
        return self.node.id

    def set_node(self, node: Node, ring_label: str) -> None:
        """Show a new value of the node (after an edit, undo or redo)."""
        if node.label != self.node.label or self._label.text() == "":
            self._lay_out_label(node.label)
        if node.label != self.node.label or node.kind != self.node.kind:
            self._shape = None
        self.node = node
        self.setToolTip(tooltip(node, ring_label))
        self.sync_pos()
        self.update()

    def set_movable(self, movable: bool) -> None:
        self.setFlag(_Flag.ItemIsMovable, movable)

    def model_pos(self) -> QPointF:
        return QPointF(*node_xy(self.node.ring, self.node.angle))

    def sync_pos(self) -> None:
        """Put the item back where the model says (snaps after a drop)."""
        pos = self.model_pos()
        if pos != self.pos():
            self.setPos(pos)

    def _lay_out_label(self, text: str) -> None:
        metrics = QFontMetricsF(style.font(LABEL_PX))
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, LABEL_WIDTH)
        self._label = QStaticText(shown)
        self._label.setTextFormat(Qt.TextFormat.PlainText)
        self._label.prepare(font=style.font(LABEL_PX))
        size = self._label.size()
        self._label_rect = QRectF(
            -size.width() / 2 - 3, LABEL_TOP, size.width() + 6, size.height() + 2
        )

    # QGraphicsItem -------------------------------------------------------------

    def boundingRect(self) -> QRectF:
        return self._BOUNDS

    def shape(self) -> QPainterPath:
        """What a click or a selection band hits: the shape and the label."""
        if self._shape is None:
            self._shape = QPainterPath(style.node_path(self.node.kind))
            self._shape.addRect(self._label_rect)
        return self._shape

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()  # the focus frame is part of the cached drawing
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        node = self.node
        if self.isSelected():
            painter.setPen(style.SELECTION)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(style.node_path(node.kind, NODE_RADIUS + 3))
        style.paint_node_shape(painter, node.kind, node.is_practitioner)
        style.paint_effect_badge(painter, node.effect)
        self._paint_roles(painter)
        self._paint_label(painter)
        if self.hasFocus():
            painter.setPen(style.FOCUS)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self._focus_rect())

    def _paint_roles(self, painter: QPainter) -> None:
        w, h = style.ROLE_SIZE
        for i, role in enumerate(self.node.roles):
            column, row = divmod(i, 3)
            top_left = QPointF(
                -NODE_RADIUS - 3 - w - column * (w + 2), -NODE_RADIUS + row * (h + 1)
            )
            badge = tr(style.ROLE_BADGE[role])  # i18n: marked in style
            style.paint_role_badge(painter, badge, top_left)

    def _paint_label(self, painter: QPainter) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.LABEL_BACK)
        painter.drawRoundedRect(self._label_rect, 3.0, 3.0)
        painter.setPen(style.INK)
        painter.setFont(style.font(LABEL_PX))
        painter.drawStaticText(QPointF(self._label_rect.x() + 3, LABEL_TOP + 1), self._label)

    def _focus_rect(self) -> QRectF:
        r = NODE_RADIUS + 6
        return QRectF(-r, -r, 2 * r, 2 * r).united(self._label_rect.adjusted(-2, -1, 2, 2))

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: Any) -> Any:
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            for link in self.links:
                link.follow()
        return super().itemChange(change, value)


def tr(text: str) -> str:
    return QCoreApplication.translate("Canvas", text)


def tooltip(node: Node, ring_label: str) -> str:
    """The node's full details as escaped rich text (user text never becomes markup)."""
    e = html.escape
    lines = [f"<b>{e(node.label)}</b>",
             e(tr("{kind} \u00b7 {category}").format(kind=vocabulary(node.kind.value),
                                                   category=word(node.category)))]
    if node.profession is not None:
        lines.append(e(tr("Profession: {profession}").format(
            profession=word(node.profession.value))))
    if node.roles:
        lines.append(e(tr("Roles: {roles}").format(
            roles=", ".join(word(r.value) for r in node.roles))))
    lines.append(e(tr("Ring {ring} ({name}) \u00b7 effect: {effect}").format(
        ring=node.ring, name=ring_label, effect=word(node.effect.value))))
    lines += _tooltip_details(node)
    return "<p style='white-space:pre-wrap'>" + "<br>".join(lines) + "</p>"


def _tooltip_details(node: Node) -> list[str]:
    e, lines = html.escape, []
    if node.frequency is not None:
        lines.append(e(tr("How often: {value}").format(value=word(node.frequency.value))))
    if node.share_of_week is not None:
        lines.append(e(tr("Share of the week: {share}%").format(share=node.share_of_week)))
    if node.wants is not None:
        lines.append(e(tr("Wants: {value}").format(value=word(node.wants.value))))
    if node.notes:
        lines.append(e(tr("Notes: {notes}").format(notes=node.notes)))
    return lines
