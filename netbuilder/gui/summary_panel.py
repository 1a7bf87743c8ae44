"""The Summary dock: the map's figures from ``analysis.summarise``, each with a line the
client understands, and the study's figures beside them as context, never as targets.

Lines: how many people (beside the study's mean of 19.9), practitioners in the closest
ring (23% of the study's networks had one there), connections that are hard (negative
or mixed), time at home, the balance of people, places and activities, and goals with
what is due. No network type is given: the study group's rule for it is not public, and
a guess shown to a client would read as a verdict.

The figures follow ``doc.map_changed`` (debounced, and only while the dock is on screen:
a hidden panel catches up when it is shown). ``summarise`` and networkx are imported on
first use, not at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QLocale,
    QObject,
    QRectF,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QLabel,
    QMainWindow,
    QScrollArea,
    QSizePolicy,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from netbuilder.analysis.caseload import caseload_facts
from netbuilder.analysis.reference import STUDY_MEAN_CONTACTS, STUDY_PRACTITIONER_INNER_SHARE
from netbuilder.model import Effect, NetworkMap

from .caseload_model import short_date
from .docks import client_is_open
from .document import MapDocument

if TYPE_CHECKING:
    from netbuilder.analysis.summary import NetworkSummary

    from .window import MainWindow

translate = QCoreApplication.translate
CONTEXT = "SummaryPanel"


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return translate(CONTEXT, text, disambiguation, n)


DEBOUNCE_MS = 40
KEYS = ("size", "practitioners", "hard", "home", "balance", "goals")
KIND_COLOURS = (QColor("#E69F00"), QColor("#56B4E9"), QColor("#009E73"))  # as on the map


@dataclass(frozen=True, slots=True)
class SummaryLine:
    """One figure: a short title, the figure itself, and a sentence for the client."""

    key: str
    title: str
    figure: str
    line: str


def summary_lines(s: NetworkSummary, network: NetworkMap, today: date) -> list[SummaryLine]:
    """The panel's lines for a summary, in order; goals only when there are any."""
    lines = [_size(s), _practitioners(s), _hard(s), _home(s), _balance(s)]
    if s.goals or s.referrals:
        lines.append(_goals(s, network, today))
    return lines


def _count(n: int, one: str, many: str) -> str:
    """'1 person' / '5 people': both as translated, ``many`` with %n filled in (translators
    give the plural forms)."""
    return one if n == 1 else many


def _list(names: list[str]) -> str:
    return QLocale().createSeparatedList(names)


def _size(s: NetworkSummary) -> SummaryLine:
    mean = QLocale().toString(STUDY_MEAN_CONTACTS, "g", 3)
    figure = _count(s.people, tr("1 person"), tr("%n people", "", s.people))
    if s.people == 0:
        line = tr("No people on the map yet.")
    elif s.people == 1:
        line = tr("There is 1 person in your network.")
    else:
        line = tr("There are %n people in your network.", "", s.people)
    line += " " + tr(
        "In the study, people had %1 on average: a comparison, not a target."
    ).replace("%1", mean)
    return SummaryLine("size", tr("People in your network"), figure, line)


def _practitioners(s: NetworkSummary) -> SummaryLine:
    share = f"{round(STUDY_PRACTITIONER_INNER_SHARE * 100)}%"
    inner = [p.label for p in s.practitioners if p.ring == 1]
    title = tr("Practitioners close to you")
    if not s.practitioners:
        return SummaryLine("practitioners", title, tr("None on the map"),
                           tr("No practitioners (such as a nurse, GP or support "
                              "worker) are on the map yet."))
    figure = tr("%1 of %2 in the closest ring").replace(
        "%1", str(len(inner))).replace("%2", str(len(s.practitioners)))
    if len(inner) == 1:
        line = tr("%1 is in your closest ring.").replace("%1", inner[0])
    elif inner:
        line = tr("%1 are in your closest ring.").replace("%1", _list(inner))
    else:
        line = tr("No practitioner is in your closest ring.")
    line += " " + tr(
        "In the study, %1 of people had a practitioner that close.").replace("%1", share)
    return SummaryLine("practitioners", title, figure, line)


