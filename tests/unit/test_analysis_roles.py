"""who_does_what(): each practitioner's roles and the goals they help with, in plain English."""

from __future__ import annotations

from datetime import date
from uuid import uuid4

from netbuilder.analysis.roles import (
    NO_ROLES,
    display_name,
    who_does_what,
    who_does_what_lines,
)
from netbuilder.model import (
    Goal,
    NetworkMap,
    Node,
    NodeKind,
    Profession,
    Role,
    Supporter,
    ops,
)
from netbuilder.model.demo import build_demo


def _practitioner(node_id: str, label: str, *roles: Role,
                  profession: Profession | None = None) -> Node:
    return Node(id=node_id, kind=NodeKind.PERSON, label=label, category="practitioner",
                roles=roles, profession=profession)


def test_the_worked_example_reads_as_the_client_would_hear_it() -> None:
    lines = who_does_what_lines(build_demo().current_map)
    assert lines == (
        "Alex (CPN): network member, bridge builder \u2014 helps with: "
        "Try gym on prescription (co-pilot); "
        "Get to know a few people at church, maybe the coffee morning (motivator)",
        "Dr Shah (GP): bridge builder \u2014 helps with: Try gym on prescription "
        "(bridge builder)",
    )


def test_parts_follow_map_order_and_merge_two_roles_for_one_goal() -> None:
    m = NetworkMap(
        client_id=uuid4(), date=date(2025, 3, 5),
        nodes=(
            Node(id="mum", kind=NodeKind.PERSON, label="Mum", category="family"),
            _practitioner("sw", "Kim", Role.NAVIGATOR, profession=Profession.SOCIAL_WORKER),
            _practitioner("ot", "Lee"),
            Node(id="lib", kind=NodeKind.PLACE, label="Library", category="community"),
        ),
        goals=(
            Goal(id="g1", text="Join the library reading group", node_ids=("lib",),
                 supporters=(Supporter(node_id="sw", role=Role.CO_PILOT),
                             Supporter(node_id="sw", role=Role.MOTIVATOR),
                             Supporter(node_id="sw", role=Role.CO_PILOT))),
            Goal(id="g2", text="Sort out my benefits",
                 supporters=(Supporter(node_id="sw", role=Role.NAVIGATOR),)),
        ),
    )
    works = who_does_what(m)
    assert [w.node_id for w in works] == ["sw", "ot"]  # practitioners only, map order
    kim, lee = works
    assert kim.name == "Kim (social worker)" and kim.profession == "social worker"
    assert kim.roles == ("navigator",)
    assert [(g.goal_id, g.roles) for g in kim.goals] == [
        ("g1", ("co-pilot", "motivator")), ("g2", ("navigator",))]
    assert kim.line == ("Kim (social worker): navigator \u2014 helps with: "
                        "Join the library reading group (co-pilot, motivator); "
                        "Sort out my benefits (navigator)")
    assert lee.line == f"Lee: {NO_ROLES}" and lee.goals == ()


def test_a_label_that_explains_itself_keeps_its_words() -> None:
    gp = _practitioner("gp", "Dr Shah (GP)", profession=Profession.GP)
    assert display_name(gp) == "Dr Shah (GP)"


def test_goals_follow_their_new_order_and_removed_goals_go() -> None:
    m = build_demo().current_map
    m = ops.reorder_goals(m, ["g-church", "g-gym"])
    assert who_does_what(m)[0].goals[0].goal_id == "g-church"
    m = ops.remove_goal(m, "g-church")
    assert [g.goal_id for g in who_does_what(m)[0].goals] == ["g-gym"]


def test_an_empty_map_has_no_lines() -> None:
    assert who_does_what_lines(NetworkMap(client_id=uuid4(), date=date(2025, 3, 5))) == ()
