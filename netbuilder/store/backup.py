"""Encrypted backups of the store, kept in a rotation; restoring one; erasing a client
from all of them.

A backup is the whole database, copied with SQLite's online backup API into memory,
serialised, and sealed as ONE AES-GCM payload with the store's data key: without the
key nothing in it can be read, not even ids or counts. The file format is in
``backup_file``.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from uuid import UUID

from . import migrations
from .backup_file import (
    DAMAGED,
    KEYRING_COLUMNS,
    MAGIC,
    NEWER,
    STAMP,
    BackupError,
    BackupInfo,
    Header,
    encode_keyring,
    free_name,
    io_errors,
    io_message,
    keyring_rows,
    list_backups,
    open_payload,
    read_backup,
    rollback_mode,
    seal_backup,
    split_backup,
    wrapped_keys,
)
from .connection import APPLICATION_ID, database_errors
from .crypto import Cipher, WrappedKey, unwrap_key
from .db import Store
from .errors import StoreCorrupt, StoreTooNew, WrongPassphrase, WrongRecoveryKey
from .formats.atomic import atomic_write_bytes, remove_stale_temps
from .keyring import RECOVERY, load_wrapped
from .lock import acquire
from .paths import SIDE_SUFFIXES, db_path, make_private_folder
from .recovery import unwrap_with_recovery_key
from .rotation import keep

FOLDER_NAME = "backups"
_RESTORE_TEMP = ".nbrestore-"  # not ".nb-": formats.atomic removes those it does not hold

NOTHING_CHANGED = "Nothing has been changed."
RESTORE_FAILED = "The backup could not be restored"
IN_USE = ("Another NetBuilder window has the data open: close it, then restore again. "
          "Nothing has been changed.")


# making backups -----------------------------------------------------------------------


def default_folder(data_folder: Path) -> Path:
    return data_folder / FOLDER_NAME


def create_backup(store: Store, folder: Path, now: datetime | None = None, *,
                  prune: bool = True) -> Path:
    """Write an encrypted backup of ``store`` into ``folder`` and prune older backups
    (unless ``prune`` is False); returns the new file. ``BackupError`` if it cannot be
    written: then no new or partial file is left and the other backups are as they were."""
    conn, cipher = store._open_parts()
    created = (now or datetime.now(UTC)).astimezone(UTC)
    with database_errors():
        image = _snapshot(conn)
        keyring = keyring_rows(conn)
    data = seal_backup(cipher, image, created, encode_keyring(keyring))
    with io_errors("The backup could not be written", "Check the backup folder and try again."):
        make_private_folder(folder)
        path = atomic_write_bytes(free_name(folder, created), data)
    if prune:
        with contextlib.suppress(OSError):  # the backup is made; an old one may stay a while
            prune_backups(folder, created)
    return path


def prune_backups(folder: Path, now: datetime) -> None:
    """Delete the backups the rotation does not keep; damaged files are left alone for a
    person to look at, and one that cannot be deleted stays."""
    backups = [b for b in list_backups(folder) if not b.damaged]
    kept = keep([b.created for b in backups], now)
    for backup in backups:
        if backup.created not in kept:
            _unlink(backup.path)


def change_count(store: Store) -> int:
    """How many rows this store's connection has changed since it was opened."""
    conn, _ = store._open_parts()
    return conn.total_changes


def _snapshot(conn: sqlite3.Connection) -> bytes:
    """The database as one consistent image, by SQLite's online backup API."""
    memory = sqlite3.connect(":memory:")
    try:
        conn.backup(memory)
        return memory.serialize()
    finally:
        memory.close()


# a backup's database, in memory ------------------------------------------------------------


def _ready_image(image: bytes, cipher: Cipher,
                 keyring: list[tuple[Any, ...]] | None) -> bytes:
    """The backup's database checked (integrity, a store, not too new), brought to the
    current schema and, if ``keyring`` is given, with those keyring rows instead of its
    own; all in memory. The result is a database file in rollback-journal mode."""
    memory = sqlite3.connect(":memory:", isolation_level=None)
    try:
        memory.deserialize(rollback_mode(image))
        memory.execute("PRAGMA foreign_keys = ON")
        _check_database(memory)
        migrations.migrate(memory, cipher)
        if keyring is not None:
            _replace_keyring(memory, keyring)
        return memory.serialize()
    except StoreTooNew:
        raise BackupError(NEWER) from None
    except sqlite3.Error:
        raise BackupError(DAMAGED) from None
    finally:
        memory.close()


