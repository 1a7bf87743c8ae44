"""Permanent delete leaves no trace of the client in any file of the store.

The client's text is encrypted anyway, so the scan looks for what *would* be left of an
incomplete delete: the client's id and map ids (clear-text key columns) and the very
ciphertext of their payloads, read from the file before the delete.
"""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path
from uuid import UUID

import pytest

from netbuilder.model import (
    Client,
    ClientRecord,
    Goal,
    NetworkMap,
    Node,
    NodeKind,
    Referral,
    ops,
)
from netbuilder.store import DB_NAME, KdfParams, NotFound, Store
from tests.conftest import TEST_PASSPHRASE
from tests.helpers import encodings, found_in_files

FAST = KdfParams(n=2**12, r=8, p=1)

GONE = {
    "name": "Ottoline Wrexham-Pargeter",
    "ref": "OWP-441907",
    "node": "Cousin Bartholomew Quince",
    "place": "Throstlenest Community Garden",
    "goal": "Sing at the Llanfyllin eisteddfod",
    "service": "Gallowtree Befriending Circle",
}
KEPT = {
    "name": "Peregrine Ashcombe",
    "node": "Aunt Philippa Dunmore",
    "goal": "Walk the Kinderscout ridge",
}


def record(texts: dict[str, str], on: date) -> ClientRecord:
    client = Client(display_name=texts["name"], local_ref=texts.get("ref", ""))
    nodes = [Node(id="n1", kind=NodeKind.PERSON, label=texts["node"], category="family")]
    if "place" in texts:
        nodes.append(Node(id="n2", kind=NodeKind.PLACE, label=texts["place"], category="leisure"))
    referrals: tuple[Referral, ...] = ()
    if "service" in texts:
        referrals = (Referral(id="r1", service=texts["service"], date=on,
                              follow_up=on + timedelta(weeks=4)),)
    network = NetworkMap(
        client_id=client.id, date=on, nodes=tuple(nodes),
        goals=(Goal(id="g1", text=texts["goal"], review_date=on + timedelta(weeks=8)),),
        referrals=referrals,
    )
    return ClientRecord(client=client, maps=(network,), current_map_id=network.id)


def stored_blobs(folder: Path, client_id: UUID) -> dict[str, bytes]:
    """The client's ciphertext as it is in the file now (read through a second connection)."""
    conn = sqlite3.connect(folder / DB_NAME)
    try:
        blobs = {}
        row = conn.execute("SELECT payload FROM clients WHERE id = ?", (str(client_id),)).fetchone()
        blobs["client payload"] = bytes(row[0])
        for map_id, summary, payload in conn.execute(
                "SELECT id, summary, payload FROM maps WHERE client_id = ?", (str(client_id),)):
            blobs[f"map {map_id} summary"] = bytes(summary)
            blobs[f"map {map_id} payload"] = bytes(payload)
        return blobs
    finally:
        conn.close()


