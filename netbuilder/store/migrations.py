"""The schema and its forward migrations.

``MIGRATIONS[i]`` takes a store from version ``i`` to ``i + 1``; each runs in
its own transaction together with the version bump, so a failure leaves the
previous version intact. A store newer than ``latest()`` is refused untouched.
Migrations get the data key's cipher, so a later one can re-encrypt payloads.

The passphrase is checked (``keyring``) before any migration runs, so that a
wrong passphrase changes nothing: a migration that changes the ``keyring``
table must keep ``keyring.load_wrapped`` able to read both layouts.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable, Sequence

from .connection import check_integrity, transaction
from .crypto import Cipher
from .errors import StoreCorrupt, StoreTooNew

Migration = Callable[[sqlite3.Connection, Cipher], None]

_V1_SCHEMA = (
    """CREATE TABLE schema_version (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        version INTEGER NOT NULL
    )""",
    # One wrapped copy of the data key per purpose (passphrase now; a recovery key later).
    """CREATE TABLE keyring (
        purpose TEXT PRIMARY KEY,
        kdf TEXT NOT NULL,
        n INTEGER NOT NULL,
        r INTEGER NOT NULL,
        p INTEGER NOT NULL,
        salt BLOB NOT NULL,
        wrapped_key BLOB NOT NULL
    )""",
    # Clear columns hold only random ids and flags; everything about the person is in payload.
    """CREATE TABLE clients (
        id TEXT PRIMARY KEY,
        archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
        current_map_id TEXT NOT NULL
            REFERENCES maps (id) DEFERRABLE INITIALLY DEFERRED,
        payload BLOB NOT NULL
    )""",
    # summary: encrypted label and date, so version lists need not decrypt whole maps.
    """CREATE TABLE maps (
        id TEXT PRIMARY KEY,
        client_id TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        summary BLOB NOT NULL,
        payload BLOB NOT NULL
    )""",
    "CREATE INDEX maps_by_client ON maps (client_id, seq)",
)


def _v1_create_schema(conn: sqlite3.Connection, cipher: Cipher) -> None:
    del cipher
    for statement in _V1_SCHEMA:
        conn.execute(statement)


# Version 2: the practitioner's own data, sealed like clients. The local services
# directory (one row per service: a random id in the clear, the rest in payload) and
# the practitioner profile (one row).
_V2_SCHEMA = (
    """CREATE TABLE services (
        id TEXT PRIMARY KEY,
        payload BLOB NOT NULL
    )""",
    """CREATE TABLE profile (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        payload BLOB NOT NULL
    )""",
)


def _v2_directory_and_profile(conn: sqlite3.Connection, cipher: Cipher) -> None:
    del cipher
    for statement in _V2_SCHEMA:
        conn.execute(statement)


def _v3_seal_version_order(conn: sqlite3.Connection, cipher: Cipher) -> None:
    """Seal each version's ``seq`` into its summary, so that reads can check the clear
    column (which orders the versions of one date) against it."""
    from . import codec  # the model and pydantic: loaded only when this migration runs

    for map_id, seq, blob in conn.execute("SELECT id, seq, summary FROM maps").fetchall():
        summary = codec.open_summary(cipher, str(map_id), blob, seq)
        if type(seq) is not int:
            raise StoreCorrupt("A stored map version is out of its place: the data file "
                               "was altered.")
        conn.execute("UPDATE maps SET summary = ? WHERE id = ?",
                     (codec.reseal_summary(cipher, str(map_id), summary, seq), map_id))


MIGRATIONS: list[Migration] = [
    _v1_create_schema, _v2_directory_and_profile, _v3_seal_version_order,
]

# The schema statements each data version adds (3 adds none), for ``check_schema``: a
# migration that changes the schema adds its statements here.
SCHEMA_BY_VERSION: tuple[tuple[str, ...], ...] = (_V1_SCHEMA, _V2_SCHEMA, ())


def latest(migrations: Sequence[Migration] | None = None) -> int:
    return len(MIGRATIONS if migrations is None else migrations)


def read_version(conn: sqlite3.Connection) -> int:
    """The store's schema version; 0 for a file without the schema yet."""
    has_table = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"
    ).fetchone()
    if has_table is None:
        return 0
    row = conn.execute("SELECT version FROM schema_version WHERE id = 1").fetchone()
    return int(row[0]) if row is not None else 0


def refuse_if_too_new(
    conn: sqlite3.Connection, migrations: Sequence[Migration] | None = None
) -> int:
    version = read_version(conn)
    if version > latest(migrations):
        raise StoreTooNew(version, latest(migrations))
    return version


def apply_all(
    conn: sqlite3.Connection, cipher: Cipher, migrations: Sequence[Migration] | None = None
) -> None:
    """Bring a new, empty file to the latest version inside the caller's transaction."""
    steps = MIGRATIONS if migrations is None else migrations
    for version, step in enumerate(steps):
        step(conn, cipher)
        _set_version(conn, version + 1)


def migrate(
    conn: sqlite3.Connection, cipher: Cipher, migrations: Sequence[Migration] | None = None
) -> int:
    """Apply the missing migrations, one transaction each; the version reached.

    A damaged file is refused first (``check_integrity``, ``check_schema``): nothing is
    migrated or read from it. (This is the one step every opening of a store takes.)
    """
    steps = MIGRATIONS if migrations is None else migrations
    version = refuse_if_too_new(conn, steps)
    check_integrity(conn)
    check_schema(conn, version)
    while (version := refuse_if_too_new(conn, steps)) < len(steps):
        with transaction(conn):
            if read_version(conn) == version:  # another process may have just done it
                steps[version](conn, cipher)
                _set_version(conn, version + 1)
    return version


def check_schema(conn: sqlite3.Connection, version: int) -> None:
    """``StoreCorrupt`` unless the file holds, word for word, every table and index that
    the store's data ``version`` defines (``SCHEMA_BY_VERSION``).

    Altered schema text can change what the rows mean without any row failing a check:
    ``id INTEGER PRIMARY KEY`` spelt otherwise is no longer the row id, and a loosened
    constraint lets the integrity check pass bad values.
    """
    if not expected_schema(version) <= _schema(conn):
        raise StoreCorrupt(
            "The data file is damaged (its table definitions were altered): "
            "restore it from a backup."
        )


@functools.lru_cache(maxsize=8)
def expected_schema(version: int) -> frozenset[tuple[object, ...]]:
    """The schema entries that data ``version`` has, as SQLite records them."""
    memory = sqlite3.connect(":memory:", isolation_level=None)
    try:
        for statements in SCHEMA_BY_VERSION[:version]:
            for statement in statements:
                memory.execute(statement)
        return _schema(memory)
    finally:
        memory.close()


def _schema(conn: sqlite3.Connection) -> frozenset[tuple[object, ...]]:
    rows = conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_stat%'"
    ).fetchall()
    return frozenset(tuple(row) for row in rows)


def _set_version(conn: sqlite3.Connection, version: int) -> None:
    conn.execute(
        "INSERT INTO schema_version (id, version) VALUES (1, ?) "
        "ON CONFLICT (id) DO UPDATE SET version = excluded.version",
        (version,),
    )
