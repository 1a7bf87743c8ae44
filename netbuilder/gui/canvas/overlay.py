"""What changed between two versions, drawn over the later version's map (read-only marks).

The scene shows the later map as usual; ``ChangeOverlay`` adds marks on top: an arrow
from where a moved node used to sit (its old ring and angle) to where it sits now, a
"new" tag on an added node, a faint ghost of a removed node where it was, and a
"was ..." tag on a node whose effect changed. The marks take no mouse clicks and are
never selected, so the map under them behaves as it always does. Every mark knows its
``node_id`` so the comparison can highlight the marks of one change.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Literal

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QStyleOptionGraphicsItem, QWidget

from netbuilder.analysis.comparison import MapComparison
from netbuilder.gui.compare_changes import effect_word
from netbuilder.model import NetworkMap, Node

from . import style
from .geometry import NODE_RADIUS, node_xy
from .items import LABEL_PX, LABEL_TOP, LABEL_WIDTH, NODE_Z

translate = QCoreApplication.translate

MarkKind = Literal["moved", "added", "removed", "effect"]

CHANGE = QColor("#882255")
"""The colour of every change mark (wine: unlike any node, effect or link colour)."""
_HALO = QPen(QColor(255, 255, 255, 235), 9.0)
_HIGHLIGHT = QPen(QColor(240, 228, 66, 230), 16.0)
_SPOT = QBrush(QColor(240, 228, 66, 170))
_ARROW_WIDTH = 3.5
_HEAD_LENGTH, _HEAD_HALF_WIDTH = 17.0, 8.5
_TAG_PX = 11
_TAG_HEIGHT = 17.0
_TAG_GAP = 3.0
_FIRST_TAG_BOTTOM = -NODE_RADIUS - 8.0  # clear of the effect and role badges
ARROW_Z, GHOST_Z, TAG_Z = NODE_Z - 1.0, NODE_Z - 1.5, NODE_Z + 2.0
SPOT_Z = NODE_Z - 2.0  # behind nodes, ghosts and arrows; in front of the rings and links
_Flag = QGraphicsItem.GraphicsItemFlag


def _round_cap(pen: QPen) -> QPen:
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


class ChangeMark(QGraphicsItem):
    """A read-only mark about one node; ``highlighted`` while its change is picked."""

    def __init__(self, kind: MarkKind, node_id: str, tip: str) -> None:
        super().__init__()
        self.kind: MarkKind = kind
        self.node_id = node_id
        self.highlighted = False
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setFlag(_Flag.ItemIsSelectable, False)
        self.setFlag(_Flag.ItemIsMovable, False)
        self.setFlag(_Flag.ItemIsFocusable, False)
        self.setToolTip(tip)

    def set_highlighted(self, on: bool) -> None:
        if on != self.highlighted:
            self.highlighted = on
            self.update()


class MoveArrow(ChangeMark):
    """A moved node: its old place outlined, and an arrow from there to its new place."""

    def __init__(self, node: Node, old: QPointF, new: QPointF, tip: str) -> None:
        super().__init__("moved", node.id, tip)
        self.old, self.new, self.node_kind = QPointF(old), QPointF(new), node.kind
        self.setZValue(ARROW_Z)
        line = QLineF(old, new)
        length = line.length()
        unit = QPointF(line.dx() / length, line.dy() / length) if length else QPointF(0, 0)
        self.start = old + unit * (NODE_RADIUS + 4.0)
        self.tip = new - unit * (NODE_RADIUS + 6.0)
        self.head = _arrow_head(self.start, self.tip)
        self.shaft = QLineF(self.start, self.tip - unit * (_HEAD_LENGTH * 0.8))
        self._bounds = QRectF(old, new).normalized().adjusted(-40, -40, 40, 40)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        outline = style.node_path(self.node_kind, NODE_RADIUS).translated(self.old)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if self.highlighted:
            painter.setPen(_round_cap(QPen(_HIGHLIGHT)))
            painter.drawLine(self.shaft)
            painter.drawPath(self.head)
        painter.setPen(_round_cap(QPen(_HALO)))
        painter.drawLine(self.shaft)
        painter.drawPath(outline)
        painter.setBrush(_HALO.color())
        painter.drawPath(self.head)
        painter.setPen(QPen(CHANGE, 2.0, Qt.PenStyle.DashLine))
        painter.setBrush(QBrush(QColor(255, 255, 255, 150)))
        painter.drawPath(outline)
        painter.setPen(_round_cap(QPen(CHANGE, _ARROW_WIDTH)))
        painter.drawLine(self.shaft)
        painter.setPen(QPen(CHANGE, 1.0))
        painter.setBrush(CHANGE)
        painter.drawPath(self.head)


def _arrow_head(start: QPointF, tip: QPointF) -> QPainterPath:
    angle = math.atan2(tip.y() - start.y(), tip.x() - start.x())
    back = QPointF(math.cos(angle), math.sin(angle)) * _HEAD_LENGTH
    side = QPointF(-math.sin(angle), math.cos(angle)) * _HEAD_HALF_WIDTH
    path = QPainterPath(tip)
    path.lineTo(tip - back + side)
    path.lineTo(tip - back * 0.8)
    path.lineTo(tip - back - side)
    path.closeSubpath()
    return path


class ChangeTag(ChangeMark):
    """A small label over a node: "new", or "was negative" for an effect change."""

    def __init__(self, kind: MarkKind, node: Node, text: str, slot: int, tip: str) -> None:
        super().__init__(kind, node.id, tip)
        self.text = text
        self.setZValue(TAG_Z)
        self.setPos(QPointF(*node_xy(node.ring, node.angle)))
        size = style.static_text(text, _TAG_PX, True).size()
        width = size.width() + 12.0
        bottom = _FIRST_TAG_BOTTOM - slot * (_TAG_HEIGHT + _TAG_GAP)
        self.rect = QRectF(-width / 2, bottom - _TAG_HEIGHT, width, _TAG_HEIGHT)
        self._text_at = QPointF(-size.width() / 2, self.rect.center().y() - size.height() / 2)

    def boundingRect(self) -> QRectF:
        return self.rect.adjusted(-8, -8, 8, 8)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if self.highlighted:
            painter.setPen(_round_cap(QPen(_HIGHLIGHT.color(), 8.0)))
            painter.setBrush(_HIGHLIGHT.color())
            painter.drawRoundedRect(self.rect, 8.0, 8.0)
        painter.setPen(QPen(QColor("#FFFFFF"), 1.5))
        painter.setBrush(CHANGE)
        painter.drawRoundedRect(self.rect, 8.0, 8.0)
        painter.setPen(QColor("#FFFFFF"))
        style.draw_text(painter, self._text_at, self.text, _TAG_PX, True)


class GhostNode(ChangeMark):
    """A node that is no longer on the map, drawn faintly where it was, with a tag."""

    def __init__(self, node: Node, tag: str, tip: str) -> None:
        super().__init__("removed", node.id, tip)
        self.node = node
        self.tag = tag
        self.setZValue(GHOST_Z)
        self.setPos(QPointF(*node_xy(node.ring, node.angle)))
        metrics = QFontMetricsF(style.font(LABEL_PX))
        self.label = metrics.elidedText(node.label, Qt.TextElideMode.ElideRight, LABEL_WIDTH)
        width = metrics.horizontalAdvance(self.label)
        self.label_rect = QRectF(-width / 2 - 3, LABEL_TOP, width + 6, metrics.height() + 2)
        tag_size = style.static_text(tag, _TAG_PX - 1, True).size()
        tag_width = tag_size.width() + 10.0
        self.tag_rect = QRectF(-tag_width / 2, _FIRST_TAG_BOTTOM - _TAG_HEIGHT + 2,
                               tag_width, _TAG_HEIGHT - 2)
        self._tag_at = QPointF(-tag_size.width() / 2,
                               self.tag_rect.center().y() - tag_size.height() / 2)

    def boundingRect(self) -> QRectF:
        return QRectF(-LABEL_WIDTH / 2 - 12, _FIRST_TAG_BOTTOM - _TAG_HEIGHT - 12,
                      LABEL_WIDTH + 24, -_FIRST_TAG_BOTTOM + _TAG_HEIGHT + LABEL_TOP + 40)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        path = style.node_path(self.node.kind, NODE_RADIUS)
        if self.highlighted:
            painter.setPen(_round_cap(QPen(_HIGHLIGHT.color(), 10.0)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        painter.save()
        painter.setOpacity(0.4)
        fill = QColor(style.KIND_FILL[self.node.kind])
        painter.setPen(QPen(style.GREY, 1.5, Qt.PenStyle.DashLine))
        painter.setBrush(fill)
        painter.drawPath(path)
        painter.restore()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.LABEL_BACK)
        painter.drawRoundedRect(self.label_rect, 3.0, 3.0)
        painter.setPen(style.GREY)
        painter.setFont(style.font(LABEL_PX))
        painter.drawText(self.label_rect, Qt.AlignmentFlag.AlignCenter, self.label)
        painter.setPen(QPen(CHANGE, 1.2))
        painter.setBrush(QColor("#FFFFFF"))
        painter.drawRoundedRect(self.tag_rect, 7.0, 7.0)
        painter.setPen(CHANGE)
        style.draw_text(painter, self._tag_at, self.tag, _TAG_PX - 1, True)


class Spotlight(QGraphicsItem):
    """A bright disc behind a node (or where a removed node was): "this one"."""

    RADIUS = NODE_RADIUS + 15.0

    def __init__(self, at: QPointF) -> None:
        super().__init__()
        self.setPos(at)
        self.setZValue(SPOT_Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def boundingRect(self) -> QRectF:
        r = self.RADIUS + 2.0
        return QRectF(-r, -r, 2 * r, 2 * r)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setPen(QPen(style.INK, 2.0))
        painter.setBrush(_SPOT)
        painter.drawEllipse(QPointF(0, 0), self.RADIUS, self.RADIUS)


class Spotlights:
    """The spotlights in one scene; ``show`` replaces them."""

    def __init__(self, scene: QGraphicsScene) -> None:
        self.scene = scene
        self.items: list[Spotlight] = []

    def show(self, places: Iterable[tuple[int, float]]) -> None:
        """Spotlight these (ring, angle) places."""
        self.clear()
        for ring, angle in places:
            item = Spotlight(QPointF(*node_xy(ring, angle)))
            self.scene.addItem(item)
            self.items.append(item)

    def clear(self) -> None:
        for item in self.items:
            self.scene.removeItem(item)
        self.items = []


class ChangeOverlay:
    """The change marks in one scene; ``show`` replaces them, ``clear`` takes them away."""

    def __init__(self, scene: QGraphicsScene) -> None:
        self.scene = scene
        self.marks: list[ChangeMark] = []
        self._visible = True

    def show(self, before: NetworkMap, after: NetworkMap, cmp: MapComparison) -> None:
        """Mark what changed from ``before`` to ``after`` over ``after``'s map."""
        self.clear()
        slots: dict[str, int] = {}

        def next_slot(node_id: str) -> int:
            slots[node_id] = slots.get(node_id, -1) + 1
            return slots[node_id]

        for ref in cmp.added:
            node = after.node(ref.id)
            self._add(ChangeTag("added", node, translate("Compare", "new"), next_slot(node.id),
                                translate("Compare", "New: {label}").format(label=node.label)))
        for move in cmp.moved:
            old, new = before.node(move.id), after.node(move.id)
            tip = (translate("Compare", "{label} moved closer") if move.direction == "inwards"
                   else translate("Compare", "{label} moved further away"))
            self._add(MoveArrow(new, QPointF(*node_xy(old.ring, old.angle)),
                                QPointF(*node_xy(new.ring, new.angle)),
                                tip.format(label=new.label)))
        for change in cmp.effect_changed:
            node = after.node(change.id)
            was = translate("Compare", "was {effect}").format(
                effect=effect_word(change.from_effect))
            tip = translate("Compare", "{label}: {before} \u2192 {after}").format(
                label=node.label, before=effect_word(change.from_effect),
                after=effect_word(change.to_effect))
            self._add(ChangeTag("effect", node, was, next_slot(node.id), tip))
        for ref in cmp.removed:
            node = before.node(ref.id)
            self._add(GhostNode(node, translate("Compare", "removed"),
                                translate("Compare", "No longer on the map: {label}").format(
                                    label=node.label)))

    def _add(self, mark: ChangeMark) -> None:
        mark.setVisible(self._visible)
        self.scene.addItem(mark)
        self.marks.append(mark)

    def clear(self) -> None:
        for mark in self.marks:
            self.scene.removeItem(mark)
        self.marks = []

    def set_visible(self, visible: bool) -> None:
        self._visible = visible
        for mark in self.marks:
            mark.setVisible(visible)

    def marks_of(self, kind: MarkKind) -> list[ChangeMark]:
        return [m for m in self.marks if m.kind == kind]

    def highlight(self, node_ids: Iterable[str]) -> None:
        """Highlight the marks of these nodes (and no others)."""
        wanted = set(node_ids)
        for mark in self.marks:
            mark.set_highlighted(mark.node_id in wanted)


__all__ = [
    "CHANGE",
    "ChangeMark",
    "ChangeOverlay",
    "ChangeTag",
    "GhostNode",
    "MarkKind",
    "MoveArrow",
    "Spotlight",
    "Spotlights",
]
