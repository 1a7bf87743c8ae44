"""Every rule of the model's entities: types, caps, vocabularies and cross-references."""

from __future__ import annotations

import math
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

from netbuilder.model import (
    DEFAULT_RING_LABELS,
    FORMAT_NAME,
    FORMAT_VERSION,
    MAX_RINGS,
    Client,
    ClientRecord,
    Effect,
    Frequency,
    Goal,
    GoalStatus,
    GoalTheme,
    Link,
    LinkKind,
    NetworkMap,
    NextStep,
    Node,
    NodeKind,
    PersonCategory,
    PlaceCategory,
    Profession,
    Referral,
    ReferralStatus,
    Role,
    Supporter,
    Wants,
    describe,
    new_id,
)
from netbuilder.model.errors import field_path

DAY = date(2024, 3, 1)
CLIENT_ID = uuid.UUID("12345678-1234-5678-1234-567812345678")


# builders ----------------------------------------------------------------------


def person(node_id: str = "p", category: str = "friend", **kw: Any) -> Node:
    return Node(
        id=node_id, kind=NodeKind.PERSON, label=f"Person {node_id}", category=category, **kw
    )


def practitioner(node_id: str = "cpn", **kw: Any) -> Node:
    return person(node_id, "practitioner", **kw)


def place(node_id: str = "home", category: str = "home", **kw: Any) -> Node:
    return Node(id=node_id, kind=NodeKind.PLACE, label=f"Place {node_id}", category=category, **kw)


def link(link_id: str, source: str, target: str, **kw: Any) -> Link:
    return Link(id=link_id, source=source, target=target, **kw)


def a_map(**kw: Any) -> NetworkMap:
    kw.setdefault("client_id", CLIENT_ID)
    kw.setdefault("date", DAY)
    return NetworkMap(**kw)


def small_map(**kw: Any) -> NetworkMap:
    """Two people, a practitioner and a place: enough to hang references on."""
    kw.setdefault("nodes", (person("a"), person("b"), practitioner("cpn"), place("gym", "leisure")))
    return a_map(**kw)


# Minimal valid keyword arguments for each model, used by the generic rule tables.
BASE: dict[type[BaseModel], dict[str, Any]] = {
    Node: {"id": "n1", "kind": NodeKind.ACTIVITY, "label": "Gardening"},
    Link: {"id": "l1", "source": "from", "target": "to"},
    Supporter: {"node_id": "cpn", "role": Role.MOTIVATOR},
    NextStep: {"text": "Ask about the gym"},
    Goal: {"id": "g1", "text": "Try gym on prescription"},
    Referral: {"id": "r1", "service": "Active Lives", "date": DAY},
    NetworkMap: {"client_id": CLIENT_ID, "date": DAY},
    Client: {"display_name": "Sam"},
}
MODELS = [*BASE, ClientRecord]


def build(model: type[BaseModel], **changes: Any) -> BaseModel:
    return model(**{**BASE[model], **changes})


def a_record(**kw: Any) -> ClientRecord:
    client = kw.pop("client", Client(id=CLIENT_ID, display_name="Sam"))
    maps = kw.pop("maps", (a_map(),))
    kw.setdefault("current_map_id", maps[0].id)
    return ClientRecord(client=client, maps=maps, **kw)


def refused(make: Callable[[], object], *fragments: str) -> str:
    """Assert that ``make`` is refused; each fragment must appear in the message."""
    with pytest.raises(ValidationError) as info:
        make()
    text = describe(info.value)
    for fragment in fragments:
        assert fragment in text, f"{fragment!r} not in {text!r}"
    return text


# strict types, extra fields, frozen -------------------------------------------------


@pytest.mark.parametrize(
    ("model", "field", "value"),
    [
        (Node, "ring", "2"),
        (Node, "ring", 2.0),
        (Node, "ring", True),
        (Node, "angle", "10"),
        (Node, "angle", True),
        (Node, "share_of_week", 75.0),
        (Node, "share_of_week", "75"),
        (Node, "kind", "person"),
        (Node, "effect", "positive"),
        (Node, "label", 5),
        (Node, "notes", None),
        (Link, "kind", "knows"),
        (Link, "source", 7),
        (Supporter, "role", "motivator"),
        (NextStep, "done", "yes"),
        (NextStep, "done", 1),
        (Goal, "node_ids", ["a"]),
        (Goal, "review_date", "2024-05-01"),
        (Goal, "status", "active"),
        (Referral, "date", "2024-03-01"),
        (Referral, "date", datetime(2024, 3, 1, tzinfo=UTC)),
        (Referral, "status", "made"),
        (NetworkMap, "client_id", str(CLIENT_ID)),
        (NetworkMap, "ring_labels", ["a", "b"]),
        (Client, "id", str(CLIENT_ID)),
        (Client, "archived", 1),
        (Client, "date_of_birth", "1990-01-01"),
    ],
)
def test_strict_types_refuse_lookalike_values(
    model: type[BaseModel], field: str, value: Any
) -> None:
    refused(lambda: build(model, **{field: value}), field)


