"""Draw a placed map (``mapplace.MapLayout``) as vectors: rings, links, nodes, names.

Nothing is told by colour alone: each kind has its own shape (person circle, place
house, activity diamond: the canvas's outlines, from ``model.layout``), each effect its
own glyph (+, =, -, +/-), each link kind its own line pattern, and practitioners a
second outline and role badges.
"""

from __future__ import annotations

import itertools
import math

from reportlab.lib.colors import Color, HexColor

from netbuilder.model import Effect, LinkKind, NodeKind
from netbuilder.model.layout import (
    ACTIVITY_OUTLINE,
    PLACE_OUTLINE,
    PRACTITIONER_INNER,
    outline,
)

from .mapplace import (
    ARROW,
    BADGE_FONT,
    Label,
    MapLayout,
    PlacedNode,
    badge_boxes,
    effect_badge_r,
)
from .pen import (
    BLUE,
    CLIENT_EDGE,
    CLIENT_FILL,
    GREEN,
    INK,
    MUTED,
    ORANGE,
    PAPER,
    PURPLE,
    RING_FILLS,
    RULE,
    SKY_BLUE,
    VERMILLION,
    YELLOW,
    Pen,
)

KIND_FILL: dict[NodeKind, Color] = {
    NodeKind.PERSON: ORANGE, NodeKind.PLACE: SKY_BLUE, NodeKind.ACTIVITY: GREEN,
}
EFFECT_COLOUR: dict[Effect, Color] = {
    Effect.POSITIVE: BLUE, Effect.NEUTRAL: MUTED, Effect.NEGATIVE: VERMILLION,
    Effect.MIXED: PURPLE,
}
# colour, width, dash pattern
LINK_STYLE: dict[LinkKind, tuple[Color, float, tuple[float, ...]]] = {
    LinkKind.KNOWS: (HexColor("#4D4D4D"), 0.6, ()),
    LinkKind.ACCESS_SUPPORTED_BY: (BLUE, 1.1, ()),
    LinkKind.ACCESS_THROUGH: (BLUE, 1.1, (0.9, 1.6)),
    LinkKind.CONFLICT: (VERMILLION, 1.0, (3.2, 2.0)),
    LinkKind.OTHER: (HexColor("#9A9A9A"), 0.5, ()),
}


def draw_map(pen: Pen, layout: MapLayout) -> None:
    _draw_rings(pen, layout)
    for path in layout.links:
        draw_link_line(pen, path.kind, path.start, path.tip, path.marker)
    _draw_client(pen, layout)
    for p in layout.nodes:
        draw_node(pen, p.node.kind, p.node.is_practitioner, p.node.effect, p.x, p.y, p.r)
        draw_role_badges(pen, p)
    labels = [p.label for p in layout.nodes if p.label is not None]
    _draw_halos(pen, [*labels, *layout.ring_labels])
    for label in labels:
        draw_label(pen, label, INK, halo=False)
    for label in layout.ring_labels:
        draw_label(pen, label, MUTED, halo=False)


def _draw_halos(pen: Pen, labels: list[Label]) -> None:
    """White, slightly see-through boxes behind names, so lines do not cross the text."""
    pen.alpha(0.85)
    pen.fill(PAPER)
    for label in labels:
        b = label.box
        pen.rect(b.x, b.y, b.w, b.h)
    pen.alpha(1.0)


def _draw_rings(pen: Pen, layout: MapLayout) -> None:
    rings = layout.rings
    for ring in range(rings.count, 0, -1):
        pen.fill(RING_FILLS[min(ring - 1, len(RING_FILLS) - 1)] if ring <= 3 else RING_FILLS[-1])
        pen.stroke(RULE, 0.5)
        pen.circle(rings.cx, rings.cy, rings.outer(ring), fill=True, stroke=True)


def _draw_client(pen: Pen, layout: MapLayout) -> None:
    rings = layout.rings
    pen.fill(CLIENT_FILL)
    pen.stroke(CLIENT_EDGE, 0.8)
    pen.circle(rings.cx, rings.cy, rings.client_r)
    draw_label(pen, layout.client, INK, halo=False)


# nodes -------------------------------------------------------------------


def draw_node(
    pen: Pen, kind: NodeKind, practitioner: bool, effect: Effect | None,
    x: float, y: float, r: float,
) -> None:
    """A node's shape (and its effect badge, unless ``effect`` is None) centred on (x, y)."""
    effect_name = effect.value if effect is not None else "none"
    name = f"node-{kind.value}-{int(practitioner)}-{effect_name}-{r:.3f}".replace(" ", "_")
    pen.stamp(name, x, y, r * 2.2, lambda p: _node_figure(p, kind, practitioner, effect, r))


def _node_figure(
    pen: Pen, kind: NodeKind, practitioner: bool, effect: Effect | None, r: float
) -> None:
    x = y = 0.0
    pen.fill(KIND_FILL[kind])
    pen.stroke(INK, 0.6)
    _shape(pen, kind, x, y, r)
    if practitioner:
        pen.stroke(INK, 0.5)
        _shape(pen, kind, x, y, r * PRACTITIONER_INNER, fill=False)
    if effect is not None:
        draw_effect_glyph(pen, effect, x + r * 0.85, y + r * 0.85, effect_badge_r(r))


