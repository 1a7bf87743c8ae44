"""Backups in the app: automatic when the data changed, on closing, "Back up now", and
"Restore from backup…" end to end through the real widgets."""

from __future__ import annotations

import threading
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QMessageBox, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from netbuilder.gui import backups as gui_backups
from netbuilder.gui.backups import BackupScheduler, RestoreDialog
from netbuilder.gui.window import MainWindow
from netbuilder.model import Client
from netbuilder.store.backup import list_backups, restore_backup_file
from netbuilder.store.db import Store
from netbuilder.store.errors import StoreError

from .conftest import at_node, click
from .shell import (
    OFFSCREEN_SIZE_HINTS,
    PASSPHRASE,
    click_message_button,
    open_window,
    reopen,
    when_modal,
)

pytestmark = OFFSCREEN_SIZE_HINTS
LEFT = Qt.MouseButton.LeftButton


def backups_of(store: Store) -> list[Path]:
    return [b.path for b in list_backups(store.folder / "backups")]


def file_action(window: MainWindow, name: str) -> object:
    menu = window.menuBar().findChild(QMenu, "fileMenu")
    assert menu is not None
    names = [a.objectName() for a in menu.actions()]
    assert names.index(name) < names.index("lock")  # before Lock, as asked
    return next(a for a in menu.actions() if a.objectName() == name)


def type_label(qtbot: QtBot, window: MainWindow, node_id: str, text: str) -> None:
    """Click the node on the map, type at the end of its label in the properties panel,
    and let the autosave write it."""
    click(window.canvas, at_node(window.canvas, node_id))
    label = window.properties.node_fields.label
    label.setFocus()
    label.end(False)
    qtbot.keyClicks(label, text)
    assert window.autosaver.flush()


def mum_label(store: Store, demo: Client) -> str:
    return store.current_map(demo.id).node("mum").label


def fresh_mum_label(store: Store, demo: Client) -> str:
    with reopen(store) as fresh:
        return mum_label(fresh, demo)


def test_back_up_now_then_restore_from_backup_end_to_end(qtbot: QtBot, store: Store,
                                                         demo: Client) -> None:
    window = open_window(qtbot, store)
    window.open_client(demo.id)
    type_label(qtbot, window, "mum", " (backed up)")
    file_action(window, "back_up_now").trigger()  # type: ignore[attr-defined]
    assert len(backups_of(store)) == 1
    assert window.statusBar().currentMessage().startswith("Backed up at")
    type_label(qtbot, window, "mum", " and then changed")
    assert fresh_mum_label(store, demo) == "Mum (backed up) and then changed"

    seen: list[list[str]] = []

    def restore(dialog: RestoreDialog) -> None:
        item = dialog.backup_list.topLevelItem(0)
        assert isinstance(item, QTreeWidgetItem)
        seen.append([item.text(0), item.text(1)])
        qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
        when_modal(QMessageBox, confirm)
        qtbot.mouseClick(dialog.restore_button, LEFT)

    def confirm(box: QMessageBox) -> None:
        seen.append([box.text()])
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), LEFT)

    when_modal(RestoreDialog, restore)
    file_action(window, "restore_backup").trigger()  # type: ignore[attr-defined]

    when, size = seen[0]
    assert when and size.endswith("B")  # "52 KB": local date and time, size
    assert seen[1] == [f"This replaces all clients with the backup from {when}. "
                       "The current data is backed up first."]
    assert window.store is not store and not store.is_open
    assert window.client is not None and window.client.id == demo.id  # the map, reopened
    assert window.doc.network.node("mum").label == "Mum (backed up)"
    assert [c.client.id for c in window.store.list_clients()] == [demo.id]
    assert window.statusBar().currentMessage() == f"Restored the backup from {when}."
    with Store.open(store.folder, PASSPHRASE) as fresh:
        assert mum_label(fresh, demo) == "Mum (backed up)"
    assert len(backups_of(store)) == 2  # the data as it was before, backed up first
    window.store.close()


