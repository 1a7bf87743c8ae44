"""The pure edit operations: each returns a new valid map or raises a clear ModelError."""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest

from netbuilder.model import (
    Goal,
    GoalStatus,
    Link,
    LinkKind,
    ModelError,
    NetworkMap,
    Node,
    NodeKind,
    Referral,
    ReferralStatus,
    Role,
    Supporter,
    ops,
)
from netbuilder.model.demo import build_demo

TODAY = date(2024, 3, 1)

Op = Callable[[NetworkMap], NetworkMap]


@pytest.fixture
def m() -> NetworkMap:
    """The worked example's map, dated TODAY (3 rings, 12 nodes)."""
    return build_demo(TODAY).current_map


def cafe_friend(node_id: str = "kim", **kw: Any) -> Node:
    kw.setdefault("ring", 2)
    return Node(id=node_id, kind=NodeKind.PERSON, label="Kim", category="friend", **kw)


def ids(items: tuple[Any, ...]) -> list[str]:
    return [item.id for item in items]


def raises_model_error(op: Op, m: NetworkMap, *fragments: str) -> str:
    with pytest.raises(ModelError) as info:
        op(m)
    text = str(info.value)
    for fragment in fragments:
        assert fragment in text, f"{fragment!r} not in {text!r}"
    return text


# every operation returns a new map and leaves its input alone --------------------------

GOOD_OPS: dict[str, Op] = {
    "add_node": lambda m: ops.add_node(m, cafe_friend()),
    "insert_node": lambda m: ops.insert_node(m, cafe_friend(), 0),
    "update_node": lambda m: ops.update_node(m, "mum", label="Mother"),
    "move_node": lambda m: ops.move_node(m, "mum", 3, 10.0),
    "move_nodes": lambda m: ops.move_nodes(m, {"mum": (3, 10.0), "jo": (2, 20.0)}),
    "remove_node": lambda m: ops.remove_node(m, "gym"),
    "add_link": lambda m: ops.add_link(m, Link(id="l-new", source="jo", target="cafe")),
    "update_link": lambda m: ops.update_link(m, "l-pat-walk", note="Walks together"),
    "remove_link": lambda m: ops.remove_link(m, "l-mum-home"),
    "add_goal": lambda m: ops.add_goal(m, Goal(id="g-new", text="See Jo more")),
    "update_goal": lambda m: ops.update_goal(m, "g-church", status=GoalStatus.ACTIVE),
    "remove_goal": lambda m: ops.remove_goal(m, "g-gym"),
    "reorder_goals": lambda m: ops.reorder_goals(m, ["g-church", "g-gym"]),
    "add_referral": lambda m: ops.add_referral(
        m, Referral(id="r-new", service="Library", date=TODAY)
    ),
    "update_referral": lambda m: ops.update_referral(m, "r-gym", status=ReferralStatus.TAKEN_UP),
    "remove_referral": lambda m: ops.remove_referral(m, "r-gym"),
    "set_ring_labels": lambda m: ops.set_ring_labels(m, ("a", "b", "c", "d")),
    "set_what_matters": lambda m: ops.set_what_matters(m, "Seeing Jo."),
    "start_review": lambda m: ops.start_review(m, "6-month review", TODAY + timedelta(days=180)),
}


@pytest.mark.parametrize("op", GOOD_OPS.values(), ids=GOOD_OPS.keys())
def test_each_op_returns_a_new_valid_map_and_leaves_the_input_unchanged(
    m: NetworkMap, op: Op
) -> None:
    before = m.model_copy(deep=True)
    dumped = m.model_dump_json()
    out = op(m)
    assert isinstance(out, NetworkMap) and out is not m
    assert out != m
    assert m == before and m.model_dump_json() == dumped
    assert NetworkMap.model_validate_json(out.model_dump_json()) == out  # fully valid
    assert out.updated_at >= m.updated_at


# nodes ----------------------------------------------------------------------------


def test_add_node_appends(m: NetworkMap) -> None:
    out = ops.add_node(m, cafe_friend())
    assert ids(out.nodes) == [*ids(m.nodes), "kim"]
    assert out.node("kim") == cafe_friend()


def test_add_node_refuses_a_duplicate_id(m: NetworkMap) -> None:
    raises_model_error(lambda m: ops.add_node(m, cafe_friend("mum")), m, "'mum'", "already")


