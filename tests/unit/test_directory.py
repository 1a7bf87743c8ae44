"""The local services directory and the practitioner profile: models, store, migration, leaks."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest
from pydantic import ValidationError

from netbuilder.model import Client, ClientRecord, NetworkMap, NodeKind, Profession, Referral, ops
from netbuilder.model.directory import (
    MAX_SERVICES,
    PractitionerProfile,
    Service,
    find_service,
    suggested_kind,
    suggested_place_category,
)
from netbuilder.store import DB_NAME, KdfParams, NotFound, Store, StoreCorrupt, StoreError
from netbuilder.store import directory as store_directory
from netbuilder.store import migrations as mig
from tests.conftest import TEST_PASSPHRASE
from tests.helpers import texts_in_files

FAST = KdfParams(n=2**12, r=8, p=1)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.create(tmp_path / "data", TEST_PASSPHRASE, FAST) as s:
        yield s


def gym() -> Service:
    return Service(name="Gym on prescription", type="Leisure centre",
                   contact="01234 567890", address="Oakfield Leisure, Mill Lane",
                   notes="GP referral form; 12 weeks at half price")


# the models -------------------------------------------------------------------------


def test_a_service_strips_its_text_and_needs_a_name() -> None:
    s = Service(name="  Walking group  ", type=" Activity ")
    assert (s.name, s.type, s.contact) == ("Walking group", "Activity", "")
    with pytest.raises(ValidationError, match="name"):
        Service(name="   ")
    with pytest.raises(ValidationError):
        Service(name="x" * 201)
    with pytest.raises(ValidationError):
        Service(name="ok", notes="n" * 2001)
    with pytest.raises(ValidationError):
        Service(name="ok", phone="no such field")  # type: ignore[call-arg]


def test_a_service_is_frozen_and_strict() -> None:
    s = gym()
    with pytest.raises(ValidationError):
        s.name = "changed"  # type: ignore[misc]
    with pytest.raises(ValidationError):
        Service(name=42)  # type: ignore[arg-type]


def test_a_service_round_trips_through_json() -> None:
    s = gym()
    assert Service.model_validate_json(s.model_dump_json()) == s


def test_find_service_ignores_case_and_spacing() -> None:
    services = [gym(), Service(name="Debt advice")]
    assert find_service(services, "  gym ON   prescription") == services[0]
    assert find_service(services, "gym") is None
    assert find_service(services, "") is None


@pytest.mark.parametrize(("name", "kind", "category"), [
    ("Gym on prescription", NodeKind.PLACE, "leisure"),
    ("Tuesday walking group", NodeKind.ACTIVITY, "other"),
    ("St Mary's church", NodeKind.PLACE, "faith"),
    ("Citizens Advice", NodeKind.PLACE, "community"),
    ("Oak Street Surgery", NodeKind.PLACE, "health"),
    ("Something else", NodeKind.PLACE, "other"),
])
def test_what_a_service_suggests_for_the_map(name: str, kind: NodeKind, category: str) -> None:
    service = Service(name=name)
    assert suggested_kind(service) is kind
    assert suggested_place_category(service) == category


def test_the_profile_defaults_to_empty_and_caps_its_text() -> None:
    assert PractitionerProfile() == PractitionerProfile(name="", profession=None, team="")
    p = PractitionerProfile(name=" Dr A Khan ", profession=Profession.GP, team="Riverside")
    assert p.name == "Dr A Khan"
    assert PractitionerProfile.model_validate_json(p.model_dump_json()) == p
    with pytest.raises(ValidationError):
        PractitionerProfile(name="x" * 121)
    with pytest.raises(ValidationError):
        PractitionerProfile.model_validate_json('{"profession": "astronaut"}')


# the store ----------------------------------------------------------------------------


def test_services_are_added_listed_by_name_updated_and_deleted(store: Store) -> None:
    debt = Service(name="debt advice")
    store.add_service(gym())
    store.add_service(debt)
    assert [s.name for s in store.list_services()] == ["debt advice", "Gym on prescription"]

    renamed = debt.model_copy(update={"name": "Zest debt advice"})
    store.update_service(renamed)
    assert [s.name for s in store.list_services()] == ["Gym on prescription", "Zest debt advice"]

    store.delete_service(debt.id)
    assert [s.name for s in store.list_services()] == ["Gym on prescription"]
    with pytest.raises(NotFound):
        store.delete_service(debt.id)
    with pytest.raises(NotFound):
        store.update_service(debt)
    with pytest.raises(StoreError, match="already stored"):
        store.add_service(store.list_services()[0])


def test_services_and_profile_survive_reopening(store: Store) -> None:
    service = gym()
    store.add_service(service)
    store.save_profile(PractitionerProfile(name="Dr A Khan", profession=Profession.GP))
    folder = store.folder
    store.close()
    with Store.open(folder, TEST_PASSPHRASE) as again:
        assert again.list_services() == [service]
        assert again.get_profile().name == "Dr A Khan"
        assert again.get_profile().profession is Profession.GP


def test_the_profile_is_empty_until_saved_and_then_replaced(store: Store) -> None:
    assert store.get_profile() == PractitionerProfile()
    store.save_profile(PractitionerProfile(name="A"))
    store.save_profile(PractitionerProfile(name="B", team="Team"))
    assert store.get_profile() == PractitionerProfile(name="B", team="Team")
    with closing(sqlite3.connect(store.folder / DB_NAME)) as conn:
        assert conn.execute("SELECT COUNT(*) FROM profile").fetchone()[0] == 1


def test_a_service_payload_moved_to_another_row_does_not_open(store: Store) -> None:
    first, second = Service(name="First"), Service(name="Second")
    store.add_service(first)
    store.add_service(second)
    with closing(sqlite3.connect(store.folder / DB_NAME)) as conn:
        blob = conn.execute("SELECT payload FROM services WHERE id = ?",
                            (str(first.id),)).fetchone()[0]
        conn.execute("UPDATE services SET payload = ? WHERE id = ?", (blob, str(second.id)))
        conn.commit()
    with pytest.raises(StoreCorrupt):
        store.list_services()


def test_the_directory_has_a_cap(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store_directory, "MAX_SERVICES", 2)
    store.add_service(Service(name="a"))
    store.add_service(Service(name="b"))
    with pytest.raises(StoreError, match="at most 2"):
        store.add_service(Service(name="c"))
    assert MAX_SERVICES >= 1000


def test_a_closed_store_refuses_directory_calls(store: Store) -> None:
    store.close()
    with pytest.raises(StoreError, match="closed"):
        store.list_services()
    with pytest.raises(StoreError, match="closed"):
        store.get_profile()


# the migration ---------------------------------------------------------------------


def test_a_version_1_store_with_data_gains_the_directory_and_loses_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "data"
    client = Client(display_name="Robin Example", local_ref="R-1")
    network = NetworkMap(client_id=client.id, date=date(2025, 1, 10))
    network = ops.add_referral(
        network, Referral(id="r1", service="Library", date=date(2025, 1, 10)))
    record = ClientRecord(client=client, maps=(network,), current_map_id=network.id)
    with monkeypatch.context() as patch:
        patch.setattr(mig, "MIGRATIONS", mig.MIGRATIONS[:1])
        with Store.create(folder, TEST_PASSPHRASE, FAST) as old:
            old.add_record(record)
            review = ops.start_review(network, "6-month review", date(2025, 7, 1))
            old.add_version(review)
    with closing(sqlite3.connect(folder / DB_NAME)) as conn:
        assert mig.read_version(conn) == 1
        assert conn.execute("SELECT name FROM sqlite_master WHERE name = 'services'"
                            ).fetchone() is None

    with Store.open(folder, TEST_PASSPHRASE) as store:
        assert store.get_record(client.id).maps == (network, review)
        assert store.get_client(client.id) == client
        assert store.list_services() == []
        assert store.get_profile() == PractitionerProfile()
        store.add_service(gym())
        store.save_profile(PractitionerProfile(name="Dr A Khan"))
    with closing(sqlite3.connect(folder / DB_NAME)) as conn:
        assert mig.read_version(conn) == mig.latest() >= 2
    with Store.open(folder, TEST_PASSPHRASE) as store:
        assert [s.name for s in store.list_services()] == ["Gym on prescription"]
        assert store.get_profile().name == "Dr A Khan"
        assert store.current_map(client.id) == review


# nothing in the clear --------------------------------------------------------------

DIRECTORY_SECRETS = {
    "service": "Quillbrook Wellbeing Allotment Society",
    "type": "Horticultural therapy collective",
    "contact": "Ottoline Pemberton-Vasquez",
    "address": "17 Zanzibar Crescent, Little Whitterley",
    "notes": "Ask for the Marchbanks volunteer scheme",
    "profile_name": "Dr Persephone Algernon-Smythe",
    "team": "Fennimore Early Intervention Team",
}


def directory_leaks(folder: Path) -> list[str]:
    return texts_in_files(folder, DIRECTORY_SECRETS)


def test_the_scanner_would_find_a_service_in_the_clear(tmp_path: Path) -> None:
    (tmp_path / "plain.csv").write_bytes(DIRECTORY_SECRETS["address"].encode("utf-8"))
    assert directory_leaks(tmp_path) == ["address in plain.csv"]


def test_no_directory_or_profile_text_in_any_file(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    s = DIRECTORY_SECRETS
    store = Store.create(folder, TEST_PASSPHRASE, FAST)
    service = Service(name=s["service"], type=s["type"], contact=s["contact"],
                      address=s["address"], notes=s["notes"])
    store.add_service(service)
    for i in range(3):  # several writes, so the write-ahead log holds several frames
        store.update_service(service.model_copy(update={"notes": f"{s['notes']} ({i})"}))
        store.save_profile(PractitionerProfile(name=s["profile_name"], team=f"{s['team']} {i}"))
    store.add_service(Service(name=f"{s['service']} annexe", address=s["address"]))
    assert (folder / f"{DB_NAME}-wal").stat().st_size > 0
    assert directory_leaks(folder) == []
    store.close()
    assert directory_leaks(folder) == []
    with Store.open(folder, TEST_PASSPHRASE) as reopened:
        assert reopened.get_profile().name == s["profile_name"]
        assert directory_leaks(folder) == []


def test_csv_import_leaves_nothing_in_the_clear_in_the_store(tmp_path: Path) -> None:
    s = DIRECTORY_SECRETS
    source = tmp_path / "services.csv"
    source.write_text(f"name,address\n{s['service']},\"{s['address']}\"\n", encoding="utf-8")
    folder = tmp_path / "data"
    with Store.create(folder, TEST_PASSPHRASE, FAST) as store:
        assert store.import_services_csv(source).added == 1
        assert directory_leaks(folder) == []
    assert directory_leaks(folder) == []


def test_service_ids_are_random_and_the_only_clear_column(store: Store) -> None:
    service = gym()
    store.add_service(service)
    with closing(sqlite3.connect(store.folder / DB_NAME)) as conn:
        columns = [r[1] for r in conn.execute("PRAGMA table_info(services)")]
        row_id = conn.execute("SELECT id FROM services").fetchone()[0]
    assert columns == ["id", "payload"]
    assert uuid.UUID(row_id) == service.id
