"""Page geometry: boxes, and a grid that answers "is this spot free?".

PDF coordinates: the origin is the page's bottom-left corner and y grows upwards.
Angles, rings and spreading round a ring are the model's (``netbuilder.model.layout``),
shared with the canvas.
"""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Rect:
    """An axis-aligned box; (x, y) is its bottom-left corner."""

    x: float
    y: float
    w: float
    h: float

    @property
    def top(self) -> float:
        return self.y + self.h

    @property
    def right(self) -> float:
        return self.x + self.w

    def overlaps(self, other: Rect) -> bool:
        return (
            self.x < other.right and other.x < self.right
            and self.y < other.top and other.y < self.top
        )

    def inside(self, outer: Rect) -> bool:
        return (
            self.x >= outer.x and self.y >= outer.y
            and self.right <= outer.right and self.top <= outer.top
        )

    def grown(self, d: float) -> Rect:
        return Rect(self.x - d, self.y - d, self.w + 2 * d, self.h + 2 * d)

    def union(self, other: Rect) -> Rect:
        x, y = min(self.x, other.x), min(self.y, other.y)
        return Rect(x, y, max(self.right, other.right) - x, max(self.top, other.top) - y)

    def below(self, h: float, gap: float = 0.0) -> Rect:
        """The full-width box of height ``h`` under this one."""
        return Rect(self.x, self.y - gap - h, self.w, h)

    @staticmethod
    def around(cx: float, cy: float, half_w: float, half_h: float) -> Rect:
        return Rect(cx - half_w, cy - half_h, 2 * half_w, 2 * half_h)


class Occupancy:
    """The boxes already taken on the map, bucketed in a grid for quick look-ups."""

    def __init__(self, cell: float = 24.0) -> None:
        self.cell = cell
        self._cells: dict[tuple[int, int], list[Rect]] = {}
        self._discs: list[tuple[float, float, float]] = []

    def add_disc(self, cx: float, cy: float, r: float) -> None:
        """A round obstacle (the client at the centre)."""
        self._discs.append((cx, cy, r))

    def _keys(self, r: Rect) -> list[tuple[int, int]]:
        c = self.cell
        x0, x1 = math.floor(r.x / c), math.floor((r.x + r.w) / c)
        y0, y1 = math.floor(r.y / c), math.floor((r.y + r.h) / c)
        return [(i, j) for i in range(x0, x1 + 1) for j in range(y0, y1 + 1)]

    def free(self, r: Rect) -> bool:
        for disc in self._discs:
            if _rect_meets_disc(r, *disc):
                return False
        x0, y0, x1, y1 = r.x, r.y, r.x + r.w, r.y + r.h
        cells = self._cells
        for key in self._keys(r):
            for o in cells.get(key, ()):
                if x0 < o.x + o.w and o.x < x1 and y0 < o.y + o.h and o.y < y1:
                    return False
        return True

    def add(self, r: Rect) -> None:
        for key in self._keys(r):
            self._cells.setdefault(key, []).append(r)


def _rect_meets_disc(r: Rect, cx: float, cy: float, radius: float) -> bool:
    nearest_x = min(max(cx, r.x), r.right)
    nearest_y = min(max(cy, r.y), r.top)
    return (nearest_x - cx) ** 2 + (nearest_y - cy) ** 2 < radius**2
