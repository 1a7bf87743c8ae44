"""Auto-lock: after some idle minutes, or on "Lock now" (Ctrl+L), the window hides its
client data, the app closes the store and asks for the passphrase again.

Any key, click, mouse move, wheel, touch or pen event anywhere in the app counts as
activity (an event filter on the application). When the idle time has run out, what is
being typed is kept first (the label editor on the map, the field with the focus), then
every dialog, menu and tool tip over the window is closed, and then the window locks:
it saves and closes, and the app does the rest (``app.AppSession``).

Idle time is the larger of the monotonic and the wall-clock time since the last
activity: the monotonic clock (and every QTimer) stands still while the laptop sleeps,
and a lid closed for an hour must lock. For the same reason an activity that comes
after the deadline locks instead of counting.
"""

from __future__ import annotations

import time
import weakref
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThread, QTimer
from PySide6.QtGui import (
    QKeyEvent,
    QMouseEvent,
    QNativeGestureEvent,
    QTabletEvent,
    QTouchEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QToolBar,
    QToolTip,
    QWidget,
)

from .settings import AUTO_LOCK_KEY, clamp_lock_minutes

if TYPE_CHECKING:
    from .window import MainWindow

MINUTE_MS = 60_000
CHECK_MS = 15_000  # the longest the idle time goes unchecked (after a sleep, say)
MAX_CLOSE_ROUNDS = 20  # dialogs that reopen themselves are given up on, not fought forever
WAIT_MS = 20  # between looks at whether closed dialogs' event loops have returned
MAX_WAIT_ROUNDS = 100  # a loop that does not return in 2 s is not waited for

# what a person does; not enter, leave or hover events, which Qt also makes up when
# something moves under a still mouse
ACTIVITY = frozenset({QKeyEvent, QMouseEvent, QWheelEvent, QTouchEvent, QTabletEvent,
                      QNativeGestureEvent})


def _clocks() -> tuple[float, float]:
    """(monotonic, wall clock) in seconds."""
    return time.monotonic(), time.time()


