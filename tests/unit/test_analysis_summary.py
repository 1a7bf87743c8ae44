"""summarise(): every figure on small hand-built maps, the worked example, edge cases."""

from __future__ import annotations

import json
import random
from datetime import date, timedelta
from uuid import uuid4

import pytest

from netbuilder.analysis import (
    STUDY_MEAN_CONTACTS,
    STUDY_PARTICIPANTS,
    STUDY_PRACTITIONER_INNER_SHARE,
    WORKED_EXAMPLE_CONTACTS,
    WORKED_EXAMPLE_HOME_SHARE,
    summarise,
)
from netbuilder.model import (
    ClientRecord,
    Effect,
    Goal,
    GoalStatus,
    GoalTheme,
    Link,
    LinkKind,
    NetworkMap,
    Node,
    NodeKind,
    Profession,
    Referral,
    ReferralStatus,
    Role,
)

TODAY = date(2025, 3, 5)
P, PL, A = NodeKind.PERSON, NodeKind.PLACE, NodeKind.ACTIVITY


def person(i: str, ring: int = 1, **kw: object) -> Node:
    return Node(id=i, kind=P, label=i.title(), ring=ring, **kw)  # type: ignore[arg-type]


def place(i: str, ring: int = 1, **kw: object) -> Node:
    return Node(id=i, kind=PL, label=i.title(), ring=ring, **kw)  # type: ignore[arg-type]


def activity(i: str, ring: int = 1, **kw: object) -> Node:
    return Node(id=i, kind=A, label=i.title(), ring=ring, **kw)  # type: ignore[arg-type]


def practitioner(i: str, ring: int = 1, *roles: Role) -> Node:
    return person(i, ring, category="practitioner", profession=Profession.CPN, roles=roles)


def link(s: str, t: str, kind: LinkKind = LinkKind.KNOWS) -> Link:
    return Link(id=f"l-{s}-{t}-{kind.value.replace(' ', '_')}", source=s, target=t, kind=kind)


def network(*nodes: Node, links: tuple[Link, ...] = (), **kw: object) -> NetworkMap:
    return NetworkMap(client_id=uuid4(), date=TODAY, nodes=nodes, links=links, **kw)  # type: ignore[arg-type]


# the worked example --------------------------------------------------------


def test_demo_matches_the_study_worked_example(demo_record: ClientRecord) -> None:
    s = summarise(demo_record.current_map)
    assert s.people == WORKED_EXAMPLE_CONTACTS == 5
    assert s.home_share_of_week == WORKED_EXAMPLE_HOME_SHARE == 75
    assert [(h.label, h.effect) for h in s.hard_connections] == [
        ("Mum", "negative"),
        ("Home", "mixed"),
    ]
    assert s.practitioner_in_inner_ring is True
    assert "gym" in {r.id for r in s.reached_only_through_practitioners}
    assert s.goals == 2
    assert s.referrals == 1


def test_demo_practitioner_access_matches_figure_1(demo_record: ClientRecord) -> None:
    """The poster's figure 1: home, the gym and the GP practice are accessed with support."""
    s = summarise(demo_record.current_map)
    assert {r.id for r in s.reached_only_through_practitioners} == {"home", "gym", "surgery"}


def test_demo_practitioners_and_roles(demo_record: ClientRecord) -> None:
    s = summarise(demo_record.current_map)
    assert [(p.label, p.profession, p.roles) for p in s.practitioners] == [
        ("Alex (CPN)", "care coordinator / CPN", ("network member", "bridge builder")),
        ("Dr Shah (GP)", "GP", ("bridge builder",)),
    ]
    assert s.role_counts["bridge builder"] == 2
    assert s.role_counts["network member"] == 1
    assert s.role_counts["co-pilot"] == 0


def test_demo_counts_and_plans(demo_record: ClientRecord) -> None:
    s = summarise(demo_record.current_map)
    assert (s.people, s.places, s.activities) == (5, 5, 2)
    assert s.goals_by_theme["physical health and wellbeing"] == 1
    assert s.goals_by_theme["social isolation and loneliness"] == 1
    assert s.goals_by_status == {"planned": 1, "active": 1, "achieved": 0, "stopped": 0}
    assert s.referrals_by_status["made"] == 1
    assert s.overdue_goals == () and s.overdue_follow_ups == ()