def test_a_wrong_passphrase_is_said_in_the_dialog_and_nothing_changes(
        qtbot: QtBot, store: Store, demo: Client) -> None:
    window = open_window(qtbot, store)
    window.open_client(demo.id)
    window.backups.back_up()
    type_label(qtbot, window, "mum", "!")
    messages: list[str] = []

    def restore(dialog: RestoreDialog) -> None:
        qtbot.mouseClick(dialog.restore_button, LEFT)  # no passphrase yet
        messages.append(dialog.message.text())
        qtbot.keyClicks(dialog.passphrase, "not my passphrase")
        when_modal(QMessageBox, click_message_button(qtbot, QMessageBox.StandardButton.Yes))
        qtbot.mouseClick(dialog.restore_button, LEFT)
        messages.append(dialog.message.text())
        assert dialog.isVisible()

    when_modal(RestoreDialog, restore)
    window.backups.restore_action.trigger()
    assert messages == ["Type your passphrase to restore a backup.",
                        "The passphrase is not right."]
    assert window.store is store and store.is_open
    assert window.client is not None and mum_label(store, demo) == "Mum!"
    assert len(backups_of(store)) == 1


def test_cancelling_the_confirmation_restores_nothing(qtbot: QtBot, store: Store,
                                                      demo: Client) -> None:
    window = open_window(qtbot, store)
    window.backups.back_up()
    window.open_client(demo.id)
    type_label(qtbot, window, "mum", "!")

    def restore(dialog: RestoreDialog) -> None:
        qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
        when_modal(QMessageBox, click_message_button(qtbot, QMessageBox.StandardButton.Cancel))
        qtbot.mouseClick(dialog.restore_button, LEFT)
        assert dialog.isVisible() and dialog.restored is None

    when_modal(RestoreDialog, restore)
    window.backups.restore_action.trigger()
    assert window.store is store and fresh_mum_label(store, demo) == "Mum!"
    assert len(backups_of(store)) == 1


# the scheduler -----------------------------------------------------------------------------


def count_ticks(qtbot: QtBot, scheduler: BackupScheduler, ticks: int) -> None:
    """Let the check timer fire ``ticks`` more times."""
    seen = [0]
    scheduler.timer.timeout.connect(lambda: seen.__setitem__(0, seen[0] + 1))
    qtbot.waitUntil(lambda: seen[0] >= ticks, timeout=5000)


def test_changed_data_is_backed_up_on_the_next_check_and_unchanged_is_not(
        qtbot: QtBot, store: Store, demo: Client) -> None:
    window = open_window(qtbot, reopen(store))  # opened afresh: no change yet
    scheduler = window.backups
    scheduler.min_gap = timedelta(0)
    scheduler.timer.setInterval(10)
    count_ticks(qtbot, scheduler, 5)
    assert backups_of(store) == []  # nothing changed
    window.open_client(demo.id)
    type_label(qtbot, window, "mum", "!")
    qtbot.waitUntil(lambda: len(backups_of(store)) == 1, timeout=5000)
    count_ticks(qtbot, scheduler, 5)
    assert len(backups_of(store)) == 1  # no change since
    window.store.close()


def test_at_most_one_automatic_backup_in_30_minutes(qtbot: QtBot, store: Store,
                                                    demo: Client) -> None:
    window = open_window(qtbot, store)
    scheduler = window.backups
    assert scheduler.min_gap == timedelta(minutes=30)
    scheduler.timer.setInterval(10)
    qtbot.waitUntil(lambda: len(backups_of(store)) == 1, timeout=5000)  # the demo was added
    window.open_client(demo.id)
    type_label(qtbot, window, "mum", "!")
    count_ticks(qtbot, scheduler, 5)
    assert len(backups_of(store)) == 1  # changed, but the last backup is too recent


