"""The first-run welcome, through the app: passphrase twice, the recovery key kept, then
the profile, the plan options and the worked example; Skip saves nothing; only on first run."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from netbuilder import app as app_module
from netbuilder.app import AppSession
from netbuilder.gui.plan_preview import PlanOptions
from netbuilder.gui.recovery_dialog import RecoveryKeyDialog
from netbuilder.gui.settings import UiSettings
from netbuilder.gui.unlock import UnlockDialog
from netbuilder.gui.welcome import WelcomeDialog
from netbuilder.gui.window import MainWindow
from netbuilder.model import Profession
from netbuilder.model.directory import PractitionerProfile
from netbuilder.store.db import Store

from .shell import OFFSCREEN_SIZE_HINTS, PASSPHRASE, QUICK_KDF, add_client, quick_store, when_modal
from .test_unlock import keep_recovery_key

pytestmark = OFFSCREEN_SIZE_HINTS

LEFT = Qt.MouseButton.LeftButton
EXAMPLE_NAME = "Sam Taylor (example)"  # build_demo's client: marked as an example


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A data folder the app has never set up; the app's unlock dialog uses a cheap KDF."""
    monkeypatch.setattr(app_module, "UnlockDialog", partial(UnlockDialog, kdf=QUICK_KDF))
    return tmp_path / "data"


def set_up(qtbot: QtBot, folder: Path, answer_welcome: Callable[[WelcomeDialog], None]
           ) -> MainWindow:
    """Start the app on a new folder: passphrase twice, Create, keep the recovery key, then
    ``answer_welcome``; the window the app shows afterwards."""

    def create(dialog: UnlockDialog) -> None:
        assert dialog.first_run
        qtbot.keyClicks(dialog.passphrase_edit, PASSPHRASE)
        qtbot.keyClicks(dialog.confirm_edit, PASSPHRASE)
        when_modal(RecoveryKeyDialog, keep_recovery_key(qtbot))
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)

    when_modal(UnlockDialog, create)
    when_modal(WelcomeDialog, answer_welcome)
    session = AppSession(folder)
    session.unlock()
    window = session.window
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    return window


def test_finish_saves_the_profile_and_plan_options_and_opens_the_example(
        qtbot: QtBot, folder: Path) -> None:
    seen: list[str] = []

    def fill_in(welcome: WelcomeDialog) -> None:
        assert welcome.parentWidget() is not None and welcome.parentWidget().isVisible()
        seen.append(f"example ticked={welcome.example.isChecked()}")
        qtbot.keyClicks(welcome.fields.name, "Jo Lee")
        welcome.fields.profession.setFocus()
        qtbot.keyClicks(welcome.fields.profession, "Care")
        qtbot.mouseClick(welcome.plan.initials, LEFT)
        welcome.plan.paper.setFocus()
        qtbot.keyClicks(welcome.plan.paper, "US")
        qtbot.mouseClick(welcome.finish_button, LEFT)

    window = set_up(qtbot, folder, fill_in)
    assert seen == ["example ticked=True"]
    expected = PractitionerProfile(name="Jo Lee", profession=Profession.CPN)
    assert window.store.get_profile() == expected
    with Store.open(folder, PASSPHRASE) as on_disk:  # what reached the disk
        assert on_disk.get_profile() == expected
    saved = UiSettings(window.settings.path)
    assert saved.plan_initials() and saved.plan_paper() == "letter"
    assert PlanOptions.remembered(saved) == PlanOptions(paper="letter", initials=True)
    assert "Jo Lee" not in window.settings.path.read_text(encoding="utf-8")

    clients = [row.client for row in window.store.list_clients()]
    assert [(c.display_name, c.local_ref) for c in clients] == [(EXAMPLE_NAME, "DEMO-001")]
    example = clients[0]
    assert window.client is not None and window.client.id == example.id
    assert window.caseload.selected_client_id() == example.id
    assert not window.doc.read_only
    assert {n.label for n in window.doc.network.nodes} >= {"Mum", "Jo (friend)"}
    window.store.close()


def test_skip_saves_nothing_and_adds_no_client(qtbot: QtBot, folder: Path) -> None:
    def skip(welcome: WelcomeDialog) -> None:
        qtbot.keyClicks(welcome.fields.name, "Jo Lee")
        qtbot.mouseClick(welcome.plan.initials, LEFT)
        qtbot.mouseClick(welcome.skip_button, LEFT)

    window = set_up(qtbot, folder, skip)
    assert window.store.get_profile() == PractitionerProfile()
    assert window.store.list_clients(include_archived=True) == []
    assert window.client is None
    saved = UiSettings(window.settings.path)
    assert saved.text("plan_paper", "unset") == "unset" and not saved.plan_initials()
    window.store.close()


def test_unticking_the_example_adds_no_client_but_saves_the_rest(
        qtbot: QtBot, folder: Path) -> None:
    def without_example(welcome: WelcomeDialog) -> None:
        qtbot.keyClicks(welcome.fields.team, "Riverside CMHT")
        welcome.example.setFocus()
        qtbot.keyClick(welcome.example, Qt.Key.Key_Space)
        qtbot.mouseClick(welcome.finish_button, LEFT)

    window = set_up(qtbot, folder, without_example)
    assert window.store.get_profile() == PractitionerProfile(team="Riverside CMHT")
    assert window.store.list_clients(include_archived=True) == []
    assert window.client is None
    window.store.close()


def test_an_ordinary_unlock_shows_no_welcome(
        qtbot: QtBot, folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with quick_store(folder) as store:
        add_client(store, "Robin Example")
    shown: list[str] = []

    def exec_(dialog: WelcomeDialog) -> int:
        shown.append("welcome")
        return int(WelcomeDialog.DialogCode.Rejected)

    monkeypatch.setattr(WelcomeDialog, "exec", exec_)

    def unlock(dialog: UnlockDialog) -> None:
        assert not dialog.first_run
        qtbot.keyClicks(dialog.passphrase_edit, PASSPHRASE)
        qtbot.keyClick(dialog.passphrase_edit, Qt.Key.Key_Return)

    when_modal(UnlockDialog, unlock)
    session = AppSession(folder)
    session.unlock()
    window = session.window
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    assert shown == [] and window.client is None
    assert window.store.get_profile() == PractitionerProfile()
    window.store.close()


def test_the_welcome_opens_with_the_plan_options_already_chosen(
        qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    settings = UiSettings(tmp_path / "window.ini")
    settings.set_plan_paper("letter")
    settings.set_plan_initials(True)
    welcome = WelcomeDialog(store, settings)
    qtbot.addWidget(welcome)
    assert welcome.plan.initials.isChecked() and not welcome.plan.full_name.isChecked()
    assert welcome.plan.paper.currentText() == "US Letter"
    assert welcome.fields.profession.currentText() == "not set"
    qtbot.mouseClick(welcome.plan.full_name, LEFT)
    qtbot.mouseClick(welcome.finish_button, LEFT)  # nothing typed: an empty profile is fine
    assert not settings.plan_initials() and store.list_clients()[0].client.local_ref == "DEMO-001"
