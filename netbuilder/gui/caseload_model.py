"""The caseload's table: one row per client, and the proxy that searches, filters and sorts it.

The rows come from ``Store.list_clients`` (the facts sealed beside each map), never from
the maps themselves, so a caseload of a thousand fills in a blink. Cells are worked out
when the view asks for them: only the rows on screen cost anything.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from netbuilder.analysis.caseload import CaseloadFacts
from netbuilder.model import Client
from netbuilder.store.views import ClientSummary

CLIENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
ARCHIVED_ROLE = Qt.ItemDataRole.UserRole + 3
SORT_ROLE = Qt.ItemDataRole.UserRole + 4
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 5

translate = QCoreApplication.translate
CONTEXT = "CaseloadModel"


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return translate(CONTEXT, text, disambiguation, n)


_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_DESCRIPTION = int(Qt.ItemDataRole.AccessibleDescriptionRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_CENTRE = int(Qt.AlignmentFlag.AlignCenter)
_ROOT = QModelIndex()
OVERDUE_COLOUR = QColor("#9b1c1c")  # the stylesheet's error red: AA on white
_LAST = "\uffff"  # sorts after any date or name: rows without a date go last
_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    NAME = 0
    UPDATED = 1
    NEXT_REVIEW = 2
    OPEN_GOALS = 3
    OVERDUE = 4


_COLUMNS = len(Column)
_ROLES = frozenset({_DISPLAY, _ACCESSIBLE, _TOOLTIP, _ALIGNMENT, _FOREGROUND, _FONT,
                    int(CLIENT_ID_ROLE), int(SEARCH_ROLE), int(ARCHIVED_ROLE), int(SORT_ROLE),
                    int(OVERDUE_ROLE)})


def column_titles() -> dict[Column, tuple[str, str]]:
    """Each column's short title and its longer explanation (tooltip)."""
    return {
        Column.NAME: (tr("Client"), tr("Name and reference")),
        Column.UPDATED: (tr("Updated"),
                         tr("When the current map last changed")),
        Column.NEXT_REVIEW: (
            tr("Review"),
            tr("Next review: the earliest review date of an open goal, or "
               "follow-up date of an open referral"),
        ),
        Column.OPEN_GOALS: (tr("Goals"),
                            tr("Open goals (planned or active)")),
        Column.OVERDUE: (tr("Overdue"),
                         tr("Referral follow-ups whose date has passed")),
    }


def search_text(client: Client) -> str:
    """What the search box matches: the name, the reference, and the reference's digits."""
    digits = re.sub(r"[\s-]", "", client.local_ref)
    return "\n".join((client.display_name, client.local_ref, digits))


