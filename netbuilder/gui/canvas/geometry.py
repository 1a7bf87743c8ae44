"""The map's geometry on screen: rings, sectors, positions and auto-arrange. No Qt.

The conventions and the maths the printed plan shares (angles clockwise from north,
y down on screen, equal ring bands, ``spread``) live in ``netbuilder.model.layout``;
this module puts them at screen scale and re-exports them under their old names.

- Scene units are pixels at zoom 1. The client sits at (0, 0); **y grows downwards**.
- An angle is in **degrees, clockwise from north** (12 o'clock), in [0, 360), like a
  compass bearing: 90 is east (3 o'clock), 180 south.
- Ring 1 is the closest band around the client disc, ring N the outermost; all bands
  have the same width. A node sits on the middle circle of its ring: the model stores
  (ring, angle), never pixels.
- Sector guides: people around north, activities around 120 (lower right), places
  around 240 (lower left), each 120 degrees wide.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from netbuilder.model import NetworkMap, Node, NodeKind
from netbuilder.model.layout import RingBands as RingBands
from netbuilder.model.layout import angular_distance as angular_distance
from netbuilder.model.layout import arc_degrees as arc_degrees
from netbuilder.model.layout import normalise as normalise
from netbuilder.model.layout import spread as spread
from netbuilder.model.layout import to_polar as to_polar
from netbuilder.model.layout import to_xy as to_xy

CLIENT_RADIUS = 55.0
RING_WIDTH = 100.0
NODE_RADIUS = 18.0
NODE_DIAMETER = 2 * NODE_RADIUS
NODE_BOX = (120.0, 74.0)
"""Width and height of a node with its label (and a margin): neighbours whose boxes do
not meet do not overlap. At the top and bottom of a ring neighbours sit side by side
(the width counts); at the sides they sit one above the other (the height counts)."""

_EPS = 1e-9


@dataclass(frozen=True)
class Sector:
    """A faint guide: where one kind of connection is usually placed."""

    kind: NodeKind
    label: str
    centre: float
    width: float = 120.0

    @property
    def start(self) -> float:
        return normalise(self.centre - self.width / 2)

    def contains(self, angle: float) -> bool:
        return angular_distance(angle, self.centre) <= self.width / 2 + _EPS


SECTORS: tuple[Sector, ...] = (
    Sector(NodeKind.PERSON, "People", 0.0),
    Sector(NodeKind.ACTIVITY, "Activities", 120.0),
    Sector(NodeKind.PLACE, "Places", 240.0),
)


def sector_of(kind: NodeKind) -> Sector:
    return next(s for s in SECTORS if s.kind is kind)


# rings ---------------------------------------------------------------------

SCREEN_RINGS = RingBands(CLIENT_RADIUS, RING_WIDTH)


def ring_inner_radius(ring: int) -> float:
    return SCREEN_RINGS.inner(ring)


def ring_outer_radius(ring: int) -> float:
    return SCREEN_RINGS.outer(ring)


def ring_radius(ring: int) -> float:
    """The radius of the circle that a ring's nodes sit on (the band's middle)."""
    return SCREEN_RINGS.middle(ring)


def ring_radii(rings: int) -> list[tuple[float, float, float]]:
    """(inner, middle, outer) radius of each ring, ring 1 first."""
    return [
        (ring_inner_radius(r), ring_radius(r), ring_outer_radius(r)) for r in range(1, rings + 1)
    ]


def outer_radius(rings: int) -> float:
    return ring_outer_radius(rings)


def ring_at(radius: float, rings: int) -> int:
    """The ring at a distance from the centre: the client disc counts as ring 1 and
    anything beyond the outer ring as the outer ring, so a drop never loses a node."""
    return SCREEN_RINGS.ring_at(radius, rings)


# positions -------------------------------------------------------------------


def node_xy(ring: int, angle: float) -> tuple[float, float]:
    return to_xy(ring_radius(ring), angle)


def drop_place(x: float, y: float, rings: int) -> tuple[int, float]:
    """The (ring, angle) where a node dropped at a scene point lands (angle to 0.1 degree)."""
    radius, angle = to_polar(x, y)
    return ring_at(radius, rings), normalise(round(angle, 1))


# order around a ring -------------------------------------------------------


def ring_order(nodes: Iterable[Node]) -> list[Node]:
    """Nodes sorted clockwise from north (ties broken by id, so the order is total)."""
    return sorted(nodes, key=lambda n: (n.angle, n.id))


def nodes_by_ring(nodes: Iterable[Node]) -> dict[int, list[Node]]:
    rings: dict[int, list[Node]] = {}
    for node in nodes:
        rings.setdefault(node.ring, []).append(node)
    return {r: ring_order(ns) for r, ns in sorted(rings.items())}


def slot_arc(angle: float) -> float:
    """The distance two neighbours at this angle need so their boxes do not meet."""
    rad = math.radians(angle)
    w, h = NODE_BOX
    across, along = abs(math.cos(rad)), abs(math.sin(rad))
    return min(w / across if across > _EPS else math.inf, h / along if along > _EPS else math.inf)


def free_angle(taken: Sequence[float], ring: int, kind: NodeKind | None = None) -> float:
    """A clear spot on a ring: in the kind's sector when it has room, else the clearest."""
    radius = ring_radius(ring)
    if kind is not None:
        sector = sector_of(kind)
        steps = [sector.start + i for i in range(int(sector.width) + 1)]
        best = _clearest(steps, taken, sector.centre)
        if _clearance(best, taken) >= arc_degrees(slot_arc(best), radius):
            return normalise(best)
    return normalise(_clearest([float(i) for i in range(360)], taken, 0.0))


