"""The Goals dock as a practitioner uses it with the client: add goals in the client's
words, link them to nodes selected on the map, name who supports them and how, tick next
steps, reorder, review dates and overdue flags; every change one undo step, saved."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QApplication, QListWidget, QMessageBox, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from netbuilder.gui.document import MapDocument
from netbuilder.gui.goals_panel import GOAL_ID_ROLE, GoalsPanel, is_overdue
from netbuilder.gui.window import MainWindow
from netbuilder.model import Client, Goal, GoalStatus, GoalTheme, NetworkMap, Role, ops
from netbuilder.model.demo import build_demo
from netbuilder.store.db import Store

from .shell import (
    OFFSCREEN_SIZE_HINTS,
    click_message_button,
    open_window,
    reopen,
    when_modal,
)

pytestmark = OFFSCREEN_SIZE_HINTS
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def client(demo: Client) -> Client:
    return demo


@pytest.fixture
def window(qtbot: QtBot, store: Store, client: Client) -> MainWindow:
    window = open_window(qtbot, store)
    window.open_client(client.id)
    window.goals_dock.show()
    window.goals_dock.raise_()
    qtbot.waitUntil(lambda: panel_of(window).isVisible())
    return window


def panel_of(window: MainWindow) -> GoalsPanel:
    return window.goals_dock.panel


def saved(store: Store, client: Client) -> NetworkMap:
    with reopen(store) as fresh:
        return fresh.current_map(client.id)


def wait_saved(qtbot: QtBot, window: MainWindow, store: Store, client: Client) -> NetworkMap:
    """The map as it reached the disk, once autosave has written what is on screen."""
    qtbot.waitUntil(lambda: not window.autosaver.pending, timeout=3000)
    on_disk = saved(store, client)
    assert on_disk.goals == window.doc.network.goals
    return on_disk


def goal_row(panel: GoalsPanel, goal_id: str) -> int:
    rows = panel.goal_list
    return next(i for i in range(rows.count()) if rows.item(i).data(GOAL_ID_ROLE) == goal_id)


def click_goal(qtbot: QtBot, panel: GoalsPanel, goal_id: str) -> None:
    rows = panel.goal_list
    scroll_to(qtbot, rows)
    rect = rows.visualItemRect(rows.item(goal_row(panel, goal_id)))
    qtbot.mouseClick(rows.viewport(), LEFT, pos=rect.center())
    assert panel.goal_id() == goal_id


def scroll_to(qtbot: QtBot, widget: QWidget) -> None:
    """Scroll the dock so ``widget`` is on screen, as a person would before clicking it
    (once the dock has laid out what was just shown)."""
    area = widget.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()

    def on_screen() -> bool:
        if area is not None:
            area.ensureWidgetVisible(widget, 10, 10)
        window = widget.window()
        top = window.childAt(widget.mapTo(window, widget.rect().center()))
        return top is widget or widget.isAncestorOf(top)

    qtbot.waitUntil(on_screen)


def click(qtbot: QtBot, widget: QWidget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget.objectName()
    scroll_to(qtbot, widget)
    qtbot.mouseClick(widget, LEFT)


def click_node(qtbot: QtBot, window: MainWindow, node_id: str, add: bool = False) -> None:
    view = window.canvas
    item = view.map_scene.node_item(node_id)
    assert item is not None
    mods = Qt.KeyboardModifier.ControlModifier if add else Qt.KeyboardModifier.NoModifier
    qtbot.mouseClick(view.viewport(), LEFT, mods, view.mapFromScene(item.scenePos()))


def type_new_goal(qtbot: QtBot, panel: GoalsPanel, words: str) -> str:
    panel.new_goal.setFocus()
    qtbot.keyClicks(panel.new_goal, words)
    click(qtbot, panel.add_button)
    goal_id = panel.goal_id()
    assert goal_id is not None
    return goal_id


def goal(window: MainWindow, goal_id: str) -> Goal:
    return next(g for g in window.doc.network.goals if g.id == goal_id)


def tick_step(qtbot: QtBot, steps: QListWidget, row: int) -> None:
    """Click the check box at the start of a next step's row."""
    scroll_to(qtbot, steps)
    rect = steps.visualItemRect(steps.item(row))
    qtbot.mouseClick(steps.viewport(), LEFT, pos=QPoint(rect.left() + 10, rect.center().y()))


