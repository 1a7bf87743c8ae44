"""Where everything on the printed map goes, decided before anything is drawn.

Nodes sit on the middle circle of their ring at their own angle (the model's
geometry); neighbours too close for the paper are spread apart a little, keeping
their clockwise order. Nothing may overlap: node shapes (with their badges) are
placed first, most important first, then the ring names, then the node names, each
only where it is free. What does not fit is counted (``hidden``, ``unlabelled``) so
the page can say so instead of spilling or overprinting.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from netbuilder.model import Effect, LinkKind, NetworkMap, Node, NodeKind
from netbuilder.model.layout import RingBands, page_xy, spread

from .fonts import one_line
from .geometry import Occupancy, Rect
from .pen import Anchor
from .text import Font, Lines, fit, wrap

BADGE_FONT = Font(7.0, bold=True)
_HALO = 1.2


@dataclass(frozen=True, slots=True)
class MapStyle:
    label: Font
    label_width: float
    label_lines: int
    ring_label: Font
    client: Font
    max_node_r: float


@dataclass(frozen=True, slots=True)
class Rings(RingBands):
    """The model's ring bands (``RingBands``) round the client at (cx, cy) on the page."""

    cx: float = 0.0
    cy: float = 0.0
    count: int = 1


@dataclass(frozen=True, slots=True)
class Label:
    lines: tuple[str, ...]
    box: Rect
    anchor: Anchor  # how the lines align in the box
    font: Font


@dataclass(frozen=True, slots=True)
class PlacedNode:
    node: Node
    x: float
    y: float
    r: float
    angle: float
    badges: tuple[str, ...]
    footprint: Rect
    label: Label | None


@dataclass(frozen=True, slots=True)
class LinkPath:
    """A link's line from the source's edge to the target's edge, and its marker spot."""

    kind: LinkKind
    start: tuple[float, float]
    tip: tuple[float, float]
    marker: tuple[float, float]


@dataclass(frozen=True, slots=True)
class MapLayout:
    box: Rect
    rings: Rings
    nodes: tuple[PlacedNode, ...]
    links: tuple[LinkPath, ...]
    ring_labels: tuple[Label, ...]
    client: Label
    hidden: int
    unlabelled: int

    def by_id(self) -> dict[str, PlacedNode]:
        return {p.node.id: p for p in self.nodes}


ROLE_CODES = {
    "bridge builder": "BB", "skill builder": "SB", "motivator": "MO",
    "navigator": "NV", "co-pilot": "CP", "network member": "NM",
}


def layout_map(
    m: NetworkMap, box: Rect, style: MapStyle, client_name: str, fallback_name: str
) -> MapLayout:
    """Place the map of ``m`` in the square ``box``."""
    rings, client = _rings(m, box, style, client_name, fallback_name)
    taken = Occupancy()
    taken.add_disc(rings.cx, rings.cy, rings.client_r - 1.0)
    r = min(max(rings.ring_w * 0.28, 3.5), style.max_node_r)
    shown = _place_shapes(m, rings, r, taken, box)
    links = _link_paths(m, shown, rings, taken)
    placed = _place_labels(shown, style, taken, box)
    ring_labels = _ring_labels(m, rings, style, taken, box)
    unlabelled = sum(1 for p in placed if p.label is None)
    hidden = len(m.nodes) - len(placed)
    return MapLayout(box, rings, tuple(placed), links, ring_labels, client, hidden, unlabelled)


def _rings(
    m: NetworkMap, box: Rect, style: MapStyle, name: str, fallback: str
) -> tuple[Rings, Label]:
    """The rings and the client's name in the disc at their centre.

    The disc is a fifth of the map's radius; it may grow (to ``_DISC_MOST``)
    so that the whole name fits, in up to three lines broken between words, at the
    name's size or a little smaller (never below the map's labels). Only a name that
    does not fit even so is shown as ``fallback`` (the initials).
    """
    outer = box.w / 2 - 2.0
    base = min(max(outer * 0.2, 16.0), 44.0)
    most = max(base, min(outer * _DISC_MOST, 48.0))
    found = None
    for text in (name, fallback, "Me"):
        found = client_name_fit(text, style.client, style.label.size, base, most)
        if found is not None:
            break
    client_r, lines, font = found or (base, Lines(("Me",), cut=False), style.client)
    cx, cy = box.x + box.w / 2, box.y + box.h / 2
    rings = Rings(client_r=client_r, ring_w=(outer - client_r) / m.rings, cx=cx, cy=cy,
                  count=m.rings)
    width = max(font.width(line) for line in lines.lines) if lines.lines else 0.0
    h = lines.height(font)
    return rings, Label(lines.lines, Rect(cx - width / 2, cy - h / 2, width, h), "middle", font)


