"""The backup rotation: the newest, then the newest of 7 days, 4 ISO weeks and 6 months."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from netbuilder.store.rotation import MOST_KEPT, keep

NOW = datetime(2026, 11, 26, 15, 0, tzinfo=UTC)

backup_times = st.lists(
    st.datetimes(min_value=datetime(2024, 1, 1), max_value=datetime(2027, 1, 1),
                 timezones=st.just(UTC)),
    max_size=120,
)


@given(backup_times)
@settings(max_examples=200)
def test_the_newest_is_never_deleted_and_nothing_is_invented(times: list[datetime]) -> None:
    kept = keep(times, NOW)
    assert kept <= set(times)
    if times:
        assert max(times) in kept
    else:
        assert kept == set()


@given(backup_times)
@settings(max_examples=200)
def test_never_more_than_one_plus_7_plus_4_plus_6(times: list[datetime]) -> None:
    assert len(keep(times, NOW)) <= MOST_KEPT == 18


@given(backup_times)
@settings(max_examples=200)
def test_pruning_again_deletes_nothing_more(times: list[datetime]) -> None:
    kept = keep(times, NOW)
    assert keep(sorted(kept), NOW) == kept


def test_hourly_backups_for_a_year_keep_days_weeks_and_months() -> None:
    start = NOW - timedelta(days=365)
    times = [start + timedelta(hours=h) for h in range(365 * 24 + 1)]
    kept = sorted(keep(times, NOW), reverse=True)
    assert kept[0] == NOW
    days = {t.date() for t in kept}
    assert all((NOW - timedelta(days=d)).date() in days for d in range(7))  # the last 7 days
    weeks = {t.isocalendar()[:2] for t in kept}
    assert all((NOW - timedelta(weeks=w)).isocalendar()[:2] in weeks for w in range(4))
    months = {(t.year, t.month) for t in kept}
    assert months == {(2026, m) for m in range(6, 12)}  # June to November
    # each is the last backup of its day: 23:00, except today's, made at 15:00
    assert all(t.hour == 23 for t in kept[1:])
    assert len(kept) == 7 + 2 + 5  # 7 days; 2 older weeks (8 and 15 Nov); 5 older months


def test_days_without_backups_do_not_count() -> None:
    """A laptop off for a month still keeps its last 7 days of work."""
    times = [datetime(2026, 9, d, 17, tzinfo=UTC) for d in range(1, 11)]
    kept = keep(times, NOW)
    assert {t.day for t in kept} >= set(range(4, 11))


def test_several_a_day_keep_only_the_newest_of_older_days() -> None:
    day = datetime(2026, 11, 20, tzinfo=UTC)
    times = [day + timedelta(hours=h) for h in (9, 12, 17)] + [NOW]
    assert keep(times, NOW) == {day + timedelta(hours=17), NOW}


def test_backups_dated_after_now_count_as_today() -> None:
    """Made while the clock was wrong: they cannot take the days that came before."""
    future = [NOW + timedelta(days=d) for d in range(1, 30)]
    past = [NOW - timedelta(days=d) for d in range(1, 7)]
    kept = keep(future + past, NOW)
    assert set(past) <= kept
    assert max(future) in kept
    assert len(kept & set(future)) == 1
