"""Start-up: the passphrase is checked on a worker thread while the window is got ready.

The worker's unwrapping is held back in these tests until the main thread has done its
part, so that what overlaps in real use (scrypt takes about half a second) overlaps here
too, whatever the speed of the machine.
"""

from __future__ import annotations

import gc
import sys
import threading
import weakref
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

import netbuilder.gui.unlock as unlock_module
from netbuilder import logs
from netbuilder.app import AppSession, run_gui
from netbuilder.gui.unlock import PreparationFailed, UnlockDialog
from netbuilder.gui.window import MainWindow
from netbuilder.store.crypto import WrappedKey
from netbuilder.store.errors import StoreError

from .shell import OFFSCREEN_SIZE_HINTS, PASSPHRASE, add_client, quick_store, when_modal

pytestmark = OFFSCREEN_SIZE_HINTS

WAIT_S = 10.0  # only a broken test waits this long


@pytest.fixture
def app_logs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """For tests that call ``run_gui`` here: its log in the test's folder, closed after,
    and the error hooks it installs put back."""
    monkeypatch.setenv(logs.ENV_LOG_DIR, str(tmp_path / "logs"))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    yield tmp_path / "logs"
    logs.stop_logging()


def hold_unwrapping(monkeypatch: pytest.MonkeyPatch) -> tuple[threading.Event, list[str]]:
    """Make the worker wait for ``release`` before unwrapping; ``threads`` names where
    the unwrapping ran."""
    release, threads = threading.Event(), []
    unwrap = unlock_module.unwrap_key

    def held(wrapped: WrappedKey, passphrase: str) -> bytes:
        threads.append(threading.current_thread().name)
        if not release.wait(WAIT_S):
            raise AssertionError("the main thread never released the worker")
        return unwrap(wrapped, passphrase)

    monkeypatch.setattr(unlock_module, "unwrap_key", held)
    return release, threads


def shown_dialog(qtbot: QtBot, folder: Path) -> UnlockDialog:
    dialog = UnlockDialog(folder)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    return dialog


