"""The map's background (client disc, rings, sector guides) and its legend."""

from __future__ import annotations

import math

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from netbuilder.model import Effect, LinkKind, NodeKind, Role

from ..fields import vocabulary
from ..vocab_text import word
from . import style
from .geometry import (
    CLIENT_RADIUS,
    SECTORS,
    outer_radius,
    ring_inner_radius,
    ring_outer_radius,
    to_xy,
)

_BAND_TINTS = ("#E3EBF3", "#EBF1F6", "#F2F6F9", "#F7F9FB")
_RING_PEN = QPen(QColor("#A9B6C2"), 1.2)
_GUIDE_PEN = QPen(QColor("#B8C4CF"), 1.0, Qt.PenStyle.DashLine)
_HIGHLIGHT = QBrush(QColor(240, 228, 66, 90))
_CLIENT_BRUSH = QBrush(QColor("#FFF1CC"))
_CLIENT_PEN = QPen(QColor("#9C7A2E"), 1.5)
_SECTOR_LABEL_GAP = 18.0


def tr(text: str) -> str:
    return QCoreApplication.translate("Canvas", text)


_SECTOR_LABELS = (  # geometry.SECTORS's labels (geometry stays free of Qt)
    QT_TRANSLATE_NOOP("Canvas", "People"),
    QT_TRANSLATE_NOOP("Canvas", "Activities"),
    QT_TRANSLATE_NOOP("Canvas", "Places"),
)


class RingsItem(QGraphicsItem):
    """Concentric rings of closeness with their labels, the client at the centre."""

    def __init__(self, ring_labels: tuple[str, ...], client_name: str = "") -> None:
        super().__init__()
        self.ring_labels = ring_labels
        self.client_name = client_name or tr("Client")
        self.show_sectors = True
        self.highlighted: int | None = None
        self.setZValue(-10)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self._bounds = QRectF()
        self.set_rings(ring_labels)

    @property
    def rings(self) -> int:
        return len(self.ring_labels)

    def set_rings(self, ring_labels: tuple[str, ...]) -> None:
        self.prepareGeometryChange()
        self.ring_labels = ring_labels
        r = outer_radius(self.rings) + _SECTOR_LABEL_GAP + 24
        self._bounds = QRectF(-r - 60, -r, 2 * r + 120, 2 * r)
        self.update()

    def set_client_name(self, name: str) -> None:
        self.client_name = name
        self.update()

    def set_sectors_visible(self, visible: bool) -> None:
        self.show_sectors = visible
        self.update()

    def highlight(self, ring: int | None) -> None:
        """Tint the ring a dragged or dropped node will land in (None: no tint)."""
        if ring != self.highlighted:
            self.highlighted = ring
            self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        self._paint_bands(painter)
        if self.show_sectors:
            self._paint_sectors(painter)
        self._paint_ring_labels(painter)
        self._paint_client(painter)

    def _paint_bands(self, painter: QPainter) -> None:
        painter.setPen(_RING_PEN)
        for ring in range(self.rings, 0, -1):
            r = ring_outer_radius(ring)
            painter.setBrush(QColor(_BAND_TINTS[min(ring - 1, len(_BAND_TINTS) - 1)]))
            painter.drawEllipse(QPointF(0, 0), r, r)
        if self.highlighted is not None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(_HIGHLIGHT)
            painter.drawPath(_annulus(self.highlighted))

    def _paint_sectors(self, painter: QPainter) -> None:
        outer = outer_radius(self.rings)
        painter.setPen(_GUIDE_PEN)
        for sector in SECTORS:
            painter.drawLine(
                QPointF(*to_xy(CLIENT_RADIUS, sector.start)), QPointF(*to_xy(outer, sector.start))
            )
        for sector in SECTORS:
            label = tr(sector.label)  # i18n: marked in _SECTOR_LABELS
            self._paint_sector_label(painter, sector.kind, label, sector.centre)

    def _paint_sector_label(
        self, painter: QPainter, kind: NodeKind, label: str, angle: float
    ) -> None:
        size = style.static_text(label, 12, True).size()
        w, h = size.width() + 16, size.height()
        rad = math.radians(angle)
        reach = abs(math.sin(rad)) * w / 2 + abs(math.cos(rad)) * h / 2
        x, y = to_xy(outer_radius(self.rings) + _SECTOR_LABEL_GAP + reach, angle)
        painter.save()
        painter.translate(x - w / 2 + 6, y)
        painter.scale(0.36, 0.36)
        style.paint_node_shape(painter, kind, False)
        painter.restore()
        painter.setPen(style.GREY)
        style.draw_text(painter, QPointF(x - w / 2 + 16, y - h / 2), label, 12, True)

    def _paint_ring_labels(self, painter: QPainter) -> None:
        for ring, label in enumerate(self.ring_labels, start=1):
            width = style.static_text(label, 12).size().width()
            painter.setPen(style.GREY)
            style.draw_text(painter, QPointF(-width / 2, -ring_outer_radius(ring) + 4), label, 12)

    def _paint_client(self, painter: QPainter) -> None:
        painter.setPen(_CLIENT_PEN)
        painter.setBrush(_CLIENT_BRUSH)
        painter.drawEllipse(QPointF(0, 0), CLIENT_RADIUS, CLIENT_RADIUS)
        font = style.font(12, True)
        lines = _two_lines(self.client_name, QFontMetricsF(font), 2 * CLIENT_RADIUS - 16)
        painter.setFont(font)
        painter.setPen(style.INK)
        box = QRectF(-CLIENT_RADIUS, -CLIENT_RADIUS, 2 * CLIENT_RADIUS, 2 * CLIENT_RADIUS)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, "\n".join(lines))