def needles_of(client_id: UUID, map_ids: list[UUID], blobs: dict[str, bytes]
               ) -> dict[str, bytes]:
    """Ids in the forms SQLite could hold them, and 24-byte pieces of each ciphertext
    (its start, middle and end): a half-overwritten payload is still found."""
    needles: dict[str, bytes] = {}
    for name, value in [("client id", client_id), *((f"map id {m}", m) for m in map_ids)]:
        for i, form in enumerate([*encodings(str(value)), value.bytes]):
            needles[f"{name} ({i})"] = form
    for name, blob in blobs.items():
        for where in (0, len(blob) // 2, len(blob) - 24):
            needles[f"{name} @{where}"] = blob[where:where + 24]
    for key, text in GONE.items():
        for i, form in enumerate(encodings(text)):
            needles[f"{key} text ({i})"] = form
    return needles


@pytest.fixture
def filled(tmp_path: Path) -> tuple[Store, ClientRecord, ClientRecord]:
    """A store with two clients, the one to delete with several saves and two versions,
    so the write-ahead log holds many frames with its ciphertext."""
    folder = tmp_path / "data"
    store = Store.create(folder, TEST_PASSPHRASE, FAST)
    on = date(2025, 3, 3)
    gone, kept = record(GONE, on), record(KEPT, on)
    store.add_record(gone)
    store.add_record(kept)
    network = gone.current_map
    for i in range(4):
        network = ops.set_what_matters(network, f"{GONE['goal']} ({i})")
        store.save_map(network)
    store.add_version(ops.start_review(network, "6-month review", on + timedelta(days=180)))
    return store, gone, kept


def test_the_scan_finds_the_client_before_the_delete(
        filled: tuple[Store, ClientRecord, ClientRecord]) -> None:
    store, gone, _ = filled
    folder = store.folder
    blobs = stored_blobs(folder, gone.client.id)
    map_ids = [v.id for v in store.list_versions(gone.client.id)]
    hits = found_in_files(folder, needles_of(gone.client.id, map_ids, blobs))
    assert any(h.startswith("client id") for h in hits)
    assert any("payload @" in h for h in hits)
    assert not any(" text " in h for h in hits)  # encrypted: no clear text, even before
    store.close()


def test_delete_leaves_no_id_and_no_ciphertext_in_any_file(
        filled: tuple[Store, ClientRecord, ClientRecord]) -> None:
    store, gone, kept = filled
    folder = store.folder
    blobs = stored_blobs(folder, gone.client.id)
    map_ids = [v.id for v in store.list_versions(gone.client.id)]
    assert len(map_ids) == 2 and len(blobs) == 5
    needles = needles_of(gone.client.id, map_ids, blobs)
    assert (folder / f"{DB_NAME}-wal").stat().st_size > 0

    store.delete_client(gone.client.id)

    assert found_in_files(folder, needles) == []  # while the store is still open
    assert (folder / f"{DB_NAME}-wal").stat().st_size == 0
    assert [s.client.id for s in store.list_clients(include_archived=True)] == [kept.client.id]
    with pytest.raises(NotFound):
        store.get_client(gone.client.id)
    for map_id in map_ids:
        with pytest.raises(NotFound):
            store.get_map(map_id)
    store.close()
    assert found_in_files(folder, needles) == []
    with Store.open(folder, TEST_PASSPHRASE) as again:  # the other client is whole
        assert again.get_client(kept.client.id).display_name == KEPT["name"]
        assert again.current_map(kept.client.id).goals[0].text == KEPT["goal"]
        assert [s.client.id for s in again.list_clients(True)] == [kept.client.id]
    assert found_in_files(folder, needles) == []


def test_an_archived_client_can_be_deleted_too(
        filled: tuple[Store, ClientRecord, ClientRecord]) -> None:
    store, gone, kept = filled
    store.set_archived(gone.client.id, True)
    blobs = stored_blobs(store.folder, gone.client.id)
    needles = needles_of(gone.client.id, [], blobs)
    store.delete_client(gone.client.id)
    assert found_in_files(store.folder, needles) == []
    assert [s.client.id for s in store.list_clients(True)] == [kept.client.id]
    store.close()


def test_deleting_an_unknown_client_changes_nothing(
        filled: tuple[Store, ClientRecord, ClientRecord]) -> None:
    store, gone, kept = filled
    with pytest.raises(NotFound):
        store.delete_client(UUID(int=7))
    assert {s.client.id for s in store.list_clients(True)} == {gone.client.id, kept.client.id}
    store.close()


def test_a_reader_holding_the_log_is_reported_and_the_client_is_still_deleted(
        filled: tuple[Store, ClientRecord, ClientRecord]) -> None:
    from netbuilder.store import StoreError

    store, gone, kept = filled
    reader = sqlite3.connect(store.folder / DB_NAME)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT COUNT(*) FROM clients").fetchone()  # a read snapshot stays open
        with pytest.raises(StoreError, match="another NetBuilder window"):
            store.delete_client(gone.client.id)
    finally:
        reader.close()
    assert [s.client.id for s in store.list_clients(True)] == [kept.client.id]
    store.close()
