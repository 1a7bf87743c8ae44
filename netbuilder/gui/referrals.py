"""Signposting and referrals in the window: the action, the Referrals dock, and their wiring.

``install_referrals(window)`` (called once from ``MainWindow._build``) adds:

* **Signpost / refer…** (Ctrl+R): on the toolbar, in the Map menu, as a button on a
  selected place or activity in Properties, and behind the Goals panel's "Signpost /
  refer…" button. It opens ``ReferralDialog`` for the open client with today's date and
  the practitioner's name filled in, linked to the selected place or activity (or goal);
  Record adds the referral as one undoable command. From an open client that is two
  clicks (the toolbar button, then Record) around typing the service.
* the **Referrals** dock: the map's referrals with date, status and follow-up, overdue
  follow-ups flagged in words; double-click (or Enter, or Edit…) edits in the same form,
  Delete removes (undoable);
* **Local services…** and **Preferences…** in the Edit menu (``directory_dialog``,
  ``preferences``).

``open_referral_dialog(window, node_id=None, goal_id=None)`` opens the form from
anywhere else.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QObject,
    QSignalBlocker,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QColor, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDockWidget,
    QFormLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from netbuilder.analysis.plans import overdue_follow_ups
from netbuilder.model import ModelError, NetworkMap, NodeKind, ops
from netbuilder.model.directory import PractitionerProfile, Service
from netbuilder.store.errors import StoreError

from .actions import Key, make_action
from .document import MapDocument
from .fields import set_message, vocabulary
from .forms import child, load_form
from .referral_dialog import ReferralDialog
from .window_part import WindowPart

if TYPE_CHECKING:
    from .window import MainWindow

REFERRAL_ID_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE_COLOUR = QColor("#8a1c1c")  # always with the word and an icon, never alone
SERVICE, DATE, STATUS, FOLLOW_UP = range(4)


def tr(text: str) -> str:
    return QCoreApplication.translate("Referrals", text)


def day_text(day: date) -> str:
    return f"{day.day} {day:%b %Y}"


class ReferralsPanel(QWidget):
    """The map's referrals as a table; asks for the form through its signals."""

    add_requested = Signal()
    edit_requested = Signal(str)
    """A referral's id: the person wants to edit it (double-click, Enter or Edit…)."""

    def __init__(self, doc: MapDocument, parent: QWidget | None = None,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.setObjectName("referralsPanel")
        self._doc = doc
        self._today = today
        form = load_form("referrals_panel", self)
        self.empty = child(form, QLabel, "emptyLabel")
        self.table = child(form, QTreeWidget, "referralList")
        self.add_button = child(form, QPushButton, "addReferralButton")
        self.edit_button = child(form, QPushButton, "editReferralButton")
        self.delete_button = child(form, QPushButton, "deleteReferralButton")
        self.message = child(form, QLabel, "referralMessageLabel")
        self.table.setHeaderLabels([tr("Service"), tr("Date"), tr("Status"), tr("Follow-up")])
        header = self.table.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(SERVICE, QHeaderView.ResizeMode.Stretch)
        for column in (DATE, STATUS, FOLLOW_UP):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.installEventFilter(self)
        self.table.itemDoubleClicked.connect(lambda item, _col: self._edit_item(item))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.add_button.clicked.connect(self.add_requested.emit)
        self.edit_button.clicked.connect(lambda: self._edit_item(self.table.currentItem()))
        self.delete_button.clicked.connect(self.delete_selected)
        doc.map_changed.connect(self.refresh)
        doc.read_only_changed.connect(self._update_buttons)
        self.refresh()

    def referral_id(self) -> str | None:
        """The referral selected in the table."""
        item = self.table.currentItem()
        if item is None or not item.isSelected():
            return None
        return str(item.data(SERVICE, REFERRAL_ID_ROLE))

    def select_referral(self, referral_id: str) -> None:
        for i in range(self.table.topLevelItemCount()):
            item = self.table.topLevelItem(i)
            if item is not None and item.data(SERVICE, REFERRAL_ID_ROLE) == referral_id:
                self.table.setCurrentItem(item)
                item.setSelected(True)

    def refresh(self, old: NetworkMap | None = None, new: NetworkMap | None = None) -> None:
        network = new or self._doc.network
        if old is not None and old.id != network.id:
            set_message(self.message, "")
        keep = self.referral_id()
        today = self._today()
        overdue = {f.id for f in overdue_follow_ups(network, today)}
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        with QSignalBlocker(self.table):
            self.table.clear()
            for r in network.referrals:
                if r.follow_up is None:
                    follow = ""
                elif r.id in overdue:
                    follow = tr("OVERDUE: was due {day}").format(day=day_text(r.follow_up))
                else:
                    follow = day_text(r.follow_up)
                item = QTreeWidgetItem(
                    [r.service, day_text(r.date), vocabulary(r.status.value), follow])
                item.setData(SERVICE, REFERRAL_ID_ROLE, r.id)
                tip = [r.service, tr("By: {who}").format(who=r.by_whom) if r.by_whom else "",
                       r.reason, tr("Outcome: {text}").format(text=r.outcome) if r.outcome else ""]
                item.setToolTip(SERVICE, "\n".join(t for t in tip if t))
                if r.id in overdue:
                    item.setIcon(FOLLOW_UP, warning)
                    item.setForeground(FOLLOW_UP, QBrush(OVERDUE_COLOUR))
                    item.setToolTip(FOLLOW_UP, tr("The follow-up date has passed and the "
                                                  "referral is still open"))
                self.table.addTopLevelItem(item)
                if r.id == keep:
                    self.table.setCurrentItem(item)
                    item.setSelected(True)
        self.empty.setVisible(not network.referrals)
        self._update_buttons()

    def _update_buttons(self, *_: object) -> None:
        editable = not self._doc.read_only
        chosen = self.referral_id() is not None
        self.add_button.setEnabled(editable)
        self.edit_button.setEnabled(editable and chosen)
        self.delete_button.setEnabled(editable and chosen)

    def _edit_item(self, item: QTreeWidgetItem | None) -> None:
        if item is not None and not self._doc.read_only:
            self.edit_requested.emit(str(item.data(SERVICE, REFERRAL_ID_ROLE)))

    def delete_selected(self) -> bool:
        """Remove the selected referral as one undoable command."""
        referral_id = self.referral_id()
        if referral_id is None or self._doc.read_only:
            return False
        service = next(r.service for r in self._doc.network.referrals if r.id == referral_id)
        try:
            done = self._doc.apply(tr("Delete referral to {service}").format(service=service),
                                   lambda m: ops.remove_referral(m, referral_id))
        except ModelError as e:
            set_message(self.message, tr("Not changed: {problem}").format(problem=e))
            return False
        set_message(self.message, tr("Referral deleted. Undo (Ctrl+Z) brings it back."), "info")
        return done

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._edit_item(self.table.currentItem())
                return True
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.delete_selected()
                return True
        return super().eventFilter(watched, event)


class ReferralsDock(QDockWidget):
    """The "Referrals" dock; ``panel`` is the ``ReferralsPanel`` inside."""

    def __init__(self, panel: ReferralsPanel, parent: QWidget) -> None:
        super().__init__(tr("Referrals"), parent)
        self.panel = panel
        self.setObjectName("referralsDock")
        self.setAccessibleName(tr("Referrals"))
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.setWidget(panel)


class Referrals(WindowPart):
    """The window's referral commands: one per window, made by ``install_referrals``."""


    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.panel = ReferralsPanel(window.doc, window)
        self.dock = ReferralsDock(self.panel, window)
        self.refer = make_action(window, tr("Signpost / &refer…"), self.refer_selected,
                                 "Ctrl+R", "refer",
                                 tr("Record a signposting or referral for this client"))
        self.refer.setIconText(tr("Signpost / refer"))
        self.local_services = make_action(
            window, tr("&Local services…"), self.open_directory, None, "local_services",
            tr("Your directory of local services and groups to refer to"))
        self.preferences = make_action(window, tr("&Preferences…"), self.open_preferences,
                                       None, "preferences",
                                       tr("Your name, profession and team"))
        self.preferences.setShortcuts(
            QKeySequence.keyBindings(Key.Preferences) or [QKeySequence("Ctrl+,")])
        self.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.node_button = QPushButton(tr("Signpost / refer…"))
        self.node_button.setObjectName("referNodeButton")
        self.node_button.setToolTip(tr("Record a signposting or referral to this place or "
                                       "activity (Ctrl+R)"))
        self.node_button.clicked.connect(self.refer_selected)
        self._selected: list[str] = []
        self._node_fields: QFormLayout | None = None

    # where the commands show ------------------------------------------------------

    def install(self) -> None:
        w = self.window
        w.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        node_list = w.findChild(QDockWidget, "nodeListDock")
        if node_list is not None:
            w.tabifyDockWidget(node_list, self.dock)
            node_list.raise_()
        w.addActions([self.refer, self.local_services, self.preferences])
        w.toolbar.insertAction(w.commands.plan_preview, self.refer)
        map_menu = _menu(w, "Map")
        map_menu.addSeparator()
        map_menu.addAction(self.refer)
        edit_menu = _menu(w, "Edit")
        edit_menu.addSeparator()
        edit_menu.addActions([self.local_services, self.preferences])
        view_menu = _menu(w, "View")
        view_menu.insertAction(w.toolbar.toggleViewAction(), self.dock.toggleViewAction())
        self._add_node_button()
        self.panel.add_requested.connect(self.refer_selected)
        self.panel.edit_requested.connect(self.edit_referral)
        w.canvas.selection_changed_ids.connect(self._selection_changed)
        w.node_list.selection_changed_ids.connect(self._selection_changed)
        w.doc.map_changed.connect(self._update_enabled)
        w.doc.read_only_changed.connect(self._update_enabled)
        self._connect_goals()
        self._update_enabled()

    def _add_node_button(self) -> None:
        self._node_fields = self.window.properties.findChild(QFormLayout, "nodeFields")
        if self._node_fields is not None:  # under "Kind: Place": seen without scrolling
            self._node_fields.insertRow(min(1, self._node_fields.rowCount()), "",
                                        self.node_button)
        self._show_node_button(False)

    def _show_node_button(self, visible: bool) -> None:
        if self._node_fields is not None:
            self._node_fields.setRowVisible(self.node_button, visible)
        else:
            self.node_button.setVisible(visible)

    def _connect_goals(self) -> None:
        """The Goals panel's "Signpost / refer…" opens the form linked to that goal."""
        for panel in self.window.findChildren(QWidget, "goalsPanel"):
            signal = getattr(panel, "refer_requested", None)
            if signal is not None:
                signal.connect(lambda goal_id: self.open(goal_id=str(goal_id)))

    def _selection_changed(self, ids: list[str]) -> None:
        self._selected = list(ids)
        self._update_enabled()

    def _update_enabled(self, *_: object) -> None:
        editable = self.window.client is not None and not self.window.doc.read_only
        self.refer.setEnabled(editable)
        self._show_node_button(editable and self._selected_place() is not None)

    def _selected_place(self) -> str | None:
        """The one selected node, if it is a place or an activity still on the map."""
        if len(self._selected) != 1:
            return None
        node = next((n for n in self.window.doc.network.nodes if n.id == self._selected[0]),
                    None)
        return node.id if node is not None and node.kind is not NodeKind.PERSON else None

    # the commands --------------------------------------------------------------------

    def refer_selected(self) -> ReferralDialog | None:
        """Signpost / refer, linked to the selected place or activity if there is one."""
        return self.open(node_id=self._selected_place())

    def open(self, node_id: str | None = None, goal_id: str | None = None,
             referral_id: str | None = None) -> ReferralDialog | None:
        """Open the referral form (window-modal) for the open client; None if none is open."""
        w = self.window
        if w.client is None or w.doc.read_only:
            return None
        network = w.doc.network
        referral = next((r for r in network.referrals if r.id == referral_id), None)
        if referral_id is not None and referral is None:
            return None
        services, profile = self._directory()
        dialog = ReferralDialog(network, services, profile.name, referral=referral,
                                node_id=node_id, goal_id=goal_id, parent=w)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._record(dialog, network))
        dialog.open()
        return dialog

    def edit_referral(self, referral_id: str) -> ReferralDialog | None:
        return self.open(referral_id=referral_id)

    def _directory(self) -> tuple[list[Service], PractitionerProfile]:
        try:
            store = self.window.store
            return store.list_services(), store.get_profile()
        except StoreError:
            return [], PractitionerProfile()  # the form still works, without suggestions

    def _record(self, dialog: ReferralDialog, network: NetworkMap) -> None:
        w = self.window
        referral = dialog.referral
        if referral is None:
            return
        if w.doc.network.id != network.id or w.doc.read_only:
            QMessageBox.warning(w, tr("Not recorded"),
                                tr("The map changed while the form was open; nothing was "
                                   "recorded. Open the form again."))
            return
        text = tr("Edit referral to {service}") if dialog.editing else tr("Refer to {service}")
        try:
            w.doc.apply(text.format(service=referral.service), dialog.edit())
        except ModelError as e:
            QMessageBox.warning(w, tr("Not recorded"), str(e))
            return
        self.dock.show()
        self.dock.raise_()
        self.panel.select_referral(referral.id)
        if dialog.new_node is not None:
            w.canvas.focus_node(dialog.new_node.id)

    def open_directory(self) -> QDialog | None:
        from .directory_dialog import DirectoryDialog

        try:
            store = self.window.store
        except StoreError:
            return None
        dialog = DirectoryDialog(store, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_preferences(self) -> QDialog | None:
        from .preferences import PreferencesDialog

        try:
            store = self.window.store
        except StoreError:
            return None
        dialog = PreferencesDialog(store, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog


_MENU_TITLES = (QT_TRANSLATE_NOOP("Referrals", "Map"), QT_TRANSLATE_NOOP("Referrals", "Edit"),
                QT_TRANSLATE_NOOP("Referrals", "View"))


def _menu(window: MainWindow, title: str) -> QMenu:
    """The menu-bar menu called ``title`` in en_GB (found by its object name, e.g.
    "mapMenu", or by its shown text, mnemonic ignored), made if it is missing."""
    name = f"{title.lower()}Menu"
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu) and (menu.objectName() == name
                                        or action.text().replace("&", "") == title):
            return menu
    menu = window.menuBar().addMenu(tr(title))  # i18n: marked in _MENU_TITLES
    menu.setObjectName(name)
    return menu


def install_referrals(window: MainWindow) -> Referrals:
    """Add the referral commands, the Referrals dock and the directory and preferences."""
    referrals = Referrals(window)
    referrals.install()
    return referrals


def open_referral_dialog(window: MainWindow, node_id: str | None = None,
                         goal_id: str | None = None) -> ReferralDialog | None:
    """Open the Signpost / refer form for the window's client, linked to a node or goal."""
    referrals = window.findChild(Referrals)
    if referrals is None:
        return None
    return referrals.open(node_id=node_id, goal_id=goal_id)


__all__ = ["Referrals", "ReferralsDock", "ReferralsPanel", "install_referrals",
           "open_referral_dialog"]