def _hard(s: NetworkSummary) -> SummaryLine:
    negative = [h.label for h in s.hard_connections if h.effect == Effect.NEGATIVE.value]
    mixed = [h.label for h in s.hard_connections if h.effect == Effect.MIXED.value]
    title = tr("Connections that are hard")
    if not negative and not mixed:
        return SummaryLine("hard", title, tr("None"), tr(
            "Nothing on the map is marked as making things harder for you."))
    figure = tr("%1 negative \u00b7 %2 mixed").replace(
        "%1", str(len(negative))).replace("%2", str(len(mixed)))
    parts = []
    if negative:
        parts.append(tr("%1 can make things harder for you.").replace(
            "%1", _list(negative)))
    if mixed:
        parts.append(tr("%1 can be both good and hard.").replace(
            "%1", _list(mixed)))
    return SummaryLine("hard", title, figure, " ".join(parts))


_SHARE_WORDS = (
    (0, QT_TRANSLATE_NOOP("SummaryPanel", "You spend hardly any of your week at home.")),
    (15, QT_TRANSLATE_NOOP("SummaryPanel", "You spend a small part of your week at home.")),
    (29, QT_TRANSLATE_NOOP("SummaryPanel", "You spend about a quarter of your week at home.")),
    (40, QT_TRANSLATE_NOOP("SummaryPanel", "You spend about a third of your week at home.")),
    (59, QT_TRANSLATE_NOOP("SummaryPanel", "You spend about half of your week at home.")),
    (70, QT_TRANSLATE_NOOP("SummaryPanel", "You spend about two thirds of your week at home.")),
    (85, QT_TRANSLATE_NOOP("SummaryPanel", "You spend about three quarters of your week at home.")),
    (99, QT_TRANSLATE_NOOP("SummaryPanel", "You spend most of your week at home.")),
    (100, QT_TRANSLATE_NOOP("SummaryPanel", "You spend all of your week at home.")),
)


def _home(s: NetworkSummary) -> SummaryLine:
    title = tr("Time at home")
    share = s.home_share_of_week
    if share is None:
        return SummaryLine("home", title, tr("Not recorded"), tr(
            "How much of the week is spent at home is not recorded yet (the home "
                     "place's \u201cshare of the week\u201d)."))
    words = next(text for limit, text in _SHARE_WORDS if share <= limit)
    figure = tr("%1% of the week").replace("%1", str(share))
    return SummaryLine("home", title, figure, tr(words))  # i18n: marked in _SHARE_WORDS


def _balance(s: NetworkSummary) -> SummaryLine:
    title = tr("People, places and activities")
    counts = {"people": s.people, "places": s.places, "activities": s.activities}
    figure = " \u00b7 ".join((
        _count(s.people, tr("1 person"), tr("%n people", "", s.people)),
        _count(s.places, tr("1 place"), tr("%n places", "", s.places)),
        _count(s.activities, tr("1 activity"), tr("%n activities", "", s.activities))))
    total = sum(counts.values())
    missing = [kind for kind, n in counts.items() if n == 0]
    if total == 0:
        line = tr("Nothing on the map yet.")
    elif len(missing) == 2:
        only = next(kind for kind, n in counts.items() if n)
        line = {
            "people": tr("So far there are only people on the map."),
            "places": tr("So far there are only places on the map."),
            "activities": tr("So far there are only activities on the map."),
        }[only]
    elif missing:
        line = {
            "people": tr("There are no people on the map yet."),
            "places": tr("There are no places on the map yet."),
            "activities": tr("There are no activities on the map yet."),
        }[missing[0]]
    else:
        kind, most = max(counts.items(), key=lambda item: item[1])
        if most * 2 > total:
            line = {
                "people": tr("Most of your connections are people."),
                "places": tr("Most of your connections are places."),
                "activities": tr("Most of your connections are activities."),
            }[kind]
        else:
            line = tr("Your connections are a mix of people, places and "
                      "activities.")
    return SummaryLine("balance", title, figure, line)


def _goals(s: NetworkSummary, network: NetworkMap, today: date) -> SummaryLine:
    title = tr("Goals and follow-ups")
    facts = caseload_facts(network)
    figure = _count(facts.open_goals, tr("1 open goal"),
                    tr("%n open goals", "", facts.open_goals))
    due = [g.text for g in s.overdue_goals] + [r.service for r in s.overdue_follow_ups]
    if due:
        line = tr("Time to look again at: %1.").replace("%1", _list(due))
    elif facts.next_review is not None:
        line = tr("The next review or follow-up is on %1.").replace(
            "%1", short_date(facts.next_review))
    else:
        line = tr("No review date is set yet.")
    return SummaryLine("goals", title, figure, line)


