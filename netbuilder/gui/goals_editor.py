"""The selected goal's fields in the goals panel: words, theme, status, review date, linked
nodes, supporters with their roles, and the next-steps checklist.

Every change is one document command through the panel (``GoalEdit``); typing merges
into one undo step until the focus leaves the field.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from netbuilder.model import (
    Goal,
    GoalStatus,
    GoalTheme,
    NetworkMap,
    NextStep,
    Node,
    Role,
    Supporter,
    ops,
)

from .fields import show_combo_value, show_text, vocabulary
from .forms import child
from .roles import fill_role_combo

GoalChange = Callable[[NetworkMap, Goal], NetworkMap]
GoalEdit = Callable[[str, GoalChange, bool], bool]
"""(undo text, change, merge keystrokes?) -> one document command on the shown goal;
True when the map changed."""

SUGGESTED_REVIEW = timedelta(weeks=12)


def tr(text: str) -> str:
    return QCoreApplication.translate("Goals", text)


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def update(**changes: Any) -> GoalChange:
    return lambda m, goal: ops.update_goal(m, goal.id, **changes)


def fill_vocab(combo: QComboBox, values: list[str]) -> None:
    with QSignalBlocker(combo):
        combo.clear()
        for value in values:
            combo.addItem(vocabulary(value), value)


class GoalEditor:
    """The editor's widgets (from ``forms/goal_editor.ui``), filled from one goal."""

    def __init__(self, form: QWidget, edit: GoalEdit, selection: Callable[[], list[str]],
                 message: Callable[[str], None]) -> None:
        self._edit, self._selection, self._message = edit, selection, message
        self.box = child(form, QGroupBox, "goalBox")
        self.text = child(form, QPlainTextEdit, "goalTextEdit")
        self.theme = child(form, QComboBox, "themeCombo")
        self.status = child(form, QComboBox, "statusCombo")
        self.review_check = child(form, QCheckBox, "reviewCheck")
        self.review_date = child(form, QDateEdit, "reviewDateEdit")
        self.linked = child(form, QLabel, "linkedNodesValue")
        self.use_selection = child(form, QPushButton, "useSelectionButton")
        self.unlink = child(form, QPushButton, "unlinkButton")
        self.supporters = SupporterRows(form, edit)
        self.steps = NextSteps(form, edit, message)
        self.refer = child(form, QPushButton, "referButton")
        self.goal: Goal | None = None
        self._read_only = False
        fill_vocab(self.theme, [t.value for t in GoalTheme])
        fill_vocab(self.status, [s.value for s in GoalStatus])
        self.review_date.setMinimumDate(QDate(2000, 1, 1))
        self._connect()

    def editors(self) -> list[QWidget]:
        return [self.text, self.theme, self.status, self.review_check, self.review_date,
                self.use_selection, self.unlink, self.refer,
                *self.supporters.editors(), *self.steps.editors()]

    def _connect(self) -> None:
        e = self._edit
        self.text.textChanged.connect(self._text_changed)
        self.theme.activated.connect(lambda _i: e(tr("Change goal theme"), update(
            theme=GoalTheme(self.theme.currentData())), False))
        self.status.activated.connect(lambda _i: e(tr("Change goal status"), update(
            status=GoalStatus(self.status.currentData())), False))
        self.review_check.clicked.connect(self._review_checked)
        self.review_date.dateChanged.connect(self._review_date_changed)
        self.use_selection.clicked.connect(self._use_selection)
        self.unlink.clicked.connect(
            lambda: e(tr("Unlink goal from the map"), update(node_ids=()), False))

    # showing -----------------------------------------------------------------

    def show(self, goal: Goal | None, network: NetworkMap, read_only: bool) -> None:
        self.goal, self._read_only = goal, read_only
        self.box.setVisible(goal is not None)
        if goal is None:
            return
        show_text(self.text, goal.text)
        show_combo_value(self.theme, goal.theme.value)
        show_combo_value(self.status, goal.status.value)
        with QSignalBlocker(self.review_check), QSignalBlocker(self.review_date):
            self.review_check.setChecked(goal.review_date is not None)
            if goal.review_date is not None:
                self.review_date.setDate(to_qdate(goal.review_date))
            elif not self.review_date.hasFocus():
                self.review_date.setDate(to_qdate(date.today() + SUGGESTED_REVIEW))
        self.review_date.setEnabled(goal.review_date is not None and not read_only)
        self.linked.setText(linked_text(goal, network))
        self.unlink.setEnabled(bool(goal.node_ids) and not read_only)
        self.supporters.show(goal, network, read_only)
        self.steps.show(goal, read_only)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.text.setReadOnly(read_only)
        for widget in (self.theme, self.status, self.review_check, self.use_selection,
                       self.unlink, self.refer):
            widget.setEnabled(not read_only)
        self.review_date.setEnabled(not read_only and self.review_check.isChecked())
        self.steps.set_read_only(read_only)

    def text_session_over(self) -> None:
        """The focus left the words: an emptied goal shows its words again."""
        if self.goal is not None and not self.text.toPlainText().strip():
            show_text(self.text, self.goal.text)
            self._message("")

    # editing -------------------------------------------------------------------

    def _text_changed(self) -> None:
        words = self.text.toPlainText()
        if not words.strip():
            self._message(tr("A goal needs some words; the old words stay until you type new "
                             "ones."))
            return
        self._edit(tr("Change goal words"), update(text=words), True)

    def _review_checked(self, checked: bool) -> None:
        self.review_date.setEnabled(checked and not self._read_only)
        day = from_qdate(self.review_date.date()) if checked else None
        self._edit(tr("Change review date"), update(review_date=day), False)

    def _review_date_changed(self, day: QDate) -> None:
        if self.review_check.isChecked():
            self._edit(tr("Change review date"), update(review_date=from_qdate(day)), True)

    def _use_selection(self) -> None:
        ids = self._selection()
        if not ids:
            self._message(tr("Select the goal's people, places or activities on the map first "
                             "(Ctrl+click selects several), then press Use selected nodes."))
            return
        self._edit(tr("Link goal to nodes"), update(node_ids=tuple(ids)), False)