def test_demo_goes_overdue_later(demo_record: ClientRecord) -> None:
    m = demo_record.current_map
    s = summarise(m, today=m.date + timedelta(weeks=7))
    assert [g.id for g in s.overdue_goals] == ["g-gym"]
    assert [r.id for r in s.overdue_follow_ups] == ["r-gym"]


# counts --------------------------------------------------------------------


def test_counts_by_kind_and_ring_include_every_ring_and_kind() -> None:
    m = network(person("a", 1), person("b", 3), place("c", 3), activity("d", 1))
    s = summarise(m, TODAY)
    assert (s.nodes, s.people, s.places, s.activities) == (4, 2, 1, 1)
    assert s.by_ring == {
        1: {"person": 1, "place": 0, "activity": 1},
        2: {"person": 0, "place": 0, "activity": 0},
        3: {"person": 1, "place": 1, "activity": 0},
    }


def test_by_ring_follows_the_maps_ring_count() -> None:
    m = network(person("a", 5), ring_labels=("1", "2", "3", "4", "5"))
    assert list(summarise(m, TODAY).by_ring) == [1, 2, 3, 4, 5]


def test_practitioners_count_as_people() -> None:
    s = summarise(network(person("mum"), practitioner("cpn", 2)), TODAY)
    assert s.people == 2


# effects, practitioners, home -------------------------------------------------


def test_negative_and_mixed_connections_in_map_order() -> None:
    m = network(
        place("home", effect=Effect.MIXED),
        person("mum", effect=Effect.NEGATIVE),
        person("jo", effect=Effect.POSITIVE),
        activity("tv", effect=Effect.NEUTRAL),
    )
    hard = summarise(m, TODAY).hard_connections
    assert [(h.id, h.label, h.kind, h.effect) for h in hard] == [
        ("home", "Home", "place", "mixed"),
        ("mum", "Mum", "person", "negative"),
    ]


def test_practitioner_in_inner_ring_only_when_in_ring_1() -> None:
    assert summarise(network(practitioner("cpn", 1)), TODAY).practitioner_in_inner_ring
    assert not summarise(network(practitioner("cpn", 2)), TODAY).practitioner_in_inner_ring
    assert not summarise(network(person("mum", 1)), TODAY).practitioner_in_inner_ring


def test_role_counts_list_every_role() -> None:
    m = network(
        practitioner("a", 1, Role.MOTIVATOR, Role.CO_PILOT), practitioner("b", 2, Role.MOTIVATOR)
    )
    s = summarise(m, TODAY)
    assert s.role_counts == {
        "bridge builder": 0, "skill builder": 0, "motivator": 2,
        "navigator": 0, "co-pilot": 1, "network member": 0,
    }


def test_home_share_sums_home_places_only() -> None:
    m = network(
        place("flat", category="home", share_of_week=40),
        place("mums", category="home", share_of_week=20),
        place("gym", category="leisure", share_of_week=10),
        place("shed", category="home"),
    )
    assert summarise(m, TODAY).home_share_of_week == 60


@pytest.mark.parametrize(
    "nodes",
    [(), (place("flat", category="home"),), (place("gym", category="leisure", share_of_week=9),)],
)
def test_home_share_unknown_is_none(nodes: tuple[Node, ...]) -> None:
    assert summarise(network(*nodes), TODAY).home_share_of_week is None


def test_home_share_is_capped_at_100() -> None:
    m = network(
        place("a", category="home", share_of_week=80), place("b", category="home", share_of_week=70)
    )
    assert summarise(m, TODAY).home_share_of_week == 100


# graph metrics -------------------------------------------------------------


def test_density_components_and_isolates() -> None:
    m = network(
        person("a"), person("b"), person("c"), person("d"),
        links=(link("a", "b"), link("b", "a", LinkKind.CONFLICT), link("b", "c")),
    )
    g = summarise(m, TODAY).graph
    assert g.density == pytest.approx(2 / 6)  # a-b counted once, undirected
    assert g.components == 2
    assert [i.id for i in g.isolates] == ["d"]


def test_complete_graph_has_density_1() -> None:
    m = network(person("a"), person("b"), person("c"),
                links=(link("a", "b"), link("b", "c"), link("c", "a")))
    g = summarise(m, TODAY).graph
    assert g.density == pytest.approx(1.0)
    assert (g.components, g.isolates) == (1, ())


