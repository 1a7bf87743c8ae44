"""A thousand wrong passphrases: each refused, and not one byte or timestamp changes."""

from __future__ import annotations

import hashlib
import random
import string
import unicodedata
from pathlib import Path

import pytest

from netbuilder.model import ClientRecord
from netbuilder.model.demo import build_demo
from netbuilder.store import KdfParams, Store, WrongPassphrase

RIGHT = "Correct horse battery staple 7"
CHEAP = KdfParams(n=2**4, r=8, p=1)  # what is tested is the refusal, not scrypt's cost
ATTEMPTS = 1000


def near_misses(right: str) -> list[str]:
    """What a tired person types: case changed, one character off, dropped, doubled or
    added, two swapped, and spaces around."""
    out = [right.swapcase(), right.lower(), right.upper(), right + " ", " " + right,
           right + "\n", right[:-1], right + right[-1]]
    for i, char in enumerate(right):
        out.append(right[:i] + char.swapcase() + right[i + 1:])
        out.append(right[:i] + chr(ord(char) + 1) + right[i + 1:])
        out.append(right[:i] + right[i + 1:])
        out.append(right[:i] + char + right[i:])
        if i + 1 < len(right):
            out.append(right[:i] + right[i + 1] + char + right[i + 2:])
    return out


def random_passphrases(rng: random.Random) -> list[str]:
    alphabet = string.ascii_letters + string.digits + string.punctuation + " éßŵłДשع"
    return ["".join(rng.choices(alphabet, k=rng.randint(8, 40))) for _ in range(ATTEMPTS)]


def wrong_passphrases(right: str, seed: int = 6) -> list[str]:
    """``ATTEMPTS`` distinct passphrases, none the same as ``right`` once normalised."""
    same = unicodedata.normalize("NFC", right)
    chosen: dict[str, None] = {}
    for candidate in near_misses(right) + random_passphrases(random.Random(seed)):
        if unicodedata.normalize("NFC", candidate) != same:
            chosen[candidate] = None
    return list(chosen)[:ATTEMPTS]


def fingerprint(folder: Path) -> dict[str, tuple[str, int, int]]:
    """Every file in the folder (with -wal and -shm if any): content hash, size, mtime."""
    out = {}
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        info = path.stat()
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        out[str(path.relative_to(folder))] = (digest, info.st_size, info.st_mtime_ns)
    return out


@pytest.fixture
def demo_store(tmp_path: Path) -> tuple[Path, ClientRecord]:
    record = build_demo()
    folder = tmp_path / "data"
    with Store.create(folder, RIGHT, CHEAP) as store:
        store.add_record(record)
    return folder, record


def test_the_wrong_passphrases_are_distinct_near_misses_and_random() -> None:
    wrong = wrong_passphrases(RIGHT)
    assert len(wrong) == len(set(wrong)) == ATTEMPTS
    assert RIGHT not in wrong
    assert {RIGHT.swapcase(), RIGHT + " ", RIGHT[:-1], RIGHT.replace("C", "c", 1)} <= set(wrong)


def test_a_thousand_wrong_passphrases_change_nothing(
    demo_store: tuple[Path, ClientRecord],
) -> None:
    folder, record = demo_store
    before = fingerprint(folder)
    refused = 0
    for passphrase in wrong_passphrases(RIGHT):
        with pytest.raises(WrongPassphrase, match=r"^The passphrase is not right\.$"):
            Store.open(folder, passphrase)
        refused += 1
    assert refused == ATTEMPTS
    assert fingerprint(folder) == before
    with Store.open(folder, RIGHT) as store:
        assert store.get_record(record.client.id) == record
        assert [s.client for s in store.list_clients()] == [record.client]


def test_a_wrong_passphrase_leaves_a_crashed_sessions_log_as_it_was(tmp_path: Path) -> None:
    """After a crash the write-ahead log still holds the last edits: a wrong passphrase must
    not fold it into the file (which a read-write connection closing last would do)."""
    live, crashed = tmp_path / "live", tmp_path / "crashed"
    record = build_demo()
    store = Store.create(live, RIGHT, CHEAP)
    try:
        store.add_record(record)
        crashed.mkdir()
        for name in ("netbuilder.db", "netbuilder.db-wal", "netbuilder.db-shm"):
            (crashed / name).write_bytes((live / name).read_bytes())  # the files as left by a crash
    finally:
        store.close()
    assert (crashed / "netbuilder.db-wal").stat().st_size > 0
    kept = {n: fingerprint(crashed)[n] for n in ("netbuilder.db", "netbuilder.db-wal")}
    for passphrase in wrong_passphrases(RIGHT)[:20]:
        with pytest.raises(WrongPassphrase):
            Store.open(crashed, passphrase)
    after = fingerprint(crashed)
    assert {n: after[n] for n in kept} == kept
    with Store.open(crashed, RIGHT) as reopened:
        assert reopened.get_record(record.client.id) == record