def linked_text(goal: Goal, network: NetworkMap) -> str:
    labels = {n.id: n.label for n in network.nodes}
    names = [labels[i] for i in goal.node_ids if i in labels]
    if not names:
        return tr("None yet: select them on the map, then press Use selected nodes.")
    return ", ".join(names)


def practitioners(network: NetworkMap) -> list[Node]:
    return [n for n in network.nodes if n.is_practitioner]


class SupporterRows:
    """One row per supporter: practitioner, the role they play for this goal, Remove."""

    def __init__(self, form: QWidget, edit: GoalEdit) -> None:
        self._edit = edit
        self.host = child(form, QWidget, "supportersHost")
        layout = self.host.layout()
        if not isinstance(layout, QVBoxLayout):
            raise LookupError("forms/goal_editor.ui: supportersHost has no QVBoxLayout")
        self.layout = layout
        self.add_button = child(form, QPushButton, "addSupporterButton")
        self.rows: list[tuple[QComboBox, QComboBox, QToolButton]] = []
        self._shown: tuple[object, ...] | None = None
        self._practitioners: list[Node] = []
        self.add_button.clicked.connect(self._add)

    def editors(self) -> list[QWidget]:
        return [self.add_button] + [w for row in self.rows for w in row]

    def show(self, goal: Goal, network: NetworkMap, read_only: bool) -> None:
        self._practitioners = practitioners(network)
        shown = (goal.id, len(goal.supporters),
                 tuple((n.id, n.label) for n in self._practitioners), read_only)
        self.add_button.setEnabled(bool(self._practitioners) and not read_only)
        self.add_button.setToolTip("" if self._practitioners else tr(
            "Add a practitioner to the map first (a person of category practitioner)."))
        if shown != self._shown:  # new rows; otherwise the rows (and the focus) stay
            self._shown = shown
            self._clear()
            for i, supporter in enumerate(goal.supporters):
                self._add_row(i, supporter, read_only)
            return
        for (who, role, _remove), supporter in zip(self.rows, goal.supporters, strict=True):
            with QSignalBlocker(who), QSignalBlocker(role):
                who.setCurrentIndex(max(0, who.findData(supporter.node_id)))
                role.setCurrentIndex(max(0, role.findData(supporter.role.value)))

    def invalidate(self) -> None:
        """Rebuild the rows at the next ``show`` (after a refused edit)."""
        self._shown = None

    def _clear(self) -> None:
        while self.layout.count():
            item = self.layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.rows = []

    def _add_row(self, i: int, supporter: Supporter, read_only: bool) -> None:
        row = QWidget(self.host)
        row.setObjectName(f"supporterRow{i}")
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        who = QComboBox(row)
        who.setObjectName(f"supporterNode{i}")
        who.setAccessibleName(tr("Supporter {n}").format(n=i + 1))
        for node in self._practitioners:
            who.addItem(node.label, node.id)
        who.setCurrentIndex(max(0, who.findData(supporter.node_id)))
        role = QComboBox(row)
        role.setObjectName(f"supporterRole{i}")
        role.setAccessibleName(tr("Role of supporter {n}").format(n=i + 1))
        fill_role_combo(role)
        role.setCurrentIndex(max(0, role.findData(supporter.role.value)))
        remove = QToolButton(row)
        remove.setText(tr("Remove"))
        remove.setIcon(row.style().standardIcon(QStyle.StandardPixmap.SP_TrashIcon))
        remove.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        remove.setToolTip(tr("Take this supporter off the goal"))
        remove.setObjectName(f"supporterRemove{i}")
        remove.setAccessibleName(tr("Remove supporter {n}").format(n=i + 1))
        for combo in (who, role):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(5)
        for widget in (who, role, remove):
            widget.setEnabled(not read_only)
        who.activated.connect(lambda _i: self._changed())
        role.activated.connect(lambda _i: self._changed())
        remove.clicked.connect(lambda: self._remove(i))
        layout.addWidget(who, 3)
        layout.addWidget(role, 3)
        layout.addWidget(remove, 0)
        self.layout.addWidget(row)
        self.rows.append((who, role, remove))

    def _from_rows(self) -> tuple[Supporter, ...]:
        return tuple(Supporter(node_id=str(who.currentData()), role=Role(role.currentData()))
                     for who, role, _ in self.rows)

    def _changed(self) -> None:
        supporters = self._from_rows()
        self._edit(tr("Change supporter"), update(supporters=supporters), False)

    def _remove(self, i: int) -> None:
        supporters = self._from_rows()
        self._edit(tr("Remove supporter"),
                   update(supporters=supporters[:i] + supporters[i + 1:]), False)

    def _add(self) -> None:
        if not self._practitioners:
            return

        def add(m: NetworkMap, goal: Goal) -> NetworkMap:
            supporting = {s.node_id for s in goal.supporters}
            node = next((n for n in practitioners(m) if n.id not in supporting), None)
            node = node or practitioners(m)[0]
            role = node.roles[0] if node.roles else Role.BRIDGE_BUILDER
            return ops.update_goal(m, goal.id, supporters=(
                *goal.supporters, Supporter(node_id=node.id, role=role)))

        self._edit(tr("Add supporter"), add, False)