@pytest.mark.parametrize("value", ["1", 1.0, True])
def test_record_version_must_be_an_int(value: Any) -> None:
    refused(lambda: a_record(version=value), "version")


@pytest.mark.parametrize("model", list(BASE))
def test_extra_fields_are_refused(model: type[BaseModel]) -> None:
    refused(lambda: build(model, colour="red"), "colour", "Extra inputs are not permitted")


def test_extra_fields_are_refused_on_the_record() -> None:
    refused(lambda: a_record(colour="red"), "colour")


@pytest.mark.parametrize("model", list(BASE))
def test_every_model_is_frozen(model: type[BaseModel]) -> None:
    item = build(model)
    first_field = next(iter(BASE[model]))
    with pytest.raises(ValidationError, match="frozen"):
        setattr(item, first_field, BASE[model][first_field])


def test_the_record_is_frozen_and_collections_are_tuples() -> None:
    record = a_record()
    with pytest.raises(ValidationError, match="frozen"):
        record.client = Client(display_name="Other")  # type: ignore[misc]
    m = small_map(goals=(Goal(id="g", text="t", node_ids=("a",)),))
    for value in (m.nodes, m.links, m.goals, m.referrals, m.ring_labels, m.goals[0].node_ids):
        assert isinstance(value, tuple)


def test_enum_members_and_python_values_are_accepted() -> None:
    node = Node(id="x", kind=NodeKind.PLACE, label="Gym", category="leisure", ring=2, angle=45)
    assert node.angle == 45.0 and isinstance(node.angle, float)  # an int is a fine angle
    assert node.kind is NodeKind.PLACE


# length caps on every string field ---------------------------------------------------

# (model, field, cap, minimum length) for stripped free-text fields
TEXT_CAPS: list[tuple[type[BaseModel], str, int, int]] = [
    (Node, "label", 200, 1),
    (Node, "category", 60, 0),  # activities: free category
    (Node, "notes", 2000, 0),
    (Link, "note", 200, 0),
    (NextStep, "text", 200, 1),
    (Goal, "text", 1000, 1),
    (Referral, "service", 200, 1),
    (Referral, "by_whom", 200, 0),
    (Referral, "reason", 2000, 0),
    (Referral, "outcome", 2000, 0),
    (NetworkMap, "label", 80, 1),
    (NetworkMap, "what_matters", 4000, 0),
    (Client, "display_name", 120, 1),
    (Client, "local_ref", 40, 0),
]
# (model, field) for item ids: 1..64 of [A-Za-z0-9_.:-], never stripped
ID_FIELDS: list[tuple[type[BaseModel], str]] = [
    (Node, "id"),
    (Link, "id"),
    (Link, "source"),
    (Link, "target"),
    (Supporter, "node_id"),
    (Goal, "id"),
    (Referral, "id"),
    (Referral, "node_id"),
    (Referral, "goal_id"),
]
# string fields whose caps are tested by their own tests below
OTHER_TEXT_FIELDS = {
    (NetworkMap, "ring_labels"),
    (Goal, "node_ids"),
    (ClientRecord, "format"),
}


def _is_text(prop: dict[str, Any]) -> bool:
    options = prop.get("anyOf", [prop])
    for option in options:
        if option.get("type") == "array":
            option = option.get("items", {})
        if option.get("type") == "string" and "format" not in option:
            return True
    return False


def test_the_cap_tables_cover_every_string_field() -> None:
    found = {
        (model, name)
        for model in MODELS
        for name, prop in model.model_json_schema()["properties"].items()
        if _is_text(prop)
    }
    covered = {(m, f) for m, f, _, _ in TEXT_CAPS} | set(ID_FIELDS) | OTHER_TEXT_FIELDS
    assert found == covered


