"""The caseload: the practitioner's clients, searchable, with new, open, archive and restore."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QWidget,
)

from netbuilder.model import Client, ClientRecord, NetworkMap
from netbuilder.store.db import Store
from netbuilder.store.errors import StoreError

from .dialogs import NewClientDialog
from .forms import child, load_form

CLIENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
ARCHIVED_ROLE = Qt.ItemDataRole.UserRole + 3


def new_client_record(client: Client, today: date | None = None) -> ClientRecord:
    """A client with one empty baseline map."""
    network = NetworkMap(client_id=client.id, date=today or date.today())
    return ClientRecord(client=client, maps=(network,), current_map_id=network.id)


def search_text(client: Client) -> str:
    """What the search box matches: the name, the reference, and the reference's digits."""
    digits = re.sub(r"[\s-]", "", client.local_ref)
    return "\n".join((client.display_name, client.local_ref, digits))


class CaseloadPanel(QWidget):
    """Lists clients; emits ``open_requested(client_id)`` and ``archived(client_id)``."""

    open_requested = Signal(object)
    archived = Signal(object)

    def __init__(self, store: Store | None, parent: QWidget | None = None) -> None:
        """Without a store (not unlocked yet) the list stays empty until ``set_store``."""
        super().__init__(parent)
        self.setObjectName("caseloadPanel")
        self._open_store = store
        form = load_form("caseload", self)
        self.search_edit = child(form, QLineEdit, "searchEdit")
        self.client_list = child(form, QListView, "clientList")
        self.show_archived = child(form, QCheckBox, "showArchivedCheck")
        self.new_button = child(form, QPushButton, "newButton")
        self.open_button = child(form, QPushButton, "openButton")
        self.archive_button = child(form, QPushButton, "archiveButton")
        self.restore_button = child(form, QPushButton, "restoreButton")
        self._model = QStandardItemModel(self)
        self._proxy = _client_filter(self._model, self)
        self.client_list.setModel(self._proxy)
        self._connect()
        self.refresh()

    @property
    def _store(self) -> Store:
        if self._open_store is None:
            raise StoreError("The store is not unlocked.")
        return self._open_store

    def set_store(self, store: Store) -> None:
        """The store, once unlocked: the list fills from it."""
        self._open_store = store
        self.refresh()

    def _connect(self) -> None:
        self.search_edit.textChanged.connect(self._proxy.setFilterFixedString)
        self.client_list.activated.connect(self._open_index)
        self.client_list.selectionModel().currentChanged.connect(self._update_buttons)
        self._proxy.modelReset.connect(self._update_buttons)
        self.show_archived.toggled.connect(self.refresh)
        self.new_button.clicked.connect(self.new_client)
        self.open_button.clicked.connect(lambda: self._open_index(self.client_list.currentIndex()))
        self.archive_button.clicked.connect(self.archive_selected)
        self.restore_button.clicked.connect(self.restore_selected)

    def refresh(self, select: uuid.UUID | None = None) -> None:
        """Reload the list from the store, keeping (or moving to) a selection."""
        keep = select or self.selected_client_id()
        self._model.clear()
        if self._open_store is not None:
            summaries = self._open_store.list_clients(
                include_archived=self.show_archived.isChecked())
            self._model.invisibleRootItem().appendRows(
                [_client_item(summary.client) for summary in summaries])
        self._proxy.sort(0)
        if keep is not None:
            self.select_client(keep)
        self._update_buttons()

    def select_client(self, client_id: uuid.UUID) -> bool:
        for row in range(self._proxy.rowCount()):
            index = self._proxy.index(row, 0)
            if index.data(CLIENT_ID_ROLE) == str(client_id):
                self.client_list.setCurrentIndex(index)
                return True
        return False

    def selected_client_id(self) -> uuid.UUID | None:
        index = self.client_list.currentIndex()
        raw = index.data(CLIENT_ID_ROLE) if index.isValid() else None
        return uuid.UUID(raw) if raw else None

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def new_client(self) -> None:
        dialog = NewClientDialog(self)
        if dialog.exec() != NewClientDialog.DialogCode.Accepted or dialog.client is None:
            return
        if not self._store_does(lambda: self._store.add_record(new_client_record(dialog.client))):
            return
        self.search_edit.clear()
        self.refresh(select=dialog.client.id)
        self.open_requested.emit(dialog.client.id)

    def archive_selected(self) -> None:
        client_id = self.selected_client_id()
        if client_id is None or self._is_archived(self.client_list.currentIndex()):
            return
        name = self._store.get_client(client_id).display_name
        answer = QMessageBox.question(
            self, "Archive client",
            f"Archive {name}?\n\nTheir maps are kept, encrypted, and can be restored "
            "from \u201cShow archived\u201d.",
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

    def _store_does(self, change: Callable[[], object]) -> bool:
        """Run a change on the store; say so (without client text) when it fails."""
        try:
            change()
        except StoreError as e:
            QMessageBox.warning(self, "Not changed", str(e))
            return False
        return True

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid() and not self._is_archived(index):
            self.open_requested.emit(uuid.UUID(index.data(CLIENT_ID_ROLE)))

    @staticmethod
    def _is_archived(index: QModelIndex) -> bool:
        return bool(index.isValid() and index.data(ARCHIVED_ROLE))

    def _update_buttons(self) -> None:
        index = self.client_list.currentIndex()
        chosen, archived = index.isValid(), self._is_archived(index)
        self.open_button.setEnabled(chosen and not archived)
        self.archive_button.setEnabled(chosen and not archived)
        self.restore_button.setVisible(self.show_archived.isChecked())
        self.restore_button.setEnabled(chosen and archived)


def _client_filter(model: QStandardItemModel, parent: QWidget) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setFilterRole(SEARCH_ROLE)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setSortLocaleAware(True)
    return proxy


def _client_item(client: Client) -> QStandardItem:
    text = client.display_name
    if client.local_ref:
        text += f"  \u00b7  {client.local_ref}"
    if client.archived:
        text += "  (archived)"
    item = QStandardItem(text)
    item.setEditable(False)
    item.setData(str(client.id), CLIENT_ID_ROLE)
    item.setData(search_text(client), SEARCH_ROLE)
    item.setData(client.archived, ARCHIVED_ROLE)
    item.setData(text, Qt.ItemDataRole.AccessibleTextRole)
    return item
