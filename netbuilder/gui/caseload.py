"""The caseload: the practitioner's clients with last update, next review, open goals and
overdue follow-ups; search and filters; new, open, archive, restore and permanent delete."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTableView,
    QWidget,
)

from netbuilder.analysis.caseload import caseload_facts
from netbuilder.model import Client, ClientRecord, NetworkMap
from netbuilder.store.db import Store
from netbuilder.store.errors import NotFound, StoreError

from .caseload_model import (
    ARCHIVED_ROLE,
    CLIENT_ID_ROLE,
    SEARCH_ROLE,
    CaseloadFilter,
    CaseloadModel,
    Column,
    search_text,
)
from .dialogs import NewClientDialog
from .document import MapDocument
from .forms import child, load_form

__all__ = [
    "ARCHIVED_ROLE",
    "CLIENT_ID_ROLE",
    "SEARCH_ROLE",
    "CaseloadPanel",
    "DeleteClientDialog",
    "new_client_record",
    "search_text",
]


def new_client_record(client: Client, today: date | None = None) -> ClientRecord:
    """A client with one empty baseline map."""
    network = NetworkMap(client_id=client.id, date=today or date.today())
    return ClientRecord(client=client, maps=(network,), current_map_id=network.id)


class CaseloadPanel(QWidget):
    """Lists clients; emits ``open_requested(client_id)``, ``archived(client_id)``,
    ``deleting(client_id)`` just before a client is erased (whoever shows them lets go), and
    ``deleted(client_id)`` once they are gone from the store (their backups go next)."""

    open_requested = Signal(object)
    archived = Signal(object)
    deleting = Signal(object)
    deleted = Signal(object)

    def __init__(self, store: Store | None, parent: QWidget | None = None,
                 today: Callable[[], date] = date.today) -> None:
        """Without a store (not unlocked yet) the list stays empty until ``set_store``;
        ``today`` decides what is overdue."""
        super().__init__(parent)
        self.setObjectName("caseloadPanel")
        self._open_store = store
        form = load_form("caseload", self)
        self.search_edit = child(form, QLineEdit, "searchEdit")
        self.client_list = child(form, QTableView, "clientList")
        self.count_label = child(form, QLabel, "countLabel")
        self.show_archived = child(form, QCheckBox, "showArchivedCheck")
        self.overdue_only = child(form, QCheckBox, "overdueOnlyCheck")
        self.new_button = child(form, QPushButton, "newButton")
        self.open_button = child(form, QPushButton, "openButton")
        self.archive_button = child(form, QPushButton, "archiveButton")
        self.restore_button = child(form, QPushButton, "restoreButton")
        self.delete_button = child(form, QPushButton, "deleteButton")
        self._narrow_to: int | None = None
        self._watching_dock = False
        self._widened_to: int | None = None
        self._model = CaseloadModel(self, today)
        self._proxy = CaseloadFilter(self)
        self._proxy.setSourceModel(self._model)
        self.client_list.setModel(self._proxy)
        self._set_up_header()
        self._connect()
        self.refresh()

    @property
    def model(self) -> CaseloadModel:
        return self._model

    @property
    def _store(self) -> Store:
        if self._open_store is None:
            raise StoreError("The store is not unlocked.")
        return self._open_store

    def set_store(self, store: Store) -> None:
        """The store, once unlocked: the list fills from it."""
        self._open_store = store
        self.refresh()

    def follow(self, doc: MapDocument, editing_client: Callable[[], bool]) -> None:
        """Keep the open client's row in step with their map as it is edited (the row's
        facts come from the map in memory: no store read)."""

        def changed(_old: NetworkMap, new: NetworkMap) -> None:
            if editing_client() and not doc.read_only:
                self._model.set_facts(new.client_id, caseload_facts(new))

        doc.map_changed.connect(changed)

    def _set_up_header(self) -> None:
        rows = self.client_list.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # one line a client
        rows.setDefaultSectionSize(self.client_list.fontMetrics().height() + 6)
        header = self.client_list.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(36)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        text = self.client_list.fontMetrics()
        for column, sample in _SAMPLES.items():  # the title (with the sort arrow) or a cell
            width = max(header.sectionSizeFromContents(column).width(),
                        text.horizontalAdvance(sample) + 18)
            header.resizeSection(column, width)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        # the store lists clients by name: shown so, without sorting them again
        header.setSortIndicator(Column.NAME, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._proxy.sort)

    def _connect(self) -> None:
        self.search_edit.textChanged.connect(self._search)
        self.client_list.activated.connect(self._open_index)
        self.client_list.selectionModel().currentChanged.connect(self._update_buttons)
        for signal in (self._proxy.modelReset, self._proxy.rowsInserted,
                       self._proxy.rowsRemoved, self._proxy.layoutChanged):
            signal.connect(self._update_buttons)
        self.show_archived.toggled.connect(lambda _on: self.refresh())
        self.overdue_only.toggled.connect(self._proxy.set_overdue_only)
        self.new_button.clicked.connect(self.new_client)
        self.open_button.clicked.connect(lambda: self._open_index(self.client_list.currentIndex()))
        self.archive_button.clicked.connect(self.archive_selected)
        self.restore_button.clicked.connect(self.restore_selected)
        self.delete_button.clicked.connect(self.delete_selected)

    # a wide list while choosing a client, the practitioner's width while drawing ------

    def wanted_width(self) -> int:
        """Room for every column with a name of about 20 letters beside them."""
        header = self.client_list.horizontalHeader()
        others = sum(header.sectionSize(c) for c in Column if c is not Column.NAME)
        name = self.client_list.fontMetrics().horizontalAdvance("Samantha Taylor-Brown")
        return others + name + 48

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        found = self._dock_and_window()
        if found is not None and not self._watching_dock:
            # a tab put behind another is not hidden, only moved away: the dock says so
            self._watching_dock = True
            found[0].visibilityChanged.connect(
                lambda shown: QTimer.singleShot(
                    0, self, self._widen_dock if shown else self._narrow_dock))
            QTimer.singleShot(0, self, self._widen_dock)

    def _dock_and_window(self) -> tuple[QDockWidget, QMainWindow] | None:
        dock = self.parentWidget()
        window = dock.parentWidget() if dock is not None else None
        if (isinstance(dock, QDockWidget) and isinstance(window, QMainWindow)
                and not dock.isFloating()):
            return dock, window
        return None

    def _widen_dock(self) -> None:
        found = self._dock_and_window()
        if found is None or not found[0].isVisible() or found[0].geometry().right() < 0:
            return
        dock, window = found
        wanted = min(self.wanted_width(), window.width() // 2)
        if dock.width() < wanted:
            self._narrow_to, self._widened_to = dock.width(), wanted
            window.resizeDocks([dock], [wanted], Qt.Orientation.Horizontal)

    def _narrow_dock(self) -> None:
        found = self._dock_and_window()
        if found is None or self._narrow_to is None:
            return
        dock, window = found
        front = next((d for d in window.tabifiedDockWidgets(dock) if d.isVisible()
                      and d.geometry().right() >= 0 and not d.isFloating()), None)
        if front is not None and abs(front.width() - (self._widened_to or 0)) <= 4:
            window.resizeDocks([front], [self._narrow_to], Qt.Orientation.Horizontal)
        self._narrow_to = self._widened_to = None  # (else resized by hand since: kept)

    def refresh(self, select: uuid.UUID | None = None) -> None:
        """Reload the list from the store, keeping (or moving to) a selection."""
        keep = select or self.selected_client_id()
        if self._open_store is not None:
            self._model.set_clients(self._open_store.list_clients(
                include_archived=self.show_archived.isChecked()))
        else:
            self._model.set_clients([])
        if keep is not None:
            self.select_client(keep)
        self._update_buttons()

    def select_client(self, client_id: uuid.UUID) -> bool:
        row = self._model.row_for(client_id)
        if row is None:
            return False
        index = self._proxy.mapFromSource(self._model.index(row, Column.NAME))
        if not index.isValid():  # filtered out
            return False
        self.client_list.setCurrentIndex(index)
        return True

    def selected_client_id(self) -> uuid.UUID | None:
        index = self.client_list.currentIndex()
        raw = index.data(CLIENT_ID_ROLE) if index.isValid() else None
        return uuid.UUID(raw) if raw else None

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    # commands ------------------------------------------------------------------

    def new_client(self) -> None:
        dialog = NewClientDialog(self)
        if dialog.exec() != NewClientDialog.DialogCode.Accepted or dialog.client is None:
            return
        client = dialog.client
        if not self._store_does(lambda: self._store.add_record(new_client_record(client))):
            return
        self.search_edit.clear()
        self.overdue_only.setChecked(False)  # a new client is never overdue: show them
        self.refresh(select=client.id)
        self.open_requested.emit(client.id)

    def archive_selected(self) -> None:
        client_id = self.selected_client_id()
        if client_id is None or self._is_archived(self.client_list.currentIndex()):
            return
        name = self._store.get_client(client_id).display_name
        answer = QMessageBox.question(
            self, self.tr("Archive client"),
            self.tr("Archive %1?\n\nTheir maps are kept, encrypted, and can be restored "
                    "from \u201cShow archived\u201d.").replace("%1", name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        if not self._store_does(lambda: self._store.set_archived(client_id, True)):
            return
        self.refresh()
        self.archived.emit(client_id)

    def restore_selected(self) -> None:
        client_id = self.selected_client_id()
        if client_id is None or not self._is_archived(self.client_list.currentIndex()):
            return
        if self._store_does(lambda: self._store.set_archived(client_id, False)):
            self.refresh(select=client_id)

    def delete_selected(self) -> None:
        """Erase the selected client for good, once the person has typed their name."""
        client_id = self.selected_client_id()
        if client_id is None:
            return
        try:
            client = self._store.get_client(client_id)
            versions = len(self._store.list_versions(client_id))
        except StoreError as e:
            QMessageBox.warning(self, self.tr("Not deleted"), str(e))
            return
        dialog = DeleteClientDialog(client.display_name, versions, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.deleting.emit(client_id)  # the window closes the client (saving what is pending)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._store.delete_client(client_id)
        except StoreError as e:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.tr("Delete client"), str(e))
        else:
            QApplication.restoreOverrideCursor()
        self.refresh()
        if self._is_gone(client_id):  # also after "deleted, but another window has it open"
            self.deleted.emit(client_id)

    def _is_gone(self, client_id: uuid.UUID) -> bool:
        try:
            self._store.get_client(client_id)
        except NotFound:
            return True
        except StoreError:
            return False
        return False

    def _search(self, text: str) -> None:
        self._proxy.setFilterFixedString(text)
        self._update_buttons()

    def _store_does(self, change: Callable[[], object]) -> bool:
        """Run a change on the store; say so (without client text) when it fails."""
        try:
            change()
        except StoreError as e:
            QMessageBox.warning(self, self.tr("Not changed"), str(e))
            return False
        return True

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid() and not self._is_archived(index):
            self.open_requested.emit(uuid.UUID(index.data(CLIENT_ID_ROLE)))

    @staticmethod
    def _is_archived(index: QModelIndex) -> bool:
        return bool(index.isValid() and index.data(ARCHIVED_ROLE))

    def _update_buttons(self, *_: object) -> None:
        index = self.client_list.currentIndex()
        chosen, archived = index.isValid(), self._is_archived(index)
        self.open_button.setEnabled(chosen and not archived)
        self.archive_button.setEnabled(chosen and not archived)
        self.restore_button.setVisible(self.show_archived.isChecked())
        self.restore_button.setEnabled(chosen and archived)
        self.delete_button.setEnabled(chosen)
        self._show_count()

    def _show_count(self) -> None:
        shown, total = self._proxy.rowCount(), self._model.rowCount()
        if shown != total:
            text = self.tr("Showing %1 of %2").replace("%1", str(shown)).replace("%2", str(total))
        elif total == 1:
            text = self.tr("1 client")
        else:
            text = self.tr("%n clients", "", total)
        self.count_label.setText(text)


_SAMPLES = {Column.UPDATED: "30 Sep", Column.NEXT_REVIEW: "30 Sep", Column.OPEN_GOALS: "00",
            Column.OVERDUE: "00"}
"""The widest usual cell of each narrow column (dates far from today add the year)."""


def _version_count(n: int) -> str:
    if n == 1:
        return QCoreApplication.translate("DeleteClientDialog", "1 version")
    return QCoreApplication.translate("DeleteClientDialog", "%n versions", "", n)


def same_name(typed: str, name: str) -> bool:
    """Whether the person typed the client's name (case and extra spaces aside)."""
    return " ".join(typed.split()).casefold() == " ".join(name.split()).casefold() != ""


