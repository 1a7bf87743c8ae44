"""The comparison of two versions in words: one translated line per change, and the totals.

The lines say what ``analysis.describe_changes`` says, in the same order (nodes first,
then goals and referrals), but through Qt's translation function and with the rings
named, and each line keeps the ids of the nodes it is about, so picking a line can
highlight them on the map. The totals (people, places, activities, negative
connections, a practitioner in the closest ring) are rows of their own.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from PySide6.QtCore import QCoreApplication

from netbuilder.analysis.comparison import CountDelta, MapComparison
from netbuilder.model import Effect, GoalStatus, NetworkMap, ReferralStatus

translate = QCoreApplication.translate

ChangeKind = Literal[
    "added", "removed", "moved", "effect",
    "goal_added", "goal_removed", "goal_status",
    "referral_added", "referral_removed", "referral_status",
]


@dataclass(frozen=True, slots=True)
class ChangeLine:
    """One change as listed: what kind, the words, the item it is about, the nodes to show."""

    kind: ChangeKind
    text: str
    item_id: str
    node_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class TotalRow:
    """A figure in both versions, as the totals table shows it."""

    name: str
    before: str
    after: str
    change: str
    changed: bool


def effect_word(effect: str) -> str:
    words = {
        Effect.POSITIVE.value: translate("Compare", "positive"),
        Effect.NEUTRAL.value: translate("Compare", "neutral"),
        Effect.NEGATIVE.value: translate("Compare", "negative"),
        Effect.MIXED.value: translate("Compare", "mixed"),
    }
    return words.get(effect, effect)


def goal_status_word(status: str) -> str:
    words = {
        GoalStatus.PLANNED.value: translate("Compare", "planned"),
        GoalStatus.ACTIVE.value: translate("Compare", "active"),
        GoalStatus.ACHIEVED.value: translate("Compare", "achieved"),
        GoalStatus.STOPPED.value: translate("Compare", "stopped"),
    }
    return words.get(status, status)


def referral_status_word(status: str) -> str:
    words = {
        ReferralStatus.SUGGESTED.value: translate("Compare", "suggested"),
        ReferralStatus.MADE.value: translate("Compare", "made"),
        ReferralStatus.TAKEN_UP.value: translate("Compare", "taken up"),
        ReferralStatus.DECLINED.value: translate("Compare", "declined"),
        ReferralStatus.NOT_TAKEN_UP.value: translate("Compare", "not taken up"),
    }
    return words.get(status, status)


def ring_name(network: NetworkMap, ring: int) -> str:
    """'ring 2 (Close)'; just 'ring 5' when the map has no label for it."""
    if 1 <= ring <= len(network.ring_labels):
        return translate("Compare", "ring {number} ({label})").format(
            number=ring, label=network.ring_labels[ring - 1])
    return translate("Compare", "ring {number}").format(number=ring)


def change_lines(cmp: MapComparison, before: NetworkMap, after: NetworkMap) -> list[ChangeLine]:
    """Every change from ``before`` to ``after`` once, in ``describe_changes``' order."""
    return [*_node_lines(cmp, before, after), *_goal_lines(cmp, before, after),
            *_referral_lines(cmp, before, after)]


def _node_lines(cmp: MapComparison, before: NetworkMap, after: NetworkMap) -> list[ChangeLine]:
    lines = [
        ChangeLine("added", translate("Compare", "New: {label}").format(label=n.label),
                   n.id, (n.id,))
        for n in cmp.added
    ]
    lines += [
        ChangeLine("removed",
                   translate("Compare", "No longer on the map: {label}").format(label=n.label),
                   n.id, (n.id,))
        for n in cmp.removed
    ]
    for mv in cmp.moved:
        text = (translate("Compare", "{label} moved closer ({before} \u2192 {after})")
                if mv.direction == "inwards" else
                translate("Compare", "{label} moved further away ({before} \u2192 {after})"))
        lines.append(ChangeLine("moved", text.format(
            label=mv.label, before=ring_name(before, mv.from_ring),
            after=ring_name(after, mv.to_ring)), mv.id, (mv.id,)))
    lines += [
        ChangeLine("effect", translate("Compare", "{label}: {before} \u2192 {after}").format(
            label=e.label, before=effect_word(e.from_effect), after=effect_word(e.to_effect)),
            e.id, (e.id,))
        for e in cmp.effect_changed
    ]
    return lines


