"""The one-page plan: always one page, every font embedded, nothing below 7 pt.

The sweep renders maps from empty to 150 nodes and 30 goals, with the longest
labels and goal texts the model allows, nine rings and every kind in every ring,
on A4 and Letter, in standard and large print, and checks each PDF with pypdf.
"""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from netbuilder.model import Client, ClientRecord, NodeKind
from netbuilder.report import build_plan, render_plan, write_plan
from netbuilder.report.content import ordered_goals
from netbuilder.report.geometry import Rect
from netbuilder.report.mapplace import layout_map
from netbuilder.report.samples import NAMES, sample_map
from netbuilder.report.style import LARGE, STANDARD

TODAY = date(2025, 3, 5)
SWEEP = [  # nodes, goals, rings, long text
    (0, 0, 3, False),
    (1, 1, 1, False),
    (12, 3, 3, False),
    (40, 10, 5, True),
    (60, 10, 3, False),
    (150, 30, 9, False),
    (150, 30, 9, True),
]
MODES = [("a4", False), ("letter", False), ("a4", True), ("letter", True)]


def client() -> Client:
    return Client(display_name="Gwenllïan ap Dafydd-Łukasz")


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def flat(text: str) -> str:
    return " ".join(text.split())


def font_sizes(pdf: bytes) -> list[float]:
    data = reader(pdf).pages[0].get_contents()
    assert data is not None
    raw = data.get_data().decode("latin-1")
    return [float(x) for x in re.findall(r"([\d.]+) Tf", raw)]


@pytest.fixture(scope="module")
def who() -> Client:
    return client()


@pytest.mark.parametrize(("paper", "large"), MODES)
@pytest.mark.parametrize(("nodes", "goals", "rings", "long"), SWEEP)
def test_always_exactly_one_page(
    who: Client, nodes: int, goals: int, rings: int, long: bool, paper: str, large: bool
) -> None:
    m = sample_map(who.id, nodes, goals, rings, long_text=long)
    plan = build_plan(who, m, paper=paper, large_print=large, today=TODAY)  # type: ignore[arg-type]
    pdf = reader(plan.pdf)
    assert len(pdf.pages) == 1
    assert plan.smallest_font_pt >= 7.0
    assert min(font_sizes(plan.pdf)) >= 7.0
    assert plan.nodes_drawn + plan.nodes_hidden == nodes
    text = flat(pdf.pages[0].extract_text())
    if plan.nodes_hidden:
        assert f"+ {plan.nodes_hidden} more connection" in text
    if plan.goals_shown < goals:
        assert f"+ {goals - plan.goals_shown} more goal" in text


def test_every_kind_in_every_ring_is_drawn_when_there_is_room(who: Client) -> None:
    m = sample_map(who.id, 27, 0, 9)
    assert {(n.kind, n.ring) for n in m.nodes} == {(k, r) for k in NodeKind for r in range(1, 10)}
    plan = build_plan(who, m, today=TODAY)
    assert plan.nodes_hidden == 0


@pytest.mark.parametrize("large", [False, True])
def test_goals_shown_and_client_name_print(who: Client, large: bool) -> None:
    m = sample_map(who.id, 12, 6, 3)
    plan = build_plan(who, m, large_print=large, today=TODAY)
    text = flat(reader(plan.pdf).pages[0].extract_text())
    assert "My wellbeing network plan" in text
    assert who.display_name in text
    shown = ordered_goals(m)[: plan.goals_shown]
    assert plan.goals_shown >= 3
    for goal in shown:
        assert " ".join(goal.text.split()[:4]) in text


def test_initials_instead_of_the_name(who: Client) -> None:
    m = sample_map(who.id, 5, 1, 3)
    text = flat(reader(render_plan(who, m, initials=True, today=TODAY)).pages[0].extract_text())
    assert who.display_name not in text
    assert "G. A. D." in text


