"""The caseload's facts per client: worked out from a map, and kept sealed by the store."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from netbuilder.analysis.caseload import CaseloadFacts, caseload_facts
from netbuilder.model import GoalStatus, ReferralStatus, ops
from netbuilder.model.demo import build_demo
from netbuilder.store import KdfParams, Store, codec
from tests.conftest import TEST_PASSPHRASE

FAST = KdfParams(n=2**12, r=8, p=1)
TODAY = date(2025, 3, 3)


def test_the_demo_client_has_two_open_goals_and_reviews_in_six_weeks() -> None:
    network = build_demo(TODAY).current_map
    facts = caseload_facts(network)
    assert facts.open_goals == 2
    assert facts.review_dates == (TODAY + timedelta(weeks=6), TODAY + timedelta(weeks=12))
    assert facts.follow_up_dates == (TODAY + timedelta(weeks=6),)
    assert facts.next_review == TODAY + timedelta(weeks=6)
    assert facts.updated_at == network.updated_at
    assert facts.overdue_follow_ups(TODAY) == 0 and not facts.is_overdue(TODAY)


def test_the_next_review_is_the_earliest_goal_review_or_follow_up() -> None:
    network = build_demo(TODAY).current_map
    early = network.referrals[0].model_copy(update={"follow_up": TODAY + timedelta(days=3)})
    facts = caseload_facts(ops.rebuild(network, referrals=(early,)))
    assert facts.next_review == TODAY + timedelta(days=3)
    goals = tuple(g.model_copy(update={"review_date": TODAY + timedelta(days=1)})
                  for g in network.goals[:1]) + network.goals[1:]
    assert caseload_facts(ops.rebuild(network, goals=goals)).next_review == TODAY + timedelta(1)


def test_closed_goals_and_referrals_do_not_count() -> None:
    network = build_demo(TODAY).current_map
    goals = (network.goals[0].model_copy(update={"status": GoalStatus.ACHIEVED}),
             network.goals[1].model_copy(update={"status": GoalStatus.STOPPED}))
    referral = network.referrals[0].model_copy(update={"status": ReferralStatus.TAKEN_UP})
    facts = caseload_facts(ops.rebuild(network, goals=goals, referrals=(referral,)))
    assert facts.open_goals == 0 and facts.next_review is None
    assert facts.review_dates == () and facts.follow_up_dates == ()


def test_overdue_depends_on_the_day_it_is_read() -> None:
    stamp = datetime(2025, 1, 1, tzinfo=UTC)
    facts = CaseloadFacts(stamp, 1, review_dates=(date(2025, 3, 10),),
                          follow_up_dates=(date(2025, 3, 1), date(2025, 3, 5)))
    assert facts.overdue_follow_ups(date(2025, 3, 1)) == 0  # due today is not overdue
    assert facts.overdue_follow_ups(date(2025, 3, 2)) == 1
    assert facts.overdue_follow_ups(date(2025, 3, 20)) == 2
    assert facts.overdue_reviews(date(2025, 3, 20)) == 1
    assert not facts.is_overdue(date(2025, 3, 1)) and facts.is_overdue(date(2025, 3, 2))


def test_the_store_lists_the_facts_and_keeps_them_up_to_date(tmp_path: Path) -> None:
    record = build_demo(TODAY)
    with Store.create(tmp_path / "data", TEST_PASSPHRASE, FAST) as store:
        store.add_record(record)
        [row] = store.list_clients()
        assert row.facts == caseload_facts(record.current_map)
        assert row.facts is not None and row.facts.open_goals == 2
        done = record.current_map.goals[0].model_copy(update={"status": GoalStatus.ACHIEVED})
        changed = ops.rebuild(record.current_map, goals=(done, record.current_map.goals[1]),
                              updated_at=datetime(2025, 3, 4, 9, 30, tzinfo=UTC))
        store.save_map(changed)
        [row] = store.list_clients()
        assert row.facts is not None and row.facts.open_goals == 1
        assert row.facts.updated_at == datetime(2025, 3, 4, 9, 30, tzinfo=UTC)
        assert row.facts.next_review == TODAY + timedelta(weeks=6)  # the follow-up


def test_summaries_written_before_the_facts_are_worked_out_from_the_map(tmp_path: Path) -> None:
    record = build_demo(TODAY)
    with Store.create(tmp_path / "data", TEST_PASSPHRASE, FAST) as store:
        store.add_record(record)
        conn, cipher = store._open_parts()
        network = record.current_map
        old = codec.MapSummary(label=network.label, date=network.date)  # no facts, as before
        blob = codec._seal(cipher, old, codec.context("maps", "summary", network.id))
        conn.execute("UPDATE maps SET summary = ? WHERE id = ?", (blob, str(network.id)))
        assert codec.open_summary(cipher, str(network.id), blob).facts is None
        [row] = store.list_clients()
        assert row.facts == caseload_facts(network)
        assert [v.label for v in store.list_versions(record.client.id)] == ["baseline"]


def test_the_store_lists_clients_without_importing_networkx() -> None:
    code = ("import sys, netbuilder.store.db, netbuilder.store.queries; "
            "print('networkx' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
