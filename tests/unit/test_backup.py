"""Encrypted backups: round trips, nothing readable, tampering, pruning, failing disks."""

from __future__ import annotations

import errno
import itertools
import json
import os
import sqlite3
import stat
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from netbuilder.cli import main
from netbuilder.model import ClientRecord, ops
from netbuilder.model.demo import build_demo
from netbuilder.store import DB_NAME, Store, StoreError, WrongPassphrase
from netbuilder.store import backup as backups_module
from netbuilder.store.backup import (
    MAGIC,
    BackupError,
    create_backup,
    list_backups,
    restore_backup,
    restore_backup_file,
)
from tests.conftest import TEST_PASSPHRASE
from tests.helpers import texts_in_files
from tests.unit.backup_support import PASSPHRASE, QUICK_KDF, T0


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def shelf(tmp_path: Path) -> Path:
    """The backup folder."""
    return tmp_path / "backups"


@pytest.fixture
def store(folder: Path) -> Iterator[Store]:
    with Store.create(folder, PASSPHRASE, QUICK_KDF) as opened:
        yield opened


@pytest.fixture
def demo(store: Store) -> ClientRecord:
    record = build_demo()
    store.add_record(record)
    return record


def rename_mum(store: Store, record: ClientRecord, label: str) -> None:
    network = store.current_map(record.client.id)
    store.save_map(ops.update_node(network, "mum", label=label))


def mum(store: Store, record: ClientRecord) -> str:
    return store.current_map(record.client.id).node("mum").label


def integrity(folder: Path) -> str:
    conn = sqlite3.connect(folder / DB_NAME)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def leftovers(*folders: Path) -> list[str]:
    """Temporary files (hidden names) left in the folders."""
    return [p.name for f in folders if f.is_dir() for p in f.iterdir() if p.name.startswith(".")]


