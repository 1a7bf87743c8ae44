"""The one-page network plan: ``render_plan`` (PDF bytes) and ``write_plan`` (a file).

The page is a fixed grid: header at the top, signatures and footer at the bottom, and
between them the map (a square whose side the content decides, within limits) beside
a column of short sections, the key under it, then goals and referrals. Every part is
measured before it is drawn and cut to the room it has, so the plan is always exactly
one page, whatever the map holds.
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from netbuilder.model import Client, ClientRecord, NetworkMap

from .blocks import Prepared, Section, TableSection, TextSection, allocate
from .content import STUDY_NOTE, TITLE, PlanText, plan_text
from .fonts import REGULAR, ensure_fonts
from .geometry import Rect
from .legend import draw_legend, legend_estimate, legend_height, legend_items
from .mapdraw import draw_map
from .mapplace import MapLayout, layout_map
from .page import (
    draw_footer,
    draw_header,
    draw_notes,
    draw_signatures,
    footer_height,
    header_height,
    signatures_height,
)
from .pen import Pen
from .style import Paper, PlanStyle, page_box, style_for


@dataclass(frozen=True, slots=True)
class RenderedPlan:
    """The PDF and what the renderer knows about it (for tests and the preview)."""

    pdf: bytes
    smallest_font_pt: float
    nodes_drawn: int
    nodes_hidden: int
    nodes_unlabelled: int
    goals_shown: int
    referrals_shown: int
    strings_drawn: int


def render_plan(
    client: Client,
    network: NetworkMap,
    previous: NetworkMap | None = None,
    *,
    paper: Paper = "a4",
    large_print: bool = False,
    initials: bool = False,
    practitioner: str | None = None,
    today: date | None = None,
) -> bytes:
    """The one-page plan as PDF bytes (see ``build_plan``)."""
    return build_plan(
        client, network, previous, paper=paper, large_print=large_print, initials=initials,
        practitioner=practitioner, today=today,
    ).pdf


def write_plan(
    path: str | os.PathLike[str],
    client: Client,
    network: NetworkMap,
    previous: NetworkMap | None = None,
    **options: object,
) -> Path:
    """Write the plan to ``path`` atomically (a temporary file, then a rename)."""
    from netbuilder.store.formats.atomic import atomic_write_bytes

    pdf = render_plan(client, network, previous, **options)  # type: ignore[arg-type]
    return atomic_write_bytes(path, pdf)


def previous_version(record: ClientRecord, network: NetworkMap) -> NetworkMap | None:
    """The version ``network`` was based on, when the record holds it."""
    if network.based_on is None:
        return None
    return next((m for m in record.maps if m.id == network.based_on), None)


def build_plan(
    client: Client,
    network: NetworkMap,
    previous: NetworkMap | None = None,
    *,
    paper: Paper = "a4",
    large_print: bool = False,
    initials: bool = False,
    practitioner: str | None = None,
    today: date | None = None,
) -> RenderedPlan:
    """Draw the plan for one map version of ``client``.

    ``previous`` (the version this one reviews) adds a "what changed" box;
    ``initials`` prints the client's initials instead of their name;
    ``practitioner`` is printed in the header when given; ``today`` dates the plan.
    """
    if paper not in ("a4", "letter"):
        raise ValueError(f"paper must be 'a4' or 'letter', not {paper!r}")
    ensure_fonts()
    when = today or date.today()
    text = plan_text(client, network, previous, practitioner, initials, when)
    style = style_for(large_print)
    width, height, box = page_box(paper)
    buffer = io.BytesIO()
    canvas = Canvas(
        buffer, pagesize=(width, height), initialFontName=REGULAR, initialFontSize=9,
        pageCompression=1,
    )
    canvas.setTitle(TITLE)
    canvas.setAuthor("NetBuilder")
    canvas.setCreator("NetBuilder")
    pen = Pen(canvas)
    layout, shown = _draw_page(pen, network, text, style, box)
    canvas.showPage()
    canvas.save()
    return RenderedPlan(
        pdf=buffer.getvalue(),
        smallest_font_pt=pen.smallest,
        nodes_drawn=len(layout.nodes),
        nodes_hidden=layout.hidden,
        nodes_unlabelled=layout.unlabelled,
        goals_shown=shown[0],
        referrals_shown=shown[1],
        strings_drawn=pen.strings,
    )


# the page ----------------------------------------------------------------------


def _draw_page(
    pen: Pen, m: NetworkMap, text: PlanText, style: PlanStyle, box: Rect
) -> tuple[MapLayout, tuple[int, int]]:
    head_h = header_height(text, style, box)
    draw_header(pen, text, style, box)
    bottom = box.y + footer_height(style) + style.gap / 2 + signatures_height(style)
    middle = Rect(box.x, bottom + style.gap, box.w, box.top - head_h - style.gap - bottom
                  - style.gap)
    draw_signatures(pen, style, box, bottom)
    draw_footer(pen, text, style, box)
    return _draw_middle(pen, m, text, style, middle)


def _draw_middle(
    pen: Pen, m: NetworkMap, text: PlanText, style: PlanStyle, area: Rect
) -> tuple[MapLayout, tuple[int, int]]:
    goals, referrals = _tables(text, style)
    lower: list[Section] = [goals, referrals] if text.referrals or not style.large_print else [
        goals
    ]
    weights = [2.5, 1.0][: len(lower)]
    side = _side_sections(text, style)
    legend_max = legend_height(legend_estimate(m, style.legend), style.legend, area.w)
    natural = [s.layout(area.w, 1e9).height for s in lower]
    for size in _map_sizes(style, area, natural):
        room = area.h - size - legend_max - style.gap * (1.0 + 1.2 * len(lower))
        below = allocate(lower, area.w, room, weights)
        if _fair(natural, below, style, area) or size <= style.map_min:
            break
    mp = Rect(area.x, area.top - size, size, size)
    layout = layout_map(m, mp, style.map, text.client_name, text.client_short)
    items = legend_items(m, layout, style.legend)
    legend_h = legend_height(items, style.legend, area.w)
    room = area.h - size - legend_h - style.gap * (1.0 + 1.2 * len(lower))
    below = allocate(lower, area.w, room, weights)
    draw_map(pen, layout)
    right = Rect(mp.right + style.gap * 1.4, mp.y, area.right - mp.right - style.gap * 1.4, size)
    _stack(pen, allocate(side, right.w, right.h - style.gap * (len(side) - 1)), right, style.gap)
    draw_legend(pen, items, style.legend, area.x, mp.y - style.gap * 0.8, area.w)
    top = mp.y - style.gap - legend_h - style.gap
    end = _stack(pen, below, Rect(area.x, area.y, area.w, top - area.y), style.gap * 1.2)
    draw_notes(pen, style, Rect(area.x, area.y, area.w, end - area.y))
    shown = [_shown_rows(p) for p in below] + [0]
    return layout, (shown[0], shown[1])


def _fair(natural: list[float], below: list[Prepared], style: PlanStyle, area: Rect) -> bool:
    """Whether each table got its whole content or at least its share of the page."""
    return all(
        got.height >= min(full, share * area.h) - 1.0
        for full, got, share in zip(natural, below, style.lower_shares, strict=False)
    )


def _map_sizes(style: PlanStyle, area: Rect, natural: list[float]) -> list[float]:
    """Map sizes to try, largest first: as large as a fair share for the tables allows."""
    biggest = min(style.map_max, area.w - style.right_min - style.gap * 1.4)
    shares = style.lower_shares
    reserve = sum(min(full, share * area.h) for full, share in zip(natural, shares, strict=False))
    legend_guess = 4 * (style.legend.leading + 2.0)
    wanted = area.h - reserve - legend_guess - style.gap * (1.0 + 1.2 * len(natural))
    start = max(min(biggest, wanted), style.map_min)
    sizes = [start - 12.0 * k for k in range(12) if start - 12.0 * k > style.map_min]
    return [*sizes, style.map_min]


def _stack(pen: Pen, parts: list[Prepared], area: Rect, gap: float) -> float:
    """Draw parts from the top of ``area`` down; returns where the next would start."""
    top = area.top
    for part in parts:
        if part.height <= 0:
            continue
        part.draw(pen, area.x, top)
        top -= part.height + gap
    return top


def _shown_rows(p: Prepared) -> int:
    cells = getattr(p, "cells", None)
    return len(cells) if cells is not None else 0


def _tables(text: PlanText, style: PlanStyle) -> tuple[TableSection, TableSection]:
    goals = TableSection(
        "My goals", style.goal_columns, tuple(_pick(r, style.goal_keep) for r in text.goals),
        style.heading, style.table_head, style.table,
        empty="No goals yet: we will write them together, in my own words.",
        more=("goal", "goals"),
    )
    referrals = TableSection(
        "Signposting and referrals", style.referral_columns,
        tuple(_pick(r, style.referral_keep) for r in text.referrals),
        style.heading, style.table_head, style.table,
        empty="No signposting or referrals recorded.", more=("referral", "referrals"),
    )
    return goals, referrals


def _pick(row: tuple[str, ...], keep: tuple[int, ...]) -> tuple[str, ...]:
    return tuple(row[i] for i in keep)


def _side_sections(text: PlanText, style: PlanStyle) -> list[Section]:
    sections: list[Section] = [
        TextSection(
            "What matters to me", tuple(p for p in text.what_matters.split("\n") if p.strip()),
            style.heading, style.body, panel=True,
            empty="(to write together)",
        ),
    ]
    summary = (*text.summary[: style.summary_lines], STUDY_NOTE)
    sections.append(
        TextSection("About my network", summary, style.heading, style.body, bullets=True,
                    more=("line", "lines"))
    )
    if style.show_changes and text.changes_since is not None:
        changes = tuple(c.replace(" -> ", " \u2192 ") for c in text.changes)
        sections.append(
            TextSection(f"What changed since {text.changes_since}",
                        changes or ("No changes recorded.",), style.heading, style.body,
                        bullets=True, panel=True, more=("change", "changes"))
        )
    return sections
