"""The printed map: the same shapes as the screen, and the client's name in the centre."""

from __future__ import annotations

import io
import math
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from netbuilder.model import Client, ClientRecord, NetworkMap, NodeKind
from netbuilder.model.layout import PLACE_OUTLINE, outline
from netbuilder.report import build_plan
from netbuilder.report.fonts import one_line
from netbuilder.report.geometry import Rect
from netbuilder.report.legend import legend_items
from netbuilder.report.mapdraw import draw_node
from netbuilder.report.mapplace import MapLayout, layout_map
from netbuilder.report.samples import sample_map
from netbuilder.report.style import LARGE, STANDARD
from netbuilder.report.text import initials

TODAY = date(2025, 3, 5)


class Recorder:
    """Stands in for ``Pen``: remembers the shapes a node is drawn with."""

    def __init__(self) -> None:
        self.polygons: list[list[tuple[float, float]]] = []
        self.circles: list[tuple[float, float, float]] = []

    def stamp(self, name: str, x: float, y: float, reach: float, draw: object) -> None:
        self.at = (x, y)
        draw(self)  # type: ignore[operator]

    def polygon(self, points: list[tuple[float, float]], **_: object) -> None:
        self.polygons.append(points)

    def circle(self, x: float, y: float, r: float, **_: object) -> None:
        self.circles.append((x, y, r))

    def __getattr__(self, name: str) -> object:
        return lambda *args, **kwargs: None


def test_a_place_is_drawn_as_the_canvas_house() -> None:
    pen = Recorder()
    draw_node(pen, NodeKind.PLACE, False, None, 100.0, 200.0, 8.0)  # type: ignore[arg-type]
    assert len(pen.polygons) == 1 and not pen.circles
    house = pen.polygons[0]
    expected = outline(PLACE_OUTLINE, 8.0, y_up=True)
    assert [c for xy in house for c in xy] == pytest.approx([c for xy in expected for c in xy])
    apex = max(house, key=lambda p: p[1])
    assert apex[0] == pytest.approx(0.0) and apex[1] == pytest.approx(8.0 * 1.02)  # roof up
    assert len(house) == 5


def test_the_key_shows_the_house(demo_record: ClientRecord) -> None:
    m = demo_record.current_map
    layout = layout_map(m, Rect(0, 0, 300, 300), STANDARD.map, "Sam", "S.")
    item = next(i for i in legend_items(m, layout, STANDARD.legend) if i.text == "place")
    pen = Recorder()
    assert item.sample is not None
    item.sample(pen, 0.0, 0.0, STANDARD.legend.size)  # type: ignore[arg-type]
    assert len(pen.polygons) == 1 and len(pen.polygons[0]) == 5


def centre_text(layout: MapLayout) -> str:
    return " ".join(layout.client.lines)


@pytest.mark.parametrize(
    ("style", "side"),  # from the smallest map each style draws to the largest
    [(STANDARD, STANDARD.map_min), (STANDARD, STANDARD.map_max), (LARGE, LARGE.map_min),
     (LARGE, 300.0), (LARGE, LARGE.map_max)],
)
def test_the_demo_name_fits_whole_in_the_centre(
    demo_record: ClientRecord, style: object, side: float
) -> None:
    m = demo_record.current_map
    name = demo_record.client.display_name
    layout = layout_map(m, Rect(0, 0, side, side), style.map, name,  # type: ignore[attr-defined]
                        initials(name))
    assert centre_text(layout) == "Sam Taylor (example)"
    assert_inside_the_disc(layout)


def test_large_print_prints_the_name_not_initials_in_the_map(
    demo_record: ClientRecord,
) -> None:
    plan = build_plan(demo_record.client, demo_record.current_map, large_print=True,
                      today=TODAY)
    text = " ".join(PdfReader(io.BytesIO(plan.pdf)).pages[0].extract_text().split())
    assert "S. T." not in text
    assert text.count("Sam Taylor") >= 2  # the header and the centre of the map


@pytest.mark.parametrize("style", [STANDARD, LARGE], ids=["standard", "large print"])
def test_initials_only_when_the_name_truly_does_not_fit(style: object) -> None:
    who = Client(display_name="Wolfeschlegelsteinhausenbergerdorff Montgomery")
    m = sample_map(who.id, 5, 0, 3)
    box = Rect(0, 0, 300, 300)
    layout = layout_map(m, box, style.map, who.display_name, "W. M.")  # type: ignore[attr-defined]
    assert layout.client.lines == ("W. M.",)
    assert_inside_the_disc(layout)
    short = layout_map(m, box, style.map, "Jo Bloggs", "J. B.")  # type: ignore[attr-defined]
    assert centre_text(short) == "Jo Bloggs"


def test_the_disc_grows_only_for_a_name_that_needs_it(demo_record: ClientRecord) -> None:
    m = demo_record.current_map
    box = Rect(0, 0, 250, 250)
    plain = layout_map(m, box, LARGE.map, "Jo", "J.")
    assert plain.rings.client_r == pytest.approx(min(max((125 - 2) * 0.2, 16), 44))
    assert plain.client.font == LARGE.map.client
    grown = layout_map(m, box, LARGE.map, "Sam Taylor (example)", "S. T.")
    assert plain.rings.client_r < grown.rings.client_r <= (125 - 2) * 0.3 + 1e-9
    initials_only = layout_map(m, box, LARGE.map, "Wolfeschlegelsteinhausenbergerdorff", "W.")
    assert initials_only.client.lines == ("W.",)  # on one line, in the disc as it is
    assert initials_only.rings.client_r == plain.rings.client_r
    assert grown.client.font.size >= LARGE.map.label.size
    assert grown.rings.outer(m.rings) == pytest.approx(plain.rings.outer(m.rings))


def assert_inside_the_disc(layout: MapLayout) -> None:
    rings, label = layout.rings, layout.client
    font = label.font
    assert font.size >= 7.0
    half = len(label.lines) * font.leading / 2
    for i, line in enumerate(label.lines):
        dy = max(abs(half - i * font.leading - 0.2 * font.size),
                 abs(half - (i + 1) * font.leading + 0.05 * font.size))
        assert math.hypot(font.width(line) / 2, dy) <= rings.client_r, line


words = st.text(alphabet=st.characters(whitelist_categories=("Lu", "Ll")), min_size=1,
                max_size=16)


@settings(max_examples=60, deadline=None)
@given(st.lists(words, min_size=1, max_size=6), st.sampled_from([STANDARD, LARGE]),
       st.sampled_from([236.0, 300.0, 350.0]))
def test_the_centre_holds_the_whole_name_or_the_initials(
    parts: list[str], style: object, side: float
) -> None:
    name = " ".join(parts)
    m = NetworkMap(client_id=Client(display_name="x").id, date=TODAY)
    layout = layout_map(m, Rect(0, 0, side, side), style.map, name,  # type: ignore[attr-defined]
                        initials(name))
    shown = centre_text(layout)
    assert shown in (one_line(name), one_line(initials(name)), "Me")
    assert_inside_the_disc(layout)
