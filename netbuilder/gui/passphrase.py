"""Change the passphrase, make a new recovery key, and offer one to a store without.

Both commands sit in the File menu and ask for the current passphrase first: whoever
finds the laptop unlocked must not be able to set a passphrase or a recovery key of
their own. Changing the passphrase re-wraps the same data key in one transaction, so
nothing else is rewritten and a crash midway leaves the old passphrase working.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netbuilder.store.crypto import MIN_PASSPHRASE_LENGTH, KdfParams
from netbuilder.store.errors import StoreError, WrongPassphrase
from netbuilder.store.recovery import new_recovery_key
from netbuilder.store.unlock import unlock_data_key

from .actions import make_action
from .fields import set_message
from .window_part import WindowPart

if TYPE_CHECKING:
    from netbuilder.store.db import Store

    from .window import MainWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("Passphrase", text)


NO_KEY = QT_TRANSLATE_NOOP(
    "Passphrase", "This data has no recovery key. If the passphrase is forgotten, nobody can "
    "open these records again. Make a recovery key, keep it away from this laptop.")


class PassphraseDialog(QDialog):
    """The current passphrase, and for a change the new one twice; ``run`` does the work
    when OK is pressed and the dialog stays open with a message if it fails."""

    def __init__(self, store: Store, title: str, change: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self.store, self.change = store, change
        self.kdf: KdfParams | None = None  # None: the default scrypt (tests choose a cheap one)
        self.current = _secret_edit("currentEdit")
        self.new = _secret_edit("newEdit")
        self.confirm = _secret_edit("confirmEdit")
        self.message = QLabel(self)
        self.message.setObjectName("messageLabel")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("Current passphrase"), self.current)
        if change:
            form.addRow(tr("New passphrase"), self.new)
            form.addRow(tr("New passphrase again"), self.confirm)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            tr("Change") if change else tr("Make a new key"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        self.buttons.accepted.connect(self.run)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.current.setFocus()

    def run(self) -> None:
        problem = self._problem()
        if problem is not None:
            set_message(self.message, problem)
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._do()
        except WrongPassphrase:
            self.current.selectAll()
            self.current.setFocus()
            set_message(self.message, tr("The current passphrase is not right."))
            return
        except StoreError as e:
            set_message(self.message, str(e))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.accept()

    def _problem(self) -> str | None:
        if not self.current.text():
            return tr("Type the current passphrase.")
        if not self.change:
            return None
        if len(self.new.text().strip()) < MIN_PASSPHRASE_LENGTH:
            return tr("Choose a passphrase of at least {n} characters.").format(
                n=MIN_PASSPHRASE_LENGTH)
        if self.new.text() != self.confirm.text():
            self.confirm.clear()
            self.confirm.setFocus()
            return tr("The two new passphrases are not the same. Type it again.")
        return None

    def _do(self) -> None:
        if self.change:
            self.store.change_passphrase(self.current.text(), self.new.text(), self.kdf)
            return
        unlock_data_key(self.store.folder, self.current.text())  # WrongPassphrase if not


class PassphraseCommands(WindowPart):
    """File -> Change passphrase… and File -> New recovery key…"""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("passphraseCommands")
        self.kdf: KdfParams | None = None
        self.change = make_action(window, tr("Change &passphrase…"), self.change_passphrase,
                                  None, "change_passphrase",
                                  tr("Choose a new passphrase for this computer's data"))
        self.recovery = make_action(window, tr("New &recovery key…"), self.new_recovery_key,
                                    None, "new_recovery_key",
                                    tr("Make a new recovery key; the old one stops working"))
        window.addActions([self.change, self.recovery])
        menu = window.menuBar().findChild(QMenu, "fileMenu")
        if menu is not None:
            before = window.commands.lock
            menu.insertActions(before, [self.change, self.recovery])
            menu.insertSeparator(before)

    def change_passphrase(self) -> PassphraseDialog:
        window = self.window
        dialog = PassphraseDialog(window.store, tr("Change passphrase"), True, window)
        dialog.kdf = self.kdf
        if dialog.exec() == QDialog.DialogCode.Accepted:
            window.statusBar().showMessage(
                tr("Passphrase changed. Use the new one from now on."), 10000)
        return dialog

    def new_recovery_key(self) -> PassphraseDialog:
        window = self.window
        dialog = PassphraseDialog(window.store, tr("New recovery key"), False, window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            make_recovery_key(window)
        return dialog


def make_recovery_key(window: MainWindow) -> bool:
    """Show a new key and store it only once the user says it is kept: closing the dialog
    without that leaves the earlier key (if any) working."""
    from .recovery_dialog import RecoveryKeyDialog

    key = new_recovery_key()
    if RecoveryKeyDialog(key, window).exec() != QDialog.DialogCode.Accepted:
        return False
    try:
        window.store.set_up_recovery_key(key)
    except StoreError as e:
        QMessageBox.warning(window, tr("Recovery key not saved"), str(e))
        return False
    window.statusBar().showMessage(tr("The new recovery key is in use."), 10000)
    return True


def offer_recovery_key(window: MainWindow) -> QPushButton:
    """After unlocking a store without a recovery key: a button in the status bar that
    stays until a key is made (no dialog pops up while a client may be watching)."""
    button = QPushButton(tr("Make a recovery key\u2026"), window)
    button.setObjectName("offerRecoveryKey")
    button.setToolTip(tr(NO_KEY))
    button.setAccessibleDescription(tr(NO_KEY))

    def make() -> None:
        if make_recovery_key(window):
            window.statusBar().removeWidget(button)
            button.deleteLater()

    button.clicked.connect(make)
    window.statusBar().addPermanentWidget(button)
    window.statusBar().showMessage(tr("This data has no recovery key yet."), 15000)
    return button


def install_passphrase_commands(window: MainWindow) -> PassphraseCommands:
    return PassphraseCommands(window)


def _secret_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


__all__ = ["PassphraseCommands", "PassphraseDialog", "install_passphrase_commands",
           "make_recovery_key", "offer_recovery_key"]
