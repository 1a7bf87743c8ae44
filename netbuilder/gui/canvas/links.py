"""Links between nodes, and the layer that draws the still ones in one cached pass.

Antialiased, dashed lines are the costliest thing on the map, so links that are not
moving are "baked": their items paint nothing (they still give tooltips, hit tests and
selection) and one ``LinkLayer`` draws them all, batched by style, into a pixmap cached
at the device's resolution. A link goes "live" (paints itself) while one of its nodes is
dragged or while it is selected; the scene bakes it again afterwards.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPainterPathStroker
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from netbuilder.model import Link, LinkKind

from ..vocab_text import word
from . import style
from .geometry import NODE_RADIUS
from .items import NodeItem

LINK_Z = 5.0
_Flag = QGraphicsItem.GraphicsItemFlag
_Change = QGraphicsItem.GraphicsItemChange


class LinkLayer(QGraphicsItem):
    """Draws every baked link; one cached pixmap, redrawn only when a baked link changes."""

    def __init__(self, bounds: QRectF) -> None:
        super().__init__()
        self.links: set[LinkItem] = set()
        self.live: set[LinkItem] = set()
        self._bounds = bounds
        self.setZValue(LINK_Z - 0.5)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def set_bounds(self, bounds: QRectF) -> None:
        self.prepareGeometryChange()
        self._bounds = bounds

    def bake_all(self) -> None:
        """Hand every live, unselected link back to the layer (after a drag or an edit)."""
        for link in [lk for lk in self.live if not lk.isSelected()]:
            link.set_live(False)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        baked = [lk for lk in self.links if not lk.live and lk.line.length() > 0]
        for kind in LinkKind:
            lines = [lk.line for lk in baked if lk.link.kind is kind]
            if lines:
                painter.setPen(style.link_pen(kind))
                painter.drawLines(lines)
                paint_marks(painter, kind, lines)


def paint_marks(painter: QPainter, kind: LinkKind, lines: Iterable[QLineF]) -> None:
    """Arrowheads at the target end, or the conflict mark half-way."""
    if style.has_arrow(kind):
        painter.setPen(style.arrow_pen(kind))
        filled = kind is LinkKind.ACCESS_SUPPORTED_BY
        painter.setBrush(style.arrow_pen(kind).color() if filled else Qt.BrushStyle.NoBrush)
        head = style.arrow_head(kind)
        for line in lines:
            painter.save()
            painter.translate(line.p2())
            painter.rotate(-line.angle())
            painter.drawPath(head)
            painter.restore()
    elif kind is LinkKind.CONFLICT:
        for line in lines:
            style.paint_conflict_mark(painter, line.center())


class LinkItem(QGraphicsItem):
    """A line between two node items that follows them while they are dragged."""

    def __init__(self, link: Link, source: NodeItem, target: NodeItem, layer: LinkLayer) -> None:
        super().__init__()
        self.link = link
        self.source, self.target = source, target
        self.layer = layer
        self.live = True
        self.line = QLineF()
        self._bounds = QRectF()
        self.setFlags(_Flag.ItemIsSelectable)
        self.setZValue(LINK_Z)
        source.links.append(self)
        target.links.append(self)
        layer.links.add(self)
        self.set_link(link)
        self.set_live(False)

    @property
    def link_id(self) -> str:
        return self.link.id

    def set_link(self, link: Link) -> None:
        self.link = link
        note = f"<br>{html.escape(link.note)}" if link.note else ""
        kind = word(link.kind.value)
        self.setToolTip(
            f"<p>{html.escape(self.source.node.label)} <i>{html.escape(kind)}</i> "
            f"{html.escape(self.target.node.label)}{note}</p>"
        )
        self.adjust()

    def detach(self) -> None:
        """Forget the two nodes and the layer (the link is leaving the scene)."""
        for end in (self.source, self.target):
            if self in end.links:
                end.links.remove(self)
        self.layer.links.discard(self)
        self.layer.live.discard(self)
        self.layer.update()

    def set_live(self, live: bool) -> None:
        """Live: paint itself (moving or selected). Baked: the layer paints it."""
        if live != self.live:
            self.live = live
            self.setFlag(_Flag.ItemHasNoContents, not live)
            (self.layer.live.add if live else self.layer.live.discard)(self)
            self.layer.update()
            self.update()

    def follow(self) -> None:
        """One of the nodes moved: paint live until the scene bakes the link again."""
        self.set_live(True)
        self.adjust()

    def adjust(self) -> None:
        """Run the line between the two nodes' rims."""
        p1, p2 = self.source.pos(), self.target.pos()
        line = QLineF(p1, p2)
        length = line.length()
        gap = NODE_RADIUS + 3
        if length > 2 * gap:
            dx, dy = (p2.x() - p1.x()) / length * gap, (p2.y() - p1.y()) / length * gap
            line = QLineF(p1.x() + dx, p1.y() + dy, p2.x() - dx, p2.y() - dy)
        else:
            line = QLineF(p1, p1)
        self.prepareGeometryChange()
        self.line = line
        pad = 10.0
        self._bounds = QRectF(line.p1(), line.p2()).normalized().adjusted(-pad, -pad, pad, pad)
        if not self.live:
            self.layer.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        path = QPainterPath(self.line.p1())
        path.lineTo(self.line.p2())
        stroker = QPainterPathStroker()
        stroker.setWidth(8.0)
        return stroker.createStroke(path)

    def itemChange(self, change: _Change, value: object) -> object:
        if change == _Change.ItemSelectedHasChanged:
            self.set_live(bool(value))
        return super().itemChange(change, value)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if self.line.length() == 0:
            return
        kind = self.link.kind
        if self.isSelected():
            painter.setPen(style.SELECTION)
            painter.drawLine(self.line)
        painter.setPen(style.link_pen(kind))
        painter.drawLine(self.line)
        paint_marks(painter, kind, [self.line])
