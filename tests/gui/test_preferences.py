"""Preferences: the practitioner's profile, kept encrypted, and the default "by whom"; the
plan options (names or initials, paper), the auto-lock minutes and the backups folder,
kept in the settings file."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from netbuilder.gui.auto_lock import MINUTE_MS
from netbuilder.gui.plan_preview import PlanOptions, PlanPreviewDialog
from netbuilder.gui.preferences import PreferencesDialog
from netbuilder.gui.settings import UiSettings
from netbuilder.gui.window import MainWindow
from netbuilder.model import Client, Profession
from netbuilder.model.directory import PractitionerProfile
from netbuilder.store.db import Store

from .shell import OFFSCREEN_SIZE_HINTS, add_client, open_window, reopen, when_modal

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


def test_lock_minutes_and_backups_folder_are_saved_in_the_settings(
    qtbot: QtBot, window: MainWindow, store: Store, tmp_path: Path
) -> None:
    dialog = open_preferences(qtbot, window)
    assert dialog.lock_minutes.value() == 5 and dialog.backup_folder.text() == ""
    assert dialog.backup_folder.placeholderText() == str(store.folder / "backups")
    dialog.lock_minutes.setFocus()
    dialog.lock_minutes.selectAll()
    qtbot.keyClicks(dialog.lock_minutes, "12")
    qtbot.keyClicks(dialog.backup_folder, str(tmp_path / "usb" / "nb-backups"))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    assert not dialog.isVisible()
    assert window.auto_lock.interval_ms == 12 * MINUTE_MS  # at once, not after a restart
    saved = UiSettings(window.settings.path)  # what reached the file
    assert saved.auto_lock_minutes() == 12
    assert saved.text("backup_folder") == str(tmp_path / "usb" / "nb-backups")

    again = open_preferences(qtbot, window)
    assert again.lock_minutes.value() == 12
    assert again.backup_folder.text() == str(tmp_path / "usb" / "nb-backups")
    again.reject()


def test_the_lock_minutes_stop_at_fifteen(qtbot: QtBot, window: MainWindow) -> None:
    dialog = open_preferences(qtbot, window)
    dialog.lock_minutes.setFocus()
    dialog.lock_minutes.selectAll()
    qtbot.keyClicks(dialog.lock_minutes, "60")  # the 0 does not fit: 6
    qtbot.keyClick(dialog.lock_minutes, Qt.Key.Key_PageUp)  # +10 stops at 15
    assert dialog.lock_minutes.value() == 15
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    assert UiSettings(window.settings.path).auto_lock_minutes() == 15


def test_a_relative_backups_folder_is_refused_and_nothing_is_saved(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    dialog = open_preferences(qtbot, window)
    qtbot.keyClicks(dialog.name, "Jo Lee")
    qtbot.keyClicks(dialog.backup_folder, "backups here")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    assert dialog.isVisible() and "full path" in dialog.message.text()
    assert UiSettings(window.settings.path).text("backup_folder") == ""
    assert store.get_profile().name == ""
    dialog.reject()


def test_choose_fills_in_the_backups_folder_and_emptying_it_means_the_default(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = tmp_path / "chosen"
    asked: list[str] = []

    def choose(parent: QWidget, caption: str, start: str) -> str:
        asked.append(start)
        return str(chosen)

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", choose)
    dialog = open_preferences(qtbot, window)
    qtbot.mouseClick(dialog.choose_backup_folder, LEFT)
    assert asked == [str(window.store.folder)] and dialog.backup_folder.text() == str(chosen)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    assert window.settings.backup_folder() == str(chosen)

    again = open_preferences(qtbot, window)
    again.backup_folder.selectAll()
    qtbot.keyClick(again.backup_folder, Qt.Key.Key_Delete)
    qtbot.mouseClick(again.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    assert UiSettings(window.settings.path).backup_folder() == ""


A4, LETTER = (595, 842), (612, 792)


def plan_pdf(pdf: bytes) -> tuple[str, tuple[int, int]]:
    """The one page's text (whitespace made single) and its size in points."""
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    page = reader.pages[0]
    size = (round(float(page.mediabox.width)), round(float(page.mediabox.height)))
    return " ".join(page.extract_text().split()), size


def preview_pdf(window: MainWindow) -> tuple[PlanOptions, bytes]:
    """What the window's plan preview shows: its options and the PDF it drew."""
    seen: list[tuple[PlanOptions, bytes]] = []
    when_modal(PlanPreviewDialog, lambda dialog: seen.append((dialog.options, dialog.pdf)))
    window.commands.plan_preview.trigger()
    assert len(seen) == 1
    return seen[0]


def test_initials_and_letter_chosen_here_are_what_the_plan_preview_and_save_use(
    qtbot: QtBot, window: MainWindow, demo: Client, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    window.settings.set_plan_paper("a4")
    window.open_client(demo.id)
    before, pdf = preview_pdf(window)
    assert (before.initials, before.paper) == (False, "a4")
    text, size = plan_pdf(pdf)
    assert demo.display_name in text and size == A4

    dialog = open_preferences(qtbot, window)
    assert dialog.plan.full_name.isChecked() and dialog.plan.paper.currentText() == "A4"
    qtbot.mouseClick(dialog.plan.initials, LEFT)
    dialog.plan.paper.setFocus()
    qtbot.keyClicks(dialog.plan.paper, "US")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    assert not dialog.isVisible()

    after, pdf = preview_pdf(window)
    assert (after.initials, after.paper) == (True, "letter")
    text, size = plan_pdf(pdf)
    assert "S. T." in text and demo.display_name not in text and size == LETTER

    target = tmp_path / "out" / "plan.pdf"  # File -> Save plan as PDF follows them too
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(target), "PDF files (*.pdf)"))
    window.commands.save_plan.trigger()
    text, size = plan_pdf(target.read_bytes())
    assert "S. T." in text and demo.display_name not in text and size == LETTER

    again = open_preferences(qtbot, window)
    assert again.plan.initials.isChecked() and again.plan.paper.currentData() == "letter"
    again.reject()


def test_cancel_keeps_the_plan_options(qtbot: QtBot, window: MainWindow) -> None:
    window.settings.set_plan_paper("a4")
    dialog = open_preferences(qtbot, window)
    qtbot.mouseClick(dialog.plan.initials, LEFT)
    dialog.plan.paper.setFocus()
    qtbot.keyClicks(dialog.plan.paper, "US")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), LEFT)
    saved = UiSettings(window.settings.path)
    assert (saved.plan_initials(), saved.plan_paper()) == (False, "a4")
