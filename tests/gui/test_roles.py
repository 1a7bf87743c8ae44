"""Practitioner roles: picked in Properties from a list that shows what each role means,
and summed up for the client in the Goals dock's "who does what"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QDockWidget
from pytestqt.qtbot import QtBot

from netbuilder.gui.roles import meaning_label
from netbuilder.gui.window import MainWindow
from netbuilder.model import ROLE_MEANINGS, Client, Role
from netbuilder.store.db import Store

from .shell import OFFSCREEN_SIZE_HINTS, open_window, reopen
from .test_goals import click_goal, click_node, scroll_to

pytestmark = OFFSCREEN_SIZE_HINTS
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def client(demo: Client) -> Client:
    return demo


@pytest.fixture
def window(qtbot: QtBot, store: Store, client: Client) -> MainWindow:
    window = open_window(qtbot, store)
    window.open_client(client.id)
    return window


def show_properties(qtbot: QtBot, window: MainWindow) -> None:
    dock = window.findChild(QDockWidget, "propertiesDock")
    assert dock is not None
    dock.raise_()
    qtbot.waitUntil(window.properties.isVisible)


def tick(qtbot: QtBot, box: QCheckBox) -> None:
    """Click the box itself (a check box takes clicks on its box and text only)."""
    scroll_to(qtbot, box)
    qtbot.mouseClick(box, LEFT, pos=QPoint(8, box.height() // 2))


def test_each_role_shows_its_meaning_in_words(qtbot: QtBot, window: MainWindow) -> None:
    show_properties(qtbot, window)
    click_node(qtbot, window, "gp")
    roles = window.properties.node_fields.roles
    for role, box in roles.items():
        meaning = meaning_label(box)
        assert meaning is not None and meaning.isVisible(), role
        assert meaning.text() == ROLE_MEANINGS[role]  # visible text, not only a tooltip
        assert box.toolTip() == ROLE_MEANINGS[role] and box.accessibleDescription()
        # the meaning sits right under its box
        assert 0 <= meaning.y() - (box.y() + box.height()) < 12


def test_roles_picked_in_properties_reach_the_map_the_summary_and_the_store(
        qtbot: QtBot, window: MainWindow, store: Store, client: Client) -> None:
    show_properties(qtbot, window)
    click_node(qtbot, window, "gp")
    roles = window.properties.node_fields.roles
    assert [r for r, b in roles.items() if b.isChecked()] == [Role.BRIDGE_BUILDER]

    tick(qtbot, roles[Role.NAVIGATOR])
    assert window.doc.network.node("gp").roles == (Role.BRIDGE_BUILDER, Role.NAVIGATOR)
    assert window.doc.undo_stack.undoText() == "Change roles"

    # clicking a role's meaning ticks it too, as clicking its name would
    meaning = meaning_label(roles[Role.MOTIVATOR])
    assert meaning is not None
    scroll_to(qtbot, meaning)
    qtbot.mouseClick(meaning, LEFT, pos=QPoint(30, meaning.height() // 2))
    assert roles[Role.MOTIVATOR].isChecked()
    assert window.doc.network.node("gp").roles == (
        Role.BRIDGE_BUILDER, Role.MOTIVATOR, Role.NAVIGATOR)

    who = window.goals_dock.panel.who.text()
    assert ("Dr Shah (GP): bridge builder, motivator, navigator \u2014 helps with: "
            "Try gym on prescription (bridge builder)") in who

    qtbot.waitUntil(lambda: not window.autosaver.pending, timeout=3000)
    with reopen(store) as fresh:
        assert fresh.current_map(client.id).node("gp").roles == (
            Role.BRIDGE_BUILDER, Role.MOTIVATOR, Role.NAVIGATOR)

    window.commands.undo.trigger()
    window.commands.undo.trigger()
    assert window.doc.network.node("gp").roles == (Role.BRIDGE_BUILDER,)
    assert not roles[Role.NAVIGATOR].isChecked()
    assert "Dr Shah (GP): bridge builder \u2014" in window.goals_dock.panel.who.text()


def test_who_does_what_follows_goals_and_supporters(qtbot: QtBot, window: MainWindow) -> None:
    window.goals_dock.raise_()
    panel = window.goals_dock.panel
    qtbot.waitUntil(panel.isVisible)
    lines = panel.who.text().splitlines()
    assert lines == [
        "\u2022 Alex (CPN): network member, bridge builder \u2014 helps with: "
        "Try gym on prescription (co-pilot); "
        "Get to know a few people at church, maybe the coffee morning (motivator)",
        "\u2022 Dr Shah (GP): bridge builder \u2014 helps with: Try gym on prescription "
        "(bridge builder)",
    ]
    click_goal(qtbot, panel, "g-church")
    remove = panel.editor.supporters.rows[0][2]
    scroll_to(qtbot, remove)
    qtbot.mouseClick(remove, LEFT)
    assert "maybe the coffee morning" not in panel.who.text()
    window.commands.undo.trigger()
    assert panel.who.text().splitlines() == lines