_DISC_MOST = 0.3  # the largest client disc, as a share of the map's radius
_DISC_PAD = 2.5  # between the name and the disc's edge


def client_name_fit(
    text: str, font: Font, smallest: float, base_r: float, most_r: float
) -> tuple[float, Lines, Font] | None:
    """(disc radius, lines, font) for a name centred in the client disc, or None.

    Sizes are tried from ``font``'s down to ``smallest`` in half points; at each, the
    name is wrapped (whole words only, at most three lines) at every width worth
    trying, and the wrapping that needs the smallest disc wins (the fewest lines when
    several fit in ``base_r``). The first size whose best wrapping fits within ``most_r``
    is used, with a disc of at least ``base_r``.
    """
    if not one_line(text):
        return None
    size = font.size
    while size >= max(smallest, 7.0) - 1e-9:
        f = Font(size, font.bold)
        need = _smallest_disc(text, f, base_r, most_r)
        if need is not None:
            return need[0], need[1], f
        size -= 0.5
    return None


def _smallest_disc(
    text: str, font: Font, base_r: float, most_r: float
) -> tuple[float, Lines] | None:
    words = one_line(text).split(" ")
    widest = max(font.width(w) for w in words)
    total = font.width(" ".join(words))
    limit = 2 * (most_r - _DISC_PAD)
    if widest > limit:
        return None
    best: tuple[float, Lines] | None = None
    width = widest
    while True:
        lines = wrap(text, font, width, 3)
        if not lines.cut:
            r = max(_disc_for(lines, font), base_r)
            if best is None or r < best[0] - 1e-9 or (
                r <= best[0] + 1e-9 and len(lines.lines) < len(best[1].lines)
            ):
                best = (r, lines)
        if width >= min(total, limit):
            break
        width = min(width + 2.0, total, limit)
    return best if best is not None and best[0] <= most_r else None


def _disc_for(lines: Lines, font: Font) -> float:
    """The radius of the smallest disc round the centred lines' ink (plus padding)."""
    n, lead, s = len(lines.lines), font.leading, font.size
    half = n * lead / 2
    reach = 0.0
    for i, line in enumerate(lines.lines):
        top, bottom = half - i * lead - 0.2 * s, half - (i + 1) * lead + 0.05 * s
        dy = max(abs(top), abs(bottom))
        reach = max(reach, math.hypot(font.width(line) / 2, dy))
    return reach + _DISC_PAD


# shapes ------------------------------------------------------------------


def priority(m: NetworkMap) -> dict[str, tuple[int, int, int]]:
    """Sort key per node id: practitioners, then goal connections, then hard ones."""
    in_goals = {i for g in m.goals for i in g.node_ids}
    in_goals |= {s.node_id for g in m.goals for s in g.supporters}

    def rank(n: Node) -> int:
        if n.is_practitioner:
            return 0
        if n.id in in_goals:
            return 1
        return 2 if n.effect in (Effect.NEGATIVE, Effect.MIXED) else 3

    return {n.id: (rank(n), n.ring, i) for i, n in enumerate(m.nodes)}


def _place_shapes(
    m: NetworkMap, rings: Rings, r: float, taken: Occupancy, box: Rect
) -> list[PlacedNode]:
    order = priority(m)
    candidates: list[PlacedNode] = []
    for ring in range(1, m.rings + 1):
        members = sorted((n for n in m.nodes if n.ring == ring), key=lambda n: order[n.id])
        candidates.extend(_ring_candidates(members, ring, rings, r))
    shown: list[PlacedNode] = []
    for p in sorted(candidates, key=lambda p: order[p.node.id]):
        spot = _free_spot(p, rings, r, taken, box)
        if spot is not None:
            taken.add(spot.footprint)
            shown.append(spot)
    return shown


