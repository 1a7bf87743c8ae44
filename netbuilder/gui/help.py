"""The Help menu: the NetBuilder guide (F1), the keyboard shortcuts, About NetBuilder.

The guide's prose lives here, one ``tr()`` per paragraph, rather than in per-language HTML
files: the same translation files then carry the whole app (lupdate finds these strings as
it finds every other), no extra files need bundling, and the guide reuses what is already
translated elsewhere (the conversation guide's steps and prompts, the roles and their
meanings) and names each command as the menus do, with its current keys. Markup is never
in a translatable string: each translated paragraph is escaped and put into HTML here.

The shortcut list is generated from the window's own actions when it is shown, so it
stays true as commands are added. Nothing in these dialogs is client text: undo and redo
are named by their fixed short name, because their menu text names the last edit
("Undo Delete Mum").
"""

from __future__ import annotations

import html
import platform
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QSysInfo, Qt, qVersion
from PySide6.QtGui import QAction, QFont, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QLabel,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

import netbuilder
from netbuilder.logs import default_log_dir
from netbuilder.model import Role
from netbuilder.store.backup import default_folder
from netbuilder.store.errors import StoreError

from .actions import make_action
from .canvas.style import ROLE_BADGE
from .forms import child, load_form
from .guide import guide_steps
from .roles import role_meaning, role_name
from .window_part import WindowPart

if TYPE_CHECKING:
    from .window import MainWindow

CONTEXT = "Help"
NATIVE = QKeySequence.SequenceFormat.NativeText
ARROW = " \u2192 "
DialogT = TypeVar("DialogT", bound=QDialog)
VARYING_TEXT = {"undo", "redo"}  # their menu text names the last edit, which holds labels


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


# commands as the menus name them ------------------------------------------------------


def plain(text: str) -> str:
    """A menu text as read: no mnemonic "&", no trailing ellipsis."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()
    return text.removesuffix("\u2026").removesuffix("...").rstrip()


def action_name(action: QAction) -> str:
    text = action.iconText() if action.objectName() in VARYING_TEXT else action.text()
    return plain(text)


def key_text(action: QAction) -> str:
    """Every key of the action, one a line, as this platform writes it ("Ctrl+Z", "⌘Z")."""
    return "\n".join(k.toString(NATIVE) for k in action.shortcuts() if not k.isEmpty())


def _walk(menu: QMenu) -> Iterator[QAction]:
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            yield from _walk(sub)
        elif not action.isSeparator():
            yield action


def menu_groups(window: MainWindow) -> list[tuple[str, list[QAction]]]:
    """Each menu of the bar with its commands, then the window's commands in no menu."""
    groups: list[tuple[str, list[QAction]]] = []
    seen: list[QAction] = []
    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            actions = list(_walk(menu))
            seen += actions
            groups.append((plain(top.text()), actions))
    rest = [a for a in window.actions() if a not in seen and not a.isSeparator()]
    groups.append((tr("Other commands"), rest))
    return groups


def shortcut_groups(window: MainWindow) -> list[tuple[str, list[tuple[str, str]]]]:
    """(menu, [(command, keys)]) for every command that has keys; empty menus left out."""
    groups = []
    for title, actions in menu_groups(window):
        rows = [(action_name(a), key_text(a)) for a in actions if key_text(a)]
        if rows:
            groups.append((title, rows))
    return groups


def _keys(*sequences: str) -> str:
    return " / ".join(QKeySequence(s).toString(NATIVE) for s in sequences)