def test_two_goals_linked_to_selected_nodes_with_supporters_and_roles(
        qtbot: QtBot, window: MainWindow, store: Store, client: Client) -> None:
    panel = panel_of(window)
    editor = panel.editor
    first = type_new_goal(qtbot, panel, "Join the walking group at the park")
    assert panel.new_goal.text() == ""
    assert goal(window, first).text == "Join the walking group at the park"
    assert window.doc.undo_stack.undoText() == "Add goal"
    assert editor.box.isVisible()

    click_node(qtbot, window, "walking")
    click_node(qtbot, window, "pat", add=True)
    assert window.canvas.selected_node_ids() == ["pat", "walking"]
    click(qtbot, editor.use_selection)
    assert goal(window, first).node_ids == ("pat", "walking")
    assert editor.linked.text() == "Pat next door, Walking the dog"

    click(qtbot, editor.supporters.add_button)  # Alex, in his first role (network member)
    who, role, _remove = editor.supporters.rows[0]
    assert who.currentText() == "Alex (CPN)" and role.currentData() == "network member"
    role.setFocus()
    qtbot.keyClick(role, Qt.Key.Key_Up)  # network member -> co-pilot
    click(qtbot, editor.supporters.add_button)  # then Dr Shah, as bridge builder
    assert [(s.node_id, s.role) for s in goal(window, first).supporters] == [
        ("cpn", Role.CO_PILOT), ("gp", Role.BRIDGE_BUILDER)]

    editor.theme.setFocus()
    for _ in range(3):  # other -> activity-based programmes -> social support -> isolation
        qtbot.keyClick(editor.theme, Qt.Key.Key_Up)
    assert goal(window, first).theme is GoalTheme.ISOLATION_LONELINESS

    second = type_new_goal(qtbot, panel, "Help out at the church coffee bar")
    click_node(qtbot, window, "church")
    click(qtbot, editor.use_selection)
    click(qtbot, editor.supporters.add_button)
    who, role, _remove = editor.supporters.rows[0]
    who.setFocus()
    qtbot.keyClick(who, Qt.Key.Key_Down)  # Alex -> Dr Shah, still a network member
    assert role.currentData() == "network member"
    role.setFocus()
    qtbot.keyClick(role, Qt.Key.Key_Up)  # -> co-pilot
    qtbot.keyClick(role, Qt.Key.Key_Up)  # -> navigator
    added = goal(window, second)
    assert added.node_ids == ("church",)
    assert [(s.node_id, s.role) for s in added.supporters] == [("gp", Role.NAVIGATOR)]
    assert [g.id for g in window.doc.network.goals][-2:] == [first, second]

    on_disk = wait_saved(qtbot, window, store, client)
    assert {g.text for g in on_disk.goals} >= {"Join the walking group at the park",
                                               "Help out at the church coffee bar"}
    assert panel.goal_list.count() == 4
    assert panel.goal_list.item(3).text().startswith("4. Help out at the church coffee bar")


