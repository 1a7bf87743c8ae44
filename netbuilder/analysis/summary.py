"""One map, summarised: who and what is in the network, how it feels, what is planned.

``summarise`` is pure and fast (no Qt, no I/O). ``NetworkSummary.to_dict()`` gives
JSON-ready plain values under stable key names; the CLI prints it with
``stats --json`` and the plan panel reads it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType
from typing import Any

from netbuilder.model import Effect, NetworkMap, Node, NodeKind, PlaceCategory, Role

from .graph import GraphMetrics, graph_metrics, reached_only_through_practitioners
from .plans import (
    FollowUpDue,
    GoalDue,
    goals_by_status,
    goals_by_theme,
    overdue_follow_ups,
    overdue_goals,
    referrals_by_status,
)
from .records import NodeRef, frozen_counts, to_plain
from .reference import study_reference

HARD_EFFECTS = frozenset({Effect.NEGATIVE, Effect.MIXED})
"""Effects that make a connection hard for the client."""

INNER_RING = 1


@dataclass(frozen=True, slots=True)
class HardConnection:
    """A connection rated negative or mixed."""

    id: str
    label: str
    kind: str
    effect: str


@dataclass(frozen=True, slots=True)
class Practitioner:
    id: str
    label: str
    profession: str | None
    roles: tuple[str, ...]
    ring: int


@dataclass(frozen=True, slots=True)
class NetworkSummary:
    """The figures of one map version; see ``summarise``.

    ``by_ring`` maps every ring number of the map (1 = closest) to a count per
    node kind ("person", "place", "activity"), zeros included. ``people`` are the
    study's "social contacts": every person node, practitioners included.
    ``home_share_of_week`` is the percent of the week at home places, None when
    no home place has a share recorded. ``graph`` excludes the client (see
    ``netbuilder.analysis.graph``).
    """

    map_id: str
    map_label: str
    map_date: date
    as_of: date
    nodes: int
    links: int
    people: int
    places: int
    activities: int
    by_ring: Mapping[int, Mapping[str, int]]
    hard_connections: tuple[HardConnection, ...]
    practitioners: tuple[Practitioner, ...]
    role_counts: Mapping[str, int]
    practitioner_in_inner_ring: bool
    home_share_of_week: int | None
    graph: GraphMetrics
    reached_only_through_practitioners: tuple[NodeRef, ...]
    goals: int
    goals_by_theme: Mapping[str, int]
    goals_by_status: Mapping[str, int]
    overdue_goals: tuple[GoalDue, ...]
    referrals: int
    referrals_by_status: Mapping[str, int]
    overdue_follow_ups: tuple[FollowUpDue, ...]

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready values; ring keys become strings ("1", "2", ...).

        Adds ``study``: the study's reference figures, for display beside these.
        """
        plain: dict[str, Any] = to_plain(self)
        plain["study"] = study_reference()
        return plain


def summarise(m: NetworkMap, today: date | None = None) -> NetworkSummary:
    """Summarise one map version. ``today`` (default: the real date) decides what is overdue."""
    as_of = today or date.today()
    practitioners = tuple(n for n in m.nodes if n.is_practitioner)
    return NetworkSummary(
        map_id=str(m.id),
        map_label=m.label,
        map_date=m.date,
        as_of=as_of,
        nodes=len(m.nodes),
        links=len(m.links),
        people=_count_kind(m, NodeKind.PERSON),
        places=_count_kind(m, NodeKind.PLACE),
        activities=_count_kind(m, NodeKind.ACTIVITY),
        by_ring=counts_by_ring(m),
        hard_connections=hard_connections(m),
        practitioners=tuple(_practitioner(n) for n in practitioners),
        role_counts=frozen_counts(
            [r.value for r in Role], [r.value for n in practitioners for r in n.roles]
        ),
        practitioner_in_inner_ring=any(n.ring == INNER_RING for n in practitioners),
        home_share_of_week=home_share_of_week(m),
        graph=graph_metrics(m),
        reached_only_through_practitioners=reached_only_through_practitioners(m),
        goals=len(m.goals),
        goals_by_theme=goals_by_theme(m),
        goals_by_status=goals_by_status(m),
        overdue_goals=overdue_goals(m, as_of),
        referrals=len(m.referrals),
        referrals_by_status=referrals_by_status(m),
        overdue_follow_ups=overdue_follow_ups(m, as_of),
    )


def _count_kind(m: NetworkMap, kind: NodeKind) -> int:
    return sum(1 for n in m.nodes if n.kind is kind)


def counts_by_ring(m: NetworkMap) -> Mapping[int, Mapping[str, int]]:
    """Ring number -> node kind -> count, for every ring and kind (zeros included)."""
    kinds = [k.value for k in NodeKind]
    return MappingProxyType(
        {
            ring: frozen_counts(kinds, [n.kind.value for n in m.nodes if n.ring == ring])
            for ring in range(1, m.rings + 1)
        }
    )


def hard_connections(m: NetworkMap) -> tuple[HardConnection, ...]:
    """Connections rated negative or mixed, in map order."""
    return tuple(
        HardConnection(id=n.id, label=n.label, kind=n.kind.value, effect=n.effect.value)
        for n in m.nodes
        if n.effect in HARD_EFFECTS
    )


def home_share_of_week(m: NetworkMap) -> int | None:
    """Percent of the week at home places (category "home"), capped at 100; None if unknown."""
    shares = [
        n.share_of_week
        for n in m.nodes
        if n.kind is NodeKind.PLACE
        and n.category == PlaceCategory.HOME.value
        and n.share_of_week is not None
    ]
    return min(sum(shares), 100) if shares else None


def _practitioner(node: Node) -> Practitioner:
    return Practitioner(
        id=node.id,
        label=node.label,
        profession=node.profession.value if node.profession else None,
        roles=tuple(r.value for r in node.roles),
        ring=node.ring,
    )