def _two_lines(text: str, metrics: QFontMetricsF, width: float) -> list[str]:
    """The client's name on at most two lines (broken between words), elided if longer."""
    words, first = text.split(), ""
    while words and metrics.horizontalAdvance(f"{first} {words[0]}".strip()) <= width:
        first = f"{first} {words.pop(0)}".strip()
    if not first:  # one very long word
        return [metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)]
    rest = " ".join(words)
    second = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width) if rest else ""
    return [first, second] if second else [first]


def _annulus(ring: int) -> QPainterPath:
    path = QPainterPath()
    outer, inner = ring_outer_radius(ring), ring_inner_radius(ring)
    path.addEllipse(QPointF(0, 0), outer, outer)
    path.addEllipse(QPointF(0, 0), inner, inner)
    return path


# legend ----------------------------------------------------------------------

_ROW, _ICON_W, _WIDTH, _PAD = 21.0, 44.0, 204.0, 10.0
_LEGEND_PEN = QPen(QColor("#A9B6C2"), 1.0)


def _legend_rows() -> list[tuple[str, object]]:
    """(text, what the icon shows) for each row of the key."""
    return [
        (tr("Key"), "title"),
        (tr("Kinds"), "heading"),
        *((tr(style.KIND_NAME[k]), k) for k in NodeKind),  # i18n: marked in style
        (tr("Practitioner"), "practitioner"),
        (tr("Effect on wellbeing"), "heading"),
        *((vocabulary(e.value), e) for e in Effect),
        (tr("Links"), "heading"),
        *((word(k.value), k) for k in LinkKind),
        (tr("Practitioner roles"), "heading"),
        *((word(r.value), r) for r in Role),
    ]


class LegendItem(QGraphicsItem):
    """The key to shapes, effect markers, link styles and role badges."""

    def __init__(self) -> None:
        super().__init__()
        self._rows = _legend_rows()
        self._bounds = QRectF(0, 0, _WIDTH, len(self._rows) * _ROW + 2 * _PAD)
        self.setZValue(-5)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setPen(_LEGEND_PEN)
        painter.setBrush(QColor(255, 255, 255, 235))
        painter.drawRoundedRect(self._bounds.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        for i, (text, what) in enumerate(self._rows):
            y = _PAD + i * _ROW
            self._paint_row(painter, text, what, y)

    def _paint_row(self, painter: QPainter, text: str, what: object, y: float) -> None:
        mid = QPointF(_PAD + _ICON_W / 2, y + _ROW / 2)
        bold = what in ("title", "heading")
        x = _PAD if bold else _PAD + _ICON_W + 6
        painter.save()
        _paint_icon(painter, what, mid)
        painter.restore()
        px = 14 if what == "title" else 12
        height = style.static_text(text, px, bold).size().height()
        painter.setPen(style.INK)
        style.draw_text(painter, QPointF(x, y + (_ROW - height) / 2), text, px, bold)


def _paint_icon(painter: QPainter, what: object, mid: QPointF) -> None:
    if isinstance(what, NodeKind) or what == "practitioner":
        painter.translate(mid)
        painter.scale(0.5, 0.5)
        kind = what if isinstance(what, NodeKind) else NodeKind.PERSON
        style.paint_node_shape(painter, kind, what == "practitioner")
    elif isinstance(what, Effect):
        style.paint_effect_badge(painter, what, mid)
    elif isinstance(what, Role):
        w, h = style.ROLE_SIZE
        badge = tr(style.ROLE_BADGE[what])  # i18n: marked in style
        style.paint_role_badge(painter, badge, mid - QPointF(w / 2, h / 2))
    elif isinstance(what, LinkKind):
        _paint_link_sample(painter, what, mid)


def _paint_link_sample(painter: QPainter, kind: LinkKind, mid: QPointF) -> None:
    half = _ICON_W / 2 - 2
    painter.setPen(style.link_pen(kind))
    painter.drawLine(mid - QPointF(half, 0), mid + QPointF(half, 0))
    if style.has_arrow(kind):
        painter.translate(mid + QPointF(half, 0))
        painter.setPen(style.arrow_pen(kind))
        filled = kind is LinkKind.ACCESS_SUPPORTED_BY
        painter.setBrush(style.arrow_pen(kind).color() if filled else Qt.BrushStyle.NoBrush)
        painter.drawPath(style.arrow_head(kind))
    elif kind is LinkKind.CONFLICT:
        style.paint_conflict_mark(painter, mid)
