"""Before a store opens: whether a folder holds one, and the key a passphrase unlocks.

These are the slow first half of ``Store.open`` and ``Store.create`` (the scrypt key
derivation) split off so that the passphrase dialog can run them on a worker thread
while the main thread gets the window ready. This module does not import the model,
so the dialog can be on screen before pydantic has loaded. Each function opens and
closes its own connection, if any: the store itself is opened on the main thread,
with the key, by ``Store.open_with_key`` or ``Store.create_with_key``.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from . import migrations
from .connection import connect, database_errors
from .crypto import KdfParams, WrappedKey, check_new_passphrase, new_data_key, unwrap_key, wrap_key
from .errors import NotFound, StoreCorrupt, StoreError
from .keyring import PASSPHRASE, load_wrapped
from .paths import db_path

NOT_A_STORE = "The data file in this folder is not a NetBuilder store."
ALREADY_THERE = "This folder already holds NetBuilder data; it will not be overwritten."


def store_exists(folder: Path) -> bool:
    """Whether ``folder`` holds a store (or some other file in its place, for opening to
    report); an empty database left by an interrupted creation does not count."""
    path = db_path(folder)
    return path.is_file() and not _is_empty_database(path)


def unlock_data_key(folder: Path, passphrase: str) -> bytes:
    """The data key of the store in ``folder``: ``WrongPassphrase`` if ``passphrase`` does
    not unwrap it, ``StoreTooNew`` for a newer store. Reads only."""
    return unwrap_key(read_wrapped_key(folder), passphrase)


def read_wrapped_key(folder: Path, purpose: str = PASSPHRASE) -> WrappedKey:
    """The data key's copy wrapped under the passphrase (or the recovery key: ``purpose``),
    read (quickly) from the store in ``folder``; ``crypto.unwrap_key`` then does the slow
    part, on any thread."""
    if not store_exists(folder):
        raise NotFound("There is no NetBuilder store in this folder yet.")
    conn = _look(db_path(folder))
    try:
        with database_errors():
            if migrations.refuse_if_too_new(conn) == 0:
                raise StoreCorrupt(NOT_A_STORE)
            return load_wrapped(conn, purpose)
    finally:
        conn.close()


def new_store_key(folder: Path, passphrase: str,
                  kdf: KdfParams | None = None) -> tuple[bytes, WrappedKey]:
    """A fresh data key for a new store in ``folder`` and its copy wrapped under
    ``passphrase``; refuses a weak passphrase or a folder that already holds a store."""
    check_new_passphrase(passphrase)
    refuse_existing(folder)
    data_key = new_data_key()
    return data_key, wrap_key(data_key, passphrase, kdf or KdfParams.default(), PASSPHRASE)


def refuse_existing(folder: Path) -> None:
    if store_exists(folder):
        raise StoreError(ALREADY_THERE)


def _look(path: Path) -> sqlite3.Connection:
    """A connection for reading before the passphrase is checked, which changes no byte.

    A crashed session leaves its last edits in the write-ahead log; a read-write connection
    closing last would fold them into the file, so then the look is read-only (SQLite may
    rebuild the -shm index, which holds no data). After a clean close there is no log, and a
    read-only connection would leave a new empty one behind; a read-write one removes the
    log it made when it closes."""
    crashed = path.with_name(path.name + "-wal").exists()
    return connect(path, read_only=crashed)


def _is_empty_database(path: Path) -> bool:
    """True for a database without any table, read without changing the file."""
    try:
        conn = _look(path)
    except StoreError:
        return False
    try:
        with database_errors():
            count: int = conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()[0]
        return count == 0
    except StoreError:
        return False
    finally:
        conn.close()


__all__ = [
    "new_store_key", "read_wrapped_key", "refuse_existing", "store_exists", "unlock_data_key",
]
