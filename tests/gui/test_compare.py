"""Reviews: compare two versions of a client's map, overlaid or side by side, from the window."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QListWidget, QMenu
from pytestqt.qtbot import QtBot

from netbuilder.analysis.comparison import compare
from netbuilder.analysis.wording import describe_changes
from netbuilder.gui.canvas.geometry import node_xy
from netbuilder.gui.canvas.overlay import CHANGE, ChangeTag, GhostNode, MoveArrow
from netbuilder.gui.canvas.view import MapView
from netbuilder.gui.compare_changes import change_lines
from netbuilder.gui.compare_dialog import CompareDialog, default_pair
from netbuilder.gui.dialogs import StartReviewDialog
from netbuilder.gui.window import MainWindow
from netbuilder.model import Client, Effect, GoalStatus, NetworkMap, ReferralStatus, ops
from netbuilder.model.demo import build_demo
from netbuilder.store.db import Store
from netbuilder.store.errors import StoreError

from .shell import OFFSCREEN_SIZE_HINTS, open_window, reopen, when_modal

pytestmark = OFFSCREEN_SIZE_HINTS

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"
GOAL = "Try gym on prescription"
LEFT = Qt.MouseButton.LeftButton


def start_review_with_three_changes(qtbot: QtBot, window: MainWindow) -> str:
    """Through the window, as in a review meeting: start the 6-month review, move Pat a
    ring closer, add "Volunteering" from the palette, mark the gym goal achieved.
    Returns the new activity's id."""

    def accept(dialog: StartReviewDialog) -> None:
        qtbot.keyClick(dialog.label_edit, Qt.Key.Key_Return)

    when_modal(StartReviewDialog, accept)
    window.commands.start_review.trigger()
    assert window.doc.network.label == "6-month review" and not window.doc.read_only

    canvas = window.canvas
    canvas.setFocus()
    canvas.focus_node("pat")
    qtbot.keyClick(canvas.viewport(), Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert window.doc.network.node("pat").ring == 2

    item = window.palette.item_for("Volunteering")
    window.palette.scrollToItem(item)
    centre = window.palette.visualItemRect(item).center()
    qtbot.mouseClick(window.palette.viewport(), LEFT, pos=centre)
    qtbot.mouseDClick(window.palette.viewport(), LEFT, pos=centre)
    qtbot.keyClick(canvas.viewport(), Qt.Key.Key_Return)  # keep the name it came with
    added = window.doc.network.nodes[-1]
    assert (added.label, added.kind.value) == ("Volunteering", "activity")

    # the goals panel is another part of the window; the edit is the one it makes
    assert window.doc.apply("Goal achieved",
                            lambda m: ops.update_goal(m, "g-gym", status=GoalStatus.ACHIEVED))
    return added.id


def open_review(qtbot: QtBot, store: Store, demo: Client) -> tuple[MainWindow, str]:
    window = open_window(qtbot, store)
    window.open_client(demo.id)
    return window, start_review_with_three_changes(qtbot, window)


def run_comparison(window: MainWindow, look: Callable[[CompareDialog], None]) -> None:
    """Open the comparison with the window's command and ``look`` at it; failures inside
    the modal dialog are raised here, after it has closed."""
    failures: list[BaseException] = []

    def checked(dialog: CompareDialog) -> None:
        try:
            look(dialog)
        except BaseException as e:  # re-raised below, once the dialog has closed
            failures.append(e)

    when_modal(CompareDialog, checked)
    window.commands.compare_versions.trigger()
    if failures:
        raise failures[0]


def texts(dialog: CompareDialog) -> list[str]:
    listing = dialog.changes
    return [listing.item(row).text() for row in range(listing.count())]


def cell(dialog: CompareDialog, row: int, column: int) -> str:
    item = dialog.totals.item(row, column)
    assert item is not None
    return item.text()


def pick_row(qtbot: QtBot, listing: QListWidget, row: int) -> None:
    rect = listing.visualItemRect(listing.item(row))
    qtbot.mouseClick(listing.viewport(), LEFT, pos=rect.center())


def drag(view: MapView, start: QPoint, end: QPoint) -> None:
    vp = view.viewport()
    QTest.mousePress(vp, LEFT, Qt.KeyboardModifier.NoModifier, start)
    for i in range(1, 7):
        QTest.mouseMove(vp, start + (end - start) * i / 6)
    QTest.mouseRelease(vp, LEFT, Qt.KeyboardModifier.NoModifier, end)


def at_node(view: MapView, network: NetworkMap, node_id: str) -> QPoint:
    node = network.node(node_id)
    return view.mapFromScene(QPointF(*node_xy(node.ring, node.angle)))


def near_colour(image: QImage, at: QPoint, colour: QColor, radius: int = 3) -> bool:
    """Some pixel within ``radius`` of ``at`` is (nearly) ``colour``."""
    for dx in range(-radius, radius + 1):
        for dy in range(-radius, radius + 1):
            pixel = image.pixelColor(at.x() + dx, at.y() + dy)
            if max(abs(pixel.red() - colour.red()), abs(pixel.green() - colour.green()),
                   abs(pixel.blue() - colour.blue())) < 40:
                return True
    return False


def save_artifact(qtbot: QtBot, dialog: CompareDialog, name: str) -> None:
    qtbot.wait(30)  # let the layouts settle, as they have by the time a person looks
    ARTIFACTS.mkdir(exist_ok=True)
    assert dialog.grab().save(str(ARTIFACTS / name))


# the command ------------------------------------------------------------------------------


def test_compare_needs_a_client_with_two_versions(qtbot: QtBot, store: Store,
                                                  demo: Client) -> None:
    window = open_window(qtbot, store)
    action = window.commands.compare_versions
    assert not action.isEnabled()  # no client open
    window.open_client(demo.id)
    assert not action.isEnabled()  # one version only
    map_menu = next(m.menu() for m in window.menuBar().actions() if m.text() == "&Map")
    assert isinstance(map_menu, QMenu) and action in map_menu.actions()
    assert window.toolbar.widgetForAction(action) is not None
    start_review_with_three_changes(qtbot, window)
    assert action.isEnabled()
    window.close_client()
    assert not action.isEnabled()


# the story: three changes at a review, seen in the comparison ------------------------------


def test_comparison_shows_each_change_once_overlaid_and_side_by_side(
        qtbot: QtBot, store: Store, demo: Client) -> None:
    window, added_id = open_review(qtbot, store, demo)
    review = window.doc.network  # on screen; the autosave may not have written it yet
    assert review.based_on is not None
    baseline = store.get_map(review.based_on)

    def look(dialog: CompareDialog) -> None:
        dialog.set_overlaid(True)
        dialog.resize(1320, 820)  # the offscreen screen is small; the dialog fits it
        qtbot.waitExposed(dialog)
        # the previous version and the current one, by default
        assert dialog.before_doc.network.id == baseline.id
        assert dialog.after_doc.network.id == review.id
        assert dialog.from_combo.currentText().startswith("baseline")
        assert dialog.to_combo.currentText().startswith("6-month review")
        assert dialog.to_combo.currentText().endswith("(current)")

        # each change once in the list, in plain words, and nothing else
        lines = texts(dialog)
        assert [line.kind for line in dialog.lines] == ["added", "moved", "goal_status"]
        assert lines == [
            "New: Volunteering",
            "Pat next door moved closer (ring 3 (Less close) \u2192 ring 2 (Close))",
            f"Goal \u2018{GOAL}\u2019: active \u2192 achieved",
        ]
        # the same changes as the plan's "what changed" box (analysis.describe_changes)
        described = describe_changes(compare(baseline, review))
        assert described[:3] == ["New: Volunteering",
                                 "Pat next door moved closer (ring 3 -> ring 2)",
                                 f"Goal '{GOAL}': active -> achieved"]
        totals = {cell(dialog, r, 0): [cell(dialog, r, c) for c in (1, 2, 3)]
                  for r in range(dialog.totals.rowCount())}
        assert totals["Activities"] == ["2", "3", "+1"]
        assert totals["People"] == ["5", "5", ""]
        assert totals["Negative connections"] == ["1", "1", ""]
        assert totals["Practitioner in the closest ring"] == ["yes", "yes", ""]

        # overlaid: one arrow for the move, one "new" tag, nothing for goals
        assert not dialog.before_pane.isVisible() and dialog.overlay_key.isVisible()
        marks = dialog.overlay.marks
        assert sorted((m.kind, m.node_id) for m in marks) == [("added", added_id),
                                                            ("moved", "pat")]
        arrow = next(m for m in marks if isinstance(m, MoveArrow))
        old, new = baseline.node("pat"), review.node("pat")
        assert arrow.old == QPointF(*node_xy(old.ring, old.angle))
        assert arrow.new == QPointF(*node_xy(new.ring, new.angle))
        tag = next(m for m in marks if isinstance(m, ChangeTag))
        assert tag.text == "new" and all(m.isVisible() for m in marks)
        assert not any(isinstance(m, GhostNode) for m in marks)
        # the arrow is drawn, in the change colour, where it is on screen
        view = dialog.after_view
        image = view.viewport().grab().toImage()
        middle = view.mapFromScene((arrow.start + arrow.shaft.p2()) / 2)
        assert near_colour(image, middle, CHANGE)
        tag_edge = QPointF(tag.rect.left() + 3, tag.rect.center().y())  # clear of the text
        assert near_colour(image, view.mapFromScene(tag.mapToScene(tag_edge)), CHANGE)

        # picking a change highlights its node
        pick_row(qtbot, dialog.changes, 1)
        assert dialog.current_line() is dialog.lines[1]
        assert view.map_scene.selected_node_ids() == ["pat"]
        assert arrow.highlighted and not tag.highlighted
        spots = dialog.spotlights[view].items
        assert [spot.pos() for spot in spots] == [arrow.new]  # a bright disc behind Pat
        save_artifact(qtbot, dialog, "compare-overlay.png")
        qtbot.keyClick(dialog.changes, Qt.Key.Key_Up)  # the keyboard picks changes too
        assert dialog.changes.currentRow() == 0
        assert view.map_scene.selected_node_ids() == [added_id] and tag.highlighted
        pick_row(qtbot, dialog.changes, 2)  # the goal: the nodes it is about
        assert set(view.map_scene.selected_node_ids()) == {"gym", "gp"}
        # and clicking a changed node on the map picks its change
        qtbot.mouseClick(view.viewport(), LEFT, pos=at_node(view, review, "pat"))
        assert dialog.changes.currentRow() == 1

        # side by side: both maps, read-only; a drag changes nothing
        qtbot.mouseClick(dialog.side_by_side_radio, LEFT)
        assert not dialog.overlaid and dialog.before_pane.isVisible()
        assert not any(m.isVisible() for m in marks) and not dialog.overlay_key.isVisible()
        assert dialog.before_caption.text().startswith("From: baseline")
        assert dialog.after_caption.text().startswith("To: 6-month review")
        pick_row(qtbot, dialog.changes, 1)
        for shown_view, network in ((dialog.before_view, baseline),
                                    (dialog.after_view, review)):
            assert shown_view.doc.read_only
            assert shown_view.map_scene.selected_node_ids() == ["pat"]  # in both maps
            start = at_node(shown_view, network, "pat")
            end = shown_view.mapFromScene(QPointF(*node_xy(1, 200.0)))
            drag(shown_view, start, end)
            assert shown_view.doc.network == network
            assert shown_view.doc.undo_stack.count() == 0
            item = shown_view.map_scene.node_item("pat")
            assert item is not None and item.pos() == item.model_pos()
        save_artifact(qtbot, dialog, "compare-side-by-side.png")

        # other versions: the other way round, then the same version twice
        dialog.from_combo.setCurrentIndex(dialog.from_combo.findText(
            "6-month review", Qt.MatchFlag.MatchStartsWith))
        dialog.to_combo.setCurrentIndex(dialog.to_combo.findText(
            "baseline", Qt.MatchFlag.MatchStartsWith))
        assert texts(dialog) == [
            "No longer on the map: Volunteering",
            "Pat next door moved further away (ring 2 (Close) \u2192 ring 3 (Less close))",
            f"Goal \u2018{GOAL}\u2019: achieved \u2192 active",
        ]
        assert "backwards in time" in dialog.note.text()
        dialog.set_overlaid(True)
        assert [m.kind for m in dialog.overlay.marks] == ["moved", "removed"]
        qtbot.mouseClick(dialog.swap_button, LEFT)
        assert len(texts(dialog)) == 3 and texts(dialog)[0] == "New: Volunteering"
        dialog.to_combo.setCurrentIndex(dialog.from_combo.currentIndex())
        assert texts(dialog) == [] and dialog.overlay.marks == []
        assert "two different versions" in dialog.note.text()

    run_comparison(window, look)
    # nothing in the comparison changed a version
    assert window.doc.network == review and not window.doc.read_only
    assert window.autosaver.flush()
    stored = reopen(store)
    assert stored.get_map(baseline.id) == baseline
    assert stored.get_map(review.id) == review


def test_overlay_marks_removed_nodes_and_effect_changes(qtbot: QtBot, store: Store,
                                                        demo: Client) -> None:
    baseline = store.current_map(demo.id)
    review = ops.start_review(baseline, "6-month review", baseline.date)
    review = ops.remove_node(review, "cafe")
    review = ops.update_node(review, "mum", effect=Effect.MIXED)
    review = ops.move_node(review, "mum", 3, review.node("mum").angle)
    store.add_version(review)
    window = open_window(qtbot, store)
    window.open_client(demo.id)

    def look(dialog: CompareDialog) -> None:
        dialog.set_overlaid(True)
        assert texts(dialog) == [
            "No longer on the map: Corner caf\u00e9",
            "Mum moved further away (ring 2 (Close) \u2192 ring 3 (Less close))",
            "Mum: negative \u2192 mixed",
        ]
        kinds = sorted((m.kind, m.node_id) for m in dialog.overlay.marks)
        assert kinds == [("effect", "mum"), ("moved", "mum"), ("removed", "cafe")]
        effect = next(m for m in dialog.overlay.marks if isinstance(m, ChangeTag))
        assert effect.text == "was negative"
        ghost = next(m for m in dialog.overlay.marks if isinstance(m, GhostNode))
        cafe = baseline.node("cafe")
        assert ghost.pos() == QPointF(*node_xy(cafe.ring, cafe.angle))
        assert dialog.after_view.map_scene.node_item("cafe") is None
        pick_row(qtbot, dialog.changes, 0)
        assert ghost.highlighted
        spots = dialog.spotlights[dialog.after_view].items
        assert [spot.pos() for spot in spots] == [ghost.pos()]  # where it was
        qtbot.mouseClick(dialog.side_by_side_radio, LEFT)
        assert dialog.before_view.map_scene.selected_node_ids() == ["cafe"]
        assert dialog.after_view.map_scene.selected_node_ids() == []
        dialog.set_overlaid(True)
        save_artifact(qtbot, dialog, "compare-overlay-removed.png")

    run_comparison(window, look)


def test_the_chosen_mode_is_remembered(qtbot: QtBot, store: Store, demo: Client) -> None:
    window, _ = open_review(qtbot, store, demo)
    run_comparison(window, lambda d: qtbot.mouseClick(d.side_by_side_radio, LEFT))
    seen: list[bool] = []
    run_comparison(window, lambda d: seen.append(d.overlaid))
    assert seen == [False]


def test_default_pair_is_the_current_version_and_the_one_it_reviews(
        store: Store, demo: Client) -> None:
    baseline = store.current_map(demo.id)
    first = ops.start_review(baseline, "6-month review", baseline.date)
    second = ops.start_review(baseline, "12-month review", baseline.date)  # based on baseline
    store.add_version(first)
    store.add_version(second)
    versions = store.list_versions(demo.id)
    assert default_pair(versions, store.get_map) == (baseline.id, second.id)
    store.set_current(demo.id, baseline.id)
    versions = store.list_versions(demo.id)
    # the first version is current: it is compared with the one after it
    pair = default_pair(versions, store.get_map)
    assert pair[1] == baseline.id and pair[0] != baseline.id


def test_change_lines_follow_describe_changes(qapp: QApplication) -> None:
    before = build_demo().current_map
    after = ops.start_review(before, "review", before.date)
    after = ops.update_referral(after, "r-gym", status=ReferralStatus.TAKEN_UP)
    after = ops.remove_goal(after, "g-church")
    lines = change_lines(compare(before, after), before, after)
    assert [line.text for line in lines] == [
        "Goal removed: \u2018Get to know a few people at church, maybe the coffee morning\u2019",
        "Referral to Active Lives gym on prescription: made \u2192 taken up",
    ]
    assert lines[0].node_ids == ("church", "jo")  # the goal's nodes light up
    assert lines[1].node_ids == ("gym",)  # the referral's node
    assert len(describe_changes(compare(before, after))) == len(lines)  # no totals changed


# the plan of a review version carries the changes ------------------------------------------


def test_plan_preview_of_the_review_shows_the_three_changes(qtbot: QtBot, store: Store,
                                                            demo: Client) -> None:
    from netbuilder.gui.plan_preview import PlanPreviewDialog  # loads QtPdf: only here

    window, _ = open_review(qtbot, store, demo)
    seen: dict[str, str] = {}

    def look(dialog: PlanPreviewDialog) -> None:
        reader = PdfReader(io.BytesIO(dialog.pdf))
        seen["text"] = " ".join(reader.pages[0].extract_text().split())
        seen["previous"] = dialog.subject.previous.label if dialog.subject.previous else ""

    when_modal(PlanPreviewDialog, look)
    window.commands.plan_preview.trigger()
    assert seen["previous"] == "baseline"
    text = seen["text"]
    assert "What changed since baseline" in text
    assert "Volunteering" in text and "Pat next door" in text and "achieved" in text


def test_a_version_that_cannot_be_read_is_said_plainly(
        qtbot: QtBot, store: Store, demo: Client, monkeypatch: pytest.MonkeyPatch) -> None:
    window, _ = open_review(qtbot, store, demo)
    baseline_id = window.doc.network.based_on

    def broken(map_id: object) -> NetworkMap:
        raise StoreError("damaged")

    monkeypatch.setattr(store, "get_map", broken)
    seen: dict[str, object] = {}

    def look(dialog: CompareDialog) -> None:
        seen["note"] = dialog.note.text()
        seen["lines"] = texts(dialog)
        seen["shown"] = dialog.after_doc.network.nodes

    run_comparison(window, look)
    assert baseline_id is not None
    assert seen == {"note": "This version cannot be opened. Pick another one.", "lines": [],
                    "shown": ()}
    assert not any(w.isVisible() for w in QApplication.topLevelWidgets()
                   if isinstance(w, CompareDialog))
