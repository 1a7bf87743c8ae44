"""The full record: every connection, link, goal and referral of one map version.

The one-page plan summarises ("+ 12 more connections"); this export leaves nothing
out and runs to as many pages as it needs. It is laid out by reportlab's platypus
(``SimpleDocTemplate``) in the same embedded DejaVu fonts as the plan: tables repeat
their header row on every page they run onto, and every page carries the client's
name, "Page x of y" and a "Confidential" footer. Page 1 can show the plan's map.

All user text goes through ``fonts.clean`` (control characters, glyphs the font lacks)
and ``xml.sax.saxutils.escape`` before it reaches a ``Paragraph``, so a label such as
``<b>bold</b>``, ``A & B`` or ``<img src="..."/>`` prints as typed and nothing is
fetched. Right-to-left text is wrapped here, line by line in visual order, as the plan
does, because a ``Paragraph`` would reorder it badly.
"""

from __future__ import annotations

import io
import os
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cache, partial
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import registerFontFamily
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import LayoutError

from netbuilder.analysis.comparison import compare
from netbuilder.analysis.plans import OPEN_GOAL_STATUSES, OPEN_REFERRAL_STATUSES
from netbuilder.analysis.summary import summarise
from netbuilder.analysis.wording import describe_changes, plain_english
from netbuilder.model import Client, Goal, Link, LinkKind, NetworkMap, Node, Referral

from . import rtl
from .content import STUDY_NOTE, next_review, ordered_goals
from .fonts import BOLD, REGULAR, clean, ensure_fonts, one_line
from .geometry import Rect
from .legend import Item, draw_legend, legend_height, legend_items
from .mapdraw import draw_map
from .mapplace import MapLayout, MapStyle, layout_map
from .pen import INK, MUTED, PANEL, RULE, SOFT_INK, Pen
from .style import PAPER_SIZES, STANDARD, Paper
from .text import Font, day, fit, initials, wrap

TITLE = "My wellbeing network: full record"
CONFIDENTIAL = "Confidential: contains health information"
DASH = "\u2013"

_MARGIN_X, _MARGIN_TOP, _MARGIN_BOTTOM = 40.0, 50.0, 46.0
_PAD = 3.5  # cell padding, each side
_FRAME_PAD = 6.0  # platypus's frames pad their content by this much


# the public functions ---------------------------------------------------------------


def render_full_record(
    client: Client,
    network: NetworkMap,
    previous: NetworkMap | None = None,
    *,
    versions: Sequence[NetworkMap] = (),
    paper: Paper = "a4",
    with_map: bool = True,
    initials: bool = False,
    practitioner: str | None = None,
    today: date | None = None,
) -> bytes:
    """The full record of one map version as PDF bytes, on as many pages as it needs.

    ``previous`` (the version this one reviews) adds "what changed"; ``versions`` (all
    the client's versions) adds a list of them; ``with_map`` puts the plan's map on
    page 1; ``initials`` prints the client's initials instead of their name.
    """
    if paper not in PAPER_SIZES:
        raise ValueError(f"paper must be 'a4' or 'letter', not {paper!r}")
    ensure_fonts()
    _ensure_family()
    when = today or date.today()
    name = initials_of(client) if initials else client.display_name
    facts = _Facts(name, when, practitioner.strip() if practitioner else "")
    try:
        return _build(client, network, previous, versions, paper, with_map, facts, False)
    except LayoutError:
        # a single row taller than a page (thousands of characters in one cell): let
        # rows split between pages rather than fail
        return _build(client, network, previous, versions, paper, with_map, facts, True)


def write_full_record(
    path: str | os.PathLike[str],
    client: Client,
    network: NetworkMap,
    previous: NetworkMap | None = None,
    **options: Any,
) -> Path:
    """Write the full record to ``path`` atomically (a temporary file, then a rename)."""
    from netbuilder.store.formats.atomic import atomic_write_bytes

    return atomic_write_bytes(path, render_full_record(client, network, previous, **options))