_NUDGES = (0.0, 4.0, -4.0, 8.0, -8.0, 12.0, -12.0, 18.0, -18.0)


def _free_spot(
    p: PlacedNode, rings: Rings, r: float, taken: Occupancy, box: Rect
) -> PlacedNode | None:
    """The node where it is free: at its spot, or moved a few degrees along its ring."""
    radius = rings.middle(p.node.ring)
    for nudge in _NUDGES:
        spot = p if nudge == 0.0 else _shape_at(
            p.node, *page_xy(rings.cx, rings.cy, radius, p.angle + nudge), r, p.angle + nudge
        )
        if spot.footprint.inside(box) and taken.free(spot.footprint):
            return spot
    return None


def _ring_candidates(
    members: Sequence[Node], ring: int, rings: Rings, r: float
) -> list[PlacedNode]:
    radius = rings.middle(ring)
    gap = math.degrees((3.0 * r + 3.0) / radius)
    kept = list(members[: max(int(360.0 / gap), 1)])
    angles = spread([n.angle for n in kept], gap)
    return [
        _shape_at(n, *page_xy(rings.cx, rings.cy, radius, a), r, a)
        for n, a in zip(kept, angles, strict=True)
    ]


# how far each shape reaches from its centre (model.layout's outlines)
_EXTENT = {NodeKind.PERSON: 1.0, NodeKind.PLACE: 1.02, NodeKind.ACTIVITY: 1.18}


def _shape_at(node: Node, x: float, y: float, r: float, angle: float) -> PlacedNode:
    badges = _badges(node)
    half = r * _EXTENT[node.kind]
    foot = Rect.around(x, y, half, half)
    foot = foot.union(Rect.around(x + r * 0.85, y + r * 0.85, effect_badge_r(r), effect_badge_r(r)))
    for box in badge_boxes(x, y, r, badges):
        foot = foot.union(box)
    return PlacedNode(node, x, y, r, angle, badges, foot.grown(1.0), None)


def effect_badge_r(r: float) -> float:
    return max(2.8, r * 0.45)


def _badges(node: Node) -> tuple[str, ...]:
    codes = [ROLE_CODES.get(role.value, "?") for role in node.roles]
    return tuple(codes) if len(codes) <= 3 else (*codes[:2], f"+{len(codes) - 2}")


def badge_boxes(x: float, y: float, r: float, badges: Iterable[str]) -> list[Rect]:
    """The role badges' boxes: a row ending just left of the node's top."""
    boxes: list[Rect] = []
    h = BADGE_FONT.size * 1.25
    right = x - r * 0.35
    for code in reversed(tuple(badges)):
        w = BADGE_FONT.width(code) + 3.0
        boxes.append(Rect(right - w, y + r * 0.35, w, h))
        right -= w + 0.8
    return boxes


# links -----------------------------------------------------------------------

ACCESS = (LinkKind.ACCESS_SUPPORTED_BY, LinkKind.ACCESS_THROUGH)
ARROW = 4.2


def _link_paths(
    m: NetworkMap, shown: list[PlacedNode], rings: Rings, taken: Occupancy
) -> tuple[LinkPath, ...]:
    """Lines between drawn nodes; arrowheads and markers are kept clear of names."""
    placed = {p.node.id: p for p in shown}
    paths: list[LinkPath] = []
    for link in m.links:
        a, b = placed.get(link.source), placed.get(link.target)
        path = _link_path(link.kind, a, b, rings) if a and b else None
        if path is None:
            continue
        paths.append(path)
        if link.kind in ACCESS:
            taken.add(Rect.around(*path.tip, ARROW * 0.8, ARROW * 0.8))
        if link.kind is LinkKind.CONFLICT:
            taken.add(Rect.around(*path.marker, 3.0, 3.0))
    return tuple(paths)


def _link_path(kind: LinkKind, a: PlacedNode, b: PlacedNode, rings: Rings) -> LinkPath | None:
    dx, dy = b.x - a.x, b.y - a.y
    length = math.hypot(dx, dy)
    if length < (a.r + b.r) * 1.3:
        return None
    ux, uy = dx / length, dy / length
    start = (a.x + ux * a.r * 1.1, a.y + uy * a.r * 1.1)
    tip = (b.x - ux * (b.r * 1.2 + 0.6), b.y - uy * (b.r * 1.2 + 0.6))
    return LinkPath(kind, start, tip, _marker_spot(start, tip, rings))


