"""Byte flips in a closed store never give silently wrong data.

Each trial copies a closed store file (write-ahead log folded in), flips one byte
(XOR with a random non-zero value, seeded), opens the copy with the right passphrase
and reads everything the app can read. The outcome is one of:

* ``identical``: every read equals the original (the flip hit free space or a part
  that carries no data);
* ``refused``: a ``StoreError`` (wrong passphrase, damage, not found) with a one-line
  message holding no client text;

and never (the test asserts these are 0):

* ``wrong``: the reads succeeded but some value differs from the original;
* ``bad_message``: a ``StoreError`` whose message spans lines or quotes client text;
* ``crashed``: any other exception;
* ``hung``: a trial that took longer than ``TRIAL_TIMEOUT`` seconds.

``target="file"`` aims at any byte of the file; ``target="rows"`` only at the pages
(interior, leaf and overflow) of the tables that hold rows: keyring, clients and maps.

Run ``python -m reliability.tamper [n] [seed]`` for a one-line figure per series.
"""

from __future__ import annotations

import datetime as dt
import random
import signal
import sqlite3
import sys
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import Any

from netbuilder.model import Client, ClientRecord, ops
from netbuilder.model.demo import build_demo
from netbuilder.model.directory import PractitionerProfile, Service
from netbuilder.store import DB_NAME, KdfParams, Store, StoreError

PASSPHRASE = "tamper trial passphrase"
CHEAP_KDF = KdfParams(n=2**4, r=8, p=1)  # the flips test the store, not scrypt's cost
TRIAL_TIMEOUT = 10.0  # seconds; a normal trial takes milliseconds
ROW_TABLES = ("keyring", "clients", "maps")
OUTCOMES = ("identical", "refused", "wrong", "bad_message", "crashed", "hung")


@dataclass(frozen=True)
class Original:
    """A closed store's bytes, what reading it gives, and the client text in it."""

    data: bytes
    page_size: int
    row_pages: tuple[int, ...]  # 1-based page numbers of ROW_TABLES
    client_ids: tuple[uuid.UUID, ...]
    map_ids: tuple[uuid.UUID, ...]
    reads: tuple[Any, ...]
    texts: frozenset[str]


class TrialTimeout(Exception):
    """A trial ran longer than ``TRIAL_TIMEOUT``."""


# the store under test ------------------------------------------------------------


def sample_records() -> list[ClientRecord]:
    """The demo client with three versions (two on one date, so the order of adding
    matters) and an archived client with two, so every clear column carries meaning."""
    demo = build_demo()
    first = demo.maps[0]
    same_day = ops.start_review(first, "same day review", first.date)
    later = ops.start_review(same_day, "later review", first.date + dt.timedelta(days=30))
    active = ClientRecord(client=demo.client, maps=(first, same_day, later),
                          current_map_id=same_day.id)
    gone = Client(display_name="Quillon Vantablack", local_ref="ARCH-77", archived=True)
    base = ops.rebuild(first, id=uuid.uuid4(), client_id=gone.id, label="archived baseline")
    review = ops.start_review(base, "archived review", first.date)
    archived = ClientRecord(client=gone, maps=(base, review), current_map_id=base.id)
    return [active, archived]


def sample_directory() -> tuple[list[Service], PractitionerProfile]:
    services = [
        Service(name="Zephyrine Walking Group", type="activity", contact="0161 496 0000",
                notes="Meets Tuesdays by the canal"),
        Service(name="Orlanth Debt Advice", address="12 Quarry Lane"),
    ]
    return services, PractitionerProfile(name="Dr Ysolde Marchbank", team="Eastfield CMHT")


def build_original(folder: Path) -> Original:
    records = sample_records()
    services, profile = sample_directory()
    with Store.create(folder, PASSPHRASE, CHEAP_KDF) as store:
        for rec in records:
            store.add_record(rec)
        for service in services:
            store.add_service(service)
        store.save_profile(profile)
    client_ids = tuple(r.client.id for r in records)
    map_ids = tuple(m.id for r in records for m in r.maps)
    with Store.open(folder, PASSPHRASE) as store:
        reads = read_everything(store, client_ids, map_ids)
    path = folder / DB_NAME
    if any(folder.glob(f"{DB_NAME}-*")):  # the flips are made in the one file
        raise RuntimeError("the closed store left its write-ahead log behind")
    page_size, row_pages = _row_pages(path)
    texts = client_texts([*records, *services, profile])
    return Original(path.read_bytes(), page_size, row_pages, client_ids, map_ids, reads, texts)


def read_everything(
    store: Store, client_ids: tuple[uuid.UUID, ...], map_ids: tuple[uuid.UUID, ...]
) -> tuple[Any, ...]:
    """Every read the app makes, in one comparable value."""
    return (
        store.list_clients(include_archived=True),
        store.list_clients(include_archived=False),
        [store.get_client(i) for i in client_ids],
        [store.get_record(i) for i in client_ids],
        [store.list_versions(i) for i in client_ids],
        [store.current_map(i) for i in client_ids],
        [store.get_map(i) for i in map_ids],
        store.list_services(),
        store.get_profile(),
    )