def _check_database(conn: sqlite3.Connection) -> None:
    ok = conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    if not ok or conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
        raise BackupError(DAMAGED)
    if migrations.refuse_if_too_new(conn) == 0:
        raise BackupError(DAMAGED)


def _replace_keyring(conn: sqlite3.Connection, keyring: list[tuple[Any, ...]]) -> None:
    columns = ", ".join(KEYRING_COLUMNS)
    marks = ", ".join("?" for _ in KEYRING_COLUMNS)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("DELETE FROM keyring")
    conn.executemany(f"INSERT INTO keyring ({columns}) VALUES ({marks})", keyring)
    conn.execute("COMMIT")


# restoring ------------------------------------------------------------------------------


def restore_backup(store: Store, backup: Path, passphrase: str,
                   safety_folder: Path | None = None) -> Store:
    """Replace the data in ``store`` with ``backup`` and return the store opened again.

    The passphrase must open the live store (``WrongPassphrase`` if not). The backup is
    read and checked first, then the current data is backed up into ``safety_folder``
    (the backup's own folder by default). The restored data keeps the current keyring,
    so the current passphrase and recovery key open it. Any failure before the new file
    takes the old one's place leaves the live data as it was; ``BackupError.store`` is
    then the live store opened again if it had been closed.
    """
    data_key = unwrap_key(passphrase_key(store), passphrase)
    return restore_backup_with_key(store, backup, data_key, safety_folder)


def passphrase_key(store: Store) -> WrappedKey:
    """The store's data key wrapped under its passphrase (unwrapping it is the slow part
    of ``restore_backup``, which a GUI runs on another thread)."""
    conn, _ = store._open_parts()
    with database_errors():
        return load_wrapped(conn)


def restore_backup_with_key(store: Store, backup: Path, data_key: bytes,
                            safety_folder: Path | None = None) -> Store:
    """``restore_backup``'s second half, with the data key the passphrase unwrapped;
    ``WrongPassphrase`` (nothing changed) if the key is not this store's."""
    conn, cipher = store._open_parts()
    _require_same_key(cipher, data_key)
    with database_errors():
        keyring = keyring_rows(conn)
    header, payload = split_backup(read_backup(backup))
    image = _ready_image(open_payload(header, payload, cipher), cipher, keyring)
    try:
        create_backup(store, safety_folder or backup.parent, prune=False)
    except BackupError as e:
        raise BackupError(f"The current data could not be backed up first, so nothing was "
                          f"restored: {e}") from None
    folder = store.folder

    def reopen() -> Store:
        return Store.open_with_key(folder, data_key)

    with acquire(folder):  # held while the store is closed: no other process slips in
        temp = _write_temp(folder, image)
        try:
            _close_for_replace(store, reopen)
        except BaseException:
            _unlink(temp)
            raise
        _put_in_place(temp, folder, reopen)
        return reopen()


def _require_same_key(cipher: Cipher, data_key: bytes) -> None:
    probe = cipher.seal(b"restore", "restore-key-check")
    try:
        Cipher(data_key).open(probe, "restore-key-check")
    except StoreCorrupt:
        raise WrongPassphrase() from None


def restore_backup_file(folder: Path, backup: Path, passphrase: str) -> None:
    """Restore ``backup`` into ``folder`` when its store is damaged or missing, with the
    key unwrapped from the backup's own header by the passphrase (or the recovery key) it
    was made under. A database already there is kept beside it, renamed
    ``netbuilder-damaged-<time>.db``. ``StoreInUse`` if NetBuilder has the folder open."""
    header, payload = split_backup(read_backup(backup))
    cipher = Cipher(_unwrap_any(header, passphrase))
    image = _ready_image(open_payload(header, payload, cipher), cipher, None)
    with io_errors(RESTORE_FAILED, NOTHING_CHANGED):
        make_private_folder(folder)
        lock = acquire(folder)
    with lock:
        temp = _write_temp(folder, image)
        try:
            aside = _move_aside(folder)
        except BaseException:
            _unlink(temp)
            raise
        _put_in_place(temp, folder, lambda: _move_back(aside))


