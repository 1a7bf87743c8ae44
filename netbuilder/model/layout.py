"""The map's layout maths, shared by the canvas and the printed plan. Pure: no Qt, no I/O.

Conventions (the model stores a node's place as (ring, angle), never a position):

- An angle is in **degrees, clockwise from north** (12 o'clock), in [0, 360), like a
  compass bearing: 90 is east (3 o'clock), 180 south.
- Screen coordinates (``to_xy``, ``to_polar``): the client sits at (0, 0) and **y grows
  downwards**, as in Qt's scene.
- Page coordinates (``page_xy``): PDF points, **y grows upwards**, the client at any
  centre (cx, cy).
- Rings (``RingBands``): ring 1 is the band closest to the client disc, ring N the
  outermost; every band has the same width, and a node sits on the middle circle of
  its ring.
- Node outlines (``PLACE_OUTLINE``, ``ACTIVITY_OUTLINE``): polygons for a node of
  radius 1 in screen coordinates (y down), so the screen and the paper draw the same
  house and diamond (a person is the circle of radius 1).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from .ops import normalise_angle

Point = tuple[float, float]

normalise = normalise_angle
"""The same direction as an angle in [0, 360) (``ops.normalise_angle``)."""


# node outlines (radius 1, y down) ---------------------------------------------------

PLACE_OUTLINE: tuple[Point, ...] = (
    (0.0, -1.02), (0.92, -0.15), (0.92, 0.9), (-0.92, 0.9), (-0.92, -0.15),
)
"""A house: square walls under a pitched roof, the same visual weight as the circle."""

ACTIVITY_OUTLINE: tuple[Point, ...] = ((0.0, -1.18), (1.18, 0.0), (0.0, 1.18), (-1.18, 0.0))
"""A diamond standing on its point."""

PRACTITIONER_INNER = 0.68
"""A practitioner's second outline, as a fraction of the node's radius."""


def outline(points: Sequence[Point], r: float, *, y_up: bool = False) -> list[Point]:
    """A unit outline scaled to radius ``r`` (mirrored for y-up page coordinates)."""
    flip = -1.0 if y_up else 1.0
    return [(x * r, flip * y * r) for x, y in points]


# rings ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RingBands:
    """Equal bands of closeness of width ``ring_w`` round a client disc of ``client_r``."""

    client_r: float
    ring_w: float

    def inner(self, ring: int) -> float:
        return self.client_r + (ring - 1) * self.ring_w

    def middle(self, ring: int) -> float:
        """The radius of the circle that a ring's nodes sit on (the band's middle)."""
        return self.client_r + (ring - 0.5) * self.ring_w

    def outer(self, ring: int) -> float:
        return self.client_r + ring * self.ring_w

    def ring_at(self, radius: float, rings: int) -> int:
        """The ring at a distance from the centre: the client disc counts as ring 1 and
        anything beyond the outer ring as the outer ring, so a drop never loses a node."""
        if not radius > self.client_r:  # also catches NaN
            return 1
        return max(1, min(rings, math.ceil((radius - self.client_r) / self.ring_w)))


# angles and positions ---------------------------------------------------------------


def angular_distance(a: float, b: float) -> float:
    """The shorter way round between two angles, in [0, 180]."""
    d = abs(normalise(a) - normalise(b))
    return min(d, 360.0 - d)


def arc_degrees(arc_length: float, radius: float) -> float:
    """The angle that an arc of a given length spans on a circle."""
    return math.degrees(arc_length / radius)


def to_xy(radius: float, angle: float) -> Point:
    """The screen point (y down) at ``radius`` from the centre in direction ``angle``."""
    rad = math.radians(angle)
    return radius * math.sin(rad), -radius * math.cos(rad)


def to_polar(x: float, y: float) -> tuple[float, float]:
    """(radius, angle) of a screen point (y down); the centre itself has angle 0."""
    return math.hypot(x, y), normalise(math.degrees(math.atan2(x, -y)))


def page_xy(cx: float, cy: float, radius: float, angle: float) -> Point:
    """The page point (y up) at ``radius`` from (cx, cy) in direction ``angle``."""
    x, y = to_xy(radius, angle)
    return cx + x, cy - y


# spreading neighbours round a ring --------------------------------------------------


def spread(angles: Sequence[float], min_gap: float) -> list[float]:
    """Move angles as little as possible so that neighbours are ``min_gap`` apart or more.

    The clockwise order is kept (equal angles keep their order in ``angles``), and the
    result is in the input's order. When the circle is too small for the gap, or the
    least-squares solution would wrap round, the angles are spread evenly instead.
    """
    n = len(angles)
    if n < 2:
        return [normalise(a) for a in angles]
    order = sorted(range(n), key=lambda i: normalise(angles[i]))
    ring = [normalise(angles[i]) for i in order]
    start = _after_largest_gap(ring)
    unrolled = [ring[(start + k) % n] + (360.0 if start + k >= n else 0.0) for k in range(n)]
    line: list[float] | None = None
    if n * min_gap < 360.0:
        fitted = _isotonic([a - k * min_gap for k, a in enumerate(unrolled)])
        line = [c + k * min_gap for k, c in enumerate(fitted)]
        if line[-1] - line[0] > 360.0 - min_gap:
            line = None
    placed = line if line is not None else _even(unrolled)
    out = [0.0] * n
    for k, a in enumerate(placed):
        out[order[(start + k) % n]] = normalise(a)
    return out


def _after_largest_gap(ring: Sequence[float]) -> int:
    """The index that follows the widest empty arc of sorted angles: where to cut."""
    n = len(ring)
    gaps = [(ring[i] - ring[i - 1]) % 360.0 if i else ring[0] + 360.0 - ring[-1] for i in range(n)]
    return max(range(n), key=lambda i: gaps[i])


def _isotonic(values: Sequence[float]) -> list[float]:
    """The closest non-decreasing sequence (least squares): pool adjacent violators."""
    blocks: list[list[float]] = []  # [sum, count]
    for v in values:
        blocks.append([v, 1.0])
        while len(blocks) > 1 and blocks[-2][0] / blocks[-2][1] > blocks[-1][0] / blocks[-1][1]:
            total, count = blocks.pop()
            blocks[-1][0] += total
            blocks[-1][1] += count
    out: list[float] = []
    for total, count in blocks:
        out += [total / count] * int(count)
    return out


def _even(unrolled: Sequence[float]) -> list[float]:
    """Evenly spaced angles in the same order, shifted to move them least overall."""
    n = len(unrolled)
    step = 360.0 / n
    shift = sum(a - k * step for k, a in enumerate(unrolled)) / n
    return [shift + k * step for k in range(n)]
