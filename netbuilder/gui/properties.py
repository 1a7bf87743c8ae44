"""The properties panel: the selected node's details, or the map's own when none is selected.

Every edit is one document command, applied at once. Typing into a text field
merges into one undo step until focus leaves the field (the "edit session").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSignalBlocker
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from netbuilder.model import (
    Effect,
    Frequency,
    ModelError,
    NetworkMap,
    Node,
    NodeKind,
    PersonCategory,
    PlaceCategory,
    Profession,
    Role,
    Wants,
    ops,
)

from .document import MapDocument
from .fields import (
    combo_value,
    fill_combo,
    set_editable,
    set_message,
    show_combo_value,
    show_text,
    vocabulary,
)
from .forms import child, load_form
from .map_fields import MapFields
from .roles import role_boxes

CATEGORIES: dict[NodeKind, tuple[str, ...]] = {
    NodeKind.PERSON: tuple(c.value for c in PersonCategory),
    NodeKind.PLACE: tuple(c.value for c in PlaceCategory),
}
PRACTITIONER = PersonCategory.PRACTITIONER.value


def tr(text: str) -> str:
    return QCoreApplication.translate("Properties", text)


class PropertiesPanel(QWidget):
    """Shows and edits what is selected on the map."""

    def __init__(self, doc: MapDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("propertiesPanel")
        self._doc = doc
        self._node_id: str | None = None
        self._session = 0
        form = load_form("properties", self)
        self.pages = child(form, QStackedWidget, "pages")
        self.message = child(form, QLabel, "messageLabel")
        self.node_fields = NodeFields(form, self._edit_node)
        self.map_fields = MapFields(form, self._edit_map)
        doc.map_changed.connect(self.refresh)
        doc.read_only_changed.connect(self._apply_read_only)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._end_session)
        self._apply_read_only(doc.read_only)
        self.refresh()

    @property
    def node_id(self) -> str | None:
        return self._node_id

    def set_selected_ids(self, ids: list[str]) -> None:
        """One node selected shows it; none (or several) shows the map's fields."""
        self._end_session()
        self._node_id = ids[0] if len(ids) == 1 else None
        self.map_fields.set_hint(len(ids))
        set_message(self.message, "")
        self.refresh()

    def set_map_open(self, is_open: bool) -> None:
        """With no client open there is nothing to show (the stand-in map is never shown)."""
        self.pages.setVisible(is_open)
        set_message(self.message, "" if is_open else tr("No client open."), "info")

    def refresh(self, *_: object) -> None:
        network = self._doc.network
        node = _find(network, self._node_id)
        if node is None:
            self._node_id = None
            self.map_fields.show(network)
            self.pages.setCurrentIndex(0)
        else:
            self.node_fields.show(node, network)
            self.pages.setCurrentIndex(1)

    def _end_session(self, *_: object) -> None:
        self._session += 1

    def _apply_read_only(self, read_only: bool) -> None:
        set_editable(self.node_fields.editors() + self.map_fields.editors(), not read_only)

    def _edit_node(self, what: str, edit: Callable[[NetworkMap, Node], NetworkMap],
                   merge: bool = False) -> None:
        node_id = self._node_id
        if node_id is None:
            return
        self._apply(_change(what), lambda m: edit(m, m.node(node_id)),
                    f"{what}:{node_id}:{self._session}" if merge else None)

    def _edit_map(self, what: str, edit: Callable[[NetworkMap], NetworkMap],
                  merge: bool = False) -> None:
        self._apply(_change(what), edit, f"map {what}:{self._session}" if merge else None)

    def _apply(self, text: str, edit: Callable[[NetworkMap], NetworkMap],
               merge_key: str | None) -> None:
        try:
            self._doc.apply(text, edit, merge_key=merge_key)
        except ModelError as e:
            set_message(self.message, tr("Not changed: {reason}").format(reason=e))
            self.refresh()  # the fields show the map as it still is
            return
        set_message(self.message, "")


