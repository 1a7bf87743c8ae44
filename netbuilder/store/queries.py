"""The SQL behind the store: rows in and out, sealed and opened through ``codec``.

Functions here run inside the caller's transaction and never commit.
"""

from __future__ import annotations

import sqlite3
from uuid import UUID

from netbuilder.analysis.caseload import caseload_facts
from netbuilder.model import Client, NetworkMap

from . import codec
from .crypto import Cipher
from .errors import NotFound, StoreError
from .views import ClientSummary, VersionInfo

MAX_VERSIONS = 200  # as many as a ClientRecord holds


def client_exists(conn: sqlite3.Connection, client_id: UUID) -> bool:
    row = conn.execute("SELECT 1 FROM clients WHERE id = ?", (str(client_id),)).fetchone()
    return row is not None


def require_client(conn: sqlite3.Connection, client_id: UUID) -> None:
    if not client_exists(conn, client_id):
        raise NotFound(f"No client with id {client_id}.")


def load_client(conn: sqlite3.Connection, cipher: Cipher, client_id: UUID) -> Client:
    row = conn.execute("SELECT payload FROM clients WHERE id = ?", (str(client_id),)).fetchone()
    if row is None:
        raise NotFound(f"No client with id {client_id}.")
    return codec.open_client(cipher, str(client_id), row[0])


def current_map_id(conn: sqlite3.Connection, client_id: UUID) -> UUID:
    row = conn.execute(
        "SELECT current_map_id FROM clients WHERE id = ?", (str(client_id),)
    ).fetchone()
    if row is None:
        raise NotFound(f"No client with id {client_id}.")
    return UUID(row[0])


def insert_client(conn: sqlite3.Connection, cipher: Cipher, client: Client, current: UUID) -> None:
    conn.execute(
        "INSERT INTO clients (id, archived, current_map_id, payload) VALUES (?, ?, ?, ?)",
        (str(client.id), int(client.archived), str(current), codec.seal_client(cipher, client)),
    )


def update_client(conn: sqlite3.Connection, cipher: Cipher, client: Client) -> None:
    cursor = conn.execute(
        "UPDATE clients SET archived = ?, payload = ? WHERE id = ?",
        (int(client.archived), codec.seal_client(cipher, client), str(client.id)),
    )
    if cursor.rowcount != 1:
        raise NotFound(f"No client with id {client.id}.")


def set_current(conn: sqlite3.Connection, client_id: UUID, map_id: UUID) -> None:
    if map_owner(conn, map_id) != str(client_id):
        require_client(conn, client_id)
        raise NotFound(f"Client {client_id} has no map version {map_id}.")
    conn.execute(
        "UPDATE clients SET current_map_id = ? WHERE id = ?", (str(map_id), str(client_id))
    )


def matching_client_ids(conn: sqlite3.Connection, hex_prefix: str) -> list[str]:
    rows = conn.execute(
        "SELECT id FROM clients WHERE substr(replace(id, '-', ''), 1, ?) = ? LIMIT 2",
        (len(hex_prefix), hex_prefix),
    ).fetchall()
    return [str(r[0]) for r in rows]


def map_owner(conn: sqlite3.Connection, map_id: UUID) -> str | None:
    row = conn.execute("SELECT client_id FROM maps WHERE id = ?", (str(map_id),)).fetchone()
    return None if row is None else str(row[0])


def load_map(conn: sqlite3.Connection, cipher: Cipher, map_id: UUID) -> NetworkMap:
    row = conn.execute(
        "SELECT client_id, payload FROM maps WHERE id = ?", (str(map_id),)
    ).fetchone()
    if row is None:
        raise NotFound(f"No map version with id {map_id}.")
    return codec.open_map(cipher, str(map_id), str(row[0]), row[1])


def load_maps(conn: sqlite3.Connection, cipher: Cipher, client_id: UUID) -> list[NetworkMap]:
    """Every version of a client's map, by date and then by when it was added."""
    rows = conn.execute(
        "SELECT id, payload FROM maps WHERE client_id = ? ORDER BY seq", (str(client_id),)
    ).fetchall()
    maps = [codec.open_map(cipher, str(i), str(client_id), blob) for i, blob in rows]
    return sorted(maps, key=lambda m: m.date)  # stable: seq order within a date


def insert_map(conn: sqlite3.Connection, cipher: Cipher, network: NetworkMap) -> None:
    if map_owner(conn, network.id) is not None:
        raise StoreError(f"A map version with id {network.id} is already stored.")
    count = conn.execute(
        "SELECT COUNT(*) FROM maps WHERE client_id = ?", (str(network.client_id),)
    ).fetchone()[0]
    if count >= MAX_VERSIONS:
        raise StoreError(f"A client can have at most {MAX_VERSIONS} map versions.")
    conn.execute(
        "INSERT INTO maps (id, client_id, seq, summary, payload) "
        "VALUES (?, ?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM maps), ?, ?)",
        (str(network.id), str(network.client_id), *_sealed_map(cipher, network)),
    )


def update_map(conn: sqlite3.Connection, cipher: Cipher, network: NetworkMap) -> None:
    conn.execute(
        "UPDATE maps SET summary = ?, payload = ? WHERE id = ?",
        (*_sealed_map(cipher, network), str(network.id)),
    )


def _sealed_map(cipher: Cipher, network: NetworkMap) -> tuple[bytes, bytes]:
    return codec.seal_summary(cipher, network), codec.seal_map(cipher, network)


def versions(conn: sqlite3.Connection, cipher: Cipher, client_id: UUID) -> list[VersionInfo]:
    current = str(current_map_id(conn, client_id))
    rows = conn.execute(
        "SELECT id, summary FROM maps WHERE client_id = ? ORDER BY seq", (str(client_id),)
    ).fetchall()
    out = []
    for map_id, blob in rows:
        summary = codec.open_summary(cipher, str(map_id), blob)
        out.append(VersionInfo(UUID(map_id), summary.label, summary.date, map_id == current))
    return sorted(out, key=lambda v: v.date)


_SUMMARY_SQL = """
SELECT c.id, c.payload, c.current_map_id, m.summary,
       (SELECT COUNT(*) FROM maps AS v WHERE v.client_id = c.id)
FROM clients AS c JOIN maps AS m ON m.id = c.current_map_id
WHERE ? OR c.archived = 0
"""


def client_summaries(
    conn: sqlite3.Connection, cipher: Cipher, include_archived: bool
) -> list[ClientSummary]:
    """One query; each client's payload and current-version summary opened once."""
    out = []
    for client_id, payload, map_id, summary_blob, count in conn.execute(
        _SUMMARY_SQL, (int(include_archived),)
    ):
        client = codec.open_client(cipher, client_id, payload)
        summary = codec.open_summary(cipher, map_id, summary_blob)
        facts = (summary.facts.to_facts() if summary.facts is not None
                 else caseload_facts(load_map(conn, cipher, UUID(map_id))))  # an older row
        out.append(ClientSummary(client, UUID(map_id), summary.label, summary.date, int(count),
                                 facts))
    return sorted(out, key=lambda s: (s.client.display_name.casefold(), str(s.client.id)))
