"""The encrypted local store: clients and their dated map versions in one SQLite file.

Only random ids, the archived flag and an ordering number are stored in the
clear; every client and map is an AES-GCM payload (see ``crypto``). Each
public method that changes anything is one transaction.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from uuid import UUID

from pydantic import ValidationError

from netbuilder.model import Client, ClientRecord, NetworkMap
from netbuilder.model.directory import PractitionerProfile, Service

from . import directory, migrations, queries
from .connection import connect, database_errors, mark_as_store, transaction, use_wal
from .crypto import Cipher, KdfParams, WrappedKey, check_new_passphrase, unwrap_key, wrap_key
from .directory import ServicesImport
from .errors import NotFound, StoreCorrupt, StoreError
from .keyring import PASSPHRASE, RECOVERY, has_wrapped, load_wrapped, save_wrapped
from .lock import WriterLock, acquire
from .paths import db_path, make_private_file, make_private_folder, tighten
from .recovery import new_recovery_key, reset_passphrase_key, wrap_for_recovery
from .unlock import (
    NOT_A_STORE,
    new_store_key,
    read_wrapped_key,
    refuse_existing,
    store_exists,
    unlock_data_key,
)
from .views import ClientSummary, VersionInfo

_HEX_PREFIX = re.compile(r"[0-9a-f]{4,32}")


class Store:
    """An open, unlocked store. Use ``create``, ``open`` or ``open_or_create``.

    An open store holds its folder's writer lock (``lock``): another process opening the
    folder gets ``StoreInUse``; other stores in this process share the lock.
    """

    def __init__(self, folder: Path, conn: sqlite3.Connection, data_key: bytes,
                 lock: WriterLock | None = None) -> None:
        self.folder = folder
        self._conn: sqlite3.Connection | None = conn
        self._cipher: Cipher | None = Cipher(data_key)
        self._data_key: bytes | None = data_key  # to wrap under a new recovery key
        self._lock = lock

    # opening and closing -------------------------------------------------

    @staticmethod
    def exists(folder: Path) -> bool:
        """Whether ``folder`` holds a store (or some other file in its place, for ``open`` to
        report); an empty database left by an interrupted creation does not count."""
        return store_exists(folder)

    @classmethod
    def create(cls, folder: Path, passphrase: str, kdf: KdfParams | None = None) -> Store:
        """A new, empty store in ``folder``; refuses if one is already there."""
        return cls.create_with_key(folder, *new_store_key(folder, passphrase, kdf))

    @classmethod
    def create_with_key(cls, folder: Path, data_key: bytes, wrapped: WrappedKey) -> Store:
        """``create``'s second half, after ``unlock.new_store_key`` made the key (the slow
        part, which may run on another thread)."""
        refuse_existing(folder)
        make_private_folder(folder)
        lock = acquire(folder)
        with _releasing_on_error(lock):
            refuse_existing(folder)  # made by another process before this one got the lock
            make_private_file(db_path(folder))
            cipher = Cipher(data_key)
            conn = connect(db_path(folder))
            with _closing_on_error(conn), database_errors():
                use_wal(conn)
                with transaction(conn):
                    mark_as_store(conn)
                    migrations.apply_all(conn, cipher)
                    save_wrapped(conn, wrapped)
                tighten(folder)
        return cls(folder, conn, data_key, lock)

    @classmethod
    def open(cls, folder: Path, passphrase: str) -> Store:
        """Unlock the store in ``folder``; a wrong passphrase or newer store changes nothing."""
        return cls.open_with_key(folder, unlock_data_key(folder, passphrase))

    @classmethod
    def open_with_key(cls, folder: Path, data_key: bytes) -> Store:
        """``open``'s second half, with the data key that ``unlock.unlock_data_key`` got
        from the passphrase (the slow part, which may run on another thread)."""
        if not cls.exists(folder):
            raise NotFound("There is no NetBuilder store in this folder yet.")
        lock = acquire(folder)
        with _releasing_on_error(lock):
            conn = connect(db_path(folder))
            with _closing_on_error(conn), database_errors():
                if migrations.refuse_if_too_new(conn) == 0:
                    raise StoreCorrupt(NOT_A_STORE)
                use_wal(conn)
                migrations.migrate(conn, Cipher(data_key))
                tighten(folder)
        return cls(folder, conn, data_key, lock)

    @classmethod
    def open_with_recovery_key(cls, folder: Path, recovery_key: str, new_passphrase: str,
                               kdf: KdfParams | None = None) -> Store:
        """Open with the recovery key when the passphrase is forgotten, and put
        ``new_passphrase`` in the old one's place (the recovery key keeps working).
        ``WrongRecoveryKey`` (and no byte changed) if the key does not fit."""
        wrapped = read_wrapped_key(folder, RECOVERY)
        data_key, new_wrapped = reset_passphrase_key(wrapped, recovery_key, new_passphrase, kdf)
        return cls.open_with_new_passphrase(folder, data_key, new_wrapped)

    @classmethod
    def open_with_new_passphrase(cls, folder: Path, data_key: bytes,
                                 wrapped: WrappedKey) -> Store:
        """``open_with_recovery_key``'s second half, with what ``recovery.reset_passphrase_key``
        made (the slow part, which may run on another thread): one transaction."""
        store = cls.open_with_key(folder, data_key)
        try:
            with database_errors(), transaction(store._open_parts()[0]) as conn:
                save_wrapped(conn, wrapped)
        except BaseException:
            store.close()
            raise
        return store

    @classmethod
    def open_or_create(cls, folder: Path, passphrase: str, kdf: KdfParams | None = None) -> Store:
        if cls.exists(folder):
            return cls.open(folder, passphrase)
        return cls.create(folder, passphrase, kdf)

    def close(self) -> None:
        """Close the file (SQLite folds the write-ahead log back in) and forget the key."""
        if self._conn is not None:
            self._conn.close()
        self._conn = None
        self._cipher = self._data_key = None
        if self._lock is not None:
            self._lock.release()

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def change_passphrase(self, current: str, new: str, kdf: KdfParams | None = None) -> None:
        """Re-wrap the same data key under ``new``; ``WrongPassphrase`` if ``current`` is wrong."""
        check_new_passphrase(new)
        conn, _ = self._open_parts()
        with database_errors():
            data_key = unwrap_key(load_wrapped(conn), current)
            wrapped = wrap_key(data_key, new, kdf or KdfParams.default(), PASSPHRASE)
            with transaction(conn):
                save_wrapped(conn, wrapped)

    def set_up_recovery_key(self, key: str | None = None) -> str:
        """A new recovery key (``key``, from ``recovery.new_recovery_key``, or a fresh one),
        replacing any earlier one (one transaction): show it once, it is stored nowhere."""
        conn, _ = self._open_parts()
        if self._data_key is None:
            raise StoreError("The store is closed.")
        key = key or new_recovery_key()
        wrapped = wrap_for_recovery(self._data_key, key)
        with database_errors(), transaction(conn):
            save_wrapped(conn, wrapped)
        return key

    def has_recovery_key(self) -> bool:
        conn, _ = self._open_parts()
        with database_errors():
            return has_wrapped(conn, RECOVERY)

    # clients --------------------------------------------------------------

    def list_clients(self, include_archived: bool = False) -> list[ClientSummary]:
        conn, cipher = self._open_parts()
        with database_errors():
            return queries.client_summaries(conn, cipher, include_archived)

    def get_client(self, client_id: UUID) -> Client:
        conn, cipher = self._open_parts()
        with database_errors():
            return queries.load_client(conn, cipher, client_id)

    def find_client(self, ref: str) -> Client:
        """By full id, or by a unique prefix of at least 4 hex digits (hyphens ignored)."""
        text = ref.strip().lower()
        try:
            return self.get_client(UUID(text))
        except ValueError:
            pass
        prefix = text.replace("-", "")
        if not _HEX_PREFIX.fullmatch(prefix):
            raise NotFound("A client reference is a full id or at least 4 of its first hex digits.")
        conn, _ = self._open_parts()
        with database_errors():
            ids = queries.matching_client_ids(conn, prefix)
        if not ids:
            raise NotFound(f"No client id starts with {prefix}.")
        if len(ids) > 1:
            raise StoreError(f"The reference {prefix} is ambiguous: give more of the client id.")
        return self.get_client(UUID(ids[0]))

    def save_client(self, client: Client) -> None:
        conn, cipher = self._open_parts()
        with database_errors(), transaction(conn):
            queries.update_client(conn, cipher, client)

    def set_archived(self, client_id: UUID, archived: bool) -> None:
        conn, cipher = self._open_parts()
        with database_errors(), transaction(conn):
            client = queries.load_client(conn, cipher, client_id)
            changed = client.model_validate({**client.model_dump(), "archived": archived})
            queries.update_client(conn, cipher, changed)

    def delete_client(self, client_id: UUID) -> None:
        """Erase a client and every version of their map, leaving no trace in the files.

        ``secure_delete`` zeroes what the delete frees; ``VACUUM`` then rebuilds the file, so
        no free page or moved cell keeps an old copy; a TRUNCATE checkpoint folds the
        write-ahead log into the file and empties it, taking the earlier frames that held
        the client with it. ``StoreError`` if another connection keeps the log open: the
        client is deleted, and the log is emptied when the last connection closes.
        """
        conn, _ = self._open_parts()
        with database_errors():
            conn.execute("PRAGMA secure_delete = ON")
            with transaction(conn):
                queries.require_client(conn, client_id)
                conn.execute("DELETE FROM maps WHERE client_id = ?", (str(client_id),))
                conn.execute("DELETE FROM clients WHERE id = ?", (str(client_id),))
            _erase_freed_traces(conn)

    # records ---------------------------------------------------------------

    def add_record(self, record: ClientRecord) -> None:
        """A new client with all their versions, in one transaction."""
        conn, cipher = self._open_parts()
        with database_errors(), transaction(conn):
            if queries.client_exists(conn, record.client.id):
                raise StoreError(f"A client with id {record.client.id} is already stored.")
            queries.insert_client(conn, cipher, record.client, record.current_map_id)
            for network in record.maps:
                queries.insert_map(conn, cipher, network)

    def get_record(self, client_id: UUID) -> ClientRecord:
        conn, cipher = self._open_parts()
        with database_errors():
            conn.execute("BEGIN")  # one consistent snapshot across the reads
            try:
                client = queries.load_client(conn, cipher, client_id)
                maps = queries.load_maps(conn, cipher, client_id)
                current = queries.current_map_id(conn, client_id)
            finally:
                conn.execute("COMMIT")
        return _record(client, maps, current)

    # map versions ------------------------------------------------------------

    def list_versions(self, client_id: UUID) -> list[VersionInfo]:
        conn, cipher = self._open_parts()
        with database_errors():
            return queries.versions(conn, cipher, client_id)

    def get_map(self, map_id: UUID) -> NetworkMap:
        conn, cipher = self._open_parts()
        with database_errors():
            return queries.load_map(conn, cipher, map_id)

    def current_map(self, client_id: UUID) -> NetworkMap:
        conn, cipher = self._open_parts()
        with database_errors():
            return queries.load_map(conn, cipher, queries.current_map_id(conn, client_id))

    def save_map(self, network: NetworkMap) -> None:
        """Store this version's content; a version new to the store is added, not made current."""
        conn, cipher = self._open_parts()
        with database_errors(), transaction(conn):
            owner = queries.map_owner(conn, network.id)
            if owner is None:
                queries.require_client(conn, network.client_id)
                queries.insert_map(conn, cipher, network)
            elif owner != str(network.client_id):
                raise StoreError(f"Map version {network.id} belongs to another client.")
            else:
                queries.update_map(conn, cipher, network)

    def add_version(self, network: NetworkMap, make_current: bool = True) -> None:
        conn, cipher = self._open_parts()
        with database_errors(), transaction(conn):
            queries.require_client(conn, network.client_id)
            queries.insert_map(conn, cipher, network)
            if make_current:
                queries.set_current(conn, network.client_id, network.id)

    def set_current(self, client_id: UUID, map_id: UUID) -> None:
        conn, _ = self._open_parts()
        with database_errors(), transaction(conn):
            queries.set_current(conn, client_id, map_id)

    # local services directory and practitioner profile --------------------------

    def list_services(self) -> list[Service]:
        """The local services directory, by name."""
        conn, cipher = self._open_parts()
        with database_errors():
            return directory.list_services(conn, cipher)

    def add_service(self, service: Service) -> None:
        conn, cipher = self._open_parts()
        with database_errors(), transaction(conn):
            directory.insert_service(conn, cipher, service)

    def update_service(self, service: Service) -> None:
        conn, cipher = self._open_parts()
        with database_errors(), transaction(conn):
            directory.update_service(conn, cipher, service)

    def delete_service(self, service_id: UUID) -> None:
        conn, _ = self._open_parts()
        with database_errors(), transaction(conn):
            directory.delete_service(conn, service_id)

    def import_services_csv(self, path: str | os.PathLike[str]) -> ServicesImport:
        """Add the services in a CSV file in one transaction, all or nothing.

        A row naming a service already in the directory (case ignored) updates it.
        A file with any bad row imports nothing: ``ServicesCsvError`` lists them all.
        """
        from .formats.services_csv import load_services_csv

        rows = load_services_csv(path)
        conn, cipher = self._open_parts()
        added = updated = 0
        with database_errors(), transaction(conn):
            existing = {s.key: s for s in directory.list_services(conn, cipher)}
            for row in rows:
                old = existing.get(row.service.key)
                if old is None:
                    directory.insert_service(conn, cipher, row.service)
                    added += 1
                else:
                    changed = row.service.model_copy(update={"id": old.id})
                    directory.update_service(conn, cipher, changed)
                    updated += 1
        return ServicesImport(added, updated)

    def get_profile(self) -> PractitionerProfile:
        """The practitioner's profile; an empty one until it is first saved."""
        conn, cipher = self._open_parts()
        with database_errors():
            return directory.load_profile(conn, cipher)

    def save_profile(self, profile: PractitionerProfile) -> None:
        conn, cipher = self._open_parts()
        with database_errors(), transaction(conn):
            directory.save_profile(conn, cipher, profile)

    # helpers ---------------------------------------------------------------

    def _open_parts(self) -> tuple[sqlite3.Connection, Cipher]:
        if self._conn is None or self._cipher is None:
            raise StoreError("The store is closed.")
        return self._conn, self._cipher


@contextmanager
def _releasing_on_error(lock: WriterLock) -> Iterator[None]:
    try:
        yield
    except BaseException:
        lock.release()
        raise


@contextmanager
def _closing_on_error(conn: sqlite3.Connection) -> Iterator[None]:
    try:
        yield
    except BaseException:
        conn.close()
        raise


def _erase_freed_traces(conn: sqlite3.Connection) -> None:
    """Rebuild the file and empty the write-ahead log (see ``Store.delete_client``)."""
    conn.execute("VACUUM")  # temp_store = MEMORY: the copy it builds never touches the disk
    busy, _, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    if busy:
        raise StoreError(
            "The client is deleted, but another NetBuilder window has the data open: "
            "close it to finish removing every trace."
        )


def _record(client: Client, maps: list[NetworkMap], current: UUID) -> ClientRecord:
    try:
        return ClientRecord(client=client, maps=tuple(maps), current_map_id=current)
    except ValidationError:
        raise StoreCorrupt(
            "A stored client's versions do not fit together: the data file was altered."
        ) from None
