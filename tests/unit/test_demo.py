"""The study's worked example (DOMAIN.md) as the demo network."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from netbuilder.model import (
    ClientRecord,
    Effect,
    GoalTheme,
    LinkKind,
    NetworkMap,
    NodeKind,
    PlaceCategory,
    Profession,
    ReferralStatus,
    Role,
)
from netbuilder.model.demo import build_demo
from netbuilder.model.nhs import looks_like_nhs_number

DAY = date(2024, 3, 1)


@pytest.fixture(scope="module")
def record() -> ClientRecord:
    return build_demo(DAY)


@pytest.fixture(scope="module")
def m(record: ClientRecord) -> NetworkMap:
    return record.current_map


def test_one_client_one_baseline_map(record: ClientRecord, m: NetworkMap) -> None:
    assert len(record.maps) == 1 and record.current_map_id == m.id
    assert m.client_id == record.client.id
    assert (m.label, m.date, m.rings, m.based_on) == ("baseline", DAY, 3, None)
    assert m.what_matters


def test_the_client_is_clearly_an_example(record: ClientRecord) -> None:
    assert "example" in record.client.display_name
    assert not looks_like_nhs_number(record.client.local_ref)


def test_twelve_nodes_over_the_three_kinds(m: NetworkMap) -> None:
    assert len(m.nodes) == 12
    kinds = Counter(n.kind for n in m.nodes)
    assert set(kinds) == set(NodeKind)
    assert kinds[NodeKind.PERSON] == 5  # the worked example's five social contacts


def test_mum_is_the_negative_contact(m: NetworkMap) -> None:
    mum = m.node("mum")
    assert (mum.kind, mum.category, mum.effect) == (NodeKind.PERSON, "family", Effect.NEGATIVE)
    assert [n.id for n in m.nodes if n.effect is Effect.NEGATIVE] == ["mum"]


def test_the_cpn_is_an_inner_ring_network_member_and_bridge_builder(m: NetworkMap) -> None:
    cpn = m.node("cpn")
    assert cpn.is_practitioner and cpn.ring == 1
    assert cpn.profession is Profession.CPN
    assert {Role.NETWORK_MEMBER, Role.BRIDGE_BUILDER} <= set(cpn.roles)


def test_home_takes_three_quarters_of_the_week(m: NetworkMap) -> None:
    home = m.node("home")
    assert (home.kind, home.category, home.share_of_week) == (
        NodeKind.PLACE,
        PlaceCategory.HOME,
        75,
    )
    shares = [n.share_of_week for n in m.nodes if n.share_of_week is not None]
    assert sum(shares) <= 100


def test_the_gym_is_reached_with_a_practitioners_support(m: NetworkMap) -> None:
    gym = m.node("gym")
    assert gym.kind is NodeKind.PLACE
    supporters = [
        lk.source
        for lk in m.links
        if lk.target == "gym" and lk.kind is LinkKind.ACCESS_SUPPORTED_BY
    ]
    assert supporters and all(m.node(s).is_practitioner for s in supporters)


def test_the_church_is_reached_through_a_friend(m: NetworkMap) -> None:
    church = m.node("church")
    assert church.kind is NodeKind.PLACE and church.category == "faith"
    assert any(lk.target == "church" and m.node(lk.source).category == "friend" for lk in m.links)


def test_the_two_goals(m: NetworkMap) -> None:
    gym, church = m.goals
    assert gym.text == "Try gym on prescription"
    assert gym.theme is GoalTheme.PHYSICAL_HEALTH and "gym" in gym.node_ids
    assert gym.supporters and gym.next_steps and gym.review_date is not None
    assert "church" in church.text.lower() and "church" in church.node_ids
    assert church.supporters and church.review_date is not None
    assert all(g.review_date >= DAY for g in m.goals if g.review_date)


def test_goal_supporters_are_practitioners(m: NetworkMap) -> None:
    for goal in m.goals:
        for supporter in goal.supporters:
            assert m.node(supporter.node_id).is_practitioner


def test_one_referral_to_the_gym_for_the_gym_goal(m: NetworkMap) -> None:
    (referral,) = m.referrals
    assert "gym" in referral.service.lower()
    assert (referral.node_id, referral.goal_id) == ("gym", "g-gym")
    assert referral.status is ReferralStatus.MADE and referral.date == DAY
    assert referral.follow_up is not None and referral.follow_up > DAY
    assert referral.by_whom


def test_the_demo_round_trips_through_json(record: ClientRecord) -> None:
    assert ClientRecord.model_validate_json(record.model_dump_json()) == record


def test_each_build_is_a_new_client() -> None:
    first, second = build_demo(), build_demo()
    assert first.client.id != second.client.id
    assert first.current_map.id != second.current_map.id
    assert first.current_map.nodes == second.current_map.nodes


def test_the_default_date_is_today() -> None:
    demo = build_demo()
    assert demo.current_map.date == date.today()
    assert demo.current_map.referrals[0].date == date.today()