def test_add_node_refuses_an_id_used_by_a_link(m: NetworkMap) -> None:
    raises_model_error(lambda m: ops.add_node(m, cafe_friend("l-gp-gym")), m, "'l-gp-gym'")


def test_add_node_refuses_a_ring_outside_the_map(m: NetworkMap) -> None:
    raises_model_error(lambda m: ops.add_node(m, cafe_friend(ring=4)), m, "ring", "4", "3 rings")


@pytest.mark.parametrize(("index", "position"), [(0, 0), (3, 3), (12, 12), (99, 12), (-5, 0)])
def test_insert_node_puts_it_at_the_index_clamped(m: NetworkMap, index: int, position: int) -> None:
    out = ops.insert_node(m, cafe_friend(), index)
    assert out.nodes[position].id == "kim"
    assert [i for i in ids(out.nodes) if i != "kim"] == ids(m.nodes)


def test_insert_node_undoes_remove_node(m: NetworkMap) -> None:
    node = m.node("pat")
    index = ids(m.nodes).index("pat")
    out = ops.insert_node(ops.remove_node(m, "pat"), node, index)
    assert out.nodes == m.nodes


def test_insert_node_refuses_a_duplicate_id(m: NetworkMap) -> None:
    raises_model_error(lambda m: ops.insert_node(m, cafe_friend("jo"), 0), m, "'jo'")


def test_update_node_changes_only_the_named_fields(m: NetworkMap) -> None:
    out = ops.update_node(m, "mum", label="Mother", notes="Better lately", ring=3)
    mum = out.node("mum")
    assert (mum.label, mum.notes, mum.ring) == ("Mother", "Better lately", 3)
    assert mum.effect == m.node("mum").effect and mum.angle == m.node("mum").angle
    assert [n for n in out.nodes if n.id != "mum"] == [n for n in m.nodes if n.id != "mum"]
    assert ids(out.nodes) == ids(m.nodes)


def test_update_node_can_make_a_person_a_practitioner(m: NetworkMap) -> None:
    out = ops.update_node(m, "pat", category="practitioner", roles=(Role.MOTIVATOR,))
    assert out.node("pat").is_practitioner


@pytest.mark.parametrize(
    ("changes", "fragments"),
    [
        ({"colour": "red"}, ("'colour'",)),
        ({"id": "mother"}, ("id", "cannot be changed")),
        ({"ring": 5}, ("ring", "5", "3 rings")),
        ({"ring": 0}, ("ring", "1")),
        ({"ring": 10}, ("ring", "9")),
        ({"ring": "2"}, ("ring", "integer")),
        ({"angle": 360.0}, ("angle", "360")),
        ({"share_of_week": 101}, ("share_of_week", "100")),
        ({"label": ""}, ("label",)),
        ({"label": "x" * 201}, ("label", "200")),
        ({"category": "home"}, ("category", "'home'")),
        ({"roles": (Role.MOTIVATOR,)}, ("only practitioners",)),
        ({"kind": NodeKind.PLACE}, ("category", "'family'", "place")),
    ],
)
def test_update_node_refuses_bad_changes_naming_the_field(
    m: NetworkMap, changes: dict[str, Any], fragments: tuple[str, ...]
) -> None:
    raises_model_error(lambda m: ops.update_node(m, "mum", **changes), m, *fragments)


def test_update_node_accepts_its_own_id(m: NetworkMap) -> None:
    assert ops.update_node(m, "mum", id="mum", label="Mother").node("mum").label == "Mother"


def test_update_node_refuses_to_demote_a_practitioner_who_supports_a_goal(m: NetworkMap) -> None:
    op: Op = lambda m: ops.update_node(m, "cpn", category="friend", roles=(), profession=None)  # noqa: E731
    raises_model_error(op, m, "supporters", "'cpn'", "not a practitioner")


@pytest.mark.parametrize(
    "op",
    [
        lambda m: ops.update_node(m, "ghost", label="x"),
        lambda m: ops.move_node(m, "ghost", 1, 0.0),
        lambda m: ops.remove_node(m, "ghost"),
        lambda m: ops.update_link(m, "ghost", note="x"),
        lambda m: ops.remove_link(m, "ghost"),
        lambda m: ops.update_goal(m, "ghost", text="x"),
        lambda m: ops.remove_goal(m, "ghost"),
        lambda m: ops.update_referral(m, "ghost", outcome="x"),
        lambda m: ops.remove_referral(m, "ghost"),
    ],
    ids=[
        "update_node",
        "move_node",
        "remove_node",
        "update_link",
        "remove_link",
        "update_goal",
        "remove_goal",
        "update_referral",
        "remove_referral",
    ],
)
def test_ops_on_an_unknown_id_name_it(m: NetworkMap, op: Op) -> None:
    raises_model_error(op, m, "no ", "'ghost'")


