"""The main window: caseload, map, properties, palette, node list, versions, autosave."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from netbuilder.model import Client, ModelError, NetworkMap, ops
from netbuilder.store.db import Store
from netbuilder.store.errors import StoreError

from .actions import Key, WindowActions, build_menus, build_toolbar, make_action, undo_actions
from .activity_log import install_activity_log
from .auto_lock import install_auto_lock
from .autosave import Autosaver
from .backups import install_backups
from .canvas import edits
from .canvas.view import MapView
from .caseload import CaseloadPanel
from .compare_dialog import compare_action
from .dialogs import StartReviewDialog
from .document import MapDocument
from .goals_panel import install_goals
from .guide import install_guide
from .help import install_help
from .node_list import NodeList
from .palette import Palette, free_place
from .passphrase import install_passphrase_commands
from .presets import Preset
from .properties import PropertiesPanel
from .record_export import install_record_export
from .referrals import install_referrals
from .settings import UiSettings
from .status import MapStatus
from .summary_panel import install_summary
from .versions import ReadOnlyBanner, VersionPicker


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


WELCOME = QT_TRANSLATE_NOOP("MainWindow", "Choose a client from the caseload on the left, or "
                            "create a new one (File \u2192 New client).")


def make_canvas(doc: MapDocument) -> MapView:
    """The map view in the centre of the window."""
    return MapView(doc)


class MainWindow(QMainWindow):
    """One practitioner's workspace over an open (unlocked) store."""

    closed = Signal(bool)  # True when closed to lock

    def __init__(self, store: Store | None, settings: UiSettings | None = None,
                 parent: QWidget | None = None, *, folder: Path | None = None) -> None:
        """The window over ``store``; or, with ``store=None``, the window for the store in
        ``folder`` built ahead (while the passphrase is checked), which holds no client
        data until ``open_store``."""
        super().__init__(parent)
        if store is not None:
            folder = store.folder
        if folder is None:
            raise ValueError("a window built before its store is open needs the store's folder")
        self.setObjectName("mainWindow")
        self.setWindowTitle(tr("NetBuilder"))
        self._slot = _StoreSlot()
        self.settings = settings or UiSettings.beside(folder)
        self.client: Client | None = None
        self.locked = False
        self.doc = MapDocument(_no_map(), read_only=True, parent=self)
        self.autosaver = Autosaver(self.doc, self._slot, self)
        self._build()
        self._restore_layout()
        if store is not None:
            self.open_store(store)

    @property
    def store(self) -> Store:
        """The open store; ``StoreError`` before ``open_store``."""
        return self._slot.open_store()

    def open_store(self, store: Store) -> None:
        """Work on ``store`` (once unlocked): the caseload fills from it."""
        if self._slot.store is not None:
            raise ValueError("this window already has its store")
        self._slot.store = store
        self.caseload.set_store(store)

    def reopen_store(self, store: Store) -> None:
        """Work on ``store`` instead of the open one (after a restore from backup): the open
        client is saved and closed first; the old store is closed."""
        self.close_client()
        old, self._slot.store = self._slot.store, store
        if old is not None and old is not store:
            old.close()
        self.caseload.set_store(store)

    # building ----------------------------------------------------------------

    def _build(self) -> None:
        self.canvas = make_canvas(self.doc)
        self.banner = ReadOnlyBanner(self)
        self.central = self._central_pages()
        self.setCentralWidget(self.central)
        self.caseload = CaseloadPanel(None, self)
        self.properties = PropertiesPanel(self.doc, self)
        self.palette = Palette(self)
        self.node_list = NodeList(self.doc, self)
        left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        self.docks = [
            self._dock("caseloadDock", tr("Caseload"), self.caseload, left),
            self._dock("paletteDock", tr("Palette"), self.palette, left),
            self._dock("propertiesDock", tr("Properties"), _scrolling(self.properties), right),
            self._dock("nodeListDock", tr("Node list"), self.node_list, right),
        ]
        self.goals_dock = install_goals(self)  # tabbed with Properties
        self.docks.append(self.goals_dock)
        self.summary_dock = install_summary(self)  # tabbed with the node list
        self.guide_dock = install_guide(self)  # under the palette, hidden until View shows it
        self.docks += [self.summary_dock, self.guide_dock]
        # while a map is open the palette covers the caseload: other clients' names stay
        # off the screen that this client is watching
        self.tabifyDockWidget(self.docks[0], self.docks[1])
        self.version_picker = VersionPicker(self)
        self.commands = self._create_actions()
        self.toolbar = build_toolbar(self, self.commands, [self.version_picker])
        build_menus(self, self.commands, self.docks, self.toolbar)
        self.referrals = install_referrals(self)  # Signpost / refer, its dock, directory, prefs
        self.record_export = install_record_export(self)  # one client's whole record (SAR)
        self.backups = install_backups(self)  # automatic encrypted backups, restore
        self.auto_lock = install_auto_lock(self)  # lock after idle minutes
        self.activity_log = install_activity_log(self)  # the rotating log, no client text
        self.passphrase_commands = install_passphrase_commands(self)  # change it, recovery key
        self.help = install_help(self)  # Help menu: guide, shortcuts, About
        self.status = MapStatus(self.statusBar())
        self.properties.set_map_open(False)
        self._connect()
        self._update_enabled()

    def _central_pages(self) -> QStackedWidget:
        welcome = QLabel(tr(WELCOME), self)
        welcome.setObjectName("welcomeLabel")
        welcome.setWordWrap(True)
        welcome.setAlignment(Qt.AlignmentFlag.AlignCenter)
        map_page = QWidget(self)
        layout = QVBoxLayout(map_page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.canvas, 1)
        pages = QStackedWidget(self)
        pages.setObjectName("centralPages")
        pages.addWidget(welcome)
        pages.addWidget(map_page)
        return pages

    def _dock(self, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setAccessibleName(title)
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(area, dock)
        return dock

    def _create_actions(self) -> WindowActions:
        undo, redo = undo_actions(self, self.doc.undo_stack)
        c = self.canvas
        guides = make_action(self, tr("Show &sector guides"), name="sector_guides",
                             tip=tr("Faint guides for where people, places and activities "
                                    "usually go"))
        guides.setCheckable(True)
        guides.setChecked(self.settings.flag("sector_guides", True))
        return WindowActions(
            new_client=make_action(self, tr("&New client…"), self.caseload.new_client, Key.New,
                                   "new_client"),
            lock=make_action(self, tr("&Lock now"), lambda: self.auto_lock.lock_now(),
                             "Ctrl+L", "lock",
                             tr("Hide all client data until the passphrase is typed again")),
            quit=make_action(self, tr("&Quit"), self.close, Key.Quit, "quit"),
            undo=undo, redo=redo,
            delete=make_action(self, tr("&Delete"), c.delete_selected, Key.Delete, "delete"),
            find=make_action(self, tr("&Find client"), self.find_client, Key.Find, "find"),
            zoom_in=make_action(self, tr("Zoom &in"), c.zoom_in, Key.ZoomIn, "zoom_in"),
            zoom_out=make_action(self, tr("Zoom &out"), c.zoom_out, Key.ZoomOut, "zoom_out"),
            fit=make_action(self, tr("&Fit map"), c.fit, "Ctrl+0", "fit"),
            auto_arrange=make_action(self, tr("&Auto-arrange"), c.auto_arrange, "Ctrl+Shift+A",
                                     "auto_arrange", tr("Spread nodes so none overlap")),
            start_review=make_action(self, tr("Start &review…"), self.start_review, None,
                                     "start_review", tr("Copy this map into a new dated version")),
            sector_guides=guides,
            plan_preview=make_action(self, tr("Plan pre&view…"),
                                     lambda: self.plan_command("preview"), "Ctrl+Shift+P",
                                     "plan_preview",
                                     tr("The one-page plan to print for the client")),
            print_plan=make_action(self, tr("&Print plan…"), lambda: self.plan_command("print"),
                                   Key.Print, "print_plan"),
            save_plan=make_action(self, tr("Save plan as P&DF…"), lambda: self.plan_command("save"),
                                  None, "save_plan"),
            compare_versions=compare_action(self),
        )

    def _connect(self) -> None:
        self.caseload.open_requested.connect(self.open_client)
        self.caseload.archived.connect(self._client_archived)
        self.caseload.deleting.connect(self._client_archived)  # let go before it is erased
        self.caseload.follow(self.doc, lambda: self.client is not None)
        self.palette.add_requested.connect(self.add_preset)
        self.canvas.selection_changed_ids.connect(self._canvas_selected)
        self.node_list.selection_changed_ids.connect(self._list_selected)
        self.version_picker.version_chosen.connect(self.open_version)
        self.banner.go_current.connect(self._open_current_version)
        self.doc.map_changed.connect(self._map_changed)
        self.doc.read_only_changed.connect(self._update_enabled)
        self.autosaver.pending_changed.connect(self._pending_changed)
        self.autosaver.saved.connect(lambda: self.status.set_saved(tr("Saved")))
        self.autosaver.failed.connect(self._save_failed)
        self.commands.sector_guides.toggled.connect(self._show_sector_guides)
        self._show_sector_guides(self.commands.sector_guides.isChecked())

    # clients and versions ------------------------------------------------------

    def open_client(self, client_id: uuid.UUID) -> None:
        """Show a client's current map, ready to edit."""
        if not self._flush():
            return
        try:
            client, network = self.store.get_client(client_id), self.store.current_map(client_id)
        except StoreError as e:
            self._problem(tr("This client cannot be opened"), str(e))
            return
        self.client = client
        self.canvas.map_scene.set_client_name(client.display_name)
        self._show_map(network, read_only=False)

    def open_version(self, map_id: uuid.UUID, is_current: bool) -> None:
        """Show one version of the open client's map; earlier versions are read-only."""
        if self.client is None or not self._flush():
            return
        try:
            network = self.store.get_map(map_id)
        except StoreError as e:
            self._problem(tr("This version cannot be opened"), str(e))
            return
        self._show_map(network, read_only=not is_current)

    def _open_current_version(self) -> None:
        if self.client is not None:
            self.open_client(self.client.id)

    def start_review(self) -> None:
        """Copy the current map into a new dated version and open it."""
        if self.client is None or not self._flush():
            return
        base = self.store.current_map(self.client.id)
        dialog = StartReviewDialog(base.date, self)
        if dialog.exec() != StartReviewDialog.DialogCode.Accepted:
            return
        try:
            review = ops.start_review(base, dialog.label, dialog.on)
            self.store.add_version(review, make_current=True)
        except (ModelError, StoreError) as e:
            self._problem(tr("The review could not be started"), str(e))
            return
        self._show_map(review, read_only=False)

    def plan_command(self, command: str) -> None:
        """Preview, print or save the plan of the map on screen (pending edits saved first)."""
        if self.client is None or not self._flush():
            return
        from .plan_preview import run_plan_command  # Qt's PDF and print modules load late

        run_plan_command(self, command)  # type: ignore[arg-type]

    def close_client(self) -> None:
        """Show no client (after archiving the open one, or when locking)."""
        self._flush()
        self.client = None
        self.canvas.map_scene.set_client_name("")
        self.autosaver.pause()
        self.doc.replace(_no_map(), read_only=True)
        self.autosaver.resume()
        self.central.setCurrentIndex(0)
        self.docks[0].raise_()
        self.properties.set_map_open(False)
        self.version_picker.show_versions([], None)
        self.banner.show_for(None, False)
        self.status.show(None, None)
        self._update_enabled()

    def _show_map(self, network: NetworkMap, read_only: bool) -> None:
        self.autosaver.pause()
        self.doc.replace(network, read_only=read_only)
        self.autosaver.resume()
        self.central.setCurrentIndex(1)
        self.docks[1].raise_()  # the palette, in front of the caseload
        self.canvas.map_scene.select_ids([])
        self.properties.set_selected_ids([])
        self.properties.set_map_open(True)
        self.version_picker.show_versions(self.store.list_versions(network.client_id), network.id)
        self.banner.show_for(network, read_only)
        self.status.set_saved(tr("Read-only") if read_only else tr("Saved"))
        self.canvas.fit()
        self._update_enabled()

    def _client_archived(self, client_id: uuid.UUID) -> None:
        if self.client is not None and self.client.id == client_id:
            self.close_client()

    # editing -------------------------------------------------------------------

    def add_preset(self, preset: Preset) -> None:
        """Add a palette entry at a free spot, select it and start naming it."""
        if self.client is None or self.doc.read_only:
            return
        ring, angle = free_place(self.doc.network, preset.kind)
        node = edits.new_node(preset, ring, angle)
        merge_key = f"new:{node.id}"  # adding and naming it are one undo step
        if edits.add_node(self.doc, node, merge_key):
            self.canvas.setFocus(Qt.FocusReason.OtherFocusReason)
            self.canvas.focus_node(node.id)
            self.canvas.map_scene.edit_label(node.id, merge_key)

    def find_client(self) -> None:
        self.docks[0].show()
        self.docks[0].raise_()
        self.caseload.focus_search()

    def _canvas_selected(self, ids: list[str]) -> None:
        self.node_list.select_ids(ids)
        self.properties.set_selected_ids(ids)

    def _list_selected(self, ids: list[str]) -> None:
        self.canvas.map_scene.select_ids(ids)  # the list keeps the keyboard focus
        self.properties.set_selected_ids(ids)

    def _map_changed(self, _old: NetworkMap, new: NetworkMap) -> None:
        if self.client is not None:
            self.status.show(self.client, new)

    def _show_sector_guides(self, visible: bool) -> None:
        self.canvas.map_scene.set_sector_guides(visible)
        self.settings.set_flag("sector_guides", visible)

    def _update_enabled(self, *_: object) -> None:
        has_map = self.client is not None
        for action in self.commands.map_actions():
            action.setEnabled(has_map)
        editable = has_map and not self.doc.read_only
        self.commands.delete.setEnabled(editable)
        self.commands.auto_arrange.setEnabled(editable)
        self.palette.setEnabled(editable)

    # saving, locking, closing ----------------------------------------------------

    def _pending_changed(self, pending: bool) -> None:
        if pending:
            self.status.set_saved(tr("Saving\u2026"))

    def _save_failed(self, message: str) -> None:
        self.status.set_saved(tr("Not saved"), problem=True)
        self.statusBar().showMessage(message, 10000)

    def _flush(self) -> bool:
        """Save what is pending; False (after saying so) if it cannot be saved."""
        if self.autosaver.flush():
            return True
        answer = QMessageBox.warning(
            self, tr("Not saved"),
            tr("The last change could not be saved. Carry on anyway and lose it?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    def _problem(self, title: str, message: str) -> None:
        QMessageBox.warning(self, title, message)

    def lock(self) -> None:
        """Save, hide every client, and ask for the passphrase again (the app does the asking)."""
        if not self._flush():
            return
        self.locked = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.locked and not self._flush():
            event.ignore()
            return
        self.settings.save_layout(self.saveGeometry(), self.saveState())
        event.accept()
        self.closed.emit(self.locked)

    def _restore_layout(self) -> None:
        self.resize(1280, 800)
        # the caseload's columns (client, updated, review, goals, overdue) need ~340 px
        self.resizeDocks([self.docks[0], self.docks[2]], [340, 330], Qt.Orientation.Horizontal)
        geometry, state = self.settings.geometry(), self.settings.dock_state()
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)
        self.docks[0].raise_()  # no client is open yet: the caseload is in front


class _StoreSlot:
    """The window's store, once it has one; the autosaver writes through it."""

    def __init__(self) -> None:
        self.store: Store | None = None

    def open_store(self) -> Store:
        if self.store is None:
            raise StoreError("The store is not unlocked.")
        return self.store

    def save_map(self, network: NetworkMap) -> None:
        self.open_store().save_map(network)


def _scrolling(panel: QWidget) -> QScrollArea:
    """A tall panel that scrolls instead of forcing the window to its height."""
    area = QScrollArea()
    area.setObjectName(f"{panel.objectName() or 'panel'}Scroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(panel)
    return area


def _no_map() -> NetworkMap:
    """An empty, read-only stand-in while no client is open (never saved)."""
    return NetworkMap(client_id=uuid.UUID(int=0), date=date.today())


__all__ = ["MainWindow", "make_canvas"]
