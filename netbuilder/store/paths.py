"""Where the store lives, and keeping its folder and files private (0700/0600)."""

from __future__ import annotations

import os
import re
import stat
import sys
from pathlib import Path

import appdirs

APP_NAME = "NetBuilder"
ENV_DATA_DIR = "NETBUILDER_DATA_DIR"
DB_NAME = "netbuilder.db"
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")
FOLDER_MODE = 0o700
FILE_MODE = 0o600


def default_data_dir() -> Path:
    """The user's data folder for NetBuilder; ``NETBUILDER_DATA_DIR`` overrides it."""
    override = os.environ.get(ENV_DATA_DIR, "").strip()
    if override:
        return Path(override).expanduser()
    return Path(appdirs.user_data_dir(APP_NAME, APP_NAME))


def db_path(folder: Path) -> Path:
    return folder / DB_NAME


def store_files(folder: Path) -> list[Path]:
    """The database file and whichever of its side files exist now."""
    main = db_path(folder)
    candidates = [main, *(main.with_name(main.name + s) for s in SIDE_SUFFIXES)]
    return [p for p in candidates if p.exists()]


def make_private_folder(folder: Path) -> None:
    """Create ``folder`` (and parents) and make it readable by its owner only."""
    folder.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    _chmod_if_needed(folder, FOLDER_MODE)


def make_private_file(path: Path) -> None:
    """Create ``path`` empty with mode 0600 if missing, so SQLite inherits the mode.

    SQLite creates the -wal and -shm files with the database file's permissions.
    """
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, FILE_MODE)
    os.close(fd)
    _chmod_if_needed(path, FILE_MODE)


def tighten(folder: Path) -> None:
    """Make the folder 0700 and every store file in it 0600."""
    _chmod_if_needed(folder, FOLDER_MODE)
    for path in store_files(folder):
        _chmod_if_needed(path, FILE_MODE)


def _chmod_if_needed(path: Path, mode: int) -> None:
    if os.name != "posix":
        return
    if stat.S_IMODE(path.stat().st_mode) != mode:
        path.chmod(mode)


# shared and synced folders ------------------------------------------------------

MOUNT_TABLE = Path("/proc/mounts")
NETWORK_FS_TYPES = frozenset({
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "sshfs", "fuse.sshfs", "9p", "afs", "ceph",
    "fuse.ceph", "glusterfs", "fuse.glusterfs", "davfs", "fuse.davfs", "fuse.davfs2",
})
_SYNCED_NAMES = {
    "dropbox": "Dropbox", "google drive": "Google Drive", "googledrive": "Google Drive",
    "icloud drive": "iCloud", "iclouddrive": "iCloud", "mobile documents": "iCloud",
    "nextcloud": "Nextcloud", "owncloud": "ownCloud", "pcloud": "pCloud",
    "pcloud drive": "pCloud", "box sync": "Box", "mega": "MEGA",
}
_SYNCED_PREFIXES = {"onedrive": "OneDrive", "dropbox (": "Dropbox"}  # "OneDrive - NHS", ...
_MOUNT_ESCAPE = re.compile(r"\\([0-7]{3})")
_DRIVE_REMOTE = 4  # GetDriveTypeW


def shared_folder_reason(folder: Path, mount_table: str | None = None) -> str | None:
    """One plain line saying why ``folder`` is a risky place for the data (a network drive
    or a cloud-synced folder), or None. ``mount_table`` is the text of ``/proc/mounts``
    (read from there on Linux when not given). Reads nothing else; quick."""
    text = str(folder)
    if text.startswith(("\\\\", "//")):
        return _network_reason("a network share")
    path = folder.expanduser().resolve()  # a link into a synced or network folder counts
    service = _synced_service(path)
    if service is not None:
        return (f"The data folder is inside a {service} folder that syncs to other computers, "
                "where copies can conflict or be damaged: choose a folder outside it.")
    fs_type = _network_fs_type(path, mount_table)
    if fs_type is not None:
        return _network_reason(f"a network drive ({fs_type})")
    return None


def _network_reason(what: str) -> str:
    return (f"The data folder is on {what}, where the data can be damaged or opened by "
            "two computers at once: choose a folder on this computer.")


def _synced_service(path: Path) -> str | None:
    for part in path.parts:
        name = part.casefold()
        if name in _SYNCED_NAMES:
            return _SYNCED_NAMES[name]
        for prefix, service in _SYNCED_PREFIXES.items():
            if name.startswith(prefix):
                return service
    return None


def _network_fs_type(path: Path, mount_table: str | None) -> str | None:
    if mount_table is None:
        if sys.platform == "win32":
            return "mapped drive" if _is_remote_windows_drive(path) else None
        try:  # no /proc on macOS: only the synced folders' names are recognised there
            mount_table = MOUNT_TABLE.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    fs_type = _mount_type(path, mount_table)
    if fs_type in NETWORK_FS_TYPES or (fs_type or "").startswith(("nfs", "fuse.sshfs")):
        return fs_type
    return None


def _mount_type(path: Path, mount_table: str) -> str | None:
    """The filesystem type of the deepest mount point holding ``path`` (the last listed
    wins, as a later mount on the same point hides the earlier one)."""
    best, best_type = -1, None
    for line in mount_table.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = Path(_unescape(fields[1]))
        if (path == point or point in path.parents) and len(point.parts) >= best:
            best, best_type = len(point.parts), fields[2]
    return best_type


def _unescape(field: str) -> str:
    """A mount point as ``/proc/mounts`` writes it: space as \\040, tab as \\011..."""
    return _MOUNT_ESCAPE.sub(lambda m: chr(int(m.group(1), 8)), field)


if sys.platform == "win32":
    import ctypes

    def _is_remote_windows_drive(path: Path) -> bool:
        drive = path.drive
        return bool(drive) and ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == _DRIVE_REMOTE
