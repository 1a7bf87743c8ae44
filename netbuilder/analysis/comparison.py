"""Two versions of one client's map, compared: what was added, removed, moved, changed.

Items are matched by id (nodes, goals, referrals keep their ids across a review
made with ``ops.start_review``). A node "moves" only when its ring changes: the
ring is the data, the angle is layout. Lists keep map order: added items in the
later version's order, removed items in the earlier one's.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal, Protocol, TypeVar

from netbuilder.model import Effect, Goal, NetworkMap, NodeKind, Referral

from .records import NodeRef, to_plain

Direction = Literal["inwards", "outwards"]


@dataclass(frozen=True, slots=True)
class NodeMove:
    """A node whose ring changed; "inwards" = closer to the client (smaller ring number)."""

    id: str
    label: str
    from_ring: int
    to_ring: int
    direction: Direction


@dataclass(frozen=True, slots=True)
class EffectChange:
    id: str
    label: str
    from_effect: str
    to_effect: str


@dataclass(frozen=True, slots=True)
class GoalRef:
    id: str
    text: str
    status: str


@dataclass(frozen=True, slots=True)
class GoalStatusChange:
    id: str
    text: str
    from_status: str
    to_status: str


@dataclass(frozen=True, slots=True)
class ReferralRef:
    id: str
    service: str
    status: str


@dataclass(frozen=True, slots=True)
class ReferralStatusChange:
    id: str
    service: str
    from_status: str
    to_status: str


@dataclass(frozen=True, slots=True)
class CountDelta:
    """A figure in both versions; ``change`` = after - before."""

    before: int
    after: int
    change: int

    @classmethod
    def of(
        cls, before: NetworkMap, after: NetworkMap, measure: Callable[[NetworkMap], int]
    ) -> CountDelta:
        old, new = measure(before), measure(after)
        return cls(before=old, after=new, change=new - old)


@dataclass(frozen=True, slots=True)
class MapComparison:
    """What changed from ``before`` to ``after``; see ``compare``."""

    before_label: str
    before_date: date
    after_label: str
    after_date: date
    added: tuple[NodeRef, ...]
    removed: tuple[NodeRef, ...]
    moved: tuple[NodeMove, ...]
    effect_changed: tuple[EffectChange, ...]
    goals_added: tuple[GoalRef, ...]
    goals_removed: tuple[GoalRef, ...]
    goal_status_changed: tuple[GoalStatusChange, ...]
    referrals_added: tuple[ReferralRef, ...]
    referrals_removed: tuple[ReferralRef, ...]
    referral_status_changed: tuple[ReferralStatusChange, ...]
    people: CountDelta
    places: CountDelta
    activities: CountDelta
    negative: CountDelta
    practitioner_in_inner_ring_before: bool
    practitioner_in_inner_ring_after: bool

    @property
    def has_changes(self) -> bool:
        """True when any node, goal or referral was added, removed or changed."""
        return any(
            (
                self.added, self.removed, self.moved, self.effect_changed,
                self.goals_added, self.goals_removed, self.goal_status_changed,
                self.referrals_added, self.referrals_removed, self.referral_status_changed,
            )
        )

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready values (dates as ISO strings)."""
        plain: dict[str, Any] = to_plain(self)
        return plain


def compare(before: NetworkMap, after: NetworkMap) -> MapComparison:
    """Compare two versions of one client's map (``before`` the earlier)."""
    return MapComparison(
        before_label=before.label,
        before_date=before.date,
        after_label=after.label,
        after_date=after.date,
        added=tuple(NodeRef.of(n) for n in _new_items(before.nodes, after.nodes)),
        removed=tuple(NodeRef.of(n) for n in _new_items(after.nodes, before.nodes)),
        moved=moved_nodes(before, after),
        effect_changed=effect_changes(before, after),
        goals_added=tuple(_goal_ref(g) for g in _new_items(before.goals, after.goals)),
        goals_removed=tuple(_goal_ref(g) for g in _new_items(after.goals, before.goals)),
        goal_status_changed=goal_status_changes(before, after),
        referrals_added=tuple(
            _referral_ref(r) for r in _new_items(before.referrals, after.referrals)
        ),
        referrals_removed=tuple(
            _referral_ref(r) for r in _new_items(after.referrals, before.referrals)
        ),
        referral_status_changed=referral_status_changes(before, after),
        people=CountDelta.of(before, after, lambda m: _kind_count(m, NodeKind.PERSON)),
        places=CountDelta.of(before, after, lambda m: _kind_count(m, NodeKind.PLACE)),
        activities=CountDelta.of(before, after, lambda m: _kind_count(m, NodeKind.ACTIVITY)),
        negative=CountDelta.of(before, after, _negative_count),
        practitioner_in_inner_ring_before=_practitioner_inner(before),
        practitioner_in_inner_ring_after=_practitioner_inner(after),
    )


class _HasId(Protocol):
    @property
    def id(self) -> str: ...


_Item = TypeVar("_Item", bound=_HasId)


def _new_items(old: Sequence[_HasId], new: Sequence[_Item]) -> list[_Item]:
    """Items of ``new`` whose id is not in ``old``, in ``new``'s order."""
    old_ids = {item.id for item in old}
    return [item for item in new if item.id not in old_ids]


def _kept(old: Sequence[_Item], new: Sequence[_Item]) -> list[tuple[_Item, _Item]]:
    """(old, new) pairs for items in both, in ``new``'s order."""
    by_id = {item.id: item for item in old}
    return [(by_id[item.id], item) for item in new if item.id in by_id]


def moved_nodes(before: NetworkMap, after: NetworkMap) -> tuple[NodeMove, ...]:
    return tuple(
        NodeMove(
            id=b.id, label=b.label, from_ring=a.ring, to_ring=b.ring,
            direction="inwards" if b.ring < a.ring else "outwards",
        )
        for a, b in _kept(before.nodes, after.nodes)
        if a.ring != b.ring
    )


def effect_changes(before: NetworkMap, after: NetworkMap) -> tuple[EffectChange, ...]:
    return tuple(
        EffectChange(id=b.id, label=b.label, from_effect=a.effect.value, to_effect=b.effect.value)
        for a, b in _kept(before.nodes, after.nodes)
        if a.effect is not b.effect
    )


def goal_status_changes(before: NetworkMap, after: NetworkMap) -> tuple[GoalStatusChange, ...]:
    return tuple(
        GoalStatusChange(b.id, b.text, a.status.value, b.status.value)
        for a, b in _kept(before.goals, after.goals)
        if a.status is not b.status
    )


def referral_status_changes(
    before: NetworkMap, after: NetworkMap
) -> tuple[ReferralStatusChange, ...]:
    return tuple(
        ReferralStatusChange(b.id, b.service, a.status.value, b.status.value)
        for a, b in _kept(before.referrals, after.referrals)
        if a.status is not b.status
    )


def _goal_ref(g: Goal) -> GoalRef:
    return GoalRef(id=g.id, text=g.text, status=g.status.value)


def _referral_ref(r: Referral) -> ReferralRef:
    return ReferralRef(id=r.id, service=r.service, status=r.status.value)


def _kind_count(m: NetworkMap, kind: NodeKind) -> int:
    return sum(1 for n in m.nodes if n.kind is kind)


def _negative_count(m: NetworkMap) -> int:
    return sum(1 for n in m.nodes if n.effect is Effect.NEGATIVE)


def _practitioner_inner(m: NetworkMap) -> bool:
    return any(n.is_practitioner and n.ring == 1 for n in m.nodes)
