"""The conversation guide: an optional dock that walks the five steps of a mapping
conversation (DOMAIN.md), with prompts a practitioner can read aloud and, for each step,
what is on the map so far.

1. usual and important connections; 2. key people, significant places, regular
activities; 3. how each helps or hinders wellbeing; 4. what might change; 5. what would
help make those changes. The practitioner jumps between steps with the step list or
Back / Next. "On the map so far" follows ``doc.map_changed`` while the dock is on screen
(a hidden guide catches up when it is shown). The dock starts hidden: View > Conversation
guide shows it.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QListWidget,
    QPushButton,
    QWidget,
)

from netbuilder.model import Effect, GoalStatus, NetworkMap, Node, NodeKind, Wants

from .caseload_model import short_date
from .docks import client_is_open
from .document import MapDocument
from .fields import vocabulary
from .forms import child, load_form

if TYPE_CHECKING:
    from .window import MainWindow

translate = QCoreApplication.translate
CONTEXT = "ConversationGuide"


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return translate(CONTEXT, text, disambiguation, n)


Group = tuple[str, list[str]]
"""A heading and its items, e.g. ("People (3)", ["Mum", "Jo", "Alex (CPN)"])."""


@dataclass(frozen=True)
class GuideStep:
    short: str
    title: str
    prompts: tuple[str, ...]
    tip: str
    captured: Callable[[NetworkMap], list[Group]]


def guide_steps() -> tuple[GuideStep, ...]:
    """The five steps, in the person's language (built when asked, after a translator loads)."""
    return (
        GuideStep(
            tr("Usual connections"),
            tr("Usual and important connections"),
            (
                tr("Tell me about a usual week. Who do you see, where do you "
                   "go, and what do you do?"),
                tr("Who or what matters to you, even if you don't see them "
                   "very often?"),
                tr("Where do you spend most of your time?"),
            ),
            tr("Add each one from the palette as it comes up; you can "
               "tidy up later."),
            _by_kind,
        ),
        GuideStep(
            tr("Key people, places, activities"),
            tr("Key people, significant places and regular activities"),
            (
                tr("Who are the key people in your life? Family, friends, "
                   "neighbours, and the workers who support you."),
                tr("Which places mean something to you? Home, a caf\u00e9, "
                   "the library, a place of worship?"),
                tr("What do you do regularly, on your own or with others?"),
                tr("Who feels closest to you? Let's put them in the "
                   "inner ring."),
            ),
            tr("Drag each one to the ring that shows how close it feels: "
               "the inner ring is the closest."),
            _by_ring,
        ),
        GuideStep(
            tr("Helps or hinders"),
            tr("How each one helps or hinders wellbeing"),
            (
                tr("How do you feel after seeing them, or after being there?"),
                tr("Which of these help you feel well? Which make things "
                   "harder?"),
                tr("Is anything both good and hard at the same time?"),
            ),
            tr("Set each one's effect in Properties: positive, neutral, "
               "negative or mixed."),
            _by_effect,
        ),
        GuideStep(
            tr("What might change"),
            tr("What might change"),
            (
                tr("Is there anyone or anything you would like more of in "
                   "your life? Or less of?"),
                tr("Is there something you used to do, or somewhere you used "
                   "to go, that you miss?"),
                tr("What matters most to you about the people and places in "
                   "your life?"),
            ),
            tr("Set \u201cwants more / less\u201d in Properties; with nothing "
               "selected, Properties holds \u201cwhat matters to me\u201d."),
            _changes,
        ),
        GuideStep(
            tr("What would help"),
            tr("What would help make those changes"),
            (
                tr("What would help you take the first step?"),
                tr("Who could help? Someone you know, or a worker who could "
                   "go with you or introduce you?"),
                tr("Are there local groups or services we could look into "
                   "together?"),
            ),
            tr("Write goals in the client's own words, with who supports "
               "them, and record any signposting or referral."),
            _help,
        ),
    )


# what has been captured, step by step ------------------------------------------------


def _labels(nodes: list[Node]) -> list[str]:
    return [n.label for n in nodes]


def _heading(text: str, count: int) -> str:
    return f"{text} ({count})"


def _by_kind(m: NetworkMap) -> list[Group]:
    names = {
        NodeKind.PERSON: tr("People"),
        NodeKind.PLACE: tr("Places"),
        NodeKind.ACTIVITY: tr("Activities"),
    }
    groups = []
    for kind, name in names.items():
        nodes = [n for n in m.nodes if n.kind is kind]
        groups.append((_heading(name, len(nodes)), _labels(nodes)))
    return groups if m.nodes else []