def _shape(pen: Pen, kind: NodeKind, x: float, y: float, r: float, fill: bool = True) -> None:
    """The kind's outline, as the canvas draws it (mirrored: the page's y grows upwards)."""
    if kind is NodeKind.PERSON:
        pen.circle(x, y, r, fill=fill)
        return
    points = PLACE_OUTLINE if kind is NodeKind.PLACE else ACTIVITY_OUTLINE
    pen.polygon([(x + px, y + py) for px, py in outline(points, r, y_up=True)], fill=fill)


def draw_effect_glyph(pen: Pen, effect: Effect, x: float, y: float, r: float) -> None:
    """A white disc with +, =, minus or plus-minus drawn as strokes (no font needed)."""
    colour = EFFECT_COLOUR[effect]
    pen.fill(PAPER)
    pen.stroke(colour, max(0.45, r * 0.14))
    pen.circle(x, y, r)
    pen.stroke(colour, max(0.6, r * 0.26))
    s = r * 0.55
    glyphs: dict[Effect, list[tuple[float, float, float, float]]] = {
        Effect.POSITIVE: [(-s, 0, s, 0), (0, -s, 0, s)],
        Effect.NEGATIVE: [(-s, 0, s, 0)],
        Effect.NEUTRAL: [(-s, s * 0.4, s, s * 0.4), (-s, -s * 0.4, s, -s * 0.4)],
        Effect.MIXED: [(-s, s * 0.25, s, s * 0.25), (0, -s * 0.35, 0, s * 0.85),
                       (-s, -s * 0.75, s, -s * 0.75)],
    }
    bars = glyphs[effect]
    for x0, y0, x1, y1 in bars:
        pen.segment(x + x0, y + y0, x + x1, y + y1)


def draw_role_badges(pen: Pen, p: PlacedNode) -> None:
    for code, box in zip(reversed(p.badges), badge_boxes(p.x, p.y, p.r, p.badges), strict=True):
        draw_role_badge(pen, code, box.x, box.y, box.w, box.h)


def draw_role_badge(pen: Pen, code: str, x: float, y: float, w: float, h: float) -> None:
    pen.fill(YELLOW)
    pen.stroke(INK, 0.4)
    pen.rect(x, y, w, h, radius=1.5, fill=True, stroke=True)
    pen.text(x + w / 2, y + (h - BADGE_FONT.size * 0.72) / 2, code, BADGE_FONT, INK, "middle")


def draw_label(pen: Pen, label: Label, colour: Color, halo: bool = True) -> None:
    box, font = label.box, label.font
    if halo:
        pen.alpha(0.85)
        pen.fill(PAPER)
        pen.rect(box.x, box.y, box.w, box.h, radius=1.5)
        pen.alpha(1.0)
    x = {"middle": box.x + box.w / 2, "start": box.x + 1.2, "end": box.right - 1.2}[label.anchor]
    top = box.top - 0.6
    for line in label.lines:
        pen.text(x, top - font.size * 0.93, line, font, colour, label.anchor)
        top -= font.leading


# links -----------------------------------------------------------------------


def draw_link_line(
    pen: Pen, kind: LinkKind, start: tuple[float, float], tip: tuple[float, float],
    marker: tuple[float, float] | None = None,
) -> None:
    """A link's line from ``start`` to ``tip`` with its arrow or marker."""
    colour, width, dash = LINK_STYLE[kind]
    dx, dy = tip[0] - start[0], tip[1] - start[1]
    length = math.hypot(dx, dy)
    if length < 1e-6:
        return
    ux, uy = dx / length, dy / length
    head = ARROW if kind in (LinkKind.ACCESS_SUPPORTED_BY, LinkKind.ACCESS_THROUGH) else 0.0
    pen.stroke(colour, width)
    pen.dash(dash)
    pen.segment(start[0], start[1], tip[0] - ux * head * 0.6, tip[1] - uy * head * 0.6)
    pen.dash()
    if head:
        _arrow(pen, tip, ux, uy, head, colour, filled=kind is LinkKind.ACCESS_SUPPORTED_BY)
    if kind is LinkKind.CONFLICT:
        mx, my = marker or ((start[0] + tip[0]) / 2, (start[1] + tip[1]) / 2)
        _conflict_mark(pen, mx, my)


def _arrow(
    pen: Pen, tip: tuple[float, float], ux: float, uy: float, size: float, colour: Color,
    filled: bool,
) -> None:
    bx, by = tip[0] - ux * size, tip[1] - uy * size
    half = size * 0.5
    left = (bx - uy * half, by + ux * half)
    right = (bx + uy * half, by - ux * half)
    pen.fill(colour if filled else PAPER)
    pen.stroke(colour, 0.7)
    pen.polygon([left, tip, right], fill=True, stroke=True)


def _conflict_mark(pen: Pen, x: float, y: float) -> None:
    """A small circle with a lightning zigzag: "conflict", readable in greyscale too."""
    pen.fill(PAPER)
    pen.stroke(VERMILLION, 0.6)
    pen.circle(x, y, 2.8)
    pen.stroke(VERMILLION, 0.6)
    pts = [(x + 0.8, y + 1.9), (x - 0.9, y), (x + 0.9, y), (x - 0.8, y - 1.9)]
    for (x0, y0), (x1, y1) in itertools.pairwise(pts):
        pen.segment(x0, y0, x1, y1)
