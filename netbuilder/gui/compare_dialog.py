"""Compare two versions of a client's map: side by side, or the changes drawn on one map.

"Compare versions…" (Map menu and toolbar, once a client has two versions) opens
``CompareDialog``: pick a "from" and a "to" version (by default the previous version
and the current one); see both maps side by side, or the later map with its changes
drawn on it (arrows for moves between rings, "new" on added connections, faint ghosts
of removed ones, "was …" on changed effects); read the changes in plain words and the
totals before and after. Picking a change highlights its node on the map(s).

Both maps sit in read-only documents: nothing in the comparison can change a version.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QRectF, QSignalBlocker, QSize, Qt
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from netbuilder.analysis.comparison import MapComparison, compare
from netbuilder.model import NetworkMap
from netbuilder.store.errors import StoreError
from netbuilder.store.views import VersionInfo

from .canvas.geometry import outer_radius
from .canvas.overlay import ChangeOverlay, Spotlights
from .canvas.view import MapView
from .compare_changes import ChangeLine, change_lines, total_rows
from .document import MapDocument
from .forms import child, load_form
from .settings import UiSettings

if TYPE_CHECKING:
    from .window import MainWindow

translate = QCoreApplication.translate

VERSION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
LINE_ROLE = Qt.ItemDataRole.UserRole + 2
OVERLAY_SETTING = "compare_overlay"

Loader = Callable[[uuid.UUID], NetworkMap]


def long_date(day: date) -> str:
    """'5 March 2025' in the user's language."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def version_name(label: str, day: date) -> str:
    return translate("Compare", "{label} \u2013 {date}").format(label=label, date=long_date(day))


def default_pair(versions: Sequence[VersionInfo], load: Loader) -> tuple[uuid.UUID, uuid.UUID]:
    """(from, to): the current version, and the version it was based on (else the one
    listed before it; when it is the first, the one after it)."""
    ids = [v.id for v in versions]
    to = next((v.id for v in versions if v.is_current), ids[-1])
    try:
        based_on = load(to).based_on
    except StoreError:
        based_on = None
    if based_on is not None and based_on in ids and based_on != to:
        return based_on, to
    i = ids.index(to)
    return (ids[i - 1] if i > 0 else ids[min(1, len(ids) - 1)]), to


class CompareView(MapView):
    """A map in the comparison: fitted to its rings (no legend, no sector guides), so
    two maps side by side are as large as they can be."""

    def fit(self) -> None:
        super().fit()
        r = outer_radius(self.doc.network.rings) + 14.0
        self.fitInView(QRectF(-r, -r, 2 * r, 2 * r), Qt.AspectRatioMode.KeepAspectRatio)
        self.zoom_changed.emit(self.zoom_factor())