def _by_ring(m: NetworkMap) -> list[Group]:
    groups: list[Group] = []
    for ring, ring_label in enumerate(m.ring_labels, start=1):
        nodes = [n for n in m.nodes if n.ring == ring]
        if nodes:
            heading = tr("Ring %1, %2").replace("%1", str(ring)).replace(
                "%2", ring_label)
            groups.append((_heading(heading, len(nodes)), _labels(nodes)))
    practitioners = [n for n in m.nodes if n.is_practitioner]
    if practitioners:
        items = []
        for n in practitioners:
            roles = ", ".join(vocabulary(r.value) for r in n.roles)
            items.append(f"{n.label}: {roles}" if roles else n.label)
        groups.append((_heading(tr("Practitioners and their roles"),
                                len(practitioners)), items))
    return groups


def _by_effect(m: NetworkMap) -> list[Group]:
    names = (
        (Effect.NEGATIVE, tr("Makes things harder (negative)")),
        (Effect.MIXED, tr("Both good and hard (mixed)")),
        (Effect.POSITIVE, tr("Helps (positive)")),
        (Effect.NEUTRAL, tr("Neutral, or not talked about yet")),
    )
    groups = []
    for effect, name in names:
        nodes = [n for n in m.nodes if n.effect is effect]
        if nodes or effect in (Effect.NEGATIVE, Effect.MIXED):
            groups.append((_heading(name, len(nodes)), _labels(nodes)))
    return groups if m.nodes else []


def _changes(m: NetworkMap) -> list[Group]:
    more = [n for n in m.nodes if n.wants is Wants.MORE]
    less = [n for n in m.nodes if n.wants is Wants.LESS]
    matters = m.what_matters.strip()
    return [
        (_heading(tr("Would like more of"), len(more)), _labels(more)),
        (_heading(tr("Would like less of"), len(less)), _labels(less)),
        (tr("What matters to me"), [matters] if matters else []),
    ]


def _help(m: NetworkMap) -> list[Group]:
    labels = {n.id: n.label for n in m.nodes}
    goals = []
    for goal in m.goals:
        status = vocabulary(goal.status.value)
        text = f"{goal.text} ({status})"
        helpers = [labels[s.node_id] for s in goal.supporters if s.node_id in labels]
        if helpers:
            text += " \u2013 " + tr("with %1").replace("%1", ", ".join(helpers))
        goals.append(text)
    referrals = []
    for r in m.referrals:
        text = f"{r.service} ({vocabulary(r.status.value)})"
        if r.follow_up is not None:
            text += " \u2013 " + tr("follow up %1").replace(
                "%1", short_date(r.follow_up))
        referrals.append(text)
    open_goals = sum(1 for g in m.goals if g.status in (GoalStatus.PLANNED, GoalStatus.ACTIVE))
    return [
        (tr("Goals (%1 open of %2)").replace("%1", str(open_goals)).replace(
            "%2", str(len(m.goals))), goals),
        (_heading(tr("Signposting and referrals"), len(referrals)), referrals),
    ]


def captured_html(groups: list[Group]) -> str:
    """The groups as rich text; every label is escaped (a label is never markup)."""
    if not groups:
        return html.escape(tr("Nothing on the map yet."))
    none = html.escape(tr("none yet"))
    parts = []
    for heading, items in groups:
        if not items:
            body = f"<i>{none}</i>"
        elif any("," in item or len(item) > 40 for item in items):  # one a line: goals, notes
            body = "<br>".join(f"\u2022 {html.escape(item)}" for item in items)
        else:
            body = html.escape(", ".join(items))
        parts.append(f"<p style='margin:0 0 6px 0'><b>{html.escape(heading)}</b><br>{body}</p>")
    return "".join(parts)


def captured_plain(groups: list[Group]) -> str:
    """The same as plain text (for tests and screen readers)."""
    if not groups:
        return tr("Nothing on the map yet.")
    return "\n".join(f"{heading}: {', '.join(items)}" for heading, items in groups)


