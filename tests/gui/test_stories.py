"""Two whole appointments, as the practitioners in the study would have them, through the
real widgets: a community psychiatric nurse's review meeting and a GP's ten minutes.

Each story is told with small helpers named for what the person does; the helpers click,
type and press keys on the window's own widgets, and answer its dialogs as a person would
(``when_modal``). The window grabs along the way go to ``artifacts/story-*.png`` (not
committed) for a person to look at.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QAction, QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QDockWidget,
    QFileDialog,
    QMenu,
    QWidget,
)
from pytestqt.qtbot import QtBot

from netbuilder.gui.compare_dialog import CompareDialog
from netbuilder.gui.dialogs import StartReviewDialog
from netbuilder.gui.directory_dialog import DirectoryDialog, ServiceDialog
from netbuilder.gui.goals_panel import GOAL_ID_ROLE, GoalsPanel
from netbuilder.gui.guide import GuidePanel
from netbuilder.gui.referral_dialog import ReferralDialog
from netbuilder.gui.window import MainWindow
from netbuilder.model import GoalStatus, Profession, ReferralStatus, Role
from netbuilder.model.demo import build_demo
from netbuilder.model.directory import PractitionerProfile
from netbuilder.store.db import Store

from .shell import OFFSCREEN_SIZE_HINTS, add_client, open_window, reopen, when_modal
from .test_goals import click, click_node, scroll_to

pytestmark = OFFSCREEN_SIZE_HINTS

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier
ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"

DEMO = "Sam Taylor (example)"
CPN = PractitionerProfile(name="Alex Morgan", profession=Profession.CPN, team="Oakfield CMHT")
GP = PractitionerProfile(name="Dr A Khan", profession=Profession.GP)
GYM = "Gym on prescription (Oakfield Leisure)"
GYM_GOAL = "Join a gym class at Oakfield Leisure"
DOG_GOAL = "Walk the dog with Pat on Saturdays"

# what the guide shows at each of its five steps for the demo client, as Sam tells it
GUIDE_STEPS = (
    ("Usual and important connections",
     ["People (5): Mum, Jo (friend), Pat next door, Alex (CPN), Dr Shah (GP)",
      "Activities (2): Gardening, Walking the dog"]),
    ("Key people, significant places and regular activities",
     ["Ring 1, Very close (3): Jo (friend), Alex (CPN), Home",
      "Alex (CPN): Network member, Bridge builder"]),
    ("How each one helps or hinders wellbeing",
     ["Makes things harder (negative) (1): Mum", "Both good and hard (mixed) (1): Home"]),
    ("What might change",
     ["Would like less of (2): Mum, Home", "What matters to me: Feeling less alone."]),
    ("What would help make those changes",
     ["Goals (2 open of 2): Try gym on prescription (Active)",
      "Signposting and referrals (1): Active Lives gym on prescription (Made)"]),
)


# the person's gestures -----------------------------------------------------------------


def menu_action(window: MainWindow, menu: str, text: str) -> QAction:
    """The command called ``text`` in the menu-bar menu ``menu`` (mnemonics ignored)."""
    found = next(a.menu() for a in window.menuBar().actions()
                 if a.text().replace("&", "") == menu)
    assert isinstance(found, QMenu)
    return next(a for a in found.actions() if a.text().replace("&", "") == text)


def press(qtbot: QtBot, window: MainWindow, action: QAction) -> None:
    """Use a command: its toolbar button when the toolbar shows it, else its menu item."""
    assert action.isEnabled(), action.text()
    button = window.toolbar.widgetForAction(action)
    if button is not None and button.isVisible():
        qtbot.mouseClick(button, LEFT)
    else:
        action.trigger()  # as chosen from the menu


def choose(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Pick ``text`` in a drop-down list with the arrow keys, as a keyboard user does."""
    target = combo.findText(text)
    assert target >= 0, f"{text!r} is not offered in {combo.objectName()}"
    scroll_to(qtbot, combo)
    combo.setFocus()
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    for _ in range(combo.count()):
        if combo.currentIndex() == target:
            break
        qtbot.keyClick(combo, key)
    assert combo.currentText() == text


