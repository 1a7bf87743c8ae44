"""Small dialogs: a new client, and the start of a review (a new map version)."""

from __future__ import annotations

from datetime import date

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from netbuilder.model import Client, describe
from netbuilder.model.nhs import looks_like_nhs_number, nhs_check_digit_ok

from .fields import set_message
from .forms import child, load_form


def tr(text: str) -> str:
    return QCoreApplication.translate("Dialogs", text)


def reference_check(ref: str) -> tuple[str, str]:
    """What to say about a reference as it is typed, and whether it is an error or fine."""
    if not looks_like_nhs_number(ref):
        return "", "info"
    if nhs_check_digit_ok(ref):
        return tr("A valid NHS number."), "ok"
    return tr("Looks like an NHS number, but the check digit is wrong."), "error"


class NewClientDialog(QDialog):
    """Name, optional reference (NHS numbers checked as typed), optional date of birth."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("New client"))
        self.setMinimumWidth(480)
        form = load_form("new_client", self)
        self.name_edit = child(form, QLineEdit, "nameEdit")
        self.ref_edit = child(form, QLineEdit, "refEdit")
        self.ref_message = child(form, QLabel, "refMessageLabel")
        self.birth_known = child(form, QCheckBox, "birthKnownCheck")
        self.birth_date = child(form, QDateEdit, "birthDateEdit")
        self.message = child(form, QLabel, "messageLabel")
        buttons = child(form, QDialogButtonBox, "buttonBox")
        self.birth_date.setMaximumDate(QDate.currentDate())
        self.birth_date.setDate(QDate.currentDate().addYears(-40))
        self.birth_known.toggled.connect(self.birth_date.setEnabled)
        self.ref_edit.textChanged.connect(self._check_reference)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Add client"))
        buttons.accepted.connect(self._accept_if_valid)
        buttons.rejected.connect(self.reject)
        self.client: Client | None = None

    def _check_reference(self, text: str) -> None:
        message, role = reference_check(text)
        set_message(self.ref_message, message, role)

    def _accept_if_valid(self) -> None:
        birth = self.birth_date.date().toPython() if self.birth_known.isChecked() else None
        try:
            self.client = Client(display_name=self.name_edit.text(),
                                 local_ref=self.ref_edit.text(), date_of_birth=birth)
        except ValidationError as e:
            set_message(self.message, _client_problem(e))
            return
        self.accept()


def _client_problem(error: ValidationError) -> str:
    text = describe(error)
    if text.startswith("display_name"):
        return tr("Type the client's name.")
    if "check digit" in text:
        return tr("The reference looks like an NHS number, but its check digit is wrong.")
    if "future" in text:
        return tr("The date of birth is in the future.")
    return text


class StartReviewDialog(QDialog):
    """A label (default "6-month review") and a date (default today) for a new version."""

    def __init__(self, earliest: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Start review"))
        self.setMinimumWidth(420)
        form = load_form("start_review", self)
        self.label_edit = child(form, QLineEdit, "reviewLabelEdit")
        self.date_edit = child(form, QDateEdit, "reviewDateEdit")
        self.message = child(form, QLabel, "messageLabel")
        buttons = child(form, QDialogButtonBox, "buttonBox")
        self.date_edit.setMinimumDate(QDate(earliest.year, earliest.month, earliest.day))
        self.date_edit.setDate(QDate.currentDate())
        self.label_edit.selectAll()
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Start review"))
        buttons.accepted.connect(self._accept_if_valid)
        buttons.rejected.connect(self.reject)

    @property
    def label(self) -> str:
        return self.label_edit.text().strip()

    @property
    def on(self) -> date:
        value: date = self.date_edit.date().toPython()
        return value

    def _accept_if_valid(self) -> None:
        if not self.label:
            set_message(self.message, tr("Give the review a label, e.g. \"6-month review\"."))
            return
        self.accept()
