"""Rules that span a whole map: unique ids, references that resolve, rings in range."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .entities import NetworkMap


def _duplicates(ids: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    dup: list[str] = []
    for i in ids:
        if i in seen:
            dup.append(i)
        seen.add(i)
    return dup


def integrity_problems(m: NetworkMap) -> list[str]:
    """Every cross-reference fault in the map, each as 'field: fault'."""
    problems: list[str] = []
    node_ids = {n.id for n in m.nodes}
    for dup in _duplicates([n.id for n in m.nodes] + [lk.id for lk in m.links]):
        problems.append(f"id {dup!r} is used twice")
    for i, n in enumerate(m.nodes):
        if n.ring > m.rings:
            problems.append(f"nodes[{i}].ring: {n.ring} is outside the map's {m.rings} rings")
    problems += _link_problems(m, node_ids)
    problems += _goal_problems(m, node_ids)
    problems += _referral_problems(m, node_ids)
    return problems


def _link_problems(m: NetworkMap, node_ids: set[str]) -> list[str]:
    problems: list[str] = []
    seen: set[tuple[str, str, str]] = set()
    for i, lk in enumerate(m.links):
        for end in ("source", "target"):
            if getattr(lk, end) not in node_ids:
                problems.append(f"links[{i}].{end}: no node with id {getattr(lk, end)!r}")
        key = (lk.source, lk.target, lk.kind.value)
        if key in seen:
            problems.append(f"links[{i}]: the same link is drawn twice")
        seen.add(key)
    return problems


def _goal_problems(m: NetworkMap, node_ids: set[str]) -> list[str]:
    problems: list[str] = []
    nodes = {n.id: n for n in m.nodes}
    for dup in _duplicates([g.id for g in m.goals]):
        problems.append(f"goal id {dup!r} is used twice")
    for i, g in enumerate(m.goals):
        for nid in g.node_ids:
            if nid not in node_ids:
                problems.append(f"goals[{i}].node_ids: no node with id {nid!r}")
        for s in g.supporters:
            node = nodes.get(s.node_id)
            if node is None:
                problems.append(f"goals[{i}].supporters: no node with id {s.node_id!r}")
            elif not node.is_practitioner:
                problems.append(f"goals[{i}].supporters: {s.node_id!r} is not a practitioner")
    return problems


def _referral_problems(m: NetworkMap, node_ids: set[str]) -> list[str]:
    problems: list[str] = []
    goal_ids = {g.id for g in m.goals}
    for dup in _duplicates([r.id for r in m.referrals]):
        problems.append(f"referral id {dup!r} is used twice")
    for i, r in enumerate(m.referrals):
        if r.node_id is not None and r.node_id not in node_ids:
            problems.append(f"referrals[{i}].node_id: no node with id {r.node_id!r}")
        if r.goal_id is not None and r.goal_id not in goal_ids:
            problems.append(f"referrals[{i}].goal_id: no goal with id {r.goal_id!r}")
        if r.follow_up is not None and r.follow_up < r.date:
            problems.append(f"referrals[{i}].follow_up: before the referral date")
    return problems
