"""Preferences: the practitioner's profile (name, profession, team), set once; the
minutes before the app locks itself, and where backups go.

The profile lives in the encrypted store, not in the settings file beside it: a
name with a team is enough to identify the person using the laptop. Its name is
the default "by whom" of a referral. The lock minutes and the backups folder are
in the settings file (``UiSettings``): they say nothing about anyone.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from netbuilder.model import Profession, describe
from netbuilder.model.directory import PractitionerProfile
from netbuilder.store.db import Store
from netbuilder.store.errors import StoreError

from .fields import nice, set_message
from .forms import child, load_form
from .settings import UiSettings

BACKUPS_SUBFOLDER = "backups"  # the default: <data folder>/backups


def tr(text: str) -> str:
    return QCoreApplication.translate("Preferences", text)


class PreferencesDialog(QDialog):
    """Edit the profile kept in ``store`` and the lock and backup settings (``settings``,
    else the parent window's, else those beside the store); OK saves them."""

    def __init__(self, store: Store, parent: QWidget | None = None,
                 settings: UiSettings | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(tr("Preferences"))
        self.setMinimumWidth(460)
        self._store = store
        form = load_form("preferences", self)
        self.name = child(form, QLineEdit, "nameEdit")
        self.profession = child(form, QComboBox, "professionCombo")
        self.team = child(form, QLineEdit, "teamEdit")
        self.lock_minutes = child(form, QSpinBox, "lockMinutesSpin")
        self.backup_folder = child(form, QLineEdit, "backupFolderEdit")
        self.choose_backup_folder = child(form, QPushButton, "chooseBackupFolderButton")
        self.message = child(form, QLabel, "messageLabel")
        self.buttons = child(form, QDialogButtonBox, "buttonBox")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self.profession.addItem(tr("not set"), "")
        for profession in Profession:
            self.profession.addItem(tr(nice(profession.value)), profession.value)
        self.settings = settings or _settings_of(parent) or UiSettings.beside(store.folder)
        self._show_settings()
        self.choose_backup_folder.clicked.connect(self._choose_backup_folder)
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

    def _show_settings(self) -> None:
        self.lock_minutes.setValue(self.settings.auto_lock_minutes())
        self.backup_folder.setText(self.settings.backup_folder())
        self.backup_folder.setPlaceholderText(
            str(self._store.folder / BACKUPS_SUBFOLDER))  # the default, shown greyed

    def _choose_backup_folder(self) -> None:
        start = self.backup_folder.text().strip() or str(self._store.folder)
        chosen = QFileDialog.getExistingDirectory(self, tr("Backups folder"), start)
        if chosen:
            self.backup_folder.setText(chosen)

    def _backup_folder_problem(self) -> str | None:
        text = self.backup_folder.text().strip()
        if text and not Path(text).expanduser().is_absolute():
            return tr("Not saved: give the backups folder as a full path, or choose it.")
        return None

    def _save(self) -> None:
        problem = self._backup_folder_problem()
        if problem is not None:
            set_message(self.message, problem)
            self.backup_folder.setFocus()
            return
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
        self.settings.set_auto_lock_minutes(self.lock_minutes.value())
        folder = self.backup_folder.text().strip()
        self.settings.set_backup_folder(str(Path(folder).expanduser()) if folder else "")
        self.accept()


def _settings_of(parent: QWidget | None) -> UiSettings | None:
    """The settings of the window the dialog is opened from, so that what changes here
    reaches what follows them (the auto-lock) at once."""
    settings = getattr(parent, "settings", None)
    return settings if isinstance(settings, UiSettings) else None


__all__ = ["PreferencesDialog"]