# moving ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("angle", "expected"),
    [
        (0.0, 0.0),
        (45, 45.0),
        (359.5, 359.5),
        (360.0, 0.0),
        (365.0, 5.0),
        (725.0, 5.0),
        (-90.0, 270.0),
        (-360.0, 0.0),
        (-0.0, 0.0),
        (-1e-15, 0.0),  # x % 360 rounds to 360.0 here; must wrap to 0
        (-1e-300, 0.0),
    ],
)
def test_move_node_normalises_the_angle(m: NetworkMap, angle: float, expected: float) -> None:
    out = ops.move_node(m, "mum", 1, angle)
    mum = out.node("mum")
    assert (mum.ring, mum.angle) == (1, expected)
    assert isinstance(mum.angle, float) and 0.0 <= mum.angle < 360.0


@pytest.mark.parametrize("ring", [0, -1, 4, 9])
def test_move_node_refuses_a_ring_outside_the_map(m: NetworkMap, ring: int) -> None:
    raises_model_error(
        lambda m: ops.move_node(m, "mum", ring, 0.0), m, "ring", str(ring), "3 rings"
    )


@pytest.mark.parametrize("ring", ["2", 2.0, True, None])
def test_move_node_refuses_a_ring_that_is_not_an_int(m: NetworkMap, ring: Any) -> None:
    raises_model_error(lambda m: ops.move_node(m, "mum", ring, 0.0), m, "ring")


@pytest.mark.parametrize("angle", [math.nan, math.inf, -math.inf, "90", None, True])
def test_move_node_refuses_an_angle_that_is_not_a_finite_number(m: NetworkMap, angle: Any) -> None:
    raises_model_error(lambda m: ops.move_node(m, "mum", 1, angle), m, "angle")


def test_move_node_into_an_added_ring(m: NetworkMap) -> None:
    wider = ops.set_ring_labels(m, ("1", "2", "3", "4"))
    assert ops.move_node(wider, "mum", 4, 0.0).node("mum").ring == 4


def test_move_nodes_moves_several_in_one_step(m: NetworkMap) -> None:
    out = ops.move_nodes(m, {"mum": (3, 370.0), "cpn": (2, -30.0), "gym": (1, 0.0)})
    placed = {n: (out.node(n).ring, out.node(n).angle) for n in ("mum", "cpn", "gym")}
    assert placed == {"mum": (3, 10.0), "cpn": (2, 330.0), "gym": (1, 0.0)}
    untouched = [n for n in out.nodes if n.id not in placed]
    assert untouched == [n for n in m.nodes if n.id not in placed]


def test_move_nodes_with_nothing_to_move(m: NetworkMap) -> None:
    assert ops.move_nodes(m, {}).nodes == m.nodes


@pytest.mark.parametrize(
    ("places", "fragments"),
    [
        ({"mum": (3, 0.0), "jo": (4, 0.0)}, ("ring", "4")),
        ({"mum": (3, 0.0), "ghost": (1, 0.0)}, ("'ghost'",)),
    ],
)
def test_move_nodes_is_all_or_nothing(
    m: NetworkMap, places: dict[str, tuple[int, float]], fragments: tuple[str, ...]
) -> None:
    raises_model_error(lambda m: ops.move_nodes(m, places), m, *fragments)
    assert m.node("mum").ring == 2


# removing a node cascades ---------------------------------------------------------


def test_remove_node_takes_its_links_and_clears_references(m: NetworkMap) -> None:
    out = ops.remove_node(m, "gym")
    assert "gym" not in ids(out.nodes) and len(out.nodes) == len(m.nodes) - 1
    assert not any("gym" in (lk.source, lk.target) for lk in out.links)
    assert ids(out.links) == [i for i in ids(m.links) if i not in ("l-gp-gym", "l-cpn-gym")]
    goal = next(g for g in out.goals if g.id == "g-gym")
    assert goal.node_ids == ("gp",)
    referral = out.referrals[0]
    assert referral.node_id is None and referral.goal_id == "g-gym"


