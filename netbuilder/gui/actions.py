"""The window's commands as QActions, and the menus and toolbar that show them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QDockWidget, QMainWindow, QToolBar, QWidget


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)

Key = QKeySequence.StandardKey


def make_action(parent: QWidget, text: str, slot: Callable[[], object] | None = None,
                shortcut: Key | str | None = None, name: str = "",
                tip: str = "") -> QAction:
    action = QAction(text, parent)
    action.setObjectName(name or text.lower().replace(" ", "_").strip("…"))
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    if slot is not None:
        action.triggered.connect(lambda _checked=False: slot())
    return action


@dataclass
class WindowActions:
    """Every command the window offers, named as a person would."""

    new_client: QAction
    lock: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    delete: QAction
    find: QAction
    zoom_in: QAction
    zoom_out: QAction
    fit: QAction
    auto_arrange: QAction
    start_review: QAction
    sector_guides: QAction
    plan_preview: QAction
    print_plan: QAction
    save_plan: QAction
    compare_versions: QAction  # enabled by ``compare_dialog.compare_action`` itself

    def map_actions(self) -> list[QAction]:
        """The actions that need an open client."""
        return [self.zoom_in, self.zoom_out, self.fit, self.auto_arrange, self.start_review,
                self.delete, self.plan_preview, self.print_plan, self.save_plan]


def undo_actions(window: QWidget, stack: QUndoStack) -> tuple[QAction, QAction]:
    undo = stack.createUndoAction(window, tr("&Undo"))
    undo.setObjectName("undo")
    undo.setShortcut(QKeySequence(Key.Undo))
    undo.setIconText(tr("Undo"))  # the menu says what ("Undo Add Mum"); the toolbar stays put
    redo = stack.createRedoAction(window, tr("&Redo"))
    redo.setObjectName("redo")
    redo.setShortcuts(QKeySequence.keyBindings(Key.Redo))
    redo.setIconText(tr("Redo"))
    return undo, redo


def build_menus(window: QMainWindow, a: WindowActions, docks: list[QDockWidget],
                toolbar: QToolBar) -> None:
    window.addActions([a.new_client, a.lock, a.quit, a.undo, a.redo, a.delete, a.find,
                       a.zoom_in, a.zoom_out, a.fit, a.auto_arrange, a.start_review,
                       a.plan_preview, a.print_plan, a.save_plan, a.compare_versions])
    bar = window.menuBar()
    file_menu = bar.addMenu(tr("&File"))
    file_menu.setObjectName("fileMenu")
    file_menu.addActions([a.new_client, a.start_review])
    file_menu.addSeparator()
    file_menu.addActions([a.plan_preview, a.print_plan, a.save_plan])
    file_menu.addSeparator()
    file_menu.addActions([a.lock, a.quit])
    edit = bar.addMenu(tr("&Edit"))
    edit.setObjectName("editMenu")
    edit.addActions([a.undo, a.redo])
    edit.addSeparator()
    edit.addActions([a.delete, a.find])
    view = bar.addMenu(tr("&View"))
    view.setObjectName("viewMenu")
    view.addActions([a.zoom_in, a.zoom_out, a.fit])
    view.addSeparator()
    view.addAction(a.sector_guides)
    view.addSeparator()
    for dock in docks:
        view.addAction(dock.toggleViewAction())
    view.addAction(toolbar.toggleViewAction())
    map_menu = bar.addMenu(tr("&Map"))
    map_menu.setObjectName("mapMenu")
    map_menu.addActions([a.auto_arrange, a.start_review, a.compare_versions])


def build_toolbar(window: QMainWindow, a: WindowActions, extra: list[QWidget]) -> QToolBar:
    toolbar = QToolBar(tr("Toolbar"), window)
    toolbar.setObjectName("mainToolbar")
    toolbar.setAccessibleName(tr("Main toolbar"))
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    toolbar.addActions([a.new_client, a.undo, a.redo])
    toolbar.addSeparator()
    toolbar.addActions([a.zoom_in, a.zoom_out, a.fit, a.auto_arrange])
    toolbar.addSeparator()
    toolbar.addAction(a.start_review)
    toolbar.addAction(a.compare_versions)
    a.plan_preview.setIconText(tr("Plan"))
    toolbar.addAction(a.plan_preview)
    for widget in extra:
        toolbar.addWidget(widget)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
    return toolbar
