"""The local services directory: a table of services to add, edit, delete and import.

Every change is written to the encrypted store at once (there is no Save button).
"Import CSV…" takes a file whose first row names the columns (name, type, contact,
address, notes); if any row is wrong nothing is imported and every bad row is listed
below the table, by row number and field, to fix in the file before importing again
(see ``store.formats.services_csv``). Services named like one already listed update it.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSignalBlocker, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from netbuilder.model import describe
from netbuilder.model.directory import Service, find_service
from netbuilder.store.db import Store
from netbuilder.store.errors import StoreError
from netbuilder.store.formats.safety import FileFormatError
from netbuilder.store.formats.services_csv import ServicesCsvError

from .fields import set_message
from .forms import child, load_form

SERVICE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("name", "type", "contact", "address", "notes")
MAX_CELL = 80


def tr(text: str) -> str:
    return QCoreApplication.translate("Directory", text)


class ServiceDialog(QDialog):
    """Add or edit one service; ``service`` holds the result after ``accept``."""

    def __init__(self, service: Service | None = None, taken: list[Service] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("serviceDialog")
        self.setWindowTitle(tr("Edit service") if service else tr("Add service"))
        self.setMinimumWidth(460)
        self.service = service
        self._taken = [s for s in (taken or []) if service is None or s.id != service.id]
        form = load_form("service", self)
        self.name = child(form, QLineEdit, "nameEdit")
        self.type = child(form, QLineEdit, "typeEdit")
        self.contact = child(form, QLineEdit, "contactEdit")
        self.address = child(form, QPlainTextEdit, "addressEdit")
        self.notes = child(form, QPlainTextEdit, "notesEdit")
        self.message = child(form, QLabel, "messageLabel")
        buttons = child(form, QDialogButtonBox, "buttonBox")
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            tr("Save") if service else tr("Add"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        buttons.accepted.connect(self._accept_if_valid)
        buttons.rejected.connect(self.reject)
        if service is not None:
            self.name.setText(service.name)
            self.type.setText(service.type)
            self.contact.setText(service.contact)
            self.address.setPlainText(service.address)
            self.notes.setPlainText(service.notes)
        self.name.setFocus()

    def _accept_if_valid(self) -> None:
        name = " ".join(self.name.text().split())
        if not name:
            set_message(self.message, tr("Type the service's name."))
            self.name.setFocus()
            return
        if find_service(self._taken, name) is not None:
            set_message(self.message, tr("The directory already has a service with this name."))
            self.name.setFocus()
            return
        fields: dict[str, object] = {
            "name": name, "type": self.type.text(), "contact": self.contact.text(),
            "address": self.address.toPlainText(), "notes": self.notes.toPlainText()}
        if self.service is not None:
            fields["id"] = self.service.id
        try:
            self.service = Service.model_validate(fields)
        except ValidationError as e:
            set_message(self.message, tr("Not saved: {problem}").format(problem=describe(e)))
            return
        self.accept()


class DirectoryDialog(QDialog):
    """The practitioner's local services directory, kept in ``store``."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("directoryDialog")
        self.setWindowTitle(tr("Local services"))
        self.resize(860, 520)
        self._store = store
        self.services: list[Service] = []
        form = load_form("directory", self)
        self.search = child(form, QLineEdit, "searchEdit")
        self.table = child(form, QTableWidget, "serviceTable")
        self.add_button = child(form, QPushButton, "addServiceButton")
        self.edit_button = child(form, QPushButton, "editServiceButton")
        self.delete_button = child(form, QPushButton, "deleteServiceButton")
        self.import_button = child(form, QPushButton, "importButton")
        self.message = child(form, QLabel, "messageLabel")
        self.problems = child(form, QPlainTextEdit, "problemsView")
        buttons = child(form, QDialogButtonBox, "buttonBox")
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("Close"))
        buttons.rejected.connect(self.reject)
        self.table.setHorizontalHeaderLabels(
            [tr("Name"), tr("Type"), tr("Contact"), tr("Address"), tr("Notes")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((220, 130, 150, 200)):
            self.table.setColumnWidth(column, width)
        self.problems.hide()
        self.add_button.clicked.connect(self.add_service)
        self.edit_button.clicked.connect(self.edit_service)
        self.delete_button.clicked.connect(self.delete_service)
        self.import_button.clicked.connect(self.import_csv)
        self.search.textChanged.connect(self._filter)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.cellDoubleClicked.connect(lambda _row, _col: self.edit_service())
        self.table.installEventFilter(self)
        self.reload()

    # showing -------------------------------------------------------------------------

    def reload(self, select: Service | None = None) -> None:
        """Read the directory from the store and show it."""
        try:
            self.services = self._store.list_services()
        except StoreError as e:
            set_message(self.message, str(e))
            self.services = []
        keep = select.id if select is not None else self.selected_id()
        with QSignalBlocker(self.table):
            self.table.clearContents()
            self.table.setRowCount(len(self.services))
            for row, service in enumerate(self.services):
                for column, name in enumerate(COLUMNS):
                    value = str(getattr(service, name))
                    flat = " ".join(value.split())
                    cell = flat if len(flat) <= MAX_CELL else flat[: MAX_CELL - 1] + "\u2026"
                    item = QTableWidgetItem(cell)
                    item.setToolTip(value)
                    item.setData(SERVICE_ID_ROLE, str(service.id))
                    self.table.setItem(row, column, item)
                if str(service.id) == str(keep):
                    self.table.selectRow(row)
        self._filter(self.search.text())
        self._update_buttons()

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        for row, service in enumerate(self.services):
            haystack = " ".join(str(getattr(service, c)) for c in COLUMNS).casefold()
            self.table.setRowHidden(row, not all(w in haystack for w in words))

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return None if item is None else str(item.data(SERVICE_ID_ROLE))

    def selected(self) -> Service | None:
        chosen = self.selected_id()
        return next((s for s in self.services if str(s.id) == chosen), None)

    def _update_buttons(self) -> None:
        chosen = self.selected_id() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _say(self, text: str, role: str = "info", problems: list[str] | None = None) -> None:
        set_message(self.message, text, role)
        self.problems.setPlainText("\n".join(problems or []))
        self.problems.setVisible(bool(problems))

    # changing --------------------------------------------------------------------------

    def add_service(self) -> Service | None:
        dialog = ServiceDialog(None, self.services, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.service is None:
            return None
        return self._save(dialog.service, new=True)

    def edit_service(self) -> Service | None:
        service = self.selected()
        if service is None:
            return None
        dialog = ServiceDialog(service, self.services, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.service is None:
            return None
        return self._save(dialog.service, new=False)

    def _save(self, service: Service, new: bool) -> Service | None:
        try:
            if new:
                self._store.add_service(service)
            else:
                self._store.update_service(service)
        except StoreError as e:
            self._say(str(e), "error")
            return None
        self.reload(select=service)
        self._say(tr("Saved."))
        return service

    def delete_service(self) -> bool:
        service = self.selected()
        if service is None:
            return False
        answer = QMessageBox.question(
            self, tr("Delete service"),
            tr("Delete \u201c{name}\u201d from your local services? Referrals already "
               "recorded keep its name.").format(name=service.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            self._store.delete_service(service.id)
        except StoreError as e:
            self._say(str(e), "error")
            return False
        self.reload()
        self._say(tr("Deleted."))
        return True

    def choose_csv(self) -> str:
        """Ask for the file to import ("" when the person cancels)."""
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Import local services"), str(Path.home()),
            tr("CSV files (*.csv);;All files (*)"))
        return path

    def import_csv(self, path: str | None = None) -> bool:
        """Import a CSV file, all or nothing; every bad row is listed if any is wrong."""
        chosen = path if isinstance(path, str) else self.choose_csv()
        if not chosen:
            return False
        try:
            result = self._store.import_services_csv(chosen)
        except ServicesCsvError as e:
            self._say(tr("{summary}. Fix these rows in the file, then import it again.")
                      .format(summary=str(e)), "error", e.problems)
            return False
        except (FileFormatError, StoreError) as e:
            self._say(tr("Nothing was imported: {problem}").format(problem=str(e)), "error")
            return False
        self.reload()
        self._say(tr("Imported {added} new and updated {updated} existing services.").format(
            added=result.added, updated=result.updated))
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit_service()
                return True
            if event.key() == Qt.Key.Key_Delete:
                self.delete_service()
                return True
        return super().eventFilter(watched, event)


__all__ = ["DirectoryDialog", "ServiceDialog"]