def initials_of(client: Client) -> str:
    return initials(client.display_name)


# the document -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Facts:
    name: str
    today: date
    practitioner: str


def _build(
    client: Client, m: NetworkMap, previous: NetworkMap | None, versions: Sequence[NetworkMap],
    paper: Paper, with_map: bool, facts: _Facts, split_rows: bool,
) -> bytes:
    buffer = io.BytesIO()
    size = PAPER_SIZES[paper]
    # the frame pads its content by _FRAME_PAD: the margins make room for it, so that the
    # text lines up with the running head and the footer
    doc = SimpleDocTemplate(
        buffer, pagesize=size, leftMargin=_MARGIN_X - _FRAME_PAD,
        rightMargin=_MARGIN_X - _FRAME_PAD, topMargin=_MARGIN_TOP - _FRAME_PAD,
        bottomMargin=_MARGIN_BOTTOM - _FRAME_PAD, title=TITLE, author="NetBuilder",
        creator="NetBuilder", initialFontName=REGULAR, initialFontSize=9,
        pageCompression=1,
    )
    book = _Book(doc.width - 2 * _FRAME_PAD, doc.height - 2 * _FRAME_PAD, split_rows)
    story = book.story(client, m, previous, versions, with_map, facts)
    running = f"{one_line(facts.name)} \u00b7 {one_line(m.label)}, {day(m.date)}"
    doc.build(story, canvasmaker=partial(_RecordCanvas, footer=running, running=running))
    return buffer.getvalue()


class _RecordCanvas(Canvas):  # type: ignore[misc]
    """Holds the pages back until the end, to print "Page x of y" and the footer."""

    def __init__(self, *args: Any, footer: str = "", running: str = "", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._running = running
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._decorate(total)
            super().showPage()
        super().save()

    def _decorate(self, total: int) -> None:
        """Footer on every page (who, "Page x of y", "Confidential"); a running head
        from page 2 on."""
        width, height = self._pagesize
        left, right = _MARGIN_X, width - _MARGIN_X
        font = _FOOTER
        pen = Pen(self)
        y = _MARGIN_BOTTOM - 26.0
        pen.rule(left, y + font.leading + 1.0, right, RULE, 0.4)
        page = f"Page {self._pageNumber} of {total}"
        middle = (left + right) / 2
        pen.text(middle, y, page, Font(font.size, bold=True), INK, "middle")
        half = (right - left) / 2 - Font(font.size, bold=True).width(page) / 2 - 12.0
        pen.text(left, y, fit(self._footer, font, half), font, MUTED)
        pen.text(right, y, fit(CONFIDENTIAL, font, half), font, MUTED, "end")
        if self._pageNumber > 1:
            top = height - _MARGIN_TOP + 16.0
            pen.text(left, top, fit(TITLE, font, (right - left) / 2 - 6.0), font, MUTED)
            pen.text(right, top, fit(self._running, font, (right - left) / 2 - 6.0), font,
                     MUTED, "end")
            pen.rule(left, top - 4.0, right, RULE, 0.4)


_FOOTER = Font(7.5)


@cache
def _ensure_family() -> None:
    """Tell reportlab that <b> in a paragraph means the bold DejaVu, not Helvetica."""
    registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)


# paragraph styles ---------------------------------------------------------------------


def _style(name: str, size: float, bold: bool = False, colour: Color = INK,
           space_before: float = 0.0, space_after: float = 0.0,
           left: float = 0.0) -> ParagraphStyle:
    return ParagraphStyle(
        name, fontName=BOLD if bold else REGULAR, fontSize=size, leading=round(size * 1.25, 2),
        textColor=colour, bulletFontName=REGULAR, bulletFontSize=size, spaceBefore=space_before,
        spaceAfter=space_after, leftIndent=left, bulletIndent=max(left - size, 0.0),
        splitLongWords=1,
    )


