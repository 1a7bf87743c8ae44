"""The full record: every connection, link, goal and referral, on as many pages as needed.

The one-page plan summarises ("+ 12 more connections ... the full record lists them
all"); these tests hold the record to that promise with pypdf's text extraction, and
check the pages' furniture (repeated table headers, "Page x of y", "Confidential"),
the embedded fonts and that user text prints literally.
"""

from __future__ import annotations

import io
import re
import socket
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from netbuilder.model import (
    Client,
    ClientRecord,
    Goal,
    Link,
    NetworkMap,
    NextStep,
    Node,
    NodeKind,
    Referral,
    ops,
)
from netbuilder.report import build_plan, render_full_record, write_full_record
from netbuilder.report.samples import sample_map

TODAY = date(2025, 3, 5)
INJECTIONS = ("<b>bold</b>", "A & B", '<img src="http://example.org/x.png"/>')


def pages_text(pdf: bytes) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages]


def squeezed(text: str) -> str:
    """Text without white space: a paragraph may break a long word across lines."""
    return "".join(text.split())


@pytest.fixture(scope="module")
def who() -> Client:
    return Client(display_name="Gwenllïan ap Dafydd-Łukasz")


@pytest.fixture(scope="module")
def big(who: Client) -> NetworkMap:
    return sample_map(who.id, 150, 30, 9, long_text=True)


@pytest.fixture(scope="module")
def big_pdf(who: Client, big: NetworkMap) -> bytes:
    return render_full_record(who, big, today=TODAY)


@pytest.fixture(scope="module")
def big_pages(big_pdf: bytes) -> list[str]:
    return pages_text(big_pdf)


def test_a_big_map_runs_to_several_pages_with_every_item(
    big: NetworkMap, big_pages: list[str]
) -> None:
    pages = big_pages
    assert len(pages) >= 5
    everything = squeezed(" ".join(pages))
    for node in big.nodes:
        assert squeezed(node.label) in everything, node.label
    for goal in big.goals:
        assert squeezed(goal.text) in everything, goal.text[:40]
        for step in goal.next_steps:
            assert squeezed(step.text) in everything
    for referral in big.referrals:
        assert squeezed(referral.service) in everything
    assert squeezed(big.what_matters) in everything
    assert f"Connections ({len(big.nodes)})" in " ".join(pages)
    assert f"Links ({len(big.links)})" in " ".join(pages)


def test_every_page_has_its_number_and_the_confidential_footer(big_pages: list[str]) -> None:
    pages = big_pages
    total = len(pages)
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {total}" in text
        assert "Confidential: contains health information" in text
        assert "Gwenllïan ap Dafydd-Łukasz" in text


def test_table_headers_repeat_on_every_page_a_table_runs_onto(big_pages: list[str]) -> None:
    pages = big_pages
    first = next(i for i, t in enumerate(pages) if "Connections (150)" in t)
    last = next(i for i, t in enumerate(pages) if "Links (150)" in t)
    assert last - first >= 2  # the connections run over several pages
    for text in pages[first:last]:
        assert "Connection Ring Effect Contact Practitioner Notes" in text
    links = [t for t in pages[last:] if "Gwenllïan" in t and "From Link To Note" in t]
    assert len(links) >= 2


def test_every_font_is_embedded_and_none_is_base14(big_pdf: bytes) -> None:
    for page in PdfReader(io.BytesIO(big_pdf)).pages:
        fonts = page["/Resources"]["/Font"]
        assert fonts
        for ref in fonts.values():
            font = ref.get_object()
            assert "Helvetica" not in str(font["/BaseFont"])
            assert "/FontFile2" in font["/FontDescriptor"].get_object(), font["/BaseFont"]


def test_nothing_is_below_seven_points(big_pdf: bytes) -> None:
    for page in PdfReader(io.BytesIO(big_pdf)).pages:
        data = page.get_contents()
        assert data is not None
        sizes = [float(x) for x in re.findall(r"([\d.]+) Tf", data.get_data().decode("latin-1"))]
        assert sizes and min(sizes) >= 7.0


def injection_map(client: Client) -> NetworkMap:
    nodes = tuple(
        Node(id=f"n{i}", kind=NodeKind.PERSON, label=text, category="friend", ring=i + 1,
             angle=120.0 * i, notes=text)
        for i, text in enumerate(INJECTIONS)
    )
    return NetworkMap(
        client_id=client.id, date=TODAY, nodes=nodes,
        links=(Link(id="l", source="n0", target="n1", note=INJECTIONS[1]),),
        goals=tuple(
            Goal(id=f"g{i}", text=t, next_steps=(NextStep(text=t),))
            for i, t in enumerate(INJECTIONS)
        ),
        referrals=(Referral(id="r", service=INJECTIONS[2], date=TODAY, reason=INJECTIONS[0],
                            outcome=INJECTIONS[1]),),
        what_matters="\n".join(INJECTIONS),
    )


