"""The canvas: full repaint of a 200-node map, and dragging a node in a 500-node map.

Each figure is measured beside its floor in the same run: a bare QGraphicsView on a
scene of plain ellipses with text labels at the same places, the same size and zoom.
"""

from __future__ import annotations

import os
import random
import statistics
import time
import uuid
from collections.abc import Callable
from datetime import date
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsScene,
    QGraphicsView,
    QWidget,
)

from netbuilder.gui.canvas import geometry
from netbuilder.gui.canvas.view import MapView
from netbuilder.gui.document import MapDocument
from netbuilder.gui.presets import PRESETS
from netbuilder.model import Effect, Link, LinkKind, NetworkMap, Node, Role

VIEW_SIZE = (1280, 800)
REPAINTS, MOVES = 40, 60


def big_map(nodes: int, links: int, seed: int = 7) -> NetworkMap:
    """A realistic but crowded map: every kind, effect and role, labels of all lengths."""
    rnd = random.Random(seed)
    made = []
    for i in range(nodes):
        preset = rnd.choice(PRESETS)
        practitioner = preset.category == "practitioner"
        roles = tuple(rnd.sample(list(Role), rnd.randint(1, 3))) if practitioner else ()
        label = preset.label + rnd.choice(["", f" {i}", " from the Thursday group", " (old)"])
        made.append(
            Node(
                id=f"n{i}",
                kind=preset.kind,
                label=label,
                category=preset.category,
                profession=preset.profession,
                roles=roles,
                ring=rnd.randint(1, 3),
                angle=rnd.uniform(0, 359.9),
                effect=rnd.choice(list(Effect)),
            )
        )
    pairs: set[tuple[int, int]] = set()
    while len(pairs) < links:
        a, b = rnd.sample(range(nodes), 2)
        pairs.add((a, b))
    made_links = tuple(
        Link(id=f"l{k}", source=f"n{a}", target=f"n{b}", kind=rnd.choice(list(LinkKind)))
        for k, (a, b) in enumerate(sorted(pairs))
    )
    return NetworkMap(
        client_id=uuid.uuid4(), date=date(2025, 1, 1), nodes=tuple(made), links=made_links
    )


def _app() -> QApplication:
    app = QApplication.instance()
    return app if isinstance(app, QApplication) else QApplication([])


def _show(view: QGraphicsView) -> None:
    view.resize(*VIEW_SIZE)
    view.show()
    QTest.qWaitForWindowExposed(view)
    _app().processEvents()


def _floor_view(network: NetworkMap, fit_rect: Any) -> QGraphicsView:
    """The floor: plain ellipses and text labels at the nodes' places, no model."""
    scene = QGraphicsScene()
    pen, brush = QPen(QColor("#222222"), 1.5), QBrush(QColor("#E69F00"))
    r = geometry.NODE_RADIUS
    for node in network.nodes:
        x, y = geometry.node_xy(node.ring, node.angle)
        scene.addEllipse(x - r, y - r, 2 * r, 2 * r, pen, brush)
        text = scene.addSimpleText(node.label)
        text.setPos(x - text.boundingRect().width() / 2, y + r + 4)
    view = QGraphicsView(scene)
    scene.setParent(view)  # the view keeps its scene alive
    view.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    _show(view)
    view.fitInView(fit_rect, Qt.AspectRatioMode.KeepAspectRatio)
    return view


def _median_ms(action: Callable[[], None], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _row(name: str, median: float, floor: float, target: str) -> dict[str, Any]:
    return {
        "name": name,
        "median_ms": round(median, 3),
        "floor_ms": round(floor, 3),
        "ratio": round(median / floor, 2) if floor else None,
        "target": target,
    }


def bench_canvas_repaint() -> dict[str, Any]:
    """Full repaint of a 200-node map (150 links) in a 1280x800 view, fitted."""
    _app()
    view = MapView(MapDocument(big_map(200, 150)))
    _show(view)
    floor = _floor_view(view.doc.network, view.map_scene.map_rect())
    for _ in range(5):  # warm caches (glyphs, paths) on both
        view.viewport().repaint()
        floor.viewport().repaint()
    ours, bare = [], []
    for _ in range(3):  # interleaved, so both see the same machine state
        ours.append(_median_ms(view.viewport().repaint, REPAINTS))
        bare.append(_median_ms(floor.viewport().repaint, REPAINTS))
    view.close()
    floor.close()
    return _row(
        "canvas: full repaint, 200-node map",
        statistics.median(ours),
        statistics.median(bare),
        "<= 8 ms and <= 2x floor",
    )


def bench_canvas_zoom_step() -> dict[str, Any]:
    """One zoom step and repaint of the 200-node map: every cached item is redrawn."""
    _app()
    view = MapView(MapDocument(big_map(200, 150)))
    _show(view)
    floor = _floor_view(view.doc.network, view.map_scene.map_rect())
    factors = iter([1.25, 0.8] * (REPAINTS * 4))

    def step(v: QGraphicsView) -> Callable[[], None]:
        def run() -> None:
            f = next(factors)
            v.scale(f, f)
            v.viewport().repaint()

        return run

    ours = _median_ms(step(view), REPAINTS)
    bare = _median_ms(step(floor), REPAINTS)
    view.close()
    floor.close()
    return _row("canvas: zoom one step + repaint, 200-node map", ours, bare, "(no target)")


class _PaintCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def _drag_ms(view: QGraphicsView, start: QPoint, moves: int) -> tuple[float, int]:
    """Median time per mouse move while dragging from ``start`` (handling + repaint)."""
    vp: QWidget = view.viewport()
    counter = _PaintCounter()
    vp.installEventFilter(counter)
    app = _app()
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    app.processEvents()
    times = []
    for i in range(1, moves + 1):
        pos = start + QPoint(int(120 * _wave(i)), int(3 * i) % 90)
        t0 = time.perf_counter()
        QTest.mouseMove(vp, pos)
        app.processEvents()
        times.append((time.perf_counter() - t0) * 1000)
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    app.processEvents()
    vp.removeEventFilter(counter)
    return statistics.median(times), counter.paints


def _wave(i: int) -> float:
    return (i % 20) / 10 - 1


def bench_canvas_drag() -> dict[str, Any]:
    """Dragging one node in a 500-node map (400 links): per mouse move, handling and repaint."""
    _app()
    view = MapView(MapDocument(big_map(500, 400)))
    _show(view)
    node = max(view.doc.network.nodes, key=lambda n: len(view.map_scene.node_item(n.id).links))  # type: ignore[union-attr]
    start = view.mapFromScene(QPointF(*geometry.node_xy(node.ring, node.angle)))
    floor = _floor_view(view.doc.network, view.map_scene.map_rect())
    floor_start = floor.mapFromScene(QPointF(*geometry.node_xy(node.ring, node.angle)))
    for item in floor.scene().items(floor.mapToScene(floor_start)):
        item.setFlag(item.GraphicsItemFlag.ItemIsMovable)
    _drag_ms(view, start, 10)  # warm up
    ours, paints = _drag_ms(view, start, MOVES)
    bare, _ = _drag_ms(floor, floor_start, MOVES)
    assert paints >= MOVES // 2, "the drag must really repaint"
    view.close()
    floor.close()
    return _row("canvas: drag one node, 500-node map (per move)", ours, bare, "<= 16 ms")


if __name__ == "__main__":
    for bench in (bench_canvas_repaint, bench_canvas_drag, bench_canvas_zoom_step):
        print(bench())