def map_keys() -> list[tuple[str, str]]:
    """The canvas's own keys (canvas/keys.py and README "Keyboard only")."""
    return [
        (tr("Next / previous node (after the last one, Tab leaves the map)"),
         _keys("Tab", "Shift+Tab")),
        (tr("Previous / next node round the same ring"), _keys("Left", "Right")),
        (tr("Nearest node one ring in (closer) / out"), _keys("Up", "Down")),
        (tr("Move the selected nodes one ring in (closer) / out"),
         _keys("Ctrl+Up", "Ctrl+Down")),
        (tr("Move them round their ring (with Shift: bigger steps)"),
         _keys("Ctrl+Left", "Ctrl+Right")),
        (tr("Rename the selected node (Enter keeps, Escape cancels)"), _keys("F2")),
        (tr("Delete the selected nodes and links (Undo brings them back)"),
         _keys("Del", "Backspace")),
        (tr("Add a node at a free spot and name it"), _keys("Ins", "Ctrl+Shift+N")),
        (tr("Select every node"), _keys("Ctrl+A")),
        (tr("Draw a link: drag from one node to another with Shift held"),
         tr("Shift+drag")),
        (tr("Cancel the link being drawn, or clear the selection"), _keys("Esc")),
        (tr("Move round the map (pan)"), tr("Space+drag, middle-button drag")),
    ]


class CommandPaths:
    """ "File → Plan preview… (Ctrl+Shift+P)" for a command, as the window's menus show it."""

    def __init__(self, window: MainWindow) -> None:
        self._paths: dict[str, str] = {}
        for title, actions in menu_groups(window):
            for action in actions:
                keys = key_text(action).split("\n")[0]
                path = title + ARROW + plain(action.text())
                self._paths.setdefault(_command_id(action), f"{path} ({keys})" if keys else path)

    def __call__(self, name: str, fallback: str) -> str:
        return self._paths.get(name, fallback)


def _command_id(action: QAction) -> str:
    """The action's name; a dock's show/hide action goes by the dock's name."""
    owner = action.parent()
    if not action.objectName() and isinstance(owner, QDockWidget):
        return owner.objectName()
    return action.objectName()


# the guide -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Section:
    anchor: str
    title: str
    body: str  # HTML


def _p(text: str, *commands: str) -> str:
    """A translated paragraph as HTML; %1, %2… become the commands, in bold."""
    body = html.escape(text)
    for i, command in enumerate(commands, start=1):
        body = body.replace(f"%{i}", f"<b>{html.escape(command)}</b>")
    return f"<p>{body}</p>"


