"""Every change is undoable, one step per action, and the scene follows the document."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from netbuilder.gui.canvas import geometry
from netbuilder.gui.canvas.items import NodeItem
from netbuilder.gui.canvas.view import MapView
from netbuilder.gui.document import MapDocument
from netbuilder.gui.presets import PRESETS
from netbuilder.model import LinkKind, NetworkMap, Node, NodeKind, ops

from .conftest import at_node, at_place, drag, drop_preset, make_map_view

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


def focused() -> QWidget:
    """Keys go where the keyboard focus is, as for a person at the keyboard."""
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(k: Qt.Key, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(), k, mods)


def _random_action(view: MapView, rnd: random.Random) -> None:
    ids = [n.id for n in view.doc.network.nodes]
    kind = rnd.choice(["drop", "drag", "link", "ring", "turn", "rename", "delete", "arrange"])
    if kind == "drop" or len(ids) < 3:
        drop_preset(
            view, rnd.choice(PRESETS), at_place(view, rnd.randint(1, 3), rnd.uniform(0, 359))
        )
        QTest.keyClicks(focused(), rnd.choice(["", "Sue", "Kim's"]))
        press(rnd.choice([K.Key_Return, K.Key_Escape]))
    elif kind == "drag":
        drag(
            view,
            at_node(view, rnd.choice(ids)),
            at_place(view, rnd.randint(1, 4), rnd.uniform(0, 359)),
        )
    elif kind == "link":
        view.set_link_kind(rnd.choice(list(LinkKind)))
        a, b = rnd.sample(ids, 2)
        drag(view, at_node(view, a), at_node(view, b), Qt.KeyboardModifier.ShiftModifier)
    elif kind in ("ring", "turn"):
        view.focus_node(rnd.choice(ids))
        keys = [K.Key_Up, K.Key_Down] if kind == "ring" else [K.Key_Left, K.Key_Right]
        press(rnd.choice(keys), CTRL)
    elif kind == "rename":
        view.focus_node(rnd.choice(ids))
        press(K.Key_F2)
        QTest.keyClicks(focused(), f"Name {rnd.randint(1, 99)}")
        press(K.Key_Return)
    elif kind == "delete":
        view.select_ids(rnd.sample(ids, rnd.randint(1, 2)))
        press(K.Key_Delete)
    else:
        view.auto_arrange()


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_undo_all_returns_to_the_start_and_redo_all_to_the_end(view: MapView, seed: int) -> None:
    rnd = random.Random(seed)
    start = view.doc.network
    for _ in range(30):
        _random_action(view, rnd)
        assert view.map_scene.editor is None
        _assert_scene_matches(view)
    end = view.doc.network
    stack = view.doc.undo_stack
    assert stack.count() >= 15
    while stack.canUndo():
        stack.undo()
    assert view.doc.network == start
    _assert_scene_matches(view)
    while stack.canRedo():
        stack.redo()
    assert view.doc.network == end
    _assert_scene_matches(view)


def _assert_scene_matches(view: MapView) -> None:
    network = view.doc.network
    scene = view.map_scene
    assert {i.node_id for i in scene.node_items()} == {n.id for n in network.nodes}
    for node in network.nodes:
        item = scene.node_item(node.id)
        assert item is not None and item.node == node and item.pos() == item.model_pos()
    for link in network.links:
        item_l = scene.link_item(link.id)
        assert item_l is not None and item_l.link == link
    shown_links = [it for it in scene.items() if it.__class__.__name__ == "LinkItem"]
    assert len(shown_links) == len(network.links)


def crowded(doc: MapDocument) -> None:
    def edit(m: NetworkMap) -> NetworkMap:
        for i in range(9):
            m = ops.add_node(
                m,
                Node(
                    id=f"c{i}",
                    kind=NodeKind.ACTIVITY,
                    label=f"Club {i}",
                    ring=1,
                    angle=80.0 + i * 0.5,
                ),
            )
        return m

    doc.apply("Add clubs", edit)
    doc.undo_stack.clear()


def test_auto_arrange_is_one_step_and_leaves_no_overlaps(view: MapView) -> None:
    crowded(view.doc)
    before = view.doc.network
    assert view.auto_arrange()
    assert view.doc.undo_stack.count() == 1
    after = view.doc.network
    for ring, nodes in geometry.nodes_by_ring(after.nodes).items():
        assert all(n.ring == before.node(n.id).ring for n in nodes)
        points = [view.map_scene.node_item(n.id).pos() for n in nodes]  # type: ignore[union-attr]
        for i, p in enumerate(points):
            for q in points[i + 1 :]:
                assert (p - q).manhattanLength() >= geometry.NODE_DIAMETER, (
                    f"overlap on ring {ring}"
                )
    assert not view.auto_arrange(), "a tidy map is left alone"
    view.doc.undo_stack.undo()
    assert view.doc.network == before


def test_the_scene_updates_only_the_items_that_changed(
    view: MapView, monkeypatch: pytest.MonkeyPatch
) -> None:
    items = {i.node_id: i for i in view.map_scene.node_items()}
    updated: list[str] = []
    original = NodeItem.set_node

    def spy(self: NodeItem, node: Node, ring_label: str) -> None:
        updated.append(node.id)
        original(self, node, ring_label)

    monkeypatch.setattr(NodeItem, "set_node", spy)
    view.doc.apply("Rename", lambda m: ops.update_node(m, "mum", label="Mam"))
    assert updated == ["mum"]
    assert {i.node_id: i for i in view.map_scene.node_items()} == items
    item = view.map_scene.node_item("mum")
    assert item is not None and item.node.label == "Mam"


def test_changing_the_rings_redraws_them(view: MapView) -> None:
    labels = ("Closest", "Close", "Further", "Far")
    view.doc.apply("Rings", lambda m: ops.set_ring_labels(m, labels))
    assert view.map_scene.rings_item.ring_labels == labels
    assert drop_preset(view, PRESETS[0], at_place(view, 4, 45))
    assert view.doc.network.nodes[-1].ring == 4


def test_showing_another_map_replaces_every_item(qtbot: QtBot, doc: MapDocument) -> None:
    view = make_map_view(qtbot, doc)
    other = ops.remove_node(doc.network, "mum")
    other = ops.start_review(other, "review", other.date)
    doc.replace(other, read_only=True)
    assert {i.node_id for i in view.map_scene.node_items()} == {n.id for n in other.nodes}
    item = view.map_scene.node_item("jo")
    assert item is not None
    assert not item.flags() & item.GraphicsItemFlag.ItemIsMovable


def test_selection_follows_both_ways(view: MapView, qtbot: QtBot) -> None:
    with qtbot.waitSignal(view.selection_changed_ids) as signal:
        QTest.mouseClick(
            view.viewport(),
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
            at_node(view, "church"),
        )
    assert signal.args == [["church"]]
    with qtbot.waitSignal(view.selection_changed_ids) as signal:
        view.select_ids(["gym", "cafe"])
    assert signal.args == [["gym", "cafe"]]
    assert view.current_node_id() == "gym"
    with qtbot.assertNotEmitted(view.selection_changed_ids):
        view.select_ids(["cafe", "gym"])


def test_a_long_label_is_elided_with_the_full_text_in_the_tooltip(view: MapView) -> None:
    long = "Wednesday afternoon knit and natter group at the community centre"
    view.doc.apply("Rename", lambda m: ops.update_node(m, "gardening", label=long))
    item = view.map_scene.node_item("gardening")
    assert item is not None
    assert item._label.text().endswith("\u2026") and len(item._label.text()) < len(long)
    assert long in item.toolTip()


def test_pan_with_the_middle_button_moves_the_view(view: MapView) -> None:
    view.zoom_in()
    view.zoom_in()
    before = view.mapToScene(QPoint(0, 0))
    vp = view.viewport()
    middle = Qt.MouseButton.MiddleButton
    QTest.mousePress(vp, middle, Qt.KeyboardModifier.NoModifier, QPoint(400, 400))
    QTest.mouseMove(vp, QPoint(300, 350))
    QTest.mouseRelease(vp, middle, Qt.KeyboardModifier.NoModifier, QPoint(300, 350))
    after = view.mapToScene(QPoint(0, 0))
    assert after.x() > before.x() and after.y() > before.y()
    assert view.doc.undo_stack.count() == 0
