"""plain_english(): sentences a client understands."""

from __future__ import annotations

from datetime import date, timedelta
from uuid import uuid4

from netbuilder.analysis import plain_english, summarise
from netbuilder.analysis.wording import day
from netbuilder.model import ClientRecord, Effect, NetworkMap, Node, NodeKind, Profession

TODAY = date(2025, 3, 5)


def test_worked_example_sentences(demo_record: ClientRecord) -> None:
    lines = plain_english(summarise(demo_record.current_map))
    assert lines == [
        "5 people in your network; in the study the average was 19.9.",
        "5 places and 2 activities.",
        "A practitioner is in your closest ring (as in 23% of networks in the study).",
        "You spend about 75% of your week at home.",
        "2 connections are hard for you (negative or mixed): Mum, Home.",
        "A practitioner helps you get to: Home, Gym (on prescription), GP practice.",
        "2 goals: 1 planned, 1 active.",
        "1 referral: 1 made.",
    ]


def test_overdue_lines(demo_record: ClientRecord) -> None:
    m = demo_record.current_map
    lines = plain_english(summarise(m, m.date + timedelta(weeks=7)))
    due = day(m.date + timedelta(weeks=6))
    assert f"Time to review the goal 'Try gym on prescription' (due {due})." in lines
    assert (
        f"Time to follow up the referral to Active Lives gym on prescription (due {due})."
        in lines
    )


def test_empty_map_has_no_empty_claims() -> None:
    m = NetworkMap(client_id=uuid4(), date=TODAY)
    assert plain_english(summarise(m, TODAY)) == [
        "0 people in your network; in the study the average was 19.9.",
        "0 places and 0 activities.",
    ]


def test_singulars_and_practitioner_outside_the_inner_ring() -> None:
    nodes = (
        Node(id="cpn", kind=NodeKind.PERSON, label="Alex", category="practitioner", ring=2,
             profession=Profession.CPN, effect=Effect.MIXED),
        Node(id="gym", kind=NodeKind.PLACE, label="Gym"),
        Node(id="walk", kind=NodeKind.ACTIVITY, label="Walk"),
    )
    lines = plain_english(summarise(NetworkMap(client_id=uuid4(), date=TODAY, nodes=nodes), TODAY))
    assert lines == [
        "1 person in your network; in the study the average was 19.9.",
        "1 place and 1 activity.",
        "No practitioner is in your closest ring (in the study, 23% of networks had one there).",
        "1 connection is hard for you (negative or mixed): Alex.",
    ]


def test_no_network_type_is_claimed(demo_record: ClientRecord) -> None:
    text = " ".join(plain_english(summarise(demo_record.current_map))).lower()
    assert "network type" not in text and "diverse" not in text and "sparse" not in text


def test_dates_are_written_out_in_english() -> None:
    assert day(date(2025, 3, 5)) == "5 March 2025"
