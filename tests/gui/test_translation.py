"""Every user-visible string of the main window goes through Qt's translation: with a
translator that marks what it translates, nothing the person sees is left unmarked."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QDockWidget, QLabel, QToolButton
from pytestqt.qtbot import QtBot

from netbuilder.gui.canvas.items import NodeItem
from netbuilder.gui.window import MainWindow
from netbuilder.model import Client
from netbuilder.store.db import Store

from .shell import OFFSCREEN_SIZE_HINTS, open_window

pytestmark = OFFSCREEN_SIZE_HINTS

MARK = "\u00ab"


class Marking(QTranslator):
    """Marks every string it is asked for, in every context: what shows unmarked never
    went through Qt's translation."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        return f"{MARK}{source}\u00bb"


@pytest.fixture
def marking() -> Iterator[Marking]:
    translator = Marking()
    QCoreApplication.installTranslator(translator)
    try:
        yield translator
    finally:
        QCoreApplication.removeTranslator(translator)


@pytest.fixture
def window(qtbot: QtBot, marking: Marking, store: Store, demo: Client) -> MainWindow:
    window = open_window(qtbot, store)
    window.open_client(demo.id)
    return window


def _unmarked(texts: list[str]) -> list[str]:
    return [t for t in texts if t and not t.startswith(MARK)]


def test_menus_toolbar_and_docks_are_translated(window: MainWindow) -> None:
    menus = [a for a in window.menuBar().actions() if a.menu() is not None]
    assert len(menus) >= 4
    titles = [a.text() for a in menus]
    items = [a.text() for m in menus for a in m.menu().actions() if not a.isSeparator()]
    own_docks = [d for d in window.findChildren(QDockWidget) if d.windowTitle()]
    docks = [d.windowTitle() for d in own_docks]
    buttons = [b.text() for b in window.toolbar.findChildren(QToolButton)
               if b.defaultAction() is not None and b.isVisibleTo(window.toolbar)]
    assert len(items) > 15 and len(docks) >= 4 and len(buttons) > 5
    assert _unmarked(titles) == []
    assert _unmarked(items) == []
    assert _unmarked(docks) == []
    assert _unmarked(buttons) == []
    assert _unmarked([window.windowTitle(), window.toolbar.windowTitle()]) == []


def test_status_bar_and_version_picker_are_translated(window: MainWindow) -> None:
    status = window.status
    assert _unmarked([status.counts.text(), status.saved.text(),
                      status.counts.accessibleName()]) == []
    picker = window.version_picker
    assert _unmarked([picker.itemText(i) for i in range(picker.count())]) == []
    assert _unmarked([picker.toolTip(), picker.accessibleName()]) == []


def test_properties_panel_labels_are_translated(window: MainWindow, qtbot: QtBot) -> None:
    panel = window.properties
    labels = [lab.text() for lab in panel.findChildren(QLabel)
              if lab.isVisibleTo(panel) and lab.text()]
    window.canvas.map_scene.select_ids(["mum"] if _has(window, "mum") else [_first(window)])
    qtbot.wait(10)
    labels += [lab.text() for lab in panel.findChildren(QLabel)
               if lab.isVisibleTo(panel) and lab.text()]
    assert len(labels) > 5
    assert _unmarked(labels) == []


def test_legend_and_palette_are_translated(window: MainWindow) -> None:
    legend = window.canvas.map_scene.legend
    texts = [text for text, _what in legend._rows]
    assert len(texts) > 10 and _unmarked(texts) == []
    palette = window.palette
    groups = [palette.topLevelItem(i) for i in range(palette.topLevelItemCount())]
    entries = [g.child(j).text(0) for g in groups for j in range(g.childCount())]
    assert _unmarked([g.text(0) for g in groups]) == []
    assert len(entries) > 20 and _unmarked(entries) == []
    tips = [item.toolTip() for item in window.canvas.map_scene.items()
            if isinstance(item, NodeItem)]
    assert tips and all(MARK in tip for tip in tips)


def _has(window: MainWindow, node_id: str) -> bool:
    return any(n.id == node_id for n in window.doc.network.nodes)


def _first(window: MainWindow) -> str:
    return window.doc.network.nodes[0].id