def _unwrap_any(header: Header, secret: str) -> bytes:
    """The data key from whichever of the header's wrapped copies ``secret`` opens."""
    keys = wrapped_keys(header)
    if not keys:
        raise BackupError(DAMAGED)
    for wrapped in keys:
        with contextlib.suppress(WrongPassphrase, WrongRecoveryKey):
            if wrapped.purpose == RECOVERY:
                return unwrap_with_recovery_key(wrapped, secret)
            return unwrap_key(wrapped, secret)
    raise WrongPassphrase()


def _write_temp(folder: Path, image: bytes) -> Path:
    """``image`` in a private (0600) temporary file in ``folder``, synced to disk. Only
    the holder of the folder's lock writes one, so any older one is a crash's leftover."""
    for stale in folder.glob(f"{_RESTORE_TEMP}*"):
        _unlink(stale)
    with io_errors(RESTORE_FAILED, NOTHING_CHANGED):
        fd, name = tempfile.mkstemp(prefix=_RESTORE_TEMP, suffix=".tmp", dir=folder)
        try:
            view = memoryview(image)
            while view:
                view = view[os.write(fd, view):]
            os.fsync(fd)
        except BaseException:
            _unlink(Path(name))
            raise
        finally:
            os.close(fd)
    return Path(name)


def _close_for_replace(store: Store, reopen: Callable[[], Store]) -> None:
    """Close the store with its write-ahead log folded in and gone, so that no stale log
    can ever be applied to the restored file. SQLite removes the log and its index when
    the last connection closes: if they are still there, another connection (another
    window) has the file open, and the restore is refused."""
    conn, _ = store._open_parts()
    with database_errors():
        busy, _, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    if busy:
        raise BackupError(IN_USE)
    store.close()
    db = db_path(store.folder)
    if any(db.with_name(db.name + suffix).exists() for suffix in SIDE_SUFFIXES):
        raise BackupError(IN_USE, reopen())


def _put_in_place(temp: Path, folder: Path, undo: Callable[[], object]) -> None:
    """Rename ``temp`` over the database, then sync the folder. If the rename fails, the
    temp file goes and ``undo`` puts things back (a store it returns travels in the
    ``BackupError``)."""
    try:
        os.replace(temp, db_path(folder))
    except OSError as e:
        _unlink(temp)
        restored = undo()
        raise BackupError(io_message(RESTORE_FAILED, e, NOTHING_CHANGED),
                          restored if isinstance(restored, Store) else None) from None
    _sync_folder(folder)


def _move_aside(folder: Path) -> list[tuple[Path, Path]]:
    """Rename a damaged database and its side files out of the way, for a person to look
    at later; returns (old, new) pairs. All or none are moved."""
    db = db_path(folder)
    stamp = datetime.now(UTC).strftime(STAMP)
    moved: list[tuple[Path, Path]] = []
    with io_errors(RESTORE_FAILED, NOTHING_CHANGED):
        try:
            for old in (db.with_name(db.name + s) for s in ("", *SIDE_SUFFIXES)):
                if old.exists():
                    new = folder / f"netbuilder-damaged-{stamp}.db{old.name[len(db.name):]}"
                    os.replace(old, new)
                    moved.append((old, new))
        except OSError:
            _move_back(moved)
            raise
    return moved


def _move_back(moved: list[tuple[Path, Path]]) -> None:
    for old, new in moved:
        with contextlib.suppress(OSError):
            os.replace(new, old)