class AutoLock(QObject):
    """Locks ``window`` after ``interval_ms`` without activity (the settings' minutes unless
    given), and on ``lock_now``."""

    def __init__(self, window: MainWindow, interval_ms: int | None = None) -> None:
        super().__init__(window)
        self.setObjectName("autoLock")
        self._window = weakref.ref(window)  # a strong one would keep a closed window alive
        self._settings = window.settings
        self._interval_ms = interval_ms or window.settings.auto_lock_minutes() * MINUTE_MS
        self._last = _clocks()
        self._close_rounds = self._wait_rounds = self._level = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._check)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        window.settings.subscribe(self._setting_changed)
        window.closed.connect(self.stop)
        self._schedule()

    @property
    def interval_ms(self) -> int:
        return self._interval_ms

    def set_interval_ms(self, interval_ms: int) -> None:
        """Lock after ``interval_ms`` of idle time from now on (short ones are for tests)."""
        self._interval_ms = max(1, interval_ms)
        self._schedule()

    def set_minutes(self, minutes: int) -> None:
        self.set_interval_ms(clamp_lock_minutes(minutes) * MINUTE_MS)

    def idle_ms(self) -> float:
        return self._idle_ms(_clocks())

    def _idle_ms(self, now: tuple[float, float]) -> float:
        return max(now[0] - self._last[0], now[1] - self._last[1]) * 1000

    def stop(self) -> None:
        """No more locking (the window has closed)."""
        self._timer.stop()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    # watching -------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # every event of the app comes here: its class is quicker to test than its type()
        if type(event) in ACTIVITY:
            now = _clocks()
            if self._idle_ms(now) >= self._interval_ms and self._showing():
                self._timer.start(0)  # woken after the deadline: lock, do not count it
                return True
            self._last = now
        return False

    def _setting_changed(self, key: str) -> None:
        if key == AUTO_LOCK_KEY:
            self.set_minutes(self._settings.auto_lock_minutes())

    def _schedule(self) -> None:
        remaining = self._interval_ms - self.idle_ms()
        self._timer.start(int(max(0.0, min(remaining, CHECK_MS))))

    def _check(self) -> None:
        if self.idle_ms() < self._interval_ms:
            self._schedule()
        elif self._showing():
            self.lock_now()
        else:  # the window built ahead of its store, not shown yet: nothing to hide
            self._last = _clocks()
            self._schedule()

    def _showing(self) -> bool:
        window = self._window()
        return window is not None and window.isVisible() and not window.locked

    # locking --------------------------------------------------------------------

    def lock_now(self) -> None:
        """Keep what is being typed, close what is open over the window, then lock it."""
        window = self._window()
        if window is None or window.locked:
            return
        self._last = _clocks()  # a failed save asks the person: their answer must get through
        keep_typed_text(window)
        self._close_rounds = self._wait_rounds = 0
        self._level = _loop_level() if QApplication.activeModalWidget() is not None else 0
        if close_over(window):
            self._lock_later()
        else:
            self._lock(window)

    def _lock_later(self) -> None:
        # A closed dialog's exec() returns only once its event loop, and any loop nested in
        # it, has been left: the window locks after that, so code after exec() runs first.
        QTimer.singleShot(WAIT_MS, self, self._lock_when_clear)

    def _lock_when_clear(self) -> None:
        window = self._window()
        if window is None or window.locked:
            return
        if close_over(window):  # code after exec() opened another one
            self._close_rounds += 1
            if self._close_rounds < MAX_CLOSE_ROUNDS:
                self._lock_later()
            else:  # try again after the next idle spell
                self._last = _clocks()
                self._schedule()
            return
        if self._level and _loop_level() >= self._level and self._wait_rounds < MAX_WAIT_ROUNDS:
            self._wait_rounds += 1  # the loop a modal dialog ran in has not returned yet
            self._lock_later()
            return
        self._lock(window)

    def _lock(self, window: MainWindow) -> None:
        self._last = _clocks()
        window.lock()
        if not window.locked:  # the last change could not be saved and the person stayed
            self._schedule()


def _loop_level() -> int:
    return QThread.currentThread().loopLevel()


def keep_typed_text(window: MainWindow) -> None:
    """Commit the label being typed on the map and the field with the focus (a field
    keeps its edit when it loses the focus; an item editor commits)."""
    window.canvas.map_scene.finish_editing()
    focus = QApplication.focusWidget()
    if focus is not None and focus.window() is window:
        focus.clearFocus()


def close_over(window: MainWindow) -> bool:
    """Close every menu, tool tip and dialog over ``window``; True if any was open (their
    nested event loops, if any, return once control goes back to them)."""
    QToolTip.hideText()
    closed = False
    for _ in range(MAX_CLOSE_ROUNDS):
        widget = QApplication.activePopupWidget() or QApplication.activeModalWidget()
        if widget is None or widget is window:
            break
        _close(widget)
        closed = True
    for widget in QApplication.topLevelWidgets():
        if widget is not window and widget.isVisible() and _over(widget, window):
            _close(widget)
            closed = True
    return closed


def _over(widget: QWidget, window: MainWindow) -> bool:
    """A dialog or other window of the app's shown over ``window``: not its floating docks
    and toolbars, which hide with it and come back where they were."""
    if isinstance(widget, (QDockWidget, QToolBar)):
        return False
    if isinstance(widget, QDialog):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if parent is window:
            return True
        parent = parent.parentWidget()
    return False


def _close(widget: QWidget) -> None:
    if isinstance(widget, QDialog):
        widget.reject()
    else:
        widget.close()


def install_auto_lock(window: MainWindow) -> AutoLock:
    return AutoLock(window)


__all__ = ["AutoLock", "close_over", "install_auto_lock", "keep_typed_text"]