def test_markup_prints_literally_and_nothing_is_fetched(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the renderer tried to reach the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    client = Client(display_name="<b>bold</b> & <i>")
    text = " ".join(pages_text(render_full_record(client, injection_map(client), today=TODAY)))
    assert "<b>bold</b> & <i>" in text
    for needle in INJECTIONS:  # label, notes, goal, next step at least (narrow columns may
        assert squeezed(text).count(squeezed(needle)) >= 4, needle  # break a long word)
    assert "&amp;" not in text and "&lt;" not in text


def test_names_in_many_scripts_and_right_to_left_print(who: Client) -> None:
    names = ("Siôn Ŵyn Hŷwel", "Seán Ó Briain", "Çağrı Şahin", "Ελένη", "Алексей", "שרה כהן")  # noqa: RUF001
    nodes = tuple(
        Node(id=f"n{i}", kind=NodeKind.PERSON, label=name, ring=1, angle=60.0 * i)
        for i, name in enumerate(names)
    )
    m = NetworkMap(client_id=who.id, date=TODAY, nodes=nodes)
    text = " ".join(pages_text(render_full_record(who, m, with_map=False, today=TODAY)))
    # the Hebrew is drawn in visual order, which pypdf reads back in reading order (a
    # name drawn in logical order would come back reversed: see the plan's own test)
    for name in names:
        assert name in text


def test_the_map_on_page_one_is_optional(who: Client) -> None:
    m = sample_map(who.id, 12, 3, 3)
    with_map = pages_text(render_full_record(who, m, today=TODAY))
    without = pages_text(render_full_record(who, m, with_map=False, today=TODAY))
    assert "Key:" in with_map[0] and "Key:" not in " ".join(without)
    assert len(without) <= len(with_map)


def test_what_the_plan_leaves_out_the_record_lists(
    who: Client, big: NetworkMap, big_pages: list[str]
) -> None:
    plan = build_plan(who, big, today=TODAY)
    assert plan.nodes_hidden > 0 and plan.goals_shown < 30
    plan_text = " ".join(pages_text(plan.pdf))
    assert "the full record lists them all" in plan_text
    assert "(all are listed below)" in big_pages[0]  # the record's own key says where


def test_a_review_lists_what_changed_and_every_version(demo_record: ClientRecord) -> None:
    before = demo_record.current_map
    after = ops.start_review(before, "review 1", before.date + timedelta(days=30))
    after = after.model_copy(update={"nodes": after.nodes[1:]})
    text = " ".join(pages_text(render_full_record(
        demo_record.client, after, before, versions=(before, after), practitioner="Alex Morgan",
        initials=True, today=TODAY)))
    assert "What changed since baseline" in text
    assert "No longer on the map: Mum" in text
    assert "Versions of this map (2)" in text and "(this record)" in text
    assert "Alex Morgan" in text
    assert "S. T." in text and "Sam Taylor" not in text


def test_cells_taller_than_a_page_split_instead_of_failing(who: Client) -> None:
    tall = "line\n" * 400 + "last line"
    m = NetworkMap(
        client_id=who.id, date=TODAY,
        nodes=(Node(id="n", kind=NodeKind.PLACE, label="Library", notes=tall[:2000]),),
        goals=(Goal(id="g", text="Read more", next_steps=tuple(
            NextStep(text=f"step {i} " + "z" * 150) for i in range(50))),),
    )
    pages = pages_text(render_full_record(who, m, with_map=False, today=TODAY))
    text = " ".join(pages)
    assert len(pages) >= 3
    assert "step 49" in text and text.count("line") >= 300


def test_letter_paper_and_a_bad_paper(who: Client, demo_record: ClientRecord) -> None:
    pdf = render_full_record(demo_record.client, demo_record.current_map, paper="letter",
                             today=TODAY)
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    assert (float(page.mediabox.width), float(page.mediabox.height)) == (612.0, 792.0)
    with pytest.raises(ValueError, match="paper"):
        render_full_record(who, demo_record.current_map, paper="a3")  # type: ignore[arg-type]


def test_write_full_record_is_atomic(tmp_path: Path, demo_record: ClientRecord) -> None:
    target = tmp_path / "record.pdf"
    target.write_bytes(b"old")
    write_full_record(target, demo_record.client, demo_record.current_map, today=TODAY)
    assert target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["record.pdf"]
    text = " ".join(pages_text(target.read_bytes()))
    for node in demo_record.current_map.nodes:
        assert node.label in text


@pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")
def test_the_plan_preview_saves_the_full_record(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, demo_record: ClientRecord
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from netbuilder.gui.plan_preview import PlanPreviewDialog, PlanSubject
    from netbuilder.gui.settings import UiSettings

    dialog = PlanPreviewDialog(PlanSubject(demo_record.client, demo_record.current_map),
                               UiSettings(tmp_path / "window.ini"), today=TODAY)
    qtbot.addWidget(dialog)
    dialog.initials.setChecked(True)
    asked: list[str] = []

    def choose(_parent: object, title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(f"{title}|{Path(suggested).name}")
        return str(tmp_path / "out" / "record"), "PDF files (*.pdf)"

    (tmp_path / "out").mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    assert dialog.record_button.text().startswith("Save full record as PDF")
    dialog.record_button.click()
    assert len(asked) == 1
    assert re.fullmatch(r"Save full record as PDF\|network-record-\d{4}-\d\d-\d\d\.pdf", asked[0])
    target = tmp_path / "out" / "record.pdf"
    assert [p.name for p in target.parent.iterdir()] == ["record.pdf"]
    text = " ".join(pages_text(target.read_bytes()))
    assert "My wellbeing network: full record" in text and "S. T." in text
    assert "Sam Taylor" not in text
    assert all(n.label in text for n in demo_record.current_map.nodes)
    assert "record.pdf" in dialog.note.text()