def test_empty_map() -> None:
    s = summarise(network(), TODAY)
    assert (s.nodes, s.people, s.places, s.activities, s.links) == (0, 0, 0, 0, 0)
    assert (s.graph.density, s.graph.components, s.graph.isolates) == (0.0, 0, ())
    assert s.hard_connections == () and s.practitioners == ()
    assert not s.practitioner_in_inner_ring
    assert s.home_share_of_week is None
    assert all(n == 0 for n in s.role_counts.values())
    assert s.reached_only_through_practitioners == ()
    json.dumps(s.to_dict())


def test_one_node() -> None:
    g = summarise(network(person("a")), TODAY).graph
    assert (g.density, g.components, [i.id for i in g.isolates]) == (0.0, 1, ["a"])


def test_all_isolated() -> None:
    g = summarise(network(person("a"), place("b"), activity("c")), TODAY).graph
    assert (g.density, g.components, [i.id for i in g.isolates]) == (0.0, 3, ["a", "b", "c"])


# reached only through a practitioner ----------------------------------------


def _access_map(*links: Link) -> NetworkMap:
    return network(
        practitioner("gp", 3), practitioner("cpn", 1), person("jo"),
        place("gym"), place("church"), activity("choir"), person("pal"),
        links=links,
    )


def _reached(*links: Link) -> list[str]:
    return [r.id for r in summarise(_access_map(*links), TODAY).reached_only_through_practitioners]


def test_reached_through_practitioners_both_access_kinds() -> None:
    links = (
        link("gp", "gym", LinkKind.ACCESS_SUPPORTED_BY),
        link("cpn", "choir", LinkKind.ACCESS_THROUGH),
    )
    assert _reached(*links) == ["gym", "choir"]


def test_not_reached_only_through_practitioners_when_a_friend_also_gives_access() -> None:
    assert _reached(
        link("gp", "gym", LinkKind.ACCESS_SUPPORTED_BY), link("jo", "gym", LinkKind.ACCESS_THROUGH)
    ) == []


def test_other_link_kinds_do_not_count_as_access() -> None:
    assert _reached(link("gp", "gym"), link("jo", "church", LinkKind.CONFLICT)) == []
    assert _reached(
        link("gp", "gym", LinkKind.ACCESS_SUPPORTED_BY), link("jo", "gym", LinkKind.KNOWS)
    ) == ["gym"]


def test_access_direction_matters() -> None:
    """gym -> gp would mean the gym gives access to the GP, not the other way round."""
    assert _reached(link("gym", "gp", LinkKind.ACCESS_SUPPORTED_BY)) == []


def test_people_are_never_reached_only_through_practitioners() -> None:
    assert _reached(link("cpn", "pal", LinkKind.ACCESS_THROUGH)) == []


# goals and referrals -------------------------------------------------------


def _goal(i: str, status: GoalStatus, review: date | None, theme: GoalTheme) -> Goal:
    return Goal(id=i, text=f"goal {i}", status=status, review_date=review, theme=theme)


def test_goals_by_theme_status_and_overdue() -> None:
    yesterday, tomorrow = TODAY - timedelta(days=1), TODAY + timedelta(days=1)
    goals = (
        _goal("a", GoalStatus.ACTIVE, yesterday, GoalTheme.SOCIAL_SUPPORT),
        _goal("b", GoalStatus.PLANNED, yesterday, GoalTheme.SOCIAL_SUPPORT),
        _goal("c", GoalStatus.ACHIEVED, yesterday, GoalTheme.OTHER),
        _goal("d", GoalStatus.ACTIVE, TODAY, GoalTheme.OTHER),
        _goal("e", GoalStatus.ACTIVE, tomorrow, GoalTheme.EMPLOYMENT_TRAINING),
        _goal("f", GoalStatus.STOPPED, None, GoalTheme.EMPLOYMENT_TRAINING),
        _goal("g", GoalStatus.PLANNED, None, GoalTheme.OTHER),
    )
    s = summarise(network(goals=goals), TODAY)
    assert s.goals == 7
    assert s.goals_by_theme == {
        "employment and training": 2, "physical health and wellbeing": 0,
        "social isolation and loneliness": 0, "social support": 2,
        "activity-based programmes": 0, "other": 3,
    }
    assert s.goals_by_status == {"planned": 2, "active": 3, "achieved": 1, "stopped": 1}
    assert [(g.id, g.status, g.review_date) for g in s.overdue_goals] == [
        ("a", "active", yesterday),
        ("b", "planned", yesterday),
    ]