def _sync_folder(folder: Path) -> None:
    """Make the rename durable; best effort (a folder cannot be synced everywhere), as in
    ``formats.atomic``: the new file is complete either way."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


# erasing a client from every backup ---------------------------------------------------------


class ErasureIncomplete(BackupError):
    """Some backups could not be checked for the erased client (damaged, made by another
    installation or a newer NetBuilder, or a file error); they are as they were. ``erased``
    is how many others were rewritten, ``unchecked`` the files left."""

    def __init__(self, erased: int, unchecked: list[Path]) -> None:
        n = len(unchecked)
        what = "1 backup" if n == 1 else f"{n} backups"
        super().__init__(f"{what} could not be checked for the deleted client (damaged, from "
                         f"another installation, or not writable): delete "
                         f"{'it' if n == 1 else 'them'} from the backups folder by hand.")
        self.erased = erased
        self.unchecked = tuple(unchecked)


def erase_client_from_backups(store: Store, folder: Path, client_id: UUID) -> int:
    """Erase a client from every backup in ``folder`` (the right to erasure); returns how
    many files were rewritten.

    Each backup is opened with the store's key; one that holds the client has their rows
    deleted in memory (``secure_delete``, then ``VACUUM``, so no free page keeps a copy),
    is sealed again and atomically written over the file, under the same name and with
    the same time made: a crash leaves each file whole, old or new. Temporary files a
    crash left (in the folder, or a restore's in the data folder) are removed first.

    A backup that cannot be checked is left as it is; once all the others are done,
    ``ErasureIncomplete`` (a ``BackupError``) says how many, so no caller can miss it.
    """
    _, cipher = store._open_parts()
    with io_errors("The backups could not be checked", "Check the backup folder and try again."):
        backups = list_backups(folder)
        if backups:
            remove_stale_temps(folder)
    for stale in store.folder.glob(f"{_RESTORE_TEMP}*"):  # the store's lock is ours
        _unlink(stale)
    erased, unchecked = 0, []
    for info in backups:
        try:
            erased += _erase_from(info.path, cipher, str(client_id))
        except BackupError:
            unchecked.append(info.path)
    if unchecked:
        raise ErasureIncomplete(erased, unchecked)
    return erased


def _erase_from(path: Path, cipher: Cipher, client_id: str) -> bool:
    """Rewrite one backup without the client; False if it did not hold them."""
    header, payload = split_backup(read_backup(path))
    image = _without_client(open_payload(header, payload, cipher), client_id)
    if image is None:
        return False
    data = seal_backup(cipher, image, header.created, header.keyring)
    with io_errors("A backup could not be rewritten", "Try again."):
        atomic_write_bytes(path, data)
    return True


def _without_client(image: bytes, client_id: str) -> bytes | None:
    """The database ``image`` without the client's rows, rebuilt; None if it has none."""
    memory = sqlite3.connect(":memory:", isolation_level=None)
    try:
        memory.deserialize(rollback_mode(image))
        held = memory.execute(
            "SELECT EXISTS (SELECT 1 FROM clients WHERE id = ?) "
            "OR EXISTS (SELECT 1 FROM maps WHERE client_id = ?)",
            (client_id, client_id)).fetchone()[0]
        if not held:
            return None
        memory.execute("PRAGMA foreign_keys = ON")  # a later table's ON DELETE CASCADE too
        memory.execute("PRAGMA secure_delete = ON")
        memory.execute("BEGIN IMMEDIATE")
        memory.execute("DELETE FROM maps WHERE client_id = ?", (client_id,))
        memory.execute("DELETE FROM clients WHERE id = ?", (client_id,))
        memory.execute("COMMIT")
        memory.execute("VACUUM")
        _check_database(memory)
        return memory.serialize()
    except StoreTooNew:
        raise BackupError(NEWER) from None
    except sqlite3.Error:
        raise BackupError(DAMAGED) from None
    finally:
        memory.close()


def _unlink(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


__all__ = [
    "MAGIC",
    "BackupError",
    "BackupInfo",
    "ErasureIncomplete",
    "change_count",
    "create_backup",
    "default_folder",
    "erase_client_from_backups",
    "list_backups",
    "passphrase_key",
    "prune_backups",
    "restore_backup",
    "restore_backup_file",
    "restore_backup_with_key",
]
