"""The Goals dock: the client's goals in their own words, their editor, and who does what.

Goals are listed in the client's priority order with status and review date; an open goal
(planned or active) whose review date has passed is flagged "Overdue" in words and with a
warning icon, not by colour alone. Add (type the goal, press Enter), edit, delete (asked
first), and reorder (Move up / Move down, or drag in the list): each is one undoable
document command built from ``model.ops``. Selecting a goal selects its nodes on the map;
"Use selected nodes" links the goal to the nodes selected on the map. A read-only (earlier)
version shows everything and changes nothing.

``install_goals(window)`` builds the dock, wires it to the window's canvas and returns it.
Signals others connect to: ``GoalsPanel.refer_requested(goal_id)`` (the "Signpost /
refer…" button) and ``GoalsPanel.nodes_highlighted(node_ids)``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QSignalBlocker,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStyle,
    QWidget,
)

from netbuilder.analysis.plans import OPEN_GOAL_STATUSES
from netbuilder.analysis.roles import PractitionerWork, who_does_what
from netbuilder.model import Goal, ModelError, NetworkMap, new_id, ops

from .document import MapDocument
from .fields import set_message, vocabulary
from .forms import child, load_form
from .goals_editor import GoalChange, GoalEditor
from .vocab_text import word

if TYPE_CHECKING:
    from .window import MainWindow

GOAL_ID_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE_COLOUR = QColor("#8a1c1c")  # with the word and the icon, never alone


def tr(text: str) -> str:
    return QCoreApplication.translate("Goals", text)


def is_overdue(goal: Goal, today: date) -> bool:
    """An open (planned or active) goal whose review date has passed."""
    return (goal.review_date is not None and goal.review_date < today
            and goal.status in OPEN_GOAL_STATUSES)


def day_text(day: date) -> str:
    return f"{day.day} {day:%b %Y}"


def goal_lines(number: int, goal: Goal, today: date) -> tuple[str, str]:
    """The two lines a goal shows in the list: its words, then status and review."""
    status = vocabulary(goal.status.value)
    if goal.review_date is None:
        review = tr("no review date")
    elif is_overdue(goal, today):
        review = tr("OVERDUE: review was due {day}").format(day=day_text(goal.review_date))
    else:
        review = tr("review {day}").format(day=day_text(goal.review_date))
    words = " ".join(goal.text.split())
    return f"{number}. {words}", f"{status} \u00b7 {review}"


def who_line(work: PractitionerWork) -> str:
    roles = ", ".join(word(r) for r in work.roles) or tr("no roles chosen yet")
    line = f"{work.name}: {roles}"
    if work.goals:
        helps = "; ".join(f"{g.text} ({', '.join(word(r) for r in g.roles)})"
                          for g in work.goals)
        line += tr(" \u2014 helps with: {goals}").format(goals=helps)
    return line


class GoalsPanel(QWidget):
    """The goals list, the selected goal's editor and the "who does what" summary."""

    refer_requested = Signal(str)
    """The goal's id: "Signpost / refer…" was pressed for it (the referrals form answers)."""
    nodes_highlighted = Signal(list)
    """The node ids of a goal the person selected in the list (the window selects them)."""

    def __init__(self, doc: MapDocument, parent: QWidget | None = None,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.setObjectName("goalsPanel")
        self._doc = doc
        self._today = today
        self._session = 0
        self._selection: Callable[[], list[str]] = list
        self._shown_rows: list[tuple[str, str, str, bool]] = []
        form = load_form("goal_panel", self)
        self.new_goal = child(form, QLineEdit, "newGoalEdit")
        self.add_button = child(form, QPushButton, "addGoalButton")
        self.goal_list = child(form, QListWidget, "goalList")
        self.up_button = child(form, QPushButton, "upButton")
        self.down_button = child(form, QPushButton, "downButton")
        self.delete_button = child(form, QPushButton, "deleteGoalButton")
        self.message = child(form, QLabel, "goalMessageLabel")
        self.who = child(form, QLabel, "whoLabel")
        host = child(form, QWidget, "editorHost")
        editor_form = load_form("goal_editor", host, margin=0)
        self.editor = GoalEditor(editor_form, self._edit_goal, self._selected_nodes,
                                 self._say)
        self.goal_list.installEventFilter(self)
        self.editor.steps.list.installEventFilter(self)
        self._connect()
        self._apply_read_only(doc.read_only)
        self.refresh(doc.network, doc.network)

    # wiring ---------------------------------------------------------------------

    def set_selection_source(self, selected_node_ids: Callable[[], list[str]]) -> None:
        """Where "Use selected nodes" finds the map's selection (the canvas)."""
        self._selection = selected_node_ids

    def _connect(self) -> None:
        self.new_goal.returnPressed.connect(self.add_goal)
        self.new_goal.textChanged.connect(self._update_buttons)
        self.add_button.clicked.connect(self.add_goal)
        self.up_button.clicked.connect(lambda: self.move_goal(-1))
        self.down_button.clicked.connect(lambda: self.move_goal(1))
        self.delete_button.clicked.connect(self.delete_goal)
        self.goal_list.itemSelectionChanged.connect(self._goal_chosen)
        self.goal_list.model().rowsMoved.connect(self._rows_dragged)
        self.editor.refer.clicked.connect(self._refer)
        self._doc.map_changed.connect(self.refresh)
        self._doc.read_only_changed.connect(self._apply_read_only)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._end_session)

    # what is shown ----------------------------------------------------------------

    def goal_id(self) -> str | None:
        """The goal selected in the list."""
        item = self.goal_list.currentItem()
        if item is None or not item.isSelected():
            return None
        return str(item.data(GOAL_ID_ROLE))

    def select_goal(self, goal_id: str | None) -> None:
        """Select a goal in the list (the map's selection is left as it is)."""
        with QSignalBlocker(self.goal_list):
            self.goal_list.clearSelection()
            for i in range(self.goal_list.count()):
                item = self.goal_list.item(i)
                if item.data(GOAL_ID_ROLE) == goal_id:
                    self.goal_list.setCurrentItem(item)
                    item.setSelected(True)
                    self.goal_list.scrollToItem(item)
        self._end_session()
        self._show_editor()

    def refresh(self, old: NetworkMap | None = None, new: NetworkMap | None = None) -> None:
        network = new or self._doc.network
        if old is not None and old.id != network.id:
            with QSignalBlocker(self.goal_list):
                self.goal_list.clearSelection()
                self.goal_list.setCurrentRow(-1)  # another client or version
            self._say("")
        self._fill_list(network)
        self._show_editor()
        self._show_who(network)

    def _fill_list(self, network: NetworkMap) -> None:
        today = self._today()
        rows = [(g.id, *goal_lines(i, g, today), is_overdue(g, today))
                for i, g in enumerate(network.goals, start=1)]
        if rows == self._shown_rows and self.goal_list.count() == len(rows):
            return
        keep = self.goal_id()
        self._shown_rows = rows
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        with QSignalBlocker(self.goal_list):
            self.goal_list.clear()
            for goal_id, words, state, overdue in rows:
                item = QListWidgetItem(f"{words}\n{state}")
                item.setData(GOAL_ID_ROLE, goal_id)
                item.setToolTip(f"{words}\n{state}")
                flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                if not self._doc.read_only:
                    flags |= Qt.ItemFlag.ItemIsDragEnabled
                item.setFlags(flags)
                if overdue:
                    item.setIcon(warning)
                    item.setForeground(QBrush(OVERDUE_COLOUR))
                self.goal_list.addItem(item)
                if goal_id == keep:
                    self.goal_list.setCurrentItem(item)
                    item.setSelected(True)

    def _show_editor(self) -> None:
        network = self._doc.network
        goal = next((g for g in network.goals if g.id == self.goal_id()), None)
        self.editor.show(goal, network, self._doc.read_only)
        self.editor.refer.setVisible(self._can_refer())
        self._update_buttons()

    def _can_refer(self) -> bool:
        """The "Signpost / refer…" button shows once something answers it."""
        meta = self.metaObject()
        return self.isSignalConnected(meta.method(meta.indexOfSignal("refer_requested(QString)")))

    def _show_who(self, network: NetworkMap) -> None:
        works = who_does_what(network)
        if not works:
            self.who.setText(tr("No practitioners on the map yet. Add one, then tick the roles "
                                "they play in Properties."))
            return
        self.who.setText("\n".join(f"\u2022 {who_line(w)}" for w in works))

    def _update_buttons(self, *_: object) -> None:
        editable = not self._doc.read_only
        row, count = self.goal_list.currentRow(), self.goal_list.count()
        chosen = self.goal_id() is not None
        self.add_button.setEnabled(editable and bool(self.new_goal.text().strip()))
        self.up_button.setEnabled(editable and chosen and row > 0)
        self.down_button.setEnabled(editable and chosen and 0 <= row < count - 1)
        self.delete_button.setEnabled(editable and chosen)

    def _apply_read_only(self, read_only: bool) -> None:
        self.new_goal.setReadOnly(read_only)
        for widget in (self.new_goal, self.add_button):
            widget.setVisible(not read_only)  # an earlier version takes no new goals
        self.goal_list.setDragEnabled(not read_only)
        self.goal_list.setAcceptDrops(not read_only)
        self.editor.set_read_only(read_only)
        self._shown_rows = []  # the rows' drag flags follow
        self.refresh()

    def _say(self, text: str, role: str = "error") -> None:
        set_message(self.message, text, role)

    # commands -------------------------------------------------------------------

    def add_goal(self) -> bool:
        """Add the typed goal after the others and select it (one undo step)."""
        words = self.new_goal.text().strip()
        if not words or self._doc.read_only:
            return False
        goal = Goal(id=new_id("g"), text=words)
        if not self._apply(tr("Add goal"), lambda m: ops.add_goal(m, goal)):
            return False
        self.new_goal.clear()
        self.select_goal(goal.id)
        self._say(tr("Added. Select its people, places or activities on the map and press "
                     "Use selected nodes."), "info")
        return True

    def move_goal(self, step: int) -> bool:
        goal_id = self.goal_id()
        ids = [g.id for g in self._doc.network.goals]
        if goal_id is None or goal_id not in ids:
            return False
        i = ids.index(goal_id)
        j = i + step
        if not 0 <= j < len(ids):
            return False
        ids[i], ids[j] = ids[j], ids[i]
        text = tr("Move goal up") if step < 0 else tr("Move goal down")
        return self._apply(text, lambda m: ops.reorder_goals(m, ids))

    def delete_goal(self) -> bool:
        """Delete the selected goal once the person says yes (undo brings it back)."""
        goal_id = self.goal_id()
        goal = next((g for g in self._doc.network.goals if g.id == goal_id), None)
        if goal is None or self._doc.read_only:
            return False
        answer = QMessageBox.question(
            self, tr("Delete goal"),
            tr("Delete the goal \u201c{words}\u201d? Edit \u2192 Undo brings it back.")
            .format(words=goal.text),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self._apply(tr("Delete goal"), lambda m: ops.remove_goal(m, goal.id))

    def _rows_dragged(self, *_: object) -> None:
        QTimer.singleShot(0, self, self._apply_list_order)  # after the list has finished its move

    def _apply_list_order(self) -> None:
        ids = [str(self.goal_list.item(i).data(GOAL_ID_ROLE))
               for i in range(self.goal_list.count())]
        if ids == [g.id for g in self._doc.network.goals]:
            return
        if not self._apply(tr("Reorder goals"), lambda m: ops.reorder_goals(m, ids)):
            self._shown_rows = []
            self.refresh()  # refused (read-only): the list shows the map's order again

    def _edit_goal(self, text: str, change: GoalChange, merge: bool) -> bool:
        goal_id = self.editor.goal.id if self.editor.goal is not None else None
        if goal_id is None:
            return False

        def edit(m: NetworkMap) -> NetworkMap:
            goal = next((g for g in m.goals if g.id == goal_id), None)
            if goal is None:
                raise ModelError(tr("This goal is no longer on the map."))
            return change(m, goal)

        key = f"goal:{goal_id}:{text}:{self._session}" if merge else None
        done = self._apply(text, edit, key)
        if not done:
            self.editor.supporters.invalidate()
            self._show_editor()
        return done

    def _apply(self, text: str, edit: Callable[[NetworkMap], NetworkMap],
               merge_key: str | None = None) -> bool:
        if self._doc.read_only:
            self._say(tr("This is an earlier version: it cannot be changed."), "info")
            return False
        try:
            done = self._doc.apply(text, edit, merge_key=merge_key)
        except ModelError as e:
            self._say(tr("Not changed: {problem}").format(problem=e))
            return False
        self._say("")
        return done

    def _refer(self) -> None:
        goal_id = self.goal_id()
        if goal_id is not None:
            self.refer_requested.emit(goal_id)

    def _selected_nodes(self) -> list[str]:
        return list(self._selection())

    # events -----------------------------------------------------------------------

    def _goal_chosen(self) -> None:
        self._end_session()
        self._say("")
        self._show_editor()
        goal = self.editor.goal
        if goal is not None:
            self.nodes_highlighted.emit(list(goal.node_ids))

    def _end_session(self, old: object = None, _new: object = None) -> None:
        self._session += 1
        if old is self.editor.text and shiboken6.isValid(old):
            self.editor.text_session_over()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Delete in the goals list deletes the goal, and in the next steps the step: never
        the nodes selected on the map (the window's Delete)."""
        lists = {self.goal_list: self.delete_goal, self.editor.steps.list: self.editor.steps.remove}
        act = lists.get(watched) if isinstance(watched, QListWidget) else None
        if act is not None and isinstance(event, QKeyEvent) and event.key() in (
                Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not event.modifiers():
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()
                return True
            if event.type() == QEvent.Type.KeyPress:
                act()
                return True
        return super().eventFilter(watched, event)


class GoalsDock(QDockWidget):
    """The "Goals" dock; ``panel`` is the ``GoalsPanel`` inside."""

    def __init__(self, panel: GoalsPanel, parent: QWidget) -> None:
        super().__init__(tr("Goals"), parent)
        self.panel = panel
        self.setObjectName("goalsDock")
        self.setAccessibleName(tr("Goals"))
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        area = QScrollArea(self)
        area.setObjectName("goalsPanelScroll")
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidget(panel)
        self.setWidget(area)


def install_goals(window: MainWindow) -> GoalsDock:
    """Add the Goals dock to the window's right side, tabbed with Properties, and wire it:
    selecting a goal selects its nodes on the map; "Use selected nodes" reads the map."""
    panel = GoalsPanel(window.doc, window)
    panel.set_selection_source(window.canvas.selected_node_ids)
    panel.nodes_highlighted.connect(window.canvas.select_ids)
    dock = GoalsDock(panel, window)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    properties = window.findChild(QDockWidget, "propertiesDock")
    if properties is not None:
        window.tabifyDockWidget(properties, dock)
        properties.raise_()
    return dock


__all__ = ["GoalsDock", "GoalsPanel", "goal_lines", "install_goals", "is_overdue"]
