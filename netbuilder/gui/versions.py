"""Map versions in the window: the picker, and the banner over an earlier (read-only) version."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from netbuilder.model import NetworkMap
from netbuilder.store.views import VersionInfo

VERSION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
CURRENT_ROLE = Qt.ItemDataRole.UserRole + 2


def tr(text: str) -> str:
    return QCoreApplication.translate("Versions", text)


def _month(month: int) -> str:
    return (tr("January"), tr("February"), tr("March"), tr("April"), tr("May"), tr("June"),
            tr("July"), tr("August"), tr("September"), tr("October"), tr("November"),
            tr("December"))[month - 1]


def long_date(day: date) -> str:
    """'5 March 2026', in the user's language."""
    return tr("{day} {month} {year}").format(day=day.day, month=_month(day.month),
                                             year=day.year)


def version_text(label: str, day: date, current: bool) -> str:
    if current:
        return tr("{label} \u2013 {date} (current)").format(label=label, date=long_date(day))
    return tr("{label} \u2013 {date}").format(label=label, date=long_date(day))


class VersionPicker(QComboBox):
    """Lists a client's versions; ``version_chosen(map_id, is_current)`` on the person's choice."""

    version_chosen = Signal(object, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("versionPicker")
        self.setAccessibleName(tr("Map version"))
        self.setToolTip(tr("Earlier versions open read-only"))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setMinimumContentsLength(16)
        self.activated.connect(self._chosen)

    def show_versions(self, versions: list[VersionInfo], shown: uuid.UUID | None) -> None:
        with QSignalBlocker(self):
            self.clear()
            for v in versions:
                self.addItem(version_text(v.label, v.date, v.is_current))
                self.setItemData(self.count() - 1, str(v.id), VERSION_ID_ROLE)
                self.setItemData(self.count() - 1, v.is_current, CURRENT_ROLE)
            index = self.findData(str(shown), VERSION_ID_ROLE) if shown else -1
            self.setCurrentIndex(max(index, 0) if self.count() else -1)
        self.setEnabled(self.count() > 0)

    def _chosen(self, index: int) -> None:
        raw = self.itemData(index, VERSION_ID_ROLE)
        if raw:
            self.version_chosen.emit(uuid.UUID(raw), bool(self.itemData(index, CURRENT_ROLE)))


class ReadOnlyBanner(QFrame):
    """Says plainly that an earlier version is shown and cannot be changed."""

    go_current = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readOnlyBanner")
        self.setAccessibleName(tr("Read-only: earlier version"))
        self.text = QLabel(self)
        self.text.setObjectName("readOnlyText")
        self.text.setWordWrap(True)
        button = QPushButton(tr("Show current version"), self)
        button.setObjectName("goCurrentButton")
        button.setAccessibleName(tr("Show current version"))
        button.clicked.connect(self.go_current)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(button)
        self.hide()

    def show_for(self, network: NetworkMap | None, read_only: bool) -> None:
        if network is None or not read_only:
            self.hide()
            return
        self.text.setText(
            tr("Read-only: earlier version \u201c{label}\u201d of {date}. "
               "It cannot be changed; the current version can.").format(
                label=network.label, date=long_date(network.date)))
        self.show()
