"""The main window as a practitioner uses it: caseload, editing, undo, versions, reopening."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QGraphicsView,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from netbuilder.app import run_gui
from netbuilder.gui.canvas.geometry import node_xy
from netbuilder.gui.dialogs import NewClientDialog, StartReviewDialog
from netbuilder.gui.unlock import UnlockDialog
from netbuilder.gui.window import MainWindow
from netbuilder.model import Client
from netbuilder.store.db import Store

from .shell import (
    OFFSCREEN_SIZE_HINTS,
    add_client,
    click_message_button,
    open_window,
    reopen,
    when_modal,
)

pytestmark = OFFSCREEN_SIZE_HINTS


def _double_click_client(qtbot: QtBot, window: MainWindow, name: str) -> None:
    view = window.caseload.client_list
    for row in range(view.model().rowCount()):
        index = view.model().index(row, 0)
        if index.data().startswith(name):
            rect = view.visualRect(index)
            qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            return
    raise AssertionError(f"{name} is not in the caseload")


def _listed(window: MainWindow) -> list[str]:
    model = window.caseload.client_list.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def _open_demo(qtbot: QtBot, window: MainWindow, demo: Client) -> None:
    _double_click_client(qtbot, window, demo.display_name)
    assert window.client is not None and window.client.id == demo.id


def _select_node(window: MainWindow, node_id: str) -> None:
    window.canvas.select_ids([node_id])
    window._list_selected([node_id])


def test_no_client_data_shows_until_a_client_is_opened(qtbot: QtBot, store: Store,
                                                       demo: Client) -> None:
    window = open_window(qtbot, store)
    assert window.client is None and window.doc.network.nodes == ()
    assert window.central.currentIndex() == 0  # the welcome page, not a map
    assert not window.commands.start_review.isEnabled()
    assert window.status.client.text() == "No client open"


def test_new_client_appears_in_the_caseload_and_is_searchable(qtbot: QtBot, store: Store,
                                                              demo: Client) -> None:
    window = open_window(qtbot, store)

    def fill(dialog: NewClientDialog) -> None:
        qtbot.keyClicks(dialog.name_edit, "Robin Example")
        qtbot.keyClicks(dialog.ref_edit, "943 476 5918")
        assert "check digit is wrong" in dialog.ref_message.text()
        dialog.ref_edit.clear()
        qtbot.keyClicks(dialog.ref_edit, "943 476 5919")
        assert dialog.ref_message.text() == "A valid NHS number."
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    when_modal(NewClientDialog, fill)
    qtbot.mouseClick(window.caseload.new_button, Qt.MouseButton.LeftButton)
    assert any(row.startswith("Robin Example") for row in _listed(window))
    assert window.client is not None and window.client.display_name == "Robin Example"
    assert {s.client.display_name for s in reopen(store).list_clients()} == {
        "Robin Example", demo.display_name}

    qtbot.keyClicks(window.caseload.search_edit, "robin")
    assert [r.split("  ")[0] for r in _listed(window)] == ["Robin Example"]
    window.caseload.search_edit.clear()
    qtbot.keyClicks(window.caseload.search_edit, "9434765919")  # the reference without spaces
    assert [r.split("  ")[0] for r in _listed(window)] == ["Robin Example"]
    window.caseload.search_edit.clear()
    assert len(_listed(window)) == 2


def test_find_focuses_the_caseload_search(qtbot: QtBot, store: Store) -> None:
    window = open_window(qtbot, store)
    window.canvas.setFocus()
    qtbot.keySequence(window, window.commands.find.shortcut())  # Ctrl+F
    assert window.caseload.search_edit.hasFocus()


def test_a_label_typed_in_properties_reaches_the_store(qtbot: QtBot, store: Store,
                                                        demo: Client) -> None:
    window = open_window(qtbot, store)
    _open_demo(qtbot, window, demo)
    _select_node(window, "mum")
    label = window.properties.node_fields.label
    label.selectAll()
    qtbot.keyClicks(label, "Mother")
    assert window.doc.network.node("mum").label == "Mother"
    qtbot.waitUntil(lambda: reopen(store).current_map(demo.id).node("mum").label == "Mother",
                    timeout=2000)
    assert window.status.saved.text() == "Saved"


def test_undo_restores_and_saves(qtbot: QtBot, store: Store, demo: Client) -> None:
    window = open_window(qtbot, store)
    _open_demo(qtbot, window, demo)
    _select_node(window, "jo")
    label = window.properties.node_fields.label
    label.selectAll()
    qtbot.keyClicks(label, "Joanne")
    qtbot.keyClick(label, Qt.Key.Key_Tab)  # leaving the field ends the typing step
    assert window.doc.undo_stack.count() == 1  # six keystrokes, one undo step

    window.canvas.setFocus()
    window.commands.undo.trigger()
    assert window.doc.network.node("jo").label == "Jo (friend)"
    assert label.text() == "Jo (friend)"
    qtbot.waitUntil(lambda: reopen(store).current_map(demo.id).node("jo").label == "Jo (friend)",
                    timeout=2000)
    window.commands.redo.trigger()
    qtbot.waitUntil(lambda: reopen(store).current_map(demo.id).node("jo").label == "Joanne",
                    timeout=2000)


def test_archive_asks_first_and_restore_brings_the_client_back(qtbot: QtBot, store: Store,
                                                               demo: Client) -> None:
    add_client(store, "Robin Example")
    window = open_window(qtbot, store)
    _open_demo(qtbot, window, demo)

    when_modal(QMessageBox, click_message_button(qtbot, QMessageBox.StandardButton.Cancel))
    qtbot.mouseClick(window.caseload.archive_button, Qt.MouseButton.LeftButton)
    assert len(_listed(window)) == 2

    when_modal(QMessageBox, click_message_button(qtbot, QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(window.caseload.archive_button, Qt.MouseButton.LeftButton)
    assert [r.split("  ")[0] for r in _listed(window)] == ["Robin Example"]
    assert window.client is None and window.central.currentIndex() == 0
    assert reopen(store).get_client(demo.id).archived

    assert not window.caseload.restore_button.isVisible()
    qtbot.mouseClick(window.caseload.show_archived, Qt.MouseButton.LeftButton,
                     pos=QPoint(5, window.caseload.show_archived.height() // 2))
    assert window.caseload.restore_button.isVisible()
    window.caseload.select_client(demo.id)
    assert not window.caseload.open_button.isEnabled()  # archived clients do not open
    qtbot.mouseClick(window.caseload.restore_button, Qt.MouseButton.LeftButton)
    assert not reopen(store).get_client(demo.id).archived
    assert not any("(archived)" in row for row in _listed(window))


def test_closing_never_asks_and_a_new_window_finds_map_and_layout(qtbot: QtBot, store: Store,
                                                                   demo: Client) -> None:
    window = open_window(qtbot, store)
    window.resize(760, 560)  # the offscreen screen is 800 x 800
    window.move(20, 30)
    window.docks[3].hide()  # the node list
    _open_demo(qtbot, window, demo)
    _select_node(window, "pat")
    qtbot.keyClicks(window.properties.node_fields.label, " (neighbour)")
    assert window.close()  # at once: no "save changes?"
    assert reopen(store).current_map(demo.id).node("pat").label == "Pat next door (neighbour)"

    again = open_window(qtbot, store)
    assert (again.width(), again.height()) == (760, 560)
    assert not again.docks[3].isVisible() and again.docks[0].isVisible()
    _open_demo(qtbot, again, demo)
    assert again.doc.network.node("pat").label == "Pat next door (neighbour)"


def test_settings_hold_no_client_text(qtbot: QtBot, store: Store, demo: Client) -> None:
    window = open_window(qtbot, store)
    _open_demo(qtbot, window, demo)
    window.close()
    text = window.settings.path.read_bytes()
    assert window.settings.path.parent == store.folder
    for secret in (demo.display_name, "DEMO-001", "Mum", str(demo.id)):
        assert secret.encode() not in text
    assert window.settings.path.stat().st_mode & 0o777 == 0o600


def test_review_makes_a_new_version_and_earlier_ones_are_read_only(qtbot: QtBot, store: Store,
                                                                   demo: Client) -> None:
    window = open_window(qtbot, store)
    _open_demo(qtbot, window, demo)
    baseline = window.doc.network

    def accept_defaults(dialog: StartReviewDialog) -> None:
        assert dialog.label == "6-month review"
        qtbot.keyClick(dialog.label_edit, Qt.Key.Key_Return)

    when_modal(StartReviewDialog, accept_defaults)
    window.commands.start_review.trigger()
    review = window.doc.network
    assert review.label == "6-month review" and review.based_on == baseline.id
    assert not window.doc.read_only and not window.banner.isVisible()
    versions = reopen(store).list_versions(demo.id)
    assert [(v.label, v.is_current) for v in versions] == [
        ("baseline", False), ("6-month review", True)]
    assert window.version_picker.count() == 2

    picker = window.version_picker
    picker.activated.emit(picker.findText("baseline", Qt.MatchFlag.MatchStartsWith))
    assert window.doc.network.id == baseline.id and window.doc.read_only
    assert window.banner.isVisible() and "Read-only: earlier version" in window.banner.text.text()
    assert not window.palette.isEnabled() and not window.commands.delete.isEnabled()

    _select_node(window, "mum")
    label = window.properties.node_fields.label
    assert label.isReadOnly()
    qtbot.keyClicks(label, "X")
    assert not window.doc.apply("try", lambda m: m.model_copy())  # the document refuses too
    assert window.doc.network.node("mum").label == "Mum"
    assert reopen(store).get_map(baseline.id).node("mum").label == "Mum"

    qtbot.mouseClick(window.banner.findChild(type(window.caseload.new_button), "goCurrentButton"),
                     Qt.MouseButton.LeftButton)
    assert window.doc.network.id == review.id and not window.doc.read_only


def test_palette_double_click_adds_a_node_and_starts_its_label(qtbot: QtBot, store: Store,
                                                               demo: Client) -> None:
    window = open_window(qtbot, store)
    _open_demo(qtbot, window, demo)
    before = len(window.doc.network.nodes)
    item = window.palette.item_for("Library")
    window.palette.scrollToItem(item)
    centre = window.palette.visualItemRect(item).center()
    # QTest's double-click has no first press: click first, as a hand does
    qtbot.mouseClick(window.palette.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(window.palette.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert len(window.doc.network.nodes) == before + 1
    added = window.doc.network.nodes[-1]
    assert (added.label, added.kind.value, added.category) == ("Library", "place", "community")
    editor = window.canvas.map_scene.editor  # naming starts at once, on the map
    assert editor is not None and editor.node_id == added.id
    assert window.canvas.hasFocus() and editor.textCursor().selectedText() == "Library"
    qtbot.keyClicks(window.canvas.viewport(), "Central library")
    qtbot.keyClick(window.canvas.viewport(), Qt.Key.Key_Return)
    assert window.doc.network.node(added.id).label == "Central library"
    assert window.properties.node_fields.label.text() == "Central library"
    assert window.doc.undo_stack.count() == 1  # adding and naming: one step
    qtbot.waitUntil(lambda: any(n.label == "Central library"
                                for n in reopen(store).current_map(demo.id).nodes), timeout=2000)


def test_enter_opens_the_selected_client(qtbot: QtBot, store: Store, demo: Client) -> None:
    add_client(store, "Robin Example")
    window = open_window(qtbot, store)
    window.caseload.search_edit.setFocus()
    qtbot.keyClicks(window.caseload.search_edit, "robin")
    qtbot.keyClick(window.caseload.search_edit, Qt.Key.Key_Tab)
    listing = window.caseload.client_list
    assert listing.hasFocus()
    qtbot.keyClick(listing, Qt.Key.Key_Down)  # the first row
    qtbot.keyClick(listing, Qt.Key.Key_Return)
    assert window.client is not None and window.client.display_name == "Robin Example"
    assert window.central.currentIndex() == 1


def test_a_palette_entry_dropped_on_a_ring_lands_there_and_is_saved(
        qtbot: QtBot, store: Store, demo: Client) -> None:
    window = open_window(qtbot, store)
    _open_demo(qtbot, window, demo)
    mime = window.palette.mimeData([window.palette.item_for("Gym")])  # what a drag carries
    view = window.canvas
    x, y = node_xy(1, 60.0)
    pos = view.mapFromScene(QPointF(x, y))
    copy, left, none = (Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton,
                        Qt.KeyboardModifier.NoModifier)
    for event in (QDragEnterEvent(pos, copy, mime, left, none),
                  QDragMoveEvent(pos, copy, mime, left, none),
                  QDropEvent(QPointF(pos), copy, mime, left, none)):
        QApplication.sendEvent(view.viewport(), event)
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Return)  # keep the label it came with
    added = window.doc.network.nodes[-1]
    assert (added.label, added.ring) == ("Gym", 1)
    assert window.palette.item_for("Gym") is not None  # a copy: the palette keeps its entry
    qtbot.waitUntil(lambda: any(n.id == added.id and n.ring == 1
                                for n in reopen(store).current_map(demo.id).nodes), timeout=2000)


_INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QAbstractButton,
           QAbstractItemView, QGraphicsView)


def test_every_control_has_an_accessible_name(qtbot: QtBot, store: Store, demo: Client) -> None:
    window = open_window(qtbot, store)
    _open_demo(qtbot, window, demo)
    _select_node(window, "cpn")
    for dock in window.docks:
        dock.show()
    unnamed = [
        f"{type(w).__name__} {w.objectName()!r}"
        for w in window.findChildren(QWidget)
        if isinstance(w, _INPUTS) and not isinstance(w, QHeaderView) and w.isVisible()
        and not w.objectName().startswith("qt_")
        and not (w.accessibleName() or (isinstance(w, QAbstractButton) and w.text()))
    ]
    assert unnamed == []


def test_run_gui_asks_for_the_passphrase_and_quits_when_cancelled(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NETBUILDER_DATA_DIR", str(tmp_path / "fresh"))
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    style, quits = app.styleSheet(), app.quitOnLastWindowClosed()
    asked: list[bool] = []

    def cancel(dialog: UnlockDialog) -> None:
        asked.append(dialog.first_run)
        dialog.reject()

    when_modal(UnlockDialog, cancel)
    try:
        assert run_gui(["netbuilder"]) == 0
    finally:
        app.setStyleSheet(style)
        app.setQuitOnLastWindowClosed(quits)
    assert asked == [True] and not Store.exists(tmp_path / "fresh")
