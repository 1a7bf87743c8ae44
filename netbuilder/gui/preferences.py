"""Preferences: the practitioner's profile (name, profession, team), set once.

The profile lives in the encrypted store, not in the settings file beside it: a
name with a team is enough to identify the person using the laptop. Its name is
the default "by whom" of a referral.
"""

from __future__ import annotations

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QLineEdit, QWidget

from netbuilder.model import Profession, describe
from netbuilder.model.directory import PractitionerProfile
from netbuilder.store.db import Store
from netbuilder.store.errors import StoreError

from .fields import nice, set_message
from .forms import child, load_form


def tr(text: str) -> str:
    return QCoreApplication.translate("Preferences", text)


class PreferencesDialog(QDialog):
    """Edit the profile kept in ``store``; OK saves it there."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(tr("Preferences"))
        self.setMinimumWidth(460)
        self._store = store
        form = load_form("preferences", self)
        self.name = child(form, QLineEdit, "nameEdit")
        self.profession = child(form, QComboBox, "professionCombo")
        self.team = child(form, QLineEdit, "teamEdit")
        self.message = child(form, QLabel, "messageLabel")
        self.buttons = child(form, QDialogButtonBox, "buttonBox")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self.profession.addItem(tr("not set"), "")
        for profession in Profession:
            self.profession.addItem(tr(nice(profession.value)), profession.value)
        self.profile = PractitionerProfile()
        try:
            self.profile = store.get_profile()
        except StoreError as e:
            set_message(self.message, str(e))
        self.name.setText(self.profile.name)
        self.team.setText(self.profile.team)
        chosen = self.profile.profession.value if self.profile.profession else ""
        self.profession.setCurrentIndex(max(0, self.profession.findData(chosen)))
        self.name.setFocus()

    def _save(self) -> None:
        value = str(self.profession.currentData() or "")
        try:
            profile = PractitionerProfile(
                name=self.name.text(), team=self.team.text(),
                profession=Profession(value) if value else None)
        except ValidationError as e:
            set_message(self.message, tr("Not saved: {problem}").format(problem=describe(e)))
            return
        try:
            self._store.save_profile(profile)
        except StoreError as e:
            set_message(self.message, str(e))
            return
        self.profile = profile
        self.accept()


__all__ = ["PreferencesDialog"]