def test_closing_the_window_backs_up_once_if_the_data_changed(
        qtbot: QtBot, store: Store, demo: Client, tmp_path: Path) -> None:
    window = open_window(qtbot, store)
    window.backups.back_up()
    window.open_client(demo.id)
    type_label(qtbot, window, "mum", "!")
    made: list[Path] = []
    window.backups.backed_up.connect(made.append)
    assert window.close()
    assert len(made) == 1 and backups_of(store) == made  # the day's older one is pruned
    restore_backup_file(tmp_path / "elsewhere", made[0], PASSPHRASE)
    with Store.open(tmp_path / "elsewhere", PASSPHRASE) as fresh:
        assert mum_label(fresh, demo) == "Mum!"
    window2 = open_window(qtbot, reopen(store))  # as after unlocking again
    window2.backups.backed_up.connect(made.append)
    assert window2.close()  # nothing changed since
    assert len(made) == 1
    window2.store.close()


def test_locking_backs_up_what_was_typed(qtbot: QtBot, store: Store, demo: Client,
                                        tmp_path: Path) -> None:
    window = open_window(qtbot, reopen(store))
    window.open_client(demo.id)
    click(window.canvas, at_node(window.canvas, "mum"))
    label = window.properties.node_fields.label
    label.setFocus()
    label.end(False)
    qtbot.keyClicks(label, " locked")  # not yet saved: the lock saves it, then backs up
    window.commands.lock.trigger()
    assert window.locked and not window.isVisible()
    (path,) = backups_of(store)
    window.store.close()
    restore_backup_file(tmp_path / "elsewhere", path, PASSPHRASE)  # the backup has the typing
    with Store.open(tmp_path / "elsewhere", PASSPHRASE) as fresh:
        assert mum_label(fresh, demo) == "Mum locked"


def test_a_failing_backup_is_said_and_never_stops_closing(
        qtbot: QtBot, store: Store, demo: Client, tmp_path: Path) -> None:
    not_a_folder = tmp_path / "a file"
    not_a_folder.write_text("in the way")
    window = open_window(qtbot, store)
    window.settings.set_text("backup_folder", str(not_a_folder))
    assert window.backups.back_up() is None
    message = window.statusBar().currentMessage()
    assert message.startswith("Not backed up: ") and "\n" not in message
    assert str(not_a_folder) not in message and "Sam Taylor" not in message
    window.open_client(demo.id)
    type_label(qtbot, window, "mum", "!")
    assert window.close()  # the backup fails again; the window closes all the same
    assert not_a_folder.read_text() == "in the way"
    assert fresh_mum_label(store, demo) == "Mum!"


@pytest.mark.parametrize("chosen", [True, False])
def test_backups_go_to_the_folder_chosen_in_preferences(
        qtbot: QtBot, store: Store, demo: Client, tmp_path: Path, chosen: bool) -> None:
    window = open_window(qtbot, store)
    elsewhere = tmp_path / "usb stick" / "NetBuilder backups"
    if chosen:
        window.settings.set_text("backup_folder", str(elsewhere))
    path = window.backups.back_up()
    assert path is not None
    assert path.parent == (elsewhere if chosen else store.folder / "backups")


def test_the_passphrase_is_checked_off_the_gui_thread(
        qtbot: QtBot, store: Store, demo: Client, monkeypatch: pytest.MonkeyPatch) -> None:
    real_unwrap = gui_backups.unwrap_key
    threads: list[threading.Thread] = []

    def unwrap(*args: object) -> bytes:
        threads.append(threading.current_thread())
        return real_unwrap(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(gui_backups, "unwrap_key", unwrap)
    window = open_window(qtbot, store)
    path = window.backups.back_up()
    assert path is not None
    window.open_client(demo.id)
    type_label(qtbot, window, "mum", "!")
    restored = window.backups.restore(path, PASSPHRASE)
    assert threads and threads[0] is not threading.main_thread()
    assert window.store is restored and mum_label(restored, demo) == "Mum"
    with pytest.raises(StoreError, match="passphrase is not right"):
        window.backups.restore(path, "not my passphrase")
    assert len(threads) == 2 and threads[1] is not threading.main_thread()
    assert window.store is restored and restored.is_open
    restored.close()