def test_each_change_is_one_undo_step(qtbot: QtBot, window: MainWindow, store: Store,
                                      client: Client) -> None:
    panel, undo = panel_of(window), window.commands.undo
    editor = panel.editor
    before = window.doc.network
    added = type_new_goal(qtbot, panel, "Phone Jo every Sunday")
    click_node(qtbot, window, "jo")
    click(qtbot, editor.use_selection)
    click(qtbot, editor.supporters.add_button)

    editor.text.setFocus()
    editor.text.selectAll()
    qtbot.keyClicks(editor.text, "Phone Jo")
    qtbot.keyClicks(editor.text, " on Sundays")
    assert goal(window, added).text == "Phone Jo on Sundays"
    steps = window.doc.undo_stack.count()
    assert window.doc.undo_stack.undoText() == "Change goal words"

    undo.trigger()  # all the typing at once
    assert goal(window, added).text == "Phone Jo every Sunday"
    assert editor.text.toPlainText() == "Phone Jo every Sunday"
    assert window.doc.undo_stack.count() == steps
    undo.trigger()
    assert goal(window, added).supporters == ()
    assert editor.supporters.rows == []
    undo.trigger()
    assert goal(window, added).node_ids == ()
    undo.trigger()
    assert window.doc.network.goals == before.goals
    assert panel.goal_id() is None and not editor.box.isVisible()
    assert wait_saved(qtbot, window, store, client).goals == before.goals

    window.commands.redo.trigger()
    assert panel.goal_list.count() == 3


def test_an_emptied_goal_keeps_its_words(qtbot: QtBot, window: MainWindow) -> None:
    panel = panel_of(window)
    click_goal(qtbot, panel, "g-gym")
    panel.editor.text.setFocus()
    panel.editor.text.selectAll()
    qtbot.keyClick(panel.editor.text, Qt.Key.Key_Delete)
    assert goal(window, "g-gym").text == "Try gym on prescription"
    assert "needs some words" in panel.message.text()
    assert window.doc.undo_stack.count() == 0
    panel.new_goal.setFocus()  # leaving the field shows the words again
    assert panel.editor.text.toPlainText() == "Try gym on prescription"


def test_reorder_with_buttons_and_by_dragging(qtbot: QtBot, window: MainWindow, store: Store,
                                             client: Client) -> None:
    panel = panel_of(window)
    ids = lambda: [g.id for g in window.doc.network.goals]  # noqa: E731
    third = type_new_goal(qtbot, panel, "Look at a college course")
    assert ids() == ["g-gym", "g-church", third]
    assert not panel.down_button.isEnabled()

    click(qtbot, panel.up_button)
    assert ids() == ["g-gym", third, "g-church"]
    assert panel.goal_id() == third  # the moved goal stays selected
    click(qtbot, panel.up_button)
    assert ids() == [third, "g-gym", "g-church"]
    assert not panel.up_button.isEnabled()
    assert panel.goal_list.item(0).text().startswith("1. Look at a college course")
    assert wait_saved(qtbot, window, store, client).goals[0].id == third

    window.commands.undo.trigger()
    assert ids() == ["g-gym", third, "g-church"]

    click_goal(qtbot, panel, "g-church")
    click(qtbot, panel.down_button) if panel.down_button.isEnabled() else None
    assert ids() == ["g-gym", third, "g-church"]  # already last: nothing to do

    # a drag in the list moves the row (as the list does when a row is dropped)
    model = panel.goal_list.model()
    assert model.moveRow(QModelIndex(), 2, QModelIndex(), 0)
    qtbot.waitUntil(lambda: ids() == ["g-church", "g-gym", third])
    assert window.doc.undo_stack.undoText() == "Reorder goals"
    assert panel.goal_list.item(0).text().startswith("1. Get to know a few people")
    window.commands.undo.trigger()
    assert ids() == ["g-gym", third, "g-church"]
    assert panel.goal_list.item(0).data(GOAL_ID_ROLE) == "g-gym"


