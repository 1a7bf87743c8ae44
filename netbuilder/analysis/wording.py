"""Plain-English sentences from a summary or a comparison, for the client to read.

No network type is given: the study group's classification rule is not public,
so the app does not guess one.
"""

from __future__ import annotations

from datetime import date

from .comparison import CountDelta, MapComparison
from .reference import STUDY_MEAN_CONTACTS, STUDY_PRACTITIONER_INNER_SHARE
from .summary import NetworkSummary

_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)


def day(d: date) -> str:
    """'5 March 2025', whatever the process locale."""
    return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"


def plural(count: int, one: str, many: str | None = None) -> str:
    """'1 person', '2 people', '0 places'."""
    word = one if count == 1 else (many or f"{one}s")
    return f"{count} {word}"


def plain_english(summary: NetworkSummary) -> list[str]:
    """Short sentences a client understands, most important first; empty parts are left out."""
    lines = [_people_line(summary), _places_line(summary)]
    lines += _practitioner_lines(summary)
    lines += _home_lines(summary)
    lines += _hard_lines(summary)
    lines += _access_lines(summary)
    lines += _goal_lines(summary)
    lines += _referral_lines(summary)
    return lines


def _people_line(s: NetworkSummary) -> str:
    return (
        f"{plural(s.people, 'person', 'people')} in your network; "
        f"in the study the average was {STUDY_MEAN_CONTACTS:g}."
    )


def _places_line(s: NetworkSummary) -> str:
    return f"{plural(s.places, 'place')} and {plural(s.activities, 'activity', 'activities')}."


def _practitioner_lines(s: NetworkSummary) -> list[str]:
    share = f"{round(STUDY_PRACTITIONER_INNER_SHARE * 100)}%"
    if s.practitioner_in_inner_ring:
        return [f"A practitioner is in your closest ring (as in {share} of networks in the study)."]
    if s.practitioners:
        return [
            "No practitioner is in your closest ring "
            f"(in the study, {share} of networks had one there)."
        ]
    return []


def _home_lines(s: NetworkSummary) -> list[str]:
    if s.home_share_of_week is None:
        return []
    return [f"You spend about {s.home_share_of_week}% of your week at home."]


def _hard_lines(s: NetworkSummary) -> list[str]:
    hard = s.hard_connections
    if not hard:
        return []
    verb = "is" if len(hard) == 1 else "are"
    labels = ", ".join(h.label for h in hard)
    return [
        f"{plural(len(hard), 'connection')} {verb} hard for you (negative or mixed): {labels}."
    ]


def _access_lines(s: NetworkSummary) -> list[str]:
    reached = s.reached_only_through_practitioners
    if not reached:
        return []
    return [f"A practitioner helps you get to: {', '.join(r.label for r in reached)}."]


def _goal_lines(s: NetworkSummary) -> list[str]:
    if not s.goals:
        return []
    parts = [f"{n} {status}" for status, n in s.goals_by_status.items() if n]
    lines = [f"{plural(s.goals, 'goal')}: {', '.join(parts)}."]
    for goal in s.overdue_goals:
        lines.append(f"Time to review the goal '{goal.text}' (due {day(goal.review_date)}).")
    return lines


def _referral_lines(s: NetworkSummary) -> list[str]:
    if not s.referrals:
        return []
    parts = [f"{n} {status}" for status, n in s.referrals_by_status.items() if n]
    lines = [f"{plural(s.referrals, 'referral')}: {', '.join(parts)}."]
    for r in s.overdue_follow_ups:
        lines.append(f"Time to follow up the referral to {r.service} (due {day(r.follow_up)}).")
    return lines


def describe_changes(cmp: MapComparison) -> list[str]:
    """One short line per change, nodes first, then goals, referrals and totals.

    Returns an empty list when nothing changed (see ``MapComparison.has_changes``).
    """
    lines = [f"New: {n.label}" for n in cmp.added]
    lines += [f"No longer on the map: {n.label}" for n in cmp.removed]
    lines += [
        f"{mv.label} moved {'closer' if mv.direction == 'inwards' else 'further away'} "
        f"(ring {mv.from_ring} -> ring {mv.to_ring})"
        for mv in cmp.moved
    ]
    lines += [f"{e.label}: {e.from_effect} -> {e.to_effect}" for e in cmp.effect_changed]
    lines += [f"New goal: '{g.text}'" for g in cmp.goals_added]
    lines += [f"Goal removed: '{g.text}'" for g in cmp.goals_removed]
    lines += [
        f"Goal '{g.text}': {g.from_status} -> {g.to_status}" for g in cmp.goal_status_changed
    ]
    lines += [f"New referral: {r.service} ({r.status})" for r in cmp.referrals_added]
    lines += [f"Referral removed: {r.service}" for r in cmp.referrals_removed]
    lines += [
        f"Referral to {r.service}: {r.from_status} -> {r.to_status}"
        for r in cmp.referral_status_changed
    ]
    return lines + _total_lines(cmp) if lines else []


def _total_lines(cmp: MapComparison) -> list[str]:
    totals: list[tuple[str, CountDelta]] = [
        ("People", cmp.people),
        ("Places", cmp.places),
        ("Activities", cmp.activities),
        ("Negative connections", cmp.negative),
    ]
    lines = [f"{name}: {d.before} -> {d.after}" for name, d in totals if d.change]
    before, after = cmp.practitioner_in_inner_ring_before, cmp.practitioner_in_inner_ring_after
    if after and not before:
        lines.append("A practitioner is now in your closest ring.")
    elif before and not after:
        lines.append("No practitioner is in your closest ring any more.")
    return lines
