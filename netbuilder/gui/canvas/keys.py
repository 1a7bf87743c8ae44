"""The canvas's keyboard bindings, so the whole map can be drawn without a mouse.

| key                         | with the map focused                                       |
| --------------------------- | ---------------------------------------------------------- |
| Tab / Shift+Tab             | next / previous node (inner ring first, clockwise); after  |
|                             | the last node, Tab leaves the map                          |
| Left / Right                | previous / next node round the same ring                   |
| Up / Down                   | nearest node one ring in (closer) / out                    |
| Ctrl+Up / Ctrl+Down         | move the selected nodes one ring in (closer) / out         |
| Ctrl+Left / Ctrl+Right      | move them round the ring by 5 degrees (with Shift: 15)     |
| F2                          | rename the node (Enter keeps, Escape cancels)              |
| Delete / Backspace          | delete the selected nodes and links (undoable)             |
| Insert / Ctrl+Shift+N       | add a node of the current kind at a free spot, then name it|
| Ctrl+A                      | select every node                                          |
| Escape                      | cancel the link being drawn, else clear the selection      |
| Ctrl++ / Ctrl+- / Ctrl+0    | zoom in / out / fit the map to the window                  |
| Space + drag                | pan (as does dragging with the middle button)              |
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence

from . import geometry

if TYPE_CHECKING:
    from .view import MapView

K, M = Qt.Key, Qt.KeyboardModifier
TURN_STEP, BIG_TURN_STEP = 5.0, 15.0
Action = Callable[[], object]


def binding(view: MapView, event: QKeyEvent) -> Action | None:
    """What a key press does on the map (None: not a map key)."""
    mods = event.modifiers() & ~M.KeypadModifier
    key = event.key()
    action = _standard(view, event) or _plain(view, key, mods)
    if action is None and mods & M.ControlModifier:
        action = _with_ctrl(view, key, mods)
    return action


def _standard(view: MapView, event: QKeyEvent) -> Action | None:
    if event.matches(QKeySequence.StandardKey.ZoomIn) or (
        event.key() == K.Key_Equal and event.modifiers() & M.ControlModifier
    ):
        return view.zoom_in
    if event.matches(QKeySequence.StandardKey.ZoomOut):
        return view.zoom_out
    if event.matches(QKeySequence.StandardKey.SelectAll):
        return view.select_all
    return None


def _plain(view: MapView, key: int, mods: Qt.KeyboardModifier) -> Action | None:
    if mods not in (M.NoModifier, M.ShiftModifier):
        return None
    editing = not view.doc.read_only
    table: dict[int, Action] = {
        K.Key_Escape: view.escape,
        K.Key_Left: lambda: focus_around(view, clockwise=False),
        K.Key_Right: lambda: focus_around(view, clockwise=True),
        K.Key_Up: lambda: focus_across(view, -1),
        K.Key_Down: lambda: focus_across(view, +1),
    }
    if editing:
        table |= {
            K.Key_F2: view.rename_selected,
            K.Key_Delete: view.delete_selected,
            K.Key_Backspace: view.delete_selected,
            K.Key_Insert: view.add_node,
        }
    return table.get(key)


def _with_ctrl(view: MapView, key: int, mods: Qt.KeyboardModifier) -> Action | None:
    if key == K.Key_0:
        return view.fit
    if view.doc.read_only:
        return None
    step = BIG_TURN_STEP if mods & M.ShiftModifier else TURN_STEP
    table: dict[int, Action] = {
        K.Key_Up: lambda: view.move_selected_ring(-1),
        K.Key_Down: lambda: view.move_selected_ring(+1),
        K.Key_Left: lambda: view.turn_selected(-step),
        K.Key_Right: lambda: view.turn_selected(step),
    }
    if mods & M.ShiftModifier:
        table[K.Key_N] = view.add_node
    return table.get(key)


# moving the keyboard focus between nodes -------------------------------------------


def tab_step(view: MapView, forward: bool) -> bool:
    """Tab: focus the next node in tab order; False after the last (leave the map)."""
    order = [n.id for n in geometry.tab_order(view.doc.network.nodes)]
    current = view.current_node_id()
    if current is None or view.map_scene.focusItem() is None:
        i = 0 if forward else len(order) - 1
    else:
        i = order.index(current) + (1 if forward else -1)
    if not 0 <= i < len(order):
        return False
    view.focus_node(order[i])
    return True


def focus_around(view: MapView, clockwise: bool) -> None:
    """Left/Right: the neighbour round the same ring."""
    current = view.current_node_id()
    if current is None:
        tab_step(view, True)
        return
    network = view.doc.network
    view.focus_node(geometry.next_on_ring(network.nodes, network.node(current), clockwise).id)


def focus_across(view: MapView, step: int) -> None:
    """Up/Down: the nearest node one ring in (closer) or out."""
    current = view.current_node_id()
    if current is None:
        tab_step(view, True)
        return
    network = view.doc.network
    target = geometry.nearest_across(network.nodes, network.node(current), step)
    if target is not None:
        view.focus_node(target.id)
