"""The six practitioner roles as a person picks them: each with its one-line meaning in view.

``role_boxes`` lays out a check box per role with its meaning in a small grey line under
it (visible text, not only a tooltip), for the properties panel. ``fill_role_combo`` fills
a combo with the roles (data = the role's value), each meaning as the item's tooltip, for
the goal editor's supporter rows.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QVBoxLayout, QWidget

from netbuilder.model import Role

from .fields import vocabulary
from .vocab_text import role_meaning, word

MEANING_STYLE = "color: #4f5b66; font-size: 8.5pt;"
"""Grey, smaller, and still over 7:1 against white (WCAG AAA for body text)."""


def tr(text: str) -> str:
    return QCoreApplication.translate("Roles", text)


def role_name(role: Role) -> str:
    """'bridge builder' -> 'Bridge builder', translated."""
    return vocabulary(role.value)


class RoleMeaning(QLabel):
    """The grey line under a role's check box; clicking it ticks the box, as its text would."""

    def __init__(self, box: QCheckBox, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._box = box
        self.setWordWrap(True)
        self.setStyleSheet(MEANING_STYLE)
        indent = box.style().pixelMetric(box.style().PixelMetric.PM_IndicatorWidth, None, box)
        spacing = box.style().pixelMetric(
            box.style().PixelMetric.PM_CheckBoxLabelSpacing, None, box)
        self.setIndent(max(0, indent + spacing))
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._box.isEnabled():
            self._box.click()
        event.accept()


def role_boxes(layout: QVBoxLayout, parent: QWidget) -> dict[Role, QCheckBox]:
    """A check box per role, each with its meaning shown under it; returns them by role."""
    boxes: dict[Role, QCheckBox] = {}
    layout.setSpacing(2)
    for role in Role:
        box = QCheckBox(role_name(role), parent)
        box.setObjectName(f"role_{role.name.lower()}")
        box.setToolTip(role_meaning(role))
        box.setAccessibleName(tr("Role: {role}").format(role=word(role)))
        box.setAccessibleDescription(role_meaning(role))
        meaning = RoleMeaning(box, role_meaning(role), parent)
        meaning.setObjectName(f"role_{role.name.lower()}_meaning")
        meaning.setAccessibleName(tr("What a {role} does").format(role=word(role)))
        layout.addWidget(box)
        layout.addWidget(meaning)
        layout.addSpacing(3)
        boxes[role] = box
    return boxes


def meaning_label(box: QCheckBox) -> QLabel | None:
    """The meaning line shown under a role box (for tests and accessibility checks)."""
    parent = box.parentWidget()
    if parent is None:
        return None
    return parent.findChild(QLabel, f"{box.objectName()}_meaning")


def fill_role_combo(combo: QComboBox) -> None:
    """The six roles, named as a person reads them; each meaning as its tooltip."""
    combo.clear()
    for role in Role:
        combo.addItem(role_name(role), role.value)
        combo.setItemData(combo.count() - 1, role_meaning(role), Qt.ItemDataRole.ToolTipRole)
