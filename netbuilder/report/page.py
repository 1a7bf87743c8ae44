"""The fixed parts of the page: header, signature lines and footer."""

from __future__ import annotations

from .content import TITLE, PlanText
from .geometry import Rect
from .pen import INK, MUTED, RULE, SOFT_INK, Pen
from .style import PlanStyle
from .text import Font, fit, wrap


def _meta_rows(text: PlanText) -> list[tuple[str, str]]:
    rows = [("Date", text.plan_date), ("Version", text.version)]
    if text.practitioner:
        rows.append(("Practitioner", text.practitioner))
    rows.append(("Next review", text.next_review))
    return rows


def header_height(text: PlanText, style: PlanStyle, box: Rect) -> float:
    return _draw_header(None, text, style, box)


def draw_header(pen: Pen, text: PlanText, style: PlanStyle, box: Rect) -> float:
    return _draw_header(pen, text, style, box)


def _draw_header(pen: Pen | None, text: PlanText, style: PlanStyle, box: Rect) -> float:
    """Title and name on the left, the plan's facts on the right; returns the height.

    When the title does not fit beside the facts (large print), it takes the whole
    first line and the name and facts go under it.
    """
    rows = _meta_rows(text)
    meta_w = _meta_width(rows, style.meta, box.w)
    left_w = box.w - meta_w - style.gap
    top = box.top
    title_h = style.title.leading + 2.0
    wide_title = style.title.width(TITLE) > left_w
    if pen is not None:
        pen.lines(box.x, top, (fit(TITLE, style.title, box.w),), style.title, INK)
    name_top = top - title_h
    meta_top = name_top if wide_title else top
    name = wrap(text.client_name, style.name, left_w, 2)
    if pen is not None:
        pen.lines(box.x, name_top, name.lines, style.name, SOFT_INK)
    meta_h = _draw_meta(pen, rows, style.meta, box.right - meta_w, meta_top, meta_w)
    height = max(title_h + name.height(style.name), top - meta_top + meta_h) + 4.0
    if pen is not None:
        pen.rule(box.x, top - height, box.right, RULE, 0.8)
    return height + 1.0


def _meta_width(rows: list[tuple[str, str]], font: Font, page_w: float) -> float:
    bold = Font(font.size, bold=True)
    label_w = max(font.width(label) for label, _ in rows) + font.size * 0.8
    value_w = max(bold.width(value) for _, value in rows)
    return min(label_w + value_w + 2.0, page_w * 0.45)


def _draw_meta(
    pen: Pen | None, rows: list[tuple[str, str]], font: Font, x: float, top: float, w: float
) -> float:
    label_w = max(font.width(label) for label, _ in rows) + font.size * 0.8
    bold = Font(font.size, bold=True)
    used = 0.0
    for label, value in rows:
        lines = wrap(value, bold, w - label_w, 2).lines
        if pen is not None:
            pen.lines(x, top - used, (label,), font, MUTED)
            pen.lines(x + label_w, top - used, lines, bold, INK)
        used += len(lines) * font.leading
    return used


def draw_notes(pen: Pen, style: PlanStyle, area: Rect) -> None:
    """Ruled lines for notes written by hand, in whatever room the page has left."""
    spacing = 20.0 if style.large_print else 17.0
    room = area.h - style.heading.leading - 4.0
    count = int(room // spacing)
    if count < 2:
        return
    pen.lines(area.x, area.top, ("Notes",), style.heading, INK)
    y = area.top - style.heading.leading - 2.0
    for _ in range(count):
        y -= spacing
        pen.rule(area.x, y, area.right, RULE, 0.4)


def signatures_height(style: PlanStyle) -> float:
    return 22.0 + style.footer.leading + (6.0 if style.large_print else 0.0)


def draw_signatures(pen: Pen, style: PlanStyle, box: Rect, top: float) -> None:
    """Signature and date lines for the client and the practitioner, side by side."""
    half = (box.w - style.gap * 2) / 2
    line_y = top - 20.0 - (6.0 if style.large_print else 0.0)
    label_font = style.legend
    for i, who in enumerate(("Client", "Practitioner")):
        x = box.x + i * (half + style.gap * 2)
        sign_w = half * 0.66
        pen.rule(x, line_y, x + sign_w, INK, 0.6)
        pen.rule(x + sign_w + 8.0, line_y, x + half, INK, 0.6)
        baseline = line_y - label_font.size - 1.5
        pen.text(x, baseline, f"{who}: signature", label_font, MUTED)
        pen.text(x + sign_w + 8.0, baseline, "Date", label_font, MUTED)


def footer_height(style: PlanStyle) -> float:
    return style.footer.leading + 3.0


def draw_footer(pen: Pen, text: PlanText, style: PlanStyle, box: Rect) -> None:
    font = style.footer
    right = "Confidential: contains health information"
    right_w = font.width(right)
    pen.rule(box.x, box.y + font.leading + 1.0, box.right, RULE, 0.4)
    left = fit(f"Made with NetBuilder on {text.plan_date}", font, box.w - right_w - 12.0)
    baseline = box.y + 1.5
    pen.text(box.x, baseline, left, font, MUTED)
    pen.text(box.right, baseline, right, font, MUTED, "end")
