"""Load the Qt Designer forms in ``forms/*.ui`` at run time.

Each form's root is a plain ``QWidget`` holding layout only (no logic); the
dialog or panel that uses it embeds it and finds its widgets by objectName
with ``child``, which fails loudly when a form and its code disagree.
"""

from __future__ import annotations

from functools import cache
from typing import TypeVar

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from netbuilder.resources import form_path

W = TypeVar("W", bound=QWidget)


@cache
def _loader() -> QUiLoader:
    """One loader for every form. Our forms use only Qt's own widgets, so Designer's
    plugins (QtWebEngine's, QtQuick's...) are never needed: loading them cost start-up."""
    loader = QUiLoader()
    loader.clearPluginPaths()
    return loader


def load_form(name: str, host: QWidget, margin: int | None = None) -> QWidget:
    """Load ``forms/<name>.ui`` and lay it out as the whole content of ``host``.

    Dialogs get a roomy margin and panels a narrow one unless ``margin`` says otherwise.
    """
    file = QFile(str(form_path(f"{name}.ui")))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"forms/{name}.ui cannot be read")
    try:
        form = _loader().load(file, host)
    finally:
        file.close()
    if form is None:
        raise RuntimeError(f"forms/{name}.ui is not a valid Designer form")
    layout = QVBoxLayout(host)
    if margin is None:
        margin = 14 if isinstance(host, QDialog) else 6
    layout.setContentsMargins(margin, margin, margin, margin)
    layout.addWidget(form)
    return form


def child(form: QWidget, kind: type[W], name: str) -> W:
    """The widget called ``name`` in ``form``; raises if it is missing or of another kind."""
    found = form.findChild(kind, name)
    if found is None:
        raise LookupError(f"form {form.objectName()!r} has no {kind.__name__} named {name!r}")
    return found
