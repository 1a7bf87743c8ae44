"""The properties panel's map page: version label, ring labels, "what matters to me"."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from netbuilder.model import NetworkMap, ops, utc_now

from .fields import show_text
from .forms import child
from .versions import long_date


def tr(text: str) -> str:
    return QCoreApplication.translate("Properties", text)


MapEdit = Callable[[str, Callable[[NetworkMap], NetworkMap], bool], None]

_HINT_NONE = QT_TRANSLATE_NOOP(
    "Properties",
    "Select a person, place or activity on the map to see its details. "
    "With nothing selected, this panel shows the map itself."
)


class MapFields:
    """Widgets for the map as a whole."""

    def __init__(self, form: QWidget, edit: MapEdit) -> None:
        self._edit = edit
        self.hint = child(form, QLabel, "mapHintLabel")
        self.version_label = child(form, QLineEdit, "versionLabelEdit")
        self.version_date = child(form, QLabel, "versionDateValue")
        self.ring_box = child(form, QGroupBox, "ringLabelsBox")
        self.ring_layout = child(form, QFormLayout, "ringLabelsLayout")
        self.what_matters = child(form, QPlainTextEdit, "whatMattersEdit")
        self.ring_labels: list[QLineEdit] = []
        self._network: NetworkMap | None = None
        self._read_only = False
        self.version_label.textEdited.connect(self._version_label_edited)
        self.version_label.editingFinished.connect(self._put_back_empty_text)
        self.what_matters.textChanged.connect(self._what_matters_edited)

    def editors(self) -> list[QWidget]:
        return [self.version_label, *self.ring_labels, self.what_matters]

    def set_hint(self, selected: int) -> None:
        self.hint.setText(tr(_HINT_NONE) if selected <= 1 else
                          tr("{count} selected. Select one to see and change its details.")
                          .format(count=selected))

    def show(self, network: NetworkMap) -> None:
        self._network = network
        show_text(self.version_label, network.label)
        self.version_date.setText(long_date(network.date))
        self._show_ring_labels(network.ring_labels)
        show_text(self.what_matters, network.what_matters)

    def _show_ring_labels(self, labels: tuple[str, ...]) -> None:
        if len(self.ring_labels) != len(labels):
            self._rebuild_ring_edits(len(labels))
        for edit, text in zip(self.ring_labels, labels, strict=True):
            show_text(edit, text)

    def _rebuild_ring_edits(self, count: int) -> None:
        while self.ring_layout.rowCount():
            self.ring_layout.removeRow(0)
        self.ring_labels = []
        for ring in range(1, count + 1):
            edit = QLineEdit(self.ring_box)
            edit.setMaxLength(40)
            edit.setObjectName(f"ringLabelEdit{ring}")
            edit.setAccessibleName(tr("Label of ring {ring}").format(ring=ring))
            edit.setReadOnly(self.version_label.isReadOnly())
            edit.textEdited.connect(lambda text, i=ring - 1: self._ring_label_edited(i, text))
            edit.editingFinished.connect(self._put_back_empty_text)
            self.ring_layout.addRow(tr("Ring {ring}:").format(ring=ring), edit)
            self.ring_labels.append(edit)

    def _version_label_edited(self, text: str) -> None:
        if text.strip():
            self._edit("version label",
                       lambda m: ops.rebuild(m, label=text, updated_at=utc_now()), True)

    def _what_matters_edited(self) -> None:
        text = self.what_matters.toPlainText()
        self._edit("what matters to me", lambda m: ops.set_what_matters(m, text), True)

    def _ring_label_edited(self, index: int, text: str) -> None:
        if not text.strip():
            return

        def relabel(m: NetworkMap) -> NetworkMap:
            labels = list(m.ring_labels)
            labels[index] = text
            return ops.set_ring_labels(m, tuple(labels))

        self._edit(f"label of ring {index + 1}", relabel, True)

    def _put_back_empty_text(self) -> None:
        """Labels cannot be empty: a field left empty shows the map's text again."""
        if self._network is not None:
            self.show(self._network)
