"""Crash injection, small: the real window edits, reviews, changes the passphrase, exports
and backs up in child processes that are SIGKILLed at random points; after each kill
nothing acknowledged is lost, the file is sound and the app opens it. ``make reliability``
runs the same harness with 200 kills. The checker itself is tested on planted faults, so
that a harness that saw nothing wrong would be noticed."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from uuid import UUID

import pytest

from netbuilder.model import ClientRecord, ops
from netbuilder.store.db import Store
from netbuilder.store.formats.atomic import atomic_write_bytes
from reliability import crash
from reliability.crash import PASSPHRASES, Expected, Figures, map_digest
from reliability.crash_checks import check_after_kill, set_up

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL and fork are POSIX")


def test_killed_children_lose_no_acknowledged_edit(tmp_path: Path) -> None:
    figures = crash.run(kills=6, seed=6, work=tmp_path)
    assert figures.problems == []
    assert figures.kills == 6 and figures.failures == 0
    assert figures.lost == 0 and figures.integrity_failures == 0
    assert figures.acked_edits > 0 and figures.export_targets_checked > 0
    assert figures.app_opens >= 1  # at least the final open, which closes normally
    assert not list(tmp_path.rglob(".nb-*.tmp"))


@pytest.fixture
def harness(tmp_path: Path) -> tuple[Path, UUID, Expected]:
    client_id, expected = set_up(tmp_path)
    return tmp_path, client_id, expected


def _edit_stored_map(work: Path, client_id: UUID, words: str) -> str:
    with Store.open(work / "data", PASSPHRASES[0]) as store:
        edited = ops.set_what_matters(store.current_map(client_id), words)
        store.save_map(edited)
    return map_digest(edited)


def test_the_checker_counts_an_acknowledged_edit_that_is_not_stored(
        harness: tuple[Path, UUID, Expected]) -> None:
    work, client_id, expected = harness
    figures = Figures()
    check_after_kill(work, client_id, expected, ["committed 1 " + "0" * 64], set(), figures)
    assert figures.lost == 1


def test_the_checker_accepts_the_edit_in_flight_and_no_other(
        harness: tuple[Path, UUID, Expected]) -> None:
    work, client_id, expected = harness
    in_flight = _edit_stored_map(work, client_id, "planted")
    figures = Figures()
    check_after_kill(work, client_id, expected, [f"begin 1 {in_flight}"], set(), figures)
    assert (figures.lost, figures.in_flight_found) == (0, 1)
    assert expected.digest == in_flight

    _edit_stored_map(work, client_id, "planted again")  # a change nobody started
    check_after_kill(work, client_id, expected, [], set(), figures)
    assert figures.lost == 1


def test_the_checker_refuses_a_torn_export_and_a_second_passphrase(
        harness: tuple[Path, UUID, Expected]) -> None:
    work, client_id, expected = harness
    crash.write_export("plan", work / "exports", _record(work, client_id))
    plan = work / "exports" / "plan.pdf"
    atomic_write_bytes(plan, plan.read_bytes()[: plan.stat().st_size // 2])
    figures = Figures()
    check_after_kill(work, client_id, expected, ["export-begin plan"], set(), figures)
    assert figures.export_failures == 1

    with Store.open(work / "data", PASSPHRASES[0]) as store:
        store.change_passphrase(PASSPHRASES[0], PASSPHRASES[1], kdf=crash.HARNESS_KDF)
    check_after_kill(work, client_id, expected, [], set(), figures)  # not acknowledged
    assert figures.passphrase_failures == 1


def test_the_checker_finds_a_stray_temporary_file(harness: tuple[Path, UUID, Expected]) -> None:
    work, client_id, expected = harness
    old = work / "exports" / ".nb-left.tmp"
    old.write_bytes(b"half")
    figures = Figures()
    # the child exported into the folder, so its clean-up should have removed the old one
    crash.write_export("json", work / "exports", _record(work, client_id))
    old.write_bytes(b"half")
    sha = hashlib.sha256((work / "exports" / "map.json").read_bytes()).hexdigest()
    check_after_kill(work, client_id, expected, [f"export json {sha}"], {old}, figures)
    assert figures.stray_temp_failures == 1


def _record(work: Path, client_id: UUID) -> ClientRecord:
    with Store.open(work / "data", PASSPHRASES[0]) as store:
        return store.get_record(client_id)
