"""The passphrase dialog shown before any client data: unlock, or set up on first run.

``NETBUILDER_PASSPHRASE`` is for scripts and CI only; this dialog never reads it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QWidget

from netbuilder.store.crypto import MIN_PASSPHRASE_LENGTH, KdfParams
from netbuilder.store.db import Store
from netbuilder.store.errors import StoreError, WrongPassphrase

from .fields import set_message
from .forms import child, load_form


class UnlockDialog(QDialog):
    """Asks for the passphrase; ``store`` holds the open store once accepted."""

    def __init__(self, folder: Path, kdf: KdfParams | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder, self._kdf = folder, kdf
        self.store: Store | None = None
        self.first_run = not Store.exists(folder)
        form = load_form("unlock", self)
        self.passphrase_edit = child(form, QLineEdit, "passphraseEdit")
        self.confirm_edit = child(form, QLineEdit, "confirmEdit")
        self.message = child(form, QLabel, "messageLabel")
        self.buttons = child(form, QDialogButtonBox, "buttonBox")
        self._title = child(form, QLabel, "titleLabel")
        self._setup_texts(form)
        self.buttons.accepted.connect(self.try_unlock)
        self.buttons.rejected.connect(self.reject)
        self.passphrase_edit.setFocus()

    def _setup_texts(self, form: QWidget) -> None:
        first = self.first_run
        self.setWindowTitle("Set up NetBuilder" if first else "Unlock NetBuilder")
        self.setMinimumWidth(440)
        self._title.setText("Choose a passphrase" if first else "Unlock NetBuilder")
        if first:
            child(form, QLabel, "introLabel").setText(
                "Client records will be encrypted on this computer. Choose a passphrase "
                f"of at least {MIN_PASSPHRASE_LENGTH} characters and type it twice.")
        for name in ("confirmLabel", "warningLabel"):
            child(form, QLabel, name).setVisible(first)
        self.confirm_edit.setVisible(first)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("Create" if first else "Unlock")
        ok.setAccessibleName(ok.text())
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Quit")

    def try_unlock(self) -> None:
        """Open (or create) the store; stay open with a message when that fails."""
        passphrase = self.passphrase_edit.text()
        problem = self._first_run_problem(passphrase) if self.first_run else None
        if problem is None and not passphrase:
            problem = "Type the passphrase."
        if problem is not None:
            self.show_message(problem)
            return
        self.store = self._open_store(passphrase)
        if self.store is not None:
            self.accept()

    def _first_run_problem(self, passphrase: str) -> str | None:
        if len(passphrase.strip()) < MIN_PASSPHRASE_LENGTH:
            return f"Choose a passphrase of at least {MIN_PASSPHRASE_LENGTH} characters."
        if passphrase != self.confirm_edit.text():
            self.confirm_edit.clear()
            self.confirm_edit.setFocus()
            return "The two passphrases are not the same. Type it again."
        return None

    def _open_store(self, passphrase: str) -> Store | None:
        self.show_message("Unlocking…" if not self.first_run else "Setting up…", error=False)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if self.first_run:
                return Store.create(self.folder, passphrase, kdf=self._kdf)
            return Store.open(self.folder, passphrase)
        except WrongPassphrase:
            self.passphrase_edit.selectAll()
            self.passphrase_edit.setFocus()
            self.show_message("That passphrase is not right. Try again.")
        except StoreError as e:
            self.show_message(str(e))
        except OSError as e:
            self.show_message(f"The data folder cannot be used: {e.strerror or 'access denied'}.")
        finally:
            QGuiApplication.restoreOverrideCursor()
        return None

    def show_message(self, text: str, error: bool = True) -> None:
        set_message(self.message, text, "error" if error else "info")
        self.message.repaint()
