"""Where the store lives, and keeping its folder and files private (0700/0600)."""

from __future__ import annotations

import os
import stat
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
