"""Sections that measure themselves and fit any height they are given.

A section is laid out for a width and a height limit; the layout knows its exact
height and draws exactly that. When the content is longer than the limit, the
section keeps what fits and says what it left out ("+ 4 more goals") or ends a cut
text with an ellipsis. ``allocate`` shares a column's height between sections fairly.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from .pen import INK, MUTED, PANEL, RULE, Pen
from .text import Font, Lines, fit, wrap

PAD = 3.0


class Prepared(Protocol):
    @property
    def height(self) -> float: ...

    def draw(self, pen: Pen, x: float, top: float) -> None: ...


class Section(Protocol):
    def layout(self, width: float, limit: float) -> Prepared: ...


def allocate(
    sections: Sequence[Section], width: float, avail: float,
    weights: Sequence[float] | None = None,
) -> list[Prepared]:
    """Lay out sections one above the other within ``avail`` (gaps included by the caller).

    Every section gets its natural height if all fit; otherwise each is cut to its
    weight times a common cap, the largest cap that fits (found by bisection).
    """
    w = list(weights) if weights is not None else [1.0] * len(sections)
    natural = [s.layout(width, 1e9) for s in sections]
    if sum(p.height for p in natural) <= avail:
        return natural
    lo, hi = 0.0, max(p.height / wi for p, wi in zip(natural, w, strict=True))
    for _ in range(20):
        cap = (lo + hi) / 2
        used = sum(s.layout(width, wi * cap).height for s, wi in zip(sections, w, strict=True))
        if used <= avail:
            lo = cap
        else:
            hi = cap
    parts = [s.layout(width, wi * lo) for s, wi in zip(sections, w, strict=True)]
    return _top_up(sections, parts, width, avail)


def _top_up(
    sections: Sequence[Section], parts: list[Prepared], width: float, avail: float
) -> list[Prepared]:
    """Give what the common cap left over to the sections in order, first come first."""
    for i, section in enumerate(sections):
        spare = avail - sum(p.height for p in parts)
        if spare <= 0:
            break
        grown = section.layout(width, parts[i].height + spare)
        if grown.height <= parts[i].height + spare:
            parts[i] = grown
    return parts


def more_line(count: int, one: str, many: str) -> str:
    return f"+ {count} more {one if count == 1 else many} (the full record lists them all)"


# text sections ---------------------------------------------------------------


@dataclass(frozen=True)
class TextSection:
    """A heading over paragraphs or bullets; optional soft panel behind it."""

    heading: str
    items: tuple[str, ...]
    heading_font: Font
    font: Font
    bullets: bool = False
    panel: bool = False
    empty: str = ""
    more: tuple[str, str] = ("item", "items")
    max_item_lines: int = 1_000

    def layout(self, width: float, limit: float) -> PreparedText:
        inner = width - (2 * PAD if self.panel else 0.0)
        indent = self.font.size * 1.1 if self.bullets else 0.0
        wrapped = [wrap(t, self.font, inner - indent, self.max_item_lines) for t in self.items]
        heading = wrap(self.heading, self.heading_font, inner, 2)
        head_h = heading.height(self.heading_font) + 1.5
        pad_h = 2 * PAD if self.panel else 0.0
        budget = max(int((limit - head_h - pad_h + 1e-6) // self.font.leading), 1)
        lines = _cut_items(wrapped, budget, self, inner - indent)
        if not self.items and self.empty:
            lines = [(False, wrap(self.empty, self.font, inner, 2).lines[:max(budget, 0)])]
        body_h = sum(len(ls) for _, ls in lines) * self.font.leading
        height = head_h + body_h + pad_h
        return PreparedText(self, width, heading.lines, lines, height, indent)


def _cut_items(
    wrapped: list[Lines], budget: int, s: TextSection, width: float
) -> list[tuple[bool, tuple[str, ...]]]:
    """(is a new item, lines) per item kept within ``budget`` lines."""
    total = sum(len(w.lines) for w in wrapped)
    if total <= budget:
        return [(True, w.lines) for w in wrapped]
    out: list[tuple[bool, tuple[str, ...]]] = []
    used = 0
    for i, w in enumerate(wrapped):
        left_after = len(wrapped) - i - 1
        room = budget - used - (1 if left_after else 0)
        if room <= 0:
            break
        if len(w.lines) > room:
            out.append((True, wrap(s.items[i], s.font, width, room).lines))
            used += room
            if not s.bullets or left_after == 0:
                return out
            break
        out.append((True, w.lines))
        used += len(w.lines)
    left = len(wrapped) - len(out)
    if left and budget - used >= 1:
        out.append((False, (fit(more_line(left, *s.more), s.font, width),)))
    return out


@dataclass(frozen=True)
class PreparedText:
    section: TextSection
    width: float
    heading: tuple[str, ...]
    lines: list[tuple[bool, tuple[str, ...]]]
    height: float
    indent: float

    def draw(self, pen: Pen, x: float, top: float) -> None:
        if self.height <= 0:
            return
        s = self.section
        if s.panel:
            pen.fill(PANEL)
            pen.rect(x, top - self.height, self.width, self.height, radius=3.0)
            x, top, = x + PAD, top - PAD
        top -= pen.lines(x, top, self.heading, s.heading_font, INK) + 1.5
        for new_item, lines in self.lines:
            if s.bullets and new_item:
                pen.text(x + 1.0, top - s.font.size * 0.93, "\u2022", s.font, MUTED)
            colour = INK if new_item else MUTED
            top -= pen.lines(x + self.indent, top, lines, s.font, colour)


# tables ----------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    title: str
    share: float  # of the table's width
    max_lines: int = 3


@dataclass(frozen=True)
class TableSection:
    """A heading over a table; rows that do not fit are counted, not spilled."""

    heading: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[str, ...], ...]
    heading_font: Font
    head_font: Font
    font: Font
    empty: str
    more: tuple[str, str]
    row_gap: float = 3.0
    _cache: dict[float, tuple[list[list[Lines]], list[float]]] = field(
        default_factory=dict, compare=False
    )

    def cells(self, width: float) -> list[list[Lines]]:
        return self._wrapped(width)[0]

    def _wrapped(self, width: float) -> tuple[list[list[Lines]], list[float]]:
        if width not in self._cache:
            cells = [
                [wrap(text, self.font, c.share * width - 4, c.max_lines)
                 for c, text in zip(self.columns, row, strict=True)]
                for row in self.rows
            ]
            self._cache[width] = (cells, [self.row_height(r) for r in cells])
        return self._cache[width]

    def row_height(self, row: list[Lines]) -> float:
        return max(len(c.lines) for c in row) * self.font.leading + self.row_gap

    def layout(self, width: float, limit: float) -> PreparedTable:
        head = self.heading_font.leading + 1.5 + self.head_font.leading + 2.0
        cells, heights = self._wrapped(width)
        if not cells:
            return PreparedTable(self, width, [], 0, head + self.font.leading)
        more_h = self.font.leading + 1.0
        used, kept = head, 0
        for i, h in enumerate(heights):
            tail = more_h if i + 1 < len(heights) else 0.0
            if used + h + tail > limit:
                break
            used += h
            kept += 1
        left = len(cells) - kept
        if left:
            used += more_h
        return PreparedTable(self, width, cells[:kept], left, used)


@dataclass(frozen=True)
class PreparedTable:
    section: TableSection
    width: float
    cells: list[list[Lines]]
    left: int
    height: float

    def draw(self, pen: Pen, x: float, top: float) -> None:
        if self.height <= 0:
            return
        s = self.section
        pen.lines(x, top, (s.heading,), s.heading_font, INK)
        top -= s.heading_font.leading + 1.5
        xs = _column_xs(x, self.width, s.columns)
        for cx, col in zip(xs, s.columns, strict=True):
            pen.text(cx, top - s.head_font.size, fit(col.title, s.head_font, col.share * self.width
                                                     - 4), s.head_font, MUTED)
        top -= s.head_font.leading + 2.0
        pen.rule(x, top + 1.0, x + self.width, RULE, 0.6)
        if not s.rows:
            pen.lines(x, top - 1.5, (fit(s.empty, s.font, self.width),), s.font, MUTED)
        for row in self.cells:
            _draw_row(pen, row, xs, top - s.row_gap / 2, s.font)
            top -= s.row_height(row)
            pen.rule(x, top + 0.5, x + self.width, RULE, 0.3)
        if self.left:
            line = fit(more_line(self.left, *s.more), s.font, self.width)
            pen.lines(x, top - 1.0, (line,), s.font, MUTED)


def _column_xs(x: float, width: float, columns: Sequence[Column]) -> list[float]:
    xs = []
    for c in columns:
        xs.append(x)
        x += c.share * width
    return xs


def _draw_row(pen: Pen, row: list[Lines], xs: list[float], top: float, font: Font) -> None:
    for cx, cell in zip(xs, row, strict=True):
        pen.lines(cx, top, cell.lines, font, INK)