def test_steps_run_on_the_main_thread_while_the_key_is_derived(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    quick_store(tmp_path / "data").close()
    release, threads = hold_unwrapping(monkeypatch)
    dialog = shown_dialog(qtbot, tmp_path / "data")
    seen: list[str] = []

    def step(name: str) -> Callable[[], None]:
        def run() -> None:
            seen.append(f"{name} on {threading.current_thread().name}, busy={dialog._busy}")
            if name == "last":
                release.set()
        return run

    dialog.prepare_while_unlocking(step("first"), step("last"))
    dialog.passphrase_edit.setText(PASSPHRASE)
    dialog.try_unlock()
    assert seen == ["first on MainThread, busy=True", "last on MainThread, busy=True"]
    assert threads == ["netbuilder-unlock"]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.store is not None and dialog.store.is_open
    dialog.store.close()


def test_the_dialog_handles_events_while_the_key_is_derived(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    quick_store(tmp_path / "data").close()
    release, _ = hold_unwrapping(monkeypatch)
    dialog = shown_dialog(qtbot, tmp_path / "data")
    dialog.passphrase_edit.setText(PASSPHRASE)
    QTimer.singleShot(20, release.set)  # fires only if events are handled meanwhile
    dialog.try_unlock()
    assert dialog.store is not None
    dialog.store.close()


def test_a_wrong_passphrase_is_said_and_the_steps_are_not_repeated(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    quick_store(tmp_path / "data").close()
    release, _ = hold_unwrapping(monkeypatch)
    dialog = shown_dialog(qtbot, tmp_path / "data")
    runs: list[int] = []
    dialog.prepare_while_unlocking(lambda: runs.append(1), release.set)
    dialog.passphrase_edit.setText("not the passphrase")
    dialog.try_unlock()
    assert "not right" in dialog.message.text()
    assert dialog.isVisible() and dialog.store is None and runs == [1]
    assert not dialog.passphrase_edit.isReadOnly()
    assert dialog.passphrase_edit.selectedText() == "not the passphrase"
    dialog.passphrase_edit.setText(PASSPHRASE)
    dialog.try_unlock()
    assert runs == [1] and dialog.store is not None
    dialog.store.close()


def test_quitting_while_the_key_is_derived_opens_nothing(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    quick_store(tmp_path / "data").close()
    release, _ = hold_unwrapping(monkeypatch)
    dialog = shown_dialog(qtbot, tmp_path / "data")
    later: list[int] = []

    def quit_then_release() -> None:
        dialog.reject()
        release.set()

    dialog.prepare_while_unlocking(quit_then_release, lambda: later.append(1))
    dialog.passphrase_edit.setText(PASSPHRASE)
    dialog.try_unlock()
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()
    assert dialog.store is None and later == []


def test_a_failing_step_is_not_taken_for_a_wrong_passphrase(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    quick_store(tmp_path / "data").close()
    release, _ = hold_unwrapping(monkeypatch)
    dialog = shown_dialog(qtbot, tmp_path / "data")

    def broken() -> None:
        release.set()
        raise OSError("a bug in the preparation")

    dialog.prepare_while_unlocking(broken)
    dialog.passphrase_edit.setText(PASSPHRASE)
    with pytest.raises(PreparationFailed):
        dialog.try_unlock()
    assert dialog.store is None and not dialog._busy
    assert not dialog.passphrase_edit.isReadOnly()


def test_a_window_built_ahead_shows_no_client_until_its_store_is_open(
        qtbot: QtBot, tmp_path: Path) -> None:
    with quick_store(tmp_path / "data") as store:
        add_client(store, "Robin Example")
        window = MainWindow(None, folder=tmp_path / "data")
        qtbot.addWidget(window)
        assert window.caseload.client_list.model().rowCount() == 0
        with pytest.raises(StoreError):
            window.store  # noqa: B018
        assert window.settings.path.parent == tmp_path / "data"
        window.open_store(store)
        assert window.store is store
        model = window.caseload.client_list.model()
        assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["Robin Example"]
        with pytest.raises(ValueError):
            window.open_store(store)


def test_the_app_builds_its_window_while_the_passphrase_is_checked(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "data"
    with quick_store(folder) as store:
        add_client(store, "Robin Example")
    release, _ = hold_unwrapping(monkeypatch)
    session = AppSession(folder)
    built: list[str] = []
    build = session._build_ahead

    def build_then_release() -> None:
        build()
        window = session._ahead
        assert window is not None and not window.isVisible()
        built.append(f"rows={window.caseload.client_list.model().rowCount()}")
        release.set()

    monkeypatch.setattr(session, "_build_ahead", build_then_release)

    def type_passphrase(dialog: UnlockDialog) -> None:
        dialog.passphrase_edit.setText(PASSPHRASE)
        dialog.try_unlock()

    when_modal(UnlockDialog, type_passphrase)
    session.unlock()
    window = session.window
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    assert built == ["rows=0"]  # built before the store was open: no client in it
    assert window.isVisible() and window.caseload.client_list.model().rowCount() == 1
    window.store.close()


def test_run_gui_collects_garbage_again_once_started_and_frees_a_locked_window(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, app_logs: Path) -> None:
    folder = tmp_path / "data"
    with quick_store(folder) as store:
        add_client(store, "Robin Example")
    monkeypatch.setenv("NETBUILDER_DATA_DIR", str(folder))
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    style, quits = app.styleSheet(), app.quitOnLastWindowClosed()
    seen: list[str] = []
    windows: list[weakref.ref[MainWindow]] = []

    def unlock(dialog: UnlockDialog) -> None:
        seen.append(f"collecting={gc.isenabled()}")
        dialog.passphrase_edit.setText(PASSPHRASE)
        dialog.try_unlock()
        QTimer.singleShot(0, lock)

    def lock() -> None:
        shown = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, MainWindow) and w.isVisible()]
        if not shown:
            QTimer.singleShot(5, lock)
            return
        seen.append(f"collecting={gc.isenabled()} frozen={gc.get_freeze_count() > 0}")
        windows.append(weakref.ref(shown.pop()))
        when_modal(UnlockDialog, lambda dialog: dialog.reject())
        windows[0]().lock()  # type: ignore[union-attr]

    when_modal(UnlockDialog, unlock)
    try:
        assert run_gui(["netbuilder"]) == 0
    finally:
        app.setStyleSheet(style)
        app.setQuitOnLastWindowClosed(quits)
    gc.collect()
    assert seen == ["collecting=False", "collecting=True frozen=True"]
    assert gc.isenabled() and gc.get_freeze_count() == 0
    assert windows[0]() is None  # with the client data it showed
