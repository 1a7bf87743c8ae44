"""The Help menu: F1 opens the guide (the five steps, the six roles), the shortcut list is
generated from the window's own actions, About shows the version and the open store's
folders, and none of it ever shows client text."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QWidget
from pytestqt.qtbot import QtBot

import netbuilder
from netbuilder.gui.guide import guide_steps
from netbuilder.gui.help import AboutDialog, GuideDialog, ShortcutsDialog
from netbuilder.gui.roles import role_meaning, role_name
from netbuilder.gui.window import MainWindow
from netbuilder.model import Client, Role
from netbuilder.store.db import Store

from .shell import OFFSCREEN_SIZE_HINTS, open_window
from .test_translation import MARK, Marking

pytestmark = OFFSCREEN_SIZE_HINTS

NATIVE = QKeySequence.SequenceFormat.NativeText
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def window(qtbot: QtBot, store: Store) -> MainWindow:
    return open_window(qtbot, store)


def open_guide(qtbot: QtBot, window: MainWindow) -> GuideDialog:
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window.help.guide
    assert guide is not None
    qtbot.waitExposed(guide)
    return guide


def open_shortcuts(window: MainWindow) -> ShortcutsDialog:
    window.help.shortcuts_action.trigger()
    assert window.help.shortcuts is not None and window.help.shortcuts.isVisible()
    return window.help.shortcuts


def open_about(window: MainWindow) -> AboutDialog:
    window.help.about_action.trigger()
    assert window.help.about is not None and window.help.about.isVisible()
    return window.help.about


def test_help_menu_is_last_with_the_guide_shortcuts_and_about(window: MainWindow) -> None:
    last = window.menuBar().actions()[-1]
    assert isinstance(last.menu(), QMenu) and last.text() == "&Help"
    listed = [a.text() for a in last.menu().actions() if not a.isSeparator()]
    assert listed == ["NetBuilder &guide", "&Keyboard shortcuts", "&About NetBuilder"]
    assert QKeySequence("F1") in window.help.guide_action.shortcuts()


def test_f1_opens_the_guide_with_the_five_steps_and_the_six_roles(
        qtbot: QtBot, window: MainWindow) -> None:
    guide = open_guide(qtbot, window)
    text = guide.browser.toPlainText()
    steps = guide_steps()
    assert len(steps) == 5
    for step in steps:
        assert step.title in text
        assert all(prompt in text for prompt in step.prompts)
    for role in Role:
        assert role_name(role) in text and role_meaning(role) in text
    # the plan and data safety, naming the commands as the menus do, with their keys
    assert "File \u2192 Plan preview (Ctrl+Shift+P)" in text
    assert "File \u2192 Lock now (Ctrl+L)" in text
    assert "recovery key" in text and "subject access" in text


@pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$",
                           r"^This plugin does not support raise\(\)$")  # offscreen only
def test_f1_again_brings_the_same_guide_to_the_front(qtbot: QtBot, window: MainWindow) -> None:
    guide = open_guide(qtbot, window)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert window.findChildren(GuideDialog) == [guide] and guide.isVisible()


def test_the_guide_sidebar_goes_to_a_section(qtbot: QtBot, window: MainWindow) -> None:
    guide = open_guide(qtbot, window)
    sections = guide.sections_list
    assert [sections.item(i).text() for i in range(sections.count())] == [
        "The mapping conversation", "The six practitioner roles", "Printing the plan",
        "Keeping data safe"]
    scroll = guide.browser.verticalScrollBar()
    assert scroll.value() == 0 and scroll.maximum() > 0
    safety = sections.visualItemRect(sections.item(3)).center()
    qtbot.mouseClick(sections.viewport(), LEFT, pos=safety)
    assert scroll.value() > 0
    top = guide.browser.cursorForPosition(guide.browser.viewport().rect().topLeft())
    assert "Keeping data safe" in top.block().text() or scroll.value() == scroll.maximum()


def _expected_name(action: QAction) -> str:
    if action.objectName() in ("undo", "redo"):
        return action.objectName().capitalize()
    return action.text().replace("&", "").removesuffix("\u2026")


def test_the_shortcut_list_has_every_window_action_with_keys(window: MainWindow) -> None:
    extra = QAction("Check &spelling\u2026", window)  # added later: the list is generated
    extra.setShortcut(QKeySequence("Ctrl+Alt+K"))
    window.addAction(extra)
    rows = open_shortcuts(window).rows()
    with_keys = [a for a in window.findChildren(QAction)
                 if a.parent() is window and not a.shortcut().isEmpty()]
    assert len(with_keys) >= 12
    for action in with_keys:
        listed = [keys for name, keys in rows if name == _expected_name(action)]
        assert listed, _expected_name(action)
        assert action.shortcut().toString(NATIVE) in listed[0].split("\n")
    assert ("Check spelling", "Ctrl+Alt+K") in rows
    assert ("NetBuilder guide", "F1") in [(n, k.split("\n")[0]) for n, k in rows]


def test_the_shortcut_list_has_the_keys_of_the_map(window: MainWindow) -> None:
    keys = " / ".join(k for _name, k in open_shortcuts(window).rows())
    for key in ("Tab", "Shift+Tab", "Left", "Up", "Ctrl+Up", "Ctrl+Down", "Ctrl+Left",
                "Ctrl+Right", "F2", "Del", "Ins", "Shift+drag", "Esc"):
        assert key in keys.split(" / ") or key in keys, key
    tree = window.help.shortcuts.tree  # type: ignore[union-attr]
    headings = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert headings[-1] == "On the map" and headings[0] == "File"


def test_about_shows_the_version_the_open_stores_folders_and_copies_them(
        qtbot: QtBot, window: MainWindow, store: Store, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NETBUILDER_LOG_DIR", str(tmp_path / "logs here"))
    window.settings.set_backup_folder(str(tmp_path / "usb stick"))
    about = open_about(window)
    assert about.title.text() == f"NetBuilder {netbuilder.__version__}"
    details = about.details.toPlainText()
    assert f"Data folder: {store.folder}" in details
    assert f"Backups folder: {tmp_path / 'usb stick'}" in details
    assert f"Log folder: {tmp_path / 'logs here'}" in details
    assert "Python: 3." in details and "PySide6: " in details
    assert about.licence.text() == "Licence: MIT License; see LICENSE."
    assert "150 people with severe mental illness" in about.credit.text()
    QApplication.clipboard().clear()
    qtbot.mouseClick(about.copy_button, LEFT)
    assert QApplication.clipboard().text() == details
    assert about.message.text().startswith("Copied.")


def _texts(dialog: QWidget) -> str:
    """Everything a dialog shows: title, labels, browser, list, tree and text box."""
    assert isinstance(dialog, GuideDialog | ShortcutsDialog | AboutDialog)
    parts = [dialog.windowTitle()] + [lab.text() for lab in dialog.findChildren(QLabel)]
    if isinstance(dialog, GuideDialog):
        parts.append(dialog.browser.toPlainText())
        parts += [dialog.sections_list.item(i).text() for i in range(dialog.sections_list.count())]
    elif isinstance(dialog, ShortcutsDialog):
        parts += [f"{name} {keys}" for name, keys in dialog.rows()]
    else:
        parts.append(dialog.details.toPlainText())
    return "\n".join(parts)


def test_no_client_text_in_any_help_dialog_with_a_client_open(
        qtbot: QtBot, store: Store, demo: Client) -> None:
    window = open_window(qtbot, store)
    window.open_client(demo.id)
    window.canvas.map_scene.select_ids(["mum"])
    qtbot.keyClick(window.canvas, Qt.Key.Key_Delete)
    assert "Mum" in window.commands.undo.text()  # the undo command names the client's label
    shown = [open_guide(qtbot, window), open_shortcuts(window), open_about(window)]
    qtbot.mouseClick(window.help.about.copy_button, LEFT)  # type: ignore[union-attr]
    everything = "\n".join([*map(_texts, shown), QApplication.clipboard().text()])
    assert "Undo" in everything and str(store.folder) in everything
    for secret in (demo.display_name, demo.local_ref, "Mum", "Alex (CPN)", "Dr Shah"):
        assert secret not in everything


@pytest.fixture
def marking() -> Iterator[Marking]:
    translator = Marking()
    QCoreApplication.installTranslator(translator)
    try:
        yield translator
    finally:
        QCoreApplication.removeTranslator(translator)


def test_help_text_goes_through_translation(qtbot: QtBot, marking: Marking, store: Store
                                            ) -> None:
    window = open_window(qtbot, store)
    guide = open_guide(qtbot, window)
    lines = [line for line in guide.browser.toPlainText().splitlines() if line.strip()]
    assert len(lines) > 40
    assert [line for line in lines if MARK not in line] == []
    names = [name for name, _keys in open_shortcuts(window).rows()]
    assert names and [n for n in names if MARK not in n] == []
    about = open_about(window)
    assert MARK in about.windowTitle() and MARK in about.licence.text()
    assert MARK in about.credit.text() and about.details.toPlainText().count(MARK) >= 8


def test_locking_closes_the_help_dialogs(qtbot: QtBot, window: MainWindow) -> None:
    shown = [open_guide(qtbot, window), open_shortcuts(window), open_about(window)]
    closed: list[bool] = []
    window.closed.connect(closed.append)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: closed == [True])
    assert window.locked and not [d for d in shown if d.isVisible()]