def test_remove_node_prunes_goal_supporters_and_node_ids(m: NetworkMap) -> None:
    out = ops.remove_node(m, "cpn")
    for goal in out.goals:
        assert all(s.node_id != "cpn" for s in goal.supporters)
    gym, church = out.goals
    assert gym.supporters == (Supporter(node_id="gp", role=Role.BRIDGE_BUILDER),)
    assert church.supporters == ()
    assert church.node_ids == ("church", "jo")  # untouched
    assert [lk for lk in out.links if "cpn" in (lk.source, lk.target)] == []


def test_remove_node_leaves_unrelated_goals_and_referrals_equal(m: NetworkMap) -> None:
    out = ops.remove_node(m, "pat")
    assert out.goals == m.goals and out.referrals == m.referrals
    assert ids(out.links) == [i for i in ids(m.links) if i != "l-pat-walk"]


def test_every_node_can_be_removed_one_by_one(m: NetworkMap) -> None:
    out = m
    for node_id in ids(m.nodes):
        out = ops.remove_node(out, node_id)
    assert (out.nodes, out.links) == ((), ())
    assert all(g.node_ids == () and g.supporters == () for g in out.goals)
    assert out.referrals[0].node_id is None


# links --------------------------------------------------------------------------


def test_add_link(m: NetworkMap) -> None:
    new = Link(id="l-new", source="jo", target="cafe", kind=LinkKind.ACCESS_THROUGH)
    assert ops.add_link(m, new).links == (*m.links, new)


@pytest.mark.parametrize(
    ("new", "fragments"),
    [
        (Link(id="l-new", source="ghost", target="cafe"), ("links", "'ghost'")),
        (Link(id="l-new", source="jo", target="ghost"), ("links", "'ghost'")),
        (Link(id="l-gp-gym", source="jo", target="cafe"), ("'l-gp-gym'", "twice")),
        (Link(id="mum", source="jo", target="cafe"), ("'mum'", "twice")),
        (
            Link(id="l-new", source="gp", target="gym", kind=LinkKind.ACCESS_SUPPORTED_BY),
            ("links[", "twice"),
        ),
    ],
    ids=["missing-source", "missing-target", "duplicate-id", "node-id", "same-link"],
)
def test_add_link_refuses(m: NetworkMap, new: Link, fragments: tuple[str, ...]) -> None:
    raises_model_error(lambda m: ops.add_link(m, new), m, *fragments)


def test_update_link(m: NetworkMap) -> None:
    out = ops.update_link(m, "l-mum-home", kind=LinkKind.OTHER, note="Fewer rows now")
    changed = next(lk for lk in out.links if lk.id == "l-mum-home")
    assert (changed.kind, changed.note, changed.source) == (LinkKind.OTHER, "Fewer rows now", "mum")


@pytest.mark.parametrize(
    ("changes", "fragments"),
    [
        ({"target": "ghost"}, ("target", "'ghost'")),
        ({"target": "mum"}, ("two different nodes",)),
        ({"weight": 3}, ("'weight'",)),
        ({"note": "x" * 201}, ("note", "200")),
        ({"kind": "conflict"}, ("kind",)),
    ],
)
def test_update_link_refuses(
    m: NetworkMap, changes: dict[str, Any], fragments: tuple[str, ...]
) -> None:
    raises_model_error(lambda m: ops.update_link(m, "l-mum-home", **changes), m, *fragments)


def test_remove_link(m: NetworkMap) -> None:
    out = ops.remove_link(m, "l-mum-home")
    assert ids(out.links) == [i for i in ids(m.links) if i != "l-mum-home"]
    assert out.nodes == m.nodes


# goals ---------------------------------------------------------------------------


def test_add_goal(m: NetworkMap) -> None:
    goal = Goal(
        id="g-jo",
        text="See Jo every week",
        node_ids=("jo",),
        supporters=(Supporter(node_id="cpn", role=Role.MOTIVATOR),),
    )
    assert ops.add_goal(m, goal).goals == (*m.goals, goal)


