"""Hypothesis strategies for valid model values: ``records()``, ``maps()`` and parts.

Every value drawn satisfies the model's rules (ids unique, links between
existing nodes, rings in range, supporters are practitioners, goal and
referral references resolve, text within its caps). Text mixes any printable
Unicode (Welsh, Greek, Arabic, emoji...) with markup such as ``<b>x</b> & "q"``
and inner newlines, tabs and carriage returns; it leaves out control
characters that XML 1.0 cannot hold, so every value also fits in GraphML.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from functools import cache
from uuid import UUID

from hypothesis import strategies as st

from netbuilder.model import (
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
)
from netbuilder.model.nhs import looks_like_nhs_number, nhs_check_digit_ok

SAMPLE_TEXT = (
    "Gwenllïan ap Dafydd",
    "ŵ ŷ â ê î ô û",
    "Ελένη Παπαδοπούλου",
    "مريم أحمد",
    '<b>x</b> & "q"',
    "Zoë O'Brien-Łukasz",
    "=SUM(A1:A2)",
    "@home +1 -2",
    "line one\nline two\r\nthree\tfour",
    "]]> &amp; <!-- -->",
    "🙂 café",
)
ID_ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.:-"

_chars = st.characters(exclude_categories=("Cs", "Cc", "Cn")) | st.sampled_from("\n\t\r")
_dates = st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31))
_times = st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2090, 12, 31), timezones=st.just(UTC)
)


@cache
def texts(max_size: int, min_size: int = 0) -> st.SearchStrategy[str]:
    """Text as the model stores it: no surrounding whitespace, within the size caps."""
    free = st.text(_chars, min_size=min_size, max_size=max_size)
    sample = st.sampled_from(SAMPLE_TEXT).map(lambda s: s[:max_size])
    return (free | sample).map(str.strip).filter(lambda s: len(s) >= min_size)


_ids = st.text(ID_ALPHABET, min_size=1, max_size=64)
_angles = st.floats(0.0, 360.0, exclude_max=True, allow_nan=False, allow_infinity=False)
_kinds = st.sampled_from(NodeKind)
# Practitioners are weighted up so that goals often have supporters.
_person_categories = st.sampled_from([c.value for c in PersonCategory]) | st.just(
    PersonCategory.PRACTITIONER.value
)
_place_categories = st.sampled_from([c.value for c in PlaceCategory])
_effects = st.sampled_from(Effect)
_frequencies = st.none() | st.sampled_from(Frequency)
_shares = st.none() | st.integers(0, 100)
_wants = st.none() | st.sampled_from(Wants)
_professions = st.none() | st.sampled_from(Profession)
_role_lists = st.lists(st.sampled_from(Role), unique=True).map(tuple)
_link_kinds = st.sampled_from(LinkKind)
_themes = st.sampled_from(GoalTheme)
_goal_statuses = st.sampled_from(GoalStatus)
_referral_statuses = st.sampled_from(ReferralStatus)
_optional_dates = st.none() | _dates
_optional_uuids = st.none() | st.uuids()
_few_ids = st.lists(_ids, unique=True, max_size=3)
_steps = st.lists(st.builds(NextStep, text=texts(200, 1), done=st.booleans()), max_size=3)


def item_ids() -> st.SearchStrategy[str]:
    return _ids


def angles() -> st.SearchStrategy[float]:
    return _angles


@st.composite
def nodes(draw: st.DrawFn, node_id: str, rings: int) -> Node:
    """One node with a category and (for practitioners) roles that fit its kind."""
    kind = draw(_kinds)
    if kind is NodeKind.PERSON:
        category = draw(_person_categories)
    elif kind is NodeKind.PLACE:
        category = draw(_place_categories)
    else:
        category = draw(texts(60))
    practitioner = kind is NodeKind.PERSON and category == PersonCategory.PRACTITIONER.value
    return Node(
        id=node_id,
        kind=kind,
        label=draw(texts(200, 1)),
        category=category,
        ring=draw(st.integers(1, rings)),
        angle=draw(_angles),
        effect=draw(_effects),
        frequency=draw(_frequencies),
        share_of_week=draw(_shares),
        wants=draw(_wants),
        notes=draw(texts(2000)),
        profession=draw(_professions) if practitioner else None,
        roles=draw(_role_lists) if practitioner else (),
    )


def _pair(draw: st.DrawFn, node_ids: list[str]) -> tuple[str, str]:
    source = draw(st.sampled_from(node_ids))
    target = draw(st.sampled_from([i for i in node_ids if i != source]))
    return source, target


@st.composite
def _links(draw: st.DrawFn, node_ids: list[str], link_ids: list[str]) -> tuple[Link, ...]:
    if len(node_ids) < 2:
        return ()
    links: list[Link] = []
    seen: set[tuple[str, str, LinkKind]] = set()
    for link_id in link_ids:
        source, target = _pair(draw, node_ids)
        kind = draw(_link_kinds)
        if (source, target, kind) not in seen:
            seen.add((source, target, kind))
            note = draw(texts(200))
            links.append(Link(id=link_id, source=source, target=target, kind=kind, note=note))
    return tuple(links)


def _supporters(draw: st.DrawFn, practitioners: list[str]) -> tuple[Supporter, ...]:
    if not practitioners:
        return ()
    count = draw(st.integers(0, 3))
    return tuple(
        Supporter(node_id=draw(st.sampled_from(practitioners)), role=draw(st.sampled_from(Role)))
        for _ in range(count)
    )


@st.composite
def goals(draw: st.DrawFn, goal_id: str, network_nodes: tuple[Node, ...]) -> Goal:
    ids = [n.id for n in network_nodes]
    concerns = draw(st.lists(st.sampled_from(ids), unique=True, max_size=3)) if ids else []
    return Goal(
        id=goal_id,
        text=draw(texts(1000, 1)),
        theme=draw(_themes),
        node_ids=tuple(concerns),
        supporters=_supporters(draw, [n.id for n in network_nodes if n.is_practitioner]),
        next_steps=tuple(draw(_steps)),
        status=draw(_goal_statuses),
        review_date=draw(_optional_dates),
    )


def _maybe(draw: st.DrawFn, ids: list[str]) -> str | None:
    return draw(st.none() | st.sampled_from(ids)) if ids else None


@st.composite
def referrals(
    draw: st.DrawFn, referral_id: str, node_ids: list[str], goal_ids: list[str]
) -> Referral:
    made = draw(_dates)
    later = draw(st.none() | st.integers(0, 3650))
    return Referral(
        id=referral_id,
        service=draw(texts(200, 1)),
        by_whom=draw(texts(200)),
        date=made,
        reason=draw(texts(2000)),
        status=draw(_referral_statuses),
        follow_up=None if later is None else made + timedelta(days=later),
        outcome=draw(texts(2000)),
        node_id=_maybe(draw, node_ids),
        goal_id=_maybe(draw, goal_ids),
    )


@st.composite
def maps(
    draw: st.DrawFn,
    client_id: UUID | None = None,
    map_id: UUID | None = None,
    max_nodes: int = 8,
) -> NetworkMap:
    """One valid map version; pass ``client_id`` to tie it to a client."""
    ring_labels = tuple(draw(st.lists(texts(40, 1), min_size=1, max_size=MAX_RINGS)))
    ids = draw(st.lists(_ids, unique=True, max_size=2 * max_nodes))
    count = draw(st.integers(0, min(len(ids), max_nodes)))
    node_ids, link_ids = ids[:count], ids[count:]
    network_nodes = tuple(draw(nodes(i, len(ring_labels))) for i in node_ids)
    goal_ids = draw(_few_ids)
    network_goals = tuple(draw(goals(i, network_nodes)) for i in goal_ids)
    referral_ids = draw(_few_ids)
    return NetworkMap(
        id=map_id if map_id is not None else draw(st.uuids()),
        client_id=client_id if client_id is not None else draw(st.uuids()),
        label=draw(texts(80, 1)),
        date=draw(_dates),
        ring_labels=ring_labels,
        nodes=network_nodes,
        links=draw(_links(node_ids, link_ids)),
        goals=network_goals,
        referrals=tuple(draw(referrals(i, node_ids, goal_ids)) for i in referral_ids),
        what_matters=draw(texts(4000)),
        based_on=draw(_optional_uuids),
        updated_at=draw(_times),
    )


def _fine_local_ref(ref: str) -> bool:
    return not looks_like_nhs_number(ref) or nhs_check_digit_ok(ref)


_local_refs = texts(40).filter(_fine_local_ref)


@st.composite
def clients(draw: st.DrawFn) -> Client:
    return Client(
        id=draw(st.uuids()),
        display_name=draw(texts(120, 1)),
        local_ref=draw(_local_refs),
        date_of_birth=draw(st.none() | st.dates(date(1900, 1, 1), date.today())),
        archived=draw(st.booleans()),
        created_at=draw(_times),
        updated_at=draw(_times),
    )


@st.composite
def records(draw: st.DrawFn, max_versions: int = 3, max_nodes: int = 8) -> ClientRecord:
    """A client with 1..``max_versions`` map versions, any of them current."""
    client = draw(clients())
    count = draw(st.integers(1, max_versions))
    map_ids = draw(st.lists(st.uuids(), min_size=count, max_size=count, unique=True))
    versions = tuple(draw(maps(client.id, i, max_nodes)) for i in map_ids)
    current = draw(st.sampled_from(map_ids))
    return ClientRecord(client=client, maps=versions, current_map_id=current)
