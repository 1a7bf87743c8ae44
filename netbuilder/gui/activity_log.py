"""What the window does, in the log, for a support person: never client text.

Lines name what happened (window shown, locked or closed; a client or version opened, by
the random id's first 8 hex digits; saves failing and recovering; a plan saved or
printed; a dialog shown while an error was being handled, with that error's type and
frames) and never a name, a label, a note, a dialog's text or a file path (paths chosen
by a person often hold a client's name). It only listens to the window's signals and
events. Qt's own warnings come in through a message handler, reduced to the function
that warned and the message's length: Qt messages can quote widget text.
"""

from __future__ import annotations

import contextlib
import logging
import re
import sys
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QMessageLogContext,
    QObject,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QMessageBox

from netbuilder.logs import Safe, describe_error, short_id

from .window_part import WindowPart

if TYPE_CHECKING:
    from netbuilder.model import NetworkMap

    from .window import MainWindow

log = logging.getLogger(__name__)
qt_log = logging.getLogger("netbuilder.qt")

QtHandler = Callable[[QtMsgType, QMessageLogContext, str], None]

_QT_LEVELS = {
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}
# "QFont::setPointSize" or "QPainter": the Qt function or class a message starts with
_QT_HEAD = re.compile(r"\s*(Q[A-Za-z0-9_]*(?:::~?[A-Za-z0-9_]+)+|Q[A-Z][A-Za-z0-9_]*)\b")
_previous_qt_handler: QtHandler | None = None

# the plan commands' status-bar messages (plan_preview's wording, before the file name)
_PLAN_DONE = {"save": QT_TRANSLATE_NOOP("PlanPreview", "Plan saved as {file}."),
              "print": QT_TRANSLATE_NOOP("PlanPreview", "The plan went to the printer.")}


def qt_category(category: str | None) -> Safe:
    """A logging category such as ``qt.qpa.fonts`` (Qt's own names), else ``other``."""
    return Safe(category if category and re.fullmatch(r"[a-z0-9_.]{1,60}", category)
                else "other")


def qt_head(message: str) -> Safe:
    """The Qt function or class a message starts with, and its length; the rest (quoted
    widget text, file paths, values) is left out."""
    match = _QT_HEAD.match(message)
    head = match.group(1) if match and len(match.group(1)) <= 80 else "-"
    return Safe(f"{head} ({len(message)} characters)")


def _on_qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    level = _QT_LEVELS.get(kind)
    if level is not None:
        with contextlib.suppress(Exception):  # a message not logged is not worth a crash
            qt_log.log(level, "Qt message [%s]: %s", qt_category(context.category),
                       qt_head(message))
    if _previous_qt_handler is not None:
        _previous_qt_handler(kind, context, message)


def install_qt_messages() -> None:
    """Send Qt's warnings to the log (once; installed again if something replaced it).
    A handler that was there before still gets every message; Qt's default one (which
    prints the whole message) does not."""
    global _previous_qt_handler
    previous = qInstallMessageHandler(_on_qt_message)
    if previous is not _on_qt_message:
        _previous_qt_handler = previous


class ActivityLog(WindowPart):
    """Follows one window's signals and writes what happened, without client text."""


    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._shown = False
        self._failed_saves = 0
        self._plan_message = False
        self._connect(window)

    def _connect(self, window: MainWindow) -> None:
        window.installEventFilter(self)
        window.closed.connect(self._closed)
        window.doc.map_changed.connect(self._map_changed)
        window.autosaver.saved.connect(self._saved)
        window.autosaver.failed.connect(self._save_failed)
        window.caseload.archived.connect(lambda cid: log.info("client archived: %s", _id(cid)))
        window.caseload.deleting.connect(lambda cid: log.info("client erased: %s", _id(cid)))
        window.statusBar().messageChanged.connect(self._status_message)
        commands = window.commands
        commands.plan_preview.triggered.connect(lambda: log.info("plan preview closed"))
        commands.save_plan.triggered.connect(lambda: self._plan_done("save"))
        commands.print_plan.triggered.connect(lambda: self._plan_done("print"))

    # the window ---------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Show and not self._shown:
            self._shown = True
            log.info("main window shown")
        elif kind == QEvent.Type.WindowBlocked:
            self._dialog_opened()
        return False

    def _dialog_opened(self) -> None:
        """A modal dialog: its class (and a message box's icon), and the error being handled
        when it opened, if any (a failed open, save or import says so this way)."""
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            return
        name = type(dialog).__name__
        if isinstance(dialog, QMessageBox):
            name += f" ({dialog.icon().name})"
        error = sys.exc_info()[1]
        if error is None:
            log.info("dialog opened: %s", Safe(name))
        else:
            log.warning("dialog opened while handling an error: %s", Safe(name),
                        extra={"error_trace": describe_error(error)})

    def _closed(self, locked: bool) -> None:
        log.info("window locked" if locked else "window closed")

    # clients, versions and saving ----------------------------------------------------------

    def _map_changed(self, old: NetworkMap, new: NetworkMap) -> None:
        if new.client_id != old.client_id and new.client_id.int == 0:
            log.info("client closed")
        elif new.client_id != old.client_id:
            log.info("client opened: %s (map %s: %d nodes, %d goals, %d referrals)",
                     short_id(new.client_id), short_id(new.id), len(new.nodes),
                     len(new.goals), len(new.referrals))
        elif new.id != old.id:
            log.info("version opened: map %s, read-only %s", short_id(new.id),
                     self.window.doc.read_only)
        else:
            log.debug("map edited: %d nodes, %d links, %d goals", len(new.nodes),
                      len(new.links), len(new.goals))

    def _saved(self) -> None:
        if self._failed_saves:
            log.info("saved again after %d failed attempts", self._failed_saves)
            self._failed_saves = 0
        else:
            log.debug("map saved")

    def _save_failed(self, _message: str) -> None:
        """The message is for the person; the log takes the error being handled (the
        autosaver says so from inside its ``except``), once per run of failures."""
        self._failed_saves += 1
        if self._failed_saves > 1:
            log.debug("save failed again (%d attempts)", self._failed_saves)
            return
        error = sys.exc_info()[1]
        category = _save_category(error)
        extra = {"error_trace": describe_error(error)} if error is not None else None
        log.warning("save failed (%s)", category, extra=extra)

    # plans ------------------------------------------------------------------------------

    def _status_message(self, text: str) -> None:
        if any(text.startswith(_plan_prefix(command)) for command in _PLAN_DONE):
            self._plan_message = True

    def _plan_done(self, command: str) -> None:
        """After the command has run (its own slot comes first): whether it said it was
        done. A failure shows a dialog, logged with its error by ``_dialog_opened``."""
        done, self._plan_message = self._plan_message, False
        if command == "save":
            log.info("plan saved" if done else "plan not saved")
        else:
            log.info("plan printed" if done else "plan not printed")


def _plan_prefix(command: str) -> str:
    text = QCoreApplication.translate(
        "PlanPreview", _PLAN_DONE[command])  # i18n: marked in _PLAN_DONE
    return text.split("{file}")[0]


def _id(value: object) -> Safe:
    return short_id(value) if isinstance(value, uuid.UUID) else Safe("?")


def _save_category(error: BaseException | None) -> Safe:
    from netbuilder.store.errors import StoreError

    if isinstance(error, OSError):
        return Safe("disk")
    if isinstance(error, StoreError):
        return Safe("store")
    return Safe("unknown" if error is None else "unexpected")


def install_activity_log(window: MainWindow) -> ActivityLog:
    """Log ``window``'s activity (and Qt's warnings) without client text."""
    install_qt_messages()
    return ActivityLog(window)