TITLE_STYLE = _style("nb-title", 18.0, bold=True, space_after=2.0)
NAME_STYLE = _style("nb-name", 12.0, bold=True, colour=SOFT_INK, space_after=6.0)
H1 = _style("nb-h1", 13.0, bold=True, space_before=12.0, space_after=4.0)
BODY = _style("nb-body", 9.0, space_after=2.0)
BULLET = _style("nb-bullet", 9.0, space_after=1.5, left=11.0)
NOTE = _style("nb-note", 8.0, colour=MUTED, space_after=2.0)
CELL = _style("nb-cell", 8.0)
CELL_BOLD = _style("nb-cell-bold", 8.0, bold=True)
CELL_MUTED = _style("nb-cell-muted", 7.5, colour=MUTED)
HEAD = _style("nb-head", 7.5, bold=True, colour=SOFT_INK)
META_LABEL = _style("nb-meta-label", 8.5, colour=MUTED)
META_VALUE = _style("nb-meta-value", 8.5, bold=True)

_TABLE = TableStyle([
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("FONT", (0, 0), (-1, -1), REGULAR, 8.0),
    ("LEFTPADDING", (0, 0), (-1, -1), _PAD),
    ("RIGHTPADDING", (0, 0), (-1, -1), _PAD),
    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3.0),
    ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
    ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
    ("BACKGROUND", (0, 0), (-1, 0), PANEL),
])


def text_markup(text: str, font: Font | None = None, width: float | None = None) -> str:
    """User text as safe paragraph markup: cleaned, escaped, line breaks kept.

    Right-to-left text is wrapped to ``width`` here and each line put in visual order
    (a ``Paragraph`` would break the reordered text in the wrong places).
    """
    cleaned = clean(text)
    if rtl.has_rtl(cleaned) and font is not None and width is not None:
        lines = wrap(text, font, width).lines
        return "<br/>".join(escape(rtl.visual(line)) for line in lines)
    return "<br/>".join(escape(" ".join(part.split())) for part in cleaned.split("\n"))


def _font_of(style: ParagraphStyle) -> Font:
    return Font(float(style.fontSize), style.fontName == BOLD)


def para(text: str, style: ParagraphStyle, width: float | None = None,
         prefix: str = "") -> Paragraph:
    """A paragraph of user text (``prefix`` is our own markup, put before it)."""
    return Paragraph(prefix + text_markup(text, _font_of(style), width), style)


# the book -----------------------------------------------------------------------------


