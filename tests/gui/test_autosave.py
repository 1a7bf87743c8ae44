"""Autosave: changes reach the store within 2 s, failures are said plainly and retried."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from netbuilder.gui import autosave
from netbuilder.gui.autosave import Autosaver
from netbuilder.gui.document import MapDocument
from netbuilder.model import NetworkMap, ops
from netbuilder.model.demo import build_demo
from netbuilder.store.db import Store
from netbuilder.store.errors import StoreError

from .shell import (
    OFFSCREEN_SIZE_HINTS,
    add_client,
    click_message_button,
    open_window,
    quick_store,
    reopen,
    when_modal,
)

pytestmark = OFFSCREEN_SIZE_HINTS


class FakeStore:
    def __init__(self) -> None:
        self.saved: list[NetworkMap] = []
        self.fail_with: Exception | None = None

    def save_map(self, network: NetworkMap) -> None:
        if self.fail_with is not None:
            raise self.fail_with
        self.saved.append(network)


@pytest.fixture
def doc() -> MapDocument:
    return MapDocument(build_demo().current_map)


def _rename(doc: MapDocument, label: str, key: str | None = "typing") -> None:
    doc.apply("rename", lambda m: ops.update_node(m, "mum", label=label), merge_key=key)


def test_a_burst_of_typing_is_one_save_well_within_two_seconds(qtbot: QtBot,
                                                               doc: MapDocument) -> None:
    store = FakeStore()
    saver = Autosaver(doc, store)
    for text in ("M", "Mo", "Mot", "Moth", "Mother"):
        _rename(doc, text)
    assert saver.pending and store.saved == []
    with qtbot.waitSignal(saver.saved, timeout=2000):
        pass
    assert [m.node("mum").label for m in store.saved] == ["Mother"]
    assert not saver.pending


def test_flush_saves_at_once(doc: MapDocument) -> None:
    store = FakeStore()
    saver = Autosaver(doc, store)
    _rename(doc, "Mother")
    assert saver.flush()
    assert store.saved[-1].node("mum").label == "Mother"


def test_read_only_versions_and_loading_are_never_saved(doc: MapDocument) -> None:
    store = FakeStore()
    saver = Autosaver(doc, store)
    saver.pause()
    doc.replace(build_demo().current_map)
    saver.resume()
    doc.set_read_only(True)
    _rename(doc, "Mother")
    assert not saver.pending and saver.flush() and store.saved == []


def test_a_failure_is_said_without_client_text_and_retried(qtbot: QtBot, doc: MapDocument,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(autosave, "RETRY_MS", 50)
    store = FakeStore()
    saver = Autosaver(doc, store)
    store.fail_with = ValueError("Mother said something private")
    _rename(doc, "Mother")
    with qtbot.waitSignal(saver.failed, timeout=2000) as failure:
        pass
    message = failure.args[0]
    assert message.startswith("Not saved") and "Mother" not in message and "private" not in message
    assert saver.pending

    store.fail_with = None
    with qtbot.waitSignal(saver.saved, timeout=2000):
        pass
    assert store.saved[-1].node("mum").label == "Mother" and not saver.pending


def test_store_errors_are_shown_as_they_are_written(qtbot: QtBot, doc: MapDocument) -> None:
    store = FakeStore()
    saver = Autosaver(doc, store)
    store.fail_with = StoreError("The disk is full.")
    _rename(doc, "Mother")
    with qtbot.waitSignal(saver.failed, timeout=2000) as failure:
        saver.flush()
    assert failure.args == ["Not saved: The disk is full."]


def test_the_window_says_when_saving_fails_and_asks_before_closing(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store: Store = quick_store(tmp_path / "data")
    demo = add_client(store, "", record=build_demo())
    window = open_window(qtbot, store)
    window.open_client(demo.id)
    monkeypatch.setattr(store, "save_map", _refuse)
    window.properties.set_selected_ids(["mum"])
    qtbot.keyClicks(window.properties.node_fields.label, "!")
    qtbot.waitUntil(lambda: window.status.saved.text() == "Not saved", timeout=2000)
    assert "Not saved" in window.statusBar().currentMessage()

    when_modal(QMessageBox, click_message_button(qtbot, QMessageBox.StandardButton.Cancel))
    assert not window.close()  # the change would be lost: the person decides
    monkeypatch.undo()
    assert window.close()
    assert reopen(store).current_map(demo.id).node("mum").label == "Mum!"
    store.close()


def _refuse(_network: NetworkMap) -> None:
    raise StoreError("The disk is full.")
