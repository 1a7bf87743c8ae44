"""The backup file format: sealing a database image into a backup, reading one, listing them.

A backup file is

    MAGIC | header length (4 bytes, big-endian) | header (JSON, UTF-8) | sealed payload

The header holds the format version, when the backup was made (UTC), the store's keyring
rows (the data key wrapped under the passphrase: in the clear in the database too), so
that a backup can be restored with the passphrase after the live database is lost, and
a small token sealed with the data key, which tells "made by another installation" from
"damaged". The payload (the whole database image, one AES-GCM payload) has a context that
includes a hash of the magic and the header, so a change to any byte of the file is
detected.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import errno
import hashlib
import json
import re
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .crypto import Cipher, KdfParams, WrappedKey
from .errors import StoreCorrupt, StoreError
from .keyring import PASSPHRASE

if TYPE_CHECKING:
    from .db import Store

MAGIC = b"NetBuilder backup\x00"
FORMAT_VERSION = 1
SUFFIX = ".nbbackup"
STAMP = "%Y%m%d-%H%M%S"
KEYRING_COLUMNS = ("purpose", "kdf", "n", "r", "p", "salt", "wrapped_key")
_LENGTH_BYTES = 4
_MAX_HEADER = 64 * 1024
_NAME = re.compile(r"netbuilder-(\d{8}-\d{6})(?:-\d+)?\.nbbackup")
_SQLITE_MAGIC = b"SQLite format 3\x00"
_KEY_CHECK = b"NetBuilder backup key check"
_KEY_CHECK_CONTEXT = "backup-key-check"

NOT_A_BACKUP = "This file is not a NetBuilder backup; choose a .nbbackup file."
DAMAGED = "This backup is damaged or was altered, so it cannot be restored; choose another."
OTHER_INSTALLATION = ("This backup was made by another NetBuilder installation (its key does "
                      "not fit this data), so it cannot be restored over it.")
NEWER = ("This backup was made by a newer NetBuilder; update NetBuilder to restore it. "
         "Nothing has been changed.")


class BackupError(StoreError):
    """A backup cannot be made, read or restored, said in one line. ``store`` is set when a
    restore had closed the live store before it failed: the same data, opened again."""

    def __init__(self, message: str, store: Store | None = None) -> None:
        super().__init__(message)
        self.store = store


@dataclass(frozen=True)
class BackupInfo:
    """One backup file; a ``damaged`` one cannot be read (``created`` is then a guess)."""

    path: Path
    created: datetime
    size: int
    damaged: bool = False


@dataclass(frozen=True)
class Header:
    created: datetime
    keyring: tuple[dict[str, Any], ...]  # as stored: bytes in base64
    key_check: bytes
    digest: str  # of the magic, length and header bytes: part of the payload's context


# writing ------------------------------------------------------------------------------


def keyring_rows(conn: sqlite3.Connection) -> list[tuple[Any, ...]]:
    columns = ", ".join(KEYRING_COLUMNS)
    return list(conn.execute(f"SELECT {columns} FROM keyring ORDER BY purpose"))


def encode_keyring(rows: Sequence[tuple[Any, ...]]) -> tuple[dict[str, Any], ...]:
    """Keyring rows as the header stores them."""
    encoded = []
    for row in rows:
        values = dict(zip(KEYRING_COLUMNS, row, strict=True))
        encoded.append({k: _b64(v) if isinstance(v, bytes) else v for k, v in values.items()})
    return tuple(encoded)


def seal_backup(cipher: Cipher, image: bytes, created: datetime,
                keyring: Sequence[dict[str, Any]]) -> bytes:
    """The whole backup file for the database ``image``, sealed with ``cipher``."""
    header = {
        "format": "netbuilder-backup",
        "version": FORMAT_VERSION,
        "created": created.isoformat(),
        "keyring": list(keyring),
        "key_check": _b64(cipher.seal(_KEY_CHECK, _KEY_CHECK_CONTEXT)),
    }
    body = json.dumps(header, sort_keys=True).encode("utf-8")
    head = MAGIC + len(body).to_bytes(_LENGTH_BYTES, "big") + body
    return head + cipher.seal(image, _context(created, hashlib.sha256(head).hexdigest()))


def _context(created: datetime, digest: str) -> str:  # binds the payload to the header
    return f"backup:{created.strftime(STAMP)}:{digest}"


def free_name(folder: Path, created: datetime) -> Path:
    """netbuilder-YYYYMMDD-HHMMSS.nbbackup, with -2, -3... if that second is taken."""
    stem = f"netbuilder-{created.strftime(STAMP)}"
    path, n = folder / f"{stem}{SUFFIX}", 1
    while path.exists():
        n += 1
        path = folder / f"{stem}-{n}{SUFFIX}"
    return path


# finding backups ------------------------------------------------------------------------


def list_backups(folder: Path) -> list[BackupInfo]:
    """The backups in ``folder``, newest first; other files are ignored, and a backup
    whose header cannot be read is listed as damaged."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        if path.name.startswith(".") or path.suffix != SUFFIX or not path.is_file():
            continue
        found.append(_describe(path))
    return sorted(found, key=lambda b: b.created, reverse=True)


