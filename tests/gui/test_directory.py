"""The local services directory dialog: add, edit, delete, find, and CSV import."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from netbuilder.gui.directory_dialog import DirectoryDialog, ServiceDialog
from netbuilder.gui.window import MainWindow
from netbuilder.model.directory import Service
from netbuilder.store.db import Store

from .shell import (
    OFFSCREEN_SIZE_HINTS,
    add_client,
    click_message_button,
    open_window,
    quick_store,
    reopen,
    when_modal,
)

pytestmark = OFFSCREEN_SIZE_HINTS

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with quick_store(tmp_path / "data") as opened:
        opened.add_service(Service(name="Library", type="Community", address="Market Sq"))
        yield opened


@pytest.fixture
def window(qtbot: QtBot, store: Store) -> MainWindow:
    return open_window(qtbot, store)


def open_directory(qtbot: QtBot, window: MainWindow) -> DirectoryDialog:
    menus = {a.text().replace("&", ""): a.menu() for a in window.menuBar().actions()}
    assert window.referrals.local_services in menus["Edit"].actions()
    window.referrals.local_services.trigger()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), DirectoryDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, DirectoryDialog)
    return dialog


def names_shown(dialog: DirectoryDialog) -> list[str]:
    table = dialog.table
    return [table.item(r, 0).text() for r in range(table.rowCount()) if not table.isRowHidden(r)]


def fill_service(qtbot: QtBot, name: str, kind: str = "", contact: str = "") -> None:
    def handle(d: ServiceDialog) -> None:
        d.name.selectAll()
        qtbot.keyClicks(d.name, name)
        if kind:
            qtbot.keyClicks(d.type, kind)
        if contact:
            d.contact.selectAll()
            qtbot.keyClicks(d.contact, contact)
        qtbot.mouseClick(d.findChild(QDialogButtonBox).button(
            QDialogButtonBox.StandardButton.Ok), LEFT)

    when_modal(ServiceDialog, handle)


def test_add_edit_and_delete_a_service(qtbot: QtBot, window: MainWindow, store: Store) -> None:
    dialog = open_directory(qtbot, window)
    assert names_shown(dialog) == ["Library"]

    fill_service(qtbot, "Gym on prescription", "Leisure", "01234 567890")
    qtbot.mouseClick(dialog.add_button, LEFT)
    assert names_shown(dialog) == ["Gym on prescription", "Library"]
    gym = next(s for s in store.list_services() if s.name == "Gym on prescription")
    assert (gym.type, gym.contact) == ("Leisure", "01234 567890")

    dialog.table.selectRow(0)
    fill_service(qtbot, "", contact="0800 111 222")  # keep the name, change the contact
    qtbot.mouseClick(dialog.edit_button, LEFT)
    edited = next(s for s in store.list_services() if s.id == gym.id)
    assert (edited.name, edited.contact) == ("Gym on prescription", "0800 111 222")

    dialog.table.selectRow(0)
    when_modal(QMessageBox, click_message_button(qtbot, QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(dialog.delete_button, LEFT)
    assert names_shown(dialog) == ["Library"]
    assert [s.name for s in reopen(store).list_services()] == ["Library"]


def test_a_service_needs_a_name_that_is_not_taken(qtbot: QtBot, store: Store) -> None:
    dialog = ServiceDialog(None, store.list_services())
    qtbot.addWidget(dialog)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, LEFT)
    assert "Type the service's name" in dialog.message.text() and dialog.service is None
    qtbot.keyClicks(dialog.name, "  library ")
    qtbot.mouseClick(ok, LEFT)
    assert "already has a service" in dialog.message.text() and dialog.service is None


def test_find_filters_the_table(qtbot: QtBot, window: MainWindow, store: Store) -> None:
    store.add_service(Service(name="Walking group", notes="Meets at the market"))
    dialog = open_directory(qtbot, window)
    qtbot.keyClicks(dialog.search, "market")
    assert names_shown(dialog) == ["Library", "Walking group"]
    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "walk")
    assert names_shown(dialog) == ["Walking group"]


def test_csv_import_with_a_bad_row_names_it_and_imports_nothing(
    qtbot: QtBot, window: MainWindow, store: Store, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    csv_file = tmp_path / "oakfield services.csv"
    csv_file.write_text("name,type,contact\nGym,Leisure,0123\nPool,Leisure,\n,Advice,0800\n",
                        encoding="utf-8-sig")
    dialog = open_directory(qtbot, window)
    monkeypatch.setattr(dialog, "choose_csv", lambda: str(csv_file))
    qtbot.mouseClick(dialog.import_button, LEFT)
    assert dialog.problems.isVisible()
    assert dialog.problems.toPlainText() == "oakfield services.csv: row 4: name: is empty"
    assert "1 row cannot be imported" in dialog.message.text()
    assert names_shown(dialog) == ["Library"] and len(store.list_services()) == 1

    csv_file.write_text("name,type,contact\nGym,Leisure,0123\nlibrary,Community,01 22\n",
                        encoding="utf-8")
    qtbot.mouseClick(dialog.import_button, LEFT)
    assert not dialog.problems.isVisible()
    assert "Imported 1 new and updated 1 existing" in dialog.message.text()
    assert names_shown(dialog) == ["Gym", "library"]


def test_a_file_that_is_not_utf8_is_refused_in_one_line(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    csv_file = tmp_path / "old.csv"
    csv_file.write_bytes("name\nCaf\xe9\n".encode("cp1252"))
    dialog = open_directory(qtbot, window)
    assert not dialog.import_csv(str(csv_file))
    assert "old.csv: is not UTF-8 text (line 2)" in dialog.message.text()
    assert not dialog.problems.isVisible()


def test_cancelling_the_file_choice_changes_nothing(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_directory(qtbot, window)
    monkeypatch.setattr(dialog, "choose_csv", lambda: "")
    qtbot.mouseClick(dialog.import_button, LEFT)
    assert dialog.message.text() == ""


def test_services_added_here_are_offered_in_the_referral_form(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    dialog = open_directory(qtbot, window)
    fill_service(qtbot, "Men's Shed", "Group")
    qtbot.mouseClick(dialog.add_button, LEFT)
    dialog.reject()
    client = add_client(store, "Robin Patel")
    window.open_client(client.id)
    form = window.referrals.open()
    assert form is not None
    assert [form.service.itemText(i) for i in range(form.service.count())] == [
        "Library", "Men's Shed"]
    form.reject()
