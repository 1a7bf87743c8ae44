"""The caseload as a practitioner uses it: columns, search, filters, sorting, archive and
restore, and permanent delete that leaves nothing of the client in the store's files."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from netbuilder.gui.caseload import DeleteClientDialog, same_name
from netbuilder.gui.caseload_model import OVERDUE_COLOUR, Column, compact_date
from netbuilder.gui.window import MainWindow
from netbuilder.model import Client, ClientRecord, GoalStatus, ops
from netbuilder.model.demo import build_demo
from netbuilder.store import DB_NAME, NotFound
from netbuilder.store.db import Store
from tests.helpers import found_in_files, traces_of

from .shell import (
    OFFSCREEN_SIZE_HINTS,
    add_client,
    click_message_button,
    open_window,
    reopen,
    when_modal,
)

pytestmark = OFFSCREEN_SIZE_HINTS
TODAY = date.today()
LEFT = Qt.MouseButton.LeftButton


def demo_with_early_follow_up() -> ClientRecord:
    """The worked example with the referral's follow-up (3 weeks) before either goal's
    review (6 and 12 weeks): the next review date is the follow-up."""
    record = build_demo(TODAY)
    network = record.current_map
    referral = network.referrals[0].model_copy(update={"follow_up": TODAY + timedelta(weeks=3)})
    network = ops.rebuild(network, referrals=(referral,))
    return record.model_copy(update={"maps": (network,)})


def overdue_record() -> ClientRecord:
    """Mapped ten weeks ago: the follow-up (6 weeks on) and the first goal review are past."""
    record = build_demo(TODAY - timedelta(weeks=10))
    client = record.client.model_copy(update={"display_name": "Robin Example",
                                              "local_ref": "943 476 5919"})
    network = record.current_map.model_copy(update={"client_id": client.id})
    return ClientRecord(client=client, maps=(network,), current_map_id=network.id)


@pytest.fixture
def demo(store: Store) -> Client:
    return add_client(store, "", record=demo_with_early_follow_up())


@pytest.fixture
def robin(store: Store) -> Client:
    return add_client(store, "", record=overdue_record())


def rows(window: MainWindow) -> list[list[str]]:
    model = window.caseload.client_list.model()
    return [[str(model.index(r, c).data() or "") for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def names(window: MainWindow) -> list[str]:
    return [row[0].split("  ")[0] for row in rows(window)]


def row_of(window: MainWindow, name: str) -> int:
    return names(window).index(name)


def click_row(qtbot: QtBot, window: MainWindow, name: str, column: Column = Column.NAME) -> None:
    view = window.caseload.client_list
    index = view.model().index(row_of(window, name), column)
    qtbot.mouseClick(view.viewport(), LEFT, pos=view.visualRect(index).center())
    assert window.caseload.selected_client_id() is not None


def tick(qtbot: QtBot, box: object) -> None:
    qtbot.mouseClick(box, LEFT, pos=QPoint(5, box.height() // 2))  # type: ignore[attr-defined]


def test_columns_show_last_update_next_review_open_goals_and_overdue(
        qtbot: QtBot, store: Store, demo: Client, robin: Client) -> None:
    window = open_window(qtbot, store)
    view = window.caseload.client_list
    headers = [view.model().headerData(c, Qt.Orientation.Horizontal) for c in Column]
    assert headers == ["Client", "Updated", "Review", "Goals", "Overdue"]

    sam = rows(window)[row_of(window, "Sam Taylor (example)")]
    network = demo_with_early_follow_up().current_map
    updated = store.current_map(demo.id).updated_at.astimezone().date()
    assert sam == ["Sam Taylor (example)  \u00b7  DEMO-001", compact_date(updated, TODAY),
                   compact_date(TODAY + timedelta(weeks=3), TODAY), "2", "0"]
    assert network.goals[0].review_date == TODAY + timedelta(weeks=6)  # later than the follow-up

    late = rows(window)[row_of(window, "Robin Example")]
    assert late[2] == compact_date(TODAY - timedelta(weeks=4), TODAY)  # the missed follow-up
    assert late[3:] == ["2", "1"]
    review = view.model().index(row_of(window, "Robin Example"), Column.NEXT_REVIEW)
    assert review.data(Qt.ItemDataRole.ForegroundRole) == OVERDUE_COLOUR
    assert "Overdue since" in review.data(Qt.ItemDataRole.ToolTipRole)
    assert window.caseload.count_label.text() == "2 clients"


def test_overdue_only_and_search_filter_the_list(qtbot: QtBot, store: Store, demo: Client,
                                                  robin: Client) -> None:
    add_client(store, "Alex Morgan")
    window = open_window(qtbot, store)
    assert len(names(window)) == 3

    tick(qtbot, window.caseload.overdue_only)
    assert names(window) == ["Robin Example"]
    assert window.caseload.count_label.text() == "Showing 1 of 3"
    tick(qtbot, window.caseload.overdue_only)
    assert len(names(window)) == 3

    qtbot.keyClicks(window.caseload.search_edit, "demo-0")  # the reference
    assert names(window) == ["Sam Taylor (example)"]
    window.caseload.search_edit.clear()
    qtbot.keyClicks(window.caseload.search_edit, "9434765919")  # NHS number without spaces
    assert names(window) == ["Robin Example"]
    tick(qtbot, window.caseload.overdue_only)  # both filters at once
    assert names(window) == ["Robin Example"]
    window.caseload.search_edit.clear()
    assert names(window) == ["Robin Example"]


def test_clicking_a_header_sorts_by_that_column(qtbot: QtBot, store: Store, demo: Client,
                                                robin: Client) -> None:
    add_client(store, "Aaron No-goals")
    window = open_window(qtbot, store)
    assert names(window) == ["Aaron No-goals", "Robin Example", "Sam Taylor (example)"]
    header = window.caseload.client_list.horizontalHeader()
    x = header.sectionViewportPosition(Column.NEXT_REVIEW) + 10
    qtbot.mouseClick(header.viewport(), LEFT, pos=QPoint(x, header.height() // 2))
    order = names(window)
    assert order[:2] == ["Robin Example", "Sam Taylor (example)"]  # earliest first, none last
    assert header.sortIndicatorSection() == Column.NEXT_REVIEW


def test_archive_and_restore_keep_the_columns(qtbot: QtBot, store: Store, demo: Client,
                                              robin: Client) -> None:
    window = open_window(qtbot, store)
    click_row(qtbot, window, "Robin Example", Column.OPEN_GOALS)
    when_modal(QMessageBox, click_message_button(qtbot, QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(window.caseload.archive_button, LEFT)
    assert names(window) == ["Sam Taylor (example)"]
    tick(qtbot, window.caseload.show_archived)
    archived = rows(window)[row_of(window, "Robin Example")]
    assert archived[0].endswith("(archived)") and archived[3:] == ["2", "1"]
    click_row(qtbot, window, "Robin Example")
    qtbot.mouseClick(window.caseload.restore_button, LEFT)
    assert not reopen(store).get_client(robin.id).archived
    assert not rows(window)[row_of(window, "Robin Example")][0].endswith("(archived)")


def test_the_open_clients_row_follows_their_map(qtbot: QtBot, store: Store,
                                                demo: Client) -> None:
    window = open_window(qtbot, store)
    index = window.caseload.client_list.model().index(0, Column.OPEN_GOALS)
    centre = window.caseload.client_list.visualRect(index).center()
    qtbot.mouseClick(window.caseload.client_list.viewport(), LEFT, pos=centre)
    qtbot.mouseDClick(window.caseload.client_list.viewport(), LEFT, pos=centre)
    assert window.client is not None and window.client.id == demo.id
    goals = window.doc.network.goals
    achieved = goals[0].model_copy(update={"status": GoalStatus.ACHIEVED})
    window.doc.apply("goal achieved", lambda m: ops.rebuild(m, goals=(achieved, goals[1])))
    assert rows(window)[0][3] == "1"

    def saved_facts() -> int | None:
        facts = reopen(store).list_clients()[0].facts
        return None if facts is None else facts.open_goals

    qtbot.waitUntil(lambda: saved_facts() == 1, timeout=2000)



def test_delete_asks_for_the_name_and_leaves_no_trace(qtbot: QtBot, store: Store, demo: Client,
                                                      robin: Client) -> None:
    window = open_window(qtbot, store)
    needles = traces_of(store, robin)
    assert found_in_files(store.folder, needles)  # the scan finds them before
    click_row(qtbot, window, "Robin Example")
    assert window.caseload.delete_button.isEnabled()

    def cancel(dialog: DeleteClientDialog) -> None:
        qtbot.keyClicks(dialog.confirm_edit, "Robin Example")
        assert dialog.delete_button.isEnabled()
        cancel_button = dialog.findChild(QDialogButtonBox).button(
            QDialogButtonBox.StandardButton.Cancel)
        qtbot.mouseClick(cancel_button, LEFT)

    when_modal(DeleteClientDialog, cancel)
    qtbot.mouseClick(window.caseload.delete_button, LEFT)
    assert "Robin Example" in names(window)
    assert reopen(store).get_client(robin.id).display_name == "Robin Example"

    seen: list[str] = []

    def confirm(dialog: DeleteClientDialog) -> None:
        seen.append(dialog.findChild(QLabel, "titleLabel").text())
        assert not dialog.delete_button.isEnabled()
        qtbot.keyClicks(dialog.confirm_edit, "Robin")
        assert not dialog.delete_button.isEnabled()  # half a name is not enough
        qtbot.keyClicks(dialog.confirm_edit, " example")  # case does not matter
        assert dialog.delete_button.isEnabled()
        qtbot.mouseClick(dialog.delete_button, LEFT)

    when_modal(DeleteClientDialog, confirm)
    qtbot.mouseClick(window.caseload.delete_button, LEFT)
    assert seen == ["Delete Robin Example permanently?"]
    assert names(window) == ["Sam Taylor (example)"]
    tick(qtbot, window.caseload.show_archived)
    assert names(window) == ["Sam Taylor (example)"]
    with pytest.raises(NotFound):
        store.get_client(robin.id)
    assert [s.client.id for s in reopen(store).list_clients(include_archived=True)] == [demo.id]
    assert found_in_files(store.folder, needles) == []
    assert (store.folder / f"{DB_NAME}-wal").stat().st_size == 0


def test_deleting_the_open_client_closes_their_map_first(qtbot: QtBot, store: Store,
                                                         demo: Client, robin: Client) -> None:
    window = open_window(qtbot, store)
    window.open_client(robin.id)
    window.docks[0].raise_()  # the caseload, in front of the palette
    assert window.client is not None and window.central.currentIndex() == 1
    window.doc.apply("rename", lambda m: ops.rebuild(m, what_matters="pending when deleted"))
    assert window.autosaver.pending
    click_row(qtbot, window, "Robin Example")

    def confirm(dialog: DeleteClientDialog) -> None:
        qtbot.keyClicks(dialog.confirm_edit, "Robin Example")
        qtbot.keyClick(dialog.confirm_edit, Qt.Key.Key_Return)

    when_modal(DeleteClientDialog, confirm)
    qtbot.mouseClick(window.caseload.delete_button, LEFT)
    assert window.client is None and window.central.currentIndex() == 0
    assert window.doc.network.nodes == () and not window.autosaver.pending
    assert window.doc.undo_stack.count() == 0  # no undo brings the client back
    assert names(window) == ["Sam Taylor (example)"]
    qtbot.wait(50)
    assert window.status.saved.text() != "Not saved"


def test_the_name_must_be_typed_as_it_is() -> None:
    assert same_name("  robin   EXAMPLE ", "Robin Example")
    assert not same_name("Robin", "Robin Example")
    assert not same_name("", "")