@pytest.mark.parametrize(("model", "field", "cap", "minimum"), TEXT_CAPS)
def test_text_at_the_cap_is_accepted_and_stripped(
    model: type[BaseModel], field: str, cap: int, minimum: int
) -> None:
    text = "x" * cap
    assert getattr(build(model, **{field: text}), field) == text
    assert getattr(build(model, **{field: f"  \t{text}\n "}), field) == text


@pytest.mark.parametrize(("model", "field", "cap", "minimum"), TEXT_CAPS)
def test_text_over_the_cap_is_refused(
    model: type[BaseModel], field: str, cap: int, minimum: int
) -> None:
    refused(lambda: build(model, **{field: "x" * (cap + 1)}), field, str(cap))


@pytest.mark.parametrize(("model", "field", "cap", "minimum"), TEXT_CAPS)
def test_required_text_cannot_be_blank(
    model: type[BaseModel], field: str, cap: int, minimum: int
) -> None:
    if minimum == 0:
        assert getattr(build(model, **{field: "   "}), field) == ""
    else:
        refused(lambda: build(model, **{field: "   "}), field)


@pytest.mark.parametrize(("model", "field"), ID_FIELDS)
@pytest.mark.parametrize("value", ["x" * 64, "a", "node-1", "A_b.c:d-9"])
def test_ids_of_up_to_64_safe_characters_are_accepted(
    model: type[BaseModel], field: str, value: str
) -> None:
    assert getattr(build(model, **{field: value}), field) == value


@pytest.mark.parametrize(("model", "field"), ID_FIELDS)
@pytest.mark.parametrize("value", ["x" * 65, "", " a", "a b", "a\n", "é", "a/b"])
def test_ids_that_are_long_empty_or_unsafe_are_refused(
    model: type[BaseModel], field: str, value: str
) -> None:
    refused(lambda: build(model, **{field: value}), field)


def test_goal_node_ids_entries_are_ids() -> None:
    assert Goal(id="g", text="t", node_ids=("x" * 64,)).node_ids == ("x" * 64,)
    refused(lambda: Goal(id="g", text="t", node_ids=("x" * 65,)), "node_ids[0]")
    refused(lambda: Goal(id="g", text="t", node_ids=("a", "")), "node_ids[1]")


def test_ring_labels_are_capped_and_stripped() -> None:
    assert a_map(ring_labels=("x" * 40,)).ring_labels == ("x" * 40,)
    assert a_map(ring_labels=(" inner ", "outer")).ring_labels == ("inner", "outer")
    refused(lambda: a_map(ring_labels=("ok", "x" * 41)), "ring_labels[1]", "40")
    refused(lambda: a_map(ring_labels=("ok", "  ")), "ring_labels[1]")


def test_next_steps_are_capped_at_fifty() -> None:
    steps = tuple(NextStep(text=f"step {i}") for i in range(50))
    assert len(Goal(id="g", text="t", next_steps=steps).next_steps) == 50
    refused(
        lambda: Goal(id="g", text="t", next_steps=(*steps, NextStep(text="one more"))), "next_steps"
    )


# nodes ----------------------------------------------------------------------


def test_node_defaults() -> None:
    node = Node(id="n", kind=NodeKind.ACTIVITY, label="Football")
    assert (node.category, node.ring, node.angle, node.effect) == ("other", 1, 0.0, Effect.NEUTRAL)
    assert (node.frequency, node.share_of_week, node.wants, node.profession) == (None,) * 4
    assert (node.notes, node.roles) == ("", ())


@pytest.mark.parametrize("ring", range(1, MAX_RINGS + 1))
def test_ring_from_one_to_max_rings_is_accepted(ring: int) -> None:
    assert person(ring=ring).ring == ring


@pytest.mark.parametrize("ring", [0, -1, MAX_RINGS + 1, 100])
def test_ring_outside_one_to_max_rings_is_refused(ring: int) -> None:
    refused(lambda: person(ring=ring), "ring")


@pytest.mark.parametrize("angle", [0.0, 0, 90.5, 359.999999])
def test_angle_in_zero_to_360_is_accepted(angle: float) -> None:
    assert person(angle=angle).angle == angle


@pytest.mark.parametrize("angle", [360.0, 360, -0.001, -90.0, 720.0, math.nan, math.inf, -math.inf])
def test_angle_outside_zero_to_360_or_not_finite_is_refused(angle: float) -> None:
    refused(lambda: person(angle=angle), "angle")