def _referral(i: str, status: ReferralStatus, follow_up: date | None) -> Referral:
    return Referral(id=i, service=f"service {i}", date=TODAY - timedelta(days=30),
                    status=status, follow_up=follow_up)


def test_referrals_by_status_and_overdue_follow_ups() -> None:
    past = TODAY - timedelta(days=2)
    referrals = (
        _referral("a", ReferralStatus.MADE, past),
        _referral("b", ReferralStatus.SUGGESTED, past),
        _referral("c", ReferralStatus.TAKEN_UP, past),
        _referral("d", ReferralStatus.MADE, TODAY),
        _referral("e", ReferralStatus.MADE, None),
        _referral("f", ReferralStatus.DECLINED, past),
    )
    s = summarise(network(referrals=referrals), TODAY)
    assert s.referrals == 6
    assert s.referrals_by_status == {
        "suggested": 1, "made": 3, "taken up": 1, "declined": 1, "not taken up": 0,
    }
    assert [(r.id, r.service, r.follow_up) for r in s.overdue_follow_ups] == [
        ("a", "service a", past),
        ("b", "service b", past),
    ]


def test_today_defaults_to_the_real_date() -> None:
    assert summarise(network()).as_of == date.today()


# plain export ----------------------------------------------------------------

SUMMARY_KEYS = {
    "map_id", "map_label", "map_date", "as_of", "nodes", "links", "people", "places",
    "activities", "by_ring", "hard_connections", "practitioners", "role_counts",
    "practitioner_in_inner_ring", "home_share_of_week", "graph",
    "reached_only_through_practitioners", "goals", "goals_by_theme", "goals_by_status",
    "overdue_goals", "referrals", "referrals_by_status", "overdue_follow_ups", "study",
}


def test_to_dict_keys_are_stable_and_json_round_trips(demo_record: ClientRecord) -> None:
    m = demo_record.current_map
    d = summarise(m, m.date + timedelta(weeks=7)).to_dict()
    assert set(d) == SUMMARY_KEYS
    assert json.loads(json.dumps(d)) == d
    assert d["by_ring"]["1"] == {"person": 2, "place": 1, "activity": 0}
    assert set(d["graph"]) == {"density", "components", "isolates"}
    assert d["overdue_goals"][0]["review_date"] == (m.date + timedelta(weeks=6)).isoformat()
    assert d["study"] == {
        "participants": STUDY_PARTICIPANTS,
        "mean_contacts": STUDY_MEAN_CONTACTS,
        "practitioner_inner_share": STUDY_PRACTITIONER_INNER_SHARE,
    }


def test_summary_is_frozen(demo_record: ClientRecord) -> None:
    s = summarise(demo_record.current_map)
    with pytest.raises(AttributeError):
        s.people = 3  # type: ignore[misc]
    with pytest.raises(TypeError):
        s.by_ring[1] = {}  # type: ignore[index]


def test_reference_values() -> None:
    assert (STUDY_PARTICIPANTS, STUDY_MEAN_CONTACTS, STUDY_PRACTITIONER_INNER_SHARE) == (
        150, 19.9, 0.23,
    )


# performance -------------------------------------------------------------------


def big_map(n_nodes: int = 500, n_links: int = 1000) -> NetworkMap:
    kinds = (P, PL, A)
    nodes = tuple(
        Node(id=f"n{i}", kind=kinds[i % 3], label=f"Node {i}", ring=1 + i % 3,
             effect=tuple(Effect)[i % 4])
        for i in range(n_nodes)
    )
    rng = random.Random(20250305)
    pairs: set[tuple[int, int]] = set()
    while len(pairs) < n_links:
        a, b = rng.sample(range(n_nodes), 2)
        pairs.add((a, b))
    links = tuple(
        Link(id=f"l{i}", source=f"n{a}", target=f"n{b}",
             kind=(LinkKind.KNOWS, LinkKind.ACCESS_THROUGH)[i % 2])
        for i, (a, b) in enumerate(sorted(pairs))
    )
    return network(*nodes, links=links)


def test_summarise_a_500_node_1000_link_map() -> None:
    # its speed is measured in benchmarks/bench_core.py, not here
    m = big_map()
    assert (len(m.nodes), len(m.links)) == (500, 1000)
    summary = summarise(m, TODAY)
    assert summary.people + summary.places + summary.activities == 500
