"""What the caseload shows for each client, from their current map (pure; no Qt, no I/O).

The store keeps these facts, sealed, beside each map version (``store.codec``), so the
caseload lists a thousand clients without opening a thousand maps. The dates are kept
rather than the counts of what is overdue: "overdue" depends on the day the list is
read, not on the day the map was saved.

This module imports only the model and ``plans`` (never networkx): the store imports it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from netbuilder.model import NetworkMap

from .plans import OPEN_GOAL_STATUSES, OPEN_REFERRAL_STATUSES


@dataclass(frozen=True, slots=True)
class CaseloadFacts:
    """One client's current map, as a caseload row needs it.

    ``review_dates``: the review dates of open (planned or active) goals;
    ``follow_up_dates``: the follow-up dates of open (suggested or made) referrals;
    both sorted. ``updated_at`` is when the map last changed.
    """

    updated_at: datetime
    open_goals: int
    review_dates: tuple[date, ...] = ()
    follow_up_dates: tuple[date, ...] = ()

    @property
    def next_review(self) -> date | None:
        """The earliest open goal's review date or open referral's follow-up, past ones included."""
        dates = self.review_dates + self.follow_up_dates
        return min(dates) if dates else None

    def overdue_follow_ups(self, today: date) -> int:
        """Open referrals whose follow-up date is before ``today``."""
        return sum(1 for d in self.follow_up_dates if d < today)

    def overdue_reviews(self, today: date) -> int:
        """Open goals whose review date is before ``today``."""
        return sum(1 for d in self.review_dates if d < today)

    def is_overdue(self, today: date) -> bool:
        """Whether any goal review or referral follow-up is past."""
        due = self.next_review
        return due is not None and due < today


def caseload_facts(m: NetworkMap) -> CaseloadFacts:
    """The caseload facts of one map version (see ``CaseloadFacts``)."""
    open_goals = [g for g in m.goals if g.status in OPEN_GOAL_STATUSES]
    return CaseloadFacts(
        updated_at=m.updated_at,
        open_goals=len(open_goals),
        review_dates=tuple(sorted(g.review_date for g in open_goals if g.review_date)),
        follow_up_dates=tuple(
            sorted(
                r.follow_up
                for r in m.referrals
                if r.follow_up is not None and r.status in OPEN_REFERRAL_STATUSES
            )
        ),
    )


__all__ = ["CaseloadFacts", "caseload_facts"]