def test_status_review_date_overdue_and_next_steps(qtbot: QtBot, window: MainWindow,
                                                   store: Store, client: Client) -> None:
    panel = panel_of(window)
    editor = panel.editor
    click_goal(qtbot, panel, "g-church")

    # the review is brought forward to three days ago: the goal is overdue, in words
    assert editor.review_check.isChecked()
    editor.review_date.setFocus()
    editor.review_date.setDate(QDate.currentDate().addDays(-3))
    past = date.today() - timedelta(days=3)
    assert goal(window, "g-church").review_date == past
    item = panel.goal_list.item(goal_row(panel, "g-church"))
    assert "OVERDUE" in item.text() and not item.icon().isNull()
    assert is_overdue(goal(window, "g-church"), date.today())
    assert "OVERDUE" not in panel.goal_list.item(goal_row(panel, "g-gym")).text()

    # ticking the next step off, then adding and removing one
    steps = editor.steps.list
    tick_step(qtbot, steps, 0)
    assert goal(window, "g-church").next_steps[0].done
    assert window.doc.undo_stack.undoText() == "Tick next step"
    editor.steps.new_edit.setFocus()
    qtbot.keyClicks(editor.steps.new_edit, "Ask about the choir")
    qtbot.keyClick(editor.steps.new_edit, Qt.Key.Key_Return)
    assert [s.text for s in goal(window, "g-church").next_steps] == [
        "Go to coffee morning with Jo", "Ask about the choir"]
    assert editor.steps.new_edit.text() == "" and steps.count() == 2
    steps.setCurrentRow(1)
    click(qtbot, editor.steps.remove_button)
    assert len(goal(window, "g-church").next_steps) == 1

    # achieved: no longer overdue
    editor.status.setFocus()
    qtbot.keyClick(editor.status, Qt.Key.Key_Down)  # planned -> active
    qtbot.keyClick(editor.status, Qt.Key.Key_Down)  # -> achieved
    assert goal(window, "g-church").status is GoalStatus.ACHIEVED
    item = panel.goal_list.item(goal_row(panel, "g-church"))
    assert "OVERDUE" not in item.text() and "Achieved" in item.text()

    on_disk = wait_saved(qtbot, window, store, client)
    church = next(g for g in on_disk.goals if g.id == "g-church")
    assert church.status is GoalStatus.ACHIEVED and church.next_steps[0].done
    assert church.review_date == past

    window.commands.undo.trigger()  # achieved -> active
    window.commands.undo.trigger()  # -> planned: overdue again
    assert "OVERDUE" in panel.goal_list.item(goal_row(panel, "g-church")).text()
    window.commands.undo.trigger()  # the removed step is back
    window.commands.undo.trigger()  # the added step goes
    window.commands.undo.trigger()  # unticked
    assert not goal(window, "g-church").next_steps[0].done
    assert steps.item(0).checkState() == Qt.CheckState.Unchecked

    # no review date at all
    click(qtbot, editor.review_check)
    assert goal(window, "g-church").review_date is None
    assert not editor.review_date.isEnabled()
    assert "no review date" in panel.goal_list.item(goal_row(panel, "g-church")).text()


def test_selecting_a_goal_selects_its_nodes_on_the_map(qtbot: QtBot,
                                                       window: MainWindow) -> None:
    panel = panel_of(window)
    click_goal(qtbot, panel, "g-church")
    assert window.canvas.selected_node_ids() == ["jo", "church"]
    assert window.node_list.selected_ids() == ["jo", "church"]
    click_goal(qtbot, panel, "g-gym")
    assert window.canvas.selected_node_ids() == ["gp", "gym"]

    # Delete in the goals list is about the goal, never the map's selected nodes
    nodes = window.doc.network.nodes
    when_modal(QMessageBox, click_message_button(qtbot, QMessageBox.StandardButton.Cancel))
    qtbot.keyClick(panel.goal_list, Qt.Key.Key_Delete)
    assert window.doc.network.nodes == nodes and len(window.doc.network.goals) == 2

    when_modal(QMessageBox, click_message_button(qtbot, QMessageBox.StandardButton.Yes))
    click(qtbot, panel.delete_button)
    assert [g.id for g in window.doc.network.goals] == ["g-church"]
    assert window.doc.network.nodes == nodes
    # the referral for the gym goal forgets the goal, and undo brings both back
    assert window.doc.network.referrals[0].goal_id is None
    window.commands.undo.trigger()
    assert [g.id for g in window.doc.network.goals] == ["g-gym", "g-church"]
    assert window.doc.network.referrals[0].goal_id == "g-gym"

    # and Delete in the next steps removes the step
    click_goal(qtbot, panel, "g-gym")
    assert window.canvas.selected_node_ids() == ["gp", "gym"]
    steps = panel.editor.steps.list
    scroll_to(qtbot, steps)
    steps.setFocus()
    steps.setCurrentRow(0)
    qtbot.keyClick(steps, Qt.Key.Key_Delete)
    assert [s.text for s in goal(window, "g-gym").next_steps] == [
        "First session with Alex on Tuesday"]
    assert window.doc.network.nodes == nodes


