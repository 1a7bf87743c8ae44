"""Forward migrations, one transaction each, and refusal of a store from a newer app."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest

from netbuilder.model import Client, ClientRecord, NetworkMap
from netbuilder.store import DB_NAME, KdfParams, Store, StoreTooNew, WrongPassphrase, codec
from netbuilder.store import migrations as mig
from netbuilder.store.crypto import Cipher
from tests.conftest import TEST_PASSPHRASE

FAST = KdfParams(n=2**12, r=8, p=1)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def version_in(folder: Path) -> int:
    with closing(sqlite3.connect(folder / DB_NAME)) as conn:
        return mig.read_version(conn)


def tables_in(folder: Path) -> set[str]:
    with closing(sqlite3.connect(folder / DB_NAME)) as conn:
        rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    return {r[0] for r in rows}


@pytest.fixture
def v1_folder(tmp_path: Path) -> Path:
    """A store at the latest version holding one client (the tests add migrations to it)."""
    folder = tmp_path / "data"
    client = Client(display_name="Robin Example")
    network = NetworkMap(client_id=client.id, date=date(2025, 1, 10))
    with Store.create(folder, TEST_PASSPHRASE, FAST) as store:
        store.add_record(ClientRecord(client=client, maps=(network,), current_map_id=network.id))
    assert version_in(folder) == mig.latest()
    return folder


def add_practice_table(conn: sqlite3.Connection, cipher: Cipher) -> None:
    del cipher
    conn.execute("CREATE TABLE practice (id TEXT PRIMARY KEY, payload BLOB NOT NULL)")


def reseal_clients(conn: sqlite3.Connection, cipher: Cipher) -> None:
    """A migration that needs the data key: re-encrypt every client payload."""
    for row_id, blob in conn.execute("SELECT id, payload FROM clients").fetchall():
        client = codec.open_client(cipher, row_id, blob)
        conn.execute(
            "UPDATE clients SET payload = ? WHERE id = ?",
            (codec.seal_client(cipher, client), row_id),
        )


def test_the_schema_version_is_the_number_of_migrations(tmp_path: Path) -> None:
    with Store.create(tmp_path / "data", TEST_PASSPHRASE, FAST):
        pass
    assert version_in(tmp_path / "data") == mig.latest() == len(mig.MIGRATIONS)
    assert {"schema_version", "keyring", "clients", "maps"} <= tables_in(tmp_path / "data")


def test_an_older_store_is_migrated_forward_once(
    v1_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []

    def counted_reseal(conn: sqlite3.Connection, cipher: Cipher) -> None:
        calls.append("reseal")
        reseal_clients(conn, cipher)

    before = snapshot(v1_folder)[DB_NAME]
    base = mig.latest()
    monkeypatch.setattr(mig, "MIGRATIONS", [*mig.MIGRATIONS, add_practice_table, counted_reseal])
    with Store.open(v1_folder, TEST_PASSPHRASE) as store:
        assert [s.client.display_name for s in store.list_clients()] == ["Robin Example"]
    assert version_in(v1_folder) == base + 2
    assert "practice" in tables_in(v1_folder)
    assert snapshot(v1_folder)[DB_NAME] != before
    with Store.open(v1_folder, TEST_PASSPHRASE):
        pass
    assert calls == ["reseal"]


def test_a_failing_migration_is_rolled_back_and_keeps_the_older_version(
    v1_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(conn: sqlite3.Connection, cipher: Cipher) -> None:
        add_practice_table(conn, cipher)
        raise RuntimeError("bug in a migration")

    shipped = list(mig.MIGRATIONS)
    monkeypatch.setattr(mig, "MIGRATIONS", [*shipped, broken])
    with pytest.raises(RuntimeError, match="bug in a migration"):
        Store.open(v1_folder, TEST_PASSPHRASE)
    assert version_in(v1_folder) == len(shipped)
    assert "practice" not in tables_in(v1_folder)
    monkeypatch.setattr(mig, "MIGRATIONS", [*shipped, add_practice_table])
    with Store.open(v1_folder, TEST_PASSPHRASE):
        pass
    assert version_in(v1_folder) == len(shipped) + 1


def test_a_wrong_passphrase_does_not_migrate(
    v1_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = snapshot(v1_folder)
    monkeypatch.setattr(mig, "MIGRATIONS", [*mig.MIGRATIONS, add_practice_table])
    with pytest.raises(WrongPassphrase):
        Store.open(v1_folder, "the wrong passphrase")
    assert snapshot(v1_folder) == before


def test_a_store_from_a_newer_app_is_refused_and_left_untouched(v1_folder: Path) -> None:
    with closing(sqlite3.connect(v1_folder / DB_NAME)) as conn:
        conn.execute("UPDATE schema_version SET version = 7")
        conn.commit()
    before = snapshot(v1_folder)
    assert Store.exists(v1_folder)
    too_new = rf"newer NetBuilder \(data version 7; .* up to {mig.latest()}\)"
    with pytest.raises(StoreTooNew, match=too_new):
        Store.open(v1_folder, TEST_PASSPHRASE)
    with pytest.raises(StoreTooNew):
        Store.open_or_create(v1_folder, TEST_PASSPHRASE, FAST)
    assert snapshot(v1_folder) == before
    assert version_in(v1_folder) == 7
