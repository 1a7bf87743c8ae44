"""Exporting one client's whole record for a subject access request, as a practitioner does."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from netbuilder.gui import record_export
from netbuilder.gui.record_export import RecordExport
from netbuilder.gui.window import MainWindow
from netbuilder.model import Client
from netbuilder.store.db import Store
from netbuilder.store.formats import load_json

from .shell import OFFSCREEN_SIZE_HINTS, open_window, reopen, when_modal

pytestmark = OFFSCREEN_SIZE_HINTS


def squeezed(text: str) -> str:
    return "".join(text.split())


def pdf_text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return "".join(squeezed(page.extract_text()) for page in reader.pages)


def exporter(window: MainWindow) -> RecordExport:
    found = window.findChild(RecordExport, "recordExport")
    assert found is not None
    return found


def file_menu_action(window: MainWindow) -> QAction:
    menu = window.menuBar().findChild(QMenu, "fileMenu")
    assert isinstance(menu, QMenu)
    names = [a.objectName() for a in menu.actions()]
    assert names.index("export_record") == names.index("save_plan") + 1  # after the plan ones
    return menu.actions()[names.index("export_record")]


def caseload_action(window: MainWindow) -> QAction:
    view = window.caseload.client_list
    assert view.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    found = [a for a in view.actions() if a.objectName() == "export_record_caseload"]
    assert len(found) == 1
    return found[0]


def folder_chooser(window: MainWindow, answer: Path | None) -> list[QWidget]:
    """Answer the folder question with ``answer``; the list records each time it was asked."""
    asked: list[QWidget] = []

    def choose(parent: QWidget) -> Path | None:
        asked.append(parent)
        return answer

    exporter(window).choose_folder = choose
    return asked


Seen = list[tuple[QMessageBox.Icon, str]]


def answer_message(qtbot: QtBot) -> Seen:
    """Note the next message box's icon and text, and press OK."""
    seen: Seen = []

    def handle(box: QMessageBox) -> None:
        seen.append((box.icon(), box.text()))
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    when_modal(QMessageBox, handle)
    return seen


def click_client(qtbot: QtBot, window: MainWindow, name: str, double: bool) -> None:
    view = window.caseload.client_list
    for row in range(view.model().rowCount()):
        index = view.model().index(row, 0)
        if index.data().startswith(name):
            centre = view.visualRect(index).center()
            qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
            if double:
                qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
            return
    raise AssertionError(f"{name} is not in the caseload")


def test_the_file_menu_exports_the_open_clients_whole_record(
        qtbot: QtBot, store: Store, demo: Client, tmp_path: Path) -> None:
    window = open_window(qtbot, store)
    click_client(qtbot, window, demo.display_name, double=True)
    assert window.client is not None and window.client.id == demo.id
    window.canvas.select_ids(["mum"])
    window._list_selected(["mum"])
    label = window.properties.node_fields.label
    label.selectAll()
    qtbot.keyClicks(label, "Mother")  # still pending in the autosaver: the export saves it
    assert window.autosaver.pending

    asked = folder_chooser(window, tmp_path)
    boxes = answer_message(qtbot)
    action = file_menu_action(window)
    assert action.isEnabled()
    action.trigger()

    assert asked == [window]
    json_path, pdf_path, readme = sorted(tmp_path.glob("netbuilder-record-*"),
                                         key=lambda p: (p.suffix != ".json", p.suffix != ".pdf"))
    assert json_path.suffix == ".json" and pdf_path.suffix == ".pdf"
    assert readme.name.endswith("-README.txt")
    saved = reopen(store).get_record(demo.id)
    assert saved.current_map.node("mum").label == "Mother"  # the pending edit was saved first
    assert load_json(json_path) == saved
    text = pdf_text(pdf_path)
    assert squeezed(demo.display_name) in text
    assert all(squeezed(n.label) in text for n in saved.current_map.nodes)
    assert "Mother" in text
    for path in (json_path, pdf_path, readme):
        assert demo.id.hex[:8] in path.name and "Sam" not in path.name

    [(icon, message)] = boxes
    assert icon == QMessageBox.Icon.Information
    assert json_path.name in message and pdf_path.name in message and readme.name in message
    assert "NOT encrypted" in message and "delete them" in message
    assert "Sam" not in message and str(tmp_path) not in message  # file names only


def test_the_command_is_disabled_with_no_client_open(
        qtbot: QtBot, store: Store, demo: Client, tmp_path: Path) -> None:
    window = open_window(qtbot, store)
    action = file_menu_action(window)
    asked = folder_chooser(window, tmp_path)
    assert window.client is None and not action.isEnabled()
    action.trigger()  # a disabled action does nothing
    assert exporter(window).export_open_client() is None  # nor does the command itself
    assert asked == [] and list(tmp_path.glob("netbuilder-record-*")) == []

    click_client(qtbot, window, demo.display_name, double=True)
    assert action.isEnabled()
    window.close_client()
    assert not action.isEnabled()


def test_the_caseload_context_menu_exports_an_archived_client(
        qtbot: QtBot, store: Store, demo: Client, tmp_path: Path) -> None:
    store.set_archived(demo.id, True)  # a former client may ask too; they cannot be opened
    window = open_window(qtbot, store)
    action = caseload_action(window)
    assert not action.isEnabled()  # nobody selected yet
    qtbot.mouseClick(window.caseload.show_archived, Qt.MouseButton.LeftButton)
    click_client(qtbot, window, demo.display_name, double=False)
    assert window.caseload.selected_client_id() == demo.id and action.isEnabled()
    assert window.client is None

    folder_chooser(window, tmp_path)
    boxes = answer_message(qtbot)
    action.trigger()

    [json_path] = tmp_path.glob("*.json")
    assert load_json(json_path) == store.get_record(demo.id)
    assert len(list(tmp_path.glob("*.pdf"))) == 1
    assert json_path.name in boxes[0][1]


def test_cancelling_the_folder_writes_nothing_and_says_nothing(
        qtbot: QtBot, store: Store, demo: Client, tmp_path: Path) -> None:
    window = open_window(qtbot, store)
    click_client(qtbot, window, demo.display_name, double=True)
    asked = folder_chooser(window, None)
    file_menu_action(window).trigger()
    assert len(asked) == 1
    assert QApplication.activeModalWidget() is None
    assert list(tmp_path.glob("netbuilder-record-*")) == []


def test_a_folder_that_cannot_be_written_is_one_line_without_client_text(
        qtbot: QtBot, store: Store, demo: Client, tmp_path: Path) -> None:
    not_a_folder = tmp_path / "Sam Taylor notes.txt"
    not_a_folder.write_text("a file, not a folder")
    window = open_window(qtbot, store)
    click_client(qtbot, window, demo.display_name, double=True)
    folder_chooser(window, not_a_folder)
    boxes = answer_message(qtbot)
    assert exporter(window).export_open_client() is None

    [(icon, message)] = boxes
    assert icon == QMessageBox.Icon.Warning
    assert "\n" not in message and "Traceback" not in message
    assert "Choose another folder" in message and "Sam" not in message
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Sam Taylor notes.txt", "data"]


def test_the_folder_question_is_qts_folder_dialog(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    answers = iter([str(tmp_path), ""])
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        lambda *args, **kwargs: next(answers))
    assert record_export.ask_folder(parent) == tmp_path
    assert record_export.ask_folder(parent) is None  # cancelled
