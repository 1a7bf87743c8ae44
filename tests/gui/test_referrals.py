"""Signposting and referrals as a GP and a CPN record them: the form, the dock, undo, autosave."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QPushButton,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from netbuilder.gui.document import MapDocument
from netbuilder.gui.referral_dialog import ReferralDialog
from netbuilder.gui.referrals import ReferralsPanel, open_referral_dialog
from netbuilder.gui.window import MainWindow
from netbuilder.model import NodeKind, Profession, Referral, ReferralStatus, ops
from netbuilder.model.demo import build_demo
from netbuilder.model.directory import PractitionerProfile, Service
from netbuilder.store.db import Store

from .shell import OFFSCREEN_SIZE_HINTS, add_client, open_window, quick_store, reopen

pytestmark = OFFSCREEN_SIZE_HINTS

LEFT = Qt.MouseButton.LeftButton
GYM = "Gym on prescription (Oakfield Leisure)"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with quick_store(tmp_path / "data") as opened:
        opened.save_profile(PractitionerProfile(name="Dr A Khan", profession=Profession.GP))
        opened.add_service(Service(name=GYM, type="Leisure centre", contact="01234 567890",
                                   address="Mill Lane, Oakfield"))
        opened.add_service(Service(name="Tuesday walking group", type="Walking group"))
        yield opened


class Clicks:
    """Counts the clicks a test makes, so a story can say how many a person needs."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot, self.count = qtbot, 0

    def click(self, widget: QWidget, pos: QPoint | None = None) -> None:
        self.count += 1
        if pos is None:
            self.qtbot.mouseClick(widget, LEFT)
        else:
            self.qtbot.mouseClick(widget, LEFT, pos=pos)


def open_with_client(qtbot: QtBot, store: Store, demo: bool = False) -> MainWindow:
    client = (add_client(store, "", record=build_demo()) if demo
              else add_client(store, "Robin Patel"))
    window = open_window(qtbot, store)
    window.open_client(client.id)
    assert window.client is not None
    return window


def toolbar_button(window: MainWindow) -> QToolButton:
    button = window.toolbar.widgetForAction(window.referrals.refer)
    assert isinstance(button, QToolButton) and button.isVisible() and button.isEnabled()
    return button


def the_form(qtbot: QtBot, window: MainWindow) -> ReferralDialog:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ReferralDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ReferralDialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def ok_button(dialog: ReferralDialog) -> QAbstractButton:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def saved_referrals(window: MainWindow) -> tuple[Referral, ...]:
    assert window.client is not None
    return window.store.current_map(window.client.id).referrals


# the GP's story -------------------------------------------------------------------------


def test_a_gp_records_a_referral_in_two_clicks_with_today_and_their_name(
    qtbot: QtBot, store: Store
) -> None:
    window = open_with_client(qtbot, store)
    clicks = Clicks(qtbot)

    clicks.click(toolbar_button(window))
    form = the_form(qtbot, window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.service)  # type straight away
    qtbot.keyClicks(QApplication.focusWidget(), "Walking netball at the Y")
    clicks.click(ok_button(form))

    assert clicks.count == 2
    [referral] = window.doc.network.referrals
    assert (referral.service, referral.date, referral.by_whom, referral.status) == (
        "Walking netball at the Y", date.today(), "Dr A Khan", ReferralStatus.SUGGESTED)
    assert referral.node_id is None and referral.follow_up is None
    assert window.doc.undo_stack.count() == 1
    qtbot.waitUntil(lambda: saved_referrals(window) == (referral,))
    assert reopen(store).current_map(window.client.id).referrals == (referral,)
    assert window.referrals.panel.table.topLevelItem(0).text(0) == "Walking netball at the Y"


def test_typing_the_service_and_pressing_enter_records_it_too(
    qtbot: QtBot, store: Store
) -> None:
    window = open_with_client(qtbot, store)
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)  # the shortcut
    form = the_form(qtbot, window)
    qtbot.keyClicks(form.service.lineEdit(), "Debt advice drop-in")
    qtbot.keyClick(form.service.lineEdit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(window.doc.network.referrals) == 1)
    assert window.doc.network.referrals[0].service == "Debt advice drop-in"


def test_the_form_needs_a_service_and_a_sane_follow_up(qtbot: QtBot, store: Store) -> None:
    window = open_with_client(qtbot, store)
    qtbot.mouseClick(toolbar_button(window), LEFT)
    form = the_form(qtbot, window)
    qtbot.mouseClick(ok_button(form), LEFT)
    assert form.isVisible() and "Type the service" in form.message.text()
    assert window.doc.network.referrals == ()

    qtbot.keyClicks(form.service.lineEdit(), "Library")
    form.follow_up_check.setChecked(True)
    form.follow_up.setMinimumDate(form.follow_up.minimumDate().addYears(-1))
    form.follow_up.setDate(form.date.date().addDays(-3))
    qtbot.mouseClick(ok_button(form), LEFT)
    assert form.isVisible() and "before the referral date" in form.message.text()

    form.follow_up.setDate(form.date.date().addDays(28))
    qtbot.mouseClick(ok_button(form), LEFT)
    [referral] = window.doc.network.referrals
    assert referral.follow_up == date.today() + timedelta(days=28)