def bring_forward(qtbot: QtBot, dock: QDockWidget) -> None:
    """Click a dock's tab: it comes to the front."""
    dock.show()
    dock.raise_()
    qtbot.waitUntil(lambda: dock.widget() is not None and dock.widget().isVisible())


def shown_text(html: str) -> str:
    """Rich text as a person reads it on screen."""
    return QTextDocumentFragment.fromHtml(html).toPlainText()


def snapshot(qtbot: QtBot, widget: QWidget, name: str) -> None:
    """A grab for a person to look at (artifacts/ is not committed)."""
    qtbot.wait(30)  # the layouts settle, as they have by the time a person looks
    ARTIFACTS.mkdir(exist_ok=True)
    assert widget.grab().save(str(ARTIFACTS / name))


def modal(qtbot: QtBot, kind: type[QWidget]) -> QWidget:
    """The dialog of ``kind`` that has just opened (window-modal, so the test goes on)."""
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, kind)
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def back_to_the_window(qtbot: QtBot, window: MainWindow) -> None:
    """Once a dialog has closed the window manager makes the window active again (the
    offscreen platform leaves no window active: that is done for it here)."""
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    if not window.isActiveWindow():
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)


def ok_button(box: QDialogButtonBox) -> QAbstractButton:
    button = box.button(QDialogButtonBox.StandardButton.Ok)
    assert button is not None
    return button


def looking_at(window: MainWindow, kind: type[QWidget], look: Callable[[QWidget], None],
               action: QAction, qtbot: QtBot) -> None:
    """Open a modal dialog with ``action`` and ``look`` at it; failures inside the dialog
    are raised here, once it has closed (it never stays open to hang the test)."""
    failures: list[BaseException] = []

    def checked(dialog: QWidget) -> None:
        try:
            look(dialog)
        except BaseException as e:  # re-raised below, once the dialog has closed
            failures.append(e)

    when_modal(kind, checked)
    press(qtbot, window, action)
    back_to_the_window(qtbot, window)
    if failures:
        raise failures[0]


class Clicks:
    """Counts the mouse clicks a person makes, so a story can say how many it takes."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot, self.count = qtbot, 0

    def click(self, widget: QWidget) -> None:
        assert widget.isVisible() and widget.isEnabled()
        self.count += 1
        self.qtbot.mouseClick(widget, LEFT)


# what the person does ------------------------------------------------------------------


def open_client_from_caseload(qtbot: QtBot, window: MainWindow, name: str) -> None:
    """Double-click the client's row in the caseload."""
    bring_forward(qtbot, window.docks[0])
    listing = window.caseload.client_list
    model = listing.model()
    row = next(r for r in range(model.rowCount())
               if str(model.index(r, 0).data()).startswith(name))
    centre = listing.visualRect(model.index(row, 0)).center()
    qtbot.mouseClick(listing.viewport(), LEFT, pos=centre)
    qtbot.mouseDClick(listing.viewport(), LEFT, pos=centre)
    assert window.client is not None and window.client.display_name == name
    assert window.central.currentIndex() == 1  # the map, not the welcome page


def walk_the_guide(qtbot: QtBot, window: MainWindow) -> GuidePanel:
    """View > Conversation guide, then Next through the five steps, reading what each
    step has captured so far."""
    menu_action(window, "View", "Conversation guide").trigger()
    guide = window.guide_dock.guide
    qtbot.waitUntil(guide.isVisible)
    assert guide.step == 0 and not guide.back_button.isEnabled()
    for number, (title, captured) in enumerate(GUIDE_STEPS, start=1):
        assert guide.counter_label.text() == f"Step {number} of 5"
        assert guide.title_label.text() == f"{number}. {title}"
        assert guide.prompts_label.text()  # something to ask the client
        on_screen = shown_text(guide.captured_label.text())
        for line in captured:
            assert line in guide.captured_text(), (number, line)
            heading, items = line.split(": ", 1)
            assert heading in on_screen and items.split(", ")[0] in on_screen, (number, line)
        if number == 1:
            snapshot(qtbot, window, "story-cpn-guide.png")
        if number < len(GUIDE_STEPS):
            click(qtbot, guide.next_button)
    assert guide.step == 4 and not guide.next_button.isEnabled()
    return guide