def _describe(path: Path) -> BackupInfo:
    size, created = 0, datetime.fromtimestamp(0, UTC)
    with contextlib.suppress(OSError):
        info = path.stat()
        size, created = info.st_size, datetime.fromtimestamp(info.st_mtime, UTC)
    try:
        with path.open("rb") as f:
            start = f.read(len(MAGIC) + _LENGTH_BYTES)
            length = min(int.from_bytes(start[len(MAGIC):], "big"), _MAX_HEADER + 1)
            header, _ = split_backup(start + f.read(length), whole=False)
        return BackupInfo(path, header.created, size)
    except (OSError, BackupError):
        match = _NAME.fullmatch(path.name)
        with contextlib.suppress(ValueError):  # else the file's own time
            created = datetime.strptime(match[1] if match else "", STAMP).replace(tzinfo=UTC)
        return BackupInfo(path, created, size, damaged=True)


# reading a backup -----------------------------------------------------------------------


def read_backup(backup: Path) -> bytes:
    with io_errors("The backup file cannot be read", "Choose another backup."):
        return backup.read_bytes()


def split_backup(data: bytes, whole: bool = True) -> tuple[Header, bytes]:
    """The header and the sealed payload; ``BackupError`` if the file is not a backup,
    is damaged or is of a newer format. With ``whole=False``, ``data`` may be cut short
    after the header (when listing)."""
    if not data.startswith(MAGIC):
        raise BackupError(NOT_A_BACKUP)
    start = len(MAGIC) + _LENGTH_BYTES
    length = int.from_bytes(data[len(MAGIC):start], "big")
    if length > _MAX_HEADER or len(data) < start + length:
        raise BackupError(DAMAGED)
    head = data[:start + length]
    try:
        fields = json.loads(head[start:].decode("utf-8"))
        header = _header(fields, hashlib.sha256(head).hexdigest())
    except (UnicodeDecodeError, ValueError, TypeError, KeyError, binascii.Error):
        raise BackupError(DAMAGED) from None
    payload = data[start + length:]
    if whole and not payload:
        raise BackupError(DAMAGED)
    return header, payload


def _header(fields: Any, digest: str) -> Header:
    if not isinstance(fields, dict) or fields.get("format") != "netbuilder-backup":
        raise ValueError("not a backup header")
    version = fields["version"]
    if not isinstance(version, int) or version < 1:
        raise ValueError("bad version")
    if version > FORMAT_VERSION:
        raise BackupError(NEWER)
    created = datetime.fromisoformat(fields["created"])
    if created.tzinfo is None:
        raise ValueError("created has no time zone")
    keyring = fields["keyring"]
    if not isinstance(keyring, list) or not all(isinstance(r, dict) for r in keyring):
        raise ValueError("bad keyring")
    return Header(created.astimezone(UTC), tuple(keyring),
                  base64.b64decode(fields["key_check"], validate=True), digest)


def open_payload(header: Header, payload: bytes, cipher: Cipher) -> bytes:
    """The database image in the backup; ``BackupError`` if it does not open with
    ``cipher`` (damaged, or, when the key check fails too, made with another key)."""
    try:
        image = cipher.open(payload, _context(header.created, header.digest))
    except StoreCorrupt:
        try:
            cipher.open(header.key_check, _KEY_CHECK_CONTEXT)
        except StoreCorrupt:
            raise BackupError(OTHER_INSTALLATION) from None
        raise BackupError(DAMAGED) from None
    if not image.startswith(_SQLITE_MAGIC):
        raise BackupError(DAMAGED)
    return image


def wrapped_keys(header: Header) -> list[WrappedKey]:
    """The header's wrapped copies of the data key, the passphrase's first."""
    keys = []
    for row in header.keyring:
        with contextlib.suppress(KeyError, TypeError, ValueError, binascii.Error):
            kdf = KdfParams(int(row["n"]), int(row["r"]), int(row["p"]))
            salt, blob = (base64.b64decode(row[k], validate=True) for k in ("salt", "wrapped_key"))
            if row["kdf"] == "scrypt":
                keys.append(WrappedKey(str(row["purpose"]), kdf, salt, blob))
    return sorted(keys, key=lambda k: k.purpose != PASSPHRASE)


def rollback_mode(image: bytes) -> bytes:
    """Header bytes 18 and 19 say "write-ahead log"; SQLite opens such an image in memory
    only in rollback-journal mode (1, 1). The store switches back to WAL when it opens."""
    return image[:18] + b"\x01\x01" + image[20:]


# file errors ------------------------------------------------------------------------------


@contextlib.contextmanager
def io_errors(what: str, advice: str) -> Iterator[None]:
    try:
        yield
    except OSError as e:
        raise BackupError(io_message(what, e, advice)) from None


def io_message(what: str, error: OSError, advice: str) -> str:
    """One line: what failed and why (the system's words, never a path), what to do."""
    if error.errno == errno.ENOSPC:
        return f"{what}: the disk is full. Free some space and try again."
    return f"{what} ({error.strerror or 'a file error'}). {advice}"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