@pytest.mark.parametrize("share", [None, 0, 1, 75, 100])
def test_share_of_week_zero_to_hundred_is_accepted(share: int | None) -> None:
    assert place(share_of_week=share).share_of_week == share


@pytest.mark.parametrize("share", [-1, 101, 1000])
def test_share_of_week_outside_zero_to_hundred_is_refused(share: int) -> None:
    refused(lambda: place(share_of_week=share), "share_of_week")


def test_every_vocabulary_value_is_accepted() -> None:
    for effect in Effect:
        assert person(effect=effect).effect is effect
    for frequency in Frequency:
        assert person(frequency=frequency).frequency is frequency
    for wants in Wants:
        assert person(wants=wants).wants is wants


@pytest.mark.parametrize("category", [c.value for c in PersonCategory])
def test_people_take_person_categories(category: str) -> None:
    assert person(category=category).category == category


@pytest.mark.parametrize("category", [c.value for c in PlaceCategory])
def test_places_take_place_categories(category: str) -> None:
    assert place(category=category).category == category


@pytest.mark.parametrize(
    ("kind", "category"),
    [
        (NodeKind.PERSON, "home"),
        (NodeKind.PERSON, "Friend"),
        (NodeKind.PERSON, "colleague"),
        (NodeKind.PERSON, ""),
        (NodeKind.PLACE, "friend"),
        (NodeKind.PLACE, "practitioner"),
        (NodeKind.PLACE, "pub"),
        (NodeKind.PLACE, ""),
    ],
)
def test_people_and_places_refuse_categories_outside_their_list(
    kind: NodeKind, category: str
) -> None:
    text = refused(lambda: Node(id="n", kind=kind, label="L", category=category), "category")
    assert kind.value in text


@pytest.mark.parametrize(
    "category", ["hobby", "exercise", "home", "friend", "", "Volunteering at Oxfam"]
)
def test_activities_take_any_category(category: str) -> None:
    assert Node(id="n", kind=NodeKind.ACTIVITY, label="L", category=category).category == category


def test_category_is_stripped_before_the_list_check() -> None:
    assert person(category="  family ").category == "family"


def test_practitioners_take_a_profession_and_any_distinct_roles() -> None:
    node = practitioner(profession=Profession.CPN, roles=tuple(Role))
    assert node.is_practitioner
    assert node.roles == tuple(Role) and len(node.roles) == 6
    assert practitioner().roles == ()
    assert practitioner(profession=Profession.GP).profession is Profession.GP


@pytest.mark.parametrize(
    "make",
    [
        lambda **kw: person("friend", "friend", **kw),
        lambda **kw: person("mum", "family", **kw),
        lambda **kw: place("gym", "leisure", **kw),
        lambda **kw: Node(id="a", kind=NodeKind.ACTIVITY, label="A", category="practitioner", **kw),
    ],
    ids=["friend", "family", "place", "activity-called-practitioner"],
)
@pytest.mark.parametrize(
    "extra",
    [{"roles": (Role.MOTIVATOR,)}, {"profession": Profession.GP}],
    ids=["roles", "profession"],
)
def test_roles_and_profession_only_on_practitioners(
    make: Callable[..., Node], extra: dict[str, Any]
) -> None:
    refused(lambda: make(**extra), "only practitioners")
    assert not make().is_practitioner


def test_a_role_listed_twice_is_refused() -> None:
    refused(lambda: practitioner(roles=(Role.MOTIVATOR, Role.NAVIGATOR, Role.MOTIVATOR)), "role")


# links ------------------------------------------------------------------------


def test_link_defaults_and_kinds() -> None:
    assert link("l", "a", "b").kind is LinkKind.KNOWS
    for kind in LinkKind:
        assert link("l", "a", "b", kind=kind).kind is kind


def test_a_link_from_a_node_to_itself_is_refused() -> None:
    refused(lambda: link("l", "a", "a"), "two different nodes")


# the map: rings and references -------------------------------------------------------


def test_map_defaults() -> None:
    m = a_map()
    assert m.ring_labels == DEFAULT_RING_LABELS and m.rings == 3
    assert m.label == "baseline"
    assert (m.nodes, m.links, m.goals, m.referrals, m.what_matters, m.based_on) == (
        (),
        (),
        (),
        (),
        "",
        None,
    )
    assert m.updated_at.tzinfo is not None
    assert a_map().id != m.id