class _Book:
    """Builds the story (the list of flowables) for a frame ``width`` points wide."""

    def __init__(self, width: float, frame_h: float, split_rows: bool) -> None:
        self.width = width
        self.frame_h = frame_h
        self.split_rows = split_rows

    def story(
        self, client: Client, m: NetworkMap, previous: NetworkMap | None,
        versions: Sequence[NetworkMap], with_map: bool, facts: _Facts,
    ) -> list[Flowable]:
        labels = {n.id: n.label for n in m.nodes}
        story: list[Flowable] = [
            Paragraph(escape(TITLE), TITLE_STYLE),
            para(facts.name, NAME_STYLE, self.width),
            self._facts_table(m, previous, facts),
        ]
        if with_map:
            story += [Spacer(1, 8.0), MapFigure(m, facts.name, initials_of(client),
                                                min(self.width, 440.0), RECORD_MAP)]
        story += self._what_matters(m)
        story += self._summary(m, facts.today)
        if previous is not None:
            story += self._changes(previous, m)
        story += self._goals(m, labels, facts.today)
        story += self._referrals(m, labels, facts.today)
        story += self._nodes(m)
        story += self._links(m, labels)
        if len(versions) > 1:
            story += self._versions(versions, m)
        story += [Spacer(1, 10.0), Paragraph("End of the full record.", NOTE)]
        return story

    # parts ----------------------------------------------------------------------------

    def _facts_table(self, m: NetworkMap, previous: NetworkMap | None, facts: _Facts) -> Table:
        rows = [("Printed", day(facts.today)), ("Version", f"{m.label}, {day(m.date)}")]
        if previous is not None:
            rows.append(("Reviews", f"{previous.label}, {day(previous.date)}"))
        if facts.practitioner:
            rows.append(("Practitioner", facts.practitioner))
        rows.append(("Next review", next_review(m, facts.today)))
        count = (f"{_count(len(m.nodes), 'connection')}, {_count(len(m.links), 'link')}, "
                 f"{_count(len(m.goals), 'goal')}, {_count(len(m.referrals), 'referral')}")
        rows.append(("In this record", count))
        label_w = 80.0
        data = [[Paragraph(escape(k), META_LABEL), para(v, META_VALUE, self.width - label_w)]
                for k, v in rows]
        table = Table(data, colWidths=[label_w, self.width - label_w], hAlign="LEFT")
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONT", (0, 0), (-1, -1), REGULAR, 8.5),
            ("LEFTPADDING", (0, 0), (-1, -1), 0.0),
            ("TOPPADDING", (0, 0), (-1, -1), 0.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
            ("LINEBELOW", (0, -1), (-1, -1), 0.8, RULE),
            ("BOTTOMPADDING", (0, -1), (-1, -1), 6.0),
        ]))
        return table

    def _heading(self, text: str) -> Flowable:
        return Paragraph(escape(text), H1)

    def _what_matters(self, m: NetworkMap) -> list[Flowable]:
        parts = [p for p in m.what_matters.split("\n") if p.strip()]
        body: list[Flowable] = [para(p, BODY, self.width) for p in parts]
        if not body:
            body = [Paragraph("Nothing written yet.", NOTE)]
        return self._section("What matters to me", body)

    def _summary(self, m: NetworkMap, today: date) -> list[Flowable]:
        lines = [*plain_english(summarise(m, today)), STUDY_NOTE]
        bullets = [self._bullet(line) for line in lines]
        return self._section("About my network", bullets)

    def _bullet(self, text: str) -> Paragraph:
        return Paragraph(text_markup(text, _font_of(BULLET), self.width - BULLET.leftIndent),
                         BULLET, bulletText="\u2022")

    def _changes(self, previous: NetworkMap, m: NetworkMap) -> list[Flowable]:
        changes = [c.replace(" -> ", " \u2192 ") for c in describe_changes(compare(previous, m))]
        title = f"What changed since {previous.label} ({day(previous.date)})"
        bullets = [self._bullet(c) for c in changes] or [Paragraph("No changes recorded.", NOTE)]
        return self._section(title, bullets)

    # goals ----------------------------------------------------------------------------

    def _goals(self, m: NetworkMap, labels: dict[str, str], today: date) -> list[Flowable]:
        goals = ordered_goals(m)
        title = f"My goals ({len(goals)})"
        if not goals:
            return self._section(title, [Paragraph("No goals yet.", NOTE)])
        referrals: dict[str, list[str]] = {}
        for r in m.referrals:
            if r.goal_id is not None:
                referrals.setdefault(r.goal_id, []).append(r.service)
        cards = [
            self._goal_card(i, len(goals), goal, labels, referrals.get(goal.id, []), today)
            for i, goal in enumerate(goals, start=1)
        ]
        body: list[Flowable] = [KeepTogether([card, Spacer(1, 6.0)]) for card in cards]
        return self._section(title, body, cards[:1])

    def _goal_card(
        self, i: int, total: int, g: Goal, labels: dict[str, str], services: list[str],
        today: date,
    ) -> Table:
        label_w = 92.0
        value_w = self.width - label_w
        cell_w = value_w - 2 * _PAD
        review = day(g.review_date) if g.review_date else "no review date"
        if g.review_date and g.review_date < today and g.status in OPEN_GOAL_STATUSES:
            review += " (overdue)"
        head = f"Goal {i} of {total} \u00b7 {g.status.value} \u00b7 review {review}"
        rows: list[list[Any]] = [
            [Paragraph(escape(head), HEAD), ""],
            [self._label("In my words"), para(g.text, CELL_BOLD, cell_w)],
            [self._label("Theme"), para(g.theme.value, CELL, cell_w)],
            [self._label("Connections"),
             para(", ".join(labels.get(n, "?") for n in g.node_ids) or DASH, CELL, cell_w)],
            [self._label("Who helps, and how"),
             para("; ".join(f"{labels.get(s.node_id, '?')} as {s.role.value}"
                            for s in g.supporters) or DASH, CELL, cell_w)],
        ]
        steps = g.next_steps or ()
        if not steps:
            rows.append([self._label("Next steps"), Paragraph(DASH, CELL)])
        for k, step in enumerate(steps):
            mark = "\u2611 done: " if step.done else "\u2610 "
            rows.append([self._label("Next steps") if k == 0 else "",
                         para(step.text, CELL_MUTED if step.done else CELL, cell_w,
                              prefix=escape(mark))])
        if services:
            rows.append([self._label("Referrals"), para("; ".join(services), CELL, cell_w)])
        table = self._table(rows, [label_w, value_w], header=False)
        table.setStyle(TableStyle([
            ("SPAN", (0, 0), (1, 0)),
            ("BACKGROUND", (0, 0), (-1, 0), PANEL),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
            ("LINEBELOW", (0, -1), (-1, -1), 0.6, RULE),
            ("TOPPADDING", (0, 1), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 1), (-1, -1), 1.5),
        ]))
        return table

    def _label(self, text: str) -> Paragraph:
        return Paragraph(escape(text), CELL_MUTED)

    # referrals ------------------------------------------------------------------------

    def _referrals(self, m: NetworkMap, labels: dict[str, str], today: date) -> list[Flowable]:
        title = f"Signposting and referrals ({len(m.referrals)})"
        if not m.referrals:
            return self._section(title, [Paragraph("No signposting or referrals recorded.", NOTE)])
        goals = {g.id: g.text for g in m.goals}
        shares = (0.25, 0.13, 0.1, 0.1, 0.11, 0.31)
        widths = [self.width * s for s in shares]
        header = ["Service or group", "Referred by", "Date", "Status", "Follow up",
                  "Reason and outcome"]
        rows = [self._referral_row(r, labels, goals, widths, today) for r in m.referrals]
        return self._table_section(title, [], self._head(header), rows, widths)

    def _referral_row(
        self, r: Referral, labels: dict[str, str], goals: dict[str, str],
        widths: list[float], today: date,
    ) -> list[Any]:
        w = [x - 2 * _PAD for x in widths]
        service: list[Flowable] = [para(r.service, CELL_BOLD, w[0])]
        if r.node_id is not None:
            service.append(para(labels.get(r.node_id, "?"), CELL_MUTED, w[0], prefix="about: "))
        if r.goal_id is not None:
            service.append(para(_short(goals.get(r.goal_id, "?")), CELL_MUTED, w[0],
                                prefix="for the goal: "))
        follow = day(r.follow_up) if r.follow_up else DASH
        if r.follow_up and r.follow_up < today and r.status in OPEN_REFERRAL_STATUSES:
            follow += " (overdue)"
        story: list[Flowable] = []
        if r.reason:
            story.append(para(r.reason, CELL, w[5], prefix="<b>Reason:</b> "))
        if r.outcome:
            story.append(para(r.outcome, CELL, w[5], prefix="<b>Outcome:</b> "))
        return [
            service,
            para(r.by_whom or DASH, CELL, w[1]),
            Paragraph(escape(day(r.date)), CELL),
            Paragraph(escape(r.status.value), CELL),
            Paragraph(escape(follow), CELL),
            story or Paragraph(DASH, CELL),
        ]

    # connections ----------------------------------------------------------------------

    def _nodes(self, m: NetworkMap) -> list[Flowable]:
        title = f"Connections ({len(m.nodes)})"
        if not m.nodes:
            return self._section(title, [Paragraph("No connections on this map yet.", NOTE)])
        intro: list[Flowable] = [Paragraph(escape(
            "Every person, place and activity on the map, ring by ring from the centre, "
            "clockwise from the top."), NOTE)]
        shares = (0.22, 0.13, 0.09, 0.14, 0.16, 0.26)
        widths = [self.width * s for s in shares]
        header = ["Connection", "Ring", "Effect", "Contact", "Practitioner", "Notes"]
        nodes = sorted(m.nodes, key=lambda n: (n.ring, n.angle))
        rows = [self._node_row(n, m, widths) for n in nodes]
        return self._table_section(title, intro, self._head(header), rows, widths)

    def _node_row(self, n: Node, m: NetworkMap, widths: list[float]) -> list[Any]:
        w = [x - 2 * _PAD for x in widths]
        kind = n.kind.value if n.category in ("other", "") else f"{n.kind.value}, {n.category}"
        ring = m.ring_labels[n.ring - 1] if n.ring <= len(m.ring_labels) else ""
        contact = [
            n.frequency.value if n.frequency else None,
            f"{n.share_of_week}% of my week" if n.share_of_week is not None else None,
            f"wants {n.wants.value}" if n.wants else None,
        ]
        practitioner: list[Flowable] = []
        if n.profession is not None:
            practitioner.append(para(n.profession.value, CELL, w[4]))
        if n.roles:
            practitioner.append(para(", ".join(r.value for r in n.roles), CELL_MUTED, w[4],
                                     prefix="roles: "))
        return [
            [para(n.label, CELL_BOLD, w[0]), para(kind, CELL_MUTED, w[0])],
            para(f"{n.ring} {ring}", CELL, w[1]),
            Paragraph(escape(n.effect.value), CELL),
            para("; ".join(c for c in contact if c) or DASH, CELL, w[3]),
            practitioner or Paragraph(DASH, CELL),
            para(n.notes or DASH, CELL, w[5]),
        ]

    # links ----------------------------------------------------------------------------

    def _links(self, m: NetworkMap, labels: dict[str, str]) -> list[Flowable]:
        title = f"Links ({len(m.links)})"
        if not m.links:
            return self._section(title, [Paragraph("No links between connections.", NOTE)])
        shares = (0.28, 0.23, 0.28, 0.21)
        widths = [self.width * s for s in shares]
        header = ["From", "Link", "To", "Note"]
        rows = [self._link_row(lk, labels, widths) for lk in m.links]
        return self._table_section(title, [], self._head(header), rows, widths)

    def _link_row(self, lk: Link, labels: dict[str, str], widths: list[float]) -> list[Any]:
        w = [x - 2 * _PAD for x in widths]
        arrow = " \u2192" if lk.kind in (LinkKind.ACCESS_SUPPORTED_BY,
                                         LinkKind.ACCESS_THROUGH) else ""
        return [
            para(labels.get(lk.source, "?"), CELL, w[0]),
            Paragraph(escape(lk.kind.value + arrow), CELL),
            para(labels.get(lk.target, "?"), CELL, w[2]),
            para(lk.note or DASH, CELL, w[3]),
        ]

    # versions -------------------------------------------------------------------------

    def _versions(self, versions: Sequence[NetworkMap], m: NetworkMap) -> list[Flowable]:
        shares = (0.4, 0.2, 0.2, 0.2)
        widths = [self.width * s for s in shares]
        rows: list[list[Any]] = []
        for v in sorted(versions, key=lambda v: (v.date, v.updated_at)):
            style = CELL_BOLD if v.id == m.id else CELL
            this = " (this record)" if v.id == m.id else ""
            rows.append([para(v.label, style, widths[0] - 2 * _PAD, prefix=""),
                         Paragraph(escape(day(v.date) + this), style),
                         Paragraph(str(len(v.nodes)), style),
                         Paragraph(str(len(v.goals)), style)])
        head = self._head(["Version", "Date", "Connections", "Goals"])
        return self._table_section(f"Versions of this map ({len(versions)})", [], head, rows,
                                   widths)

    # sections and tables ----------------------------------------------------------------

    def _section(
        self, title: str, body: list[Flowable], first: list[Flowable] | None = None
    ) -> list[Flowable]:
        """A heading and its content; the heading starts a new page unless the first
        part of the content (``first``, else the first flowable) fits under it."""
        heading = self._heading(title)
        lead = first if first is not None else body[:1]
        need = H1.spaceBefore + H1.spaceAfter
        for part in [heading, *lead]:
            need += part.wrap(self.width, 1e6)[1] + part.getSpaceAfter()
        return [CondPageBreak(min(need + 4.0, self.frame_h * 0.8)), heading, *body]

    def _table_section(
        self, title: str, intro: list[Flowable], head: list[Any], rows: list[list[Any]],
        widths: list[float],
    ) -> list[Flowable]:
        """A table with its header row on every page, kept with the heading above it."""
        first = Table([head, rows[0]], colWidths=widths)
        first.setStyle(_TABLE)
        return self._section(title, [*intro, self._table([head, *rows], widths)],
                             [*intro, first])

    # tables ---------------------------------------------------------------------------

    def _head(self, names: list[str]) -> list[Any]:
        return [Paragraph(escape(name), HEAD) for name in names]

    def _table(self, rows: list[list[Any]], widths: list[float], header: bool = True) -> Table:
        table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT",
                      splitInRow=1 if self.split_rows else 0)
        table.setStyle(_TABLE if header else TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONT", (0, 0), (-1, -1), REGULAR, 8.0),
            ("LEFTPADDING", (0, 0), (-1, -1), _PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), _PAD),
        ]))
        return table


