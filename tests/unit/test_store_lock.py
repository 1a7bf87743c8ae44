"""One writer per data folder: another process is refused, a crashed one's lock is taken
over, stores in one process share it; and the warning for network and synced folders."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from netbuilder.model import ClientRecord
from netbuilder.store import KdfParams, Store, StoreCorrupt, StoreInUse, shared_folder_reason
from netbuilder.store.lock import LOCK_NAME, acquire, holder
from netbuilder.store.paths import DB_NAME
from tests.conftest import TEST_PASSPHRASE

FAST = KdfParams(n=2**12, r=8, p=1)
ROOT = Path(__file__).resolve().parents[2]
HOLD = (
    "import sys; from pathlib import Path; from netbuilder.store.lock import acquire; "
    "lock = acquire(Path(sys.argv[1])); print(lock.owner_pid, flush=True); sys.stdin.read()"
)
TRY = (
    "import sys; from pathlib import Path; from netbuilder.store.lock import acquire; "
    "from netbuilder.store.errors import StoreInUse\n"
    "try:\n    acquire(Path(sys.argv[1])).release(); print('free')\n"
    "except StoreInUse as e:\n    print(e)"
)


class Holder:
    """Another process holding ``folder``'s lock until it is stopped or killed."""

    def __init__(self, folder: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", HOLD, str(folder)], cwd=ROOT, text=True,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        assert self.process.stdout is not None
        self.pid = int(self.process.stdout.readline())  # the lock is held from here on
        assert self.pid == self.process.pid

    def kill(self) -> None:
        os.kill(self.pid, signal.SIGKILL)
        self.process.wait(timeout=30)
        assert self.process.returncode == -signal.SIGKILL

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.communicate(timeout=30)


@pytest.fixture
def holders() -> Iterator[list[Holder]]:
    started: list[Holder] = []
    yield started
    for one in started:
        one.stop()


def another_process_tries(folder: Path) -> str:
    out = subprocess.run([sys.executable, "-c", TRY, str(folder)], cwd=ROOT,
                         capture_output=True, text=True, check=True, timeout=60)
    return out.stdout.strip()


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.fixture
def folder(tmp_path: Path, demo_record: ClientRecord) -> Path:
    with Store.create(tmp_path / "data", TEST_PASSPHRASE, FAST) as store:
        store.add_record(demo_record)
    return tmp_path / "data"


def test_a_second_process_is_refused_and_no_byte_changes(
        folder: Path, holders: list[Holder]) -> None:
    holders.append(other := Holder(folder))
    before = snapshot(folder)
    with pytest.raises(StoreInUse, match=rf"already open on this data folder \(process "
                                         rf"{other.pid} on .+\): close it first"):
        Store.open(folder, TEST_PASSPHRASE)
    assert snapshot(folder) == before
    assert holder(folder) == other.pid


def test_no_store_is_made_in_a_folder_another_process_holds(
        tmp_path: Path, holders: list[Holder]) -> None:
    holders.append(Holder(tmp_path / "data"))
    with pytest.raises(StoreInUse):
        Store.create(tmp_path / "data", TEST_PASSPHRASE, FAST)
    assert [p.name for p in (tmp_path / "data").iterdir()] == [LOCK_NAME]


def test_a_lock_left_by_a_killed_process_is_taken_over(
        folder: Path, holders: list[Holder], demo_record: ClientRecord) -> None:
    holders.append(other := Holder(folder))
    other.kill()
    assert holder(folder) is None
    with Store.open(folder, TEST_PASSPHRASE) as store:
        assert [s.client for s in store.list_clients()] == [demo_record.client]
        assert (folder / LOCK_NAME).read_text().split()[0] == str(os.getpid())
        assert holder(folder) == os.getpid()
        assert "already open" in another_process_tries(folder)


def test_stores_in_one_process_share_the_lock_until_the_last_closes(folder: Path) -> None:
    first = Store.open(folder, TEST_PASSPHRASE)
    second = Store.open(folder, TEST_PASSPHRASE)  # what tests do to see what reached the disk
    assert second.list_clients() == first.list_clients()
    first.close()
    first.close()  # closing twice gives nothing back twice
    assert "already open" in another_process_tries(folder)
    assert second.list_clients()
    second.close()
    assert holder(folder) is None
    assert another_process_tries(folder) == "free"


def test_a_failed_open_gives_the_lock_back(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / DB_NAME).write_bytes(b"this is not SQLite at all, " * 100)
    with pytest.raises(StoreCorrupt):
        Store.open_with_key(folder, bytes(32))
    assert holder(folder) is None
    assert another_process_tries(folder) == "free"


def test_the_lock_file_is_private_and_names_its_holder(tmp_path: Path) -> None:
    folder = tmp_path / "new"
    with acquire(folder) as lock:
        assert lock.owner_pid == os.getpid() and holder(folder) == os.getpid()
        path = folder / LOCK_NAME
        assert path.stat().st_mode & 0o777 == 0o600 and folder.stat().st_mode & 0o777 == 0o700
        pid, host = path.read_text().split()
        assert pid == str(os.getpid()) and host
        with acquire(folder):  # re-entrant
            pass
        assert holder(folder) == os.getpid()
    assert holder(folder) is None and path.exists()


# network and synced folders -------------------------------------------------------

MOUNTS = """\
sysfs /sys sysfs rw,nosuid 0 0
/dev/sda2 / ext4 rw,relatime 0 0
/dev/sda3 /home ext4 rw,relatime 0 0
server:/export /home/sam/nfs nfs4 rw,relatime 0 0
//nas/clinic /mnt/Team\\040Share cifs rw,relatime 0 0
/dev/sdb1 /mnt/Team\\040Share/usb ext4 rw 0 0
sam@host:/data /home/sam/remote fuse.sshfs rw 0 0
"""


@pytest.mark.parametrize("folder, kind", [
    ("/home/sam/nfs/NetBuilder", "nfs4"),
    ("/mnt/Team Share/NetBuilder", "cifs"),
    ("/home/sam/remote/nb", "fuse.sshfs"),
])
def test_a_folder_on_a_network_drive_gets_a_reason(folder: str, kind: str) -> None:
    reason = shared_folder_reason(Path(folder), MOUNTS)
    assert reason is not None and f"network drive ({kind})" in reason
    assert "choose a folder on this computer" in reason and "\n" not in reason


@pytest.mark.parametrize("folder", [
    "/home/sam/.local/share/NetBuilder", "/mnt/Team Share/usb/NetBuilder", "/home/sam/nfsdata",
])
def test_a_local_folder_gets_none(folder: str) -> None:
    assert shared_folder_reason(Path(folder), MOUNTS) is None


@pytest.mark.parametrize("folder, service", [
    ("/home/sam/Dropbox/NetBuilder", "Dropbox"),
    ("/home/sam/Dropbox (NHS Trust)/nb", "Dropbox"),
    ("/Users/sam/OneDrive - NHS/NetBuilder", "OneDrive"),
    ("/home/sam/Google Drive/My Drive/nb", "Google Drive"),
    ("/home/sam/GoogleDrive/nb", "Google Drive"),
    ("/Users/sam/Library/Mobile Documents/com~apple~CloudDocs/nb", "iCloud"),
    ("/home/sam/iCloud Drive/nb", "iCloud"),
    ("/home/sam/Nextcloud/nb", "Nextcloud"),
    ("/home/sam/ownCloud/nb", "ownCloud"),
    ("/home/sam/pCloud Drive/nb", "pCloud"),
    ("/home/sam/Box Sync/nb", "Box"),
    ("/home/sam/MEGA/nb", "MEGA"),
])
def test_a_cloud_synced_folder_gets_a_reason(folder: str, service: str) -> None:
    reason = shared_folder_reason(Path(folder), MOUNTS)
    assert reason is not None and f"inside a {service} folder" in reason


def test_a_windows_network_share_gets_a_reason() -> None:
    reason = shared_folder_reason(Path("\\\\server\\share\\NetBuilder"), "")
    assert reason is not None and "network share" in reason


def test_a_link_into_a_synced_folder_counts(tmp_path: Path) -> None:
    (tmp_path / "Dropbox" / "nb").mkdir(parents=True)
    (tmp_path / "data").symlink_to(tmp_path / "Dropbox" / "nb")
    assert shared_folder_reason(tmp_path / "data", "") is not None
    assert shared_folder_reason(tmp_path / "Dropbox-free", "") is None
