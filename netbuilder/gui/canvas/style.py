"""How the map looks: colours, shapes, pens and the small vector glyphs.

Colours come from the Okabe-Ito palette (safe for the common colour-blindnesses), and
nothing is told by colour alone: each kind has its own shape, each effect its own
glyph, each link kind its own line pattern. Everything is drawn as vectors, so it stays
crisp at any zoom and on HiDPI screens. Pens, brushes, paths and fonts are built once.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QStaticText,
)

from netbuilder.gui.fonts import ensure_fonts
from netbuilder.model import Effect, LinkKind, NodeKind, Role

from .geometry import NODE_RADIUS

# Okabe-Ito
ORANGE, SKY_BLUE, GREEN = QColor("#E69F00"), QColor("#56B4E9"), QColor("#009E73")
YELLOW, BLUE, VERMILLION = QColor("#F0E442"), QColor("#0072B2"), QColor("#D55E00")
PURPLE, INK, GREY = QColor("#AA4499"), QColor("#1E1E1E"), QColor("#5F6B76")
PAPER = QColor("#FFFFFF")

KIND_FILL: dict[NodeKind, QColor] = {
    NodeKind.PERSON: ORANGE,
    NodeKind.PLACE: SKY_BLUE,
    NodeKind.ACTIVITY: GREEN,
}
KIND_NAME: dict[NodeKind, str] = {
    NodeKind.PERSON: QT_TRANSLATE_NOOP("Canvas", "Person"),
    NodeKind.PLACE: QT_TRANSLATE_NOOP("Canvas", "Place"),
    NodeKind.ACTIVITY: QT_TRANSLATE_NOOP("Canvas", "Activity"),
}
EFFECT_COLOUR: dict[Effect, QColor] = {
    Effect.POSITIVE: BLUE,
    Effect.NEUTRAL: GREY,
    Effect.NEGATIVE: VERMILLION,
    Effect.MIXED: PURPLE,
}
EFFECT_GLYPH: dict[Effect, str] = {
    Effect.POSITIVE: "+",
    Effect.NEUTRAL: "=",
    Effect.NEGATIVE: "\u2212",
    Effect.MIXED: "\u00b1",
}
ROLE_BADGE: dict[Role, str] = {  # two letters each, in every language
    Role.BRIDGE_BUILDER: QT_TRANSLATE_NOOP("Canvas", "BB"),
    Role.SKILL_BUILDER: QT_TRANSLATE_NOOP("Canvas", "SB"),
    Role.MOTIVATOR: QT_TRANSLATE_NOOP("Canvas", "MO"),
    Role.NAVIGATOR: QT_TRANSLATE_NOOP("Canvas", "NV"),
    Role.CO_PILOT: QT_TRANSLATE_NOOP("Canvas", "CP"),
    Role.NETWORK_MEMBER: QT_TRANSLATE_NOOP("Canvas", "NM"),
}

OUTLINE = QPen(INK, 1.5)
SELECTION = QPen(QColor(0, 114, 178, 150), 5.0)
FOCUS = QPen(INK, 1.0, Qt.PenStyle.DotLine)
LABEL_BACK = QBrush(QColor(255, 255, 255, 225))
BADGE_R = 7.5
BADGE_CENTRE = QPointF(NODE_RADIUS * 0.8, -NODE_RADIUS * 0.8)
ROLE_SIZE = (22.0, 13.0)


@cache
def font(pixel_size: int, bold: bool = False) -> QFont:
    f = QFont(ensure_fonts())
    f.setPixelSize(pixel_size)
    f.setBold(bold)
    return f


@cache
def static_text(text: str, pixel_size: int, bold: bool = False) -> QStaticText:
    """A laid-out piece of fixed text (badges, legend entries); draw it with ``draw_text``."""
    st = QStaticText(text)
    st.setTextFormat(Qt.TextFormat.PlainText)
    st.prepare(font=font(pixel_size, bold))
    return st


def draw_text(
    painter: QPainter, top_left: QPointF, text: str, pixel_size: int, bold: bool = False
) -> None:
    """Draw fixed text (the painter's font is what QStaticText really draws with)."""
    painter.setFont(font(pixel_size, bold))
    painter.drawStaticText(top_left, static_text(text, pixel_size, bold))


# node shapes ---------------------------------------------------------------


def _person_path(r: float) -> QPainterPath:
    path = QPainterPath()
    path.addEllipse(QPointF(0, 0), r, r)
    return path


def _place_path(r: float) -> QPainterPath:
    """A house: square walls under a roof, the same visual weight as the circle."""
    w, roof, base = r * 0.92, r * 1.02, r * 0.9
    return _polygon_path([(0, -roof), (w, -r * 0.15), (w, base), (-w, base), (-w, -r * 0.15)])


def _activity_path(r: float) -> QPainterPath:
    d = r * 1.18
    return _polygon_path([(0, -d), (d, 0), (0, d), (-d, 0)])


def _polygon_path(points: list[tuple[float, float]]) -> QPainterPath:
    path = QPainterPath()
    path.addPolygon(QPolygonF([QPointF(x, y) for x, y in points]))
    path.closeSubpath()
    return path


_SHAPES = {
    NodeKind.PERSON: _person_path,
    NodeKind.PLACE: _place_path,
    NodeKind.ACTIVITY: _activity_path,
}


@cache
def node_path(kind: NodeKind, radius: float = NODE_RADIUS) -> QPainterPath:
    return _SHAPES[kind](radius)


@cache
def kind_brush(kind: NodeKind) -> QBrush:
    return QBrush(KIND_FILL[kind])


def paint_node_shape(
    painter: QPainter, kind: NodeKind, practitioner: bool, radius: float = NODE_RADIUS
) -> None:
    """The kind's shape; practitioners get a second, inner outline."""
    painter.setPen(OUTLINE)
    painter.setBrush(kind_brush(kind))
    painter.drawPath(node_path(kind, radius))
    if practitioner:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(node_path(kind, radius * 0.68))


# effect badge ----------------------------------------------------------------


@cache
def _badge_pen(effect: Effect) -> QPen:
    return QPen(EFFECT_COLOUR[effect], 1.4)


@cache
def _glyph_bars(effect: Effect) -> tuple[QRectF, ...]:
    """+, =, minus or plus-minus as filled bars round (0, 0): bars fill faster than
    stroked paths and stay as sharp."""
    s, t = 4.2, 1.9  # half-length, thickness

    def across(y: float) -> QRectF:
        return QRectF(-s, y - t / 2, 2 * s, t)

    def upright(top: float, bottom: float) -> QRectF:
        return QRectF(-t / 2, top, t, bottom - top)

    return {
        Effect.POSITIVE: (across(0), upright(-s, s)),
        Effect.NEGATIVE: (across(0),),
        Effect.NEUTRAL: (across(-1.8), across(1.8)),
        Effect.MIXED: (across(-1.4), upright(-s - 0.4, 2.0), across(s - 0.2)),
    }[effect]


def paint_effect_badge(painter: QPainter, effect: Effect, centre: QPointF = BADGE_CENTRE) -> None:
    painter.setPen(_badge_pen(effect))
    painter.setBrush(PAPER)
    painter.drawEllipse(centre, BADGE_R, BADGE_R)
    colour = EFFECT_COLOUR[effect]
    for bar in _glyph_bars(effect):
        painter.fillRect(bar.translated(centre), colour)


# role badges -----------------------------------------------------------------

ROLE_PEN = QPen(INK, 0.8)
ROLE_BRUSH = QBrush(YELLOW)


def paint_role_badge(painter: QPainter, text: str, top_left: QPointF) -> None:
    w, h = ROLE_SIZE
    painter.setPen(ROLE_PEN)
    painter.setBrush(ROLE_BRUSH)
    painter.drawRoundedRect(QRectF(top_left.x(), top_left.y(), w, h), 3.0, 3.0)
    size = static_text(text, 9, True).size()
    draw_text(
        painter,
        QPointF(top_left.x() + (w - size.width()) / 2, top_left.y() + (h - size.height()) / 2),
        text,
        9,
        True,
    )


# links -----------------------------------------------------------------------


@cache
def link_pen(kind: LinkKind) -> QPen:
    colour, width, style = {
        LinkKind.ACCESS_SUPPORTED_BY: (BLUE, 2.4, Qt.PenStyle.SolidLine),
        LinkKind.ACCESS_THROUGH: (BLUE, 2.2, Qt.PenStyle.DotLine),
        LinkKind.CONFLICT: (VERMILLION, 2.2, Qt.PenStyle.DashLine),
        LinkKind.KNOWS: (QColor("#4D4D4D"), 1.5, Qt.PenStyle.SolidLine),
        LinkKind.OTHER: (QColor("#A0A0A0"), 1.0, Qt.PenStyle.SolidLine),
    }[kind]
    pen = QPen(colour, width, style)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    return pen


def has_arrow(kind: LinkKind) -> bool:
    return kind in (LinkKind.ACCESS_SUPPORTED_BY, LinkKind.ACCESS_THROUGH)


@cache
def arrow_pen(kind: LinkKind) -> QPen:
    pen = QPen(link_pen(kind).color(), 1.4)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    return pen


@cache
def arrow_head(kind: LinkKind) -> QPainterPath:
    """An arrowhead pointing along +x with its tip at (0, 0): filled for "supported by",
    open for "through"."""
    path = QPainterPath()
    path.moveTo(-11, -5.5)
    path.lineTo(0, 0)
    path.lineTo(-11, 5.5)
    if kind is LinkKind.ACCESS_SUPPORTED_BY:
        path.closeSubpath()
    return path


CONFLICT_R = 7.0


@cache
def conflict_glyph() -> QPainterPath:
    """A small lightning bolt: conflict is told by shape, not only by red."""
    return _polygon_path([(1.5, -5.5), (-3, 0.8), (0, 0.8), (-1.5, 5.5), (3, -0.8), (0, -0.8)])


def paint_conflict_mark(painter: QPainter, centre: QPointF) -> None:
    painter.setPen(QPen(VERMILLION, 1.3))
    painter.setBrush(PAPER)
    painter.drawEllipse(centre, CONFLICT_R, CONFLICT_R)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(VERMILLION)
    painter.drawPath(conflict_glyph().translated(centre))
