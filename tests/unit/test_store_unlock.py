"""Opening in two steps: the data key from the passphrase (slow, any thread), then the store."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest

from netbuilder.model import ClientRecord
from netbuilder.store import KdfParams, NotFound, Store, StoreError, WrongPassphrase
from netbuilder.store.crypto import unwrap_key
from netbuilder.store.unlock import (
    new_store_key,
    read_wrapped_key,
    store_exists,
    unlock_data_key,
)
from tests.conftest import TEST_PASSPHRASE

FAST = KdfParams(n=2**12, r=8, p=1)


def test_the_key_from_a_worker_thread_opens_the_store(
        tmp_path: Path, demo_record: ClientRecord) -> None:
    folder = tmp_path / "data"
    with Store.create(folder, TEST_PASSPHRASE, FAST) as store:
        store.add_record(demo_record)
    keys: list[bytes] = []
    worker = threading.Thread(target=lambda: keys.append(unlock_data_key(folder, TEST_PASSPHRASE)))
    worker.start()
    worker.join()
    with Store.open_with_key(folder, keys[0]) as store:
        assert [s.client for s in store.list_clients()] == [demo_record.client]


def test_reading_the_wrapped_key_then_unwrapping_it_is_unlocking(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    Store.create(folder, TEST_PASSPHRASE, FAST).close()
    key = unwrap_key(read_wrapped_key(folder), TEST_PASSPHRASE)
    assert key == unlock_data_key(folder, TEST_PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        unwrap_key(read_wrapped_key(folder), "not the passphrase")


def test_no_store_no_key(tmp_path: Path) -> None:
    assert not store_exists(tmp_path / "data")
    with pytest.raises(NotFound):
        read_wrapped_key(tmp_path / "data")
    with pytest.raises(NotFound):
        Store.open_with_key(tmp_path / "data", bytes(32))


def test_a_new_key_makes_a_store_the_passphrase_opens(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    data_key, wrapped = new_store_key(folder, TEST_PASSPHRASE, FAST)
    assert not store_exists(folder)  # nothing is written until the store is created
    Store.create_with_key(folder, data_key, wrapped).close()
    assert unlock_data_key(folder, TEST_PASSPHRASE) == data_key
    with pytest.raises(StoreError, match="already holds"):
        new_store_key(folder, TEST_PASSPHRASE, FAST)
    with pytest.raises(StoreError, match="already holds"):
        Store.create_with_key(folder, data_key, wrapped)


def test_the_unlock_step_and_the_dialog_do_not_import_the_model() -> None:
    code = (
        "import sys, netbuilder.store.unlock, netbuilder.gui.unlock, netbuilder.app; "
        "print(','.join(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('pydantic', 'networkx', 'reportlab') or m.startswith(("
        "'netbuilder.model', 'netbuilder.analysis', 'netbuilder.report', "
        "'netbuilder.store.db', 'netbuilder.gui.window')))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
