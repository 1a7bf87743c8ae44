"""The map's key, as a measured flow of small samples and words under the map.

Only what the map uses is explained (kinds and effects always; link kinds and roles
when they appear); the rings are named from the centre out, and anything the map had
to leave out is said here in words.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from netbuilder.model import Effect, LinkKind, NetworkMap, NodeKind

from .mapdraw import draw_effect_glyph, draw_link_line, draw_node, draw_role_badge
from .mapplace import BADGE_FONT, ROLE_CODES, MapLayout
from .pen import INK, MUTED, Pen
from .text import Font, fit

Sample = Callable[[Pen, float, float, float], None]  # pen, x, baseline y, font size


@dataclass(frozen=True, slots=True)
class Item:
    text: str
    bold: bool = False
    sample: Sample | None = None
    sample_w: float = 0.0
    new_line: bool = False


FULL_RECORD = "the full record lists them all"


def legend_items(
    m: NetworkMap, layout: MapLayout, font: Font, listed: str = FULL_RECORD
) -> list[Item]:
    """The key for a placed map: what it shows, and what it had to leave out (and, in
    brackets, where the reader finds it: ``listed``)."""
    codes = {code for p in layout.nodes for code in p.badges}
    kinds = {path.kind for path in layout.links}
    return _items(m, font, kinds, codes, layout.hidden, layout.unlabelled, listed)


def legend_estimate(m: NetworkMap, font: Font) -> list[Item]:
    """A key at least as tall as any placed map of ``m`` needs (to plan the page)."""
    codes = {ROLE_CODES[r.value] for n in m.nodes for r in n.roles}
    kinds = {lk.kind for lk in m.links}
    many = len(m.nodes)
    return _items(m, font, kinds, codes, many, many)


def _items(
    m: NetworkMap, font: Font, kinds: set[LinkKind], codes: set[str], hidden: int,
    unlabelled: int, listed: str = FULL_RECORD,
) -> list[Item]:
    s = font.size
    items = [Item("Key:", bold=True)]
    items += [_kind_item(k, False, s) for k in NodeKind] + [_kind_item(NodeKind.PERSON, True, s)]
    items.append(Item("Effect on wellbeing:", bold=True))
    items += [_effect_item(e, s) for e in Effect]
    if kinds:
        items.append(Item("Links:", bold=True))
        items += [_link_item(k, s) for k in LinkKind if k in kinds]
    roles = [r for r, code in ROLE_CODES.items() if code in codes]
    if roles:
        items.append(Item("Practitioner roles:", bold=True))
        items += [_role_item(ROLE_CODES[r], r) for r in roles]
    items.append(Item("Rings, from the centre:", bold=True, new_line=True))
    items += [Item(f"{i} {fit(name, font, 140)}") for i, name in enumerate(m.ring_labels, 1)]
    return items + _left_out(hidden, unlabelled, listed)


def _left_out(hidden: int, unlabelled: int, listed: str) -> list[Item]:
    parts = []
    if hidden:
        more = "connection" if hidden == 1 else "connections"
        parts.append(f"+ {hidden} more {more} not drawn on this map")
    if unlabelled:
        parts.append(f"{unlabelled} drawn without a name to keep the map readable")
    if not parts:
        return []
    return [Item("; ".join(parts) + f" ({listed}).", new_line=True)]


def _kind_item(kind: NodeKind, practitioner: bool, size: float) -> Item:
    def sample(pen: Pen, x: float, y: float, s: float) -> None:
        draw_node(pen, kind, practitioner, None, x + s * 0.5, y + s * 0.32, s * 0.42)

    name = "practitioner" if practitioner else kind.value
    return Item(name, sample=sample, sample_w=size * 1.05)


def _effect_item(effect: Effect, size: float) -> Item:
    def sample(pen: Pen, x: float, y: float, s: float) -> None:
        draw_effect_glyph(pen, effect, x + s * 0.5, y + s * 0.32, s * 0.45)

    return Item(effect.value, sample=sample, sample_w=size * 1.05)


def _link_item(kind: LinkKind, size: float) -> Item:
    def sample(pen: Pen, x: float, y: float, s: float) -> None:
        draw_link_line(pen, kind, (x, y + s * 0.3), (x + s * 2.4, y + s * 0.3))

    return Item(kind.value, sample=sample, sample_w=size * 2.6)


def _role_item(code: str, role: str) -> Item:
    w = BADGE_FONT.width(code) + 3.0

    def sample(pen: Pen, x: float, y: float, s: float) -> None:
        h = BADGE_FONT.size * 1.25
        draw_role_badge(pen, code, x, y + s * 0.32 - h / 2, w, h)

    return Item(role, sample=sample, sample_w=w + 1.0)


# flow layout -----------------------------------------------------------------


def _item_width(item: Item, font: Font) -> float:
    f = Font(font.size, item.bold)
    return item.sample_w + (2.0 if item.sample else 0.0) + f.width(item.text)


def flow(items: list[Item], font: Font, width: float) -> list[list[tuple[float, Item]]]:
    """Items in rows: (x offset, item) per row, breaking where the width runs out.

    A heading (bold) never ends a row: it moves down with the item after it.
    """
    rows: list[list[tuple[float, Item]]] = [[]]
    x = 0.0
    gap = font.size * 0.9
    widths = [min(_item_width(item, font), width) for item in items]
    for i, item in enumerate(items):
        need = widths[i]
        if item.bold and i + 1 < len(items):
            need += gap + widths[i + 1]
        if rows[-1] and (item.new_line or x + min(need, width) > width):
            rows.append([])
            x = 0.0
        rows[-1].append((x, item))
        x += widths[i] + (gap * 0.6 if item.bold else gap * (1.8 if _ends_group(items, i) else 1))
    return rows


def _ends_group(items: list[Item], i: int) -> bool:
    return i + 1 < len(items) and items[i + 1].bold


def legend_height(items: list[Item], font: Font, width: float) -> float:
    return len(flow(items, font, width)) * _row_h(font)


def _row_h(font: Font) -> float:
    return font.leading + 2.0


def draw_legend(
    pen: Pen, items: list[Item], font: Font, x: float, top: float, width: float
) -> float:
    rows = flow(items, font, width)
    y = top - font.size
    for row in rows:
        for dx, item in row:
            _draw_item(pen, item, font, x + dx, y, width - dx)
        y -= _row_h(font)
    return len(rows) * _row_h(font)


def _draw_item(pen: Pen, item: Item, font: Font, x: float, y: float, room: float) -> None:
    f = Font(font.size, item.bold)
    if item.sample is not None:
        item.sample(pen, x, y, font.size)
        x += item.sample_w + 2.0
        room -= item.sample_w + 2.0
    text = item.text if f.width(item.text) <= room else fit(item.text, f, room)
    pen.text(x, y, text, f, INK if item.bold else MUTED)
