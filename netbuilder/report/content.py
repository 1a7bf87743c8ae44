"""What the plan says, as plain strings taken from the model (no drawing here)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from netbuilder.analysis.comparison import compare
from netbuilder.analysis.plans import OPEN_GOAL_STATUSES, OPEN_REFERRAL_STATUSES
from netbuilder.analysis.summary import summarise
from netbuilder.analysis.wording import describe_changes, plain_english
from netbuilder.model import Client, Goal, GoalStatus, NetworkMap, Referral

from .text import day, initials

TITLE = "My wellbeing network plan"
STUDY_NOTE = "Study figures come from a UK study of 150 people; they are context, not a target."
_STATUS_ORDER = {GoalStatus.ACTIVE: 0, GoalStatus.PLANNED: 1, GoalStatus.ACHIEVED: 2,
                 GoalStatus.STOPPED: 3}


@dataclass(frozen=True, slots=True)
class PlanText:
    client_name: str
    client_short: str
    plan_date: str
    version: str
    practitioner: str | None
    next_review: str
    what_matters: str
    summary: tuple[str, ...]
    changes_since: str | None
    changes: tuple[str, ...]
    goals: tuple[tuple[str, ...], ...]
    referrals: tuple[tuple[str, ...], ...]


def plan_text(
    client: Client, network: NetworkMap, previous: NetworkMap | None,
    practitioner: str | None, use_initials: bool, today: date,
) -> PlanText:
    short = initials(client.display_name)
    changes_since = None
    changes: tuple[str, ...] = ()
    if previous is not None:
        changes_since = f"{previous.label} ({day(previous.date)})"
        changes = tuple(describe_changes(compare(previous, network)))
    return PlanText(
        client_name=short if use_initials else client.display_name,
        client_short=short,
        plan_date=day(today),
        version=f"{network.label}, {day(network.date)}",
        practitioner=practitioner.strip() if practitioner and practitioner.strip() else None,
        next_review=next_review(network, today),
        what_matters=network.what_matters,
        summary=tuple(plain_english(summarise(network, today))),
        changes_since=changes_since,
        changes=changes,
        goals=tuple(goal_row(network, g) for g in ordered_goals(network)),
        referrals=tuple(referral_row(r) for r in network.referrals),
    )


def next_review(m: NetworkMap, today: date) -> str:
    """The earliest review date of an open goal or follow-up of an open referral."""
    dates = [g.review_date for g in m.goals if g.review_date and g.status in OPEN_GOAL_STATUSES]
    dates += [
        r.follow_up for r in m.referrals if r.follow_up and r.status in OPEN_REFERRAL_STATUSES
    ]
    if not dates:
        return "not set yet"
    first = min(dates)
    return f"{day(first)} (overdue)" if first < today else day(first)


def ordered_goals(m: NetworkMap) -> list[Goal]:
    """Goals in progress first, then planned, achieved and stopped (map order within)."""
    return sorted(m.goals, key=lambda g: _STATUS_ORDER[g.status])


def goal_row(m: NetworkMap, g: Goal) -> tuple[str, ...]:
    labels = {n.id: n.label for n in m.nodes}
    connections = ", ".join(labels.get(i, "?") for i in g.node_ids) or "\u2013"
    helpers = "; ".join(f"{labels.get(s.node_id, '?')} as {s.role.value}" for s in g.supporters)
    return (
        g.text,
        connections,
        helpers or "\u2013",
        next_step(g),
        g.status.value,
        day(g.review_date) if g.review_date else "\u2013",
    )


def next_step(g: Goal) -> str:
    open_steps = [s.text for s in g.next_steps if not s.done]
    if not open_steps:
        return "all steps done" if g.next_steps else "\u2013"
    more = len(open_steps) - 1
    return open_steps[0] + (f" (+{more} more)" if more else "")


def referral_row(r: Referral) -> tuple[str, ...]:
    return (
        r.service,
        r.by_whom or "\u2013",
        day(r.date),
        r.status.value,
        day(r.follow_up) if r.follow_up else "\u2013",
    )
