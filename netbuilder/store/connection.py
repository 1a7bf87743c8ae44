"""Opening the SQLite file with the store's pragmas, and one-transaction edits."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import StoreCorrupt, StoreError

APPLICATION_ID = 0x4E424C44  # "NBLD" in the SQLite header: this file is a NetBuilder store

_SESSION_PRAGMAS = (
    "PRAGMA foreign_keys = ON",
    "PRAGMA secure_delete = ON",
    "PRAGMA synchronous = FULL",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA busy_timeout = 5000",
)


def connect(path: Path, read_only: bool = False) -> sqlite3.Connection:
    """A connection to an existing file, never creating one; no write happens here.

    ``read_only`` is for looking before the passphrase is checked: a read-write connection
    closing last would fold a crashed session's write-ahead log into the file, so a wrong
    passphrase would change the file's bytes."""
    uri = path.resolve().as_uri() + ("?mode=ro" if read_only else "?mode=rw")
    try:
        conn = sqlite3.connect(uri, uri=True, isolation_level=None)
    except sqlite3.Error:
        raise StoreError(
            "The data file cannot be opened (check that it exists and is yours)."
        ) from None
    try:
        for pragma in _SESSION_PRAGMAS:
            conn.execute(pragma)
    except (sqlite3.DatabaseError, UnicodeDecodeError):  # see database_errors
        conn.close()
        raise StoreCorrupt("The data file is damaged or is not a NetBuilder store.") from None
    return conn


def use_wal(conn: sqlite3.Connection) -> None:
    """Switch to write-ahead logging (persistent; a no-op once the file uses it)."""
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        raise StoreError(
            "The data folder does not support write-ahead logging (is it a network drive?)."
        )


def mark_as_store(conn: sqlite3.Connection) -> None:
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any error (including at COMMIT)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


@contextmanager
def database_errors() -> Iterator[None]:
    """SQLite faults as one-line store errors, with no SQL or client text in them."""
    try:
        yield
    except sqlite3.IntegrityError:
        raise StoreError("The change conflicts with what is stored; nothing was saved.") from None
    except sqlite3.OperationalError as e:
        if _disk_full(e):
            raise StoreError(
                "The disk is full: free some disk space; nothing was changed."
            ) from None
        if "decode" in str(e):  # a text value where a payload should be
            raise StoreCorrupt("A stored record is damaged: the data file was altered.") from None
        if "locked" in str(e) or "busy" in str(e):
            raise StoreError(
                "The data is in use by another NetBuilder window; try again."
            ) from None
        raise StoreError("The data file could not be read or written; nothing was saved.") from None
    except sqlite3.DatabaseError:
        raise StoreCorrupt("The data file is damaged or is not a NetBuilder store.") from None
    except UnicodeDecodeError:  # SQLite's message quotes damaged schema text that is not UTF-8
        raise StoreCorrupt("The data file is damaged or is not a NetBuilder store.") from None


def check_integrity(conn: sqlite3.Connection) -> None:
    """``StoreCorrupt`` unless SQLite finds the file sound: pages, rows, indexes matching
    their tables, CHECK and NOT NULL constraints, and every id a row refers to present.

    Damage there is not caught by the payloads' authentication: a lost row or a stale
    index entry would silently hide a client or a version.
    """
    sound = conn.execute("PRAGMA integrity_check(1)").fetchone()
    if sound is None or sound[0] != "ok" or conn.execute(
        "PRAGMA foreign_key_check"
    ).fetchone() is not None:
        raise StoreCorrupt(
            "The data file is damaged (it failed SQLite's integrity check): "
            "restore it from a backup."
        )


def _disk_full(error: sqlite3.OperationalError) -> bool:
    """SQLITE_FULL: the disk (or the page limit) has no room for the write."""
    code = getattr(error, "sqlite_errorcode", None)
    return code == sqlite3.SQLITE_FULL or "database or disk is full" in str(error)