def tick_role(qtbot: QtBot, window: MainWindow, node_id: str, role: Role) -> None:
    """Select a practitioner on the map and tick one of their roles in Properties."""
    bring_forward(qtbot, window.docks[2])
    click_node(qtbot, window, node_id)
    assert window.properties.node_id == node_id
    box = window.properties.node_fields.roles[role]
    assert box.isVisible() and not box.isChecked()
    scroll_to(qtbot, box)
    qtbot.mouseClick(box, LEFT, pos=QPoint(8, box.height() // 2))  # on the box itself
    assert box.isChecked()


def select_on_map(qtbot: QtBot, window: MainWindow, node_ids: list[str]) -> None:
    """Click the first node, Ctrl+click the others."""
    for i, node_id in enumerate(node_ids):
        click_node(qtbot, window, node_id, add=i > 0)
    assert sorted(window.canvas.selected_node_ids()) == sorted(node_ids)


def add_goal_for_selected(qtbot: QtBot, window: MainWindow, words: str, node_ids: list[str],
                          supporters: list[tuple[str, Role]]) -> str:
    """Type the goal in the client's words, link it to nodes selected on the map ("Use
    selected nodes"), and name who supports it and in which role. Returns its id."""
    panel = goals_panel(qtbot, window)
    editor = panel.editor
    panel.new_goal.setFocus()
    qtbot.keyClicks(panel.new_goal, words)
    click(qtbot, panel.add_button)
    goal_id = panel.goal_id()
    assert goal_id is not None and editor.box.isVisible()

    select_on_map(qtbot, window, node_ids)
    click(qtbot, editor.use_selection)
    for row, (who, role) in enumerate(supporters):
        click(qtbot, editor.supporters.add_button)
        who_combo, role_combo, _remove = editor.supporters.rows[row]
        choose(qtbot, who_combo, who)
        choose(qtbot, role_combo, role.value.capitalize())
    return goal_id


def goals_panel(qtbot: QtBot, window: MainWindow) -> GoalsPanel:
    bring_forward(qtbot, window.goals_dock)
    return window.goals_dock.panel


def add_to_directory(qtbot: QtBot, window: MainWindow, name: str, kind: str,
                     contact: str) -> None:
    """Edit > Local services…, Add, fill in the service, then Close."""
    menu_action(window, "Edit", "Local services…").trigger()
    directory = modal(qtbot, DirectoryDialog)
    assert isinstance(directory, DirectoryDialog)

    def fill(form: ServiceDialog) -> None:
        qtbot.keyClicks(form.name, name)
        qtbot.keyClicks(form.type, kind)
        qtbot.keyClicks(form.contact, contact)
        qtbot.mouseClick(ok_button(form.findChild(QDialogButtonBox)), LEFT)

    when_modal(ServiceDialog, fill)
    qtbot.mouseClick(directory.add_button, LEFT)
    table = directory.table
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == [name]
    close = directory.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    qtbot.mouseClick(close, LEFT)
    back_to_the_window(qtbot, window)


def refer_selected_place(qtbot: QtBot, window: MainWindow, node_id: str, typed: str,
                         goal: str, reason: str) -> None:
    """Select a place on the map, press its "Signpost / refer…" in Properties, and fill
    in the form: the service from the directory (completed as it is typed), the goal it
    serves, the reason, a follow-up; then Record."""
    bring_forward(qtbot, window.docks[2])
    click_node(qtbot, window, node_id)
    button = window.referrals.node_button
    qtbot.waitUntil(button.isVisible)
    click(qtbot, button)
    form = modal(qtbot, ReferralDialog)
    assert isinstance(form, ReferralDialog)
    assert form.node.currentData() == node_id
    assert form.date.date() == QDate.currentDate()
    assert form.by_whom.text() == CPN.name  # from Preferences

    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.service)
    offered = [form.service.itemText(i) for i in range(form.service.count())]
    qtbot.keyClicks(QApplication.focusWidget(), typed)
    service = form.chosen_service()  # the directory's entry, completed as it was typed
    assert service is not None and service.name in offered
    assert form.service.currentText().casefold() == service.name.casefold()
    assert form.service_info.isVisible() and service.contact in form.service_info.text()
    choose(qtbot, form.goal, goal)
    form.reason.setFocus()
    qtbot.keyClicks(form.reason, reason)
    scroll_to(qtbot, form.follow_up_check)
    qtbot.mouseClick(form.follow_up_check, LEFT,
                     pos=QPoint(8, form.follow_up_check.height() // 2))
    assert form.follow_up.isEnabled()
    snapshot(qtbot, form, "story-cpn-referral.png")
    qtbot.mouseClick(ok_button(form.buttons), LEFT)
    back_to_the_window(qtbot, window)  # the form has closed (and gone)


def start_review(qtbot: QtBot, window: MainWindow, label: str = "6-month review") -> None:
    """Start review…, keep the suggested label and today's date, press Enter."""

    def accept(dialog: StartReviewDialog) -> None:
        assert dialog.label == label
        qtbot.keyClick(dialog.label_edit, Qt.Key.Key_Return)

    when_modal(StartReviewDialog, accept)
    press(qtbot, window, window.commands.start_review)
    back_to_the_window(qtbot, window)
    assert window.doc.network.label == label and not window.doc.read_only


def move_closer(qtbot: QtBot, window: MainWindow, node_id: str) -> None:
    """Click the node on the map and press Ctrl+Up: one ring in."""
    click_node(qtbot, window, node_id)
    assert QApplication.focusWidget() is window.canvas
    qtbot.keyClick(window.canvas, Qt.Key.Key_Up, CTRL)


def add_from_palette(qtbot: QtBot, window: MainWindow, label: str) -> str:
    """Double-click a palette entry and press Enter to keep its name. Returns its id."""
    bring_forward(qtbot, window.docks[1])
    palette = window.palette
    item = palette.item_for(label)
    assert item is not None
    palette.scrollToItem(item)
    centre = palette.visualItemRect(item).center()
    qtbot.mouseClick(palette.viewport(), LEFT, pos=centre)  # a hand's double-click
    qtbot.mouseDClick(palette.viewport(), LEFT, pos=centre)  # starts with a click
    qtbot.keyClick(QApplication.focusWidget() or window.canvas, Qt.Key.Key_Return)
    added = window.doc.network.nodes[-1]
    assert added.label == label
    return added.id


def mark_achieved(qtbot: QtBot, window: MainWindow, goal_id: str) -> None:
    """Click the goal in the Goals list and set its status to Achieved."""
    panel = goals_panel(qtbot, window)
    rows = panel.goal_list
    scroll_to(qtbot, rows)
    row = next(i for i in range(rows.count()) if rows.item(i).data(GOAL_ID_ROLE) == goal_id)
    qtbot.mouseClick(rows.viewport(), LEFT, pos=rows.visualItemRect(rows.item(row)).center())
    assert panel.goal_id() == goal_id
    choose(qtbot, panel.editor.status, "Achieved")


def save_plan_as_pdf(qtbot: QtBot, window: MainWindow, target: Path,
                     monkeypatch: pytest.MonkeyPatch) -> str:
    """File > Save plan as PDF…, answering the file dialog with ``target``; returns the
    plan's text as pypdf reads it (whitespace made single)."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(target), "PDF files (*.pdf)"))
    menu_action(window, "File", "Save plan as PDF…").trigger()
    assert target.exists(), window.statusBar().currentMessage()
    assert target.name in window.statusBar().currentMessage()
    reader = PdfReader(io.BytesIO(target.read_bytes()))
    assert len(reader.pages) == 1
    return " ".join(reader.pages[0].extract_text().split())


# the stories ------------------------------------------------------------------------------


def test_a_cpn_appointment_from_the_guide_to_the_review_plan(
        qtbot: QtBot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store.save_profile(CPN)  # set once, in Preferences
    demo = add_client(store, "", record=build_demo())  # the demo, imported
    window = open_window(qtbot, store)
    open_client_from_caseload(qtbot, window, DEMO)

    # the conversation, step by step
    guide = walk_the_guide(qtbot, window)

    # Alex is also the one who keeps Sam going
    tick_role(qtbot, window, "cpn", Role.MOTIVATOR)
    assert window.doc.network.node("cpn").roles == (
        Role.BRIDGE_BUILDER, Role.MOTIVATOR, Role.NETWORK_MEMBER)  # in the list's order
    assert "Alex (CPN): bridge builder, motivator, network member" in (
        window.goals_dock.panel.who.text())  # "who does what", for the client

    # two goals in Sam's words, linked to the map, with who helps and how
    gym_goal = add_goal_for_selected(
        qtbot, window, GYM_GOAL, ["gym", "walking"],
        [("Alex (CPN)", Role.CO_PILOT), ("Dr Shah (GP)", Role.BRIDGE_BUILDER)])
    dog_goal = add_goal_for_selected(
        qtbot, window, DOG_GOAL, ["pat", "walking"], [("Alex (CPN)", Role.MOTIVATOR)])
    goals = {g.id: g for g in window.doc.network.goals}
    assert (goals[gym_goal].text, goals[gym_goal].node_ids) == (GYM_GOAL, ("gym", "walking"))
    assert [(s.node_id, s.role) for s in goals[gym_goal].supporters] == [
        ("cpn", Role.CO_PILOT), ("gp", Role.BRIDGE_BUILDER)]
    assert (goals[dog_goal].text, goals[dog_goal].node_ids) == (DOG_GOAL, ("pat", "walking"))
    assert [(s.node_id, s.role) for s in goals[dog_goal].supporters] == [
        ("cpn", Role.MOTIVATOR)]
    assert "Goals (4 open of 4)" in guide.captured_text()  # the guide follows, live
    who = window.goals_dock.panel.who.text()
    assert f"{GYM_GOAL} (co-pilot)" in who and f"{DOG_GOAL} (motivator)" in who
    snapshot(qtbot, window, "story-cpn-goals.png")

    # the gym on prescription, from the local services directory
    add_to_directory(qtbot, window, GYM, "Leisure centre", "01234 567890")
    refer_selected_place(qtbot, window, "gym", "gym on", GYM_GOAL,
                         "Getting fitter; a reason to leave the house")
    referral = window.doc.network.referrals[-1]
    assert (referral.service, referral.node_id, referral.goal_id) == (GYM, "gym", gym_goal)
    assert (referral.by_whom, referral.date, referral.status) == (
        CPN.name, date.today(), ReferralStatus.SUGGESTED)
    assert referral.follow_up is not None and referral.reason.startswith("Getting fitter")
    assert window.referrals.panel.table.topLevelItem(1).text(0) == GYM  # in the dock
    assert f"{GYM} (Suggested)" in guide.captured_text()

    # six months later: a review, and three things that changed
    start_review(qtbot, window)
    move_closer(qtbot, window, "pat")
    assert window.doc.network.node("pat").ring == 2
    volunteering = add_from_palette(qtbot, window, "Volunteering")
    assert window.doc.network.node(volunteering).kind.value == "activity"
    mark_achieved(qtbot, window, gym_goal)
    assert next(g for g in window.doc.network.goals
                if g.id == gym_goal).status is GoalStatus.ACHIEVED

    # the comparison shows each of the three, once, in words
    seen: list[str] = []

    def read_changes(dialog: QWidget) -> None:
        assert isinstance(dialog, CompareDialog)
        assert dialog.from_combo.currentText().startswith("baseline")
        assert dialog.to_combo.currentText().startswith("6-month review")
        seen.extend(dialog.changes.item(r).text() for r in range(dialog.changes.count()))
        dialog.resize(1200, 780)
        snapshot(qtbot, dialog, "story-cpn-compare.png")

    looking_at(window, CompareDialog, read_changes, window.commands.compare_versions, qtbot)
    assert seen == [
        "New: Volunteering",
        "Pat next door moved closer (ring 3 (Less close) \u2192 ring 2 (Close))",
        f"Goal \u2018{GYM_GOAL}\u2019: planned \u2192 achieved",
    ]

    # the plan of the review, as a PDF, carries the "what changed" box
    text = save_plan_as_pdf(qtbot, window, tmp_path / "sam-review.pdf", monkeypatch)
    assert "What changed since baseline" in text
    assert "New: Volunteering" in text
    assert "Pat next door moved closer (ring 3 \u2192 ring 2)" in text
    assert f"Goal '{GYM_GOAL}': planned \u2192 achieved" in text
    assert GYM in text and CPN.name in text  # the referral is on the plan too

    # what reached the disk: the review version, the referral, the changes
    qtbot.waitUntil(lambda: not window.autosaver.pending, timeout=3000)
    with reopen(store) as fresh:
        versions = fresh.list_versions(demo.id)
        assert [(v.label, v.is_current) for v in versions] == [
            ("baseline", False), ("6-month review", True)]
        review = fresh.current_map(demo.id)
        baseline = fresh.get_map(versions[0].id)
        assert review.based_on == baseline.id
        for version in (baseline, review):
            assert [r.service for r in version.referrals] == [
                "Active Lives gym on prescription", GYM]
            assert {gym_goal, dog_goal} <= {g.id for g in version.goals}
        assert review.node("pat").ring == 2 and baseline.node("pat").ring == 3
        assert volunteering in {n.id for n in review.nodes}
        assert volunteering not in {n.id for n in baseline.nodes}
        assert next(g for g in review.goals if g.id == gym_goal).status is GoalStatus.ACHIEVED
        assert next(g for g in baseline.goals if g.id == gym_goal).status is GoalStatus.PLANNED


def test_a_gp_signposts_in_two_clicks_and_prints_the_plan(
        qtbot: QtBot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store.save_profile(GP)  # set once, in Preferences
    client = add_client(store, "Robin Patel")
    window = open_window(qtbot, store)
    open_client_from_caseload(qtbot, window, "Robin Patel")

    clicks = Clicks(qtbot)
    clicks.click(window.toolbar.widgetForAction(window.referrals.refer))  # Signpost / refer
    form = modal(qtbot, ReferralDialog)
    assert isinstance(form, ReferralDialog)
    assert form.date.date() == QDate.currentDate() and form.by_whom.text() == GP.name
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.service)  # type at once
    qtbot.keyClicks(QApplication.focusWidget(), "Walking netball at the Y")
    clicks.click(ok_button(form.buttons))  # Record
    assert clicks.count <= 2

    [referral] = window.doc.network.referrals
    assert (referral.service, referral.by_whom, referral.date, referral.status) == (
        "Walking netball at the Y", GP.name, date.today(), ReferralStatus.SUGGESTED)
    snapshot(qtbot, window, "story-gp-referral.png")

    text = save_plan_as_pdf(qtbot, window, tmp_path / "robin-plan.pdf", monkeypatch)
    assert "Walking netball at the Y" in text and GP.name in text

    with reopen(store) as fresh:
        assert fresh.current_map(client.id).referrals == (referral,)
