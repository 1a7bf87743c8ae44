"""The SQL behind the store: rows in and out, sealed and opened through ``codec``.

Functions here run inside the caller's transaction and never commit.

The clear columns (``clients.archived``, ``clients.current_map_id``, ``maps.client_id``,
``maps.seq``) are not encrypted, so each read checks them against the sealed payloads
(the client's archived flag, the map's client, the summary's ``seq``) and raises
``StoreCorrupt`` rather than show a changed caseload or version order. Damage to the
file's structure (a lost row, an index that no longer matches its table) is refused
when the store opens (``connection.check_integrity``).
"""

from __future__ import annotations

import sqlite3
from uuid import UUID

from netbuilder.analysis.caseload import caseload_facts
from netbuilder.model import Client, NetworkMap

from . import codec
from .crypto import Cipher
from .errors import NotFound, StoreCorrupt, StoreError
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
    """The id of the client's current version, which must be one of the client's own."""
    row = conn.execute(
        "SELECT c.current_map_id, m.client_id FROM clients AS c "
        "LEFT JOIN maps AS m ON m.id = c.current_map_id WHERE c.id = ?",
        (str(client_id),),
    ).fetchone()
    if row is None:
        raise NotFound(f"No client with id {client_id}.")
    _check_current(row[1], str(client_id))
    return row_uuid(row[0])


def row_uuid(value: object) -> UUID:
    """An id read from a clear column; ``StoreCorrupt`` unless it is one, written as the
    store writes ids."""
    try:
        parsed = UUID(value) if isinstance(value, str) else None
    except ValueError:
        parsed = None
    if parsed is None or str(parsed) != value:
        raise StoreCorrupt("A stored id is damaged: the data file was altered.")
    return parsed


def _check_current(owner: object, client_id: str) -> None:
    if owner != client_id:
        raise StoreCorrupt(
            "A client's current map version is missing or not theirs: "
            "the data file was altered."
        )


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
    return [str(row_uuid(r[0])) for r in rows]


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
        "SELECT id, seq, summary, payload FROM maps WHERE client_id = ?", (str(client_id),)
    ).fetchall()
    placed = []
    for map_id, seq, summary_blob, blob in rows:
        summary = codec.open_summary(cipher, str(map_id), summary_blob, seq)
        network = codec.open_map(cipher, str(map_id), str(client_id), blob)
        placed.append((network.date, _order(summary, seq), network))
    return [network for _, _, network in sorted(placed, key=lambda p: p[:2])]


def _order(summary: codec.MapSummary, seq: object) -> int:
    """Where a version comes among those of its date: the sealed number, else (a summary
    written before it was sealed) the clear one, which must at least be a number."""
    if summary.seq is not None:
        return summary.seq
    if type(seq) is not int:
        raise StoreCorrupt("A stored map version is out of its place: the data file was altered.")
    return seq


def insert_map(conn: sqlite3.Connection, cipher: Cipher, network: NetworkMap) -> None:
    if map_owner(conn, network.id) is not None:
        raise StoreError(f"A map version with id {network.id} is already stored.")
    count = conn.execute(
        "SELECT COUNT(*) FROM maps WHERE client_id = ?", (str(network.client_id),)
    ).fetchone()[0]
    if count >= MAX_VERSIONS:
        raise StoreError(f"A client can have at most {MAX_VERSIONS} map versions.")
    seq = int(conn.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM maps").fetchone()[0])
    conn.execute(
        "INSERT INTO maps (id, client_id, seq, summary, payload) VALUES (?, ?, ?, ?, ?)",
        (str(network.id), str(network.client_id), seq, *_sealed_map(cipher, network, seq)),
    )


def update_map(conn: sqlite3.Connection, cipher: Cipher, network: NetworkMap) -> None:
    """New content for a stored version, keeping its (checked) place in the order."""
    row = conn.execute(
        "SELECT seq, summary FROM maps WHERE id = ?", (str(network.id),)
    ).fetchone()
    if row is None:
        raise NotFound(f"No map version with id {network.id}.")
    seq = _order(codec.open_summary(cipher, str(network.id), row[1], row[0]), row[0])
    conn.execute(
        "UPDATE maps SET summary = ?, payload = ? WHERE id = ?",
        (*_sealed_map(cipher, network, seq), str(network.id)),
    )


def _sealed_map(cipher: Cipher, network: NetworkMap, seq: int) -> tuple[bytes, bytes]:
    return codec.seal_summary(cipher, network, seq), codec.seal_map(cipher, network)


def versions(conn: sqlite3.Connection, cipher: Cipher, client_id: UUID) -> list[VersionInfo]:
    current = current_map_id(conn, client_id)
    rows = conn.execute(
        "SELECT id, seq, summary FROM maps WHERE client_id = ?", (str(client_id),)
    ).fetchall()
    placed = []
    for map_id, seq, blob in rows:
        summary = codec.open_summary(cipher, str(map_id), blob, seq)
        version_id = row_uuid(map_id)
        info = VersionInfo(version_id, summary.label, summary.date, version_id == current)
        placed.append((summary.date, _order(summary, seq), info))
    return [info for _, _, info in sorted(placed, key=lambda p: p[:2])]


# Every client, archived or not: the archived flag is checked against the payload
# before it decides anything (so it is not a WHERE clause).
_SUMMARY_SQL = """
SELECT c.id, c.archived, c.payload, c.current_map_id, m.client_id, m.seq, m.summary,
       (SELECT COUNT(*) FROM maps AS v WHERE v.client_id = c.id)
FROM clients AS c LEFT JOIN maps AS m ON m.id = c.current_map_id
"""


def client_summaries(
    conn: sqlite3.Connection, cipher: Cipher, include_archived: bool
) -> list[ClientSummary]:
    """One query; each client's payload and current-version summary opened once."""
    out = []
    for client_id, archived, payload, map_id, owner, seq, summary_blob, count in conn.execute(
        _SUMMARY_SQL
    ):
        client = codec.open_client_row(cipher, client_id, archived, payload)
        if client.archived and not include_archived:
            continue
        _check_current(owner, client_id)
        current = row_uuid(map_id)
        summary = codec.open_summary(cipher, str(current), summary_blob, seq)
        facts = (summary.facts.to_facts() if summary.facts is not None
                 else caseload_facts(load_map(conn, cipher, current)))  # an older row
        out.append(ClientSummary(client, current, summary.label, summary.date, int(count),
                                 facts))
    return sorted(out, key=lambda s: (s.client.display_name.casefold(), str(s.client.id)))
