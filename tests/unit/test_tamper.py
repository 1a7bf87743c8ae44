"""An altered or damaged store file never gives silently wrong data.

The thousand-flip series run the harness in ``reliability/tamper.py``; the other tests
change one clear column or one structural byte on purpose and check the refusal.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from netbuilder.model import ClientRecord
from netbuilder.store import DB_NAME, Store, StoreCorrupt, codec
from netbuilder.store import migrations as mig
from reliability import tamper

BAD_OUTCOMES = ("wrong", "bad_message", "crashed", "hung")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A closed store holding ``tamper.sample_records()`` and the directory."""
    tamper.build_original(tmp_path / "data")
    return tmp_path / "data"


@pytest.fixture
def saved(tmp_path: Path) -> Iterator[tuple[Path, list[ClientRecord]]]:
    records = tamper.sample_records()
    with Store.create(tmp_path / "data", tamper.PASSPHRASE, tamper.CHEAP_KDF) as store:
        for record in records:
            store.add_record(record)
    yield tmp_path / "data", records


def raw(folder: Path, sql: str, *params: object) -> None:
    """Change the closed file behind the store's back, as an editor or a bad disk could."""
    with closing(sqlite3.connect(folder / DB_NAME)) as conn:
        conn.execute("PRAGMA ignore_check_constraints = ON")
        conn.execute(sql, params)
        conn.commit()


def reopen(folder: Path) -> Store:
    return Store.open(folder, tamper.PASSPHRASE)


def set_byte(folder: Path, position: int, value: int) -> None:
    path = folder / DB_NAME
    data = bytearray(path.read_bytes())
    data[position] = value
    path.write_bytes(bytes(data))


def page_of(folder: Path, table: str) -> tuple[int, int]:
    """(root page number, page size) of ``table``'s b-tree."""
    with closing(sqlite3.connect(folder / DB_NAME)) as conn:
        size = int(conn.execute("PRAGMA page_size").fetchone()[0])
        [page] = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?",
                              (table,)).fetchone()
    return int(page), size


# a thousand flips ------------------------------------------------------------------------


@pytest.mark.parametrize("target", ["file", "rows"])
def test_a_thousand_byte_flips_open_intact_or_are_refused(target: str) -> None:
    details: list[tuple[int, str, str]] = []
    counts = tamper.run_trials(1000, seed=2026, target=target, details=details)
    assert sum(counts.values()) == 1000
    assert {kind: counts[kind] for kind in BAD_OUTCOMES} == dict.fromkeys(BAD_OUTCOMES, 0), details
    assert counts["identical"] > 0 and counts["refused"] > 0  # both kinds of flip were made


def test_the_harness_tells_wrong_data_from_refusals(tmp_path: Path) -> None:
    original = tamper.build_original(tmp_path / "original")
    assert tamper.trial(original, tmp_path / "same", original.data)[0] == "identical"
    with reopen(tmp_path / "original") as store:
        store.set_archived(original.client_ids[0], True)
    changed = (tmp_path / "original" / DB_NAME).read_bytes()
    assert tamper.trial(original, tmp_path / "changed", changed) == (
        "wrong", "all clients, active clients, clients, records")
    header_gone = bytes(100) + original.data[100:]
    outcome, message = tamper.trial(original, tmp_path / "damaged", header_gone)
    assert outcome == "refused" and "damaged" in message


# the clear columns -------------------------------------------------------------------


def test_a_changed_archived_flag_is_refused_not_a_changed_caseload(
    saved: tuple[Path, list[ClientRecord]],
) -> None:
    folder, (active, archived) = saved
    raw(folder, "UPDATE clients SET archived = 1 WHERE id = ?", str(active.client.id))
    raw(folder, "UPDATE clients SET archived = 0 WHERE id = ?", str(archived.client.id))
    with reopen(folder) as store:
        for include_archived in (False, True):
            with pytest.raises(StoreCorrupt, match="archived flag does not match") as caught:
                store.list_clients(include_archived=include_archived)
            assert active.client.display_name not in str(caught.value)
        assert store.get_record(active.client.id) == active  # the payload is still right


def test_an_archived_flag_of_another_type_is_refused(
    saved: tuple[Path, list[ClientRecord]],
) -> None:
    folder, (active, _) = saved
    raw(folder, "UPDATE clients SET archived = x'00' WHERE id = ?", str(active.client.id))
    with pytest.raises(StoreCorrupt), reopen(folder) as store:
        store.list_clients()


