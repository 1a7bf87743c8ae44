"""Helpers for tests that scan a store's files byte by byte for what must not be there."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

from netbuilder.model import Client
from netbuilder.store.db import Store
from netbuilder.store.paths import DB_NAME


def encodings(text: str) -> list[bytes]:
    """The forms the text would take in a file: UTF-8 and both UTF-16 byte orders."""
    return [text.encode(codec) for codec in ("utf-8", "utf-16-le", "utf-16-be")]


def file_contents(folder: Path) -> Iterator[tuple[Path, bytes]]:
    """Every file under ``folder`` (sorted by path) with all of its bytes."""
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        yield path, path.read_bytes()


def found_in_files(folder: Path, needles: dict[str, bytes]) -> list[str]:
    """Which needles occur in which files (every byte of every file under ``folder``)."""
    hits = []
    for path, data in file_contents(folder):
        hits += [f"{name} in {path.name}" for name, needle in needles.items() if needle in data]
    return hits


def texts_in_files(folder: Path, texts: dict[str, str]) -> list[str]:
    """Every (text, file) pair found in plaintext, in any of its ``encodings``, in any file
    under ``folder``."""
    found = []
    for path, data in file_contents(folder):
        for key, text in texts.items():
            if any(needle in data for needle in encodings(text)):
                found.append(f"{key} in {path.name}")
    return found


def traces_of(store: Store, client: Client) -> dict[str, bytes]:
    """The client's id and map ids, and 24-byte pieces of their ciphertext as stored now
    (and so as backed up: ids and sealed payloads are copied byte for byte)."""
    conn = sqlite3.connect(store.folder / DB_NAME)
    try:
        needles = {"client id": str(client.id).encode()}
        (payload,) = conn.execute("SELECT payload FROM clients WHERE id = ?",
                                  (str(client.id),)).fetchone()
        needles["client payload"] = bytes(payload)[:24]
        for map_id, summary, blob in conn.execute(
                "SELECT id, summary, payload FROM maps WHERE client_id = ?", (str(client.id),)):
            needles[f"map id {map_id}"] = str(map_id).encode()
            needles[f"summary {map_id}"] = bytes(summary)[-24:]
            needles[f"payload {map_id}"] = bytes(blob)[len(blob) // 2:len(blob) // 2 + 24]
        return needles
    finally:
        conn.close()