class GuidePanel(QWidget):
    """The five steps; ``step_changed(index)`` when the practitioner moves to another."""

    step_changed = Signal(int)

    def __init__(self, doc: MapDocument, has_client: Callable[[], bool],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guidePanel")
        self._doc, self._has_client = doc, has_client
        self._steps = guide_steps()
        self._step = 0
        self._dirty = True
        form = load_form("guide", self)
        self.step_list = child(form, QListWidget, "stepList")
        self.title_label = child(form, QLabel, "stepTitleLabel")
        self.prompts_label = child(form, QLabel, "promptsLabel")
        self.tip_label = child(form, QLabel, "tipLabel")
        self.captured_label = child(form, QLabel, "capturedLabel")
        self.counter_label = child(form, QLabel, "stepCounterLabel")
        self.back_button = child(form, QPushButton, "backButton")
        self.next_button = child(form, QPushButton, "nextButton")
        self._style(form)
        for label in (self.title_label, self.tip_label, self.counter_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
        for i, step in enumerate(self._steps, start=1):
            self.step_list.addItem(f"{i}. {step.short}")
            self.step_list.item(i - 1).setToolTip(step.title)
        self.step_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.step_list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        rows = self.step_list.sizeHintForRow(0) * len(self._steps)
        self.step_list.setFixedHeight(rows + 2 * self.step_list.frameWidth() + 4)
        self.step_list.currentRowChanged.connect(self._row_chosen)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        doc.map_changed.connect(self._map_changed)
        self.go_to(0)

    def _style(self, form: QWidget) -> None:
        form.setStyleSheet(
            "#stepTitleLabel { font-size: 11pt; font-weight: bold; }"
            "#askLabel, #capturedTitleLabel { color: #3f4a55; font-weight: bold;"
            " margin-top: 6px; }"
            "#promptsLabel { font-size: 10.5pt; }"
            "#tipLabel { color: #3f4a55; font-style: italic; margin-top: 4px; }"
            "#capturedLabel { background: #f3f5f7; border: 1px solid #d5dbe1;"
            " border-radius: 4px; padding: 6px; }")

    # moving between steps ------------------------------------------------------------

    @property
    def step(self) -> int:
        """The step on screen, 0 to 4."""
        return self._step

    @property
    def step_count(self) -> int:
        return len(self._steps)

    def go_to(self, step: int) -> None:
        step = max(0, min(step, len(self._steps) - 1))
        changed = step != self._step
        self._step = step
        with QSignalBlocker(self.step_list):
            self.step_list.setCurrentRow(step)
        current = self._steps[step]
        self.title_label.setText(f"{step + 1}. {current.title}")
        self.prompts_label.setText("".join(
            f"<p style='margin:0 0 6px 0'>\u201c{html.escape(p)}\u201d</p>"
            for p in current.prompts))
        self.tip_label.setText(current.tip)
        self.counter_label.setText(self.tr("Step %1 of %2").replace("%1", str(step + 1))
                                   .replace("%2", str(len(self._steps))))
        self.back_button.setEnabled(step > 0)
        self.next_button.setEnabled(step < len(self._steps) - 1)
        self.refresh()
        if changed:
            self.step_changed.emit(step)

    def next(self) -> None:
        self.go_to(self._step + 1)

    def back(self) -> None:
        self.go_to(self._step - 1)

    def _row_chosen(self, row: int) -> None:
        if row >= 0:
            self.go_to(row)

    # reading back --------------------------------------------------------------------

    def prompts(self) -> tuple[str, ...]:
        return self._steps[self._step].prompts

    def captured(self) -> list[Group]:
        if not self._has_client():
            return []
        return self._steps[self._step].captured(self._doc.network)

    def captured_text(self) -> str:
        return captured_plain(self.captured()) if self._has_client() else self._no_client()

    # following the document ----------------------------------------------------------

    def _map_changed(self, *_: object) -> None:
        self._dirty = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def refresh(self) -> None:
        self._dirty = False
        if not self._has_client():
            self.captured_label.setText(html.escape(self._no_client()))
            self.captured_label.setAccessibleDescription(self._no_client())
            return
        groups = self.captured()
        self.captured_label.setText(captured_html(groups))
        self.captured_label.setAccessibleDescription(captured_plain(groups))

    def _no_client(self) -> str:
        return self.tr("Open a client to see what is on their map.")


class GuideDock(QDockWidget):
    """The guide's dock; the panel is built the first time the dock is shown (it starts
    hidden, and start-up need not pay for it)."""

    def __init__(self, make: Callable[[], GuidePanel], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._make = make
        self._guide: GuidePanel | None = None
        self.setWindowTitle(self.tr("Conversation guide"))
        self.setObjectName("guideDock")
        self.setAccessibleName(self.tr("Conversation guide"))
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.toggleViewAction().setStatusTip(self.tr(
            "The five steps of a mapping conversation, with prompts to read aloud"))
        self.visibilityChanged.connect(lambda shown: self.guide if shown else None)

    @property
    def guide(self) -> GuidePanel:
        if self._guide is None:
            self._guide = self._make()
            self.setWidget(self._guide)
        return self._guide


def install_guide(window: MainWindow) -> GuideDock:
    """Add the guide on the left, under the palette, hidden until View shows it; the first
    time it is shown it takes half the height, enough for a step's prompts."""
    doc, is_open = window.doc, client_is_open(window)  # no cycle through the window
    dock = GuideDock(lambda: GuidePanel(doc, is_open), window)
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock, Qt.Orientation.Vertical)
    dock.hide()
    sized: list[bool] = []

    def first_shown(visible: bool) -> None:
        if visible and not sized and not dock.isFloating():
            sized.append(True)
            window.resizeDocks([dock], [max(360, window.height() // 2)], Qt.Orientation.Vertical)

    dock.visibilityChanged.connect(first_shown)
    return dock


__all__ = ["GuideDock", "GuidePanel", "GuideStep", "guide_steps", "install_guide"]
