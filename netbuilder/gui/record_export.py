"""Export one client's whole record for a subject access request (UK GDPR), in one action.

"Export client's record (subject access)…" in the File menu exports the open client;
the same command in the caseload's right-click menu exports the selected client, even
an archived one (a former client may ask too). Pending edits are saved first; the
user chooses a folder; ``netbuilder.report.subject_access`` writes the JSON file, the
full-record PDF and a README. The message names the files (never the client) and
reminds that they are not encrypted.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QStandardPaths, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QMessageBox, QWidget

from netbuilder.model import ModelError
from netbuilder.store.errors import StoreError
from netbuilder.store.formats.safety import FileFormatError

from .window_part import WindowPart

if TYPE_CHECKING:
    from netbuilder.report.style import Paper  # not at run time: it loads reportlab

    from .window import MainWindow

FolderChooser = Callable[[QWidget], Path | None]


def tr(text: str) -> str:
    return QCoreApplication.translate("RecordExport", text)


COMMAND = QT_TRANSLATE_NOOP("RecordExport", "Export client\u2019s &record (subject access)\u2026")
TIP = QT_TRANSLATE_NOOP("RecordExport",
                        "Everything held about this client, for a subject access request: "
                        "a JSON file with every version and a PDF to read")


def ask_folder(parent: QWidget) -> Path | None:
    """The folder to write into, or None if the user cancelled."""
    start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    chosen = QFileDialog.getExistingDirectory(
        parent, tr("Choose a folder for the client\u2019s record"), start or str(Path.home()))
    return Path(chosen) if chosen else None


class RecordExport(WindowPart):
    """The command in the File menu and the caseload's context menu, and what it does."""


    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("recordExport")
        # tests put a function here that answers at once, as plan_preview's save dialog
        self.choose_folder: FolderChooser = ask_folder
        self.action = self._make_action(window, "export_record")
        self.action.triggered.connect(self.export_open_client)
        self.caseload_action = self._make_action(window.caseload.client_list,
                                                 "export_record_caseload")
        self.caseload_action.triggered.connect(self.export_selected_client)

    @staticmethod
    def _make_action(parent: QObject, name: str) -> QAction:
        action = QAction(tr(COMMAND), parent)
        action.setObjectName(name)
        action.setToolTip(tr(TIP))
        action.setStatusTip(tr(TIP))
        return action

    def install(self) -> None:
        w = self.window
        _insert_after(_file_menu(w), w.commands.save_plan, self.action)
        w.doc.map_changed.connect(self._update_enabled)
        w.doc.read_only_changed.connect(self._update_enabled)
        view = w.caseload.client_list
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        view.addAction(self.caseload_action)
        view.selectionModel().currentChanged.connect(self._update_enabled)
        model = view.model()
        for signal in (model.modelReset, model.rowsRemoved, model.layoutChanged):
            signal.connect(self._update_enabled)
        self._update_enabled()

    def _update_enabled(self, *_: object) -> None:
        self.action.setEnabled(self.window.client is not None)
        self.caseload_action.setEnabled(self.window.caseload.selected_client_id() is not None)

    # the command ---------------------------------------------------------------------

    def export_open_client(self) -> list[Path] | None:
        client = self.window.client
        return None if client is None else self.export(client.id)

    def export_selected_client(self) -> list[Path] | None:
        client_id = self.window.caseload.selected_client_id()
        return None if client_id is None else self.export(client_id)

    def export(self, client_id: uuid.UUID) -> list[Path] | None:
        """Save pending edits, ask for a folder, write the files and say which; the paths
        written, or None if cancelled or it failed (after saying why)."""
        w = self.window
        if not w._flush():
            return None
        folder = self.choose_folder(w)
        if folder is None:
            return None
        paths = self._write(client_id, folder)
        if paths is not None:
            QMessageBox.information(w, tr("Record exported"), _written_message(paths))
        return paths

    def _write(self, client_id: uuid.UUID, folder: Path) -> list[Path] | None:
        from netbuilder.report.subject_access import export_subject_access  # reportlab: late

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return export_subject_access(self.window.store, client_id, folder,
                                         paper=self._paper())
        except OSError as e:  # first: a failed write may also be a StoreError
            problem = tr("The files could not be written to that folder ({reason}); nothing "
                         "was written. Choose another folder and try again."
                         ).format(reason=e.strerror or tr("the disk refused it"))
        except (StoreError, FileFormatError, ModelError) as e:
            problem = tr("The record could not be exported: {reason} Nothing was written."
                         ).format(reason=_sentence(str(e)))
        finally:
            QApplication.restoreOverrideCursor()
        self._failed(problem)
        return None

    def _failed(self, message: str) -> None:
        QMessageBox.warning(self.window, tr("Record not exported"), message)

    def _paper(self) -> Paper:
        """The paper size last chosen in the plan preview (A4 unless it was Letter)."""
        return "letter" if self.window.settings.text("plan_paper", "a4") == "letter" else "a4"


def _written_message(paths: list[Path]) -> str:
    names = "\n".join(f"\u2022 {p.name}" for p in paths)
    return tr("Written to the folder you chose:\n{names}\n\nThese files are NOT encrypted. "
              "Send them to the client only by a secure route, then delete them from this "
              "computer.").format(names=names)


def _sentence(text: str) -> str:
    text = " ".join(text.split())
    return text if text.endswith((".", "!", "?")) else text + "."


def _file_menu(window: MainWindow) -> QMenu | None:
    menu = window.menuBar().findChild(QMenu, "fileMenu")
    return menu if isinstance(menu, QMenu) else None


def _insert_after(menu: QMenu | None, anchor: QAction, action: QAction) -> None:
    """Put ``action`` just after ``anchor`` (the plan commands), or at the end."""
    if menu is None:
        return
    actions = menu.actions()
    at = actions.index(anchor) + 1 if anchor in actions else len(actions)
    if at < len(actions):
        menu.insertAction(actions[at], action)
    else:
        menu.addAction(action)


def install_record_export(window: MainWindow) -> RecordExport:
    """Add the subject access export to the File menu and the caseload's context menu."""
    export = RecordExport(window)
    export.install()
    return export


__all__ = ["RecordExport", "ask_folder", "install_record_export"]
