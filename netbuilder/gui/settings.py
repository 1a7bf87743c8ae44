"""Window layout preferences, kept in an INI file beside the store.

Only layout and switches live here (geometry, dock state, toggles, plan options, the
auto-lock minutes, the backups folder and the practitioner's own name for printed
plans): never a client's name, reference or any other client text.
"""

from __future__ import annotations

import contextlib
import os
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QByteArray, QLocale, QSettings

SETTINGS_FILE = "window.ini"
AUTO_LOCK_KEY = "auto_lock_minutes"
BACKUP_FOLDER_KEY = "backup_folder"  # a text: empty means <data folder>/backups
AUTO_LOCK_DEFAULT, AUTO_LOCK_MIN, AUTO_LOCK_MAX = 5, 1, 15
PLAN_PAPER_KEY = "plan_paper"  # a text: "a4" or "letter"; unset: the system's usual paper
PLAN_INITIALS_KEY = "plan_initials"  # a flag: the client's initials on printed plans

PaperName = Literal["a4", "letter"]  # as netbuilder.report.Paper (not imported: reportlab)


class UiSettings:
    """Typed access to the few values the window remembers."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._qs = QSettings(str(path), QSettings.Format.IniFormat)
        self._listeners: list[weakref.WeakMethod[Callable[[str], None]]] = []

    @classmethod
    def beside(cls, data_folder: Path) -> UiSettings:
        return cls(data_folder / SETTINGS_FILE)

    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    def dock_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    def save_layout(self, geometry: QByteArray, state: QByteArray) -> None:
        self._qs.setValue("window/geometry", geometry)
        self._qs.setValue("window/state", state)
        self._sync()

    def flag(self, name: str, default: bool) -> bool:
        value = self._qs.value(f"view/{name}", default)
        return value in (True, "true", "1", 1)

    def set_flag(self, name: str, value: bool) -> None:
        self._qs.setValue(f"view/{name}", bool(value))
        self._sync()

    def text(self, name: str, default: str = "") -> str:
        """A remembered choice or the practitioner's own text (the name printed on plans)."""
        value = self._qs.value(f"text/{name}", default)
        return value if isinstance(value, str) else default

    def set_text(self, name: str, value: str) -> None:
        self._qs.setValue(f"text/{name}", value)
        self._sync()

    def auto_lock_minutes(self) -> int:
        """Idle minutes before the app locks itself: 1 to 15, 5 unless chosen."""
        try:
            minutes = int(str(self._qs.value(AUTO_LOCK_KEY, AUTO_LOCK_DEFAULT)))
        except ValueError:
            return AUTO_LOCK_DEFAULT
        return clamp_lock_minutes(minutes)

    def set_auto_lock_minutes(self, minutes: int) -> None:
        self._qs.setValue(AUTO_LOCK_KEY, clamp_lock_minutes(minutes))
        self._sync()
        self._changed(AUTO_LOCK_KEY)

    def backup_folder(self) -> str:
        """The folder chosen for backups; "" for the default (``<data folder>/backups``)."""
        return self.text(BACKUP_FOLDER_KEY)

    def set_backup_folder(self, folder: str) -> None:
        self.set_text(BACKUP_FOLDER_KEY, folder.strip())
        self._changed(BACKUP_FOLDER_KEY)

    def plan_paper(self) -> PaperName:
        """The paper plans are printed on: chosen in Preferences or the plan preview, else
        the usual paper where the computer is set up (US Letter in the US, else A4)."""
        return "letter" if self.text(PLAN_PAPER_KEY, local_paper()) == "letter" else "a4"

    def set_plan_paper(self, paper: PaperName) -> None:
        self.set_text(PLAN_PAPER_KEY, paper)

    def plan_initials(self) -> bool:
        """True when printed plans show the client's initials, not their full name."""
        return self.flag(PLAN_INITIALS_KEY, False)

    def set_plan_initials(self, initials: bool) -> None:
        self.set_flag(PLAN_INITIALS_KEY, initials)

    def subscribe(self, listener: Callable[[str], None]) -> None:
        """Call the bound method ``listener`` with a key's name when that setting is changed
        through this object; held weakly, so a closed window's watcher is not kept alive."""
        self._listeners.append(weakref.WeakMethod(listener))

    def _changed(self, key: str) -> None:
        for ref in list(self._listeners):
            listener = ref()
            if listener is None:
                self._listeners.remove(ref)
            else:
                listener(key)

    def _sync(self) -> None:
        self._qs.sync()
        with contextlib.suppress(FileNotFoundError):  # owner-only, like every file we write
            os.chmod(self.path, 0o600)

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._qs.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def clamp_lock_minutes(minutes: int) -> int:
    return max(AUTO_LOCK_MIN, min(AUTO_LOCK_MAX, minutes))


def local_paper() -> PaperName:
    """US Letter where the system measures in US units, else A4."""
    us = QLocale.system().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return "letter" if us else "a4"
