"""The store's life cycle: create, open, passphrases, files and their permissions."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from netbuilder.model import ClientRecord
from netbuilder.store import (
    DB_NAME,
    KdfParams,
    NotFound,
    Store,
    StoreCorrupt,
    StoreError,
    WeakPassphrase,
    WrongPassphrase,
    default_data_dir,
)
from tests.conftest import TEST_PASSPHRASE

FAST = KdfParams(n=2**12, r=8, p=1)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(folder: Path) -> Iterator[Store]:
    with Store.create(folder, TEST_PASSPHRASE, FAST) as s:
        yield s


def test_default_data_dir_follows_the_environment(data_dir: Path) -> None:
    assert default_data_dir() == data_dir


def test_default_data_dir_without_override_is_the_user_data_folder(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("NETBUILDER_DATA_DIR", raising=False)
    assert "NetBuilder" in default_data_dir().parts[-1]


def test_a_new_folder_has_no_store(folder: Path) -> None:
    assert not Store.exists(folder)
    with pytest.raises(NotFound, match="no NetBuilder store"):
        Store.open(folder, TEST_PASSPHRASE)


def test_create_then_reopen_gives_back_what_was_stored(
    folder: Path, demo_record: ClientRecord
) -> None:
    with Store.create(folder, TEST_PASSPHRASE, FAST) as store:
        store.add_record(demo_record)
        assert store.folder == folder
    assert Store.exists(folder)
    with Store.open(folder, TEST_PASSPHRASE) as store:
        assert store.get_record(demo_record.client.id) == demo_record


def test_create_refuses_a_folder_that_has_a_store(store: Store) -> None:
    with pytest.raises(StoreError, match="already holds NetBuilder data"):
        Store.create(store.folder, TEST_PASSPHRASE, FAST)


@pytest.mark.parametrize("passphrase", ["", "seven c"])
def test_create_refuses_a_short_passphrase_and_writes_nothing(
    folder: Path, passphrase: str
) -> None:
    with pytest.raises(WeakPassphrase, match="at least 8 characters"):
        Store.create(folder, passphrase, FAST)
    assert not folder.exists()


def test_wrong_passphrase_is_refused_and_changes_no_byte(
    folder: Path, demo_record: ClientRecord
) -> None:
    with Store.create(folder, TEST_PASSPHRASE, FAST) as store:
        store.add_record(demo_record)
    before = snapshot(folder)
    with pytest.raises(WrongPassphrase, match=r"^The passphrase is not right\.$"):
        Store.open(folder, "not the passphrase at all")
    assert snapshot(folder) == before
    with Store.open(folder, TEST_PASSPHRASE) as store:
        assert store.get_client(demo_record.client.id) == demo_record.client


def test_open_or_create_creates_once_then_opens(folder: Path) -> None:
    with Store.open_or_create(folder, TEST_PASSPHRASE, FAST) as store:
        store.add_record(_small_record())
    with Store.open_or_create(folder, TEST_PASSPHRASE, FAST) as store:
        assert len(store.list_clients()) == 1
    with pytest.raises(WrongPassphrase):
        Store.open_or_create(folder, "another passphrase", FAST)


def test_an_empty_file_left_by_a_failed_creation_does_not_count(folder: Path) -> None:
    folder.mkdir()
    (folder / DB_NAME).touch()
    assert not Store.exists(folder)
    with Store.open_or_create(folder, TEST_PASSPHRASE, FAST) as store:
        assert store.list_clients() == []


def test_a_file_that_is_not_a_store_is_reported_and_left_alone(folder: Path) -> None:
    folder.mkdir()
    (folder / DB_NAME).write_bytes(b"this is not SQLite at all, " * 100)
    before = snapshot(folder)
    assert Store.exists(folder)
    with pytest.raises(StoreCorrupt, match="not a NetBuilder store"):
        Store.open(folder, TEST_PASSPHRASE)
    with pytest.raises(StoreError):
        Store.create(folder, TEST_PASSPHRASE, FAST)
    assert snapshot(folder) == before


def test_folder_is_0700_and_every_file_0600_even_with_a_lax_umask(folder: Path) -> None:
    old = os.umask(0o000)
    try:
        with Store.create(folder, TEST_PASSPHRASE, FAST) as store:
            store.add_record(_small_record())
            files = list(folder.iterdir())
            assert {p.name for p in files} >= {DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm"}
            assert mode(folder) == 0o700
            assert {p.name: mode(p) for p in files} == {p.name: 0o600 for p in files}
    finally:
        os.umask(old)


def test_open_tightens_loosened_permissions(store: Store) -> None:
    folder = store.folder
    store.close()
    folder.chmod(0o755)
    (folder / DB_NAME).chmod(0o644)
    with Store.open(folder, TEST_PASSPHRASE):
        assert mode(folder) == 0o700
        assert all(mode(p) == 0o600 for p in folder.iterdir())


def test_pragmas_are_set(store: Store) -> None:
    conn = store._conn
    assert conn is not None
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1


def test_a_closed_store_refuses_work(store: Store) -> None:
    store.close()
    store.close()  # closing twice is harmless
    assert not store.is_open
    with pytest.raises(StoreError, match="closed"):
        store.list_clients()


def test_change_passphrase_rewraps_the_key(store: Store) -> None:
    record = _small_record()
    store.add_record(record)
    with pytest.raises(WrongPassphrase):
        store.change_passphrase("not the current one", "a brand new passphrase", FAST)
    store.change_passphrase(TEST_PASSPHRASE, "a brand new passphrase", FAST)
    folder = store.folder
    store.close()
    with pytest.raises(WrongPassphrase):
        Store.open(folder, TEST_PASSPHRASE)
    with Store.open(folder, "a brand new passphrase") as reopened:
        assert reopened.get_client(record.client.id) == record.client


def test_change_passphrase_refuses_a_short_one(store: Store) -> None:
    with pytest.raises(WeakPassphrase):
        store.change_passphrase(TEST_PASSPHRASE, "short", FAST)


def _small_record() -> ClientRecord:
    from datetime import date

    from netbuilder.model import Client, NetworkMap

    client = Client(display_name="Robin Example")
    network = NetworkMap(client_id=client.id, date=date(2025, 1, 10))
    return ClientRecord(client=client, maps=(network,), current_map_id=network.id)


def test_another_sqlite_database_is_not_taken_for_a_store(folder: Path) -> None:
    import sqlite3
    from contextlib import closing

    folder.mkdir()
    with closing(sqlite3.connect(folder / DB_NAME)) as conn:
        conn.execute("CREATE TABLE something_else (x)")
        conn.commit()
    before = snapshot(folder)
    assert Store.exists(folder)
    with pytest.raises(StoreCorrupt, match="not a NetBuilder store"):
        Store.open(folder, TEST_PASSPHRASE)
    with pytest.raises(StoreError, match="already"):
        Store.create(folder, TEST_PASSPHRASE, FAST)
    assert snapshot(folder) == before
