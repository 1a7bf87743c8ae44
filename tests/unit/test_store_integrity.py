"""All-or-nothing edits, tamper detection, and the speed of the client list."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest

from netbuilder.model import Client, ClientRecord, NetworkMap, ops
from netbuilder.store import DB_NAME, KdfParams, Store, StoreCorrupt, StoreError, queries
from tests.conftest import TEST_PASSPHRASE

FAST = KdfParams(n=2**12, r=8, p=1)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.create(tmp_path / "data", TEST_PASSPHRASE, FAST) as s:
        yield s


def record(name: str = "Robin Example") -> ClientRecord:
    client = Client(display_name=name)
    network = NetworkMap(client_id=client.id, label=f"{name} map", date=date(2025, 1, 10))
    return ClientRecord(client=client, maps=(network,), current_map_id=network.id)


def raw_sql(folder: Path, sql: str, *params: object) -> None:
    with closing(sqlite3.connect(folder / DB_NAME)) as conn:
        conn.execute(sql, params)
        conn.commit()


# one transaction per edit -------------------------------------------------------


def test_add_record_is_all_or_nothing(store: Store) -> None:
    first = record("First")
    store.add_record(first)
    second = record("Second")
    clash = ops.rebuild(first.maps[0], client_id=second.client.id)  # same map id as First's
    bad = ClientRecord(client=second.client, maps=(second.maps[0], clash), current_map_id=clash.id)
    with pytest.raises(StoreError, match="already stored"):
        store.add_record(bad)
    assert [s.client.id for s in store.list_clients()] == [first.client.id]
    with pytest.raises(StoreError):
        store.get_map(second.maps[0].id)


def test_a_failure_after_the_first_write_rolls_the_edit_back(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    rec = record()
    store.add_record(rec)
    later = ops.start_review(rec.maps[0], "review", date(2025, 2, 1))

    def fail(*_: object) -> None:
        raise RuntimeError("disk unplugged")

    monkeypatch.setattr(queries, "set_current", fail)
    with pytest.raises(RuntimeError):
        store.add_version(later)  # the map row was inserted before set_current failed
    monkeypatch.undo()
    assert len(store.list_versions(rec.client.id)) == 1
    store.add_version(later)  # the store is still usable: no transaction left open
    assert store.current_map(rec.client.id) == later


def test_a_failing_save_leaves_the_previous_content(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    rec = record()
    store.add_record(rec)
    edited = ops.set_what_matters(rec.maps[0], "something new")

    def update_then_fail(*args: object) -> None:
        original(*args)  # type: ignore[arg-type]
        raise OSError("power cut")

    original = queries.update_map
    monkeypatch.setattr(queries, "update_map", update_then_fail)
    with pytest.raises(OSError, match="power cut"):
        store.save_map(edited)
    assert store.get_map(rec.maps[0].id) == rec.maps[0]


# tamper detection ---------------------------------------------------------------


def _closed_with_two_clients(store: Store) -> tuple[Path, ClientRecord, ClientRecord]:
    a, b = record("Alice Tamper"), record("Bob Tamper")
    store.add_record(a)
    store.add_record(b)
    store.close()
    return store.folder, a, b


def test_a_client_payload_copied_into_another_row_is_detected(store: Store) -> None:
    folder, a, b = _closed_with_two_clients(store)
    raw_sql(
        folder,
        "UPDATE clients SET payload = (SELECT payload FROM clients WHERE id = ?) WHERE id = ?",
        str(a.client.id),
        str(b.client.id),
    )
    with Store.open(folder, TEST_PASSPHRASE) as reopened:
        assert reopened.get_client(a.client.id) == a.client
        with pytest.raises(StoreCorrupt, match="integrity check") as caught:
            reopened.get_client(b.client.id)
        with pytest.raises(StoreCorrupt):
            reopened.list_clients()
    assert "Tamper" not in str(caught.value)


def test_a_map_payload_copied_into_another_row_is_detected(store: Store) -> None:
    folder, a, b = _closed_with_two_clients(store)
    raw_sql(
        folder,
        "UPDATE maps SET payload = (SELECT payload FROM maps WHERE id = ?) WHERE id = ?",
        str(a.maps[0].id),
        str(b.maps[0].id),
    )
    with Store.open(folder, TEST_PASSPHRASE) as reopened, pytest.raises(StoreCorrupt):
        reopened.get_map(b.maps[0].id)


def test_a_summary_moved_into_the_payload_column_is_detected(store: Store) -> None:
    folder, a, _ = _closed_with_two_clients(store)
    raw_sql(folder, "UPDATE maps SET payload = summary WHERE id = ?", str(a.maps[0].id))
    with Store.open(folder, TEST_PASSPHRASE) as reopened, pytest.raises(StoreCorrupt):
        reopened.get_map(a.maps[0].id)


def test_a_map_moved_to_another_client_in_the_clear_column_is_detected(store: Store) -> None:
    folder, a, b = _closed_with_two_clients(store)
    raw_sql(
        folder, "UPDATE maps SET client_id = ? WHERE id = ?", str(b.client.id), str(a.maps[0].id)
    )
    with Store.open(folder, TEST_PASSPHRASE) as reopened, pytest.raises(StoreCorrupt):
        reopened.get_record(b.client.id)


def test_a_flipped_byte_in_a_payload_is_detected(store: Store) -> None:
    folder, a, _ = _closed_with_two_clients(store)
    with closing(sqlite3.connect(folder / DB_NAME)) as conn:
        query = "SELECT payload FROM clients WHERE id = ?"
        payload = bytearray(conn.execute(query, (str(a.client.id),)).fetchone()[0])
    payload[20] ^= 0x80
    raw_sql(folder, "UPDATE clients SET payload = ? WHERE id = ?", bytes(payload), str(a.client.id))
    with Store.open(folder, TEST_PASSPHRASE) as reopened, pytest.raises(StoreCorrupt):
        reopened.get_client(a.client.id)


def test_tampered_key_settings_read_as_a_wrong_passphrase(store: Store) -> None:
    folder, _, _ = _closed_with_two_clients(store)
    raw_sql(folder, "UPDATE keyring SET n = 2048")
    with pytest.raises(StoreError, match="passphrase is not right"):
        Store.open(folder, TEST_PASSPHRASE)


def test_absurd_key_settings_are_refused_before_any_work(store: Store) -> None:
    folder, _, _ = _closed_with_two_clients(store)
    raw_sql(folder, "UPDATE keyring SET n = 1099511627776")
    with pytest.raises(StoreCorrupt, match="out of range"):
        Store.open(folder, TEST_PASSPHRASE)


# speed ---------------------------------------------------------------------------


def test_listing_a_thousand_clients(store: Store) -> None:
    # its speed is measured in benchmarks/bench_core.py, not here
    conn, cipher = store._open_parts()
    with conn:  # bulk setup in one transaction; the store's own edits are tested above
        conn.execute("BEGIN")
        for i in range(1000):
            rec = record(f"Client {i:04d}")
            queries.insert_client(conn, cipher, rec.client, rec.current_map_id)
            queries.insert_map(conn, cipher, rec.maps[0])
    summaries = store.list_clients()
    assert len(summaries) == 1000
    assert summaries[0].current_label == "Client 0000 map"


def test_a_text_value_in_a_payload_column_is_reported_as_damage(store: Store) -> None:
    folder, a, b = _closed_with_two_clients(store)
    raw_sql(folder, "UPDATE clients SET payload = 'plain text' WHERE id = ?", str(a.client.id))
    raw_sql(folder, "UPDATE clients SET payload = x'80ff' || 'x' WHERE id = ?", str(b.client.id))
    with Store.open(folder, TEST_PASSPHRASE) as reopened:
        for client_id in (a.client.id, b.client.id):
            with pytest.raises(StoreCorrupt, match="damaged"):
                reopened.get_client(client_id)
