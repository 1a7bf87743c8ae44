"""The desktop app: unlock, then the main window; locking goes back to the unlock dialog.

Start-up is arranged so the passphrase dialog shows first, with little imported: the
main window's modules (and the model and pydantic under them) load, and the window is
built empty, on the main thread while the passphrase is checked on a worker thread.
The window shows client data only once the store is open.
"""

from __future__ import annotations

import contextlib
import gc
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QTimer,
    QTranslator,
    Signal,
)
from PySide6.QtWidgets import QApplication, QDialog

from netbuilder.gui.fonts import ensure_fonts
from netbuilder.gui.unlock import UnlockDialog
from netbuilder.resources import resource_path
from netbuilder.store.paths import default_data_dir

if TYPE_CHECKING:
    from netbuilder.gui.window import MainWindow

APP_NAME = "NetBuilder"


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
    time a window is shown."""

    finished = Signal()
    unlocked = Signal()

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._folder = folder
        self.window: MainWindow | None = None
        self._ahead: MainWindow | None = None  # built while the passphrase was checked

    def unlock(self) -> None:
        dialog = UnlockDialog(self._folder)
        dialog.prepare_while_unlocking(_import_model, _import_window, self._build_ahead)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted and dialog.store is not None
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
        self.unlocked.emit()

    def _build_ahead(self) -> None:
        """The main window, empty: its store is not open yet."""
        self._ahead = _import_window()(None, folder=self._folder)

    def _window_closed(self, locked: bool) -> None:
        window, self.window = self.window, None
        if window is not None:
            window.store.close()  # forgets the key
            window.deleteLater()
        if locked:
            QTimer.singleShot(0, self.unlock)
        else:
            self.finished.emit()


def run_gui(argv: list[str]) -> int:
    """Run the app until the person quits; returns the exit code."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setQuitOnLastWindowClosed(False)
    install_translations(app)
    app.setApplicationDisplayName(QCoreApplication.translate("App", "NetBuilder"))
    apply_style(app)
    collector = _StartUpCollector()
    session = AppSession(default_data_dir(), app)
    session.unlocked.connect(lambda: collector.started(session.window))
    session.finished.connect(app.quit)
    QTimer.singleShot(0, session.unlock)
    try:
        return app.exec()
    finally:
        collector.stop()


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


def _import_window() -> type[MainWindow]:
    from netbuilder.gui.window import MainWindow

    return MainWindow
