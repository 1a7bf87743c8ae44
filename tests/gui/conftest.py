"""Fixtures for the GUI tests: a quick store with the demo client for the application-shell
tests, and for the canvas tests a shown MapView on the demo map and the gestures on it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from netbuilder.gui.canvas import geometry
from netbuilder.gui.canvas.view import MapView
from netbuilder.gui.document import MapDocument
from netbuilder.gui.presets import PRESET_MIME, Preset
from netbuilder.model import Client, ClientRecord, NetworkMap
from netbuilder.model.demo import build_demo
from netbuilder.store.db import Store

from .shell import add_client, quick_store

LEFT = Qt.MouseButton.LeftButton
NO_MODS = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with quick_store(tmp_path / "data") as opened:
        yield opened


@pytest.fixture
def demo(store: Store) -> Client:
    return add_client(store, "", record=build_demo())


@pytest.fixture
def doc(demo_record: ClientRecord) -> MapDocument:
    return MapDocument(demo_record.current_map)


@pytest.fixture
def view(qtbot: QtBot, doc: MapDocument) -> Iterator[MapView]:
    yield make_map_view(qtbot, doc)


def make_map_view(qtbot: QtBot, doc: MapDocument) -> MapView:
    view = MapView(doc)
    qtbot.addWidget(view)
    view.resize(1000, 800)
    view.show()
    qtbot.waitExposed(view)
    with qtbot.waitActive(view):
        view.activateWindow()
    view.setFocus()
    assert QApplication.focusWidget() is view
    return view


def at_scene(view: MapView, x: float, y: float) -> QPoint:
    """The viewport point that shows a scene point."""
    return view.mapFromScene(QPointF(x, y))


def at_place(view: MapView, ring: int, angle: float) -> QPoint:
    return at_scene(view, *geometry.node_xy(ring, angle))


def at_node(view: MapView, node_id: str) -> QPoint:
    node = view.doc.network.node(node_id)
    return at_place(view, node.ring, node.angle)


def drag(
    view: MapView, start: QPoint, end: QPoint, mods: Qt.KeyboardModifier = NO_MODS, steps: int = 6
) -> None:
    """Press, move in steps and release the left button, as a hand would."""
    vp = view.viewport()
    QTest.mousePress(vp, LEFT, mods, start)
    for i in range(1, steps + 1):
        QTest.mouseMove(vp, start + (end - start) * i / steps)
    QTest.mouseRelease(vp, LEFT, mods, end)


def click(view: MapView, pos: QPoint, mods: Qt.KeyboardModifier = NO_MODS) -> None:
    QTest.mouseClick(view.viewport(), LEFT, mods, pos)


def drop_preset(view: MapView, preset: Preset, pos: QPoint) -> bool:
    """Drag a palette preset over the map and drop it at ``pos``; True if accepted."""
    mime = QMimeData()
    mime.setData(PRESET_MIME, QByteArray(preset.to_bytes()))
    action = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(pos, action, mime, LEFT, NO_MODS)
    QApplication.sendEvent(view.viewport(), enter)
    if not enter.isAccepted():
        return False
    QApplication.sendEvent(view.viewport(), QDragMoveEvent(pos, action, mime, LEFT, NO_MODS))
    drop = QDropEvent(QPointF(pos), action, mime, LEFT, NO_MODS)
    QApplication.sendEvent(view.viewport(), drop)
    return drop.isAccepted()


def labels(network: NetworkMap) -> dict[str, str]:
    return {n.label: n.id for n in network.nodes}
