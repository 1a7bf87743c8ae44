"""The log never holds client text: a client full of distinctive strings goes through a
whole session on the real widgets (open from the caseload, rename a node, add a goal, save
the plan, fail to save the plan and the map, lock with Ctrl+L), then every file in the
log folder is scanned for every one of those strings."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, qWarning
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from netbuilder import logs
from netbuilder.gui.activity_log import install_qt_messages, qt_category, qt_head
from netbuilder.gui.window import MainWindow
from netbuilder.logs import short_id
from netbuilder.model import (
    Client,
    ClientRecord,
    Goal,
    NetworkMap,
    Node,
    NodeKind,
    Referral,
    ReferralStatus,
)
from netbuilder.store.db import Store

from ..unit.test_logs import texts_found
from .shell import (
    OFFSCREEN_SIZE_HINTS,
    add_client,
    click_message_button,
    open_window,
    reopen,
    when_modal,
)
from .test_goals import click_node, type_new_goal
from .test_stories import (
    back_to_the_window,
    bring_forward,
    menu_action,
    open_client_from_caseload,
)

pytestmark = OFFSCREEN_SIZE_HINTS

PLANTED = {
    "name": "Zebedee-Quixote-7431",
    "reference": "REF-Xanthippe-8812",
    "other client": "Nebuchadnezzar-Pumpernickel-3390",
    "node label": "Marmaduke-Ostrich-2290",
    "place label": "Blancmange-Lighthouse-6618",
    "node notes": "Notes-Persimmon-5521",
    "goal": "Goal-Kumquat-6403",
    "referral service": "Service-Bassoon-9954",
    "referral by": "ByWhom-Gazpacho-1276",
    "referral reason": "Reason-Tangerine-4471",
    "what matters": "Matters-Wombat-3318",
    "version label": "Version-Harpsichord-8025",
    "typed label": "Typed-Halibut-1187",
    "typed goal": "Goalie-Quokka-2764",
    "typed notes": "Unsaved-Aubergine-4402",
    "plan folder": "Folder-Zeppelin-5830",
}


@pytest.fixture
def log_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The log in a folder of the test's own (``NETBUILDER_LOG_DIR``), as the app starts it."""
    folder = tmp_path / "logs"
    monkeypatch.setenv(logs.ENV_LOG_DIR, str(folder))
    monkeypatch.delenv(logs.ENV_LOG_LEVEL, raising=False)
    assert logs.setup_logging() == folder
    yield folder
    logs.stop_logging()


def planted_record() -> ClientRecord:
    client = Client(display_name=PLANTED["name"], local_ref=PLANTED["reference"])
    network = NetworkMap(
        client_id=client.id, date=date(2026, 11, 2), label=PLANTED["version label"],
        what_matters=PLANTED["what matters"],
        nodes=(Node(id="friend", kind=NodeKind.PERSON, label=PLANTED["node label"], ring=2,
                    angle=40.0, notes=PLANTED["node notes"]),
               Node(id="place", kind=NodeKind.PLACE, label=PLANTED["place label"], ring=3,
                    angle=200.0)),
        goals=(Goal(id="g1", text=PLANTED["goal"], node_ids=("friend",)),),
        referrals=(Referral(id="r1", service=PLANTED["referral service"],
                            by_whom=PLANTED["referral by"], date=date(2026, 11, 2),
                            reason=PLANTED["referral reason"], status=ReferralStatus.MADE,
                            goal_id="g1"),),
    )
    return ClientRecord(client=client, maps=(network,), current_map_id=network.id)


def log_text(folder: Path) -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(folder.iterdir()))


# what the person does ------------------------------------------------------------------


def rename_node(qtbot: QtBot, window: MainWindow, node_id: str, label: str) -> None:
    bring_forward(qtbot, window.docks[2])  # Properties
    click_node(qtbot, window, node_id)
    fields = window.properties.node_fields
    qtbot.waitUntil(fields.label.isVisible)
    fields.label.setFocus()
    fields.label.selectAll()
    qtbot.keyClicks(fields.label, label)
    qtbot.keyClick(fields.label, Qt.Key.Key_Tab)
    assert window.doc.network.node(node_id).label == label


def add_goal(qtbot: QtBot, window: MainWindow, words: str) -> None:
    bring_forward(qtbot, window.goals_dock)
    type_new_goal(qtbot, window.goals_dock.panel, words)
    assert words in [g.text for g in window.doc.network.goals]