def test_non_latin_names_print(who: Client) -> None:
    m = sample_map(who.id, len(NAMES), 0, 3)
    spread_out = [
        n.model_copy(update={"angle": i * 360 / len(NAMES)}) for i, n in enumerate(m.nodes)
    ]
    m = m.model_copy(update={"nodes": tuple(spread_out), "links": ()})
    plan = build_plan(who, m, today=TODAY)
    assert plan.nodes_unlabelled == 0 and plan.nodes_hidden == 0
    text = flat(reader(plan.pdf).pages[0].extract_text())
    words = ("Gwenllïan", "Ŵyn", "Hŷwel", "Seán", "Ó", "Łucja", "Wąsowska", "Çağrı", "Şahin",  # noqa: RUF001
             "Ελένη", "Алексей")
    for word in words:
        assert word in text, word


def test_every_font_is_embedded_and_none_is_base14(who: Client) -> None:
    m = sample_map(who.id, 30, 5, 3)
    page = reader(render_plan(who, m, today=TODAY)).pages[0]
    fonts = page["/Resources"]["/Font"]
    assert fonts
    for ref in fonts.values():
        font = ref.get_object()
        assert "Helvetica" not in str(font["/BaseFont"])
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, font["/BaseFont"]


def test_text_stays_inside_the_margins(who: Client) -> None:
    m = sample_map(who.id, 150, 30, 9, long_text=True)
    page = reader(render_plan(who, m, paper="letter", today=TODAY)).pages[0]
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    spots: list[tuple[float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip():
            spots.append((cm[4] + tm[4], cm[5] + tm[5]))

    page.extract_text(visitor_text=visit)
    assert spots
    for x, y in spots:
        assert 39.0 <= x <= width - 39.0 and 29.0 <= y <= height - 37.0, (x, y)


def test_map_parts_never_overlap_and_stay_in_the_box(who: Client) -> None:
    m = sample_map(who.id, 150, 0, 9, long_text=True)
    box = Rect(40, 300, 300, 300)
    layout = layout_map(m, box, STANDARD.map, "Name", "N.")
    boxes = [p.footprint for p in layout.nodes]
    boxes += [p.label.box for p in layout.nodes if p.label is not None]
    boxes += [label.box for label in layout.ring_labels]
    for i, a in enumerate(boxes):
        assert a.inside(box)
        for b in boxes[i + 1 :]:
            assert not a.overlaps(b)


def test_large_print_is_large() -> None:
    assert LARGE.body.size >= 12 and LARGE.table.size >= 12
    assert LARGE.map.label.size > STANDARD.map.label.size
    assert LARGE.map_max > STANDARD.map_max


def test_review_version_says_what_changed(demo_record: ClientRecord) -> None:
    from netbuilder.model import ops

    before = demo_record.current_map
    after = ops.start_review(before, "review 1", before.date)
    after = after.model_copy(update={"nodes": after.nodes[1:]})
    plan = build_plan(demo_record.client, after, before, today=TODAY)
    text = flat(reader(plan.pdf).pages[0].extract_text())
    assert "What changed since baseline" in text
    assert "No longer on the map: Mum" in text


def test_demo_plan_has_its_map_goals_and_referral(demo_record: ClientRecord) -> None:
    plan = build_plan(demo_record.client, demo_record.current_map, practitioner="Alex Morgan",
                      today=TODAY)
    assert (plan.nodes_hidden, plan.nodes_unlabelled) == (0, 0)
    assert (plan.goals_shown, plan.referrals_shown) == (2, 1)
    text = flat(reader(plan.pdf).pages[0].extract_text())
    for needle in ("Sam Taylor (example)", "Alex Morgan", "Try gym on prescription",
                   "Active Lives gym on prescription", "What matters to me", "Next review",
                   "in the study the average was 19.9", "Client: signature"):
        assert needle in text, needle


def test_write_plan_is_atomic_and_leaves_no_temporary_file(
    tmp_path: Path, demo_record: ClientRecord
) -> None:
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"old")
    write_plan(target, demo_record.client, demo_record.current_map, today=TODAY)
    assert target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["plan.pdf"]


def test_bad_paper_is_refused(demo_record: ClientRecord) -> None:
    with pytest.raises(ValueError, match="paper"):
        render_plan(demo_record.client, demo_record.current_map, paper="a3")  # type: ignore[arg-type]
