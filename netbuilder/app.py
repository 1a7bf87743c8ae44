"""The desktop app: unlock, then the main window; locking goes back to the unlock dialog."""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog

from netbuilder.gui.fonts import ensure_fonts
from netbuilder.gui.unlock import UnlockDialog
from netbuilder.gui.window import MainWindow
from netbuilder.resources import resource_path
from netbuilder.store.paths import default_data_dir

APP_NAME = "NetBuilder"


def apply_style(app: QApplication) -> None:
    """Register the shipped fonts and apply ``resources/style.qss``."""
    ensure_fonts()
    with contextlib.suppress(FileNotFoundError):  # without it the look is plainer, that is all
        app.setStyleSheet(resource_path("style.qss").read_text(encoding="utf-8"))


class AppSession(QObject):
    """Unlock -> window -> (lock -> unlock -> window)* -> ``finished``."""

    finished = Signal()

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._folder = folder
        self.window: MainWindow | None = None

    def unlock(self) -> None:
        dialog = UnlockDialog(self._folder)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.store is None:
            self.finished.emit()
            return
        window = MainWindow(dialog.store)
        window.closed.connect(self._window_closed)
        self.window = window
        window.show()

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
    app.setApplicationDisplayName(APP_NAME)
    app.setQuitOnLastWindowClosed(False)
    apply_style(app)
    session = AppSession(default_data_dir(), app)
    session.finished.connect(app.quit)
    QTimer.singleShot(0, session.unlock)
    return app.exec()