def test_ring_labels_count_from_one_to_max_rings() -> None:
    assert a_map(ring_labels=("only",)).rings == 1
    assert a_map(ring_labels=tuple(f"r{i}" for i in range(MAX_RINGS))).rings == MAX_RINGS
    refused(lambda: a_map(ring_labels=()), "ring_labels")
    refused(lambda: a_map(ring_labels=tuple(f"r{i}" for i in range(MAX_RINGS + 1))), "ring_labels")


def test_a_node_in_the_outermost_ring_is_accepted() -> None:
    assert a_map(nodes=(person(ring=3),)).nodes[0].ring == 3
    nine = tuple(f"r{i}" for i in range(9))
    assert a_map(ring_labels=nine, nodes=(person(ring=9),)).nodes[0].ring == 9


@pytest.mark.parametrize(("rings", "ring"), [(3, 4), (1, 2), (2, 9)])
def test_a_node_outside_the_maps_rings_is_refused(rings: int, ring: int) -> None:
    labels = tuple(f"r{i}" for i in range(rings))
    nodes = (person("a"), person("b", ring=ring))
    refused(
        lambda: a_map(ring_labels=labels, nodes=nodes), "nodes[1].ring", str(ring), f"{rings} rings"
    )


def test_duplicate_node_ids_are_refused() -> None:
    refused(lambda: a_map(nodes=(person("a"), place("a"))), "'a'", "used twice")


def test_a_link_id_may_not_repeat_a_node_id() -> None:
    refused(lambda: small_map(links=(link("a", "b", "cpn"),)), "'a'", "used twice")


def test_duplicate_link_ids_are_refused() -> None:
    links = (link("l", "a", "b"), link("l", "a", "cpn"))
    refused(lambda: small_map(links=links), "'l'", "used twice")


@pytest.mark.parametrize(
    ("source", "target", "where"),
    [("ghost", "a", "links[0].source"), ("a", "ghost", "links[0].target")],
)
def test_a_link_to_a_missing_node_is_refused(source: str, target: str, where: str) -> None:
    refused(lambda: small_map(links=(link("l", source, target),)), where, "'ghost'")


def test_the_same_link_drawn_twice_is_refused() -> None:
    links = (link("l1", "a", "b"), link("l2", "a", "b"))
    refused(lambda: small_map(links=links), "links[1]", "twice")


def test_links_between_the_same_nodes_with_another_kind_or_direction_are_accepted() -> None:
    links = (
        link("l1", "a", "b"),
        link("l2", "a", "b", kind=LinkKind.CONFLICT),
        link("l3", "b", "a"),
        link("l4", "cpn", "gym", kind=LinkKind.ACCESS_SUPPORTED_BY),
    )
    assert len(small_map(links=links).links) == 4


def test_goals_reference_existing_nodes_and_practitioner_supporters() -> None:
    goal = Goal(
        id="g",
        text="Try the gym",
        theme=GoalTheme.PHYSICAL_HEALTH,
        node_ids=("gym", "a"),
        supporters=(Supporter(node_id="cpn", role=Role.CO_PILOT),),
        next_steps=(NextStep(text="Go on Tuesday"),),
        status=GoalStatus.ACTIVE,
        review_date=DAY,
    )
    assert small_map(goals=(goal,)).goals == (goal,)


@pytest.mark.parametrize(
    ("goal", "fragments"),
    [
        (Goal(id="g", text="t", node_ids=("a", "ghost")), ("goals[0].node_ids", "'ghost'")),
        (
            Goal(id="g", text="t", supporters=(Supporter(node_id="ghost", role=Role.MOTIVATOR),)),
            ("goals[0].supporters", "'ghost'"),
        ),
        (
            Goal(id="g", text="t", supporters=(Supporter(node_id="a", role=Role.MOTIVATOR),)),
            ("goals[0].supporters", "'a'", "not a practitioner"),
        ),
        (
            Goal(id="g", text="t", supporters=(Supporter(node_id="gym", role=Role.MOTIVATOR),)),
            ("goals[0].supporters", "'gym'", "not a practitioner"),
        ),
    ],
    ids=["missing-node", "missing-supporter", "person-supporter", "place-supporter"],
)
def test_bad_goal_references_are_refused(goal: Goal, fragments: tuple[str, ...]) -> None:
    refused(lambda: small_map(goals=(goal,)), *fragments)


