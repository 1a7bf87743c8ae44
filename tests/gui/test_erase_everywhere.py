"""Deleting a client in the caseload erases them from the backups too (the right to
erasure), through the real delete button and confirmation."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from netbuilder.gui.caseload import DeleteClientDialog
from netbuilder.gui.window import MainWindow
from netbuilder.model import Client, ClientRecord
from netbuilder.model.demo import build_demo
from netbuilder.store.backup import list_backups, restore_backup_file
from netbuilder.store.backup_file import open_payload, split_backup
from netbuilder.store.db import Store

from .shell import OFFSCREEN_SIZE_HINTS, PASSPHRASE, add_client, open_window, when_modal

pytestmark = OFFSCREEN_SIZE_HINTS
LEFT = Qt.MouseButton.LeftButton


def robin_record() -> ClientRecord:
    record = build_demo()
    client = record.client.model_copy(update={"display_name": "Robin Example",
                                              "local_ref": "943 476 5919"})
    network = record.current_map.model_copy(update={"client_id": client.id})
    return ClientRecord(client=client, maps=(network,), current_map_id=network.id)


def image_of(store: Store, backup: Path) -> bytes:
    """The backup's database, decrypted with the store's key."""
    header, payload = split_backup(backup.read_bytes())
    return open_payload(header, payload, store._open_parts()[1])


def clients_in(backup: Path, folder: Path) -> list[Client]:
    restore_backup_file(folder, backup, PASSPHRASE)
    with Store.open(folder, PASSPHRASE) as restored:
        return [s.client for s in restored.list_clients(include_archived=True)]


def click_row(qtbot: QtBot, window: MainWindow, name: str) -> None:
    view = window.caseload.client_list
    model = view.model()
    (row,) = [r for r in range(model.rowCount())
              if str(model.index(r, 0).data()).startswith(name)]
    qtbot.mouseClick(view.viewport(), LEFT, pos=view.visualRect(model.index(row, 0)).center())


def delete_in_caseload(qtbot: QtBot, window: MainWindow, name: str) -> list[str]:
    """Select the client, press Delete, type their name and confirm; the dialog's text."""
    click_row(qtbot, window, name)
    seen: list[str] = []

    def confirm(dialog: DeleteClientDialog) -> None:
        seen.append(dialog.findChild(QLabel, "explanationLabel").text())
        qtbot.keyClicks(dialog.confirm_edit, name)
        qtbot.mouseClick(dialog.delete_button, LEFT)

    when_modal(DeleteClientDialog, confirm)
    qtbot.mouseClick(window.caseload.delete_button, LEFT)
    return seen


def test_deleting_a_client_removes_them_from_every_backup(
        qtbot: QtBot, store: Store, demo: Client, tmp_path: Path) -> None:
    robin = add_client(store, "", record=robin_record())
    window = open_window(qtbot, store)
    before_choosing = window.backups.back_up()  # into <data folder>/backups
    chosen = tmp_path / "usb stick"
    window.settings.set_text("backup_folder", str(chosen))
    after_choosing = window.backups.back_up()
    backups = [before_choosing, after_choosing]
    assert None not in backups and backups[1] is not None and backups[1].parent == chosen
    for backup in backups:
        assert backup is not None and str(robin.id).encode() in image_of(store, backup)
    made = {b.path.name: b.created for f in (store.folder / "backups", chosen)
            for b in list_backups(f)}

    seen = delete_in_caseload(qtbot, window, "Robin Example")

    assert "from this computer and from NetBuilder's backups" in seen[0]
    assert window.statusBar().currentMessage() == "Client deleted and removed from 2 backups."
    assert made == {b.path.name: b.created for f in (store.folder / "backups", chosen)
                    for b in list_backups(f)}
    for n, backup in enumerate(backups):
        assert backup is not None
        assert str(robin.id).encode() not in image_of(store, backup)
        assert [c.id for c in clients_in(backup, tmp_path / f"restored {n}")] == [demo.id]


def test_a_client_in_no_backup_is_said_plainly(qtbot: QtBot, store: Store, demo: Client,
                                               tmp_path: Path) -> None:
    window = open_window(qtbot, store)
    window.backups.back_up()  # made before Robin was added
    add_client(store, "", record=robin_record())
    window.caseload.refresh()
    delete_in_caseload(qtbot, window, "Robin Example")
    assert window.statusBar().currentMessage() == "Client deleted; no backup held them."


def test_a_backup_that_cannot_be_checked_is_said(
        qtbot: QtBot, store: Store, demo: Client, tmp_path: Path) -> None:
    robin = add_client(store, "", record=robin_record())
    window = open_window(qtbot, store)
    backup = window.backups.back_up()
    assert backup is not None
    damaged = backup.with_name("netbuilder-20200101-000000.nbbackup")
    data = bytearray(backup.read_bytes())
    data[-40] ^= 0x01
    damaged.write_bytes(bytes(data))

    delete_in_caseload(qtbot, window, "Robin Example")

    message = window.statusBar().currentMessage()
    assert message == ("Client deleted and removed from the backups, except 1 that could not "
                       "be checked (damaged or from another installation): delete it from the "
                       "backups folder by hand.")
    assert "Robin" not in message
    assert damaged.read_bytes() == bytes(data)
    assert str(robin.id).encode() not in image_of(store, backup)


def test_a_chosen_backup_folder_that_is_not_there_is_said(
        qtbot: QtBot, store: Store, demo: Client, tmp_path: Path) -> None:
    robin = add_client(store, "", record=robin_record())
    window = open_window(qtbot, store)
    in_default = window.backups.back_up()
    window.settings.set_text("backup_folder", str(tmp_path / "unplugged drive"))
    delete_in_caseload(qtbot, window, "Robin Example")
    assert window.statusBar().currentMessage() == (
        "Client deleted, but not from the backups: the chosen backups folder is not there "
        "(a drive not connected?); its backups still hold them.")
    assert in_default is not None  # the default folder's backups are erased all the same
    assert str(robin.id).encode() not in image_of(store, in_default)