class DeleteClientDialog(QDialog):
    """Names the client, says it cannot be undone, and asks for the name to be typed."""

    def __init__(self, name: str, versions: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self.setWindowTitle(self.tr("Delete client permanently"))
        self.setMinimumWidth(460)
        form = load_form("delete_client", self)
        title = child(form, QLabel, "titleLabel")
        explanation = child(form, QLabel, "explanationLabel")
        confirm = child(form, QLabel, "confirmLabel")
        self.confirm_edit = child(form, QLineEdit, "confirmEdit")
        buttons = child(form, QDialogButtonBox, "buttonBox")
        for label in (title, explanation, confirm):
            label.setTextFormat(Qt.TextFormat.PlainText)  # a name is never markup
        title.setStyleSheet("font-size: 13pt; font-weight: bold; color: #9b1c1c;")
        title.setText(self.tr("Delete %1 permanently?").replace("%1", name))
        explanation.setText(self.tr(
            "This erases %1 and every version of their map (%2), with all their goals and "
            "referrals, from this computer and from NetBuilder's backups. It cannot be undone: "
            "there is no copy to restore."
            "\n\nTo take them off the list but keep their record, archive them instead."
        ).replace("%1", name).replace("%2", _version_count(versions)))
        confirm.setText(self.tr("To confirm, type the client's name: %1").replace("%1", name))
        self.delete_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.delete_button.setText(self.tr("Delete permanently"))
        self.delete_button.setObjectName("confirmDeleteButton")
        self.delete_button.setEnabled(False)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Keep client"))
        self.confirm_edit.textChanged.connect(
            lambda text: self.delete_button.setEnabled(same_name(text, name)))
        buttons.accepted.connect(self._accept_if_named)
        buttons.rejected.connect(self.reject)
        self.confirm_edit.setFocus()

    def _accept_if_named(self) -> None:
        if same_name(self.confirm_edit.text(), self._name):
            self.accept()