STEP_FLAGS = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
              | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable)


class NextSteps:
    """The next steps as a checklist: tick done, double-click to reword, add, remove."""

    def __init__(self, form: QWidget, edit: GoalEdit, message: Callable[[str], None]) -> None:
        self._edit, self._message = edit, message
        self.list = child(form, QListWidget, "nextStepsList")
        self.new_edit = child(form, QLineEdit, "newStepEdit")
        self.add_button = child(form, QPushButton, "addStepButton")
        self.remove_button = child(form, QPushButton, "removeStepButton")
        self._read_only = False
        self._steps: tuple[NextStep, ...] = ()
        self.list.itemChanged.connect(self._item_changed)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.new_edit.returnPressed.connect(self._add)
        self.new_edit.textChanged.connect(self._update_buttons)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self.remove)

    def editors(self) -> list[QWidget]:
        return [self.new_edit, self.add_button, self.remove_button]

    def show(self, goal: Goal, read_only: bool) -> None:
        self._read_only = read_only
        if goal.next_steps != self._steps or self.list.count() != len(goal.next_steps):
            keep = self.list.currentRow()
            self._steps = goal.next_steps
            with QSignalBlocker(self.list):
                self.list.clear()
                for step in goal.next_steps:
                    self.list.addItem(self._item(step))
                if 0 <= keep < self.list.count():
                    self.list.setCurrentRow(keep)
        self._apply_flags()
        self._update_buttons()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.new_edit.setReadOnly(read_only)
        for widget in self.editors():
            widget.setVisible(not read_only)  # an earlier version's steps are only shown
        self._apply_flags()
        self._update_buttons()

    def _item(self, step: NextStep) -> QListWidgetItem:
        item = QListWidgetItem(step.text)
        item.setCheckState(Qt.CheckState.Checked if step.done else Qt.CheckState.Unchecked)
        item.setToolTip(step.text)
        return item

    def _apply_flags(self) -> None:
        flags = STEP_FLAGS
        if self._read_only:
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        with QSignalBlocker(self.list):
            for i in range(self.list.count()):
                self.list.item(i).setFlags(flags)

    def _update_buttons(self, *_: object) -> None:
        editable = not self._read_only
        self.add_button.setEnabled(editable and bool(self.new_edit.text().strip()))
        self.remove_button.setEnabled(editable and self.list.currentRow() >= 0)

    def _from_list(self) -> tuple[NextStep, ...] | None:
        steps = []
        for i in range(self.list.count()):
            item = self.list.item(i)
            text = item.text().strip()
            if not text:
                return None
            steps.append(NextStep(text=text, done=item.checkState() == Qt.CheckState.Checked))
        return tuple(steps)

    def _item_changed(self, item: QListWidgetItem) -> None:
        row = self.list.row(item)
        steps = self._from_list()
        if steps is None or not 0 <= row < len(self._steps):
            self._message(tr("A next step needs some words; it is as it was."))
            self._refill()
            return
        before = self._steps[row]
        what = (tr("Tick next step") if steps[row].done and not before.done
                else tr("Untick next step") if before.done and not steps[row].done
                else tr("Change next step"))
        self._edit(what, update(next_steps=steps), False)

    def _refill(self) -> None:
        with QSignalBlocker(self.list):
            for i, step in enumerate(self._steps):
                if i < self.list.count():
                    item = self.list.item(i)
                    item.setText(step.text)
                    item.setCheckState(
                        Qt.CheckState.Checked if step.done else Qt.CheckState.Unchecked)

    def _add(self) -> None:
        text = self.new_edit.text().strip()
        if not text or self._read_only:
            return
        try:
            step = NextStep(text=text)
        except ValueError as e:  # pydantic: too long
            self._message(str(e))
            return
        if self._edit(tr("Add next step"), lambda m, goal: ops.update_goal(
                m, goal.id, next_steps=(*goal.next_steps, step)), False):
            self.new_edit.clear()

    def remove(self) -> None:
        """Remove the current step (one undo step)."""
        row = self.list.currentRow()
        if row < 0 or self._read_only:
            return
        self._edit(tr("Remove next step"), lambda m, goal: ops.update_goal(
            m, goal.id, next_steps=goal.next_steps[:row] + goal.next_steps[row + 1:]), False)