def _list(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def conversation_section(cmd: CommandPaths) -> Section:
    parts = [_p(tr("Draw the map with the client, in their words, in five steps, over one "
                   "meeting or several. %1 shows the same steps beside the map, with prompts "
                   "to read aloud and what is on the map so far."),
                cmd("guideDock", tr("View \u2192 Conversation guide")))]
    for i, step in enumerate(guide_steps(), start=1):
        parts.append(f"<h3>{i}. {html.escape(step.title)}</h3>")
        parts.append(_list([f"\u201c{html.escape(p)}\u201d" for p in step.prompts]))
        parts.append(f"<p><i>{html.escape(step.tip)}</i></p>")
    return Section("conversation", tr("The mapping conversation"), "".join(parts))


def _badge(role: Role) -> str:
    # as the map shows it
    return QCoreApplication.translate("Canvas", ROLE_BADGE[role])  # i18n: marked in style


def roles_section() -> Section:
    rows = "".join(
        f"<tr><td><b>{html.escape(_badge(role))}</b></td><td><b>{html.escape(role_name(role))}</b>"
        f"</td><td>{html.escape(role_meaning(role))}</td></tr>" for role in Role)
    parts = [
        _p(tr("Practitioners are often part of a client's network: in the study, 23% of "
              "networks had a practitioner in the closest ring. Tag a practitioner on the map "
              "with the roles they play (Properties, under their profession). A practitioner "
              "can play several; each shows as a badge on the map and the plan.")),
        f"<table cellpadding='4'>{rows}</table>",
        _p(tr("A goal records who supports it and in which role, so the work practitioners "
              "already do is framed as network goals that can be reviewed; the Goals dock "
              "shows \u201cwho does what\u201d.")),
    ]
    return Section("roles", tr("The six practitioner roles"), "".join(parts))


def plan_section(cmd: CommandPaths) -> Section:
    contents = [html.escape(text) for text in (
        tr("the map, as on the screen, with its key and the role badges"),
        tr("what matters to the client, in their words"),
        tr("goals, with who supports them, the next steps and the review date"),
        tr("signposting and referrals, with their follow-up dates"),
        tr("a plain-English summary beside the study's figures (a mean of 19.9 contacts; a "
           "practitioner in the closest ring in 23% of networks)"),
        tr("for a review, what changed since the version it started from"),
        tr("lines for signatures"),
    )]
    parts = [
        _p(tr("The one-page network plan is for care reviews and for the client to keep. "
              "%1 shows it exactly as it will print."),
           cmd("plan_preview", tr("File \u2192 Plan preview"))),
        _p(tr("In the preview choose the paper (A4 or US Letter), large print for a client "
              "who finds small print hard to read, and whether the client is shown by name or "
              "by initials only; your name goes in the header. Then print it or save it as a "
              "PDF. These choices are remembered.")),
        _p(tr("%1 and %2 print or save at once, with the choices last made in the preview."),
           cmd("print_plan", tr("File \u2192 Print plan")),
           cmd("save_plan", tr("File \u2192 Save plan as PDF"))),
        _p(tr("The plan shows:")), _list(contents),
        _p(tr("It always fits one page: what does not fit is summarised (\u201c+ 12 more "
              "connections\u201d). For every detail, on several pages, use \u201cSave full "
              "record as PDF\u201d in the preview.")),
        _p(tr("A printed plan or a saved PDF is not encrypted: keep it as you keep other "
              "health records.")),
    ]
    return Section("plan", tr("Printing the plan"), "".join(parts))


def safety_section(cmd: CommandPaths) -> Section:
    items = [
        _p(tr("%1 hides every client until the passphrase is typed again. NetBuilder also "
              "locks itself after 5 idle minutes; choose 1 to 15 minutes in %2."),
           cmd("lock", tr("File \u2192 Lock now")),
           cmd("preferences", tr("Edit \u2192 Preferences"))),
        _p(tr("The recovery key is shown once, when the passphrase is first set: print it or "
              "write it down, and keep it away from the laptop. With it you can set a new "
              "passphrase (\u201cForgot passphrase?\u201d when unlocking). Without the "
              "passphrase and without the recovery key the caseload is lost. %1 replaces a "
              "lost key; %2 changes the passphrase."),
           cmd("new_recovery_key", tr("File \u2192 New recovery key")),
           cmd("change_passphrase", tr("File \u2192 Change passphrase"))),
        _p(tr("Encrypted backups are made when the data has changed (at most every 30 "
              "minutes) and when NetBuilder closes or locks; Help \u2192 About shows the "
              "folder. %1 makes one now; %2 brings an earlier one back, after backing up the "
              "current data. A backup opens with the passphrase or the recovery key."),
           cmd("back_up_now", tr("File \u2192 Back up now")),
           cmd("restore_backup", tr("File \u2192 Restore from backup"))),
        _p(tr("For a subject access request, %1 writes the client's whole record as a JSON "
              "file and a PDF, with a README. These files are not encrypted: send them "
              "securely and delete them afterwards."),
           cmd("export_record", tr("File \u2192 Export client's record (subject access)"))),
        _p(tr("To erase a client for good, choose Delete in the caseload and type the "
              "client's name: the client is removed from the data and from every backup "
              "NetBuilder can find.")),
        _p(tr("Keep the data folder on this computer's own disk, not on a network drive or "
              "in a cloud-synced folder: their locking and syncing can damage it.")),
    ]
    parts = [
        _p(tr("Client records are health data. NetBuilder keeps them only on this computer, "
              "encrypted: they open with your passphrase or with the recovery key, and "
              "nobody, including the makers of NetBuilder, can open them without one of "
              "them.")),
        _list(items),
    ]
    return Section("safety", tr("Keeping data safe"), "".join(parts))


def guide_sections(window: MainWindow) -> list[Section]:
    cmd = CommandPaths(window)
    return [conversation_section(cmd), roles_section(), plan_section(cmd), safety_section(cmd)]


def guide_html(sections: list[Section]) -> str:
    intro = _p(tr("A short guide to mapping a client's wellbeing network with NetBuilder: "
                  "people, places and activities on rings of emotional closeness."))
    body = "".join(f"<h2><a name='{s.anchor}'></a>{html.escape(s.title)}</h2>{s.body}"
                   for s in sections)
    return f"<html><body>{intro}{body}</body></html>"


class GuideDialog(QDialog):
    """The guide: sections in a sidebar, the text in a browser beside it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpGuideDialog")
        self.setWindowTitle(tr("NetBuilder guide"))
        self.resize(820, 600)
        form = load_form("help_guide", self)
        self.sections_list = child(form, QListWidget, "sectionList")
        self.browser = child(form, QTextBrowser, "guideBrowser")
        child(form, QDialogButtonBox, "buttonBox").rejected.connect(self.close)
        self.sections_list.currentRowChanged.connect(self._go_to)
        self._sections: list[Section] = []

    def show_guide(self, sections: list[Section]) -> None:
        self._sections = sections
        self.sections_list.clear()
        self.sections_list.addItems([s.title for s in sections])
        self.browser.setHtml(guide_html(sections))

    def _go_to(self, row: int) -> None:
        if 0 <= row < len(self._sections):
            self.browser.scrollToAnchor(self._sections[row].anchor)


# keyboard shortcuts --------------------------------------------------------------------


class ShortcutsDialog(QDialog):
    """Every command with keys, menu by menu, then the keys of the map itself."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(tr("Keyboard shortcuts"))
        self.resize(720, 640)
        form = load_form("help_shortcuts", self)
        self.tree = child(form, QTreeWidget, "shortcutTree")
        child(form, QDialogButtonBox, "buttonBox").rejected.connect(self.close)

    def fill(self, groups: list[tuple[str, list[tuple[str, str]]]]) -> None:
        self.tree.clear()
        for title, rows in [*groups, (tr("On the map"), map_keys())]:
            heading = QTreeWidgetItem(self.tree, [title])
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = QFont(heading.font(0))
            font.setBold(True)
            heading.setFont(0, font)
            heading.setFirstColumnSpanned(True)
            for command, keys in rows:
                row = QTreeWidgetItem(heading, [command, keys])
                row.setTextAlignment(0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)  # the keys column takes the rest, wrapping

    def rows(self) -> list[tuple[str, str]]:
        """(command, keys) as listed, headings left out (for tests and screen readers)."""
        found = []
        for i in range(self.tree.topLevelItemCount()):
            heading = self.tree.topLevelItem(i)
            found += [(heading.child(j).text(0), heading.child(j).text(1))
                      for j in range(heading.childCount())]
        return found


# about --------------------------------------------------------------------------------------


def licence_line() -> str:
    """The first line of LICENSE, beside the package (a checkout, or a bundle's root)."""
    licence = Path(netbuilder.__file__).resolve().parent.parent / "LICENSE"
    try:
        lines = licence.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        lines = []
    return lines[0].strip() if lines and lines[0].strip() else "MIT License"  # pyproject's


def data_folder(window: MainWindow) -> Path:
    try:
        return window.store.folder
    except StoreError:  # not unlocked yet: the settings file sits in the data folder
        return window.settings.path.parent


def backups_folder(window: MainWindow) -> Path:
    scheduler = getattr(window, "backups", None)
    if scheduler is not None:
        return Path(scheduler.folder())
    return default_folder(data_folder(window))


def support_details(window: MainWindow) -> list[tuple[str, str]]:
    """Versions and folders only: never a client, a count or a setting about them."""
    system = f"{QSysInfo.prettyProductName()} ({QSysInfo.currentCpuArchitecture()})"
    return [
        (tr("NetBuilder"), netbuilder.__version__),
        (tr("Data folder"), str(data_folder(window))),
        (tr("Backups folder"), str(backups_folder(window))),
        (tr("Log folder"), str(default_log_dir())),
        (tr("Python"), platform.python_version()),
        (tr("Qt"), qVersion()),
        (tr("PySide6"), pyside_version),
        (tr("System"), system),
    ]


def details_text(details: list[tuple[str, str]]) -> str:
    return "\n".join(f"{name}: {value}" for name, value in details)


class AboutDialog(QDialog):
    """Name, version, purpose, the study, the licence, and support details to copy."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(tr("About NetBuilder"))
        self.resize(600, 460)
        form = load_form("about", self)
        self.title = child(form, QLabel, "titleLabel")
        self.credit = child(form, QLabel, "creditLabel")
        self.licence = child(form, QLabel, "licenceLabel")
        self.details = child(form, QPlainTextEdit, "detailsEdit")
        self.message = child(form, QLabel, "messageLabel")
        buttons = child(form, QDialogButtonBox, "buttonBox")
        self.copy_button = QPushButton(tr("&Copy support details"), self)
        self.copy_button.setObjectName("copyButton")
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        self.copy_button.clicked.connect(self.copy)
        self.title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.title.setText(f"NetBuilder {netbuilder.__version__}")
        self.credit.setText(tr(
            "Its vocabulary comes from a UK study of 150 people with severe mental illness, "
            "their wellbeing networks and the practitioners who support them: \u201cThe role "
            "of practitioners in wellbeing networks of people with severe mental illness\u201d "
            "(Pinfold, Sweet, Porter, Byng, Griffiths and Billsborough; McPin Foundation, "
            "Plymouth University, Rethink), funded by the NIHR HS&DR programme (09/1801/1069)."))
        self.licence.setText(tr("Licence: %1; see LICENSE.").replace("%1", licence_line()))

    def show_details(self, details: list[tuple[str, str]]) -> None:
        self.details.setPlainText(details_text(details))
        self.message.clear()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())
        self.message.setText(tr("Copied. Paste the details into your message to support."))


# the menu ------------------------------------------------------------------------------------


class HelpMenu(WindowPart):
    """The Help menu's three commands and their dialogs (built when first asked for)."""


    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("helpCommands")
        self.guide_action = make_action(
            window, tr("NetBuilder &guide"), self.show_guide, None, "help_guide",
            tr("The mapping conversation, the practitioner roles, printing, keeping data safe"))
        self.guide_action.setShortcuts(_guide_keys())
        self.shortcuts_action = make_action(
            window, tr("&Keyboard shortcuts"), self.show_shortcuts, None, "keyboard_shortcuts",
            tr("Every command's keys, and the keys that work on the map"))
        self.about_action = make_action(
            window, tr("&About NetBuilder"), self.show_about, None, "about",
            tr("Version, licence and where the data is kept"))
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        actions = [self.guide_action, self.shortcuts_action, self.about_action]
        window.addActions(actions)
        self.menu = window.menuBar().addMenu(tr("&Help"))
        self.menu.setObjectName("helpMenu")
        self.menu.addActions(actions[:2])
        self.menu.addSeparator()
        self.menu.addAction(self.about_action)
        self.guide: GuideDialog | None = None
        self.shortcuts: ShortcutsDialog | None = None
        self.about: AboutDialog | None = None

    def show_guide(self) -> GuideDialog:
        if self.guide is None:
            self.guide = GuideDialog(self.window)
        self.guide.show_guide(guide_sections(self.window))
        return _raise(self.guide)

    def show_shortcuts(self) -> ShortcutsDialog:
        if self.shortcuts is None:
            self.shortcuts = ShortcutsDialog(self.window)
        self.shortcuts.fill(shortcut_groups(self.window))
        return _raise(self.shortcuts)

    def show_about(self) -> AboutDialog:
        if self.about is None:
            self.about = AboutDialog(self.window)
        self.about.show_details(support_details(self.window))
        return _raise(self.about)


def _guide_keys() -> list[QKeySequence]:
    """F1, and the platform's own help key where that differs (Ctrl+? on a Mac)."""
    keys = [QKeySequence("F1")]
    for key in QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents):
        if key not in keys:
            keys.append(key)
    return keys


def _raise(dialog: DialogT) -> DialogT:
    """Show the dialog; one already open (perhaps behind the window) comes to the front."""
    if dialog.isVisible():
        dialog.raise_()
    dialog.show()
    dialog.activateWindow()
    return dialog


def install_help(window: MainWindow) -> HelpMenu:
    """Add the Help menu, last in the menu bar."""
    return HelpMenu(window)


__all__ = ["AboutDialog", "GuideDialog", "HelpMenu", "ShortcutsDialog", "guide_sections",
           "install_help", "map_keys", "shortcut_groups", "support_details"]
