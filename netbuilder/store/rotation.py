"""Which backups to keep: the newest, and the newest of each of the last 7 days, 4 ISO
weeks and 6 months that have backups (the days, weeks and months without a backup do
not count, so a laptop left off for a month still keeps a week of daily backups).

A pure function of the backups' times: no files, no clock. Applying it to what it kept
keeps the same set again, so pruning twice deletes nothing more.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime

DAYS = 7
WEEKS = 4
MONTHS = 6
MOST_KEPT = 1 + DAYS + WEEKS + MONTHS

Bucket = Callable[[datetime], tuple[int, ...]]


def _day(t: datetime) -> tuple[int, ...]:
    return (t.year, t.month, t.day)


def _iso_week(t: datetime) -> tuple[int, ...]:
    year, week, _ = t.isocalendar()
    return (year, week)


def _month(t: datetime) -> tuple[int, ...]:
    return (t.year, t.month)


_RULES: tuple[tuple[Bucket, int], ...] = ((_day, DAYS), (_iso_week, WEEKS), (_month, MONTHS))


def keep(times: Iterable[datetime], now: datetime) -> set[datetime]:
    """The backup times to keep out of ``times`` (at most ``MOST_KEPT`` of them).

    A time later than ``now`` (made while the clock was wrong) counts in ``now``'s day,
    week and month, so that a few such backups cannot take every slot.
    """
    times = list(times)
    if not times:
        return set()
    kept = {max(times)}
    for bucket, count in _RULES:
        kept |= _newest_in_recent_buckets(times, now, bucket, count)
    return kept


def _newest_in_recent_buckets(times: list[datetime], now: datetime, bucket: Bucket,
                              count: int) -> set[datetime]:
    newest: dict[tuple[int, ...], datetime] = {}
    for t in times:
        key = bucket(min(t, now))
        if key not in newest or t > newest[key]:
            newest[key] = t
    return {newest[key] for key in sorted(newest, reverse=True)[:count]}


__all__ = ["DAYS", "MONTHS", "MOST_KEPT", "WEEKS", "keep"]
