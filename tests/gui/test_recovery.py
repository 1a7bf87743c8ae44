"""The recovery key in the app: shown once at set-up (Continue only once it is kept), printed
to a PDF or copied; and "Forgot passphrase?" in the unlock dialog resets the passphrase."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from netbuilder.gui.recovery_dialog import RecoveryKeyDialog
from netbuilder.gui.unlock import UnlockDialog
from netbuilder.store import Store, WrongPassphrase
from netbuilder.store.recovery import new_recovery_key

from .shell import OFFSCREEN_SIZE_HINTS, PASSPHRASE, QUICK_KDF, add_client, quick_store, when_modal

pytestmark = OFFSCREEN_SIZE_HINTS

NEW_PASSPHRASE = "a brand new passphrase"
LEFT = Qt.MouseButton.LeftButton


def shown_unlock(qtbot: QtBot, folder: Path) -> UnlockDialog:
    dialog = UnlockDialog(folder, kdf=QUICK_KDF)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    return dialog


def press_ok(qtbot: QtBot, dialog: UnlockDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def store_with_key(folder: Path) -> str:
    with quick_store(folder) as store:
        add_client(store, "Robin Example")
        return store.set_up_recovery_key()


def test_first_run_shows_the_key_once_and_continues_only_once_it_is_kept(
        qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "data"
    dialog = shown_unlock(qtbot, folder)
    seen: list[str] = []

    def keep_the_key(shown: RecoveryKeyDialog) -> None:
        seen.append(shown.key_label.text())
        assert "only way back in" in shown.findChild(QWidget, "explanationLabel").text()
        assert shown.key_label.font().pointSizeF() > shown.font().pointSizeF() * 1.5
        assert not shown.continue_button.isEnabled()
        qtbot.mouseClick(shown.continue_button, LEFT)
        qtbot.keyClick(shown, Qt.Key.Key_Return)
        assert shown.isVisible()  # not before the box is ticked
        box = shown.kept_check  # its label is short; the widget spans the dialog
        qtbot.mouseClick(box, LEFT, pos=QPoint(box.iconSize().width() // 2 + 2, box.height() // 2))
        assert shown.continue_button.isEnabled()
        qtbot.mouseClick(shown.continue_button, LEFT)
        seen.append(f"result={shown.result() == QDialog.DialogCode.Accepted}")

    qtbot.keyClicks(dialog.passphrase_edit, PASSPHRASE)
    qtbot.keyClicks(dialog.confirm_edit, PASSPHRASE)
    when_modal(RecoveryKeyDialog, keep_the_key)
    press_ok(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.needs_recovery_key
    assert dialog.store is not None and dialog.store.has_recovery_key()
    add_client(dialog.store, "Robin Example")
    dialog.store.close()
    key, accepted = seen
    assert accepted == "result=True"
    with Store.open_with_recovery_key(folder, key, NEW_PASSPHRASE, QUICK_KDF) as store:
        assert [s.client.display_name for s in store.list_clients()] == ["Robin Example"]


def test_a_key_not_kept_leaves_the_store_open_and_asks_for_a_new_key(
        qtbot: QtBot, tmp_path: Path) -> None:
    dialog = shown_unlock(qtbot, tmp_path / "data")
    qtbot.keyClicks(dialog.passphrase_edit, PASSPHRASE)
    qtbot.keyClicks(dialog.confirm_edit, PASSPHRASE)
    when_modal(RecoveryKeyDialog, lambda shown: qtbot.keyClick(shown, Qt.Key.Key_Escape))
    press_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.needs_recovery_key
    assert dialog.store is not None and dialog.store.is_open
    dialog.store.close()


def test_the_key_is_copied_and_saved_as_a_pdf_only_where_chosen(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    key = new_recovery_key()
    shown = RecoveryKeyDialog(key)
    qtbot.addWidget(shown)
    with qtbot.waitExposed(shown):
        shown.show()
    qtbot.mouseClick(shown.copy_button, LEFT)
    assert QApplication.clipboard().text() == key

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: ("", ""))
    qtbot.mouseClick(shown.pdf_button, LEFT)
    assert list(tmp_path.iterdir()) == []  # cancelled: written nowhere

    chosen = tmp_path / "kept"
    chosen.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(chosen / "recovery"), "PDF files (*.pdf)"))
    qtbot.mouseClick(shown.pdf_button, LEFT)
    assert [p.name for p in chosen.iterdir()] == ["recovery.pdf"]
    reader = PdfReader(io.BytesIO((chosen / "recovery.pdf").read_bytes()))
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    assert key in text and "only way back in" in text
    assert "Saved as recovery.pdf" in shown.message.text()


def test_forgot_passphrase_resets_it_with_the_recovery_key(
        qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "data"
    key = store_with_key(folder)
    dialog = shown_unlock(qtbot, folder)
    assert dialog.forgot_button.isVisible() and not dialog.recovery_key_edit.isVisible()
    qtbot.mouseClick(dialog.forgot_button, LEFT)
    assert dialog.recovering and dialog.recovery_key_edit.isVisible()
    assert dialog.confirm_edit.isVisible()

    before = snapshot(folder)
    qtbot.keyClicks(dialog.recovery_key_edit, new_recovery_key())  # well formed, not this one
    qtbot.keyClicks(dialog.passphrase_edit, NEW_PASSPHRASE)
    qtbot.keyClicks(dialog.confirm_edit, NEW_PASSPHRASE)
    press_ok(qtbot, dialog)
    assert "recovery key is not right" in dialog.message.text()
    assert dialog.isVisible() and dialog.store is None and snapshot(folder) == before

    qtbot.keyClicks(dialog.recovery_key_edit, key.lower().replace("-", " "))  # replaces it
    press_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.needs_recovery_key
    assert dialog.store is not None
    assert [s.client.display_name for s in dialog.store.list_clients()] == ["Robin Example"]
    dialog.store.close()
    with pytest.raises(WrongPassphrase):
        Store.open(folder, PASSPHRASE)
    Store.open(folder, NEW_PASSPHRASE).close()


def test_the_recovery_form_checks_what_is_typed_and_can_go_back(
        qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "data"
    key = store_with_key(folder)
    dialog = shown_unlock(qtbot, folder)
    qtbot.mouseClick(dialog.forgot_button, LEFT)
    qtbot.keyClicks(dialog.recovery_key_edit, key[:-6])
    qtbot.keyClicks(dialog.passphrase_edit, NEW_PASSPHRASE)
    qtbot.keyClicks(dialog.confirm_edit, NEW_PASSPHRASE)
    press_ok(qtbot, dialog)
    assert "28 letters and digits" in dialog.message.text()
    dialog.recovery_key_edit.setText(key)
    dialog.confirm_edit.setText(NEW_PASSPHRASE + "x")
    press_ok(qtbot, dialog)
    assert "not the same" in dialog.message.text() and dialog.store is None

    qtbot.mouseClick(dialog.forgot_button, LEFT)  # now "Back to the passphrase"
    assert not dialog.recovering and not dialog.recovery_key_edit.isVisible()
    qtbot.keyClicks(dialog.passphrase_edit, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase_edit, Qt.Key.Key_Return)
    assert dialog.store is not None and not dialog.needs_recovery_key
    dialog.store.close()
    Store.open(folder, PASSPHRASE).close()


def test_a_store_made_before_recovery_keys_is_flagged(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "data"
    quick_store(folder).close()
    dialog = shown_unlock(qtbot, folder)
    qtbot.mouseClick(dialog.forgot_button, LEFT)
    qtbot.keyClicks(dialog.recovery_key_edit, new_recovery_key())
    qtbot.keyClicks(dialog.passphrase_edit, NEW_PASSPHRASE)
    qtbot.keyClicks(dialog.confirm_edit, NEW_PASSPHRASE)
    press_ok(qtbot, dialog)
    assert "No recovery key was made" in dialog.message.text() and dialog.store is None

    qtbot.mouseClick(dialog.forgot_button, LEFT)
    qtbot.keyClicks(dialog.passphrase_edit, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase_edit, Qt.Key.Key_Return)
    assert dialog.store is not None and dialog.needs_recovery_key
    dialog.store.close()
