"""Helpers shared by the editing panels: combos filled from the vocabulary, quiet refreshes."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QSignalBlocker
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

NOT_KNOWN = "not known"


def tr(text: str) -> str:
    return QCoreApplication.translate("Fields", text)


def vocabulary(value: str) -> str:
    """A vocabulary value as a person reads it, translated (the stored value is not)."""
    return QCoreApplication.translate("Vocabulary", nice(value))  # i18n: marked in vocab_text


def nice(value: str) -> str:
    """A vocabulary value as a person reads it: 'shop or café' -> 'Shop or café'."""
    return value[:1].upper() + value[1:]


def fill_combo(combo: QComboBox, values: Iterable[StrEnum | str], optional: bool = False) -> None:
    """Items for each value (data = the value's string); "not known" first when optional."""
    with QSignalBlocker(combo):
        combo.clear()
        if optional:
            combo.addItem(tr("not known"), "")
        for value in values:
            combo.addItem(vocabulary(str(value)), str(value))


def combo_value(combo: QComboBox) -> str | None:
    data = combo.currentData()
    return str(data) if data else None


def show_combo_value(combo: QComboBox, value: str | None) -> None:
    with QSignalBlocker(combo):
        index = combo.findData(value or "")
        combo.setCurrentIndex(max(index, 0))


def show_text(edit: QLineEdit | QPlainTextEdit, value: str) -> None:
    """Show ``value`` unless the field already says it (keeps the caret while typing)."""
    current = edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()
    if current.strip() == value:
        return
    with QSignalBlocker(edit):
        if isinstance(edit, QLineEdit):
            edit.setText(value)
        else:
            edit.setPlainText(value)


def set_message(label: QLabel, text: str, role: str = "error") -> None:
    """Inline feedback; the stylesheet colours it by its ``role`` property."""
    label.setProperty("role", role)
    label.style().unpolish(label)
    label.style().polish(label)
    label.setText(text)


def set_editable(widgets: Iterable[QWidget], editable: bool) -> None:
    """Text stays readable when refused (read-only), choices are disabled."""
    for widget in widgets:
        if isinstance(widget, QLineEdit | QPlainTextEdit | QAbstractSpinBox):
            widget.setReadOnly(not editable)
        elif isinstance(widget, QComboBox | QCheckBox):
            widget.setEnabled(editable)