def test_a_current_version_pointing_at_another_clients_map_is_refused(
    saved: tuple[Path, list[ClientRecord]],
) -> None:
    folder, (active, archived) = saved
    raw(folder, "UPDATE clients SET current_map_id = ? WHERE id = ?",
        str(archived.maps[0].id), str(active.client.id))
    with reopen(folder) as store:
        with pytest.raises(StoreCorrupt, match="current map version"):
            store.list_clients()
        with pytest.raises(StoreCorrupt, match="current map version"):
            store.current_map(active.client.id)
        with pytest.raises(StoreCorrupt, match="current map version"):
            store.list_versions(active.client.id)
        with pytest.raises(StoreCorrupt):
            store.get_record(active.client.id)


@pytest.mark.parametrize(("table", "column", "value"), [
    ("clients", "current_map_id", "00000000-0000-4000-8000-000000000000"),
    ("maps", "client_id", "00000000-0000-4000-8000-000000000000"),
])
def test_an_id_pointing_nowhere_is_refused_when_the_store_opens(
    saved: tuple[Path, list[ClientRecord]], table: str, column: str, value: str,
) -> None:
    folder, (active, _) = saved
    row_id = active.client.id if table == "clients" else active.maps[1].id
    raw(folder, f"UPDATE {table} SET {column} = ? WHERE id = ?", value, str(row_id))
    with pytest.raises(StoreCorrupt, match="integrity check"):
        reopen(folder)


def test_swapped_order_numbers_of_two_versions_of_one_date_are_refused(
    saved: tuple[Path, list[ClientRecord]],
) -> None:
    folder, (active, _) = saved
    first, same_day = active.maps[0], active.maps[1]
    assert first.date == same_day.date
    with reopen(folder) as store:
        assert [v.id for v in store.list_versions(active.client.id)] == [
            m.id for m in active.maps]
    raw(folder, "UPDATE maps SET seq = 3 - seq WHERE id IN (?, ?)",  # 1 and 2, swapped
        str(first.id), str(same_day.id))
    with reopen(folder) as store:
        with pytest.raises(StoreCorrupt, match="out of its place"):
            store.list_versions(active.client.id)
        with pytest.raises(StoreCorrupt, match="out of its place"):
            store.get_record(active.client.id)


# the file's structure ------------------------------------------------------------------


def test_a_row_lost_from_its_page_is_refused_when_the_store_opens(folder: Path) -> None:
    page, size = page_of(folder, "services")
    cell_count = (page - 1) * size + 3  # in the page header: two bytes, big-endian
    data = (folder / DB_NAME).read_bytes()
    assert data[cell_count: cell_count + 2] == b"\x00\x02"  # the two sample services
    set_byte(folder, cell_count + 1, 1)
    with pytest.raises(StoreCorrupt, match="integrity check"):
        reopen(folder)


def test_schema_text_that_is_not_utf8_is_reported_as_damage(folder: Path) -> None:
    data = (folder / DB_NAME).read_bytes()
    # "NOT N\x99LL": a syntax error whose message (quoting the bad token) is not UTF-8
    set_byte(folder, data.index(b"salt BLOB NOT NULL") + len(b"salt BLOB NOT N"), 0x99)
    with pytest.raises(StoreCorrupt, match="damaged"):
        reopen(folder)


def test_a_profile_moved_off_its_row_is_refused(folder: Path) -> None:
    raw(folder, "UPDATE profile SET id = 2")
    with pytest.raises(StoreCorrupt, match="integrity check"):
        reopen(folder)


# data version 3 ------------------------------------------------------------------------


def test_older_summaries_get_their_order_sealed_when_the_store_opens(
    saved: tuple[Path, list[ClientRecord]],
) -> None:
    folder, (active, _) = saved
    with reopen(folder) as store:  # write the summaries as before data version 3
        conn, cipher = store._open_parts()
        for map_id, seq, blob in conn.execute("SELECT id, seq, summary FROM maps").fetchall():
            old = codec.open_summary(cipher, map_id, blob, seq)
            assert old.seq == seq
            unsealed = codec._seal(cipher, old.model_copy(update={"seq": None}),
                                   codec.context("maps", "summary", map_id))
            conn.execute("UPDATE maps SET summary = ? WHERE id = ?", (unsealed, map_id))
        conn.execute("UPDATE schema_version SET version = 2")
    with reopen(folder) as store:
        assert [v.id for v in store.list_versions(active.client.id)] == [
            m.id for m in active.maps]
    with closing(sqlite3.connect(folder / DB_NAME)) as conn:
        assert mig.read_version(conn) == mig.latest() == 3
    raw(folder, "UPDATE maps SET seq = seq + 1000 WHERE id = ?", str(active.maps[0].id))
    with reopen(folder) as store, pytest.raises(StoreCorrupt, match="out of its place"):
        store.list_versions(active.client.id)
