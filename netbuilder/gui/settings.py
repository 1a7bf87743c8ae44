"""Window layout preferences, kept in an INI file beside the store.

Only layout and switches live here (geometry, dock state, toggles, plan options and
the practitioner's own name for printed plans): never a client's name, reference or
any other client text.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

SETTINGS_FILE = "window.ini"


class UiSettings:
    """Typed access to the few values the window remembers."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._qs = QSettings(str(path), QSettings.Format.IniFormat)

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

    def _sync(self) -> None:
        self._qs.sync()
        with contextlib.suppress(FileNotFoundError):  # owner-only, like every file we write
            os.chmod(self.path, 0o600)

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._qs.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None
