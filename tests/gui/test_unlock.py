"""Unlocking: first-run set-up (typed twice), a wrong then a right passphrase, no bypass."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from netbuilder.app import AppSession
from netbuilder.gui.recovery_dialog import RecoveryKeyDialog
from netbuilder.gui.unlock import UnlockDialog
from netbuilder.gui.window import MainWindow
from netbuilder.store.db import Store

from .shell import (
    OFFSCREEN_SIZE_HINTS,
    PASSPHRASE,
    QUICK_KDF,
    add_client,
    quick_store,
    when_modal,
)

pytestmark = OFFSCREEN_SIZE_HINTS


def _dialog(qtbot: QtBot, folder: Path) -> UnlockDialog:
    dialog = UnlockDialog(folder, kdf=QUICK_KDF)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    return dialog


def _press_ok(qtbot: QtBot, dialog: UnlockDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_first_run_asks_twice_and_refuses_a_mismatch(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "data"
    dialog = _dialog(qtbot, folder)
    assert dialog.first_run and dialog.confirm_edit.isVisible()
    assert "cannot be recovered" in dialog.findChild(type(dialog.message), "warningLabel").text()

    qtbot.keyClicks(dialog.passphrase_edit, PASSPHRASE)
    qtbot.keyClicks(dialog.confirm_edit, PASSPHRASE + "x")
    _press_ok(qtbot, dialog)
    assert "not the same" in dialog.message.text()
    assert dialog.isVisible() and dialog.store is None and not Store.exists(folder)

    qtbot.keyClicks(dialog.confirm_edit, PASSPHRASE)
    when_modal(RecoveryKeyDialog, keep_recovery_key(qtbot))
    _press_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.needs_recovery_key
    assert dialog.store is not None and Store.exists(folder)
    dialog.store.close()


def keep_recovery_key(qtbot: QtBot) -> Callable[[RecoveryKeyDialog], None]:
    """Tick "I have kept the recovery key" (from the keyboard), then Continue."""
    def handle(shown: RecoveryKeyDialog) -> None:
        shown.kept_check.setFocus()
        qtbot.keyClick(shown.kept_check, Qt.Key.Key_Space)
        qtbot.mouseClick(shown.continue_button, Qt.MouseButton.LeftButton)

    return handle


def test_first_run_wants_at_least_eight_characters(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, tmp_path / "data")
    qtbot.keyClicks(dialog.passphrase_edit, "short")
    qtbot.keyClicks(dialog.confirm_edit, "short")
    _press_ok(qtbot, dialog)
    assert "at least 8 characters" in dialog.message.text()
    assert dialog.store is None and not Store.exists(tmp_path / "data")


def test_wrong_then_right_passphrase(qtbot: QtBot, tmp_path: Path) -> None:
    quick_store(tmp_path / "data").close()
    dialog = _dialog(qtbot, tmp_path / "data")
    assert not dialog.first_run and not dialog.confirm_edit.isVisible()

    qtbot.keyClicks(dialog.passphrase_edit, "not the passphrase")
    qtbot.keyClick(dialog.passphrase_edit, Qt.Key.Key_Return)
    assert "not right" in dialog.message.text()
    assert dialog.isVisible() and dialog.store is None

    qtbot.keyClicks(dialog.passphrase_edit, PASSPHRASE)  # the wrong text was selected: replaced
    qtbot.keyClick(dialog.passphrase_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.store is not None and dialog.store.is_open
    dialog.store.close()


def test_app_asks_before_any_client_is_shown_even_with_the_env_passphrase(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "data"
    with quick_store(folder) as store:
        add_client(store, "Robin Example")
    monkeypatch.setenv("NETBUILDER_PASSPHRASE", PASSPHRASE)  # for scripts: the GUI ignores it
    session = AppSession(folder)
    seen: list[str] = []

    def type_passphrase(dialog: UnlockDialog) -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        seen.append(f"windows={len(windows)} text={dialog.passphrase_edit.text()!r}")
        qtbot.keyClicks(dialog.passphrase_edit, PASSPHRASE)
        qtbot.keyClick(dialog.passphrase_edit, Qt.Key.Key_Return)

    when_modal(UnlockDialog, type_passphrase)
    session.unlock()
    assert seen == ["windows=0 text=''"]
    window = session.window
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    assert window.client is None  # nothing opens by itself: the next client may be watching

    with qtbot.waitSignal(session.finished):
        when_modal(UnlockDialog, lambda d: d.reject())
        window.lock()  # back to the passphrase; cancelling it ends the session
    assert session.window is None and not window.store.is_open
