"""The first-run welcome: what NetBuilder is for, the practitioner's profile, how printed
plans show the client and on which paper, and an offer to open the study's worked example.

Shown once, after the passphrase is set and the recovery key shown (``app.AppSession``).
Finish saves the profile in the encrypted store and the plan options in the settings file,
with the same fields and checks as Preferences (``ProfileFields``, ``PlanChoices``), and
adds the worked example as a client when asked; Skip saves nothing.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QWidget

from netbuilder.model.demo import build_demo
from netbuilder.store.db import Store
from netbuilder.store.errors import StoreError

from .fields import set_message
from .forms import child, load_form
from .preferences import PlanChoices, ProfileFields
from .settings import UiSettings

if TYPE_CHECKING:
    from .window import MainWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("Welcome", text)


class WelcomeDialog(QDialog):
    """The welcome over ``store`` and ``settings``; once accepted, ``example_id`` is the
    worked example's client id if it was added."""

    def __init__(self, store: Store, settings: UiSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeDialog")
        self.setWindowTitle(tr("Welcome to NetBuilder"))
        self.setMinimumWidth(500)
        self._store, self.settings = store, settings
        self.example_id: uuid.UUID | None = None
        form = load_form("welcome", self)
        self.fields = ProfileFields(form)
        self.plan = PlanChoices(form, settings)
        self.example = child(form, QCheckBox, "exampleCheck")
        self.message = child(form, QLabel, "messageLabel")
        self.buttons = child(form, QDialogButtonBox, "buttonBox")
        self.finish_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.finish_button.setText(tr("Finish"))
        self.skip_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.skip_button.setText(tr("Skip"))
        self.buttons.accepted.connect(self._finish)
        self.buttons.rejected.connect(self.reject)
        self.fields.name.setFocus()

    def _finish(self) -> None:
        if self.fields.save(self._store, self.message) is None:
            self.fields.name.setFocus()
            return
        if self.example.isChecked() and not self._add_example():
            return
        self.plan.save(self.settings)
        self.accept()

    def _add_example(self) -> bool:
        """Add a fresh copy of the worked example (once, however often Finish is pressed)."""
        if self.example_id is not None:
            return True
        record = build_demo()  # named "Sam Taylor (example)", reference DEMO-001
        try:
            self._store.add_record(record)
        except StoreError as e:
            set_message(self.message, tr("The worked example was not added: {reason} "
                                         "Untick it to go on without it.").format(reason=e))
            return False
        self.example_id = record.client.id
        return True


def welcome(window: MainWindow) -> bool:
    """Show the welcome over ``window`` (first run); True when finished, not skipped. The
    worked example, if added, is selected in the caseload and opened."""
    dialog = WelcomeDialog(window.store, window.settings, window)
    try:
        finished = dialog.exec() == QDialog.DialogCode.Accepted
        example = dialog.example_id
    finally:
        dialog.deleteLater()
    if finished and example is not None:
        window.caseload.refresh(select=example)
        window.open_client(example)
    return finished


__all__ = ["WelcomeDialog", "welcome"]
