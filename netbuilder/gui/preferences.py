"""Preferences: the practitioner's profile (name, profession, team), set once; how
printed plans name the client and their paper; the minutes before the app locks itself,
and where backups go.

The profile lives in the encrypted store, not in the settings file beside it: a
name with a team is enough to identify the person using the laptop. Its name is
the default "by whom" of a referral. The plan options, the lock minutes and the
backups folder are in the settings file (``UiSettings``): they say nothing about anyone.
The plan preview reads the plan options from there too, so a change here is what the
next preview, print or PDF uses. ``ProfileFields`` and ``PlanChoices`` are shared with
the first-run welcome (``welcome.py``), whose form has the same widgets.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from netbuilder.model import Profession, describe
from netbuilder.model.directory import PractitionerProfile
from netbuilder.store.db import Store
from netbuilder.store.errors import StoreError

from .fields import set_message, vocabulary
from .forms import child, load_form
from .settings import PaperName, UiSettings

BACKUPS_SUBFOLDER = "backups"  # the default: <data folder>/backups
PAPERS: tuple[tuple[PaperName, str], ...] = (
    ("a4", QT_TRANSLATE_NOOP("Preferences", "A4")),
    ("letter", QT_TRANSLATE_NOOP("Preferences", "US Letter")),
)


def tr(text: str) -> str:
    return QCoreApplication.translate("Preferences", text)


class ProfileFields:
    """The profile's fields in a form (``nameEdit``, ``professionCombo``, ``teamEdit``),
    and saving what is typed in them, with the profile's own checks."""

    def __init__(self, form: QWidget) -> None:
        self.name = child(form, QLineEdit, "nameEdit")
        self.profession = child(form, QComboBox, "professionCombo")
        self.team = child(form, QLineEdit, "teamEdit")
        self.profession.addItem(tr("not set"), "")
        for profession in Profession:
            self.profession.addItem(vocabulary(profession.value), profession.value)

    def show(self, profile: PractitionerProfile) -> None:
        self.name.setText(profile.name)
        self.team.setText(profile.team)
        chosen = profile.profession.value if profile.profession else ""
        self.profession.setCurrentIndex(max(0, self.profession.findData(chosen)))

    def save(self, store: Store, message: QLabel) -> PractitionerProfile | None:
        """Save the profile as typed in ``store``; None, with why in ``message``, if not."""
        value = str(self.profession.currentData() or "")
        try:
            profile = PractitionerProfile(
                name=self.name.text(), team=self.team.text(),
                profession=Profession(value) if value else None)
        except ValidationError as e:
            set_message(message, tr("Not saved: {problem}").format(problem=describe(e)))
            return None
        try:
            store.save_profile(profile)
        except StoreError as e:
            set_message(message, str(e))
            return None
        return profile


class PlanChoices:
    """How printed plans show the client (``fullNameRadio`` / ``initialsRadio``) and their
    paper (``paperCombo``), shown from and saved to the settings the plan preview reads."""

    def __init__(self, form: QWidget, settings: UiSettings) -> None:
        self.full_name = child(form, QRadioButton, "fullNameRadio")
        self.initials = child(form, QRadioButton, "initialsRadio")
        self.paper = child(form, QComboBox, "paperCombo")
        for value, label in PAPERS:
            self.paper.addItem(tr(label), value)  # i18n: marked in PAPERS
        (self.initials if settings.plan_initials() else self.full_name).setChecked(True)
        self.paper.setCurrentIndex(max(0, self.paper.findData(settings.plan_paper())))

    @property
    def chosen_paper(self) -> PaperName:
        return "letter" if self.paper.currentData() == "letter" else "a4"

    def save(self, settings: UiSettings) -> None:
        settings.set_plan_paper(self.chosen_paper)
        settings.set_plan_initials(self.initials.isChecked())


class PreferencesDialog(QDialog):
    """Edit the profile kept in ``store``, and the plan, lock and backup settings
    (``settings``, else the parent window's, else those beside the store); Save saves them."""

    def __init__(self, store: Store, parent: QWidget | None = None,
                 settings: UiSettings | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(tr("Preferences"))
        self.setMinimumWidth(460)
        self._store = store
        form = load_form("preferences", self)
        self.fields = ProfileFields(form)
        self.name, self.profession, self.team = (
            self.fields.name, self.fields.profession, self.fields.team)
        self.lock_minutes = child(form, QSpinBox, "lockMinutesSpin")
        self.backup_folder = child(form, QLineEdit, "backupFolderEdit")
        self.choose_backup_folder = child(form, QPushButton, "chooseBackupFolderButton")
        self.message = child(form, QLabel, "messageLabel")
        self.buttons = child(form, QDialogButtonBox, "buttonBox")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self.settings = settings or _settings_of(parent) or UiSettings.beside(store.folder)
        self.plan = PlanChoices(form, self.settings)
        self._show_settings()
        self.choose_backup_folder.clicked.connect(self._choose_backup_folder)
        self.profile = PractitionerProfile()
        try:
            self.profile = store.get_profile()
        except StoreError as e:
            set_message(self.message, str(e))
        self.fields.show(self.profile)
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
        profile = self.fields.save(self._store, self.message)
        if profile is None:
            return
        self.profile = profile
        self.plan.save(self.settings)
        self.settings.set_auto_lock_minutes(self.lock_minutes.value())
        folder = self.backup_folder.text().strip()
        self.settings.set_backup_folder(str(Path(folder).expanduser()) if folder else "")
        self.accept()


def _settings_of(parent: QWidget | None) -> UiSettings | None:
    """The settings of the window the dialog is opened from, so that what changes here
    reaches what follows them (the auto-lock) at once."""
    settings = getattr(parent, "settings", None)
    return settings if isinstance(settings, UiSettings) else None


__all__ = ["PlanChoices", "PreferencesDialog", "ProfileFields"]
