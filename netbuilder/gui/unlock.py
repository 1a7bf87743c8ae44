"""The passphrase dialog shown before any client data: unlock, or set up on first run.

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
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QWidget

from netbuilder.store.crypto import MIN_PASSPHRASE_LENGTH, KdfParams, unwrap_key
from netbuilder.store.errors import StoreError, WrongPassphrase
from netbuilder.store.unlock import new_store_key, read_wrapped_key, store_exists

from .forms import child, load_form

if TYPE_CHECKING:
    from netbuilder.store.db import Store


def tr(text: str) -> str:
    return QCoreApplication.translate("Unlock", text)


T = TypeVar("T")
POLL_SECONDS = 0.005  # how often the dialog handles its events while the key is derived


class UnlockDialog(QDialog):
    """Asks for the passphrase; ``store`` holds the open store once accepted."""

    def __init__(self, folder: Path, kdf: KdfParams | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder, self._kdf = folder, kdf
        self.store: Store | None = None
        self.first_run = not store_exists(folder)
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
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("Create") if first else tr("Unlock"))
        ok.setAccessibleName(ok.text())
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Quit"))

    def try_unlock(self) -> None:
        """Open (or create) the store; stay open with a message when that fails."""
        if self._busy:  # already checking the passphrase
            return
        passphrase = self.passphrase_edit.text()
        problem = self._first_run_problem(passphrase) if self.first_run else None
        if problem is None and not passphrase:
            problem = tr("Type the passphrase.")
        if problem is not None:
            self.show_message(problem)
            return
        self.store = self._open_store(passphrase)
        if self.store is not None:
            self.accept()

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
        try:
            if self.first_run:
                data_key, wrapped = self._in_background(
                    lambda: new_store_key(folder, passphrase, self._kdf))
                return _store_class().create_with_key(folder, data_key, wrapped)
            wrapped = read_wrapped_key(folder)  # quick; the worker then needs little Python
            data_key = self._in_background(lambda: unwrap_key(wrapped, passphrase))
            return _store_class().open_with_key(folder, data_key)
        except _Cancelled:
            pass
        except WrongPassphrase:
            self.passphrase_edit.selectAll()
            self.passphrase_edit.setFocus()
            self.show_message(tr("That passphrase is not right. Try again."))
        except StoreError as e:
            self.show_message(str(e))
        except OSError as e:
            self.show_message(tr("The data folder cannot be used: {reason}.").format(
                reason=e.strerror or tr("access denied")))
        return None

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
        for edit in (self.passphrase_edit, self.confirm_edit):
            edit.setReadOnly(busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not busy)

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