def _goal_nodes(network: NetworkMap, goal_id: str) -> tuple[str, ...]:
    goal = next((g for g in network.goals if g.id == goal_id), None)
    return goal.node_ids if goal is not None else ()


def _goal_lines(cmp: MapComparison, before: NetworkMap, after: NetworkMap) -> list[ChangeLine]:
    lines = [
        ChangeLine("goal_added", translate("Compare", "New goal: \u2018{text}\u2019").format(
            text=g.text), g.id, _goal_nodes(after, g.id))
        for g in cmp.goals_added
    ]
    lines += [
        ChangeLine("goal_removed",
                   translate("Compare", "Goal removed: \u2018{text}\u2019").format(text=g.text),
                   g.id, _goal_nodes(before, g.id))
        for g in cmp.goals_removed
    ]
    lines += [
        ChangeLine("goal_status",
                   translate("Compare", "Goal \u2018{text}\u2019: {before} \u2192 {after}").format(
                       text=g.text, before=goal_status_word(g.from_status),
                       after=goal_status_word(g.to_status)),
                   g.id, _goal_nodes(after, g.id))
        for g in cmp.goal_status_changed
    ]
    return lines


def _referral_nodes(network: NetworkMap, referral_id: str) -> tuple[str, ...]:
    referral = next((r for r in network.referrals if r.id == referral_id), None)
    return (referral.node_id,) if referral is not None and referral.node_id else ()


def _referral_lines(
    cmp: MapComparison, before: NetworkMap, after: NetworkMap
) -> list[ChangeLine]:
    lines = [
        ChangeLine("referral_added",
                   translate("Compare", "New referral: {service} ({status})").format(
                       service=r.service, status=referral_status_word(r.status)),
                   r.id, _referral_nodes(after, r.id))
        for r in cmp.referrals_added
    ]
    lines += [
        ChangeLine("referral_removed",
                   translate("Compare", "Referral removed: {service}").format(service=r.service),
                   r.id, _referral_nodes(before, r.id))
        for r in cmp.referrals_removed
    ]
    lines += [
        ChangeLine("referral_status",
                   translate("Compare", "Referral to {service}: {before} \u2192 {after}").format(
                       service=r.service, before=referral_status_word(r.from_status),
                       after=referral_status_word(r.to_status)),
                   r.id, _referral_nodes(after, r.id))
        for r in cmp.referral_status_changed
    ]
    return lines


def total_rows(cmp: MapComparison) -> list[TotalRow]:
    """People, places, activities, negative connections and a practitioner in the closest
    ring, in both versions (every row, changed or not)."""
    counts: list[tuple[str, CountDelta]] = [
        (translate("Compare", "People"), cmp.people),
        (translate("Compare", "Places"), cmp.places),
        (translate("Compare", "Activities"), cmp.activities),
        (translate("Compare", "Negative connections"), cmp.negative),
    ]
    rows = [
        TotalRow(name, str(d.before), str(d.after), f"{d.change:+d}" if d.change else "",
                 bool(d.change))
        for name, d in counts
    ]
    yes, no = translate("Compare", "yes"), translate("Compare", "no")
    was, now = cmp.practitioner_in_inner_ring_before, cmp.practitioner_in_inner_ring_after
    rows.append(TotalRow(translate("Compare", "Practitioner in the closest ring"),
                         yes if was else no, yes if now else no,
                         translate("Compare", "changed") if was != now else "", was != now))
    return rows


__all__ = [
    "ChangeKind",
    "ChangeLine",
    "TotalRow",
    "change_lines",
    "effect_word",
    "goal_status_word",
    "referral_status_word",
    "ring_name",
    "total_rows",
]