def test_duplicate_goal_ids_are_refused() -> None:
    goals = (Goal(id="g", text="one"), Goal(id="g", text="two"))
    refused(lambda: small_map(goals=goals), "goal id 'g'", "twice")


def test_goal_and_referral_ids_have_their_own_namespaces() -> None:
    m = small_map(
        goals=(Goal(id="a", text="same id as a node"),),
        referrals=(Referral(id="a", service="S", date=DAY),),
    )
    assert m.goals[0].id == m.referrals[0].id == m.nodes[0].id


def test_a_referral_may_name_an_existing_node_and_goal() -> None:
    referral = Referral(
        id="r",
        service="Active Lives",
        by_whom="Dr Shah",
        date=DAY,
        reason="Fitness",
        status=ReferralStatus.TAKEN_UP,
        follow_up=DAY,
        outcome="Went twice",
        node_id="gym",
        goal_id="g",
    )
    m = small_map(goals=(Goal(id="g", text="t"),), referrals=(referral,))
    assert m.referrals == (referral,)


@pytest.mark.parametrize(
    ("changes", "fragments"),
    [
        ({"node_id": "ghost"}, ("referrals[0].node_id", "'ghost'")),
        ({"goal_id": "ghost"}, ("referrals[0].goal_id", "'ghost'")),
        ({"goal_id": "a"}, ("referrals[0].goal_id", "'a'")),  # a node id is not a goal id
        ({"follow_up": DAY - timedelta(days=1)}, ("referrals[0].follow_up", "before")),
    ],
)
def test_bad_referral_references_are_refused(
    changes: dict[str, Any], fragments: tuple[str, ...]
) -> None:
    referral = Referral(id="r", service="S", date=DAY, **changes)
    refused(lambda: small_map(referrals=(referral,)), *fragments)


def test_duplicate_referral_ids_are_refused() -> None:
    referrals = (Referral(id="r", service="S", date=DAY), Referral(id="r", service="T", date=DAY))
    refused(lambda: small_map(referrals=referrals), "referral id 'r'", "twice")


def test_every_referral_status_is_accepted() -> None:
    for status in ReferralStatus:
        assert Referral(id="r", service="S", date=DAY, status=status).status is status


def test_map_node_lookup() -> None:
    m = small_map()
    assert m.node("gym").kind is NodeKind.PLACE
    with pytest.raises(KeyError):
        m.node("ghost")


# the client ------------------------------------------------------------------------


def test_client_defaults() -> None:
    client = Client(display_name="  Sam Taylor ")
    assert client.display_name == "Sam Taylor"
    assert isinstance(client.id, uuid.UUID) and Client(display_name="x").id != client.id
    assert (client.local_ref, client.date_of_birth, client.archived) == ("", None, False)
    assert client.created_at.tzinfo is not None and client.updated_at.tzinfo is not None


def test_date_of_birth_today_or_past_is_accepted() -> None:
    assert Client(display_name="A", date_of_birth=date.today()).date_of_birth == date.today()
    assert Client(display_name="A", date_of_birth=date(1950, 1, 1)).date_of_birth == date(
        1950, 1, 1
    )


def test_date_of_birth_in_the_future_is_refused() -> None:
    tomorrow = date.today() + timedelta(days=1)
    refused(lambda: Client(display_name="A", date_of_birth=tomorrow), "date_of_birth", "future")


# the client record (the interchange file's content) ------------------------------------


def test_record_format_and_version_defaults() -> None:
    record = a_record()
    assert (record.format, record.version) == (FORMAT_NAME, FORMAT_VERSION) == ("netbuilder", 1)
    assert record.current_map == record.maps[0]


@pytest.mark.parametrize(
    "fmt", ["", "NetBuilder", "netbuilder2", "other", "netbuilder\n", " netbuilder"]
)
def test_record_refuses_another_format(fmt: str) -> None:
    refused(lambda: a_record(format=fmt), "format")


@pytest.mark.parametrize("version", [0, -1, FORMAT_VERSION + 1])
def test_record_refuses_an_unknown_version(version: int) -> None:
    refused(lambda: a_record(version=version), "version")


def test_current_map_id_must_name_a_map() -> None:
    refused(lambda: a_record(current_map_id=uuid.uuid4()), "current_map_id")


