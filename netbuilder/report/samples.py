"""Synthetic maps that push the page to its limits (tests, benchmarks, previews).

``sample_map`` builds a valid map of any size: every kind in every ring,
practitioners with roles, links of every kind, goals and referrals, optionally with
the longest labels and goal texts the model allows and names in many scripts.
"""

from __future__ import annotations

from datetime import date, timedelta
from uuid import UUID

from netbuilder.model import (
    Effect,
    Goal,
    GoalStatus,
    Link,
    LinkKind,
    NetworkMap,
    NextStep,
    Node,
    NodeKind,
    Referral,
    ReferralStatus,
    Role,
    Supporter,
)

NAMES = (
    "Gwenllïan ap Dafydd", "Siôn Ŵyn Hŷwel", "Seán Ó Briain", "Zoë O'Brien-Łukasz",
    "Łucja Wąsowska", "Çağrı Şahin",  # noqa: RUF001 - Turkish dotless i, on purpose
    "Ελένη Παπαδοπούλου", "Алексей Смирнов",
    "Mum", "Jo", "Pat next door",
)
_KINDS = (NodeKind.PERSON, NodeKind.PLACE, NodeKind.ACTIVITY)
_EFFECTS = tuple(Effect)
_ROLES = tuple(Role)


def sample_map(
    client_id: UUID,
    nodes: int,
    goals: int,
    rings: int = 3,
    *,
    long_text: bool = False,
    referrals: int | None = None,
    on: date = date(2025, 3, 5),
) -> NetworkMap:
    """A map with ``nodes`` nodes over ``rings`` rings and ``goals`` goals."""
    node_list = tuple(_node(i, nodes, rings, long_text) for i in range(nodes))
    practitioners = [n.id for n in node_list if n.is_practitioner]
    return NetworkMap(
        client_id=client_id,
        label="review 2" if long_text else "baseline",
        date=on,
        ring_labels=tuple(_ring_label(r, long_text) for r in range(1, rings + 1)),
        nodes=node_list,
        links=_links(node_list),
        goals=tuple(_goal(i, node_list, practitioners, long_text, on) for i in range(goals)),
        referrals=tuple(
            _referral(i, long_text, on) for i in range(goals if referrals is None else referrals)
        ),
        what_matters=("Feeling less alone. " * (200 if long_text else 2)).strip(),
    )


def _ring_label(ring: int, long_text: bool) -> str:
    return f"Ring {ring} " + ("closeness described at length" if long_text else "")


def _node(i: int, total: int, rings: int, long_text: bool) -> Node:
    kind = _KINDS[i % 3]
    ring = (i // 3) % rings + 1
    label = NAMES[i % len(NAMES)] + f" {i}"
    if long_text:
        label = (label + " " + "a very long name " * 12)[:200]
    practitioner = kind is NodeKind.PERSON and i % 4 == 0
    return Node(
        id=f"n{i}",
        kind=kind,
        label=label,
        category=_category(kind, practitioner),
        ring=ring,
        angle=(i * 137.5) % 360.0 if i % 5 else 0.0,
        effect=_EFFECTS[i % 4],
        roles=tuple(_ROLES[(i // 4 + k) % 6] for k in range(1 + (i // 4) % 4))
        if practitioner
        else (),
    )


def _category(kind: NodeKind, practitioner: bool) -> str:
    if kind is NodeKind.PERSON:
        return "practitioner" if practitioner else "friend"
    return "community" if kind is NodeKind.PLACE else "hobby"


def _links(nodes: tuple[Node, ...]) -> tuple[Link, ...]:
    kinds = tuple(LinkKind)
    return tuple(
        Link(id=f"l{i}", source=nodes[i].id, target=nodes[(i * 7 + 3) % len(nodes)].id,
             kind=kinds[i % len(kinds)])
        for i in range(len(nodes))
        if nodes[i].id != nodes[(i * 7 + 3) % len(nodes)].id
    )


def _goal(
    i: int, nodes: tuple[Node, ...], practitioners: list[str], long_text: bool, on: date
) -> Goal:
    text = f"Goal {i}: try the walking group on Tuesdays"
    if long_text:
        text = (text + " and keep going even when it rains, " * 40)[:1000]
    return Goal(
        id=f"g{i}",
        text=text,
        node_ids=tuple(n.id for n in nodes[i % max(len(nodes), 1):][:3]),
        supporters=tuple(
            Supporter(node_id=p, role=_ROLES[i % 6]) for p in practitioners[i % 3:][:2]
        ),
        next_steps=(NextStep(text=f"Step for goal {i}" + (" ..." * 40 if long_text else "")),),
        status=tuple(GoalStatus)[i % 4],
        review_date=on + timedelta(days=7 * (i + 1)),
    )


def _referral(i: int, long_text: bool, on: date) -> Referral:
    service = f"Service {i}" + (" community wellbeing programme" * 6 if long_text else "")
    return Referral(
        id=f"r{i}", service=service[:200], by_whom="Dr Shah (GP)", date=on,
        status=tuple(ReferralStatus)[i % 5], follow_up=on + timedelta(days=14 + i),
    )