@pytest.mark.parametrize(
    ("goal", "fragments"),
    [
        (Goal(id="g-gym", text="again"), ("'g-gym'", "twice")),
        (Goal(id="g", text="t", node_ids=("ghost",)), ("node_ids", "'ghost'")),
        (
            Goal(id="g", text="t", supporters=(Supporter(node_id="jo", role=Role.MOTIVATOR),)),
            ("supporters", "'jo'", "not a practitioner"),
        ),
    ],
    ids=["duplicate-id", "missing-node", "non-practitioner-supporter"],
)
def test_add_goal_refuses(m: NetworkMap, goal: Goal, fragments: tuple[str, ...]) -> None:
    raises_model_error(lambda m: ops.add_goal(m, goal), m, *fragments)


def test_update_goal(m: NetworkMap) -> None:
    out = ops.update_goal(m, "g-church", status=GoalStatus.ACHIEVED, node_ids=("church",))
    church = out.goals[1]
    assert (church.status, church.node_ids, church.text) == (
        GoalStatus.ACHIEVED,
        ("church",),
        m.goals[1].text,
    )


@pytest.mark.parametrize(
    ("changes", "fragments"),
    [
        ({"priority": 1}, ("'priority'",)),
        ({"text": ""}, ("text",)),
        ({"node_ids": ("ghost",)}, ("node_ids", "'ghost'")),
        ({"node_ids": ["church"]}, ("node_ids", "tuple")),
        ({"status": "done"}, ("status",)),
    ],
)
def test_update_goal_refuses(
    m: NetworkMap, changes: dict[str, Any], fragments: tuple[str, ...]
) -> None:
    raises_model_error(lambda m: ops.update_goal(m, "g-church", **changes), m, *fragments)


def test_remove_goal_clears_the_referrals_goal(m: NetworkMap) -> None:
    out = ops.remove_goal(m, "g-gym")
    assert ids(out.goals) == ["g-church"]
    assert out.referrals[0].goal_id is None and out.referrals[0].node_id == "gym"


def test_remove_goal_leaves_other_referrals_alone(m: NetworkMap) -> None:
    out = ops.remove_goal(m, "g-church")
    assert out.referrals == m.referrals


def test_reorder_goals(m: NetworkMap) -> None:
    out = ops.reorder_goals(m, ["g-church", "g-gym"])
    assert ids(out.goals) == ["g-church", "g-gym"]
    assert set(out.goals) == set(m.goals)


@pytest.mark.parametrize(
    "order",
    [[], ["g-gym"], ["g-gym", "g-gym"], ["g-gym", "g-church", "g-gym"], ["g-gym", "ghost"]],
)
def test_reorder_goals_must_name_every_goal_once(m: NetworkMap, order: list[str]) -> None:
    raises_model_error(lambda m: ops.reorder_goals(m, order), m, "goals", "every goal once")


# referrals -----------------------------------------------------------------------


def test_add_referral(m: NetworkMap) -> None:
    new = Referral(id="r-lib", service="Library reading group", date=TODAY, node_id="cafe")
    assert ops.add_referral(m, new).referrals == (*m.referrals, new)


@pytest.mark.parametrize(
    ("new", "fragments"),
    [
        (Referral(id="r-gym", service="S", date=TODAY), ("'r-gym'", "twice")),
        (Referral(id="r", service="S", date=TODAY, node_id="ghost"), ("node_id", "'ghost'")),
        (Referral(id="r", service="S", date=TODAY, goal_id="ghost"), ("goal_id", "'ghost'")),
        (
            Referral(id="r", service="S", date=TODAY, follow_up=TODAY - timedelta(days=1)),
            ("follow_up", "before"),
        ),
    ],
    ids=["duplicate-id", "missing-node", "missing-goal", "follow-up-early"],
)
def test_add_referral_refuses(m: NetworkMap, new: Referral, fragments: tuple[str, ...]) -> None:
    raises_model_error(lambda m: ops.add_referral(m, new), m, *fragments)


def test_update_referral(m: NetworkMap) -> None:
    out = ops.update_referral(m, "r-gym", status=ReferralStatus.TAKEN_UP, outcome="Goes weekly")
    assert (out.referrals[0].status, out.referrals[0].outcome) == (
        ReferralStatus.TAKEN_UP,
        "Goes weekly",
    )


@pytest.mark.parametrize(
    ("changes", "fragments"),
    [
        ({"follow_up": TODAY - timedelta(days=1)}, ("follow_up", "before")),
        ({"date": TODAY + timedelta(weeks=7)}, ("follow_up", "before")),
        ({"goal_id": "ghost"}, ("goal_id", "'ghost'")),
        ({"urgency": "high"}, ("'urgency'",)),
        ({"service": ""}, ("service",)),
    ],
)
def test_update_referral_refuses(
    m: NetworkMap, changes: dict[str, Any], fragments: tuple[str, ...]
) -> None:
    raises_model_error(lambda m: ops.update_referral(m, "r-gym", **changes), m, *fragments)