def test_signpost_button_asks_for_a_referral_for_the_goal(qtbot: QtBot,
                                                         window: MainWindow) -> None:
    panel = panel_of(window)
    click_goal(qtbot, panel, "g-gym")
    with qtbot.waitSignal(panel.refer_requested) as asked:
        click(qtbot, panel.editor.refer)
    assert asked.args == ["g-gym"]
    form = QApplication.activeModalWidget()  # the referral form answers it (its own tests)
    if form is not None:
        form.close()


def test_an_earlier_version_is_read_only(qtbot: QtBot, store: Store, client: Client) -> None:
    base = store.current_map(client.id)
    review = ops.start_review(base, "6-month review", base.date)
    store.add_version(review, make_current=True)
    window = open_window(qtbot, store)
    window.open_client(client.id)
    window.open_version(base.id, False)
    window.goals_dock.raise_()
    panel = panel_of(window)
    qtbot.waitUntil(panel.isVisible)
    assert window.doc.read_only

    assert panel.new_goal.isReadOnly() and not panel.add_button.isEnabled()
    click_goal(qtbot, panel, "g-gym")  # looking is fine: its nodes are shown
    assert window.canvas.selected_node_ids() == ["gp", "gym"]
    editor = panel.editor
    for widget in (panel.up_button, panel.down_button, panel.delete_button, editor.theme,
                   editor.status, editor.review_check, editor.review_date,
                   editor.use_selection, editor.supporters.add_button, editor.refer,
                   *editor.supporters.rows[0]):
        assert not widget.isEnabled(), widget.objectName()
    assert editor.text.isReadOnly()
    editor.text.setFocus()
    qtbot.keyClicks(editor.text, "more words")
    qtbot.keyClick(panel.goal_list, Qt.Key.Key_Delete)  # no question, nothing deleted
    tick_step(qtbot, editor.steps.list, 1)
    assert editor.steps.list.item(1).checkState() == Qt.CheckState.Unchecked
    assert window.doc.network == store.get_map(base.id)
    assert window.doc.undo_stack.count() == 0
    assert not panel.goal_list.dragEnabled()


def test_the_panel_alone_flags_by_its_own_today_and_hides_refer_until_answered(
        qtbot: QtBot) -> None:
    network = build_demo().current_map
    gym_review = next(g for g in network.goals if g.id == "g-gym").review_date
    assert gym_review is not None
    doc = MapDocument(network)
    panel = GoalsPanel(doc, today=lambda: gym_review + timedelta(days=1))
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    lines = [panel.goal_list.item(i).text() for i in range(panel.goal_list.count())]
    assert "OVERDUE: review was due" in lines[0] and "OVERDUE" not in lines[1]
    assert lines[0].startswith("1. Try gym on prescription\nActive \u00b7 OVERDUE")

    click_goal(qtbot, panel, "g-gym")
    assert not panel.editor.refer.isVisible()  # nothing would answer it
    asked: list[str] = []
    panel.refer_requested.connect(asked.append)
    click_goal(qtbot, panel, "g-church")
    click(qtbot, panel.editor.refer)
    assert asked == ["g-church"]

    doc.set_read_only(True)
    assert not panel.editor.refer.isEnabled() and panel.new_goal.isReadOnly()
    assert not panel.goal_list.dragEnabled()
    assert not panel.move_goal(-1) and doc.undo_stack.count() == 0