class CompareDialog(QDialog):
    """Two versions of one client's map, compared; nothing here changes either version."""

    def __init__(
        self,
        client_name: str,
        versions: Sequence[VersionInfo],
        load: Loader,
        pair: tuple[uuid.UUID, uuid.UUID] | None = None,
        settings: UiSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if len(versions) < 1:
            raise ValueError("a comparison needs at least one version")
        self.setObjectName("compareDialog")
        self.setWindowTitle(translate("Compare", "Compare versions"))
        self._load, self._settings = load, settings
        self._maps: dict[uuid.UUID, NetworkMap] = {}
        self.lines: list[ChangeLine] = []
        self.comparison: MapComparison | None = None
        self._syncing = False
        form = load_form("compare", self)
        self._find_widgets(form)
        self._build_views(client_name)
        self._fill_combos(versions, pair or default_pair(versions, self._map))
        self._connect()
        overlaid = settings.flag(OVERLAY_SETTING, True) if settings is not None else True
        (self.overlay_radio if overlaid else self.side_by_side_radio).setChecked(True)
        self._show_mode(overlaid)
        self.refresh()
        self._size_to_screen()

    # building -------------------------------------------------------------------------

    def _find_widgets(self, form: QWidget) -> None:
        self.from_combo = child(form, QComboBox, "fromCombo")
        self.to_combo = child(form, QComboBox, "toCombo")
        self.swap_button = child(form, QPushButton, "swapButton")
        self.overlay_radio = child(form, QRadioButton, "overlayRadio")
        self.side_by_side_radio = child(form, QRadioButton, "sideBySideRadio")
        self.before_pane = child(form, QWidget, "beforePane")
        self.after_pane = child(form, QWidget, "afterPane")
        self.before_caption = child(form, QLabel, "beforeCaption")
        self.after_caption = child(form, QLabel, "afterCaption")
        self.overlay_key = child(form, QLabel, "overlayKey")
        self.changes = child(form, QListWidget, "changesList")
        self.note = child(form, QLabel, "noteLabel")
        self.totals = child(form, QTableWidget, "totalsTable")
        self.splitter = child(form, QSplitter, "bodySplitter")
        self.changes_panel = child(form, QWidget, "changesPanel")
        self.list_box = child(form, QWidget, "listBox")
        self.totals_box = child(form, QWidget, "totalsBox")
        self.buttons = child(form, QDialogButtonBox, "buttonBox")

    def _build_views(self, client_name: str) -> None:
        self.before_doc = MapDocument(_no_map(), read_only=True, parent=self)
        self.after_doc = MapDocument(_no_map(), read_only=True, parent=self)
        self.before_view = CompareView(self.before_doc, self.before_pane)
        self.after_view = CompareView(self.after_doc, self.after_pane)
        self.before_view.setObjectName("compareBeforeView")
        self.after_view.setObjectName("compareAfterView")
        for view, pane, name in (
            (self.before_view, self.before_pane, translate("Compare", "Earlier map (read-only)")),
            (self.after_view, self.after_pane, translate("Compare", "Later map (read-only)")),
        ):
            view.setAccessibleName(name)
            view.setMinimumSize(QSize(320, 300))
            view.map_scene.set_client_name(client_name)
            view.map_scene.set_legend_visible(False)
            view.map_scene.set_sector_guides(False)
            layout = pane.layout()
            assert isinstance(layout, QBoxLayout)
            layout.addWidget(view, 1)
        self.overlay = ChangeOverlay(self.after_view.map_scene)
        self.spotlights = {view: Spotlights(view.map_scene)
                           for view in (self.before_view, self.after_view)}
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.changes.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(
            translate("Compare", "Close"))

    def _fill_combos(self, versions: Sequence[VersionInfo],
                     pair: tuple[uuid.UUID, uuid.UUID]) -> None:
        for combo in (self.from_combo, self.to_combo):
            with QSignalBlocker(combo):
                combo.clear()
                for v in versions:
                    text = version_name(v.label, v.date)
                    if v.is_current:
                        text = translate("Compare", "{version} (current)").format(version=text)
                    combo.addItem(text)
                    combo.setItemData(combo.count() - 1, str(v.id), VERSION_ID_ROLE)
        self._choose(self.from_combo, pair[0])
        self._choose(self.to_combo, pair[1])

    def _connect(self) -> None:
        self.from_combo.currentIndexChanged.connect(self.refresh)
        self.to_combo.currentIndexChanged.connect(self.refresh)
        self.swap_button.clicked.connect(self.swap)
        self.overlay_radio.toggled.connect(self._mode_toggled)
        self.changes.currentRowChanged.connect(self._line_picked)
        self.before_view.selection_changed_ids.connect(self._nodes_picked)
        self.after_view.selection_changed_ids.connect(self._nodes_picked)
        self.buttons.rejected.connect(self.reject)

    def _size_to_screen(self) -> None:
        size = QSize(1320, 860)
        screen = (self.parentWidget() or self).screen()
        if screen is not None:
            size = size.boundedTo(screen.availableGeometry().size() * 0.92)
        self.resize(size)
        self._lay_out_panels(self.overlaid)

    # choosing -------------------------------------------------------------------------

    @staticmethod
    def _choose(combo: QComboBox, version_id: uuid.UUID) -> None:
        with QSignalBlocker(combo):
            combo.setCurrentIndex(max(combo.findData(str(version_id), VERSION_ID_ROLE), 0))

    @staticmethod
    def _chosen(combo: QComboBox) -> uuid.UUID:
        return uuid.UUID(str(combo.currentData(VERSION_ID_ROLE)))

    def choose(self, from_id: uuid.UUID, to_id: uuid.UUID) -> None:
        """Compare these two versions (as picking them in the two lists does)."""
        self._choose(self.from_combo, from_id)
        self._choose(self.to_combo, to_id)
        self.refresh()

    def swap(self) -> None:
        self.choose(self._chosen(self.to_combo), self._chosen(self.from_combo))

    @property
    def overlaid(self) -> bool:
        return self.overlay_radio.isChecked()

    def set_overlaid(self, overlaid: bool) -> None:
        (self.overlay_radio if overlaid else self.side_by_side_radio).setChecked(True)

    def _mode_toggled(self, overlaid: bool) -> None:
        self._show_mode(overlaid)
        if self._settings is not None:
            self._settings.set_flag(OVERLAY_SETTING, overlaid)

    def _show_mode(self, overlaid: bool) -> None:
        self._lay_out_panels(overlaid)
        self.before_pane.setVisible(not overlaid)
        self.overlay.set_visible(overlaid)
        self.overlay_key.setVisible(overlaid)
        self._caption()
        self._line_picked(self.changes.currentRow())

    def _lay_out_panels(self, overlaid: bool) -> None:
        """One map: the changes beside it. Two maps: the changes under them, so each map
        gets half the dialog's width."""
        layout = self.changes_panel.layout()
        assert isinstance(layout, QBoxLayout)
        if overlaid:
            self.splitter.setOrientation(Qt.Orientation.Horizontal)
            layout.setDirection(QBoxLayout.Direction.TopToBottom)
            layout.setStretch(0, 1)
            layout.setStretch(1, 0)
            width = max(self.splitter.width(), self.width() - 30)
            self.splitter.setSizes([width - 370, 360])
        else:
            self.splitter.setOrientation(Qt.Orientation.Vertical)
            layout.setDirection(QBoxLayout.Direction.LeftToRight)
            layout.setStretch(0, 3)
            layout.setStretch(1, 2)
            height = max(self.splitter.height(), self.height() - 120)
            panel = min(230, max(170, height // 4))
            self.splitter.setSizes([height - panel, panel])

    # showing --------------------------------------------------------------------------

    def _map(self, map_id: uuid.UUID) -> NetworkMap:
        if map_id not in self._maps:
            self._maps[map_id] = self._load(map_id)
        return self._maps[map_id]

    def refresh(self) -> None:
        """Compare the two versions picked now: maps, marks, the list and the totals."""
        try:
            before = self._map(self._chosen(self.from_combo))
            after = self._map(self._chosen(self.to_combo))
        except StoreError:
            self._show_nothing()
            self.note.setText(translate(
                "Compare", "This version cannot be opened. Pick another one."))
            return
        self.before_doc.replace(before, read_only=True)
        self.after_doc.replace(after, read_only=True)
        same = before.id == after.id
        self.comparison = compare(before, after)
        self.lines = [] if same else change_lines(self.comparison, before, after)
        if same:
            self.overlay.clear()
        else:
            self.overlay.show(before, after, self.comparison)
        self._fill_changes()
        self._fill_totals(before, after, self.comparison)
        self.note.setText(self._note(before, after))
        self._caption()
        for view in (self.before_view, self.after_view):
            view.fit()

    def _show_nothing(self) -> None:
        """No maps, no changes (when a version cannot be read): nothing half-shown."""
        self.comparison, self.lines = None, []
        self.overlay.clear()
        for doc in (self.before_doc, self.after_doc):
            doc.replace(_no_map(), read_only=True)
        self._fill_changes()
        self.totals.clear()
        self.totals.setRowCount(0)
        for caption in (self.before_caption, self.after_caption):
            caption.clear()

    def _fill_changes(self) -> None:
        with QSignalBlocker(self.changes):
            self.changes.clear()
            for i, line in enumerate(self.lines):
                item = QListWidgetItem(line.text)
                item.setData(LINE_ROLE, i)
                item.setToolTip(line.text)
                self.changes.addItem(item)
            self.changes.setCurrentRow(-1)
        self._line_picked(-1)

    def _fill_totals(self, before: NetworkMap, after: NetworkMap, cmp: MapComparison) -> None:
        rows = total_rows(cmp)
        table = self.totals
        table.clear()
        table.setColumnCount(4)
        table.setRowCount(len(rows))
        table.setHorizontalHeaderLabels(
            ["", before.label, after.label, translate("Compare", "Change")])
        bold = QFont(table.font())
        bold.setBold(True)
        for r, row in enumerate(rows):
            for c, text in enumerate((row.name, row.before, row.after, row.change)):
                cell = QTableWidgetItem(text)
                if c:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if row.changed:
                    cell.setFont(bold)
                table.setItem(r, c, cell)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in (1, 2, 3):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        table.resizeRowsToContents()
        height = header.height() + sum(table.rowHeight(r) for r in range(len(rows)))
        table.setFixedHeight(height + 2 * table.frameWidth() + 2)

    def _note(self, before: NetworkMap, after: NetworkMap) -> str:
        if before.id == after.id:
            return translate("Compare", "Pick two different versions to see what changed.")
        notes = []
        if not self.lines:
            notes.append(translate(
                "Compare", "Nothing on the map, in the goals or in the referrals changed "
                "between these versions."))
        if self.from_combo.currentIndex() > self.to_combo.currentIndex():  # listed oldest first
            notes.append(translate(
                "Compare", "\u201cFrom\u201d is the later version: the changes read "
                "backwards in time."))
        return "\n".join(notes)

    def _caption(self) -> None:
        if self.comparison is None:
            return
        before, after = self.before_doc.network, self.after_doc.network
        self.before_caption.setText(translate("Compare", "From: {version}").format(
            version=version_name(before.label, before.date)))
        if self.overlaid and before.id != after.id:
            self.after_caption.setText(translate(
                "Compare", "{version}, with the changes since {earlier} marked").format(
                    version=version_name(after.label, after.date), earlier=before.label))
        else:
            self.after_caption.setText(translate("Compare", "To: {version}").format(
                version=version_name(after.label, after.date)))
        for caption in (self.before_caption, self.after_caption):
            caption.setToolTip(caption.text())  # in full, should the map be narrow

    # highlighting ---------------------------------------------------------------------

    def current_line(self) -> ChangeLine | None:
        row = self.changes.currentRow()
        return self.lines[row] if 0 <= row < len(self.lines) else None

    def _line_picked(self, row: int) -> None:
        line = self.lines[row] if 0 <= row < len(self.lines) else None
        ids = line.node_ids if line is not None else ()
        self._syncing = True
        try:
            for view in (self.before_view, self.after_view):
                view.map_scene.select_ids(i for i in ids if view.map_scene.node_item(i))
                nodes = [n for n in view.doc.network.nodes if n.id in ids]
                if view is self.after_view and self.overlaid:  # removed ones, as ghosts
                    shown = {n.id for n in nodes}
                    nodes += [n for n in self.before_doc.network.nodes
                              if n.id in ids and n.id not in shown]
                self.spotlights[view].show((n.ring, n.angle) for n in nodes)
            self.overlay.highlight(ids)
        finally:
            self._syncing = False

    def _nodes_picked(self, ids: list[str]) -> None:
        """A node clicked on a map picks the first change about it, if there is one."""
        if self._syncing or not ids:
            return
        row = next((i for i, line in enumerate(self.lines) if set(line.node_ids) & set(ids)), -1)
        if row >= 0:
            self.changes.setCurrentRow(row)


def _no_map() -> NetworkMap:
    """An empty stand-in until the first two versions are shown (never saved)."""
    return NetworkMap(client_id=uuid.UUID(int=0), date=date.today())


# the window's command -------------------------------------------------------------------


def compare_action(window: MainWindow) -> QAction:
    """"Compare versions…": enabled while the open client has two versions or more."""
    action = QAction(translate("Compare", "&Compare versions\u2026"), window)
    action.setObjectName("compare_versions")
    action.setIconText(translate("Compare", "Compare"))
    tip = translate("Compare", "See what changed between two versions of this map")
    action.setToolTip(tip)
    action.setStatusTip(tip)
    action.triggered.connect(lambda _checked=False: open_comparison(window))
    picker = window.version_picker

    def update(*_: object) -> None:
        action.setEnabled(window.client is not None and picker.count() >= 2)

    model = picker.model()
    model.rowsInserted.connect(update)
    model.rowsRemoved.connect(update)
    model.modelReset.connect(update)
    update()
    return action


def open_comparison(window: MainWindow) -> None:
    """Compare two versions of the client open in ``window`` (a modal dialog)."""
    client = window.client
    if client is None:
        return
    try:
        versions = window.store.list_versions(client.id)
    except StoreError as e:
        window.statusBar().showMessage(str(e), 10000)
        return
    if len(versions) < 2:
        return
    shown = window.doc.network  # as on screen, even if its last edit is not saved yet

    def load(map_id: uuid.UUID) -> NetworkMap:
        return shown if map_id == shown.id else window.store.get_map(map_id)

    dialog = CompareDialog(client.display_name, versions, load, settings=window.settings,
                           parent=window)
    dialog.exec()
    dialog.deleteLater()


__all__ = ["CompareDialog", "compare_action", "default_pair", "open_comparison"]
