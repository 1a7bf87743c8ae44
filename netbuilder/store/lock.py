"""One NetBuilder process at a time writes a data folder: an OS lock on ``netbuilder.lock``.

The lock is ``flock`` on POSIX and ``msvcrt.locking`` on Windows. The kernel drops it when
its process ends, however it ends (even SIGKILL), so a lock left by a crashed process is
simply taken over: the file stays, and each new holder rewrites its text ("pid host"),
which only serves the message telling the user who holds it.

Within one process the lock is shared by reference count: several ``Store`` objects on one
folder (tests reopen a store to see what reached the disk) each hold a ``WriterLock``, and
the OS lock is released when the last of them is.
"""

from __future__ import annotations

import os
import socket
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from .errors import StoreError, StoreInUse
from .paths import FILE_MODE, make_private_folder

LOCK_NAME = "netbuilder.lock"
_ATTEMPTS = 3  # ``holder`` elsewhere probes the lock for a moment: do not mistake it for a holder
_RETRY_SECONDS = 0.05
_WINDOWS_LOCK_OFFSET = 1 << 20  # Windows locks are mandatory: lock a byte past the text
_MAX_OWNER_TEXT = 512


@dataclass
class _Held:
    fd: int
    count: int
    pid: int  # a forked child inherits the registry but not the lock


_registry: dict[Path, _Held] = {}
_guard = threading.Lock()


class WriterLock:
    """This process's share of a data folder's writer lock; ``release`` it once."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.owner_pid = os.getpid()
        self._released = False

    def release(self) -> None:
        """Give this share back (again: no effect); the last share unlocks the folder."""
        with _guard:
            if self._released:
                return
            self._released = True
            held = _registry.get(self.folder)
            if held is None or held.pid != self.owner_pid:
                return
            held.count -= 1
            if held.count == 0:
                del _registry[self.folder]
                _unlock(held.fd)
                os.close(held.fd)

    @property
    def is_released(self) -> bool:
        return self._released

    def __enter__(self) -> WriterLock:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


def acquire(folder: Path) -> WriterLock:
    """Lock ``folder`` (created 0700 if missing) for this process; ``StoreInUse`` if another
    process holds it. Re-entrant: each call returns a share to ``release``."""
    make_private_folder(folder)
    key = folder.resolve()
    with _guard:
        held = _registry.get(key)
        if held is not None and held.pid != os.getpid():
            os.close(held.fd)  # the parent's, inherited by fork: the parent keeps its lock
            held = None
        if held is None:
            held = _registry[key] = _Held(_lock_file(key), 0, os.getpid())
        held.count += 1
    return WriterLock(key)


def holder(folder: Path) -> int | None:
    """The id of the process holding ``folder``'s lock (this one's included), None if free."""
    key = folder.resolve()
    with _guard:
        held = _registry.get(key)
        if held is not None and held.pid == os.getpid():
            return held.pid
    try:
        fd = os.open(key / LOCK_NAME, os.O_RDWR)
    except FileNotFoundError:
        return None
    try:
        if _try_lock(fd):
            _unlock(fd)
            return None
        return _read_owner(fd)[0]
    finally:
        os.close(fd)


def _lock_file(folder: Path) -> int:
    """An open descriptor of the folder's lock file, locked and naming this process."""
    path = folder / LOCK_NAME
    fd = os.open(path, os.O_RDWR | os.O_CREAT, FILE_MODE)
    try:
        if os.name == "posix":
            os.fchmod(fd, FILE_MODE)
        for attempt in range(_ATTEMPTS):
            if _try_lock(fd):
                break
            if attempt + 1 < _ATTEMPTS:
                time.sleep(_RETRY_SECONDS)
        else:
            raise StoreInUse(*_read_owner(fd))
        _write_owner(fd)
    except BaseException:
        os.close(fd)
        raise
    return fd


def _write_owner(fd: int) -> None:
    os.ftruncate(fd, 0)
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, f"{os.getpid()} {socket.gethostname()}\n".encode())


def _read_owner(fd: int) -> tuple[int | None, str]:
    """The pid and host the lock file names, as far as they can be read."""
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        words = os.read(fd, _MAX_OWNER_TEXT).decode("utf-8", "replace").split()
    except OSError:
        return None, ""
    pid = int(words[0]) if words and words[0].isdigit() else None
    return pid, words[1] if len(words) > 1 else ""


if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except PermissionError:
            return False
        except OSError:
            raise StoreError(_NO_LOCKS) from None
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        except OSError:
            raise StoreError(_NO_LOCKS) from None
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


_NO_LOCKS = (
    "The data folder cannot be locked (is it on a network drive?): choose a folder on "
    "this computer."
)