def test_remove_referral(m: NetworkMap) -> None:
    assert ops.remove_referral(m, "r-gym").referrals == ()


# the map as a whole ----------------------------------------------------------------


def test_set_ring_labels_adds_and_renames_rings(m: NetworkMap) -> None:
    out = ops.set_ring_labels(m, (" Inner ", "Middle", "Outer", "Far"))
    assert out.ring_labels == ("Inner", "Middle", "Outer", "Far") and out.rings == 4


def test_set_ring_labels_refuses_fewer_rings_than_a_node_uses(m: NetworkMap) -> None:
    text = raises_model_error(
        lambda m: ops.set_ring_labels(m, ("a", "b")), m, "ring", "3", "2 rings"
    )
    assert "nodes[" in text


def test_set_ring_labels_can_shrink_once_nodes_move_in(m: NetworkMap) -> None:
    inward = {n.id: (min(n.ring, 2), n.angle) for n in m.nodes}
    out = ops.set_ring_labels(ops.move_nodes(m, inward), ("close", "further"))
    assert out.rings == 2


@pytest.mark.parametrize(
    ("labels", "fragments"),
    [
        ((), ("ring_labels",)),
        (tuple(str(i) for i in range(10)), ("ring_labels", "9")),
        (("a", "b", "x" * 41), ("ring_labels[2]", "40")),
        (("a", "", "c"), ("ring_labels[1]",)),
    ],
)
def test_set_ring_labels_refuses(
    m: NetworkMap, labels: tuple[str, ...], fragments: tuple[str, ...]
) -> None:
    raises_model_error(lambda m: ops.set_ring_labels(m, labels), m, *fragments)


def test_set_what_matters(m: NetworkMap) -> None:
    assert ops.set_what_matters(m, "  Feeling useful. ").what_matters == "Feeling useful."
    assert ops.set_what_matters(m, "x" * 4000).what_matters == "x" * 4000
    raises_model_error(lambda m: ops.set_what_matters(m, "x" * 4001), m, "what_matters", "4000")


def test_start_review_copies_the_map_as_a_new_dated_version(m: NetworkMap) -> None:
    on = TODAY + timedelta(days=180)
    out = ops.start_review(m, "6-month review", on)
    assert out.id != m.id
    assert (out.based_on, out.label, out.date, out.client_id) == (
        m.id,
        "6-month review",
        on,
        m.client_id,
    )
    content = ("nodes", "links", "goals", "referrals", "ring_labels", "what_matters")
    assert all(getattr(out, f) == getattr(m, f) for f in content)


def test_start_review_on_the_same_day_is_allowed(m: NetworkMap) -> None:
    assert ops.start_review(m, "same day", TODAY).date == TODAY


def test_start_review_twice_gives_distinct_versions(m: NetworkMap) -> None:
    first = ops.start_review(m, "review", TODAY)
    second = ops.start_review(first, "review 2", TODAY + timedelta(days=1))
    assert len({m.id, first.id, second.id}) == 3 and second.based_on == first.id


def test_start_review_refuses_a_date_before_the_base_version(m: NetworkMap) -> None:
    raises_model_error(
        lambda m: ops.start_review(m, "review", TODAY - timedelta(days=1)), m, "date", str(TODAY)
    )


@pytest.mark.parametrize("label", ["", "   ", "x" * 81])
def test_start_review_refuses_a_bad_label(m: NetworkMap, label: str) -> None:
    raises_model_error(lambda m: ops.start_review(m, label, TODAY), m, "label")


# rebuild ---------------------------------------------------------------------------


def test_rebuild_validates_the_copy(m: NetworkMap) -> None:
    node = m.node("mum")
    assert ops.rebuild(node, ring=3).ring == 3
    assert ops.rebuild(node) == node
    with pytest.raises(ModelError, match="ring"):
        ops.rebuild(node, ring=0)
    with pytest.raises(ModelError, match="'size'"):
        ops.rebuild(node, size=3)


def test_model_error_is_a_value_error() -> None:
    assert issubclass(ModelError, ValueError)
