"""Who does what: each practitioner's roles, and the goals they help with (no Qt, no I/O).

A "who does what" summary is for the client: one line per practitioner on the map, e.g.
``Alex (CPN): network member, bridge builder — helps with: Try gym on prescription
(co-pilot)``. ``who_does_what`` gives the parts (for a panel or the plan to word in its
own way); ``who_does_what_lines`` gives the English lines.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from netbuilder.model import NetworkMap, Node, Role

NO_ROLES = "no roles chosen yet"


@dataclass(frozen=True, slots=True)
class GoalHelp:
    """One goal a practitioner supports, and the role(s) they play for it."""

    goal_id: str
    text: str
    roles: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PractitionerWork:
    """One practitioner: who they are, their roles for this client, the goals they support."""

    node_id: str
    name: str
    """The node's label, with the profession added when the label says nothing in brackets."""
    profession: str | None
    roles: tuple[str, ...]
    goals: tuple[GoalHelp, ...]

    @property
    def line(self) -> str:
        return work_line(self)


def display_name(node: Node) -> str:
    """``Alex`` + care coordinator / CPN -> ``Alex (care coordinator / CPN)``; a label that
    already explains itself in brackets (``Dr Shah (GP)``) is left as it is."""
    if node.profession is None or "(" in node.label:
        return node.label
    return f"{node.label} ({node.profession.value})"


def who_does_what(m: NetworkMap) -> tuple[PractitionerWork, ...]:
    """Every practitioner node in map order, with their roles and the goals they support.

    A practitioner who supports one goal in two roles has one ``GoalHelp`` naming both;
    goals keep the map's (the client's priority) order.
    """
    works: list[PractitionerWork] = []
    for node in m.nodes:
        if not node.is_practitioner:
            continue
        helps: list[GoalHelp] = []
        for goal in m.goals:
            roles = _unique(s.role for s in goal.supporters if s.node_id == node.id)
            if roles:
                helps.append(GoalHelp(goal_id=goal.id, text=goal.text, roles=roles))
        works.append(
            PractitionerWork(
                node_id=node.id,
                name=display_name(node),
                profession=node.profession.value if node.profession else None,
                roles=tuple(r.value for r in node.roles),
                goals=tuple(helps),
            )
        )
    return tuple(works)


def work_line(work: PractitionerWork) -> str:
    """One practitioner as one line of plain English."""
    line = f"{work.name}: {', '.join(work.roles) or NO_ROLES}"
    if work.goals:
        goals = "; ".join(f"{g.text} ({', '.join(g.roles)})" for g in work.goals)
        line += f" \u2014 helps with: {goals}"
    return line


def who_does_what_lines(m: NetworkMap) -> tuple[str, ...]:
    """``who_does_what`` as lines, one per practitioner."""
    return tuple(work.line for work in who_does_what(m))


def _unique(roles: Iterable[Role]) -> tuple[str, ...]:
    seen: list[str] = []
    for role in roles:
        if role.value not in seen:
            seen.append(role.value)
    return tuple(seen)
