"""Drawing the map with the keyboard alone: focus, add, rename, ring change, delete."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from netbuilder.gui.canvas import geometry
from netbuilder.gui.canvas.view import MapView
from netbuilder.gui.document import MapDocument
from netbuilder.model import NodeKind

from .conftest import make_map_view

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def key(
    view: MapView, k: Qt.Key, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """Press a key as a person would: it goes to the widget with the keyboard focus."""
    QTest.keyClick(QApplication.focusWidget() or view, k, mods)


def type_text(view: MapView, text: str) -> None:
    QTest.keyClicks(QApplication.focusWidget() or view, text)


def focused(view: MapView) -> str | None:
    return view.current_node_id()


def test_tab_visits_nodes_inner_ring_first_clockwise(view: MapView) -> None:
    order = [n.id for n in geometry.tab_order(view.doc.network.nodes)]
    seen = []
    for _ in order:
        key(view, K.Key_Tab)
        seen.append(focused(view))
    assert seen == order
    assert view.selected_node_ids() == [order[-1]], "focus selects the node"


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform's limitation
def test_tab_after_the_last_node_leaves_the_map(qtbot: QtBot, doc: MapDocument) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    view = MapView(doc)
    after = QLineEdit()
    layout = QVBoxLayout(window)
    layout.addWidget(view)
    layout.addWidget(after)
    window.resize(900, 800)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    view.setFocus()
    for _ in doc.network.nodes:
        key(view, K.Key_Tab)
    key(view, K.Key_Tab)
    assert after.hasFocus()


def test_arrows_move_focus_round_and_across_rings(view: MapView) -> None:
    view.focus_node("jo")  # ring 1 at 80
    key(view, K.Key_Right)
    assert focused(view) == "home"  # ring 1 at 200: next clockwise
    key(view, K.Key_Left)
    assert focused(view) == "jo"
    key(view, K.Key_Down)
    assert focused(view) == "gardening"  # ring 2 at 110, nearest to 80
    key(view, K.Key_Up)
    assert view.doc.network.node(focused(view) or "").ring == 1


def test_keyboard_only_creation_rename_and_ring_change(view: MapView) -> None:
    view.set_new_node_kind(NodeKind.ACTIVITY)
    key(view, K.Key_Insert)
    node = view.doc.network.nodes[-1]
    assert node.kind is NodeKind.ACTIVITY and node.ring == 2
    assert geometry.sector_of(NodeKind.ACTIVITY).contains(node.angle)
    type_text(view, "Swimming")
    key(view, K.Key_Return)
    assert view.doc.network.node(node.id).label == "Swimming"
    assert focused(view) == node.id
    key(view, K.Key_Up, CTRL)
    assert view.doc.network.node(node.id).ring == 1
    key(view, K.Key_Up, CTRL)
    assert view.doc.network.node(node.id).ring == 1, "ring 1 is as close as it gets"
    key(view, K.Key_Down, CTRL)
    key(view, K.Key_Down, CTRL)
    key(view, K.Key_Down, CTRL)
    assert view.doc.network.node(node.id).ring == 3
    angle = view.doc.network.node(node.id).angle
    key(view, K.Key_Right, CTRL)
    key(view, K.Key_Right, CTRL)
    assert geometry.angular_distance(view.doc.network.node(node.id).angle, angle + 10) < 1e-6
    assert view.doc.undo_stack.text(view.doc.undo_stack.count() - 1).startswith("Move Swimming")
    count = view.doc.undo_stack.count()
    key(view, K.Key_Left, CTRL | SHIFT)
    assert view.doc.undo_stack.count() == count, "turns in a row merge into one step"


def test_ctrl_shift_n_adds_a_person(view: MapView) -> None:
    key(view, K.Key_N, CTRL | SHIFT)
    assert view.map_scene.editor is not None
    key(view, K.Key_Escape)
    assert view.map_scene.editor is None
    assert view.doc.network.nodes[-1].label == "New person"


def test_f2_renames_and_escape_keeps_the_old_label(view: MapView) -> None:
    view.focus_node("pat")
    key(view, K.Key_F2)
    type_text(view, "Pat & Chris <next door>")
    key(view, K.Key_Escape)
    assert view.doc.network.node("pat").label == "Pat next door"
    key(view, K.Key_F2)
    type_text(view, "Pat & Chris <next door>")
    key(view, K.Key_Return)
    assert view.doc.network.node("pat").label == "Pat & Chris <next door>"
    assert view.doc.undo_stack.count() == 1
    item = view.map_scene.node_item("pat")
    assert item is not None and "&lt;next door&gt;" in item.toolTip()


def test_delete_then_undo_restores_the_node_and_its_links(view: MapView) -> None:
    before = view.doc.network
    view.focus_node("home")
    key(view, K.Key_Delete)
    after = view.doc.network
    assert "home" not in {n.id for n in after.nodes}
    assert not [lk for lk in after.links if "home" in (lk.source, lk.target)]
    assert view.map_scene.link_item("l-mum-home") is None
    view.doc.undo_stack.undo()
    assert view.doc.network == before
    assert view.map_scene.link_item("l-mum-home") is not None


def test_delete_several_is_one_step(view: MapView) -> None:
    before = view.doc.network
    view.select_ids(["mum", "jo", "l-gp-gym"])
    key(view, K.Key_Delete)
    network = view.doc.network
    assert {"mum", "jo"}.isdisjoint(n.id for n in network.nodes)
    assert "l-gp-gym" not in {lk.id for lk in network.links}
    assert view.doc.undo_stack.count() == 1
    view.doc.undo_stack.undo()
    assert view.doc.network == before


def test_read_only_map_ignores_editing_keys(view: MapView) -> None:
    view.doc.set_read_only(True)
    before = view.doc.network
    view.focus_node("mum")
    for k, mods in [
        (K.Key_Delete, None),
        (K.Key_Up, CTRL),
        (K.Key_Right, CTRL),
        (K.Key_Insert, None),
        (K.Key_F2, None),
    ]:
        key(view, k, mods or Qt.KeyboardModifier.NoModifier)
    assert view.map_scene.editor is None
    assert view.doc.network == before


def test_ctrl_a_selects_every_node_and_escape_clears(view: MapView) -> None:
    key(view, K.Key_A, CTRL)
    assert len(view.selected_node_ids()) == len(view.doc.network.nodes)
    key(view, K.Key_Escape)
    assert view.selected_node_ids() == []


def test_zoom_keys(view: MapView) -> None:
    start = view.zoom_factor()
    key(view, K.Key_Plus, CTRL)
    assert view.zoom_factor() > start
    key(view, K.Key_0, CTRL)
    assert abs(view.zoom_factor() - start) < 1e-9


def test_new_map_view_on_an_empty_map(qtbot: QtBot, doc: MapDocument) -> None:
    doc.replace(
        doc.network.model_copy(update={"nodes": (), "links": (), "goals": (), "referrals": ()})
    )
    view = make_map_view(qtbot, doc)
    key(view, K.Key_Right)
    key(view, K.Key_Insert)
    type_text(view, "First")
    key(view, K.Key_Return)
    assert [n.label for n in doc.network.nodes] == ["First"]
