"""Erasing a client from every backup: the right to erasure reaches the older copies too."""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from uuid import UUID

import pytest

from netbuilder.cli import main
from netbuilder.model import Client, ClientRecord, ops
from netbuilder.model.demo import build_demo
from netbuilder.store import Store
from netbuilder.store.backup import (
    ErasureIncomplete,
    create_backup,
    erase_client_from_backups,
    list_backups,
    restore_backup_file,
)
from netbuilder.store.backup_file import open_payload, split_backup
from tests.conftest import TEST_PASSPHRASE
from tests.helpers import traces_of
from tests.unit.backup_support import PASSPHRASE, QUICK_KDF, T0


@pytest.fixture
def shelf(tmp_path: Path) -> Path:
    """The backup folder."""
    return tmp_path / "backups"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.create(tmp_path / "data", PASSPHRASE, QUICK_KDF) as opened:
        yield opened


def robin_record() -> ClientRecord:
    record = build_demo()
    client = record.client.model_copy(update={"display_name": "Robin Example",
                                              "local_ref": "943 476 5919"})
    network = record.current_map.model_copy(update={"client_id": client.id})
    return ClientRecord(client=client, maps=(network,), current_map_id=network.id)


@pytest.fixture
def sam(store: Store) -> Client:
    record = build_demo()
    store.add_record(record)
    return record.client


@pytest.fixture
def robin(store: Store) -> Client:
    record = robin_record()
    store.add_record(record)
    return record.client



def image_of(store: Store, backup: Path) -> bytes:
    """The backup's database, decrypted with the store's key."""
    header, payload = split_backup(backup.read_bytes())
    return open_payload(header, payload, store._open_parts()[1])


def found(needles: dict[str, bytes], image: bytes) -> list[str]:
    return [name for name, needle in needles.items() if needle in image]


def three_backups(store: Store, sam: Client, shelf: Path) -> list[Path]:
    """Backups a day apart, Sam's map changed in between (kept: one a day)."""
    made = []
    for day in range(3):
        network = store.current_map(sam.id)
        store.save_map(ops.update_node(network, "mum", label=f"Mum {day}"))
        made.append(create_backup(store, shelf, now=T0 + timedelta(days=day)))
    return made


def clients_in(backup: Path, tmp_path: Path) -> list[UUID]:
    """The clients a backup holds, restored as after losing the live data."""
    folder = tmp_path / f"restored-{backup.stem}"
    restore_backup_file(folder, backup, PASSPHRASE)
    with Store.open(folder, PASSPHRASE) as restored:
        return [s.client.id for s in restored.list_clients(include_archived=True)]


def leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.startswith(".")]


def test_erasing_a_client_removes_them_from_every_backup(
        store: Store, sam: Client, robin: Client, shelf: Path, tmp_path: Path) -> None:
    needles = traces_of(store, robin)
    backups = three_backups(store, sam, shelf)
    before = {b.path.name: b.created for b in list_backups(shelf)}
    assert len(before) == 3
    for backup in backups:  # the scan finds them while they are there
        assert found(needles, image_of(store, backup)) == list(needles)

    store.delete_client(robin.id)
    assert erase_client_from_backups(store, shelf, robin.id) == 3

    assert {b.path.name: b.created for b in list_backups(shelf)} == before  # names, times
    for day, backup in enumerate(backups):
        image = image_of(store, backup)
        assert found(needles, image) == [], backup.name
        assert str(sam.id).encode() in image
        assert clients_in(backup, tmp_path) == [sam.id]
        with Store.open(tmp_path / f"restored-{backup.stem}", PASSPHRASE) as restored:
            assert restored.current_map(sam.id).node("mum").label == f"Mum {day}"
    assert leftovers(shelf) == []
    assert erase_client_from_backups(store, shelf, robin.id) == 0  # none holds them now


def test_backups_without_the_client_are_left_byte_for_byte(
        store: Store, sam: Client, shelf: Path, tmp_path: Path) -> None:
    older = three_backups(store, sam, shelf)[:2]
    robin = robin_record()
    store.add_record(robin)
    newest = create_backup(store, shelf, now=T0 + timedelta(days=3))
    untouched = {p: p.read_bytes() for p in older}
    store.delete_client(robin.client.id)
    assert erase_client_from_backups(store, shelf, robin.client.id) == 1
    assert {p: p.read_bytes() for p in older} == untouched
    assert clients_in(newest, tmp_path) == [sam.id]


def test_no_backup_folder_means_nothing_to_erase(store: Store, robin: Client,
                                                 tmp_path: Path) -> None:
    assert erase_client_from_backups(store, tmp_path / "none yet", robin.id) == 0


