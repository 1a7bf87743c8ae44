"""Goals and referrals: counts by theme and status, and what is overdue."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from netbuilder.model import GoalStatus, GoalTheme, NetworkMap, ReferralStatus

from .records import frozen_counts

OPEN_GOAL_STATUSES = frozenset({GoalStatus.PLANNED, GoalStatus.ACTIVE})
"""A goal in one of these statuses still needs reviewing."""

OPEN_REFERRAL_STATUSES = frozenset({ReferralStatus.SUGGESTED, ReferralStatus.MADE})
"""A referral whose outcome (taken up, declined, not taken up) is not yet known."""


@dataclass(frozen=True, slots=True)
class GoalDue:
    """An open goal whose review date has passed."""

    id: str
    text: str
    status: str
    review_date: date


@dataclass(frozen=True, slots=True)
class FollowUpDue:
    """An open referral whose follow-up date has passed."""

    id: str
    service: str
    status: str
    follow_up: date


def goals_by_theme(m: NetworkMap) -> Mapping[str, int]:
    """Goals per theme; every theme present, 0 when none."""
    return frozen_counts([t.value for t in GoalTheme], [g.theme.value for g in m.goals])


def goals_by_status(m: NetworkMap) -> Mapping[str, int]:
    """Goals per status; every status present, 0 when none."""
    return frozen_counts([s.value for s in GoalStatus], [g.status.value for g in m.goals])


def referrals_by_status(m: NetworkMap) -> Mapping[str, int]:
    """Referrals per status; every status present, 0 when none."""
    return frozen_counts(
        [s.value for s in ReferralStatus], [r.status.value for r in m.referrals]
    )


def overdue_goals(m: NetworkMap, today: date) -> tuple[GoalDue, ...]:
    """Planned or active goals with a review date before ``today``."""
    return tuple(
        GoalDue(id=g.id, text=g.text, status=g.status.value, review_date=g.review_date)
        for g in m.goals
        if g.review_date is not None
        and g.review_date < today
        and g.status in OPEN_GOAL_STATUSES
    )


def overdue_follow_ups(m: NetworkMap, today: date) -> tuple[FollowUpDue, ...]:
    """Suggested or made referrals with a follow-up date before ``today``."""
    return tuple(
        FollowUpDue(id=r.id, service=r.service, status=r.status.value, follow_up=r.follow_up)
        for r in m.referrals
        if r.follow_up is not None
        and r.follow_up < today
        and r.status in OPEN_REFERRAL_STATUSES
    )
