"""Wrapped copies of the data key in the ``keyring`` table, one per purpose."""

from __future__ import annotations

import sqlite3

from .crypto import KdfParams, WrappedKey
from .errors import NoRecoveryKey, StoreCorrupt

PASSPHRASE = "passphrase"
RECOVERY = "recovery"


def save_wrapped(conn: sqlite3.Connection, wrapped: WrappedKey) -> None:
    """Insert or replace the copy for ``wrapped.purpose`` (caller holds the transaction)."""
    conn.execute(
        "INSERT INTO keyring (purpose, kdf, n, r, p, salt, wrapped_key) "
        "VALUES (?, 'scrypt', ?, ?, ?, ?, ?) "
        "ON CONFLICT (purpose) DO UPDATE SET kdf = excluded.kdf, n = excluded.n, "
        "r = excluded.r, p = excluded.p, salt = excluded.salt, wrapped_key = excluded.wrapped_key",
        (wrapped.purpose, wrapped.kdf.n, wrapped.kdf.r, wrapped.kdf.p, wrapped.salt, wrapped.blob),
    )


def has_wrapped(conn: sqlite3.Connection, purpose: str) -> bool:
    row = conn.execute("SELECT 1 FROM keyring WHERE purpose = ?", (purpose,)).fetchone()
    return row is not None


def load_wrapped(conn: sqlite3.Connection, purpose: str = PASSPHRASE) -> WrappedKey:
    """The copy for ``purpose``; a store without a recovery key raises ``NoRecoveryKey``."""
    row = conn.execute(
        "SELECT kdf, n, r, p, salt, wrapped_key FROM keyring WHERE purpose = ?", (purpose,)
    ).fetchone()
    if row is None and purpose == RECOVERY:  # made before recovery keys, or never set up
        raise NoRecoveryKey()
    if row is None:
        raise StoreCorrupt("The data file has no key for a passphrase: it is damaged.")
    kdf_name, n, r, p, salt, blob = row
    if kdf_name != "scrypt" or not isinstance(salt, bytes) or not isinstance(blob, bytes):
        raise StoreCorrupt("The data file's key is in an unknown form: it is damaged or too new.")
    try:
        params = KdfParams(n=int(n), r=int(r), p=int(p))
    except (TypeError, ValueError):
        raise StoreCorrupt(
            "The data file's key settings are out of range: it is damaged."
        ) from None
    return WrappedKey(purpose, params, salt, blob)
