"""Write a file all at once or not at all.

The bytes go to a private temporary file (mode 0600, named ``.nb-*.tmp``) in the
target's own folder, are written and synced to disk, then renamed over the target,
and the folder itself is synced. If anything fails the temporary file is removed,
the previous target is left exactly as it was, and the error (a ``WriteFailed``,
which is both a ``StoreError`` and an ``OSError``) says so in one line.

``atomic_write_files`` does the same for files that belong together (the two CSV
tables): every file is written and synced before the first rename, and a failed
rename puts back the ones already renamed, so either all are replaced or none.

A process killed mid-write (power cut, SIGKILL) can leave its temporary file
behind. Each writer holds an ``flock`` on its temporary file while it lives, so
the next write into the same folder removes the ones no living writer holds
(POSIX; elsewhere they are left, hidden, and never read).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from netbuilder.store.errors import StoreError

try:
    import fcntl
except ImportError:  # Windows: no flock; an open file cannot be deleted there anyway
    fcntl = None  # type: ignore[assignment]

TEMP_PREFIX = ".nb-"
TEMP_SUFFIX = ".tmp"

FileData = tuple[str | os.PathLike[str], bytes]


class WriteFailed(StoreError, OSError):
    """A file could not be written; the previous file (if any) is unchanged."""

    def __str__(self) -> str:
        reason = self.strerror or "the disk refused the write"
        return (f"{Path(str(self.filename)).name}: could not be written ({reason}); the file "
                "as it was is kept. Free some disk space or choose another folder, then try again.")


_KINDS: dict[type[OSError], type[WriteFailed]] = {}


def _write_failed_kind(kind: type[OSError]) -> type[WriteFailed]:
    """``WriteFailed`` that is also ``kind`` (``FileNotFoundError``...), for callers that
    tell those apart."""
    if kind is OSError or issubclass(kind, WriteFailed):
        return WriteFailed
    if kind not in _KINDS:
        _KINDS[kind] = type(f"WriteFailed{kind.__name__}", (WriteFailed, kind), {})
    return _KINDS[kind]


def write_failed(error: OSError, target: Path) -> WriteFailed:
    kind = _write_failed_kind(type(error))
    return kind(error.errno or 0, error.strerror or str(error) or None, str(target))


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> Path:
    """Replace ``path`` with ``data`` atomically; returns the path written."""
    return atomic_write_files([(path, data)])[0]


def atomic_write_text(path: str | os.PathLike[str], text: str, encoding: str = "utf-8") -> Path:
    """Replace ``path`` with ``text`` encoded (UTF-8 by default) atomically."""
    return atomic_write_bytes(path, text.encode(encoding))


def atomic_write_files(files: Sequence[FileData]) -> list[Path]:
    """Replace every file, or (on any failure) none of them; returns the paths written."""
    targets = [Path(path) for path, _ in files]
    folders = list(dict.fromkeys(t.parent for t in targets))
    for folder in folders:
        remove_stale_temps(folder)
    staged: list[_Temp] = []
    target = targets[0]
    try:
        for target, (_, data) in zip(targets, files, strict=True):
            staged.append(_stage(target.parent, data))
        _replace_all(staged, targets)
    except OSError as error:
        raise write_failed(error, target) from error
    finally:
        for temp in staged:
            temp.discard()
    for folder in folders:
        _sync_folder(folder)
    return targets


# temporary files ------------------------------------------------------------------


@dataclass
class _Temp:
    """A temporary file this process holds (locked) until it is renamed or removed."""

    name: str
    fd: int | None

    def release(self) -> None:
        if self.fd is not None:
            with contextlib.suppress(OSError):
                os.close(self.fd)
            self.fd = None

    def discard(self) -> None:
        """Remove the file unless it was renamed into place; always let the lock go."""
        if self.name:
            with contextlib.suppress(OSError):
                os.unlink(self.name)
            self.name = ""
        self.release()


def _new_temp(folder: Path) -> _Temp:
    while True:
        fd, name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX, dir=folder)
        if _lock_held(fd):
            return _Temp(name, fd)


def _lock_held(fd: int) -> bool:
    """Lock a new temporary file; False if a cleaner removed it before we locked it."""
    if fcntl is None:
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        if os.fstat(fd).st_nlink > 0:
            return True
    except OSError:
        os.close(fd)
        raise
    os.close(fd)
    return False


def _stage(folder: Path, data: bytes) -> _Temp:
    """``data`` in a new temporary file in ``folder``, written and synced to disk."""
    temp = _new_temp(folder)
    try:
        assert temp.fd is not None
        view = memoryview(data)
        while view:
            view = view[os.write(temp.fd, view):]
        os.fsync(temp.fd)
        if fcntl is None:
            temp.release()  # Windows cannot rename a file that is open
    except BaseException:
        temp.discard()
        raise
    return temp


def _replace_all(staged: list[_Temp], targets: list[Path]) -> None:
    """Rename each temporary file over its target; on a failure put the earlier ones back."""
    keeps = [_keep_old(t) for t in targets] if len(targets) > 1 else [None] * len(targets)
    done: list[int] = []
    try:
        for i, (temp, target) in enumerate(zip(staged, targets, strict=True)):
            os.replace(temp.name, target)
            temp.name = ""
            done.append(i)
    except BaseException:
        for i in reversed(done):
            _put_back(targets[i], keeps[i])
        raise
    finally:
        for keep in keeps:
            if keep is not None:
                keep.discard()


def _keep_old(target: Path) -> _Temp | None:
    """A second name (a hard link) for the file now at ``target``, so it can be put back."""
    if not target.is_file():
        return None
    while True:
        name = str(target.parent / f"{TEMP_PREFIX}{secrets.token_hex(8)}{TEMP_SUFFIX}")
        try:
            os.link(target, name)
            break
        except FileExistsError:
            continue
        except OSError:
            return None  # no hard links here (FAT, some network drives): no rollback
    try:
        fd = os.open(name, os.O_RDONLY)
        if _lock_held(fd):
            return _Temp(name, fd)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(name)
    return None


def _put_back(target: Path, keep: _Temp | None) -> None:
    with contextlib.suppress(OSError):
        if keep is None:
            os.unlink(target)  # there was no file before this write
        else:
            os.replace(keep.name, target)
            keep.name = ""


def remove_stale_temps(folder: Path) -> int:
    """Remove temporary files that no living writer holds (left by a killed process);
    returns how many. Needs ``flock``: elsewhere nothing is removed."""
    if fcntl is None:
        return 0
    try:
        names = [n for n in os.listdir(folder)
                 if n.startswith(TEMP_PREFIX) and n.endswith(TEMP_SUFFIX)]
    except OSError:
        return 0
    return sum(_remove_if_unheld(folder / name) for name in names)


def _remove_if_unheld(path: Path) -> bool:
    assert fcntl is not None
    try:
        flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
        fd = os.open(path, flags)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        if os.stat(path, follow_symlinks=False).st_ino != os.fstat(fd).st_ino:
            return False
        os.unlink(path)
        return True
    except OSError:
        return False  # a living writer holds it, or it is gone already
    finally:
        os.close(fd)


def _sync_folder(folder: Path) -> None:
    """Make the rename durable; folders cannot be opened this way on Windows."""
    if os.name != "posix":
        return
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0)
    with contextlib.suppress(OSError):
        fd = os.open(folder, flags)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