def short_date(day: date) -> str:
    """'5 Mar 2025' in the person's language (never day and month in a guessable order)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def compact_date(day: date, today: date) -> str:
    """'5 Mar' within about ten months of today, else '5 Mar 2024': the caseload's narrow
    columns (the tooltip gives the full date)."""
    form = "d MMM" if abs((day - today).days) < 300 else "d MMM yyyy"
    return QLocale().toString(QDate(day.year, day.month, day.day), form)


@dataclass(frozen=True, slots=True)
class CaseloadRow:
    client: Client
    facts: CaseloadFacts | None

    @property
    def client_id(self) -> str:
        return str(self.client.id)

    def name_text(self) -> str:
        text = self.client.display_name
        if self.client.local_ref:
            text += f"  \u00b7  {self.client.local_ref}"
        if self.client.archived:
            text += "  " + tr("(archived)")
        return text


class CaseloadModel(QAbstractTableModel):
    """The clients as rows and ``Column`` as columns; ``today`` decides what is overdue."""

    def __init__(self, parent: QObject | None = None,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self._rows: list[CaseloadRow] = []
        self._row_of: dict[str, int] = {}
        self._titles = column_titles()
        # per row, made when first shown: each cell's text, and whether it is an alert
        self._texts: dict[int, tuple[tuple[str, ...], tuple[bool, ...]]] = {}
        self.today = today
        self._today = today()
        self._bold = QFont()
        self._bold.setBold(True)

    # filling ---------------------------------------------------------------

    def set_clients(self, summaries: list[ClientSummary]) -> None:
        self.beginResetModel()
        self._today = self.today()
        self._rows = [CaseloadRow(s.client, s.facts) for s in summaries]
        self._row_of = {row.client_id: i for i, row in enumerate(self._rows)}
        self._texts.clear()
        self.endResetModel()

    def set_facts(self, client_id: uuid.UUID, facts: CaseloadFacts) -> bool:
        """New facts for one client (their map changed); False if they are not listed."""
        i = self._row_of.get(str(client_id))
        if i is None or self._rows[i].facts == facts:
            return False
        self._rows[i] = replace(self._rows[i], facts=facts)
        self._texts.pop(i, None)
        self.dataChanged.emit(self.index(i, Column.UPDATED), self.index(i, Column.OVERDUE))
        return True

    def row_for(self, client_id: uuid.UUID) -> int | None:
        return self._row_of.get(str(client_id))

    def client_at(self, row: int) -> CaseloadRow:
        return self._rows[row]

    # the model interface (called for every cell painted: kept lean) ------------------

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else _COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < _COLUMNS:
            return None
        title, tip = self._titles[Column(section)]
        if role == _DISPLAY:
            return title
        if role in (_TOOLTIP, _DESCRIPTION):
            return tip
        return None

    def data(self, index: _Index, role: int = _DISPLAY) -> object:
        if role not in _ROLES or not index.isValid():
            return None
        i, column = index.row(), index.column()
        if role in (_DISPLAY, _ACCESSIBLE, _FOREGROUND, _FONT):
            shown = self._texts.get(i)
            if shown is None:
                row = self._rows[i]
                shown = self._texts[i] = (tuple(self._text(row, c) for c in Column),
                                          tuple(self._is_alert(row, c) for c in Column))
            if role in (_DISPLAY, _ACCESSIBLE):
                return shown[0][column]
            if not shown[1][column]:
                return None
            return OVERDUE_COLOUR if role == _FOREGROUND else self._bold
        row = self._rows[i]
        if role == CLIENT_ID_ROLE:
            return row.client_id
        if role == ARCHIVED_ROLE:
            return row.client.archived
        if role == SEARCH_ROLE:
            return search_text(row.client)
        if role == OVERDUE_ROLE:
            return row.facts is not None and row.facts.is_overdue(self._today)
        if role == SORT_ROLE:
            return self._sort_key(row, Column(column))
        if role == _TOOLTIP:
            return self._tooltip(row, Column(column))
        if role == _ALIGNMENT:
            return _CENTRE if column >= Column.OPEN_GOALS else None
        return None

    # cells -----------------------------------------------------------------------

    def _text(self, row: CaseloadRow, column: Column) -> str:
        facts = row.facts
        if column is Column.NAME:
            return row.name_text()
        if facts is None:
            return ""
        if column is Column.UPDATED:
            return compact_date(_local_day(facts.updated_at), self._today)
        if column is Column.NEXT_REVIEW:
            due = facts.next_review
            return compact_date(due, self._today) if due else ""
        if column is Column.OPEN_GOALS:
            return str(facts.open_goals)
        return str(facts.overdue_follow_ups(self._today))

    def _sort_key(self, row: CaseloadRow, column: Column) -> object:
        facts = row.facts
        if column is Column.NAME:
            return f"{row.client.display_name.casefold()}\n{row.client_id}"
        if facts is None:
            return _LAST if column in (Column.UPDATED, Column.NEXT_REVIEW) else -1
        if column is Column.UPDATED:
            return facts.updated_at.isoformat()
        if column is Column.NEXT_REVIEW:
            due = facts.next_review
            return due.isoformat() if due else _LAST
        if column is Column.OPEN_GOALS:
            return facts.open_goals
        return facts.overdue_follow_ups(self._today)

    def _tooltip(self, row: CaseloadRow, column: Column) -> str | None:
        facts = row.facts
        if column is Column.NAME:
            return row.name_text()
        if facts is None:
            return None
        if column is Column.UPDATED:
            local = facts.updated_at.astimezone()
            return tr("Map last changed on %1 at %2").replace(
                "%1", short_date(local.date())).replace("%2", f"{local:%H:%M}")
        if column is Column.NEXT_REVIEW:
            due = facts.next_review
            if due is None:
                return tr("No review or follow-up date is set")
            if due < self._today:
                return tr("Overdue since %1").replace("%1", short_date(due))
            return tr("Next review or follow-up: %1").replace(
                "%1", short_date(due))
        return self._titles[column][1]

    def _is_alert(self, row: CaseloadRow, column: Column) -> bool:
        facts = row.facts
        if facts is None:
            return False
        if column is Column.NEXT_REVIEW:
            return facts.is_overdue(self._today)
        if column is Column.OVERDUE:
            return facts.overdue_follow_ups(self._today) > 0
        return False


def _local_day(stamp: datetime) -> date:
    return stamp.astimezone().date() if stamp.tzinfo else stamp.date()


class CaseloadFilter(QSortFilterProxyModel):
    """Search (name, reference, reference digits) and "overdue only"; sorts by ``SORT_ROLE``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._overdue_only = False
        self.setFilterRole(SEARCH_ROLE)
        self.setFilterKeyColumn(Column.NAME)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    @property
    def overdue_only(self) -> bool:
        return self._overdue_only

    def set_overdue_only(self, value: bool) -> None:
        if value != self._overdue_only:
            self.beginFilterChange()
            self._overdue_only = value
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if self._overdue_only:
            index = self.sourceModel().index(source_row, Column.NAME, source_parent)
            if not index.data(OVERDUE_ROLE):
                return False
        return super().filterAcceptsRow(source_row, source_parent)