def test_current_map_picks_the_named_version() -> None:
    first = a_map(label="baseline")
    second = a_map(label="6-month review", date=DAY + timedelta(days=180), based_on=first.id)
    record = a_record(maps=(first, second), current_map_id=second.id)
    assert record.current_map is record.maps[1]


def test_every_map_must_belong_to_the_client() -> None:
    stranger = a_map(client_id=uuid.uuid4(), label="someone else's")
    refused(lambda: a_record(maps=(a_map(), stranger)), "maps", "another client", "someone else's")


def test_map_versions_may_not_share_an_id() -> None:
    first = a_map()
    twin = a_map(id=first.id, label="review")
    refused(lambda: a_record(maps=(first, twin)), "maps", "share an id")


def test_a_record_needs_at_least_one_map() -> None:
    with pytest.raises(ValidationError):
        ClientRecord(client=Client(display_name="A"), maps=(), current_map_id=uuid.uuid4())


# JSON round trip ------------------------------------------------------------------


def test_demo_round_trips_through_json_exactly(demo_record: ClientRecord) -> None:
    again = ClientRecord.model_validate_json(demo_record.model_dump_json())
    assert again == demo_record
    assert again.model_dump_json() == demo_record.model_dump_json()


def test_a_map_with_every_optional_field_round_trips() -> None:
    node = practitioner(
        ring=2,
        angle=123.456789012345,
        effect=Effect.MIXED,
        frequency=Frequency.MONTHLY,
        share_of_week=0,
        wants=Wants.SAME,
        notes='Ünïcødé ✓ and "quotes"\nand a newline',
        profession=Profession.OCCUPATIONAL_THERAPIST,
        roles=(Role.SKILL_BUILDER, Role.CO_PILOT),
    )
    m = small_map(
        nodes=(node, person("a"), place("cafe", "shop or café", angle=359.9999999999)),
        links=(link("l", "cpn", "cafe", kind=LinkKind.OTHER, note="n"),),
        goals=(
            Goal(id="g", text="t", supporters=(Supporter(node_id="cpn", role=Role.NAVIGATOR),)),
        ),
        ring_labels=("inner", "middle", "outer", "far"),
        based_on=uuid.uuid4(),
        updated_at=datetime(2024, 3, 1, 12, 30, 15, 123456, tzinfo=UTC),
    )
    record = a_record(
        client=Client(
            id=CLIENT_ID,
            display_name="Sam",
            local_ref="943 476 5919",
            date_of_birth=date(1980, 2, 29),
            archived=True,
        ),
        maps=(m,),
    )
    assert ClientRecord.model_validate_json(record.model_dump_json()) == record


def test_json_input_uses_plain_json_types() -> None:
    # In JSON, enums, uuids and dates arrive as strings and tuples as arrays.
    text = (
        '{"id": "n", "kind": "place", "label": "Gym", "category": "leisure",'
        ' "ring": 2, "angle": 40, "effect": "positive"}'
    )
    node = Node.model_validate_json(text)
    assert (node.kind, node.angle, node.effect) == (NodeKind.PLACE, 40.0, Effect.POSITIVE)
    with pytest.raises(ValidationError, match="ring"):
        Node.model_validate_json(text.replace('"ring": 2', '"ring": "2"'))


# ids and error text --------------------------------------------------------------------


def test_new_id_is_prefixed_unique_and_a_valid_item_id() -> None:
    ids = {new_id("node") for _ in range(200)}
    assert len(ids) == 200
    for item_id in ids:
        assert item_id.startswith("node-")
        assert Node(id=item_id, kind=NodeKind.ACTIVITY, label="x").id == item_id


@pytest.mark.parametrize(
    ("loc", "path"),
    [
        ((), ""),
        (("ring",), "ring"),
        (("nodes", 3, "ring"), "nodes[3].ring"),
        (("goals", 0, "supporters", 1, "role"), "goals[0].supporters[1].role"),
        (("function-after[_check()]", "label"), "label"),
        ((0,), "[0]"),
    ],
)
def test_field_path(loc: tuple[int | str, ...], path: str) -> None:
    assert field_path(loc) == path


def test_describe_names_the_field_and_counts_the_rest() -> None:
    with pytest.raises(ValidationError) as info:
        Node(id="n", kind=NodeKind.PERSON, label="", ring=0)
    text = describe(info.value)
    assert text.startswith("label: ") and text.endswith("(and 1 more)")
    assert "Value error" not in refused(lambda: person(category="home"), "category")
