"""The SQL behind the local services directory and the practitioner profile.

Each service is one row of ``services``: its random id in the clear, the rest
an AES-GCM payload bound to ``services.payload:<id>``. The profile is the one
row of ``profile``, bound to ``profile.payload:1``. Like ``queries``, these
functions run inside the caller's transaction and never commit.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from uuid import UUID

from netbuilder.model.directory import MAX_SERVICES, PractitionerProfile, Service

from .codec import _open, _seal, context
from .crypto import Cipher
from .errors import NotFound, StoreCorrupt, StoreError

PROFILE_ROW = 1
_PROFILE_AAD = context("profile", "payload", str(PROFILE_ROW))


@dataclass(frozen=True)
class ServicesImport:
    """What a CSV import did: services new to the directory, and ones it updated."""

    added: int
    updated: int


def seal_service(cipher: Cipher, service: Service) -> bytes:
    return _seal(cipher, service, context("services", "payload", service.id))


def open_service(cipher: Cipher, row_id: str, blob: bytes) -> Service:
    service = _open(cipher, Service, blob, context("services", "payload", row_id))
    if str(service.id) != row_id:
        raise StoreCorrupt("A stored service does not match its row: the data file was altered.")
    return service


def list_services(conn: sqlite3.Connection, cipher: Cipher) -> list[Service]:
    """Every service, by name (case ignored), then id for a stable order."""
    rows = conn.execute("SELECT id, payload FROM services").fetchall()
    services = [open_service(cipher, str(row_id), blob) for row_id, blob in rows]
    return sorted(services, key=lambda s: (s.key, str(s.id)))


def count_services(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT COUNT(*) FROM services").fetchone()[0])


def service_exists(conn: sqlite3.Connection, service_id: UUID) -> bool:
    row = conn.execute("SELECT 1 FROM services WHERE id = ?", (str(service_id),)).fetchone()
    return row is not None


def insert_service(conn: sqlite3.Connection, cipher: Cipher, service: Service) -> None:
    if service_exists(conn, service.id):
        raise StoreError(f"A service with id {service.id} is already stored.")
    if count_services(conn) >= MAX_SERVICES:
        raise StoreError(f"The directory can hold at most {MAX_SERVICES} services.")
    conn.execute(
        "INSERT INTO services (id, payload) VALUES (?, ?)",
        (str(service.id), seal_service(cipher, service)),
    )


def update_service(conn: sqlite3.Connection, cipher: Cipher, service: Service) -> None:
    cursor = conn.execute(
        "UPDATE services SET payload = ? WHERE id = ?",
        (seal_service(cipher, service), str(service.id)),
    )
    if cursor.rowcount != 1:
        raise NotFound(f"No service with id {service.id}.")


def delete_service(conn: sqlite3.Connection, service_id: UUID) -> None:
    cursor = conn.execute("DELETE FROM services WHERE id = ?", (str(service_id),))
    if cursor.rowcount != 1:
        raise NotFound(f"No service with id {service_id}.")


def load_profile(conn: sqlite3.Connection, cipher: Cipher) -> PractitionerProfile:
    """The stored profile, or an empty one before it is first saved."""
    row = conn.execute("SELECT payload FROM profile WHERE id = ?", (PROFILE_ROW,)).fetchone()
    if row is None:
        return PractitionerProfile()
    return _open(cipher, PractitionerProfile, row[0], _PROFILE_AAD)


def save_profile(conn: sqlite3.Connection, cipher: Cipher, profile: PractitionerProfile) -> None:
    blob = _seal(cipher, profile, _PROFILE_AAD)
    conn.execute(
        "INSERT INTO profile (id, payload) VALUES (?, ?) "
        "ON CONFLICT (id) DO UPDATE SET payload = excluded.payload",
        (PROFILE_ROW, blob),
    )