def _find(network: NetworkMap, node_id: str | None) -> Node | None:
    return next((n for n in network.nodes if n.id == node_id), None) if node_id else None


NodeEdit = Callable[[str, Callable[[NetworkMap, Node], NetworkMap], bool], None]


def _update(**changes: Any) -> Callable[[NetworkMap, Node], NetworkMap]:
    return lambda m, node: ops.update_node(m, node.id, **changes)


class NodeFields:
    """The node page's widgets, filled from a node and turned into edits."""

    def __init__(self, form: QWidget, edit: NodeEdit) -> None:
        self._edit = edit
        self.kind = child(form, QLabel, "kindValue")
        self.label = child(form, QLineEdit, "labelEdit")
        self.category = child(form, QComboBox, "categoryCombo")
        self.category_text = child(form, QLineEdit, "categoryEdit")
        self.ring = child(form, QSpinBox, "ringSpin")
        self.effect = child(form, QComboBox, "effectCombo")
        self.frequency = child(form, QComboBox, "frequencyCombo")
        self.share = child(form, QSpinBox, "shareSpin")
        self.wants = child(form, QComboBox, "wantsCombo")
        self.notes = child(form, QPlainTextEdit, "notesEdit")
        self.practitioner = child(form, QGroupBox, "practitionerBox")
        self.profession = child(form, QComboBox, "professionCombo")
        self.roles = role_boxes(child(form, QVBoxLayout, "rolesLayout"), self.practitioner)
        self._ring_labels: tuple[str, ...] = ()
        self._node: Node | None = None
        self._fill_choices()
        self._connect()

    def editors(self) -> list[QWidget]:
        return [self.label, self.category, self.category_text, self.ring, self.effect,
                self.frequency, self.share, self.wants, self.notes, self.profession,
                *self.roles.values()]

    def _fill_choices(self) -> None:
        fill_combo(self.effect, Effect)
        fill_combo(self.frequency, Frequency, optional=True)
        fill_combo(self.wants, Wants, optional=True)
        fill_combo(self.profession, Profession, optional=True)

    def _connect(self) -> None:
        e = self._edit
        self.label.textEdited.connect(self._label_edited)
        self.label.editingFinished.connect(self._label_finished)
        self.category.activated.connect(
            lambda _i: self._category_chosen(combo_value(self.category)))
        self.category_text.textEdited.connect(
            lambda t: e("category", _update(category=t.strip() or "other"), True))
        self.ring.valueChanged.connect(self._ring_changed)
        self.effect.activated.connect(lambda _i: e("effect", _update(
            effect=Effect(combo_value(self.effect) or Effect.NEUTRAL)), False))
        self.frequency.activated.connect(lambda _i: e("how often", _update(
            frequency=_optional(Frequency, combo_value(self.frequency))), False))
        self.share.valueChanged.connect(lambda v: e("share of week", _update(
            share_of_week=None if v < 0 else v), True))
        self.wants.activated.connect(lambda _i: e("wants", _update(
            wants=_optional(Wants, combo_value(self.wants))), False))
        self.notes.textChanged.connect(
            lambda: e("notes", _update(notes=self.notes.toPlainText()), True))
        self.profession.activated.connect(lambda _i: e("profession", _update(
            profession=_optional(Profession, combo_value(self.profession))), False))
        for box in self.roles.values():
            box.clicked.connect(lambda _c: e("roles", _update(roles=self._checked_roles()), False))

    def show(self, node: Node, network: NetworkMap) -> None:
        self._node, self._ring_labels = node, network.ring_labels
        kind = vocabulary(node.kind.value)
        self.kind.setText(tr("{kind} (practitioner)").format(kind=kind)
                          if node.is_practitioner else kind)
        show_text(self.label, node.label)
        self._show_category(node)
        with QSignalBlocker(self.ring):
            self.ring.setMaximum(network.rings)
            self.ring.setValue(node.ring)
            self._show_ring_name(node.ring)
        show_combo_value(self.effect, node.effect.value)
        show_combo_value(self.frequency, node.frequency.value if node.frequency else None)
        with QSignalBlocker(self.share):
            self.share.setValue(-1 if node.share_of_week is None else node.share_of_week)
        show_combo_value(self.wants, node.wants.value if node.wants else None)
        show_text(self.notes, node.notes)
        self._show_practitioner(node)

    def _show_category(self, node: Node) -> None:
        choices = CATEGORIES.get(node.kind)
        self.category.setVisible(choices is not None)
        self.category_text.setVisible(choices is None)
        if choices is None:
            show_text(self.category_text, "" if node.category == "other" else node.category)
            return
        if [self.category.itemData(i) for i in range(self.category.count())] != list(choices):
            fill_combo(self.category, choices)
        show_combo_value(self.category, node.category)

    def _show_practitioner(self, node: Node) -> None:
        self.practitioner.setVisible(node.is_practitioner)
        show_combo_value(self.profession, node.profession.value if node.profession else None)
        for role, box in self.roles.items():
            with QSignalBlocker(box):
                box.setChecked(role in node.roles)

    def _show_ring_name(self, ring: int) -> None:
        names = self._ring_labels
        self.ring.setSuffix(f" \u2013 {names[ring - 1]}" if 0 < ring <= len(names) else "")

    def _label_edited(self, text: str) -> None:
        if text.strip():
            self._edit("label", _update(label=text), True)

    def _label_finished(self) -> None:
        if not self.label.text().strip() and self._node is not None:
            show_text(self.label, self._node.label)  # a label cannot be empty: put it back

    def _category_chosen(self, category: str | None) -> None:
        category = category or "other"
        if category == PRACTITIONER:
            self._edit("category", _update(category=category), False)
            return

        def no_longer_practitioner(m: NetworkMap, node: Node) -> NetworkMap:
            if any(s.node_id == node.id for g in m.goals for s in g.supporters):
                raise ModelError(tr("{name} supports a goal as a practitioner; "
                                    "take them off the goal first.").format(name=node.label))
            return ops.update_node(m, node.id, category=category, profession=None, roles=())

        self._edit("category", no_longer_practitioner, False)

    def _ring_changed(self, ring: int) -> None:
        self._show_ring_name(ring)
        self._edit("ring", lambda m, node: ops.move_node(m, node.id, ring, node.angle), True)

    def _checked_roles(self) -> tuple[Role, ...]:
        return tuple(role for role, box in self.roles.items() if box.isChecked())