def test_cancel_records_nothing(qtbot: QtBot, store: Store) -> None:
    window = open_with_client(qtbot, store)
    qtbot.mouseClick(toolbar_button(window), LEFT)
    form = the_form(qtbot, window)
    qtbot.keyClicks(form.service.lineEdit(), "Library")
    qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Cancel), LEFT)
    assert window.doc.network.referrals == () and window.doc.undo_stack.count() == 0


# the directory in the form ---------------------------------------------------------------


def test_a_service_from_the_directory_completes_and_goes_on_the_map_in_one_step(
    qtbot: QtBot, store: Store
) -> None:
    window = open_with_client(qtbot, store, demo=True)
    before = window.doc.network
    qtbot.mouseClick(toolbar_button(window), LEFT)
    form = the_form(qtbot, window)
    qtbot.keyClicks(form.service.lineEdit(), "gym on")
    assert form.service.currentText().casefold() == GYM.casefold()  # completed as typed
    assert form.service_info.text() == (
        "Leisure centre \u00b7 01234 567890 \u00b7 Mill Lane, Oakfield")
    assert form.add_row.isVisible() and form.add_kind.currentData() == "place"
    qtbot.mouseClick(form.add_to_map, LEFT, pos=QPoint(8, form.add_to_map.height() // 2))
    assert form.add_to_map.isChecked()
    qtbot.mouseClick(ok_button(form), LEFT)

    network = window.doc.network
    [new_node] = [n for n in network.nodes if n.id not in {m.id for m in before.nodes}]
    referral = network.referrals[-1]
    assert (new_node.label, new_node.kind, new_node.category, new_node.ring) == (
        GYM, NodeKind.PLACE, "leisure", network.rings)
    assert referral.service == GYM and referral.node_id == new_node.id
    assert window.doc.undo_stack.count() == 1
    window.doc.undo_stack.undo()
    assert window.doc.network.nodes == before.nodes
    assert window.doc.network.referrals == before.referrals


def test_the_directory_list_is_offered_in_the_service_field(qtbot: QtBot, store: Store) -> None:
    window = open_with_client(qtbot, store)
    qtbot.mouseClick(toolbar_button(window), LEFT)
    form = the_form(qtbot, window)
    items = [form.service.itemText(i) for i in range(form.service.count())]
    assert items == [GYM, "Tuesday walking group"]
    form.service.setCurrentIndex(1)
    assert form.add_kind.currentData() == "activity"  # a group: an activity on the map
    form.add_to_map.setChecked(True)
    qtbot.mouseClick(ok_button(form), LEFT)
    node = window.doc.network.node(window.doc.network.referrals[0].node_id or "")
    assert (node.kind, node.label) == (NodeKind.ACTIVITY, "Tuesday walking group")


def test_a_typed_service_not_in_the_directory_offers_no_map_node(
    qtbot: QtBot, store: Store
) -> None:
    window = open_with_client(qtbot, store)
    qtbot.mouseClick(toolbar_button(window), LEFT)
    form = the_form(qtbot, window)
    qtbot.keyClicks(form.service.lineEdit(), "Xylophone club")
    assert not form.add_row.isVisible() and not form.service_info.isVisible()


# from a place on the map, and from a goal ------------------------------------------------


def test_a_selected_place_has_a_refer_button_that_links_it(qtbot: QtBot, store: Store) -> None:
    window = open_with_client(qtbot, store, demo=True)
    button = window.properties.findChild(QPushButton, "referNodeButton")
    assert button is not None
    window.canvas.select_ids(["mum"])
    assert not button.isVisible()  # people are not referred to
    window.canvas.select_ids(["church"])
    window.docks[2].raise_()
    qtbot.waitUntil(button.isVisible)
    qtbot.mouseClick(button, LEFT)
    form = the_form(qtbot, window)
    assert form.node.currentData() == "church" and not form.add_row.isVisible()
    qtbot.keyClicks(form.service.lineEdit(), "Church lunch club")
    qtbot.mouseClick(ok_button(form), LEFT)
    assert window.doc.network.referrals[-1].node_id == "church"


def test_the_goals_panel_asks_for_a_referral_for_its_goal(qtbot: QtBot, store: Store) -> None:
    window = open_with_client(qtbot, store, demo=True)
    panel = window.findChild(QWidget, "goalsPanel")
    assert panel is not None
    panel.refer_requested.emit("g-church")  # type: ignore[attr-defined]
    form = the_form(qtbot, window)
    assert form.goal.currentData() == "g-church"
    qtbot.keyClicks(form.service.lineEdit(), "Choir taster session")
    qtbot.mouseClick(ok_button(form), LEFT)
    assert window.doc.network.referrals[-1].goal_id == "g-church"


def test_open_referral_dialog_from_elsewhere(qtbot: QtBot, store: Store) -> None:
    window = open_with_client(qtbot, store, demo=True)
    form = open_referral_dialog(window, node_id="gym", goal_id="g-gym")
    assert form is not None
    assert (form.node.currentData(), form.goal.currentData()) == ("gym", "g-gym")
    assert form.by_whom.text() == "Dr A Khan"
    form.reject()


# the Referrals dock ----------------------------------------------------------------------


def test_double_click_edits_the_status_as_one_undo_step(qtbot: QtBot, store: Store) -> None:
    window = open_with_client(qtbot, store, demo=True)
    dock, table = window.referrals.dock, window.referrals.panel.table
    dock.show()
    dock.raise_()
    qtbot.waitUntil(table.isVisible)
    item = table.topLevelItem(0)
    assert (item.text(0), item.text(2)) == ("Active Lives gym on prescription", "Made")
    rect = table.visualItemRect(item)
    qtbot.mouseClick(table.viewport(), LEFT, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), LEFT, pos=rect.center())
    form = the_form(qtbot, window)
    assert form.editing and ok_button(form).text() == "Save"
    assert form.service.currentText() == "Active Lives gym on prescription"
    assert not form.add_row.isVisible()
    form.status.setFocus()
    qtbot.keyClick(form.status, Qt.Key.Key_Down)  # made -> taken up
    form.outcome.setFocus()
    qtbot.keyClicks(form.outcome, "Went twice a week")
    qtbot.mouseClick(ok_button(form), LEFT)

    referral = window.doc.network.referrals[0]
    assert (referral.status, referral.outcome) == (ReferralStatus.TAKEN_UP, "Went twice a week")
    assert table.topLevelItem(0).text(2) == "Taken up"
    assert window.doc.undo_stack.count() == 1
    window.doc.undo_stack.undo()
    assert window.doc.network.referrals[0].status is ReferralStatus.MADE
    assert table.topLevelItem(0).text(2) == "Made"


def test_delete_in_the_dock_is_undoable(qtbot: QtBot, store: Store) -> None:
    window = open_with_client(qtbot, store, demo=True)
    panel = window.referrals.panel
    window.referrals.dock.show()
    window.referrals.dock.raise_()
    panel.select_referral("r-gym")
    qtbot.mouseClick(panel.delete_button, LEFT)
    assert window.doc.network.referrals == ()
    assert panel.empty.isVisible() and "Undo" in panel.message.text()
    window.doc.undo_stack.undo()
    assert [r.id for r in window.doc.network.referrals] == ["r-gym"]


def test_overdue_follow_ups_are_flagged_in_words(qtbot: QtBot) -> None:
    m = build_demo().current_map
    m = ops.update_referral(m, "r-gym", follow_up=m.date + timedelta(days=7))
    m = ops.add_referral(m, Referral(id="r-2", service="Library", date=m.date,
                                     status=ReferralStatus.TAKEN_UP,
                                     follow_up=m.date + timedelta(days=7)))
    panel = ReferralsPanel(MapDocument(m), today=lambda: m.date + timedelta(days=30))
    qtbot.addWidget(panel)
    overdue, done = (panel.table.topLevelItem(i) for i in range(2))
    assert overdue.text(3).startswith("OVERDUE: was due")
    assert not overdue.icon(3).isNull()
    assert not done.text(3).startswith("OVERDUE")  # taken up: nothing to chase


def test_an_earlier_version_is_read_only_for_referrals(qtbot: QtBot, store: Store) -> None:
    window = open_with_client(qtbot, store, demo=True)
    assert window.client is not None
    base = window.doc.network
    store.add_version(ops.start_review(base, "review", base.date + timedelta(days=1)))
    window.open_version(base.id, is_current=False)
    assert window.doc.read_only
    assert not window.referrals.refer.isEnabled()
    assert not window.referrals.panel.add_button.isEnabled()
    assert window.referrals.open() is None


def test_no_client_no_referrals(qtbot: QtBot, store: Store) -> None:
    window = open_window(qtbot, store)
    assert not window.referrals.refer.isEnabled()
    assert window.referrals.open() is None


def test_the_commands_are_in_the_menus(qtbot: QtBot, store: Store) -> None:
    window = open_window(qtbot, store)
    menus = {a.text().replace("&", ""): a.menu() for a in window.menuBar().actions()}
    assert window.referrals.refer in menus["Map"].actions()
    edit = menus["Edit"].actions()
    assert window.referrals.local_services in edit and window.referrals.preferences in edit
    assert window.referrals.dock.toggleViewAction() in menus["View"].actions()
    assert window.referrals.refer.shortcut().toString() == "Ctrl+R"