# the map on page 1 --------------------------------------------------------------------


class MapFigure(Flowable):  # type: ignore[misc]
    """The plan's map (rings, nodes, links, names) with its key under it, as one flowable.

    The map is placed once per width (``wrap`` may be asked more than once), with the
    key's words saying that what the map leaves out is listed below.
    """

    def __init__(self, m: NetworkMap, name: str, short: str, size: float,
                 style: MapStyle = STANDARD.map, legend: Font = STANDARD.legend) -> None:
        super().__init__()
        self.m, self.name, self.short = m, name, short
        self.size, self.map_style, self.legend = size, style, legend
        self._placed: tuple[float, MapLayout, list[Item], float] | None = None

    def _place(self, width: float) -> tuple[float, MapLayout, list[Item], float]:
        if self._placed is None or self._placed[0] != width:
            size = min(self.size, width)
            layout = layout_map(self.m, Rect((width - size) / 2, 0.0, size, size),
                                self.map_style, self.name, self.short)
            items = legend_items(self.m, layout, self.legend, "all are listed below")
            self._placed = (width, layout, items, legend_height(items, self.legend, width))
        return self._placed

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        _, layout, _, legend_h = self._place(avail_w)
        self.width, self.height = avail_w, layout.box.h + _KEY_GAP + legend_h
        return self.width, self.height

    def draw(self) -> None:
        width, layout, items, legend_h = self._place(self.width)
        pen = Pen(self.canv)
        draw_legend(pen, items, self.legend, 0.0, legend_h, width)
        self.canv.saveState()
        self.canv.translate(0.0, legend_h + _KEY_GAP)
        draw_map(Pen(self.canv), layout)
        self.canv.restoreState()


_KEY_GAP = 8.0
RECORD_MAP = replace(STANDARD.map, label=Font(8.0), label_width=84.0, client=Font(9.0, bold=True),
                     max_node_r=9.0)
"""The plan's map style, a little larger: the record's map is bigger than the plan's."""


# small helpers -------------------------------------------------------------------------


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _short(text: str, limit: int = 80) -> str:
    line = one_line(text)
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "\u2026"
