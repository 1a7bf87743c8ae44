"""compare() and describe_changes(): two versions of one client's map."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from netbuilder.analysis import MapComparison, compare, describe_changes
from netbuilder.model import (
    ClientRecord,
    Effect,
    Goal,
    GoalStatus,
    NetworkMap,
    Node,
    NodeKind,
    Profession,
    Referral,
    ReferralStatus,
    ops,
)

CHANGE_FIELDS = (
    "added", "removed", "moved", "effect_changed", "goals_added", "goals_removed",
    "goal_status_changed", "referrals_added", "referrals_removed", "referral_status_changed",
)


def _review(demo_record: ClientRecord) -> tuple[NetworkMap, NetworkMap]:
    before = demo_record.current_map
    return before, ops.start_review(before, "3-month review", before.date + timedelta(days=90))


def _only(cmp: MapComparison, field: str) -> tuple[object, ...]:
    """The one change field that is not empty; every other one must be."""
    others = {f: getattr(cmp, f) for f in CHANGE_FIELDS if f != field}
    assert all(v == () for v in others.values()), others
    items: tuple[object, ...] = getattr(cmp, field)
    return items


def test_unchanged_review_has_no_changes(demo_record: ClientRecord) -> None:
    before, after = _review(demo_record)
    cmp = compare(before, after)
    assert not cmp.has_changes
    assert all(getattr(cmp, f) == () for f in CHANGE_FIELDS)
    assert describe_changes(cmp) == []
    assert (cmp.before_label, cmp.after_label) == ("baseline", "3-month review")


def test_moving_inwards(demo_record: ClientRecord) -> None:
    before, after = _review(demo_record)
    after = ops.move_node(after, "gym", 2, 100.0)
    cmp = compare(before, after)
    assert len(_only(cmp, "moved")) == 1
    assert (cmp.moved[0].id, cmp.moved[0].from_ring, cmp.moved[0].to_ring) == ("gym", 3, 2)
    assert cmp.moved[0].direction == "inwards"
    assert describe_changes(cmp) == ["Gym (on prescription) moved closer (ring 3 -> ring 2)"]


def test_moving_outwards_and_practitioner_leaving_the_inner_ring(
    demo_record: ClientRecord,
) -> None:
    before, after = _review(demo_record)
    cmp = compare(before, ops.move_node(after, "cpn", 2, 330.0))
    assert len(_only(cmp, "moved")) == 1
    assert cmp.moved[0].direction == "outwards"
    assert (cmp.practitioner_in_inner_ring_before, cmp.practitioner_in_inner_ring_after) == (
        True, False,
    )
    assert describe_changes(cmp) == [
        "Alex (CPN) moved further away (ring 1 -> ring 2)",
        "No practitioner is in your closest ring any more.",
    ]


def test_angle_only_is_not_a_move(demo_record: ClientRecord) -> None:
    before, after = _review(demo_record)
    assert not compare(before, ops.move_node(after, "gym", 3, 10.0)).has_changes


def test_added_node(demo_record: ClientRecord) -> None:
    before, after = _review(demo_record)
    walk = Node(id="walking-group", kind=NodeKind.ACTIVITY, label="Walking group", ring=3)
    cmp = compare(before, ops.add_node(after, walk))
    assert len(_only(cmp, "added")) == 1
    assert (cmp.added[0].id, cmp.added[0].label, cmp.added[0].kind) == (
        "walking-group", "Walking group", "activity",
    )
    assert (cmp.activities.before, cmp.activities.after, cmp.activities.change) == (2, 3, 1)
    assert cmp.people.change == cmp.places.change == cmp.negative.change == 0
    assert describe_changes(cmp) == ["New: Walking group", "Activities: 2 -> 3"]


def test_removed_node(demo_record: ClientRecord) -> None:
    before, after = _review(demo_record)
    cmp = compare(before, ops.remove_node(after, "mum"))
    assert len(_only(cmp, "removed")) == 1
    assert cmp.removed[0].id == "mum"
    assert (cmp.people.change, cmp.negative.change) == (-1, -1)
    assert describe_changes(cmp) == [
        "No longer on the map: Mum", "People: 5 -> 4", "Negative connections: 1 -> 0",
    ]


def test_effect_changed(demo_record: ClientRecord) -> None:
    before, after = _review(demo_record)
    cmp = compare(before, ops.update_node(after, "mum", effect=Effect.MIXED))
    assert len(_only(cmp, "effect_changed")) == 1
    assert (cmp.effect_changed[0].from_effect, cmp.effect_changed[0].to_effect) == (
        "negative", "mixed",
    )
    assert describe_changes(cmp) == ["Mum: negative -> mixed", "Negative connections: 1 -> 0"]


def test_goal_status_changed(demo_record: ClientRecord) -> None:
    before, after = _review(demo_record)
    cmp = compare(before, ops.update_goal(after, "g-gym", status=GoalStatus.ACHIEVED))
    assert len(_only(cmp, "goal_status_changed")) == 1
    g = cmp.goal_status_changed[0]
    assert (g.id, g.from_status, g.to_status) == ("g-gym", "active", "achieved")
    assert describe_changes(cmp) == ["Goal 'Try gym on prescription': active -> achieved"]


def test_goals_added_and_removed(demo_record: ClientRecord) -> None:
    before, after = _review(demo_record)
    after = ops.add_goal(after, Goal(id="g-new", text="Join the choir"))
    after = ops.remove_goal(after, "g-church")
    cmp = compare(before, after)
    assert [g.id for g in cmp.goals_added] == ["g-new"]
    assert [g.id for g in cmp.goals_removed] == ["g-church"]
    assert describe_changes(cmp) == [
        "New goal: 'Join the choir'",
        "Goal removed: 'Get to know a few people at church, maybe the coffee morning'",
    ]


def test_referral_added_and_status_changed(demo_record: ClientRecord) -> None:
    before, after = _review(demo_record)
    after = ops.update_referral(after, "r-gym", status=ReferralStatus.TAKEN_UP)
    after = ops.add_referral(
        after, Referral(id="r-debt", service="Debt advice", date=after.date)
    )
    cmp = compare(before, after)
    assert [(r.id, r.status) for r in cmp.referrals_added] == [("r-debt", "suggested")]
    assert [(r.id, r.from_status, r.to_status) for r in cmp.referral_status_changed] == [
        ("r-gym", "made", "taken up"),
    ]
    assert cmp.referrals_removed == ()
    assert describe_changes(cmp) == [
        "New referral: Debt advice (suggested)",
        "Referral to Active Lives gym on prescription: made -> taken up",
    ]


def test_several_changes_each_appear_once(demo_record: ClientRecord) -> None:
    before, after = _review(demo_record)
    after = ops.move_node(after, "gym", 2, 240.0)
    after = ops.add_node(after, Node(id="walk", kind=NodeKind.ACTIVITY, label="Walking group"))
    after = ops.update_goal(after, "g-gym", status=GoalStatus.ACHIEVED)
    cmp = compare(before, after)
    assert [m.id for m in cmp.moved] == ["gym"]
    assert [n.id for n in cmp.added] == ["walk"]
    assert [g.id for g in cmp.goal_status_changed] == ["g-gym"]
    assert all(
        getattr(cmp, f) == () for f in CHANGE_FIELDS
        if f not in {"moved", "added", "goal_status_changed"}
    )
    lines = describe_changes(cmp)
    for expected in (
        "Gym (on prescription) moved closer (ring 3 -> ring 2)",
        "New: Walking group",
        "Goal 'Try gym on prescription': active -> achieved",
    ):
        assert lines.count(expected) == 1


def test_practitioner_joining_the_inner_ring(demo_record: ClientRecord) -> None:
    before, after = _review(demo_record)
    before = ops.move_node(before, "cpn", 2, 0.0)
    cmp = compare(before, after)
    assert (cmp.practitioner_in_inner_ring_before, cmp.practitioner_in_inner_ring_after) == (
        False, True,
    )
    assert "A practitioner is now in your closest ring." in describe_changes(cmp)


def test_new_practitioner_node_counts_as_person(demo_record: ClientRecord) -> None:
    before, after = _review(demo_record)
    peer = Node(id="peer", kind=NodeKind.PERSON, label="Sam (peer worker)",
                category="practitioner", profession=Profession.PEER_SUPPORT, ring=2)
    cmp = compare(before, ops.add_node(after, peer))
    assert cmp.people.change == 1


def test_to_dict_is_json_ready(demo_record: ClientRecord) -> None:
    before, after = _review(demo_record)
    cmp = compare(before, ops.move_node(after, "gym", 2, 240.0))
    d = cmp.to_dict()
    assert json.loads(json.dumps(d)) == d
    assert d["moved"] == [
        {"id": "gym", "label": "Gym (on prescription)", "from_ring": 3, "to_ring": 2,
         "direction": "inwards"},
    ]
    assert d["people"] == {"before": 5, "after": 5, "change": 0}
    assert d["after_date"] == after.date.isoformat()


def test_comparison_is_frozen(demo_record: ClientRecord) -> None:
    before, after = _review(demo_record)
    cmp = compare(before, after)
    with pytest.raises(AttributeError):
        cmp.added = ()  # type: ignore[misc]
