"""Pure edit operations: each takes a map and returns a new, validated map.

Every operation either returns a map that satisfies all model rules or raises
``ModelError`` naming what is wrong; the input map is never changed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any, TypeVar
from uuid import uuid4

from pydantic import BaseModel, ValidationError

from .entities import Goal, Link, NetworkMap, Node, Referral, utc_now
from .errors import ModelError, describe

T = TypeVar("T", bound=BaseModel)


def rebuild(model: T, **changes: Any) -> T:
    """A validated copy of ``model`` with ``changes`` applied."""
    fields = {name: getattr(model, name) for name in type(model).model_fields}
    unknown = set(changes) - set(fields)
    if unknown:
        raise ModelError(f"{type(model).__name__} has no field {sorted(unknown)[0]!r}")
    fields.update(changes)
    try:
        return type(model).model_validate(fields)
    except ValidationError as e:
        raise ModelError(describe(e)) from None


def _remap(m: NetworkMap, **changes: Any) -> NetworkMap:
    return rebuild(m, updated_at=utc_now(), **changes)


def _index(items: Iterable[Any], item_id: str, what: str) -> int:
    for i, item in enumerate(items):
        if item.id == item_id:
            return i
    raise ModelError(f"no {what} with id {item_id!r}")


def _replace(items: tuple[T, ...], i: int, item: T) -> tuple[T, ...]:
    return (*items[:i], item, *items[i + 1 :])


# nodes ---------------------------------------------------------------------


def add_node(m: NetworkMap, node: Node) -> NetworkMap:
    if any(n.id == node.id for n in m.nodes):
        raise ModelError(f"nodes: id {node.id!r} is already on the map")
    return _remap(m, nodes=(*m.nodes, node))


def insert_node(m: NetworkMap, node: Node, index: int) -> NetworkMap:
    """Put a node back at a given position (used by undo of a delete)."""
    added = add_node(m, node)
    nodes = list(added.nodes[:-1])
    nodes.insert(max(0, min(index, len(nodes))), node)
    return _remap(added, nodes=tuple(nodes))


def update_node(m: NetworkMap, node_id: str, **changes: Any) -> NetworkMap:
    i = _index(m.nodes, node_id, "node")
    if "id" in changes and changes["id"] != node_id:
        raise ModelError("nodes: an id cannot be changed")
    node = rebuild(m.nodes[i], **changes)
    return _remap(m, nodes=_replace(m.nodes, i, node))


def move_node(m: NetworkMap, node_id: str, ring: int, angle: float) -> NetworkMap:
    return move_nodes(m, {node_id: (ring, angle)})


def move_nodes(m: NetworkMap, places: Mapping[str, tuple[int, float]]) -> NetworkMap:
    """Move several nodes in one step; angles are normalised to [0, 360)."""
    nodes = list(m.nodes)
    for node_id, (ring, angle) in places.items():
        if isinstance(ring, bool) or not isinstance(ring, int):
            raise ModelError(f"nodes: ring {ring!r} is not a whole number")
        if not 1 <= ring <= m.rings:
            raise ModelError(f"nodes: ring {ring} is outside the map's {m.rings} rings")
        if isinstance(angle, bool) or not isinstance(angle, int | float):
            raise ModelError(f"nodes: angle {angle!r} is not a number")
        i = _index(nodes, node_id, "node")
        nodes[i] = rebuild(nodes[i], ring=ring, angle=normalise_angle(angle))
    return _remap(m, nodes=tuple(nodes))


def normalise_angle(angle: float) -> float:
    """``angle`` in degrees, brought into [0, 360).

    ``x % 360.0`` alone rounds a tiny negative angle (-1e-15) up to 360.0, which
    the model refuses, so that case wraps to 0.0.
    """
    a = float(angle) % 360.0
    return 0.0 if a >= 360.0 else a


def remove_node(m: NetworkMap, node_id: str) -> NetworkMap:
    """Remove a node with its links; goals and referrals forget it."""
    _index(m.nodes, node_id, "node")
    goals = tuple(
        rebuild(
            g,
            node_ids=tuple(n for n in g.node_ids if n != node_id),
            supporters=tuple(s for s in g.supporters if s.node_id != node_id),
        )
        for g in m.goals
    )
    referrals = tuple(rebuild(r, node_id=None) if r.node_id == node_id else r for r in m.referrals)
    return _remap(
        m,
        nodes=tuple(n for n in m.nodes if n.id != node_id),
        links=tuple(lk for lk in m.links if node_id not in (lk.source, lk.target)),
        goals=goals,
        referrals=referrals,
    )


# links ---------------------------------------------------------------------


def add_link(m: NetworkMap, link: Link) -> NetworkMap:
    ids = {n.id for n in m.nodes}
    for end in (link.source, link.target):
        if end not in ids:
            raise ModelError(f"links: no node with id {end!r}")
    return _remap(m, links=(*m.links, link))


def update_link(m: NetworkMap, link_id: str, **changes: Any) -> NetworkMap:
    i = _index(m.links, link_id, "link")
    return _remap(m, links=_replace(m.links, i, rebuild(m.links[i], **changes)))


def remove_link(m: NetworkMap, link_id: str) -> NetworkMap:
    _index(m.links, link_id, "link")
    return _remap(m, links=tuple(lk for lk in m.links if lk.id != link_id))


# goals and referrals -------------------------------------------------------


def add_goal(m: NetworkMap, goal: Goal) -> NetworkMap:
    return _remap(m, goals=(*m.goals, goal))


def update_goal(m: NetworkMap, goal_id: str, **changes: Any) -> NetworkMap:
    i = _index(m.goals, goal_id, "goal")
    return _remap(m, goals=_replace(m.goals, i, rebuild(m.goals[i], **changes)))


def remove_goal(m: NetworkMap, goal_id: str) -> NetworkMap:
    _index(m.goals, goal_id, "goal")
    referrals = tuple(rebuild(r, goal_id=None) if r.goal_id == goal_id else r for r in m.referrals)
    return _remap(m, goals=tuple(g for g in m.goals if g.id != goal_id), referrals=referrals)


def reorder_goals(m: NetworkMap, goal_ids: list[str]) -> NetworkMap:
    if sorted(goal_ids) != sorted(g.id for g in m.goals):
        raise ModelError("goals: the new order must name every goal once")
    by_id = {g.id: g for g in m.goals}
    return _remap(m, goals=tuple(by_id[i] for i in goal_ids))


def add_referral(m: NetworkMap, referral: Referral) -> NetworkMap:
    return _remap(m, referrals=(*m.referrals, referral))


def update_referral(m: NetworkMap, referral_id: str, **changes: Any) -> NetworkMap:
    i = _index(m.referrals, referral_id, "referral")
    referral = rebuild(m.referrals[i], **changes)
    return _remap(m, referrals=_replace(m.referrals, i, referral))


def remove_referral(m: NetworkMap, referral_id: str) -> NetworkMap:
    _index(m.referrals, referral_id, "referral")
    return _remap(m, referrals=tuple(r for r in m.referrals if r.id != referral_id))


# the map as a whole --------------------------------------------------------


def set_ring_labels(m: NetworkMap, labels: tuple[str, ...]) -> NetworkMap:
    return _remap(m, ring_labels=tuple(labels))


def set_what_matters(m: NetworkMap, text: str) -> NetworkMap:
    return _remap(m, what_matters=text)


def start_review(m: NetworkMap, label: str, on: date) -> NetworkMap:
    """A copy of the map as a new dated version, based on ``m``."""
    if on < m.date:
        raise ModelError(f"date: a review cannot be dated before the version it follows ({m.date})")
    return rebuild(m, id=uuid4(), label=label, date=on, based_on=m.id, updated_at=utc_now())