def contents(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


# round trips ---------------------------------------------------------------------------


def test_a_backup_restores_the_record_as_it_was(store: Store, demo: ClientRecord,
                                                shelf: Path) -> None:
    at_backup = store.get_record(demo.client.id)
    path = create_backup(store, shelf, now=T0)
    assert path.name == "netbuilder-20261120-093000.nbbackup"
    rename_mum(store, demo, "Mother")
    store.add_record(build_demo())  # a second client, made after the backup

    restored = restore_backup(store, path, PASSPHRASE)
    try:
        assert not store.is_open
        assert restored.get_record(demo.client.id) == at_backup
        assert [s.client.id for s in restored.list_clients()] == [demo.client.id]
    finally:
        restored.close()
    with Store.open(store.folder, PASSPHRASE) as fresh:
        assert fresh.get_record(demo.client.id) == at_backup
    assert integrity(store.folder) == "ok"
    assert leftovers(store.folder, shelf) == []


def test_the_current_data_is_backed_up_before_a_restore(store: Store, demo: ClientRecord,
                                                        shelf: Path) -> None:
    old = create_backup(store, shelf, now=T0)
    rename_mum(store, demo, "Mother")
    with restore_backup(store, old, PASSPHRASE) as restored:
        assert mum(restored, demo) == "Mum"
        safety = [b.path for b in list_backups(shelf) if b.path != old]
        assert len(safety) == 1
        with restore_backup(restored, safety[0], PASSPHRASE) as again:
            assert mum(again, demo) == "Mother"


def test_the_current_passphrase_opens_a_backup_made_before_it_changed(
        store: Store, demo: ClientRecord, shelf: Path) -> None:
    path = create_backup(store, shelf, now=T0)
    store.change_passphrase(PASSPHRASE, "a brand new passphrase", QUICK_KDF)
    with pytest.raises(WrongPassphrase):
        restore_backup(store, path, PASSPHRASE)
    restore_backup(store, path, "a brand new passphrase").close()
    with Store.open(store.folder, "a brand new passphrase") as fresh:
        assert mum(fresh, demo) == "Mum"
    with pytest.raises(WrongPassphrase):
        Store.open(store.folder, PASSPHRASE)


def test_a_wrong_passphrase_restores_nothing(store: Store, demo: ClientRecord,
                                             shelf: Path) -> None:
    path = create_backup(store, shelf, now=T0)
    rename_mum(store, demo, "Mother")
    with pytest.raises(WrongPassphrase):
        restore_backup(store, path, "not the passphrase")
    assert store.is_open and mum(store, demo) == "Mother"
    assert [b.path for b in list_backups(shelf)] == [path]  # not even a safety backup


def test_files_are_private_and_named_by_time(store: Store, demo: ClientRecord,
                                             shelf: Path) -> None:
    first = create_backup(store, shelf, now=T0)
    second = create_backup(store, shelf, now=T0)  # the same second
    assert first.name == "netbuilder-20261120-093000.nbbackup"
    assert second.name == "netbuilder-20261120-093000-2.nbbackup"
    assert stat.S_IMODE(shelf.stat().st_mode) == 0o700
    assert {stat.S_IMODE(p.stat().st_mode) for p in shelf.iterdir()} == {0o600}


# nothing readable, nothing altered -------------------------------------------------------


def test_a_backup_holds_no_client_text_nor_ids(store: Store, demo: ClientRecord,
                                               shelf: Path) -> None:
    create_backup(store, shelf, now=T0)
    network = demo.current_map
    texts = {"name": demo.client.display_name, "ref": demo.client.local_ref,
             "client id": str(demo.client.id), "map id": str(network.id),
             "what matters": network.what_matters, "version": network.label}
    texts |= {f"node {n.id}": n.label for n in network.nodes}
    texts |= {f"goal {g.id}": g.text for g in network.goals}
    assert "client id in netbuilder.db-wal" in texts_in_files(store.folder, texts)  # in clear
    assert texts_in_files(shelf, texts) == []
    data = next(shelf.iterdir()).read_bytes()
    assert b"SQLite format 3" not in data and b"CREATE TABLE" not in data


def tampered_copies(path: Path) -> Iterator[tuple[int, bytes]]:
    """The backup with one byte changed: every byte of the header, and bytes spread
    through the payload and its authentication tag."""
    data = path.read_bytes()
    header_end = len(MAGIC) + 4 + int.from_bytes(data[len(MAGIC):len(MAGIC) + 4], "big")
    spread = range(header_end, len(data), max(1, (len(data) - header_end) // 150))
    for i in itertools.chain(range(header_end), spread, range(len(data) - 16, len(data))):
        changed = bytearray(data)
        changed[i] ^= 0x5A
        yield i, bytes(changed)


def test_any_changed_byte_is_refused_and_the_store_is_untouched(
        store: Store, demo: ClientRecord, shelf: Path, tmp_path: Path) -> None:
    path = create_backup(store, shelf, now=T0)
    rename_mum(store, demo, "Mother")
    altered = tmp_path / "altered.nbbackup"
    refused = 0
    for _i, data in tampered_copies(path):
        altered.write_bytes(data)
        with pytest.raises(BackupError) as caught:
            restore_backup(store, altered, PASSPHRASE, safety_folder=shelf)
        assert "\n" not in str(caught.value) and caught.value.store is None
        refused += 1
    assert refused > 300
    assert store.is_open and mum(store, demo) == "Mother"
    assert [b.path for b in list_backups(shelf)] == [path]
    assert integrity(store.folder) == "ok"


def test_a_cut_short_or_foreign_file_is_refused_plainly(store: Store, demo: ClientRecord,
                                                        shelf: Path, tmp_path: Path) -> None:
    data = create_backup(store, shelf, now=T0).read_bytes()
    short = tmp_path / "short.nbbackup"
    for cut in (0, 5, len(MAGIC) + 2, len(MAGIC) + 40, len(data) // 2, len(data) - 1):
        short.write_bytes(data[:cut])
        with pytest.raises(BackupError, match=r"not a NetBuilder backup|damaged"):
            restore_backup(store, short, PASSPHRASE)
    foreign = tmp_path / "photo.nbbackup"
    foreign.write_bytes(b"\x89PNG\r\n" + bytes(100))
    with pytest.raises(BackupError, match="not a NetBuilder backup"):
        restore_backup(store, foreign, PASSPHRASE)
    assert mum(store, demo) == "Mum"


def test_a_backup_from_another_installation_is_refused(store: Store, demo: ClientRecord,
                                                       shelf: Path, tmp_path: Path) -> None:
    with Store.create(tmp_path / "other", PASSPHRASE, QUICK_KDF) as other:
        path = create_backup(other, tmp_path / "other-backups", now=T0)
    with pytest.raises(BackupError, match="another NetBuilder installation"):
        restore_backup(store, path, PASSPHRASE)
    assert mum(store, demo) == "Mum"


def rewrite_header(path: Path, change: Callable[[dict[str, object]], None]) -> None:
    data = path.read_bytes()
    start = len(MAGIC) + 4
    length = int.from_bytes(data[len(MAGIC):start], "big")
    header = json.loads(data[start:start + length])
    change(header)
    body = json.dumps(header).encode()
    path.write_bytes(MAGIC + len(body).to_bytes(4, "big") + body + data[start + length:])


def test_a_newer_format_or_schema_is_refused_with_what_to_do(store: Store, demo: ClientRecord,
                                                             shelf: Path) -> None:
    path = create_backup(store, shelf, now=T0)
    rewrite_header(path, lambda h: h.update(version=2))
    with pytest.raises(BackupError, match="newer NetBuilder; update NetBuilder"):
        restore_backup(store, path, PASSPHRASE)
    conn, _ = store._open_parts()
    conn.execute("UPDATE schema_version SET version = 99")
    newer_schema = create_backup(store, shelf, now=T0 + timedelta(seconds=1))
    conn.execute("UPDATE schema_version SET version = 2")
    with pytest.raises(BackupError, match="newer NetBuilder; update NetBuilder"):
        restore_backup(store, newer_schema, PASSPHRASE)
    assert mum(store, demo) == "Mum"


# when the live database is lost ------------------------------------------------------------


def test_a_lost_database_comes_back_from_a_backup_and_the_passphrase(
        store: Store, demo: ClientRecord, shelf: Path, folder: Path) -> None:
    at_backup = store.get_record(demo.client.id)
    path = create_backup(store, shelf, now=T0)
    store.close()
    for name in os.listdir(folder):
        (folder / name).unlink()
    restore_backup_file(folder, path, PASSPHRASE)
    with Store.open(folder, PASSPHRASE) as fresh:
        assert fresh.get_record(demo.client.id) == at_backup


def test_a_damaged_database_is_kept_aside_and_replaced(
        store: Store, demo: ClientRecord, shelf: Path, folder: Path) -> None:
    path = create_backup(store, shelf, now=T0)
    store.close()
    (folder / DB_NAME).write_bytes(b"garbage" * 1000)
    with pytest.raises(WrongPassphrase):
        restore_backup_file(folder, path, "not the passphrase")
    assert (folder / DB_NAME).read_bytes() == b"garbage" * 1000
    restore_backup_file(folder, path, PASSPHRASE)
    with Store.open(folder, PASSPHRASE) as fresh:
        assert mum(fresh, demo) == "Mum"
    aside = [p for p in folder.iterdir() if p.name.startswith("netbuilder-damaged-")]
    assert [p.read_bytes() for p in aside] == [b"garbage" * 1000]
    assert leftovers(folder) == []


def test_the_recovery_key_also_opens_a_backup(store: Store, demo: ClientRecord, shelf: Path,
                                              folder: Path) -> None:
    recovery_key = store.set_up_recovery_key()
    path = create_backup(store, shelf, now=T0)
    store.close()
    (folder / DB_NAME).unlink()
    restore_backup_file(folder, path, recovery_key.lower())
    with Store.open(folder, PASSPHRASE) as fresh:
        assert mum(fresh, demo) == "Mum"


# listing and the rotation ------------------------------------------------------------------


def test_listing_is_newest_first_ignores_other_files_and_flags_damage(
        store: Store, demo: ClientRecord, shelf: Path) -> None:
    older = create_backup(store, shelf, now=T0 - timedelta(days=1))
    newer = create_backup(store, shelf, now=T0 + timedelta(hours=5))
    (shelf / "notes.txt").write_text("not a backup")
    (shelf / ".nb-1234.tmp").write_bytes(b"half a backup")
    broken = shelf / "netbuilder-20261120-000000.nbbackup"
    broken.write_bytes(MAGIC + b"\xff\xff")
    found = list_backups(shelf)
    assert [b.path for b in found] == [newer, broken, older]
    assert [b.damaged for b in found] == [False, True, False]
    assert found[1].created == datetime(2026, 11, 20, 0, 0, tzinfo=UTC)
    assert found[0].created == T0 + timedelta(hours=5)
    assert found[0].size == newer.stat().st_size
    assert list_backups(shelf / "missing") == []


def test_backups_are_pruned_to_the_rotation(store: Store, demo: ClientRecord,
                                            shelf: Path) -> None:
    (shelf).mkdir()
    broken = shelf / "netbuilder-20250101-000000.nbbackup"
    broken.write_bytes(b"damaged, kept for a person to look at")
    start = datetime(2026, 1, 1, 18, tzinfo=UTC)
    times = [start + timedelta(days=d, hours=d % 5) for d in range(0, 240, 3)]
    times += [times[-1] + timedelta(hours=h) for h in (1, 2)]  # several on the last day
    for t in times:
        create_backup(store, shelf, now=t)
    kept = [b for b in list_backups(shelf) if not b.damaged]
    assert kept[0].created == times[-1]
    assert len(kept) <= 18
    assert {b.created for b in kept} == backups_module.keep(times, times[-1])
    assert broken.exists()


# a failing file layer ------------------------------------------------------------------------

STEPS = ["write", "fsync", "replace", "folder fsync", "disk full"]


class Faults:
    """Make the ``nth`` call of one file-layer step under ``root`` raise ``OSError``."""

    def __init__(self, root: Path, step: str, nth: int) -> None:
        self.root, self.step, self.nth = str(root), step, nth
        self.calls = 0
        self.hit = False

    def fire(self) -> None:
        self.calls += 1
        if self.calls == self.nth:
            self.hit = True
            code = errno.ENOSPC if self.step == "disk full" else errno.EIO
            raise OSError(code, os.strerror(code))

    def under_root(self, fd: int) -> bool:
        try:
            return os.readlink(f"/proc/self/fd/{fd}").startswith(self.root)
        except OSError:
            return True  # no /proc: count every file


@contextmanager
def failing(monkeypatch: pytest.MonkeyPatch, root: Path, step: str, nth: int) -> Iterator[Faults]:
    faults = Faults(root, step, nth)
    real_write, real_fsync, real_replace = os.write, os.fsync, os.replace

    def write(fd: int, data: bytes) -> int:
        if faults.step in ("write", "disk full") and faults.under_root(fd):
            faults.fire()
        return real_write(fd, data)

    def fsync(fd: int) -> None:
        is_folder = stat.S_ISDIR(os.fstat(fd).st_mode)
        if faults.step == ("folder fsync" if is_folder else "fsync") and faults.under_root(fd):
            faults.fire()
        real_fsync(fd)

    def replace(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        if faults.step == "replace" and str(src).startswith(faults.root):
            faults.fire()
        real_replace(src, dst)

    with monkeypatch.context() as patch:
        patch.setattr(os, "write", write)
        patch.setattr(os, "fsync", fsync)
        patch.setattr(os, "replace", replace)
        yield faults


def plain_line(error: Exception, record: ClientRecord) -> None:
    message = str(error)
    assert message and "\n" not in message and "Traceback" not in message
    assert demo_text(record) not in message
    assert "disk is full" in message or "(" in message, message


def demo_text(record: ClientRecord) -> str:
    return record.client.display_name


@pytest.mark.parametrize("step", STEPS)
def test_a_failing_file_layer_never_spoils_a_backup(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, store: Store, demo: ClientRecord,
        shelf: Path, step: str) -> None:
    earlier = create_backup(store, shelf, now=T0)
    before = contents(shelf)
    record = store.get_record(demo.client.id)
    failures = 0
    for nth in itertools.count(1):
        with failing(monkeypatch, tmp_path, step, nth) as faults:
            try:
                made: Path | None = create_backup(store, shelf, now=T0 + timedelta(days=1))
            except BackupError as e:
                made = None
                failures += 1
                plain_line(e, demo)
                if step == "disk full":
                    assert "disk is full" in str(e)
        assert store.get_record(demo.client.id) == record and integrity(store.folder) == "ok"
        assert leftovers(store.folder, shelf) == []
        if made is None:
            assert contents(shelf) == before  # no new, partial or changed file
        else:  # only a folder sync failed, after the rename: the backup is whole
            assert [b.damaged for b in list_backups(shelf)] == [False, False]
            made.unlink()
            assert contents(shelf) == before
        if not faults.hit:
            break
    injected = nth - 1
    assert injected >= 1
    assert failures == (0 if step == "folder fsync" else injected)  # a folder sync is best effort
    restore_backup(store, earlier, PASSPHRASE).close()  # the earlier one still restores


@pytest.mark.parametrize("step", STEPS)
def test_a_failing_file_layer_never_spoils_a_restore(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, store: Store, demo: ClientRecord,
        shelf: Path, step: str) -> None:
    path = create_backup(store, shelf, now=T0)
    original = path.read_bytes()
    rename_mum(store, demo, "Mother")
    live, failures = store, 0
    for nth in itertools.count(1):
        with failing(monkeypatch, tmp_path, step, nth) as faults:
            try:
                restored: Store | None = restore_backup(live, path, PASSPHRASE)
            except StoreError as e:
                restored = None
                failures += 1
                plain_line(e, demo)
                if isinstance(e, BackupError) and e.store is not None:
                    live = e.store  # the live data had to be closed: here it is again
        assert leftovers(store.folder, shelf) == []
        assert path.read_bytes() == original
        assert not any(b.damaged for b in list_backups(shelf))
        assert integrity(store.folder) == "ok"
        if restored is None:
            assert live.is_open and mum(live, demo) == "Mother"
            with Store.open(store.folder, PASSPHRASE) as fresh:
                assert mum(fresh, demo) == "Mother"
        else:
            assert mum(restored, demo) == "Mum"
            rename_mum(restored, demo, "Mother")  # as before, for the next fault
            live = restored
        if not faults.hit:
            break
    live.close()
    injected = nth - 1
    assert injected >= 1
    assert failures == (0 if step == "folder fsync" else injected)  # a folder sync is best effort


def test_a_restore_is_refused_while_another_connection_has_the_data_open(
        store: Store, demo: ClientRecord, shelf: Path) -> None:
    path = create_backup(store, shelf, now=T0)
    rename_mum(store, demo, "Mother")
    with Store.open(store.folder, PASSPHRASE) as other_window:
        with pytest.raises(BackupError, match="Another NetBuilder window") as caught:
            restore_backup(store, path, PASSPHRASE)
        live = caught.value.store
        assert live is not None and not store.is_open
        assert mum(live, demo) == "Mother" and mum(other_window, demo) == "Mother"
        live.close()
    assert leftovers(store.folder, shelf) == []
    assert integrity(store.folder) == "ok"


# the command line ------------------------------------------------------------------------


@pytest.fixture
def cli_store(data_dir: Path) -> Iterator[tuple[Store, ClientRecord]]:
    """A store in the CLI's data folder, with the demo client, closed before the CLI runs."""
    record = build_demo()
    with Store.create(data_dir, TEST_PASSPHRASE, QUICK_KDF) as created:
        created.add_record(record)
        yield created, record


def test_the_cli_backs_up_lists_and_restores(cli_store: tuple[Store, ClientRecord],
                                             data_dir: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    store, record = cli_store
    assert main(["backup"]) == 0
    path = Path(capsys.readouterr().out.strip())
    assert path.parent == data_dir / "backups" and path.is_file()
    assert main(["backup", "--list"]) == 0
    assert capsys.readouterr().out.startswith(f"{path}  ")
    rename_mum(store, record, "Mother")
    store.close()

    assert main(["restore", str(path)]) == 2  # a script must say --yes
    assert "add --yes to confirm" in capsys.readouterr().err
    with Store.open(data_dir, TEST_PASSPHRASE) as unchanged:
        assert mum(unchanged, record) == "Mother"

    assert main(["restore", str(path), "--yes"]) == 0
    assert "backed up in" in capsys.readouterr().out
    with Store.open(data_dir, TEST_PASSPHRASE) as restored:
        assert mum(restored, record) == "Mum"


def test_the_cli_restores_over_a_damaged_database(cli_store: tuple[Store, ClientRecord],
                                                  data_dir: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    store, record = cli_store
    path = create_backup(store, data_dir / "backups", now=T0)
    store.close()
    (data_dir / DB_NAME).write_bytes(b"\x00" * 4096)
    assert main(["restore", str(path), "--yes"]) == 0
    assert capsys.readouterr().out.startswith(f"restored {path}")
    with Store.open(data_dir, TEST_PASSPHRASE) as restored:
        assert mum(restored, record) == "Mum"


def test_the_cli_says_in_one_line_what_is_wrong_with_a_backup(
        cli_store: tuple[Store, ClientRecord], data_dir: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    cli_store[0].close()
    bogus = tmp_path / "bogus.nbbackup"
    bogus.write_bytes(b"not a backup at all")
    assert main(["restore", str(bogus), "--yes"]) == 2
    err = capsys.readouterr().err
    assert err == "netbuilder: error: This file is not a NetBuilder backup; choose a " \
                  ".nbbackup file.\n"
    assert main(["restore", str(tmp_path / "missing.nbbackup"), "--yes"]) == 2
    assert "no such file" in capsys.readouterr().err
