"""File -> Change passphrase… and New recovery key…, and the offer of a recovery key
after unlocking data that has none: typed into the real dialogs, checked on the store."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot

from netbuilder.app import AppSession
from netbuilder.gui.passphrase import PassphraseDialog
from netbuilder.gui.recovery_dialog import RecoveryKeyDialog
from netbuilder.gui.unlock import UnlockDialog
from netbuilder.store.db import Store
from netbuilder.store.errors import WrongPassphrase

from .shell import OFFSCREEN_SIZE_HINTS, PASSPHRASE, QUICK_KDF, add_client, open_window, when_modal

pytestmark = OFFSCREEN_SIZE_HINTS

NEW = "a brand new passphrase"


def press_ok(qtbot: QtBot, dialog: PassphraseDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def test_change_passphrase_checks_the_current_one_then_changes_it(
        qtbot: QtBot, store: Store) -> None:
    window = open_window(qtbot, store)
    window.passphrase_commands.kdf = QUICK_KDF
    messages: list[str] = []

    def answer(dialog: PassphraseDialog) -> None:
        qtbot.keyClicks(dialog.current, "not the passphrase")
        qtbot.keyClicks(dialog.new, NEW)
        qtbot.keyClicks(dialog.confirm, NEW)
        press_ok(qtbot, dialog)
        messages.append(dialog.message.text())
        dialog.current.clear()
        qtbot.keyClicks(dialog.current, PASSPHRASE)
        press_ok(qtbot, dialog)

    when_modal(PassphraseDialog, answer)
    window.passphrase_commands.change.trigger()
    assert messages == ["The current passphrase is not right."]
    assert "Passphrase changed" in window.statusBar().currentMessage()
    with pytest.raises(WrongPassphrase):
        Store.open(store.folder, PASSPHRASE)
    Store.open(store.folder, NEW).close()


def test_two_different_new_passphrases_change_nothing(qtbot: QtBot, store: Store) -> None:
    window = open_window(qtbot, store)
    window.passphrase_commands.kdf = QUICK_KDF
    messages: list[str] = []

    def answer(dialog: PassphraseDialog) -> None:
        qtbot.keyClicks(dialog.current, PASSPHRASE)
        qtbot.keyClicks(dialog.new, NEW)
        qtbot.keyClicks(dialog.confirm, NEW + "!")
        press_ok(qtbot, dialog)
        messages.append(dialog.message.text())

    when_modal(PassphraseDialog, answer)
    window.passphrase_commands.change.trigger()
    assert messages == ["The two new passphrases are not the same. Type it again."]
    Store.open(store.folder, PASSPHRASE).close()


def keep(qtbot: QtBot, shown_keys: list[str]):  # type: ignore[no-untyped-def]
    def handle(shown: RecoveryKeyDialog) -> None:
        shown_keys.append(shown.key)
        shown.kept_check.setFocus()
        qtbot.keyClick(shown.kept_check, Qt.Key.Key_Space)
        qtbot.mouseClick(shown.continue_button, Qt.MouseButton.LeftButton)

    return handle


def test_a_new_recovery_key_is_stored_only_once_it_is_kept(qtbot: QtBot, store: Store) -> None:
    window = open_window(qtbot, store)

    def passphrase(dialog: PassphraseDialog) -> None:
        qtbot.keyClicks(dialog.current, PASSPHRASE)
        press_ok(qtbot, dialog)

    when_modal(PassphraseDialog, passphrase)
    when_modal(RecoveryKeyDialog, lambda shown: shown.reject())  # closed without keeping it
    window.passphrase_commands.recovery.trigger()
    assert not store.has_recovery_key()

    keys: list[str] = []
    when_modal(PassphraseDialog, passphrase)
    when_modal(RecoveryKeyDialog, keep(qtbot, keys))
    window.passphrase_commands.recovery.trigger()
    assert len(keys) == 1 and store.has_recovery_key()
    Store.open_with_recovery_key(store.folder, keys[0].lower(), NEW, QUICK_KDF).close()
    Store.open(store.folder, NEW).close()


def test_data_without_a_recovery_key_gets_an_offer_after_unlocking(
        qtbot: QtBot, tmp_path: Path) -> None:
    with Store.create(tmp_path / "data", PASSPHRASE, kdf=QUICK_KDF) as made:
        add_client(made, "Robin Example")
        assert not made.has_recovery_key()
    session = AppSession(tmp_path / "data")

    def unlock(dialog: UnlockDialog) -> None:
        qtbot.keyClicks(dialog.passphrase_edit, PASSPHRASE)
        qtbot.keyClick(dialog.passphrase_edit, Qt.Key.Key_Return)

    when_modal(UnlockDialog, unlock)
    session.unlock()
    window = session.window
    assert window is not None
    qtbot.addWidget(window)
    offer = window.statusBar().findChild(QPushButton, "offerRecoveryKey")
    assert offer is not None and offer.isVisible()
    keys: list[str] = []
    when_modal(RecoveryKeyDialog, keep(qtbot, keys))
    qtbot.mouseClick(offer, Qt.MouseButton.LeftButton)
    assert window.store.has_recovery_key() and len(keys) == 1
    qtbot.waitUntil(lambda: window.statusBar().findChild(QPushButton, "offerRecoveryKey") is None)
    window.close()
