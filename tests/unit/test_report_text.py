"""Text on the plan: printed literally, wrapped and cut by measure, every script."""

from __future__ import annotations

import io
import itertools
import socket
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfReader

from netbuilder.model import Client, Goal, NetworkMap, Node, NodeKind, Referral
from netbuilder.model.layout import spread
from netbuilder.report import render_plan, rtl
from netbuilder.report.fonts import REPLACEMENT, clean, has_glyph, one_line
from netbuilder.report.text import ELLIPSIS, Font, fit, initials, wrap

INJECTIONS = ("<b>bold</b>", "A & B", '<img src="http://example.org/x.png"/>')
FONT = Font(8.0)


def text_of(pdf: bytes) -> str:
    return " ".join(PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split())


def injection_map(client: Client) -> NetworkMap:
    nodes = tuple(
        Node(id=f"n{i}", kind=NodeKind.PERSON, label=text, category="friend", ring=i + 1,
             angle=120.0 * i)
        for i, text in enumerate(INJECTIONS)
    )
    return NetworkMap(
        client_id=client.id, date=date(2025, 3, 5), nodes=nodes,
        goals=tuple(Goal(id=f"g{i}", text=t) for i, t in enumerate(INJECTIONS)),
        referrals=(Referral(id="r", service=INJECTIONS[2], date=date(2025, 3, 5)),),
        what_matters=" ".join(INJECTIONS),
    )


def test_markup_prints_literally_and_nothing_is_fetched(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the renderer tried to reach the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    client = Client(display_name="<b>bold</b> & <i>")
    text = text_of(render_plan(client, injection_map(client), today=date(2025, 3, 5)))
    assert "<b>bold</b> & <i>" in text
    for needle in INJECTIONS:
        assert needle in text
    assert "A &amp; B" not in text


def test_wrap_respects_the_width_and_keeps_every_word() -> None:
    text = "Get to know a few people at church, maybe the coffee morning"
    lines = wrap(text, FONT, 80.0)
    assert not lines.cut and len(lines.lines) > 1
    assert all(FONT.width(line) <= 80.0 for line in lines.lines)
    assert " ".join(lines.lines) == text


def test_wrap_cuts_with_an_ellipsis_and_breaks_long_words() -> None:
    lines = wrap("x" * 1000, FONT, 50.0, max_lines=3)
    assert lines.cut and len(lines.lines) == 3
    assert lines.lines[-1].endswith(ELLIPSIS)
    assert all(FONT.width(line) <= 50.0 for line in lines.lines)


@given(st.text(max_size=300), st.floats(20.0, 300.0), st.integers(1, 6))
def test_wrapped_lines_always_fit(text: str, width: float, max_lines: int) -> None:
    lines = wrap(text, FONT, width, max_lines)
    assert len(lines.lines) <= max_lines
    assert all(FONT.width(line) <= width + 1e-6 for line in lines.lines)


def test_fit_makes_one_line() -> None:
    assert fit("a\nb\tc", FONT, 100.0) == "a b c"
    cut = fit("a long long long label", FONT, 30.0)
    assert cut.endswith(ELLIPSIS) and FONT.width(cut) <= 30.0


def test_control_characters_and_missing_glyphs_are_made_visible() -> None:
    assert clean("a\x00b\x07c") == "a b c"
    assert one_line(" line one\r\nline two ") == "line one line two"
    assert clean("🙂 café") == f"{REPLACEMENT} café"
    for char in "ŵŷáóąłğışΩЖ":
        assert has_glyph(char)


def test_initials() -> None:
    assert initials("Sam Taylor (example)") == "S. T."
    assert initials("gwenllïan ap Dafydd") == "G. A. D."
    assert initials("(x)") == "?"


def test_right_to_left_lines_are_put_in_visual_order() -> None:
    assert rtl.SUPPORTED, "python-bidi and arabic-reshaper are dependencies"
    assert rtl.visual("שרה כהן") == "ןהכ הרש"
    assert rtl.visual("שרה [כהן]").startswith("[")
    shaped = rtl.shape("مريم")
    assert shaped != "مريم" and all(has_glyph(c) for c in shaped)
    assert rtl.visual("Sam Taylor") == "Sam Taylor"


def test_spread_keeps_order_and_gap() -> None:
    angles = [10.0, 10.0, 10.0, 200.0, 355.0]
    out = spread(angles, 20.0)
    ring = sorted(out)
    gaps = [(ring[(i + 1) % len(ring)] - ring[i]) % 360 for i in range(len(ring))]
    assert min(gaps) >= 20.0 - 1e-6
    even = sorted(spread([0.0] * 30, 20.0))
    assert [b - a for a, b in itertools.pairwise(even)] == pytest.approx([12.0] * 29)