_FIELD_NAMES = (  # the fields' names in undo texts (here and in map_fields)
    QT_TRANSLATE_NOOP("Properties", "label"),
    QT_TRANSLATE_NOOP("Properties", "category"),
    QT_TRANSLATE_NOOP("Properties", "ring"),
    QT_TRANSLATE_NOOP("Properties", "effect"),
    QT_TRANSLATE_NOOP("Properties", "how often"),
    QT_TRANSLATE_NOOP("Properties", "share of week"),
    QT_TRANSLATE_NOOP("Properties", "wants"),
    QT_TRANSLATE_NOOP("Properties", "notes"),
    QT_TRANSLATE_NOOP("Properties", "profession"),
    QT_TRANSLATE_NOOP("Properties", "roles"),
    QT_TRANSLATE_NOOP("Properties", "version label"),
    QT_TRANSLATE_NOOP("Properties", "what matters to me"),
)


def _change(what: str) -> str:
    """The undo text for changing ``what`` (a field's name, also used in merge keys)."""
    ring = what.removeprefix("label of ring ")
    if ring != what:  # map_fields numbers the ring
        return tr("Change label of ring {ring}").format(ring=ring)
    return tr("Change {what}").format(what=tr(what))  # i18n: marked in _FIELD_NAMES


def _optional(kind: Callable[[str], Any], value: str | None) -> Any:
    return kind(value) if value else None