def save_plan_to(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch,
                 target: Path) -> None:
    """File > Save plan as PDF, choosing ``target`` in the file dialog; a warning that it
    could not be written is answered with OK."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(target), "PDF files (*.pdf)"))
    when_modal(QMessageBox, click_message_button(qtbot, QMessageBox.StandardButton.Ok))
    menu_action(window, "File", "Save plan as PDF…").trigger()


def lock_with_ctrl_l_losing_the_last_change(qtbot: QtBot, window: MainWindow) -> None:
    """Ctrl+L; asked whether to carry on without the change that could not be saved,
    the person says Discard."""
    back_to_the_window(qtbot, window)
    when_modal(QMessageBox, click_message_button(qtbot, QMessageBox.StandardButton.Discard))
    with qtbot.waitSignal(window.closed, timeout=3000) as closing:
        qtbot.keyClick(window.canvas, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert closing.args == [True] and window.locked


# the story -------------------------------------------------------------------------------


def test_a_whole_session_leaves_no_client_text_in_the_log(
        qtbot: QtBot, store: Store, log_dir: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    client = add_client(store, "", record=planted_record())
    add_client(store, PLANTED["other client"], "REF-" + PLANTED["other client"])
    window = open_window(qtbot, store)

    open_client_from_caseload(qtbot, window, PLANTED["name"])
    rename_node(qtbot, window, "friend", PLANTED["typed label"])
    add_goal(qtbot, window, PLANTED["typed goal"])
    qtbot.waitUntil(lambda: not window.autosaver.pending, timeout=3000)
    with reopen(store) as fresh:
        on_disk = fresh.current_map(client.id)
    assert on_disk.node("friend").label == PLANTED["typed label"]

    plans = tmp_path / f"{PLANTED['plan folder']} {PLANTED['name']}"
    plans.mkdir()
    save_plan_to(qtbot, window, monkeypatch, plans / f"{PLANTED['name']}.pdf")
    assert (plans / f"{PLANTED['name']}.pdf").exists()

    # an error path: a folder that is not there (named, as people do, for the client)
    missing = tmp_path / f"gone {PLANTED['name']}" / "plan.pdf"
    save_plan_to(qtbot, window, monkeypatch, missing)
    assert not missing.exists() and not missing.parent.exists()

    # another: the store goes away under the window, so the next edit cannot be saved
    window.store.close()
    try:
        fields = window.properties.node_fields
        bring_forward(qtbot, window.docks[2])
        with qtbot.waitSignal(window.autosaver.failed, timeout=3000):
            fields.notes.setFocus()
            qtbot.keyClicks(fields.notes, PLANTED["typed notes"])
        assert window.autosaver.pending
        lock_with_ctrl_l_losing_the_last_change(qtbot, window)
    finally:
        window.locked = True  # if the story failed above, closing must not ask to save

    found = texts_found(log_dir, PLANTED)
    assert found == []
    text = log_text(log_dir)
    for line in ("main window shown", f"client opened: {short_id(client.id)} (map ",
                 "plan saved", "plan not saved",
                 "dialog opened while handling an error: QMessageBox (Warning) | ",
                 "FileNotFoundError [ENOENT] at ", "save failed (store) | "
                 "netbuilder.store.errors.StoreError at ", "dialog opened: QMessageBox (Warning)",
                 "window locked"):
        assert line in text, line
    assert "<withheld>" not in text  # the window's own lines are all fixed text


@pytest.mark.qt_log_ignore(r"^QLineEdit::setText: ")
def test_qt_warnings_are_logged_without_their_text(log_dir: Path) -> None:
    install_qt_messages()
    qWarning(f'QLineEdit::setText: "{PLANTED["name"]}" is longer than the maximum')
    assert texts_found(log_dir, PLANTED) == []
    assert "WARNING netbuilder.qt: Qt message [default]: QLineEdit::setText (" in log_text(
        log_dir)


def test_qt_messages_are_cut_to_their_function() -> None:
    font = 'QFont::setPointSize: Point size <= 0 (-1) "x"'
    assert qt_head(font) == f"QFont::setPointSize ({len(font)} characters)"
    quoted = f"{PLANTED['name']}: QPainter"
    assert qt_head(quoted) == f"- ({len(quoted)} characters)"
    plugin = "This plugin does not support propagateSizeHints()"
    assert qt_head(plugin) == f"- ({len(plugin)} characters)"
    assert qt_category("qt.qpa.fonts") == "qt.qpa.fonts"
    assert qt_category(f"{PLANTED['name']}") == "other" and qt_category(None) == "other"
