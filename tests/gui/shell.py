"""Helpers for the application-shell tests: a quick store, a window, answering dialogs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from netbuilder.gui.caseload import new_client_record
from netbuilder.gui.window import MainWindow
from netbuilder.model import Client, ClientRecord
from netbuilder.store.crypto import KdfParams
from netbuilder.store.db import Store

PASSPHRASE = "correct horse battery staple"
QUICK_KDF = KdfParams(n=2**10, r=8, p=1)  # the default scrypt takes ~0.5 s per unlock

D = TypeVar("D", bound=QWidget)

# The offscreen platform cannot pass a window's minimum size on and warns each time a
# dialog or window with a layout is shown; Xvfb and real screens do not. Only that is ignored.
OFFSCREEN_SIZE_HINTS = pytest.mark.qt_log_ignore(
    r"^This plugin does not support propagateSizeHints\(\)$")


def quick_store(folder: Path) -> Store:
    return Store.create(folder, PASSPHRASE, kdf=QUICK_KDF)


def reopen(store: Store) -> Store:
    """The same store opened afresh: what really reached the disk."""
    return Store.open(store.folder, PASSPHRASE)


def add_client(store: Store, name: str, ref: str = "", record: ClientRecord | None = None
               ) -> Client:
    record = record or new_client_record(Client(display_name=name, local_ref=ref))
    store.add_record(record)
    return record.client


def open_window(qtbot: QtBot, store: Store) -> MainWindow:
    window = MainWindow(store)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def when_modal(kind: type[D], handle: Callable[[D], None]) -> None:
    """Answer the next modal dialog of ``kind`` as a person would (it is shown after this call).

    Whatever ``handle`` does, the dialog never stays open to hang the test.
    """

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(20, look)
            return
        try:
            handle(dialog)
        finally:
            if dialog.isVisible() and isinstance(dialog, QDialog):
                dialog.reject()

    QTimer.singleShot(0, look)


def click_message_button(qtbot: QtBot, button: QMessageBox.StandardButton
                         ) -> Callable[[QMessageBox], None]:
    def handle(box: QMessageBox) -> None:
        qtbot.mouseClick(box.button(button), Qt.MouseButton.LeftButton)

    return handle
