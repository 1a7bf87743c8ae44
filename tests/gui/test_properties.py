"""The properties panel: every field edits the map at once, as one sane undo step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from netbuilder.gui.document import MapDocument
from netbuilder.gui.properties import PropertiesPanel
from netbuilder.model import ROLE_MEANINGS, Effect, Profession, Role, ops
from netbuilder.model.demo import build_demo

from .shell import OFFSCREEN_SIZE_HINTS

pytestmark = OFFSCREEN_SIZE_HINTS


class Bench(QWidget):
    """The panel beside a plain line edit, somewhere else for the focus to go."""

    def __init__(self, doc: MapDocument) -> None:
        super().__init__()
        self.panel = PropertiesPanel(doc, self)
        self.elsewhere = QLineEdit(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        layout.addWidget(self.elsewhere)


@pytest.fixture
def doc() -> MapDocument:
    return MapDocument(build_demo().current_map)


@pytest.fixture
def bench(qtbot: QtBot, doc: MapDocument) -> Bench:
    bench = Bench(doc)
    qtbot.addWidget(bench)
    with qtbot.waitActive(bench):
        bench.show()
        bench.activateWindow()
    return bench


def _tick(qtbot: QtBot, box: QCheckBox) -> None:
    """Click the box itself (a check box takes clicks on its box and text only)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def _select(bench: Bench, node_id: str) -> PropertiesPanel:
    bench.panel.set_selected_ids([node_id])
    return bench.panel


def test_typing_a_label_is_one_undo_step_until_focus_leaves(qtbot: QtBot, bench: Bench,
                                                            doc: MapDocument) -> None:
    fields = _select(bench, "pat").node_fields
    fields.label.setFocus()
    fields.label.selectAll()
    qtbot.keyClicks(fields.label, "Pat")
    qtbot.keyClicks(fields.label, " (neighbour)")
    assert doc.network.node("pat").label == "Pat (neighbour)"
    assert doc.undo_stack.count() == 1

    qtbot.keyClick(fields.label, Qt.Key.Key_Tab)
    fields.notes.setFocus()
    qtbot.keyClicks(fields.notes, "Walks the dog with the client")
    assert doc.network.node("pat").notes == "Walks the dog with the client"
    assert doc.undo_stack.count() == 2

    doc.undo_stack.undo()
    assert doc.network.node("pat").notes == "" and fields.notes.toPlainText() == ""
    doc.undo_stack.undo()
    assert doc.network.node("pat").label == "Pat next door"
    assert fields.label.text() == "Pat next door"


def test_a_trailing_space_survives_typing(qtbot: QtBot, bench: Bench, doc: MapDocument) -> None:
    fields = _select(bench, "jo").node_fields
    fields.label.setFocus()
    fields.label.selectAll()
    qtbot.keyClicks(fields.label, "Jo Smith")
    assert fields.label.text() == "Jo Smith"  # the space was not eaten mid-word
    assert doc.network.node("jo").label == "Jo Smith"


def test_an_emptied_label_is_refused_and_shown_again(qtbot: QtBot, bench: Bench,
                                                     doc: MapDocument) -> None:
    fields = _select(bench, "mum").node_fields
    fields.label.setFocus()
    fields.label.selectAll()
    qtbot.keyClick(fields.label, Qt.Key.Key_Backspace)
    assert doc.network.node("mum").label == "Mum"
    qtbot.keyClick(fields.label, Qt.Key.Key_Tab)
    assert fields.label.text() == "Mum" and doc.undo_stack.count() == 0


def test_practitioner_roles_have_their_meanings_and_toggle(qtbot: QtBot, bench: Bench,
                                                           doc: MapDocument) -> None:
    fields = _select(bench, "cpn").node_fields
    assert fields.practitioner.isVisible()
    for role, box in fields.roles.items():
        assert box.toolTip() == ROLE_MEANINGS[role] and box.accessibleName()
    assert fields.roles[Role.NETWORK_MEMBER].isChecked()

    _tick(qtbot, fields.roles[Role.MOTIVATOR])
    assert doc.network.node("cpn").roles == (
        Role.BRIDGE_BUILDER, Role.MOTIVATOR, Role.NETWORK_MEMBER)
    _tick(qtbot, fields.roles[Role.NETWORK_MEMBER])
    assert Role.NETWORK_MEMBER not in doc.network.node("cpn").roles

    fields.profession.setFocus()
    qtbot.keyClick(fields.profession, Qt.Key.Key_Down)
    assert doc.network.node("cpn").profession is Profession.VOLUNTARY_SECTOR


def test_a_goal_supporter_stays_a_practitioner(qtbot: QtBot, bench: Bench,
                                               doc: MapDocument) -> None:
    fields = _select(bench, "cpn").node_fields  # Alex supports both goals
    fields.category.setFocus()
    qtbot.keyClick(fields.category, Qt.Key.Key_Up)
    assert doc.network.node("cpn").category == "practitioner" and doc.undo_stack.count() == 0
    assert "Alex (CPN) supports a goal" in bench.panel.message.text()
    assert fields.category.currentData() == "practitioner"  # the field shows the map again


