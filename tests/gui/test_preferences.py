"""Preferences: the practitioner's profile, kept encrypted, and the default "by whom"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from netbuilder.gui.preferences import PreferencesDialog
from netbuilder.gui.window import MainWindow
from netbuilder.model import Profession
from netbuilder.model.directory import PractitionerProfile
from netbuilder.store.db import Store

from .shell import OFFSCREEN_SIZE_HINTS, add_client, open_window, reopen

pytestmark = OFFSCREEN_SIZE_HINTS

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def window(qtbot: QtBot, store: Store) -> MainWindow:
    return open_window(qtbot, store)


def open_preferences(qtbot: QtBot, window: MainWindow) -> PreferencesDialog:
    window.referrals.preferences.trigger()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), PreferencesDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, PreferencesDialog)
    return dialog


def test_the_profile_is_saved_encrypted_and_reloaded(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    dialog = open_preferences(qtbot, window)
    assert (dialog.name.text(), dialog.team.text()) == ("", "")
    qtbot.keyClicks(dialog.name, "Dr A Khan")
    dialog.profession.setFocus()
    qtbot.keyClicks(dialog.profession, "GP")
    qtbot.keyClicks(dialog.team, "Riverside Surgery")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    expected = PractitionerProfile(name="Dr A Khan", profession=Profession.GP,
                                   team="Riverside Surgery")
    assert store.get_profile() == expected
    assert reopen(store).get_profile() == expected
    settings = window.settings.path.read_text() if window.settings.path.exists() else ""
    assert "Khan" not in settings and "Riverside" not in settings

    again = open_preferences(qtbot, window)
    assert (again.name.text(), again.profession.currentData(), again.team.text()) == (
        "Dr A Khan", "GP", "Riverside Surgery")
    again.reject()


def test_cancel_keeps_the_profile(qtbot: QtBot, window: MainWindow, store: Store) -> None:
    store.save_profile(PractitionerProfile(name="Alex Morgan"))
    dialog = open_preferences(qtbot, window)
    dialog.name.selectAll()
    qtbot.keyClicks(dialog.name, "Someone else")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), LEFT)
    assert store.get_profile().name == "Alex Morgan"


def test_the_profile_name_is_the_default_by_whom(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    client = add_client(store, "Robin Patel")
    window.open_client(client.id)
    dialog = open_preferences(qtbot, window)
    qtbot.keyClicks(dialog.name, "Jo Lee (CPN)")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    form = window.referrals.open()
    assert form is not None and form.by_whom.text() == "Jo Lee (CPN)"
    form.reject()


def test_preferences_is_in_the_edit_menu_with_the_standard_shortcut(
    window: MainWindow,
) -> None:
    action = window.referrals.preferences
    edit = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    assert action in edit.actions()
    standard = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
    assert action.shortcuts() == (standard or [QKeySequence("Ctrl+,")])
