"""Automatic encrypted backups while the app runs; "Back up now" and "Restore from backup…".

The scheduler backs up when the data changed and the newest backup is at least 30 minutes
old (checked each minute), and when the window closes or locks (after pending edits are
saved, before the store closes). A failed backup is said in the status bar and never
stops the window closing. Backups go to the folder chosen in Preferences, else to
``backups`` in the data folder (see ``netbuilder.store.backup``).

When the caseload deletes a client, the scheduler erases them from the backups in both
folders too (the right to erasure), and says so in the status bar.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, wait
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar
from uuid import UUID

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from netbuilder.store.backup import (
    BackupError,
    BackupInfo,
    ErasureIncomplete,
    change_count,
    create_backup,
    default_folder,
    erase_client_from_backups,
    list_backups,
    passphrase_key,
    restore_backup_with_key,
)
from netbuilder.store.crypto import unwrap_key
from netbuilder.store.db import Store
from netbuilder.store.errors import NotFound, StoreError

from .actions import make_action
from .fields import set_message
from .forms import child, load_form
from .window_part import WindowPart

if TYPE_CHECKING:
    from .window import MainWindow

CHECK_MS = 60_000  # how often to look for changes
MIN_GAP = timedelta(minutes=30)  # at most one automatic backup in this time
MESSAGE_MS = 10_000
BACKUP_FOLDER = "backup_folder"  # a UiSettings text; empty means <data folder>/backups
POLL_SECONDS = 0.02  # how often the GUI looks at a worker thread's result

T = TypeVar("T")


def tr(text: str) -> str:
    return QCoreApplication.translate("Backups", text)


class BackupScheduler(WindowPart):
    """Backs the window's store up when it changed; owns the two File menu actions."""

    backed_up = Signal(Path)


    def __init__(self, window: MainWindow, check_ms: int = CHECK_MS,
                 min_gap: timedelta = MIN_GAP) -> None:
        super().__init__(window)
        self.min_gap = min_gap
        self._store: Store | None = None
        self._mark = 0  # the store's change count at its last backup (0: just opened)
        self.timer = QTimer(self)
        self.timer.setInterval(check_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        window.closed.connect(self._window_closed)
        window.caseload.deleted.connect(self.erase_client)
        self.back_up_action = make_action(
            window, tr("&Back up now"), self.back_up, None, "back_up_now",
            tr("Write an encrypted backup of all clients now"))
        self.restore_action = make_action(
            window, tr("Restore from &backup…"), self.show_restore, None, "restore_backup",
            tr("Replace all clients with an earlier backup"))
        _add_to_file_menu(window, [self.back_up_action, self.restore_action])

    def _chosen(self) -> str:
        return self.window.settings.text(BACKUP_FOLDER).strip()

    def folder(self) -> Path:
        chosen = self._chosen()
        if chosen:
            return Path(chosen).expanduser()
        store = self._live_store()
        data_folder = store.folder if store is not None else self.window.settings.path.parent
        return default_folder(data_folder)

    def folders(self) -> list[Path]:
        """Where backups may be: the chosen folder, and the default one (backups made
        before a folder was chosen stay there)."""
        found = [self.folder()]
        store = self._live_store()
        if store is not None and default_folder(store.folder) not in found:
            found.append(default_folder(store.folder))
        return found

    # when to back up ---------------------------------------------------------------

    def check(self) -> None:
        """Back up if the data changed and the newest backup is old enough."""
        try:
            due = self.changed() and self._due(datetime.now(UTC))
        except OSError as e:  # the backup folder cannot be listed
            self.say(tr("Not backed up: {problem}").format(problem=_os_problem(e)))
            return
        if due:
            self.back_up()

    def changed(self) -> bool:
        """Whether the open store changed since its last backup (or since it was opened)."""
        store = self._live_store()
        if store is None:
            return False
        if store is not self._store:
            self._store, self._mark = store, 0
        try:
            return change_count(store) != self._mark
        except StoreError:
            return False

    def _due(self, now: datetime) -> bool:
        backups = [b for b in list_backups(self.folder()) if not b.damaged]
        return not backups or now - backups[0].created >= self.min_gap

    def _window_closed(self, _locked: bool) -> None:
        self.timer.stop()
        if self.changed():
            self.back_up()

    # doing it ----------------------------------------------------------------------------

    def back_up(self) -> Path | None:
        """A backup now; the path, or None after saying in the status bar why not."""
        store = self._live_store()
        if store is None:
            return None
        try:
            mark = change_count(store)
            path = create_backup(store, self.folder())
        except StoreError as e:
            self.say(tr("Not backed up: {problem}").format(problem=_one_line(e)))
            return None
        except OSError as e:
            self.say(tr("Not backed up: {problem}").format(problem=_os_problem(e)))
            return None
        self._store, self._mark = store, mark
        when = QLocale().toString(QDateTime.currentDateTime().time(), "HH:mm")
        self.say(tr("Backed up at {time}.").format(time=when))
        self.backed_up.emit(path)
        return path

    def restore(self, backup: Path, passphrase: str) -> Store:
        """Replace the window's data with ``backup`` (the current data backed up first) and
        reopen the client that was open; ``StoreError`` (the window as it was) if not.
        The passphrase is checked on a worker thread (scrypt takes a second or two)."""
        window = self.window
        wrapped = passphrase_key(window.store)
        data_key = in_background(lambda: unwrap_key(wrapped, passphrase))
        open_id = window.client.id if window.client is not None else None
        window.close_client()  # saves what is pending; no map refers to the old data
        try:
            restored = restore_backup_with_key(window.store, backup, data_key, self.folder())
        except BackupError as e:
            if e.store is not None:
                window.reopen_store(e.store)
            self._reopen_client(open_id)
            raise
        except StoreError:
            self._reopen_client(open_id)
            raise
        window.reopen_store(restored)
        self._store, self._mark = restored, change_count(restored)
        self._reopen_client(open_id)
        return restored

    def erase_client(self, client_id: UUID) -> int | None:
        """Erase a deleted client from the backups in ``folders``; says in the status bar
        how many backups held them (returned), or how many could not be checked (None;
        that line stays)."""
        store = self._live_store()
        if store is None:
            return None
        erased, unchecked, problem = 0, 0, ""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            for folder in self.folders():
                if folder == self.folder() and self._chosen() and not folder.is_dir():
                    problem = tr("the chosen backups folder is not there (a drive not "
                                 "connected?); its backups still hold them.")
                    continue
                try:
                    erased += erase_client_from_backups(store, folder, client_id)
                except ErasureIncomplete as e:  # the others in that folder are erased
                    unchecked += len(e.unchecked)
                except StoreError as e:
                    problem = _one_line(e)
        finally:
            QApplication.restoreOverrideCursor()
        if problem or unchecked:
            self.say(_not_erased(unchecked, problem), 0)  # stays until the next message
            return None
        self.say(_erased(erased))
        return erased

    def show_restore(self) -> None:
        if self._live_store() is None:
            self.say(tr("Unlock NetBuilder first."))
            return
        RestoreDialog(self, self.window).exec()

    def _reopen_client(self, client_id: UUID | None) -> None:
        if client_id is None:
            return
        try:
            self.window.store.get_client(client_id)
        except NotFound:
            return  # not in the restored data
        except StoreError:
            return
        self.window.open_client(client_id)

    def _live_store(self) -> Store | None:
        try:
            store = self.window.store
        except StoreError:
            return None
        return store if store.is_open else None

    def say(self, message: str, timeout_ms: int = MESSAGE_MS) -> None:
        self.window.statusBar().showMessage(message, timeout_ms)


class RestoreDialog(QDialog):
    """The backups, newest first, and the passphrase; Restore asks once more, then
    replaces the data. Problems are shown in the dialog, which stays open."""

    def __init__(self, scheduler: BackupScheduler, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(tr("Restore from backup"))
        self.setMinimumWidth(520)
        self._scheduler = scheduler
        form = load_form("restore", self)
        self.backup_list = child(form, QTreeWidget, "backupList")
        self.folder_label = child(form, QLabel, "folderLabel")
        self.passphrase = child(form, QLineEdit, "passphraseEdit")
        self.message = child(form, QLabel, "messageLabel")
        buttons = child(form, QDialogButtonBox, "buttonBox")
        self.restore_button: QPushButton = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.restore_button.setText(tr("Restore"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        buttons.accepted.connect(self._restore)
        buttons.rejected.connect(self.reject)
        self.backup_list.setHeaderLabels([tr("Made"), tr("Size")])
        self.restored: Store | None = None
        self._busy = False  # the passphrase is being checked: the dialog waits for it
        self._fill(scheduler.folder())
        self.passphrase.setFocus()

    def _fill(self, folder: Path) -> None:
        backups = list_backups(folder)
        for info in backups:
            size = QLocale().formattedDataSize(info.size)
            when = when_made(info) + (tr(" (damaged)") if info.damaged else "")
            item = QTreeWidgetItem([when, size])
            item.setData(0, Qt.ItemDataRole.UserRole, info)
            if info.damaged:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.backup_list.addTopLevelItem(item)
        self.backup_list.resizeColumnToContents(0)
        usable = [i for i, info in enumerate(backups) if not info.damaged]
        first = self.backup_list.topLevelItem(usable[0]) if usable else None
        if first is not None:
            self.backup_list.setCurrentItem(first)
        self.folder_label.setText(
            tr("In {folder}").format(folder=folder) if backups
            else tr("There are no backups in {folder} yet.").format(folder=folder))
        self.restore_button.setEnabled(bool(usable))

    def chosen(self) -> BackupInfo | None:
        item = self.backup_list.currentItem()
        info = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return info if isinstance(info, BackupInfo) and not info.damaged else None

    def _restore(self) -> None:
        info = self.chosen()
        if info is None:
            set_message(self.message, tr("Choose a backup to restore."))
            return
        if not self.passphrase.text():
            set_message(self.message, tr("Type your passphrase to restore a backup."))
            self.passphrase.setFocus()
            return
        if not self._confirmed(when_made(info)):
            return
        set_message(self.message, tr("Restoring…"), "info")
        self._set_busy(True)
        try:
            self.restored = self._scheduler.restore(info.path, self.passphrase.text())
        except StoreError as e:
            set_message(self.message, _one_line(e))
            self.passphrase.selectAll()
            return
        finally:
            self._set_busy(False)
        self._scheduler.say(tr("Restored the backup from {when}.").format(when=when_made(info)))
        self.accept()

    def _set_busy(self, busy: bool) -> None:
        """While restoring (events still arrive): a wait cursor, and nothing to press."""
        self._busy = busy
        if busy:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        else:
            QApplication.restoreOverrideCursor()
        self.restore_button.setEnabled(not busy)
        self.passphrase.setReadOnly(busy)
        self.backup_list.setEnabled(not busy)

    def reject(self) -> None:
        if not self._busy:  # a restore cannot be stopped halfway
            super().reject()

    def _confirmed(self, when: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, tr("Restore from backup"),
                          tr("This replaces all clients with the backup from {when}. The "
                             "current data is backed up first.").format(when=when),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                          self)
        box.button(QMessageBox.StandardButton.Yes).setText(tr("Replace all clients"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Yes


def when_made(info: BackupInfo) -> str:
    """A backup's time as the person reads it: local date and time."""
    moment = QDateTime.fromMSecsSinceEpoch(int(info.created.timestamp() * 1000)).toLocalTime()
    return QLocale().toString(moment, "ddd d MMM yyyy, HH:mm")


def install_backups(window: MainWindow) -> BackupScheduler:
    """The scheduler for ``window``, with "Back up now" and "Restore from backup…" in the
    File menu before Lock."""
    return BackupScheduler(window)


def _add_to_file_menu(window: MainWindow, actions: list[QAction]) -> None:
    window.addActions(actions)
    menu = window.menuBar().findChild(QMenu, "fileMenu")
    if menu is None:
        return
    before = window.commands.lock
    for action in actions:
        menu.insertAction(before, action)
    menu.insertSeparator(before)


def in_background(work: Callable[[], T]) -> T:
    """``work()`` on a worker thread while this thread goes on handling events (as the
    unlock dialog does); returns its value or raises its error."""
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="netbuilder-restore") as pool:
        future = pool.submit(work)
        while not wait([future], timeout=POLL_SECONDS).done:
            QCoreApplication.processEvents()
        return future.result()


def _erased(count: int) -> str:
    if count == 0:
        return tr("Client deleted; no backup held them.")
    if count == 1:
        return tr("Client deleted and removed from 1 backup.")
    return QCoreApplication.translate(
        "Backups", "Client deleted and removed from %n backups.", None, count)


def _not_erased(unchecked: int, problem: str) -> str:
    if problem:
        return tr("Client deleted, but not from the backups: {problem}").format(problem=problem)
    if unchecked == 1:
        return tr("Client deleted and removed from the backups, except 1 that could not be "
                  "checked (damaged or from another installation): delete it from the backups "
                  "folder by hand.")
    return tr("Client deleted and removed from the backups, except {count} that could not be "
              "checked (damaged or from another installation): delete them from the backups "
              "folder by hand.").format(count=unchecked)


def _one_line(error: Exception) -> str:
    return " ".join(str(error).split()) or tr("A file could not be written.")


def _os_problem(error: OSError) -> str:
    """The system's reason without the path (which may hold a name)."""
    reason = error.strerror or tr("a file error")
    return tr("the backups folder cannot be used ({reason}); choose another in "
              "Preferences.").format(reason=reason)


__all__ = ["BackupScheduler", "RestoreDialog", "install_backups", "when_made"]
