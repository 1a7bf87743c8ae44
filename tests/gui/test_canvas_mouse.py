"""Drawing the map with the mouse: drops from the palette, drags, links, selection."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from netbuilder.gui.canvas import geometry
from netbuilder.gui.canvas.view import MapView
from netbuilder.gui.presets import PRESETS, Preset
from netbuilder.model import LinkKind, NodeKind

from .conftest import at_node, at_place, at_scene, click, drag, drop_preset, labels

SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def preset(label: str) -> Preset:
    return next(p for p in PRESETS if p.label == label)


@pytest.mark.parametrize("ring", [1, 2, 3])
def test_drop_from_the_palette_lands_in_the_ring_under_the_cursor(view: MapView, ring: int) -> None:
    before = len(view.doc.network.nodes)
    assert drop_preset(view, preset("Library"), at_place(view, ring, 100.0))
    network = view.doc.network
    assert len(network.nodes) == before + 1
    node = network.nodes[-1]
    assert (node.kind, node.label, node.category, node.ring) == (
        NodeKind.PLACE,
        "Library",
        "community",
        ring,
    )
    assert geometry.angular_distance(node.angle, 100.0) < 1.0
    editor = view.map_scene.editor
    assert editor is not None and editor.node_id == node.id, "label editing starts at once"
    QTest.keyClicks(view.viewport(), "Central library")
    QTest.keyClick(view.viewport(), Qt.Key.Key_Return)
    assert view.doc.network.node(node.id).label == "Central library"
    assert view.doc.undo_stack.count() == 1, "adding and naming a node is one undo step"


def test_a_practitioner_preset_keeps_its_profession(view: MapView) -> None:
    assert drop_preset(view, preset("CPN"), at_place(view, 1, 200))
    QTest.keyClick(view.viewport(), Qt.Key.Key_Escape)
    node = view.doc.network.nodes[-1]
    assert node.is_practitioner and node.profession is not None and node.label == "CPN"


def test_a_drop_beyond_the_outer_ring_lands_in_the_outer_ring(view: MapView) -> None:
    outer = geometry.outer_radius(3)
    assert drop_preset(view, preset("Gym"), at_scene(view, outer + 25, 0))
    node = view.doc.network.nodes[-1]
    assert node.ring == 3
    assert geometry.angular_distance(node.angle, 90) < 1


def test_read_only_map_refuses_drops(view: MapView) -> None:
    view.doc.set_read_only(True)
    before = view.doc.network
    assert not drop_preset(view, preset("Gym"), at_place(view, 2, 10))
    assert view.doc.network == before


def test_drag_a_node_from_ring_3_to_ring_1(view: MapView) -> None:
    start = view.doc.network.node("pat")
    assert start.ring == 3
    drag(view, at_node(view, "pat"), at_place(view, 1, start.angle))
    moved = view.doc.network.node("pat")
    assert moved.ring == 1
    assert geometry.angular_distance(moved.angle, start.angle) < 1
    item = view.map_scene.node_item("pat")
    assert item is not None and item.pos() == item.model_pos()
    assert view.doc.undo_stack.count() == 1
    assert view.doc.undo_stack.text(0) == "Move Pat next door"


def test_a_node_dragged_off_the_map_snaps_onto_the_outer_ring(view: MapView) -> None:
    drag(view, at_node(view, "jo"), at_scene(view, geometry.outer_radius(3) + 60, 0))
    assert view.doc.network.node("jo").ring == 3
    item = view.map_scene.node_item("jo")
    assert item is not None
    radius, _ = geometry.to_polar(item.x(), item.y())
    assert radius == pytest.approx(geometry.ring_radius(3))


def test_links_follow_a_node_while_it_is_dragged(view: MapView) -> None:
    link = view.map_scene.link_item("l-mum-home")
    assert link is not None
    before = link.boundingRect()
    vp = view.viewport()
    start = at_node(view, "mum")
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(vp, start + QPoint(40, 60))
    QTest.mouseMove(vp, start + QPoint(80, 120))
    assert link.boundingRect() != before
    QTest.mouseRelease(
        vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start + QPoint(80, 120)
    )


def test_click_without_moving_changes_nothing(view: MapView) -> None:
    click(view, at_node(view, "mum"))
    assert view.doc.undo_stack.count() == 0
    assert view.selected_node_ids() == ["mum"]


def test_shift_drag_draws_a_link(view: MapView) -> None:
    drag(view, at_node(view, "jo"), at_node(view, "gardening"), SHIFT)
    new = [lk for lk in view.doc.network.links if (lk.source, lk.target) == ("jo", "gardening")]
    assert len(new) == 1 and new[0].kind is LinkKind.KNOWS
    assert view.doc.network.node("jo").ring == 1, "drawing a link does not move the node"


def test_the_link_kind_can_be_chosen(view: MapView) -> None:
    view.set_link_kind(LinkKind.CONFLICT)
    drag(view, at_node(view, "mum"), at_node(view, "jo"), SHIFT)
    assert any(
        (lk.source, lk.target, lk.kind) == ("mum", "jo", LinkKind.CONFLICT)
        for lk in view.doc.network.links
    )


def test_link_mode_draws_with_a_plain_drag(view: MapView) -> None:
    view.set_link_mode(True)
    drag(view, at_node(view, "pat"), at_node(view, "gp"))
    assert any((lk.source, lk.target) == ("pat", "gp") for lk in view.doc.network.links)
    assert view.doc.network.node("pat").ring == 3


def test_escape_cancels_a_link_in_progress(view: MapView) -> None:
    before = view.doc.network
    vp = view.viewport()
    start, end = at_node(view, "jo"), at_node(view, "gardening")
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, SHIFT, start)
    QTest.mouseMove(vp, (start + end) / 2)
    QTest.mouseMove(vp, end)
    assert view.map_scene.drawing_link
    QTest.keyClick(vp, Qt.Key.Key_Escape)
    assert not view.map_scene.drawing_link
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, SHIFT, end)
    assert view.doc.network == before
    assert view.doc.undo_stack.count() == 0


def test_a_link_dropped_on_empty_space_is_not_made(view: MapView) -> None:
    before = view.doc.network
    drag(view, at_node(view, "jo"), at_scene(view, 0, 0), SHIFT)
    assert view.doc.network == before


def test_several_selected_nodes_move_together_as_one_step(view: MapView) -> None:
    before = view.doc.network
    click(view, at_node(view, "mum"))
    click(view, at_node(view, "pat"), CTRL)
    assert sorted(view.selected_node_ids()) == ["mum", "pat"]
    start = at_node(view, "mum")
    drag(view, start, start + QPoint(-60, 0))
    after = view.doc.network
    assert after.node("mum").angle != before.node("mum").angle
    assert after.node("pat").angle != before.node("pat").angle
    assert view.doc.undo_stack.count() == 1
    view.doc.undo_stack.undo()
    assert view.doc.network == before


def test_rubber_band_selects_the_nodes_inside(view: MapView, qtbot: QtBot) -> None:
    outer = geometry.outer_radius(3)
    with qtbot.waitSignal(view.selection_changed_ids) as signal:
        drag(view, at_scene(view, -outer - 30, -outer - 30), at_scene(view, -5, -5))
    selected = set(view.selected_node_ids())
    assert {"gp", "cpn"} <= selected and "jo" not in selected and "home" not in selected
    assert set(signal.args[0]) <= selected
    assert view.doc.undo_stack.count() == 0


def test_double_click_on_empty_ring_space_adds_a_person(view: MapView) -> None:
    pos = at_place(view, 2, 300)
    QTest.mouseDClick(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos
    )
    node = view.doc.network.nodes[-1]
    assert (node.kind, node.ring) == (NodeKind.PERSON, 2)
    QTest.keyClicks(view.viewport(), "Auntie Val")
    QTest.keyClick(view.viewport(), Qt.Key.Key_Return)
    assert "Auntie Val" in labels(view.doc.network)


def test_double_click_on_a_node_renames_it(view: MapView) -> None:
    QTest.mouseDClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        at_node(view, "mum"),
    )
    QTest.keyClicks(view.viewport(), "Mother")
    QTest.keyClick(view.viewport(), Qt.Key.Key_Return)
    assert view.doc.network.node("mum").label == "Mother"


def test_read_only_map_refuses_moves(view: MapView) -> None:
    view.doc.set_read_only(True)
    before = view.doc.network
    drag(view, at_node(view, "pat"), at_place(view, 1, 20))
    drag(view, at_node(view, "jo"), at_node(view, "gardening"), SHIFT)
    assert view.doc.network == before
    item = view.map_scene.node_item("pat")
    assert item is not None and item.pos() == item.model_pos()


def test_wheel_zooms_and_fit_shows_the_whole_map(view: MapView) -> None:
    start = view.zoom_factor()
    view.zoom_in()
    assert view.zoom_factor() == pytest.approx(start * 1.25)
    view.zoom_out()
    view.zoom_out()
    assert view.zoom_factor() < start
    view.fit()
    assert view.zoom_factor() == pytest.approx(start)
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.contains(view.map_scene.map_rect().adjusted(1, 1, -1, -1))


def test_click_a_link_to_select_it_and_delete_it(view: MapView, qtbot: QtBot) -> None:
    middle = (at_node(view, "jo") + at_node(view, "church")) / 2
    item = view.map_scene.link_item("l-jo-church")
    assert item is not None and item.toolTip()
    assert item in view.items(middle), "a still link can be hit (the layer draws it)"
    with qtbot.waitSignal(view.link_selection_changed_ids) as signal:
        click(view, middle)
    assert signal.args == [["l-jo-church"]]
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert "l-jo-church" not in {lk.id for lk in view.doc.network.links}
    assert {n.id for n in view.doc.network.nodes} >= {"jo", "church"}


def test_space_and_drag_pans_without_moving_anything(view: MapView) -> None:
    view.zoom_in()
    before_map, before_view = view.doc.network, view.mapToScene(QPoint(0, 0))
    QTest.keyPress(view, Qt.Key.Key_Space)
    drag(view, at_node(view, "home"), at_node(view, "home") + QPoint(-80, -40))
    QTest.keyRelease(view, Qt.Key.Key_Space)
    assert view.doc.network == before_map
    after = view.mapToScene(QPoint(0, 0))
    assert after.x() > before_view.x() and after.y() > before_view.y()


def test_closing_the_map_keeps_a_label_being_typed(view: MapView) -> None:
    view.start_rename("jo")
    QTest.keyClicks(view, "Jo Bloggs")
    view.hide()
    assert view.doc.network.node("jo").label == "Jo Bloggs"
