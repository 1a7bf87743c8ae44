"""Clients and map versions in the store: add, read, save, versions, archive, find."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from uuid import UUID

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from netbuilder.model import Client, ClientRecord, NetworkMap, Node, NodeKind, ops
from netbuilder.store import KdfParams, NotFound, Store, StoreError, VersionInfo
from tests.conftest import TEST_PASSPHRASE

FAST = KdfParams(n=2**12, r=8, p=1)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.create(tmp_path / "data", TEST_PASSPHRASE, FAST) as s:
        yield s


def record(name: str = "Robin Example", client_id: UUID | None = None) -> ClientRecord:
    client = (
        Client(display_name=name) if client_id is None else Client(id=client_id, display_name=name)
    )
    network = NetworkMap(client_id=client.id, date=date(2025, 1, 10))
    return ClientRecord(client=client, maps=(network,), current_map_id=network.id)


def review(network: NetworkMap, label: str, on: date) -> NetworkMap:
    return ops.start_review(network, label, on)


def reopen(store: Store) -> Store:
    store.close()
    return Store.open(store.folder, TEST_PASSPHRASE)


def test_a_record_comes_back_whole(store: Store, demo_record: ClientRecord) -> None:
    store.add_record(demo_record)
    store = reopen(store)
    assert store.get_record(demo_record.client.id) == demo_record
    assert store.get_client(demo_record.client.id) == demo_record.client
    assert store.current_map(demo_record.client.id) == demo_record.current_map
    assert store.get_map(demo_record.current_map_id) == demo_record.current_map
    store.close()


def test_add_record_refuses_a_client_already_stored(store: Store) -> None:
    first = record("First")
    store.add_record(first)
    with pytest.raises(StoreError, match="already stored") as caught:
        store.add_record(first)
    assert "First" not in str(caught.value)


def test_a_record_with_several_versions_is_added_at_once(store: Store) -> None:
    base = record()
    later = review(base.maps[0], "six months", date(2025, 7, 1))
    full = ClientRecord(
        client=base.client, maps=(*base.maps, later), current_map_id=base.maps[0].id
    )
    store.add_record(full)
    assert store.get_record(base.client.id) == full
    assert [v.is_current for v in store.list_versions(base.client.id)] == [True, False]


def test_unknown_ids_raise_not_found(store: Store) -> None:
    missing = UUID(int=7)
    for call in (store.get_client, store.get_record, store.list_versions, store.current_map):
        with pytest.raises(NotFound, match=str(missing)):
            call(missing)
    with pytest.raises(NotFound):
        store.get_map(missing)
    with pytest.raises(NotFound):
        store.set_archived(missing, True)
    with pytest.raises(NotFound):
        store.save_client(Client(id=missing, display_name="Nobody"))


def test_save_client_replaces_the_stored_client(store: Store) -> None:
    original = record()
    store.add_record(original)
    renamed = ops.rebuild(original.client, display_name="Robin Renamed", local_ref="AB-12")
    store.save_client(renamed)
    store = reopen(store)
    assert store.get_client(original.client.id) == renamed
    assert store.list_clients()[0].client.display_name == "Robin Renamed"
    store.close()


def test_save_map_updates_the_version_in_place(store: Store) -> None:
    rec = record()
    store.add_record(rec)
    node = Node(id="gym", kind=NodeKind.PLACE, label="Gym", category="leisure")
    edited = ops.set_what_matters(ops.add_node(rec.maps[0], node), "Getting fitter")
    store.save_map(edited)
    store = reopen(store)
    assert store.current_map(rec.client.id) == edited
    assert len(store.list_versions(rec.client.id)) == 1
    store.close()


def test_save_map_of_a_new_version_adds_it_without_making_it_current(store: Store) -> None:
    rec = record()
    store.add_record(rec)
    later = review(rec.maps[0], "review", date(2025, 3, 1))
    store.save_map(later)
    versions = store.list_versions(rec.client.id)
    assert [(v.id, v.is_current) for v in versions] == [(rec.maps[0].id, True), (later.id, False)]


def test_save_map_refuses_a_map_of_another_client_or_an_unknown_client(store: Store) -> None:
    a, b = record("A"), record("B")
    store.add_record(a)
    store.add_record(b)
    stolen = ops.rebuild(a.maps[0], client_id=b.client.id)
    with pytest.raises(StoreError, match="another client"):
        store.save_map(stolen)
    orphan = NetworkMap(client_id=UUID(int=9), date=date(2025, 1, 1))
    with pytest.raises(NotFound):
        store.save_map(orphan)
    assert store.get_map(a.maps[0].id) == a.maps[0]


def test_versions_are_listed_by_date_then_by_when_they_were_added(store: Store) -> None:
    rec = record()
    store.add_record(rec)
    base = rec.maps[0]
    june_a = review(base, "June A", date(2025, 6, 1))
    june_b = review(base, "June B", date(2025, 6, 1))
    march = review(base, "March", date(2025, 3, 1))
    for network in (june_a, june_b, march):
        store.add_version(network, make_current=network is june_a)
    expected = [
        VersionInfo(base.id, "baseline", date(2025, 1, 10), False),
        VersionInfo(march.id, "March", date(2025, 3, 1), False),
        VersionInfo(june_a.id, "June A", date(2025, 6, 1), True),
        VersionInfo(june_b.id, "June B", date(2025, 6, 1), False),
    ]
    assert store.list_versions(rec.client.id) == expected
    assert [m.id for m in store.get_record(rec.client.id).maps] == [v.id for v in expected]


def test_add_version_makes_it_current_by_default(store: Store) -> None:
    rec = record()
    store.add_record(rec)
    later = review(rec.maps[0], "review", date(2025, 2, 1))
    store.add_version(later)
    assert store.current_map(rec.client.id) == later
    summary = store.list_clients()[0]
    assert (summary.current_map_id, summary.current_label, summary.n_versions) == (
        later.id,
        "review",
        2,
    )
    assert summary.current_date == date(2025, 2, 1)


def test_add_version_refuses_a_duplicate_or_an_unknown_client(store: Store) -> None:
    rec = record()
    store.add_record(rec)
    with pytest.raises(StoreError, match="already stored"):
        store.add_version(rec.maps[0])
    with pytest.raises(NotFound):
        store.add_version(NetworkMap(client_id=UUID(int=3), date=date(2025, 1, 1)))


def test_set_current_switches_and_refuses_another_clients_map(store: Store) -> None:
    a, b = record("A"), record("B")
    store.add_record(a)
    store.add_record(b)
    later = review(a.maps[0], "review", date(2025, 2, 1))
    store.add_version(later)
    store.set_current(a.client.id, a.maps[0].id)
    assert store.current_map(a.client.id) == a.maps[0]
    with pytest.raises(NotFound, match="has no map version"):
        store.set_current(a.client.id, b.maps[0].id)
    with pytest.raises(NotFound):
        store.set_current(UUID(int=5), a.maps[0].id)
    assert store.current_map(a.client.id) == a.maps[0]


def test_archived_clients_leave_the_list_until_asked_for(store: Store) -> None:
    kept, gone = record("Kept"), record("Gone")
    store.add_record(kept)
    store.add_record(gone)
    store.set_archived(gone.client.id, True)
    assert [s.client.id for s in store.list_clients()] == [kept.client.id]
    everyone = store.list_clients(include_archived=True)
    assert [s.client.display_name for s in everyone] == ["Gone", "Kept"]
    assert store.get_client(gone.client.id).archived
    store.set_archived(gone.client.id, False)
    assert len(store.list_clients()) == 2


def test_list_clients_is_sorted_by_name_and_counts_versions(store: Store) -> None:
    for name in ("bea", "Ann", "Cal"):
        store.add_record(record(name))
    assert [s.client.display_name for s in store.list_clients()] == ["Ann", "bea", "Cal"]
    assert {s.n_versions for s in store.list_clients()} == {1}


def test_delete_client_erases_the_client_and_versions(store: Store) -> None:
    rec = record()
    store.add_record(rec)
    store.delete_client(rec.client.id)
    assert store.list_clients(include_archived=True) == []
    with pytest.raises(NotFound):
        store.get_map(rec.maps[0].id)
    with pytest.raises(NotFound):
        store.delete_client(rec.client.id)


FIXED_A = UUID("abcd1234-0000-4000-8000-000000000001")
FIXED_B = UUID("abcd5678-0000-4000-8000-000000000002")


@pytest.mark.parametrize(
    "ref", [str(FIXED_A), str(FIXED_A).upper(), FIXED_A.hex, "abcd1", " ABCD12 ", "abcd1234-00"]
)
def test_find_client_by_id_or_unique_prefix(store: Store, ref: str) -> None:
    store.add_record(record("A", FIXED_A))
    store.add_record(record("B", FIXED_B))
    assert store.find_client(ref).id == FIXED_A


def test_find_client_refuses_ambiguous_short_unknown_and_non_hex(store: Store) -> None:
    store.add_record(record("A", FIXED_A))
    store.add_record(record("B", FIXED_B))
    with pytest.raises(StoreError, match="ambiguous"):
        store.find_client("abcd")
    with pytest.raises(NotFound, match="at least 4"):
        store.find_client("abc")
    with pytest.raises(NotFound, match="at least 4"):
        store.find_client("Robin")
    with pytest.raises(NotFound, match="No client id starts with ffff"):
        store.find_client("ffff")
    with pytest.raises(NotFound):
        store.find_client(str(UUID(int=1)))


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    name=st.text(min_size=1, max_size=120),
    local_ref=st.text(max_size=40),
    label=st.text(min_size=1, max_size=80),
)
def test_any_valid_client_and_label_round_trip(
    store: Store, name: str, local_ref: str, label: str
) -> None:
    try:
        client = Client(display_name=name, local_ref=local_ref)
        network = NetworkMap(client_id=client.id, label=label, date=date(2025, 1, 1))
    except ValidationError:
        assume(False)
        raise
    store.add_record(ClientRecord(client=client, maps=(network,), current_map_id=network.id))
    assert store.get_client(client.id) == client
    assert store.list_versions(client.id)[0].label == network.label
    assert store.find_client(str(client.id)[:13]) == client
