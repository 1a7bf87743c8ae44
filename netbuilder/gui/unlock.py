"""The passphrase dialog shown before any client data: unlock, or set up on first run.

On first run, once the store is made, a recovery key is made too and shown once
(``recovery_dialog``). When the passphrase is forgotten, "Forgot passphrase?" switches the
dialog to the recovery form: the recovery key and a new passphrase, typed twice.

``NETBUILDER_PASSPHRASE`` is for scripts and CI only; this dialog never reads it.

The key derivation (scrypt, about half a second by design) runs on a worker thread:
the dialog keeps painting meanwhile, and the main thread does the work given to
``prepare_while_unlocking`` (the app imports and builds its main window, without any
client data). This module imports neither the model nor the store's database layer,
so that the dialog is on screen before they have loaded.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypeVar, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QPushButton, QWidget

from netbuilder.store.crypto import MIN_PASSPHRASE_LENGTH, KdfParams, unwrap_key
from netbuilder.store.errors import StoreError, WrongPassphrase, WrongRecoveryKey
from netbuilder.store.keyring import RECOVERY
from netbuilder.store.recovery import canonical, reset_passphrase_key
from netbuilder.store.unlock import new_store_key, read_wrapped_key, store_exists

from .forms import child, load_form

if TYPE_CHECKING:
    from netbuilder.store.db import Store


def tr(text: str) -> str:
    return QCoreApplication.translate("Unlock", text)


T = TypeVar("T")
POLL_SECONDS = 0.005  # how often the dialog handles its events while the key is derived


class UnlockDialog(QDialog):
    """Asks for the passphrase; ``store`` holds the open store once accepted.

    ``needs_recovery_key`` is then True when the store has no recovery key that the user
    kept (made before recovery keys, or the key's dialog closed without "I have kept it"):
    the app may offer to make one (``Store.set_up_recovery_key``).
    """

    def __init__(self, folder: Path, kdf: KdfParams | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder, self._kdf = folder, kdf
        self.store: Store | None = None
        self.first_run = not store_exists(folder)
        self.recovering = False
        self.needs_recovery_key = False
        self._form = form = load_form("unlock", self)
        self.passphrase_edit = child(form, QLineEdit, "passphraseEdit")
        self.confirm_edit = child(form, QLineEdit, "confirmEdit")
        self.recovery_key_edit = child(form, QLineEdit, "recoveryKeyEdit")
        self.forgot_button = child(form, QPushButton, "forgotButton")
        self.message = child(form, QLabel, "messageLabel")
        self.buttons = child(form, QDialogButtonBox, "buttonBox")
        self._title = child(form, QLabel, "titleLabel")
        self._setup_texts(form)
        self.buttons.accepted.connect(self.try_unlock)
        self.forgot_button.clicked.connect(self._toggle_recovering)
        self.buttons.rejected.connect(self.reject)
        self.passphrase_edit.setFocus()
        self._steps: list[Callable[[], object]] = []
        self._busy = self._cancelled = False

    def prepare_while_unlocking(self, *steps: Callable[[], object]) -> None:
        """Work for the main thread while a submitted passphrase is checked: the steps run
        in order, each once, with the dialog's events handled between them. None runs
        before a passphrase is submitted, and those left when the check ends wait for the
        next try (the caller does them itself if the dialog is accepted first)."""
        self._steps.extend(steps)

    def _setup_texts(self, form: QWidget) -> None:
        first = self.first_run
        self.setWindowTitle(tr("Set up NetBuilder") if first else tr("Unlock NetBuilder"))
        self.setMinimumWidth(440)
        self._title.setText(tr("Choose a passphrase") if first else tr("Unlock NetBuilder"))
        if first:
            child(form, QLabel, "introLabel").setText(
                tr("Client records will be encrypted on this computer. Choose a passphrase "
                   "of at least {n} characters and type it twice.").format(
                    n=MIN_PASSPHRASE_LENGTH))
        for name in ("confirmLabel", "warningLabel"):
            child(form, QLabel, name).setVisible(first)
        self.confirm_edit.setVisible(first)
        child(form, QLabel, "recoveryKeyLabel").setVisible(False)
        self.recovery_key_edit.setVisible(False)
        self.forgot_button.setVisible(not first)
        self._set_ok_text(tr("Create") if first else tr("Unlock"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Quit"))

    def _set_ok_text(self, text: str) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(text)
        ok.setAccessibleName(text.replace("&", ""))

    def _toggle_recovering(self) -> None:
        self.set_recovering(not self.recovering)

    def set_recovering(self, recovering: bool) -> None:
        """Switch to the recovery form (recovery key, new passphrase twice) or back."""
        if self._busy or self.first_run:
            return
        self.recovering = recovering
        form = self._form
        self.setWindowTitle(tr("Reset the passphrase") if recovering else tr("Unlock NetBuilder"))
        self._title.setText(tr("Reset the passphrase") if recovering else tr("Unlock NetBuilder"))
        child(form, QLabel, "introLabel").setText(
            tr("Type the recovery key that was kept when NetBuilder was set up, then choose a "
               "new passphrase of at least {n} characters and type it twice.").format(
                n=MIN_PASSPHRASE_LENGTH) if recovering else
            tr("Client records are encrypted. Enter your passphrase to open them."))
        for widget in (child(form, QLabel, "recoveryKeyLabel"), self.recovery_key_edit,
                       child(form, QLabel, "confirmLabel"), self.confirm_edit):
            widget.setVisible(recovering)
        child(form, QLabel, "passphraseLabel").setText(
            tr("&New passphrase:") if recovering else tr("&Passphrase:"))
        self.forgot_button.setText(
            tr("&Back to the passphrase") if recovering else tr("&Forgot passphrase?"))
        self._set_ok_text(tr("Reset and unlock") if recovering else tr("Unlock"))
        for edit in (self.recovery_key_edit, self.passphrase_edit, self.confirm_edit):
            edit.clear()
        self.show_message("", error=False)
        (self.recovery_key_edit if recovering else self.passphrase_edit).setFocus()
        self.adjustSize()  # two more rows: grow rather than squeeze the fields

    def try_unlock(self) -> None:
        """Open (or create) the store; stay open with a message when that fails."""
        if self._busy:  # already checking the passphrase
            return
        passphrase = self.passphrase_edit.text()
        if self.recovering:
            problem = self._recovery_key_problem() or self._first_run_problem(passphrase)
        else:
            problem = self._first_run_problem(passphrase) if self.first_run else None
        if problem is None and not passphrase:
            problem = tr("Type the passphrase.")
        if problem is not None:
            self.show_message(problem)
            return
        if self.recovering:
            self.store = self._reset_with_recovery_key(passphrase)
        else:
            self.store = self._open_store(passphrase)
        if self.store is not None:
            self._check_recovery_key(self.store)
            self.accept()

    def _recovery_key_problem(self) -> str | None:
        try:
            canonical(self.recovery_key_edit.text())
        except WrongRecoveryKey as e:
            self.recovery_key_edit.setFocus()
            return str(e)
        return None

    def _check_recovery_key(self, store: Store) -> None:
        """On first run make the recovery key and show it; otherwise see if there is one."""
        try:
            if not self.first_run:
                self.needs_recovery_key = not store.has_recovery_key()
                return
            key = store.set_up_recovery_key()
        except StoreError:  # the store itself is open and fine: the app can offer it again
            self.needs_recovery_key = True
            return
        from .recovery_dialog import RecoveryKeyDialog  # first run only: not before showing

        shown = RecoveryKeyDialog(key, self)
        self.needs_recovery_key = shown.exec() != QDialog.DialogCode.Accepted

    def _first_run_problem(self, passphrase: str) -> str | None:
        if len(passphrase.strip()) < MIN_PASSPHRASE_LENGTH:
            return tr("Choose a passphrase of at least {n} characters.").format(
                n=MIN_PASSPHRASE_LENGTH)
        if passphrase != self.confirm_edit.text():
            self.confirm_edit.clear()
            self.confirm_edit.setFocus()
            return tr("The two passphrases are not the same. Type it again.")
        return None

    def _open_store(self, passphrase: str) -> Store | None:
        folder = self.folder

        def opened() -> Store:
            if self.first_run:
                data_key, wrapped = self._in_background(
                    lambda: new_store_key(folder, passphrase, self._kdf))
                return _store_class().create_with_key(folder, data_key, wrapped)
            wrapped = read_wrapped_key(folder)  # quick; the worker then needs little Python
            data_key = self._in_background(lambda: unwrap_key(wrapped, passphrase))
            return _store_class().open_with_key(folder, data_key)

        return self._attempt(opened)

    def _reset_with_recovery_key(self, passphrase: str) -> Store | None:
        folder, key = self.folder, self.recovery_key_edit.text()

        def opened() -> Store:
            wrapped = read_wrapped_key(folder, RECOVERY)
            data_key, new_wrapped = self._in_background(
                lambda: reset_passphrase_key(wrapped, key, passphrase, self._kdf))
            return _store_class().open_with_new_passphrase(folder, data_key, new_wrapped)

        return self._attempt(opened)

    def _attempt(self, opened: Callable[[], Store]) -> Store | None:
        """``opened()``, or None with the reason shown."""
        try:
            return opened()
        except _Cancelled:
            pass
        except WrongPassphrase:
            self._select_for_retyping(self.passphrase_edit)
            self.show_message(tr("That passphrase is not right. Try again."))
        except WrongRecoveryKey:
            self._select_for_retyping(self.recovery_key_edit)
            self.show_message(tr("That recovery key is not right. Check it and try again."))
        except StoreError as e:
            self.show_message(str(e))
        except OSError as e:
            self.show_message(tr("The data folder cannot be used: {reason}.").format(
                reason=e.strerror or tr("access denied")))
        return None

    def _select_for_retyping(self, edit: QLineEdit) -> None:
        edit.selectAll()
        edit.setFocus()

    def _in_background(self, work: Callable[[], T]) -> T:
        """``work()`` on a worker thread, meanwhile the preparation steps and this dialog's
        events here; raises what ``work`` raised, or ``_Cancelled`` if the dialog was."""
        job = _Job(work)
        job.start()
        self._set_busy(True)
        try:
            self.show_message(tr("Unlocking…") if not self.first_run else tr("Setting up…"),
                              error=False)
            while self._steps and not job.done.is_set() and not self._cancelled:
                step = self._steps.pop(0)
                try:
                    step()
                except Exception as e:  # a bug, not a reason to refuse the passphrase
                    self._steps.clear()
                    raise PreparationFailed(f"{step.__qualname__} failed") from e
                QCoreApplication.processEvents()
            while not job.done.wait(POLL_SECONDS):
                QCoreApplication.processEvents()
        finally:
            job.done.wait()  # even after a failed step: never leave the thread behind
            self._set_busy(False)
        if self._cancelled:
            raise _Cancelled
        return job.result()

    def _set_busy(self, busy: bool) -> None:
        """While the passphrase is checked: a wait cursor, and the fields and the Unlock
        button stay as they are (Quit still works)."""
        from PySide6.QtCore import Qt  # its ~100 enum types take a while: not before showing

        self._busy = busy
        if busy:
            self._cancelled = False
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        else:
            QGuiApplication.restoreOverrideCursor()
        for edit in (self.passphrase_edit, self.confirm_edit, self.recovery_key_edit):
            edit.setReadOnly(busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not busy)
        self.forgot_button.setEnabled(not busy)

    def reject(self) -> None:
        if self._busy:  # the key derivation cannot be stopped: its result is dropped
            self._cancelled = True
        super().reject()

    def show_message(self, text: str, error: bool = True) -> None:
        from .fields import set_message  # not needed before the dialog is on screen

        set_message(self.message, text, "error" if error else "info")
        self.message.repaint()


def _store_class() -> type[Store]:
    """``Store``, imported once needed (it brings the model and pydantic)."""
    from netbuilder.store.db import Store

    return Store


class PreparationFailed(Exception):
    """A step given to ``prepare_while_unlocking`` raised (the cause)."""


class _Cancelled(Exception):
    """The dialog was closed while the passphrase was being checked."""


class _Job(Generic[T]):
    """One call on a daemon thread; ``result`` returns its value or raises its error."""

    def __init__(self, work: Callable[[], T]) -> None:
        self._work = work
        self._value: T | None = None
        self._error: BaseException | None = None
        self.done = threading.Event()
        self._thread = threading.Thread(target=self._run, name="netbuilder-unlock", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def _run(self) -> None:
        try:
            self._value = self._work()
        except BaseException as e:  # handed to the main thread by result()
            self._error = e
        finally:
            del self._work  # nor keep the passphrase that the work closes over
            self.done.set()

    def result(self) -> T:
        """The value (once), or the error raised here."""
        value, error, self._value, self._error = self._value, self._error, None, None
        if error is not None:
            raise error  # its traceback leads back here, but no longer from here: no cycle
        return cast(T, value)