def _marker_spot(
    start: tuple[float, float], tip: tuple[float, float], rings: Rings
) -> tuple[float, float]:
    """Where a conflict marker shows: the middle, unless the client disc covers it."""
    for t in (0.5, 0.3, 0.7, 0.2, 0.8):
        x, y = start[0] + (tip[0] - start[0]) * t, start[1] + (tip[1] - start[1]) * t
        if math.hypot(x - rings.cx, y - rings.cy) > rings.client_r + 4.0:
            return x, y
    return (start[0] + tip[0]) / 2, (start[1] + tip[1]) / 2


# ring labels ---------------------------------------------------------------


def _ring_labels(
    m: NetworkMap, rings: Rings, style: MapStyle, taken: Occupancy, box: Rect
) -> tuple[Label, ...]:
    labels: list[Label] = []
    font = style.ring_label
    for ring, name in enumerate(m.ring_labels, start=1):
        edge = rings.outer(ring)
        chord = 2 * math.sqrt(max(edge**2 - (edge - font.leading) ** 2, 0.0)) - 4
        for text in (fit(name, font, max(chord, 0.0)), str(ring)):
            label = _ring_label_at(text, font, rings, edge, taken, box)
            if label is not None:
                labels.append(label)
                break
    return tuple(labels)


def _ring_label_at(
    text: str, font: Font, rings: Rings, edge: float, taken: Occupancy, box: Rect
) -> Label | None:
    if not text:
        return None
    w = font.width(text) + 2 * _HALO
    h = font.leading
    for angle in _RING_LABEL_ANGLES:
        x, y = page_xy(rings.cx, rings.cy, edge - 1.0 - h / 2, angle)
        rect = Rect.around(x, y, w / 2, h / 2)
        if rect.inside(box) and taken.free(rect):
            taken.add(rect)
            return Label((text,), rect, "middle", font)
    return None


# where a ring's name goes, just inside its outer edge: at the top, at the bottom, then a
# little either side of them when nodes or names are in the way
_RING_LABEL_ANGLES = (0.0, 180.0, -20.0, 20.0, 160.0, 200.0, -40.0, 40.0, 140.0, 220.0)


# node labels -----------------------------------------------------------------


def _place_labels(
    shown: list[PlacedNode], style: MapStyle, taken: Occupancy, box: Rect
) -> list[PlacedNode]:
    result: list[PlacedNode] = []
    for p in shown:
        label = _find_label_spot(p, style, taken, box)
        if label is not None:
            taken.add(label.box)
            p = replace(p, label=label)
        result.append(p)
    return result


def _find_label_spot(p: PlacedNode, style: MapStyle, taken: Occupancy, box: Rect) -> Label | None:
    font = style.label
    full = wrap(p.node.label, font, style.label_width, style.label_lines)
    short = Lines((fit(p.node.label, font, style.label_width * 0.6),), cut=True)
    for lines in (full, short):
        if not lines.lines or not lines.lines[0]:
            return None
        w = max(font.width(line) for line in lines.lines) + 2 * _HALO
        h = lines.height(font) + _HALO
        for label in _label_spots(p, lines.lines, w, h, font):
            if label.box.inside(box) and taken.free(label.box):
                return label
    return None


def _label_spots(
    p: PlacedNode, lines: tuple[str, ...], w: float, h: float, font: Font
) -> list[Label]:
    foot = p.footprint
    spots: list[tuple[Rect, Anchor]] = [
        (Rect(p.x - w / 2, foot.y - h, w, h), "middle"),
        (Rect(p.x - w / 2, foot.top, w, h), "middle"),
        (Rect(foot.right, p.y - h / 2, w, h), "start"),
        (Rect(foot.x - w, p.y - h / 2, w, h), "end"),
        (Rect(foot.right, foot.y - h, w, h), "start"),
        (Rect(foot.x - w, foot.y - h, w, h), "end"),
        (Rect(foot.right, foot.top, w, h), "start"),
        (Rect(foot.x - w, foot.top, w, h), "end"),
    ]
    return [Label(lines, box, anchor, font) for box, anchor in spots]
