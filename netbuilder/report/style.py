"""The page grid and type sizes: A4 or US Letter, standard or large print."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from reportlab.lib.pagesizes import A4, LETTER

from .blocks import Column
from .geometry import Rect
from .mapplace import MapStyle
from .text import Font

Paper = Literal["a4", "letter"]
PAPER_SIZES: dict[str, tuple[float, float]] = {"a4": A4, "letter": LETTER}


@dataclass(frozen=True, slots=True)
class PlanStyle:
    large_print: bool
    title: Font
    name: Font
    meta: Font
    heading: Font
    body: Font
    table: Font
    table_head: Font
    legend: Font
    footer: Font
    map: MapStyle
    map_min: float
    map_max: float
    right_min: float
    lower_shares: tuple[float, float]  # of the page's middle kept for goals, referrals
    gap: float
    goal_columns: tuple[Column, ...]
    goal_keep: tuple[int, ...]  # which goal fields (content.goal_row) are shown
    referral_columns: tuple[Column, ...]
    referral_keep: tuple[int, ...]
    summary_lines: int
    show_changes: bool


def page_box(paper: Paper) -> tuple[float, float, Rect]:
    """Page width, height and the box inside the margins."""
    w, h = PAPER_SIZES[paper]
    left = right = 40.0
    top, bottom = 38.0, 30.0
    return w, h, Rect(left, bottom, w - left - right, h - top - bottom)


STANDARD = PlanStyle(
    large_print=False,
    title=Font(18.0, bold=True),
    name=Font(12.0, bold=True),
    meta=Font(8.0),
    heading=Font(9.5, bold=True),
    body=Font(8.5),
    table=Font(8.0),
    table_head=Font(7.0, bold=True),
    legend=Font(7.5),
    footer=Font(7.0),
    map=MapStyle(
        label=Font(7.5), label_width=74.0, label_lines=2, ring_label=Font(7.0),
        client=Font(8.0, bold=True), max_node_r=7.5,
    ),
    map_min=236.0,
    map_max=316.0,
    right_min=185.0,
    lower_shares=(0.3, 0.12),
    gap=10.0,
    goal_columns=(
        Column("My goal, in my words", 0.30, 4),
        Column("Connections", 0.15, 3),
        Column("Who helps, and how", 0.17, 3),
        Column("Next step", 0.18, 3),
        Column("Status", 0.09, 1),
        Column("Review", 0.11, 1),
    ),
    goal_keep=(0, 1, 2, 3, 4, 5),
    referral_columns=(
        Column("Service or group", 0.36, 2),
        Column("Referred by", 0.2, 1),
        Column("Date", 0.14, 1),
        Column("Status", 0.15, 1),
        Column("Follow up", 0.15, 1),
    ),
    referral_keep=(0, 1, 2, 3, 4),
    summary_lines=1_000,
    show_changes=True,
)

LARGE = PlanStyle(
    large_print=True,
    title=Font(22.0, bold=True),
    name=Font(15.0, bold=True),
    meta=Font(12.0),
    heading=Font(13.0, bold=True),
    body=Font(12.0),
    table=Font(12.0),
    table_head=Font(10.0, bold=True),
    legend=Font(10.0),
    footer=Font(8.0),
    map=MapStyle(
        label=Font(10.0), label_width=92.0, label_lines=2, ring_label=Font(9.0),
        client=Font(11.0, bold=True), max_node_r=10.0,
    ),
    map_min=250.0,
    map_max=350.0,
    right_min=150.0,
    lower_shares=(0.42, 0.1),
    gap=12.0,
    goal_columns=(
        Column("My goal", 0.37, 3),
        Column("Next step", 0.26, 2),
        Column("Who helps", 0.21, 3),
        Column("Review", 0.16, 1),
    ),
    goal_keep=(0, 3, 2, 5),
    referral_columns=(Column("Referred to", 0.65, 1), Column("Follow up", 0.35, 1)),
    referral_keep=(0, 4),
    summary_lines=3,
    show_changes=False,
)


def style_for(large_print: bool) -> PlanStyle:
    return LARGE if large_print else STANDARD
