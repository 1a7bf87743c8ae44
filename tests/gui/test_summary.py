"""The Summary dock: live figures with a line a client understands, beside the study's."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QPointF, Qt
from PySide6.QtWidgets import QMainWindow, QTabBar
from pytestqt.qtbot import QtBot

from netbuilder.gui.canvas.geometry import node_xy
from netbuilder.gui.document import MapDocument
from netbuilder.gui.summary_panel import SummaryPanel, hide_stray_tab_bars, summary_lines
from netbuilder.gui.window import MainWindow
from netbuilder.model import Client, NetworkMap, Node, NodeKind, ops
from netbuilder.model.demo import build_demo
from netbuilder.store.db import Store

from .shell import OFFSCREEN_SIZE_HINTS, open_window

pytestmark = OFFSCREEN_SIZE_HINTS
LEFT = Qt.MouseButton.LeftButton


def opened(qtbot: QtBot, store: Store, demo: Client) -> tuple[MainWindow, SummaryPanel]:
    window = open_window(qtbot, store)
    window.open_client(demo.id)
    window.summary_dock.show()
    window.summary_dock.raise_()
    panel = window.summary_dock.panel
    qtbot.waitUntil(lambda: panel.shown_keys() != [], timeout=2000)
    return window, panel


def click_node(qtbot: QtBot, window: MainWindow, node_id: str) -> None:
    node = window.doc.network.node(node_id)
    view = window.canvas
    pos = view.mapFromScene(QPointF(*node_xy(node.ring, node.angle)))
    qtbot.mouseClick(view.viewport(), LEFT, pos=pos)
    assert window.canvas.selected_node_ids() == [node_id]


def test_no_figures_until_a_client_is_open(qtbot: QtBot, store: Store, demo: Client) -> None:
    window = open_window(qtbot, store)
    window.summary_dock.raise_()
    panel = window.summary_dock.panel
    assert panel.shown_keys() == [] and panel.placeholder.isVisibleTo(panel)
    window.open_client(demo.id)
    qtbot.waitUntil(lambda: panel.figure("size") == "5 people", timeout=2000)
    window.close_client()
    qtbot.waitUntil(lambda: panel.shown_keys() == [], timeout=2000)


def test_the_worked_example_reads_as_the_study_describes_it(qtbot: QtBot, store: Store,
                                                           demo: Client) -> None:
    _, panel = opened(qtbot, store, demo)
    assert panel.shown_keys() == ["size", "practitioners", "hard", "home", "balance", "goals"]
    assert panel.figure("size") == "5 people"
    assert panel.line("size") == ("There are 5 people in your network. In the study, people had "
                                  "19.9 on average: a comparison, not a target.")
    assert panel.figure("practitioners") == "1 of 2 in the closest ring"
    assert panel.line("practitioners").startswith("Alex (CPN) is in your closest ring.")
    assert "23%" in panel.line("practitioners")
    assert panel.figure("hard") == "1 negative \u00b7 1 mixed"
    assert panel.line("hard") == ("Mum can make things harder for you. "
                                  "Home can be both good and hard.")
    assert panel.figure("home") == "75% of the week"
    assert panel.line("home") == "You spend about three quarters of your week at home."
    assert panel.figure("balance") == "5 people \u00b7 5 places \u00b7 2 activities"
    assert panel.line("balance") == "Your connections are a mix of people, places and activities."
    assert panel.figure("goals") == "2 open goals"
    assert not any("type" in panel.line(k).lower() for k in panel.shown_keys())  # no network type


def test_moving_the_gp_into_the_closest_ring_changes_the_line(qtbot: QtBot, store: Store,
                                                             demo: Client) -> None:
    window, panel = opened(qtbot, store, demo)
    click_node(qtbot, window, "gp")  # Dr Shah, ring 3
    window.canvas.setFocus()
    qtbot.keyClick(window.canvas.viewport(), Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.canvas.viewport(), Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert window.doc.network.node("gp").ring == 1
    qtbot.waitUntil(lambda: panel.figure("practitioners") == "2 of 2 in the closest ring",
                    timeout=2000)
    both = QLocale().createSeparatedList(["Alex (CPN)", "Dr Shah (GP)"])  # "A and B" in en
    assert panel.line("practitioners").startswith(f"{both} are in your closest ring.")
    window.commands.undo.trigger()
    window.commands.undo.trigger()
    qtbot.waitUntil(lambda: panel.figure("practitioners") == "1 of 2 in the closest ring",
                    timeout=2000)


def test_setting_an_effect_negative_adds_it_to_the_hard_connections(
        qtbot: QtBot, store: Store, demo: Client) -> None:
    window, panel = opened(qtbot, store, demo)
    click_node(qtbot, window, "jo")  # positive
    combo = window.properties.node_fields.effect
    combo.setFocus()
    assert combo.currentData() == "positive"
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # neutral
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # negative
    assert window.doc.network.node("jo").effect.value == "negative"
    qtbot.waitUntil(lambda: panel.figure("hard") == "2 negative \u00b7 1 mixed", timeout=2000)
    both = QLocale().createSeparatedList(["Mum", "Jo (friend)"])
    assert panel.line("hard").startswith(f"{both} can make things harder for you.")


def test_a_hidden_panel_catches_up_when_shown(qtbot: QtBot, store: Store, demo: Client) -> None:
    window, panel = opened(qtbot, store, demo)
    window.summary_dock.hide()
    window.doc.apply("add", lambda m: ops.add_node(m, Node(
        id="n-choir", kind=NodeKind.ACTIVITY, label="Choir", ring=2, angle=100.0)))
    assert panel.figure("balance").endswith("2 activities")  # not worked out while hidden
    window.summary_dock.show()
    qtbot.waitUntil(lambda: panel.figure("balance").endswith("3 activities"), timeout=2000)


def test_lines_for_an_empty_and_a_lopsided_map() -> None:
    from netbuilder.analysis.summary import summarise

    empty = build_demo().current_map.model_copy(update={"nodes": (), "links": (), "goals": (),
                                                        "referrals": ()})
    lines = {x.key: x for x in summary_lines(summarise(empty), empty, empty.date)}
    assert list(lines) == ["size", "practitioners", "hard", "home", "balance"]
    assert lines["size"].line.startswith("No people on the map yet.")
    assert lines["practitioners"].figure == "None on the map"
    assert lines["hard"].figure == "None"
    assert lines["home"].figure == "Not recorded"
    assert lines["balance"].line == "Nothing on the map yet."

    people = NetworkMap(client_id=empty.client_id, date=empty.date, nodes=tuple(
        Node(id=f"p{i}", kind=NodeKind.PERSON, label=f"Person {i}") for i in range(3)))
    lines = {x.key: x for x in summary_lines(summarise(people), people, people.date)}
    assert lines["balance"].line == "So far there are only people on the map."
    assert lines["size"].figure == "3 people"


def test_the_panel_never_shows_markup_from_a_label(qtbot: QtBot) -> None:
    network = build_demo().current_map
    network = ops.rebuild(network, nodes=tuple(
        n.model_copy(update={"label": "<b>Mum</b>"}) if n.id == "mum" else n
        for n in network.nodes))
    panel = SummaryPanel(MapDocument(network), lambda: True)
    qtbot.addWidget(panel)
    panel.show()
    panel.refresh()
    assert panel.line("hard").startswith("<b>Mum</b> can make")
    label = panel.findChild(type(panel.placeholder), "summary_hard_line")
    assert label is not None and label.textFormat() == Qt.TextFormat.PlainText


def test_no_stray_tab_bar_over_the_centre_of_the_window(qtbot: QtBot, store: Store) -> None:
    window = open_window(qtbot, store)
    qtbot.wait(20)
    centre = window.centralWidget().geometry()
    bars = [b for b in window.findChildren(QTabBar) if b.isVisible()
            and b.parentWidget() is window]
    assert bars and not any(b.geometry().intersects(centre) for b in bars)
    assert hide_stray_tab_bars(window) == []  # already tidied when shown


def test_stray_tab_bars_are_found(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QDockWidget, QLabel

    window = QMainWindow()
    qtbot.addWidget(window)
    window.setCentralWidget(QLabel("centre"))
    docks = []
    for name, area in (("a", Qt.DockWidgetArea.LeftDockWidgetArea),
                       ("b", Qt.DockWidgetArea.LeftDockWidgetArea),
                       ("n", Qt.DockWidgetArea.RightDockWidgetArea),
                       ("s", Qt.DockWidgetArea.RightDockWidgetArea)):
        dock = QDockWidget(name, window)
        dock.setWidget(QLabel(name))
        window.addDockWidget(area, dock)
        docks.append(dock)
    window.tabifyDockWidget(docks[0], docks[1])
    window.tabifyDockWidget(docks[2], docks[3])  # a second group before show: Qt strays
    window.resize(800, 600)
    window.show()
    qtbot.waitExposed(window)
    stray = hide_stray_tab_bars(window)
    visible = [b for b in window.findChildren(QTabBar) if b.isVisible()]
    assert len(visible) == 2 and all(b.count() == 2 for b in visible)
    assert all(not b.isVisible() for b in stray)
