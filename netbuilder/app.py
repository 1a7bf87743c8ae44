"""The desktop app: unlock, then the main window; locking goes back to the unlock dialog.

Start-up is arranged so the passphrase dialog shows first, with little imported: the
main window's modules (and the model and pydantic under them) load, and the window is
built empty, on the main thread while the passphrase is checked on a worker thread.
The window shows client data only once the store is open.

One process at a time works on a data folder: ``run_gui`` takes the folder's writer lock
(``store.lock``) before the unlock dialog and holds it until it returns. A second start
on the same folder asks the first, over a local socket named after the folder, to bring
its window (or its unlock dialog) to the front, and ends; if nobody answers (the holder
is the command line, or hung) it says which process holds the folder and exits with 2.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QTimer,
    QTranslator,
    Signal,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from netbuilder.gui.fonts import ensure_fonts
from netbuilder.gui.unlock import UnlockDialog
from netbuilder.logs import install_excepthook, setup_logging
from netbuilder.resources import resource_path
from netbuilder.store.errors import StoreError, StoreInUse
from netbuilder.store.lock import WriterLock, acquire, holder
from netbuilder.store.paths import ENV_DATA_DIR, default_data_dir, shared_folder_reason

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

    from netbuilder.gui.window import MainWindow

APP_NAME = "NetBuilder"
EXIT_IN_USE = 2  # as the command line's exit code for a refusal
SHOW_REQUEST, SHOWN_REPLY = b"show\n", b"shown\n"
ANSWER_MS = 3000  # how long a second start waits for the first to answer


def tr(text: str) -> str:
    return QCoreApplication.translate("App", text)


def apply_style(app: QApplication) -> None:
    """Register the shipped fonts and apply ``resources/style.qss``."""
    ensure_fonts()
    with contextlib.suppress(FileNotFoundError):  # without it the look is plainer, that is all
        app.setStyleSheet(resource_path("style.qss").read_text(encoding="utf-8"))


def install_translations(app: QApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Qt's own strings and NetBuilder's, in the user's language when translations for it
    are shipped (``resources/translations/netbuilder_<lang>.qm``); en_GB is the source."""
    locale = locale or QLocale()
    installed = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    try:
        own_dir = str(resource_path("translations"))
    except FileNotFoundError:
        own_dir = ""
    for name, folder in (("qtbase", qt_dir), ("netbuilder", own_dir)):
        translator = QTranslator(app)
        if folder and translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


class AppSession(QObject):
    """Unlock -> window -> (lock -> unlock -> window)* -> ``finished``; ``unlocked`` each
    time a window is shown, ``dialog_painted`` once the first unlock dialog is on screen."""

    finished = Signal()
    unlocked = Signal()
    dialog_painted = Signal()

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._folder = folder
        self.window: MainWindow | None = None
        self._ahead: MainWindow | None = None  # built while the passphrase was checked
        self._dialog: UnlockDialog | None = None  # while it asks
        self._painted = False

    def unlock(self) -> None:
        dialog = self._dialog = UnlockDialog(self._folder)
        if not self._painted:
            dialog.installEventFilter(self)
        dialog.prepare_while_unlocking(_import_model, _import_window, self._build_ahead)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted and dialog.store is not None
        finally:
            self._dialog = None
        window, self._ahead = self._ahead, None
        if not accepted or dialog.store is None:
            if window is not None:
                window.deleteLater()
            self.finished.emit()
            return
        if window is None:
            window = _import_window()(dialog.store)
        else:
            window.open_store(dialog.store)
        window.closed.connect(self._window_closed)
        self.window = window
        window.show()
        window.activateWindow()  # the keyboard goes to it, not to where the dialog was
        if dialog.first_run:  # once: the profile, plan options and the worked example
            from netbuilder.gui.welcome import welcome

            welcome(window)
        if dialog.needs_recovery_key:
            _offer_recovery_key(window)
        self.unlocked.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self.dialog_painted.emit)  # once the paint is done
        return False

    def bring_to_front(self) -> None:
        """Show the window, or the unlock dialog, on top (another start asked for it)."""
        for widget in (self.window, self._dialog, QApplication.activeModalWidget()):
            if widget is not None and widget.isVisible():
                _to_front(widget)

    def _build_ahead(self) -> None:
        """The main window, empty: its store is not open yet."""
        self._ahead = _import_window()(None, folder=self._folder)

    def _window_closed(self, locked: bool) -> None:
        window, self.window = self.window, None
        if window is not None:
            window.store.close()  # forgets the key
            window.deleteLater()
        if locked:
            QTimer.singleShot(0, self, self.unlock)
        else:
            self.finished.emit()


def run_gui(argv: list[str]) -> int:
    """Run the app until the person quits; returns the exit code (2: the data folder is
    in use by another process that could not be asked to show itself)."""
    setup_logging()
    install_excepthook()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setQuitOnLastWindowClosed(False)
    install_translations(app)
    app.setApplicationDisplayName(QCoreApplication.translate("App", "NetBuilder"))
    app.setDesktopFileName("uk.netbuilder.NetBuilder")  # matches packaging/linux/*.desktop
    app.setWindowIcon(QIcon(str(resource_path("icons", "netbuilder-256.png"))))
    folder = default_data_dir()
    lock = _lock_data_folder(folder)
    if lock is None:
        return 0 if ask_first_instance_to_show(folder) else _refuse(folder)
    if isinstance(lock, str):
        _say(tr("NetBuilder cannot start"), lock)
        return EXIT_IN_USE
    apply_style(app)
    warn_if_shared(folder)
    collector = _StartUpCollector()
    session = AppSession(folder, app)
    session.unlocked.connect(lambda: collector.started(session.window))
    session.finished.connect(app.quit)
    servers: list[QLocalServer] = []
    # QtNetwork's import and listening take 25-50 ms: after the unlock dialog is on screen
    session.dialog_painted.connect(lambda: servers.extend(_serve(folder, session)))
    QTimer.singleShot(0, session.unlock)
    try:
        return app.exec()
    finally:
        collector.stop()
        for server in servers:
            server.close()
            server.deleteLater()
        lock.release()


