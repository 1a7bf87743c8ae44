"""The conversation guide: five steps with prompts, jumping between them, and what is on
the map so far, live."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, Qt, QTranslator
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from netbuilder.gui.canvas.geometry import node_xy
from netbuilder.gui.caseload import CaseloadPanel
from netbuilder.gui.document import MapDocument
from netbuilder.gui.guide import GuidePanel, captured_html, guide_steps
from netbuilder.gui.summary_panel import SummaryPanel
from netbuilder.gui.window import MainWindow
from netbuilder.model import Client, ops
from netbuilder.model.demo import build_demo
from netbuilder.store.db import Store

from .shell import OFFSCREEN_SIZE_HINTS, open_window

pytestmark = OFFSCREEN_SIZE_HINTS
LEFT = Qt.MouseButton.LeftButton


def view_menu_action(window: MainWindow, text: str) -> object:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    return next(a for a in menu.actions() if a.text() == text)


def open_guide(qtbot: QtBot, window: MainWindow) -> GuidePanel:
    action = view_menu_action(window, "Conversation guide")
    assert not action.isChecked()  # off until asked for
    action.trigger()  # type: ignore[attr-defined]
    assert window.guide_dock.isVisible()
    return window.guide_dock.guide


def click_step(qtbot: QtBot, guide: GuidePanel, row: int) -> None:
    listing = guide.step_list
    rect = listing.visualItemRect(listing.item(row))
    qtbot.mouseClick(listing.viewport(), LEFT, pos=rect.center())


def test_five_steps_each_with_two_to_four_prompts() -> None:
    steps = guide_steps()
    assert len(steps) == 5
    assert all(2 <= len(step.prompts) <= 4 for step in steps)
    assert [s.title for s in steps] == [
        "Usual and important connections",
        "Key people, significant places and regular activities",
        "How each one helps or hinders wellbeing",
        "What might change",
        "What would help make those changes",
    ]


def test_the_guide_is_hidden_until_the_view_menu_shows_it(qtbot: QtBot, store: Store,
                                                          demo: Client) -> None:
    window = open_window(qtbot, store)
    assert not window.guide_dock.isVisible()
    guide = open_guide(qtbot, window)
    assert "Open a client" in guide.captured_label.text()
    window.open_client(demo.id)
    assert "People (5)" in guide.captured_text()
    view_menu_action(window, "Conversation guide").trigger()  # type: ignore[attr-defined]
    assert not window.guide_dock.isVisible()


def test_next_back_and_the_step_list_move_between_steps(qtbot: QtBot, store: Store,
                                                        demo: Client) -> None:
    window = open_window(qtbot, store)
    window.open_client(demo.id)
    guide = open_guide(qtbot, window)
    assert guide.step == 0 and not guide.back_button.isEnabled()
    assert guide.counter_label.text() == "Step 1 of 5"
    assert "Tell me about a usual week" in guide.prompts_label.text()
    text = guide.captured_text()
    assert "People (5): Mum, Jo (friend), Pat next door, Alex (CPN), Dr Shah (GP)" in text
    assert "Activities (2): Gardening, Walking the dog" in text

    qtbot.mouseClick(guide.next_button, LEFT)
    assert guide.step == 1 and guide.title_label.text().startswith("2. Key people")
    assert "Ring 1, Very close (3): Jo (friend), Alex (CPN), Home" in guide.captured_text()
    assert "Alex (CPN): Network member, Bridge builder" in guide.captured_text()

    click_step(qtbot, guide, 3)  # jump to "what might change"
    assert guide.step == 3 and guide.counter_label.text() == "Step 4 of 5"
    text = guide.captured_text()
    assert "Would like more of (4): Jo (friend), Gym (on prescription), St Mary's church," in text
    assert "Would like less of (2): Mum, Home" in text
    assert "What matters to me: Feeling less alone." in text

    qtbot.mouseClick(guide.back_button, LEFT)
    assert guide.step == 2
    text = guide.captured_text()
    assert "Makes things harder (negative) (1): Mum" in text
    assert "Both good and hard (mixed) (1): Home" in text

    click_step(qtbot, guide, 4)
    assert guide.step == 4 and not guide.next_button.isEnabled()
    text = guide.captured_text()
    assert "Goals (2 open of 2): Try gym on prescription (Active)" in text
    assert "with Dr Shah (GP), Alex (CPN)" in text
    assert "Signposting and referrals (1): Active Lives gym on prescription (Made)" in text


def test_what_is_captured_follows_the_map_as_it_is_drawn(qtbot: QtBot, store: Store,
                                                         demo: Client) -> None:
    window = open_window(qtbot, store)
    window.open_client(demo.id)
    guide = open_guide(qtbot, window)
    item = window.palette.item_for("Library")
    window.palette.scrollToItem(item)
    centre = window.palette.visualItemRect(item).center()
    qtbot.mouseClick(window.palette.viewport(), LEFT, pos=centre)
    qtbot.mouseDClick(window.palette.viewport(), LEFT, pos=centre)
    qtbot.keyClicks(window.canvas.viewport(), "Central library")
    qtbot.keyClick(window.canvas.viewport(), Qt.Key.Key_Return)
    assert "Places (6)" in guide.captured_text()
    assert "Central library" in guide.captured_text()

    click_step(qtbot, guide, 2)
    node = window.doc.network.node("jo")
    pos = window.canvas.mapFromScene(QPointF(*node_xy(node.ring, node.angle)))
    qtbot.mouseClick(window.canvas.viewport(), LEFT, pos=pos)
    combo = window.properties.node_fields.effect
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # positive -> neutral -> negative
    assert "Makes things harder (negative) (2): Mum, Jo (friend)" in guide.captured_text()
    assert "Jo (friend)" in guide.captured_label.text()

    window.commands.undo.trigger()
    assert "Makes things harder (negative) (1): Mum" in guide.captured_text()


def test_labels_are_escaped_in_the_captured_text() -> None:
    html = captured_html([("People (1)", ["<img src=x>"])])
    assert "<img" not in html and "&lt;img src=x&gt;" in html


def test_a_hidden_guide_catches_up_when_shown(qtbot: QtBot) -> None:
    doc = MapDocument(build_demo().current_map)
    guide = GuidePanel(doc, lambda: True)
    qtbot.addWidget(guide)
    guide.show()
    guide.hide()
    doc.apply("what matters", lambda m: ops.set_what_matters(m, "Singing again"))
    guide.go_to(3)
    guide.show()
    assert "What matters to me: Singing again" in guide.captured_text()
    assert "Singing again" in guide.captured_label.text()


class Marking(QTranslator):
    """A translator that marks every string it is asked for: what is shown unmarked
    never went through Qt's translation."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        return f"\u27e6{source}"


def test_every_visible_string_goes_through_translation(qtbot: QtBot, store: Store,
                                                       demo: Client) -> None:
    translator = Marking()
    QCoreApplication.installTranslator(translator)
    try:
        doc = MapDocument(store.current_map(demo.id))
        guide, summary = GuidePanel(doc, lambda: True), SummaryPanel(doc, lambda: True)
        caseload = CaseloadPanel(store)
        for widget in (guide, summary, caseload):
            qtbot.addWidget(widget)
            widget.show()
        summary.refresh()
        fixed: list[str] = []
        for widget in (guide, summary, caseload):
            for label in widget.findChildren(QLabel) + widget.findChildren(QPushButton):
                if label.isVisibleTo(widget) and label.text():
                    fixed.append(label.text())
        unmarked = [t for t in fixed if "\u27e6" not in t]
        assert len(fixed) > 25 and unmarked == []
        assert all("\u27e6" in guide.step_list.item(i).text() for i in range(5))
        model = caseload.client_list.model()
        assert all("\u27e6" in str(model.headerData(c, Qt.Orientation.Horizontal))
                   for c in range(model.columnCount()))
    finally:
        QCoreApplication.removeTranslator(translator)
