"""Wrapped copies of the data key in the ``keyring`` table, one per purpose."""

from __future__ import annotations

import sqlite3

from .crypto import KdfParams, WrappedKey
from .errors import StoreCorrupt

PASSPHRASE = "passphrase"


def save_wrapped(conn: sqlite3.Connection, wrapped: WrappedKey) -> None:
    """Insert or replace the copy for ``wrapped.purpose`` (caller holds the transaction)."""
    conn.execute(
        "INSERT INTO keyring (purpose, kdf, n, r, p, salt, wrapped_key) "
        "VALUES (?, 'scrypt', ?, ?, ?, ?, ?) "
        "ON CONFLICT (purpose) DO UPDATE SET kdf = excluded.kdf, n = excluded.n, "
        "r = excluded.r, p = excluded.p, salt = excluded.salt, wrapped_key = excluded.wrapped_key",
        (wrapped.purpose, wrapped.kdf.n, wrapped.kdf.r, wrapped.kdf.p, wrapped.salt, wrapped.blob),
    )


def load_wrapped(conn: sqlite3.Connection, purpose: str = PASSPHRASE) -> WrappedKey:
    row = conn.execute(
        "SELECT kdf, n, r, p, salt, wrapped_key FROM keyring WHERE purpose = ?", (purpose,)
    ).fetchone()
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