def client_texts(values: list[Any]) -> frozenset[str]:
    """The free text in the records (names, labels, notes): never in a message."""
    found: set[str] = set()
    for value in values:
        _collect(value.model_dump(mode="json"), found)
    return frozenset(t for t in found if len(t) >= 4 and not _is_id_or_date(t))


def _collect(value: object, found: set[str]) -> None:
    if isinstance(value, str):
        found.add(value)
    elif isinstance(value, dict):
        for item in value.values():
            _collect(item, found)
    elif isinstance(value, list | tuple):
        for item in value:
            _collect(item, found)


def _is_id_or_date(text: str) -> bool:
    for parse in (uuid.UUID, dt.date.fromisoformat, dt.datetime.fromisoformat):
        try:
            parse(text)
        except ValueError:
            continue
        return True
    return False


def _row_pages(path: Path) -> tuple[int, tuple[int, ...]]:
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as conn:
        page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
        marks = ",".join("?" * len(ROW_TABLES))
        rows = conn.execute(
            f"SELECT DISTINCT pageno FROM dbstat WHERE name IN ({marks}) ORDER BY pageno",
            ROW_TABLES,
        ).fetchall()
    return page_size, tuple(int(r[0]) for r in rows)


# the trials --------------------------------------------------------------------------


def positions(original: Original, target: str) -> list[int] | range:
    if target == "file":
        return range(len(original.data))
    if target == "rows":
        size = original.page_size
        return [(page - 1) * size + i for page in original.row_pages for i in range(size)]
    raise ValueError(f"unknown target {target!r}: 'file' or 'rows'")


def flipped(data: bytes, position: int, mask: int) -> bytes:
    changed = bytearray(data)
    changed[position] ^= mask
    return bytes(changed)


def trial(original: Original, folder: Path, data: bytes) -> tuple[str, str]:
    """Write ``data`` as the store in ``folder``, open and read it: (outcome, detail)."""
    folder.mkdir(exist_ok=True)
    for leftover in folder.glob(f"{DB_NAME}-*"):  # a log an earlier trial left
        leftover.unlink()
    (folder / DB_NAME).write_bytes(data)
    try:
        with _time_limit(TRIAL_TIMEOUT), Store.open(folder, PASSPHRASE) as store:
            reads = read_everything(store, original.client_ids, original.map_ids)
    except TrialTimeout:
        return "hung", ""
    except StoreError as e:
        return ("refused" if _clean(str(e), original.texts) else "bad_message"), str(e)
    except Exception as e:  # the harness counts what must never happen
        return "crashed", f"{type(e).__name__}: {e}"
    return ("identical" if reads == original.reads else "wrong"), _first_difference(
        reads, original.reads
    )


def _clean(message: str, texts: frozenset[str]) -> bool:
    one_line = bool(message) and "\n" not in message and "\r" not in message
    return one_line and not any(t in message for t in texts)


def _first_difference(reads: tuple[Any, ...], expected: tuple[Any, ...]) -> str:
    names = ("all clients", "active clients", "clients", "records", "versions", "current maps",
             "maps", "services", "profile")
    return ", ".join(n for n, a, b in zip(names, reads, expected, strict=True) if a != b)


def run_trials(n: int, seed: int, target: str = "file",
               details: list[tuple[int, str, str]] | None = None) -> dict[str, int]:
    """Counts per outcome of ``n`` one-byte flips; ``details`` (if given) collects the
    (position, outcome, detail) of every trial that was neither identical nor refused."""
    rng = random.Random(seed)
    counts = dict.fromkeys(OUTCOMES, 0)
    with tempfile.TemporaryDirectory(prefix="netbuilder-tamper-") as tmp:
        original = build_original(Path(tmp) / "original")
        where = positions(original, target)
        for _ in range(n):
            position, mask = rng.choice(where), rng.randrange(1, 256)
            data = flipped(original.data, position, mask)
            outcome, detail = trial(original, Path(tmp) / "trial", data)
            counts[outcome] += 1
            if details is not None and outcome not in ("identical", "refused"):
                details.append((position, outcome, detail))
    return counts


@contextmanager
def _time_limit(seconds: float) -> Iterator[None]:
    """Raise ``TrialTimeout`` after ``seconds`` (where SIGALRM exists; else no limit)."""
    if not hasattr(signal, "SIGALRM"):
        yield
        return

    def expire(signum: int, frame: FrameType | None) -> None:
        raise TrialTimeout()

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def main(argv: list[str]) -> None:
    n = int(argv[0]) if argv else 1000
    seed = int(argv[1]) if len(argv) > 1 else 1
    for target in ("file", "rows"):
        details: list[tuple[int, str, str]] = []
        counts = run_trials(n, seed, target, details)
        figures = ", ".join(f"{k} {v}" for k, v in counts.items())
        print(f"byte flips ({target}, n={n}, seed={seed}): {figures}")
        for position, outcome, detail in details:
            print(f"  at byte {position}: {outcome}: {detail}")


if __name__ == "__main__":
    main(sys.argv[1:])