def _lock_data_folder(folder: Path) -> WriterLock | str | None:
    """The folder's writer lock; None if another process holds it, or the reason (one
    line) why it cannot be locked at all."""
    try:
        return acquire(folder)
    except StoreInUse:
        return None
    except StoreError as e:
        return str(e)
    except OSError as e:
        return tr("The data folder cannot be used ({reason}): set {env} to a folder you "
                  "can write to.").format(reason=e.strerror or type(e).__name__, env=ENV_DATA_DIR)


def _refuse(folder: Path) -> int:
    pid = holder(folder)
    if pid is None:
        text = tr("NetBuilder is already open on this data folder. Close it first, or wait "
                  "for it to finish.")
    else:
        text = tr("NetBuilder is already open on this data folder (process {pid}). Close it "
                  "first, or wait for it to finish.").format(pid=pid)
    _say(tr("NetBuilder is already open"), text)
    return EXIT_IN_USE


def warn_if_shared(folder: Path) -> None:
    """Once per start, before the unlock dialog: say so if the folder is on a network
    drive or in a cloud-synced folder (SQLite's locking and syncing can damage it)."""
    reason = shared_folder_reason(folder)
    if reason is not None:
        _say(tr("The data folder is not on this computer"),
             tr("{reason} Set {env} to choose the folder.").format(
                 reason=reason, env=ENV_DATA_DIR))


def _say(title: str, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok)
    box.setObjectName("startMessage")
    box.exec()


def _to_front(widget: QWidget) -> None:
    from PySide6.QtCore import Qt  # its many enum types take a while: not at start-up

    widget.setWindowState(widget.windowState() & ~Qt.WindowState.WindowMinimized)
    widget.show()
    widget.raise_()
    widget.activateWindow()


# one instance per data folder ---------------------------------------------------------

def instance_name(folder: Path) -> str:
    """The local socket the first instance on ``folder`` listens on (a name, not a path:
    Qt puts it in the temporary folder, or makes it a named pipe on Windows)."""
    digest = hashlib.sha256(str(folder.expanduser().resolve()).encode()).hexdigest()
    return f"netbuilder-{digest[:32]}"


def ask_first_instance_to_show(folder: Path) -> bool:
    """Ask the instance working on ``folder`` to show itself; True if it answered."""
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(instance_name(folder))
    try:
        if not socket.waitForConnected(ANSWER_MS):
            return False
        socket.write(SHOW_REQUEST)
        if not socket.waitForBytesWritten(ANSWER_MS):
            return False
        reply = b""
        while len(reply) < len(SHOWN_REPLY) and socket.waitForReadyRead(ANSWER_MS):
            reply += socket.readAll().data()
        return reply == SHOWN_REPLY
    finally:
        socket.abort()


def _serve(folder: Path, session: AppSession) -> list[QLocalServer]:
    """Listen for later starts on ``folder`` (this process holds its lock, so a socket left
    by a crashed holder can be removed); [] if that cannot be done: they are refused."""
    from PySide6.QtNetwork import QLocalServer

    name = instance_name(folder)
    server = QLocalServer(session)
    server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
    if not server.listen(name):
        QLocalServer.removeServer(name)
        if not server.listen(name):
            return []
    server.newConnection.connect(lambda: _answer(server, session))
    return [server]


def _answer(server: QLocalServer, session: AppSession) -> None:
    while (socket := server.nextPendingConnection()) is not None:
        socket.disconnected.connect(socket.deleteLater)
        socket.readyRead.connect(lambda s=socket: _read_request(s, session))


def _read_request(socket: QLocalSocket, session: AppSession) -> None:
    if not socket.canReadLine():
        if socket.bytesAvailable() > len(SHOW_REQUEST):  # not one of ours
            socket.abort()
        return
    if socket.readLine().data() == SHOW_REQUEST:
        session.bring_to_front()
        socket.write(SHOWN_REPLY)
        socket.flush()
    socket.disconnectFromServer()


class _StartUpCollector:
    """No cyclic garbage collection until the first window is up: start-up builds objects
    that stay (modules, classes, the window), and walking them again and again is wasted
    time. They are then frozen (``gc.freeze``), so that later collections, and the last
    one at exit, leave them out too. If that first window is locked, they are unfrozen,
    so that the window, and the client data it showed, can be collected; on quitting
    they stay frozen (the process is ending: walking them would only slow the exit)."""

    def __init__(self) -> None:
        self._restore = gc.isenabled()
        self._paused = True
        gc.disable()

    def started(self, window: MainWindow | None) -> None:
        if self._paused:
            gc.freeze()
            self.stop()
            if window is not None:
                window.closed.connect(self._thaw)

    @staticmethod
    def _thaw(locked: bool) -> None:
        if locked:
            gc.unfreeze()

    def stop(self) -> None:
        if self._paused:
            self._paused = False
            if self._restore:
                gc.enable()


def _import_model() -> None:
    """The model and the store's database layer (pydantic): the first half of the imports."""
    import netbuilder.store.db  # noqa: F401


def _offer_recovery_key(window: MainWindow) -> None:
    from netbuilder.gui.passphrase import offer_recovery_key

    offer_recovery_key(window)


def _import_window() -> type[MainWindow]:
    from netbuilder.gui.window import MainWindow

    return MainWindow