class BalanceBar(QWidget):
    """People, places and activities as three lengths of one bar, in the map's colours."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summaryBalanceBar")
        self.setAccessibleName(self.tr("Balance of people, places and activities"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._counts = (0, 0, 0)

    def sizeHint(self) -> QSize:
        return QSize(200, 10)

    def set_counts(self, people: int, places: int, activities: int) -> None:
        self._counts = (people, places, activities)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        total = sum(self._counts)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(QColor("#c9d1d9"))
        painter.setBrush(QColor("#f3f5f7"))
        painter.drawRoundedRect(rect, 3, 3)
        if total:
            x = rect.left()
            painter.setPen(Qt.PenStyle.NoPen)
            for n, colour in zip(self._counts, KIND_COLOURS, strict=True):
                width = rect.width() * n / total
                painter.setBrush(colour)
                painter.drawRect(QRectF(x, rect.top(), width, rect.height()))
                x += width
        painter.end()


class SummaryPanel(QWidget):
    """The figures of the map on screen; ``line(key)`` and ``figure(key)`` read them back."""

    def __init__(self, doc: MapDocument, has_client: Callable[[], bool],
                 parent: QWidget | None = None, today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.setObjectName("summaryPanel")
        self._doc, self._has_client, self._today = doc, has_client, today
        self._dirty = True
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 10)
        layout.setSpacing(4)
        self.placeholder = QLabel(self.tr("Open a client to see a summary of their network."),
                                  self)
        self.placeholder.setObjectName("summaryPlaceholder")
        self.placeholder.setWordWrap(True)
        layout.addWidget(self.placeholder)
        self._titles: dict[str, QLabel] = {}
        self._figures: dict[str, QLabel] = {}
        self._lines: dict[str, QLabel] = {}
        self._rules: dict[str, QFrame] = {}
        self.balance_bar = BalanceBar(self)
        for key in KEYS:
            self._add_row(layout, key)
        self.note = QLabel(self.tr(
            "Study figures come from 150 people in a UK study: a comparison, never a target."),
            self)
        self.note.setObjectName("summaryNote")
        self.note.setWordWrap(True)
        layout.addSpacing(6)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.setStyleSheet(
            "#summaryPanel QLabel[part='title'] { color: #3f4a55; font-weight: bold; }"
            "#summaryPanel QLabel[part='figure'] { font-size: 13pt; font-weight: bold; }"
            "#summaryNote, #summaryPlaceholder { color: #3f4a55; }"
            "#summaryNote { font-style: italic; }")
        doc.map_changed.connect(self._map_changed)
        self._show_rows(False)

    def _add_row(self, layout: QVBoxLayout, key: str) -> None:
        rule = QFrame(self)
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        title, figure, line = QLabel(self), QLabel(self), QLabel(self)
        for part, label in (("title", title), ("figure", figure), ("line", line)):
            label.setObjectName(f"summary_{key}_{part}")
            label.setProperty("part", part)
            label.setTextFormat(Qt.TextFormat.PlainText)  # labels of nodes are never markup
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addSpacing(4)
        layout.addWidget(rule)
        layout.addWidget(title)
        layout.addWidget(figure)
        if key == "balance":
            layout.addWidget(self.balance_bar)
        layout.addWidget(line)
        self._rules[key], self._titles[key] = rule, title
        self._figures[key], self._lines[key] = figure, line

    # reading back --------------------------------------------------------------

    def line(self, key: str) -> str:
        return self._lines[key].text()

    def figure(self, key: str) -> str:
        return self._figures[key].text()

    def shown_keys(self) -> list[str]:
        return [key for key in KEYS if not self._lines[key].isHidden()]

    # following the document --------------------------------------------------------

    def _map_changed(self, *_: object) -> None:
        self._dirty = True
        if self.isVisible():
            self._timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def refresh(self) -> None:
        """Work the figures out again from the map on screen (about 4 ms for 500 nodes)."""
        self._timer.stop()
        self._dirty = False
        if not self._has_client():
            self._show_rows(False)
            return
        from netbuilder.analysis.summary import summarise  # networkx: on first use only

        network, today = self._doc.network, self._today()
        summary = summarise(network, today)
        lines = {item.key: item for item in summary_lines(summary, network, today)}
        self._show_rows(True)
        for key in KEYS:
            item = lines.get(key)
            for widget in (self._rules[key], self._titles[key], self._figures[key],
                           self._lines[key]):
                widget.setHidden(item is None)
            if item is None:
                continue
            self._titles[key].setText(item.title)
            self._figures[key].setText(item.figure)
            self._lines[key].setText(item.line)
            self._lines[key].setAccessibleName(item.title)
            self._lines[key].setAccessibleDescription(f"{item.figure}. {item.line}")
        self.balance_bar.set_counts(summary.people, summary.places, summary.activities)
        self.balance_bar.setAccessibleDescription(self.figure("balance"))

    def _show_rows(self, shown: bool) -> None:
        self.placeholder.setHidden(shown)
        self.note.setHidden(not shown)
        self.balance_bar.setHidden(not shown)
        for key in KEYS:
            for widget in (self._rules[key], self._titles[key], self._figures[key],
                           self._lines[key]):
                widget.setHidden(not shown)


class SummaryDock(QDockWidget):
    """The dock around the panel (which scrolls when the dock is short). The panel is built
    the first time the dock is on screen: behind another tab, start-up need not pay for it."""

    def __init__(self, make: Callable[[], SummaryPanel], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._make = make
        self._panel: SummaryPanel | None = None
        self.setWindowTitle(self.tr("Summary"))
        self.setObjectName("summaryDock")
        self.setAccessibleName(self.tr("Summary"))
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.visibilityChanged.connect(lambda shown: self.panel if shown else None)

    @property
    def panel(self) -> SummaryPanel:
        if self._panel is None:
            self._panel = self._make()
            area = QScrollArea(self)
            area.setObjectName("summaryScroll")
            area.setWidgetResizable(True)
            area.setFrameShape(QFrame.Shape.NoFrame)
            area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            area.setWidget(self._panel)
            self.setWidget(area)
        return self._panel


def hide_stray_tab_bars(window: QMainWindow) -> list[QTabBar]:
    """Hide the stray tab bars Qt 6.11 leaves behind; returns those hidden.

    Every tab group after the first made before the window is shown gets a second, stray
    copy of its tab bar that the layout never moves again: it floats over the centre of
    the window ("Node list | Summary" over the welcome text). A real tab bar sits right
    under (or over) the dock in front of its group; a stray one does not.
    """
    direct = Qt.FindChildOption.FindDirectChildrenOnly  # docks are the window's children
    shown = [d for d in window.findChildren(QDockWidget, options=direct)
             if d.isVisible() and not d.isFloating() and d.geometry().right() >= 0
             and d.geometry().bottom() >= 0]
    stray = []
    for bar in window.findChildren(QTabBar, options=direct):
        if not bar.isVisible():
            continue
        titles, where = {bar.tabText(i) for i in range(bar.count())}, bar.geometry()
        if not any(d.windowTitle() in titles and abs(d.x() - where.x()) <= 2
                   and (abs(d.geometry().bottom() + 1 - where.y()) <= 2
                        or abs(where.bottom() + 1 - d.y()) <= 2) for d in shown):
            bar.hide()
            stray.append(bar)
    return stray


class _TidyTabBarsOnShow(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Show:
            QTimer.singleShot(0, self, lambda: hide_stray_tab_bars(self._window))
        return False


def install_summary(window: MainWindow) -> SummaryDock:
    """Add the Summary dock on the right, tabbed with the node list (in front), and return it."""
    doc, is_open = window.doc, client_is_open(window)  # no cycle through the window
    dock = SummaryDock(lambda: SummaryPanel(doc, is_open), window)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    node_list = window.findChild(QDockWidget, "nodeListDock")
    if node_list is not None:
        window.tabifyDockWidget(node_list, dock)
        dock.raise_()
    _TidyTabBarsOnShow(window)
    return dock


__all__ = ["SummaryDock", "SummaryLine", "SummaryPanel", "install_summary", "summary_lines"]