def _clearance(angle: float, taken: Sequence[float]) -> float:
    return min((angular_distance(angle, t) for t in taken), default=180.0)


def _clearest(candidates: Sequence[float], taken: Sequence[float], centre: float) -> float:
    return max(
        candidates, key=lambda a: (round(_clearance(a, taken), 6), -angular_distance(a, centre))
    )


# auto-arrange --------------------------------------------------------------


def auto_arrange(m: NetworkMap) -> dict[str, tuple[int, float]]:
    """New places for the nodes that must move so that no two overlap on their ring.

    Each node keeps its ring and the clockwise order of its ring; nodes move as little
    as they can (so they mostly keep their sector). When the ring has room, neighbours
    end at least ``slot_arc`` apart (labels clear too), else they are spread evenly.
    """
    places: dict[str, tuple[int, float]] = {}
    for ring, nodes in nodes_by_ring(m.nodes).items():
        for node, angle in zip(nodes, arrange_ring([n.angle for n in nodes], ring), strict=True):
            if angular_distance(angle, node.angle) > 1e-7:
                places[node.id] = (ring, angle)
    return places


def arrange_ring(angles: Sequence[float], ring: int) -> list[float]:
    """Spread one ring's sorted angles so each neighbour gets its ``slot_arc``.

    The work is done in "slot units", a warped angle in which every neighbour needs the
    same gap, so the constant-gap ``spread`` applies; the result is warped back.
    """
    warp = _Warp.of(ring_radius(ring))
    if len(angles) > warp.slots:
        return spread(angles, 360.0 / len(angles))
    scale = 360.0 / warp.slots
    warped = spread([warp.forward(a) * scale for a in angles], scale)
    return [normalise(warp.back(u / scale)) for u in warped]


class _Warp:
    """Slot units round a ring: u(angle) counts how many neighbours fit from north."""

    STEPS = 720

    def __init__(self, radius: float) -> None:
        step = 360.0 / self.STEPS
        self.cumulative = [0.0]
        for k in range(self.STEPS):
            mid = (k + 0.5) * step
            self.cumulative.append(self.cumulative[-1] + step / arc_degrees(slot_arc(mid), radius))
        self.slots = self.cumulative[-1]

    @classmethod
    def of(cls, radius: float) -> _Warp:
        return _warp(radius)

    def forward(self, angle: float) -> float:
        x = normalise(angle) / 360.0 * self.STEPS
        k = min(int(x), self.STEPS - 1)
        return self.cumulative[k] + (x - k) * (self.cumulative[k + 1] - self.cumulative[k])

    def back(self, u: float) -> float:
        u = u % self.slots
        k = min(bisect.bisect_right(self.cumulative, u) - 1, self.STEPS - 1)
        width = self.cumulative[k + 1] - self.cumulative[k]
        return (k + (u - self.cumulative[k]) / width) * 360.0 / self.STEPS


# keyboard focus order ------------------------------------------------------


def tab_order(nodes: Iterable[Node]) -> list[Node]:
    """The order Tab visits nodes in: inner ring first, each ring clockwise from north."""
    return sorted(nodes, key=lambda n: (n.ring, n.angle, n.id))


def next_on_ring(nodes: Sequence[Node], current: Node, clockwise: bool) -> Node:
    """The neighbour of a node round its own ring (wrapping round; itself if alone)."""
    ring = ring_order(n for n in nodes if n.ring == current.ring)
    i = next(k for k, n in enumerate(ring) if n.id == current.id)
    return ring[(i + (1 if clockwise else -1)) % len(ring)]


def nearest_across(nodes: Sequence[Node], current: Node, step: int) -> Node | None:
    """The node closest in angle in the next non-empty ring inwards (step -1) or outwards."""
    rings = sorted({n.ring for n in nodes if (n.ring - current.ring) * step > 0}, reverse=step < 0)
    if not rings:
        return None
    ring = [n for n in nodes if n.ring == rings[0]]
    return min(ring, key=lambda n: (angular_distance(n.angle, current.angle), n.angle, n.id))


@cache
def _warp(radius: float) -> _Warp:
    return _Warp(radius)
