"""Auto-lock: idle minutes (short intervals here) and "Lock now" hide every client, close the
store and ask for the passphrase again, keeping what was being typed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

import netbuilder.gui.auto_lock as auto_lock
from netbuilder.app import AppSession
from netbuilder.gui.auto_lock import MINUTE_MS
from netbuilder.gui.dialogs import StartReviewDialog
from netbuilder.gui.preferences import PreferencesDialog
from netbuilder.gui.settings import UiSettings
from netbuilder.gui.unlock import UnlockDialog
from netbuilder.gui.window import MainWindow
from netbuilder.model import Client
from netbuilder.store.db import Store

from .shell import (
    OFFSCREEN_SIZE_HINTS,
    PASSPHRASE,
    add_client,
    open_window,
    quick_store,
    reopen,
    when_modal,
)

pytestmark = OFFSCREEN_SIZE_HINTS

IDLE_MS = 300  # the tests' "minutes"
WAIT_MS = 10_000  # only a broken test waits this long


@pytest.fixture
def window(qtbot: QtBot, store: Store) -> MainWindow:
    return open_window(qtbot, store)


def closed_by_locking(qtbot: QtBot, window: MainWindow) -> list[bool]:
    """What ``window.closed`` says, once it has been emitted."""
    seen: list[bool] = []
    window.closed.connect(seen.append)
    qtbot.waitUntil(lambda: seen != [], timeout=WAIT_MS)
    return seen


def test_keys_and_mouse_moves_keep_it_unlocked_then_idle_time_locks(
        qtbot: QtBot, window: MainWindow, demo: Client) -> None:
    window.open_client(demo.id)
    interval = 1000  # a step below takes ~150 ms: far from it even on a busy machine
    window.auto_lock.set_interval_ms(interval)
    closed: list[bool] = []
    window.closed.connect(closed.append)
    viewport = window.canvas.viewport()
    for step in range(2 * interval // 150):  # keys only, for twice the interval
        qtbot.keyClick(window.canvas, Qt.Key.Key_Right if step % 2 else Qt.Key.Key_Left)
        qtbot.wait(150)
    assert closed == [] and window.isVisible()
    for step in range(2 * interval // 150):  # then the mouse only
        QTest.mouseMove(viewport, QPoint(200 + 10 * (step % 5), 200))
        qtbot.wait(150)
    assert closed == [] and window.isVisible() and not window.locked
    assert closed_by_locking(qtbot, window) == [True]  # then left alone: locked
    assert not window.isVisible() and window.store.is_open  # the app closes the store


def test_idle_time_locks_the_app_which_closes_the_store_and_asks_again(
        qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "data"
    with quick_store(folder) as first:
        client = add_client(first, "Robin Example")
    session = AppSession(folder)

    def unlock(dialog: UnlockDialog) -> None:
        qtbot.keyClicks(dialog.passphrase_edit, PASSPHRASE)
        qtbot.keyClick(dialog.passphrase_edit, Qt.Key.Key_Return)

    when_modal(UnlockDialog, unlock)
    session.unlock()
    window = session.window
    assert window is not None
    store = window.store
    window.open_client(client.id)
    asked: list[str] = []

    def asked_again(dialog: UnlockDialog) -> None:
        shown = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, MainWindow) and w.isVisible()]
        asked.append(f"windows shown={len(shown)} store open={store.is_open}")
        dialog.reject()  # quitting, this time

    when_modal(UnlockDialog, asked_again)
    with qtbot.waitSignal(session.finished, timeout=WAIT_MS):
        window.auto_lock.set_interval_ms(IDLE_MS)
    assert asked == ["windows shown=0 store open=False"]
    assert session.window is None


def test_a_half_typed_label_is_saved_by_the_auto_lock(
        qtbot: QtBot, window: MainWindow, store: Store, demo: Client) -> None:
    window.open_client(demo.id)
    node = window.doc.network.nodes[0]
    window.canvas.setFocus()
    window.canvas.focus_node(node.id)
    editor = window.canvas.map_scene.edit_label(node.id)
    assert editor is not None
    qtbot.keyClicks(window.canvas.viewport(), "Aunty Jo from nex")  # no Enter
    window.auto_lock.set_interval_ms(IDLE_MS)
    assert closed_by_locking(qtbot, window) == [True]
    store.close()  # as the app does
    assert reopen(store).current_map(demo.id).node(node.id).label == "Aunty Jo from nex"


def test_ctrl_l_locks_now_keeping_the_label_being_typed(
        qtbot: QtBot, window: MainWindow, store: Store, demo: Client) -> None:
    assert window.commands.lock.text() == "&Lock now"
    window.open_client(demo.id)
    node = window.doc.network.nodes[1]
    window.canvas.setFocus()
    window.canvas.focus_node(node.id)
    window.canvas.map_scene.edit_label(node.id)
    qtbot.keyClicks(window.canvas.viewport(), "Gran")
    closed: list[bool] = []
    window.closed.connect(closed.append)
    qtbot.keyClick(window.canvas.viewport(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert closed == [True] and window.locked
    assert reopen(store).current_map(demo.id).node(node.id).label == "Gran"


def test_an_open_preferences_dialog_is_closed_by_the_auto_lock(
        qtbot: QtBot, window: MainWindow, demo: Client) -> None:
    window.open_client(demo.id)
    window.referrals.preferences.trigger()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), PreferencesDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, PreferencesDialog)
    qtbot.keyClicks(dialog.name, "half a name")
    window.auto_lock.set_interval_ms(IDLE_MS)
    assert closed_by_locking(qtbot, window) == [True]
    assert QApplication.activeModalWidget() is None
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def test_a_dialog_in_its_own_event_loop_is_closed_before_the_window_locks(
        qtbot: QtBot, window: MainWindow, demo: Client) -> None:
    window.open_client(demo.id)
    order: list[str] = []
    window.closed.connect(lambda locked: order.append(f"closed locked={locked}"))

    def idle_in_the_dialog(dialog: StartReviewDialog) -> None:
        order.append("dialog shown")
        window.auto_lock.set_interval_ms(IDLE_MS)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)

    when_modal(StartReviewDialog, idle_in_the_dialog)
    window.commands.start_review.trigger()  # runs the dialog's exec() until it is closed
    order.append("exec returned")
    qtbot.waitUntil(lambda: window.locked and not window.isVisible(), timeout=WAIT_MS)
    assert order == ["dialog shown", "exec returned", "closed locked=True"]


# a popup menu asks the platform to raise it and grab the keyboard: offscreen cannot
@pytest.mark.qt_log_ignore(
    r"^This plugin does not support (raise\(\)|grabbing the keyboard|propagateSizeHints\(\))$")
def test_an_open_menu_is_closed_by_the_auto_lock(qtbot: QtBot, window: MainWindow) -> None:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    assert isinstance(menu, QMenu)
    menu.popup(window.mapToGlobal(QPoint(10, 10)))
    qtbot.waitUntil(menu.isVisible)
    window.auto_lock.set_interval_ms(IDLE_MS)
    assert closed_by_locking(qtbot, window) == [True]
    assert not menu.isVisible()


@pytest.fixture
def clocks(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[float]]:
    """The watcher's clocks plus an offset: the monotonic one stands still while the
    laptop sleeps, the wall clock goes on (``offset[0]`` seconds of sleep)."""
    offset = [0.0]
    real = auto_lock._clocks

    def slept() -> tuple[float, float]:
        mono, wall = real()
        return mono, wall + offset[0]

    monkeypatch.setattr(auto_lock, "_clocks", slept)
    yield offset


def test_after_sleeping_past_the_deadline_the_first_touch_locks(
        qtbot: QtBot, window: MainWindow, demo: Client, clocks: list[float]) -> None:
    window.open_client(demo.id)
    window.auto_lock.set_minutes(5)
    closed: list[bool] = []
    window.closed.connect(closed.append)
    QTest.mouseMove(window.canvas.viewport(), QPoint(100, 100))
    assert closed == []
    clocks[0] = 6 * 60.0  # the lid was closed for six minutes
    QTest.mouseMove(window.canvas.viewport(), QPoint(120, 100))  # counts for nothing
    qtbot.waitUntil(lambda: closed == [True], timeout=WAIT_MS)


def test_the_minutes_come_from_the_settings_clamped(tmp_path: Path) -> None:
    settings = UiSettings(tmp_path / "window.ini")
    assert settings.auto_lock_minutes() == 5
    for chosen, kept in ((0, 1), (99, 15), (12, 12)):
        settings.set_auto_lock_minutes(chosen)
        assert UiSettings(settings.path).auto_lock_minutes() == kept
    (tmp_path / "window.ini").write_text("[General]\nauto_lock_minutes=soon\n")
    assert UiSettings(tmp_path / "window.ini").auto_lock_minutes() == 5


def test_the_watcher_follows_the_settings_at_once(window: MainWindow) -> None:
    assert window.auto_lock.interval_ms == 5 * MINUTE_MS
    window.settings.set_auto_lock_minutes(2)
    assert window.auto_lock.interval_ms == 2 * MINUTE_MS
