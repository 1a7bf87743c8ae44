"""The recovery key: made at set-up, typed back forgivingly, it resets a forgotten passphrase;
a wrong one changes nothing, and the key is stored nowhere."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from netbuilder.model import ClientRecord
from netbuilder.store import (
    KdfParams,
    NoRecoveryKey,
    Store,
    WeakPassphrase,
    WrongPassphrase,
    WrongRecoveryKey,
)
from netbuilder.store.recovery import _check, canonical, format_key, new_recovery_key
from tests.conftest import TEST_PASSPHRASE
from tests.helpers import found_in_files

FAST = KdfParams(n=2**12, r=8, p=1)
NEW_PASSPHRASE = "a brand new passphrase"
KEY_SHAPE = re.compile(r"[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){6}")


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.fixture
def folder(tmp_path: Path, demo_record: ClientRecord) -> Path:
    with Store.create(tmp_path / "data", TEST_PASSPHRASE, FAST) as store:
        store.add_record(demo_record)
    return tmp_path / "data"


def set_up_key(folder: Path) -> str:
    with Store.open(folder, TEST_PASSPHRASE) as store:
        assert not store.has_recovery_key()
        key = store.set_up_recovery_key()
        assert store.has_recovery_key()
    return key


def test_the_key_resets_the_passphrase_and_keeps_working(
        folder: Path, demo_record: ClientRecord) -> None:
    key = set_up_key(folder)
    assert KEY_SHAPE.fullmatch(key)
    with Store.open_with_recovery_key(folder, key, NEW_PASSPHRASE, FAST) as store:
        assert [s.client for s in store.list_clients()] == [demo_record.client]
        assert store.has_recovery_key()
    with pytest.raises(WrongPassphrase):
        Store.open(folder, TEST_PASSPHRASE)  # the forgotten one stops working
    with Store.open(folder, NEW_PASSPHRASE) as store:
        assert store.get_record(demo_record.client.id) == demo_record
    with Store.open_with_recovery_key(folder, key, "and another passphrase", FAST):
        pass
    Store.open(folder, "and another passphrase").close()


def test_a_wrong_or_mistyped_key_changes_no_byte(folder: Path) -> None:
    key = set_up_key(folder)
    before = snapshot(folder)
    mistyped = key[:-1] + ("0" if key[-1] != "0" else "1")
    for wrong, says in [(new_recovery_key(), "not right"), (mistyped, "mistyped"),
                        ("7KQ2-M9XD", "28 letters and digits"), ("ÜÜÜÜ" * 7, "28 letters")]:
        with pytest.raises(WrongRecoveryKey, match=says):
            Store.open_with_recovery_key(folder, wrong, NEW_PASSPHRASE, FAST)
    with pytest.raises(WeakPassphrase):
        Store.open_with_recovery_key(folder, key, "short", FAST)
    assert snapshot(folder) == before
    Store.open(folder, TEST_PASSPHRASE).close()


def test_the_key_is_accepted_as_people_type_it(folder: Path) -> None:
    key = set_up_key(folder)
    typed = " ".join(key.lower().split("-"))
    with Store.open_with_recovery_key(folder, typed, NEW_PASSPHRASE, FAST):
        pass
    body = "01ABCDEFGHJKMNPQRSTVWXYZ10"  # every letter and both look-alike digits
    made = format_key(body + _check(body))
    for variant in [made, made.lower(), made.replace("-", ""), made.replace("-", " "),
                    " " + made.replace("0", "O").replace("1", "I", 1).replace("1", "l") + "\n",
                    made.replace("0", "o").replace("-", " - ")]:
        assert canonical(variant) == body + _check(body), variant
    with pytest.raises(WrongRecoveryKey):
        canonical(made.replace("A", "U"))  # U is not in the alphabet


def test_the_key_survives_a_passphrase_change(folder: Path) -> None:
    key = set_up_key(folder)
    with Store.open(folder, TEST_PASSPHRASE) as store:
        store.change_passphrase(TEST_PASSPHRASE, "changed on purpose", FAST)
    with Store.open_with_recovery_key(folder, key, NEW_PASSPHRASE, FAST):
        pass


def test_a_new_key_replaces_the_old_one(folder: Path) -> None:
    old = set_up_key(folder)
    with Store.open(folder, TEST_PASSPHRASE) as store:
        new = store.set_up_recovery_key()
    assert new != old
    with pytest.raises(WrongRecoveryKey):
        Store.open_with_recovery_key(folder, old, NEW_PASSPHRASE, FAST)
    Store.open_with_recovery_key(folder, new, NEW_PASSPHRASE, FAST).close()


def test_a_store_without_a_key_says_so_and_changes_nothing(folder: Path) -> None:
    before = snapshot(folder)
    with pytest.raises(NoRecoveryKey, match="No recovery key was made"):
        Store.open_with_recovery_key(folder, new_recovery_key(), NEW_PASSPHRASE, FAST)
    assert snapshot(folder) == before


def test_the_key_is_stored_nowhere(folder: Path) -> None:
    key = set_up_key(folder)
    with Store.open(folder, TEST_PASSPHRASE) as store:
        assert store.has_recovery_key()
        needles = {"shown": key.encode(), "plain": canonical(key).encode(),
                   "head": canonical(key)[:12].encode()}
        assert found_in_files(folder, needles) == []
    assert found_in_files(folder, needles) == []


def test_keys_are_random() -> None:
    keys = {canonical(new_recovery_key()) for _ in range(200)}
    assert len(keys) == 200
    assert all(canonical(k) == k for k in keys)