def test_a_backup_that_cannot_be_checked_is_reported_and_the_rest_are_erased(
        store: Store, sam: Client, robin: Client, shelf: Path, tmp_path: Path) -> None:
    damaged, *good = three_backups(store, sam, shelf)
    data = bytearray(damaged.read_bytes())
    data[-40] ^= 0x01
    damaged.write_bytes(bytes(data))
    with Store.create(tmp_path / "other", PASSPHRASE, QUICK_KDF) as other:
        other.add_record(build_demo())
        foreign = create_backup(other, shelf, now=T0 - timedelta(days=1), prune=False)
    kept = {damaged: damaged.read_bytes(), foreign: foreign.read_bytes()}

    store.delete_client(robin.id)
    with pytest.raises(ErasureIncomplete) as caught:
        erase_client_from_backups(store, shelf, robin.id)
    error = caught.value
    assert error.erased == 2 and set(error.unchecked) == {damaged, foreign}
    message = str(error)
    assert message.startswith("2 backups could not be checked for the deleted client")
    assert "\n" not in message and "Robin" not in message and str(shelf) not in message
    assert {p: p.read_bytes() for p in kept} == kept  # left for a person to look at
    for backup in good:
        assert clients_in(backup, tmp_path) == [sam.id]


class RenameFails:
    """``os.replace`` of a temporary file into ``folder`` raises on its ``nth`` call."""

    def __init__(self, folder: Path, nth: int) -> None:
        self.folder, self.nth, self.calls = str(folder), nth, 0
        self.real = os.replace

    def __call__(self, src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        if str(dst).startswith(self.folder):
            self.calls += 1
            if self.calls == self.nth:
                raise OSError(errno.EIO, os.strerror(errno.EIO))
        self.real(src, dst)


@pytest.mark.parametrize("nth", [1, 2, 3])
def test_a_failing_rename_leaves_that_backup_as_it_was(
        monkeypatch: pytest.MonkeyPatch, store: Store, sam: Client, robin: Client,
        shelf: Path, tmp_path: Path, nth: int) -> None:
    needles = traces_of(store, robin)
    backups = three_backups(store, sam, shelf)
    original = {p: p.read_bytes() for p in backups}
    store.delete_client(robin.id)
    fault = RenameFails(shelf, nth)
    monkeypatch.setattr(os, "replace", fault)
    with pytest.raises(ErasureIncomplete) as caught:
        erase_client_from_backups(store, shelf, robin.id)
    monkeypatch.undo()
    assert caught.value.erased == 2 and len(caught.value.unchecked) == 1
    (failed,) = caught.value.unchecked
    assert failed.read_bytes() == original[failed]  # the old file, whole
    assert "client id" in found(needles, image_of(store, failed))
    for backup in backups:
        if backup != failed:
            assert found(needles, image_of(store, backup)) == []
    assert leftovers(shelf) == []  # no temporary file left
    assert not any(b.damaged for b in list_backups(shelf))
    assert erase_client_from_backups(store, shelf, robin.id) == 1  # tried again: done
    assert clients_in(failed, tmp_path) == [sam.id]


def test_a_crash_leftover_temporary_copy_is_removed(store: Store, sam: Client, robin: Client,
                                                     shelf: Path) -> None:
    (backup,) = three_backups(store, sam, shelf)[-1:]
    leftover = shelf / ".nb-0123456789abcdef.tmp"  # as a killed backup write leaves it
    leftover.write_bytes(backup.read_bytes())
    store.delete_client(robin.id)
    assert erase_client_from_backups(store, shelf, robin.id) == 3
    assert not leftover.exists()


def test_the_cli_puts_the_safety_backup_of_a_restore_where_erasing_finds_it(
        data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    robin = robin_record()
    with Store.create(data_dir, TEST_PASSPHRASE, QUICK_KDF) as store:
        store.add_record(build_demo())
        usb = tmp_path / "usb stick"
        chosen = create_backup(store, usb, now=T0)  # before Robin
        store.add_record(robin)
    assert main(["restore", str(chosen), "--yes"]) == 0
    assert capsys.readouterr().out.endswith(f"backed up in {data_dir / 'backups'}\n")
    assert [b.path for b in list_backups(usb)] == [chosen]  # nothing new on the stick
    (safety,) = list_backups(data_dir / "backups")
    with Store.open(data_dir, TEST_PASSPHRASE) as store:
        assert str(robin.client.id).encode() in image_of(store, safety.path)
        assert erase_client_from_backups(store, data_dir / "backups", robin.client.id) == 1
        assert str(robin.client.id).encode() not in image_of(store, safety.path)