def test_a_practitioner_made_a_peer_loses_roles_in_one_step(qtbot: QtBot, bench: Bench,
                                                           doc: MapDocument) -> None:
    doc.replace(ops.remove_goal(ops.remove_goal(doc.network, "g-gym"), "g-church"))
    fields = _select(bench, "cpn").node_fields
    fields.category.setFocus()
    qtbot.keyClick(fields.category, Qt.Key.Key_Up)  # practitioner -> peer
    cpn = doc.network.node("cpn")
    assert (cpn.category, cpn.roles, cpn.profession) == ("peer", (), None)
    assert not fields.practitioner.isVisible()
    doc.undo_stack.undo()
    assert doc.network.node("cpn").roles and fields.practitioner.isVisible()


def test_effect_frequency_wants_and_share_of_week(qtbot: QtBot, bench: Bench,
                                                  doc: MapDocument) -> None:
    fields = _select(bench, "home").node_fields
    fields.effect.setFocus()
    qtbot.keyClick(fields.effect, Qt.Key.Key_Down)  # mixed is last: stays
    qtbot.keyClick(fields.effect, Qt.Key.Key_Up)
    assert doc.network.node("home").effect is Effect.NEGATIVE

    assert fields.share.text() == "75 %"
    fields.share.setFocus()
    fields.share.selectAll()
    qtbot.keyClicks(fields.share, "40")
    assert doc.network.node("home").share_of_week == 40
    for _ in range(6):
        qtbot.keyClick(fields.share, Qt.Key.Key_PageDown)
    assert doc.network.node("home").share_of_week is None
    assert fields.share.text() == "not known"

    fields.wants.setFocus()
    qtbot.keyClick(fields.wants, Qt.Key.Key_Home)
    assert doc.network.node("home").wants is None
    fields.frequency.setFocus()
    qtbot.keyClick(fields.frequency, Qt.Key.Key_Down)
    assert doc.network.node("home").frequency.value == "weekly"


def test_activities_take_a_free_text_category(qtbot: QtBot, bench: Bench,
                                              doc: MapDocument) -> None:
    fields = _select(bench, "gardening").node_fields
    assert fields.category_text.isVisible() and not fields.category.isVisible()
    assert fields.category_text.text() == "hobby"
    fields.category_text.setFocus()
    fields.category_text.selectAll()
    qtbot.keyClicks(fields.category_text, "allotment")
    assert doc.network.node("gardening").category == "allotment"


def test_ring_spin_moves_the_node_and_keeps_its_angle(qtbot: QtBot, bench: Bench,
                                                      doc: MapDocument) -> None:
    fields = _select(bench, "pat").node_fields
    assert fields.ring.maximum() == 3 and fields.ring.text() == "3 \u2013 Less close"
    fields.ring.setFocus()
    qtbot.keyClick(fields.ring, Qt.Key.Key_Down)
    pat = doc.network.node("pat")
    assert (pat.ring, pat.angle) == (2, 20.0)
    assert fields.ring.text() == "2 \u2013 Close"


def test_with_nothing_selected_the_map_itself_is_edited(qtbot: QtBot, bench: Bench,
                                                        doc: MapDocument) -> None:
    panel = bench.panel
    panel.set_selected_ids([])
    fields = panel.map_fields
    assert panel.pages.currentIndex() == 0
    assert [e.text() for e in fields.ring_labels] == ["Very close", "Close", "Less close"]
    fields.ring_labels[2].setFocus()
    fields.ring_labels[2].selectAll()
    qtbot.keyClicks(fields.ring_labels[2], "Further away")
    assert doc.network.ring_labels[2] == "Further away"
    fields.what_matters.setFocus()
    qtbot.keyClick(fields.what_matters, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(fields.what_matters, " Going to church.")
    assert doc.network.what_matters.endswith("Going to church.")
    fields.version_label.setFocus()
    fields.version_label.selectAll()
    qtbot.keyClicks(fields.version_label, "first meeting")
    assert doc.network.label == "first meeting"
    assert doc.undo_stack.count() == 3


def test_several_selected_shows_the_map_with_a_hint(bench: Bench) -> None:
    bench.panel.set_selected_ids(["mum", "jo"])
    assert bench.panel.pages.currentIndex() == 0
    assert "2 selected" in bench.panel.map_fields.hint.text()


def test_read_only_refuses_edits(qtbot: QtBot, bench: Bench, doc: MapDocument) -> None:
    doc.set_read_only(True)
    fields = _select(bench, "mum").node_fields
    assert fields.label.isReadOnly() and not fields.effect.isEnabled()
    assert not fields.roles[Role.MOTIVATOR].isEnabled()
    fields.label.setFocus()
    qtbot.keyClicks(fields.label, "X")
    assert doc.network.node("mum").label == "Mum" and doc.undo_stack.count() == 0
