"""The node list and the canvas select together; menu commands act on the selection."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from netbuilder.gui.window import MainWindow
from netbuilder.model.demo import build_demo
from netbuilder.store.db import Store

from .shell import OFFSCREEN_SIZE_HINTS, add_client, open_window, reopen

pytestmark = OFFSCREEN_SIZE_HINTS


@pytest.fixture
def window(qtbot: QtBot, store: Store) -> MainWindow:
    window = open_window(qtbot, store)
    window.open_client(add_client(store, "", record=build_demo()).id)
    return window


def _row_of(window: MainWindow, node_id: str) -> int:
    rows = window.node_list
    return next(i for i in range(rows.topLevelItemCount())
                if rows.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole + 1) == node_id)


def _click_row(qtbot: QtBot, window: MainWindow, node_id: str) -> None:
    rows = window.node_list
    rect = rows.visualItemRect(rows.topLevelItem(_row_of(window, node_id)))
    qtbot.mouseClick(rows.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _click_node(qtbot: QtBot, window: MainWindow, node_id: str) -> None:
    view = window.canvas
    item = view.map_scene.node_item(node_id)
    assert item is not None
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.mapFromScene(item.scenePos()))


def test_selecting_a_row_selects_the_node_on_the_map(qtbot: QtBot, window: MainWindow) -> None:
    _click_row(qtbot, window, "church")
    assert window.canvas.selected_node_ids() == ["church"]
    assert window.properties.node_id == "church"
    assert window.node_list.hasFocus()  # the list keeps the keyboard for the next row

    qtbot.keyClick(window.node_list, Qt.Key.Key_Down)
    below = window.node_list.selected_ids()
    assert below != ["church"] and window.canvas.selected_node_ids() == below


def test_clicking_a_node_on_the_map_selects_its_row(qtbot: QtBot, window: MainWindow) -> None:
    _click_node(qtbot, window, "gym")
    assert window.canvas.selected_node_ids() == ["gym"]
    assert window.node_list.selected_ids() == ["gym"]
    assert window.properties.node_fields.label.text() == "Gym (on prescription)"

    window.canvas.map_scene.clearSelection()
    assert window.node_list.selected_ids() == []
    assert window.properties.pages.currentIndex() == 0


def test_the_list_follows_edits_made_on_the_map(qtbot: QtBot, window: MainWindow) -> None:
    _click_node(qtbot, window, "pat")
    qtbot.keyClick(window.canvas.viewport(), Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert window.doc.network.node("pat").ring == 2
    row = window.node_list.topLevelItem(_row_of(window, "pat"))
    assert row.text(2) == "2 \u2013 Close" and row.isSelected()


def test_delete_from_the_edit_menu_removes_the_selected_node_and_saves(
        qtbot: QtBot, window: MainWindow, store: Store) -> None:
    _click_row(qtbot, window, "cafe")
    window.commands.delete.trigger()
    assert "cafe" not in {n.id for n in window.doc.network.nodes}
    assert window.node_list.topLevelItemCount() == 11
    assert window.status.counts.text() == "5 people \u00b7 4 places \u00b7 2 activities"
    client_id = window.client.id
    qtbot.waitUntil(lambda: len(reopen(store).current_map(client_id).nodes) == 11, timeout=2000)
    window.commands.undo.trigger()
    assert window.node_list.topLevelItemCount() == 12


def test_sector_guides_toggle_is_remembered(qtbot: QtBot, window: MainWindow,
                                            store: Store) -> None:
    guides = window.commands.sector_guides
    assert guides.isChecked() and window.canvas.map_scene.rings_item.show_sectors
    guides.trigger()
    assert not window.canvas.map_scene.rings_item.show_sectors
    window.close()
    again = open_window(qtbot, store)
    assert not again.commands.sector_guides.isChecked()
    assert not again.canvas.map_scene.rings_item.show_sectors


def test_zoom_and_fit_actions_reach_the_map(window: MainWindow) -> None:
    fitted = window.canvas.zoom_factor()
    window.commands.zoom_in.trigger()
    assert window.canvas.zoom_factor() > fitted
    window.commands.fit.trigger()
    assert window.canvas.zoom_factor() == pytest.approx(fitted)
