"""I/O faults at each step of exporting and saving: the previous state stays intact, no
temporary or torn file is left, and the person gets one clear line (CLI) or message box
(app). The file layer is made to fail by replacing ``tempfile.mkstemp``, ``os.write``,
``os.fsync`` or ``os.replace``; a full disk under SQLite is a page limit on the store's
connection (``PRAGMA max_page_count``), since SQLite's own writes cannot be replaced."""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from netbuilder import cli
from netbuilder.gui import autosave
from netbuilder.model import ClientRecord, NetworkMap, Node, NodeKind, new_id, ops
from netbuilder.model.demo import build_demo
from netbuilder.report import write_full_record, write_plan
from netbuilder.store.db import Store
from netbuilder.store.errors import StoreError
from netbuilder.store.formats import write_csv, write_graphml, write_json
from netbuilder.store.formats.atomic import WriteFailed
from netbuilder.store.paths import DB_NAME
from tests.gui.shell import (
    OFFSCREEN_SIZE_HINTS,
    add_client,
    open_window,
    quick_store,
    reopen,
    when_modal,
)

STEPS = ["mkstemp", "write", "fsync", "replace"]
Exporter = Callable[[Path, ClientRecord], object]


def _export_json(folder: Path, record: ClientRecord) -> object:
    return write_json(folder / "x.json", record)


def _export_graphml(folder: Path, record: ClientRecord) -> object:
    return write_graphml(folder / "x.graphml", record)


def _export_csv(folder: Path, record: ClientRecord) -> object:
    return write_csv(folder / "x.csv", record)


def _export_plan(folder: Path, record: ClientRecord) -> object:
    return write_plan(folder / "plan.pdf", record.client, record.current_map)


def _export_record(folder: Path, record: ClientRecord) -> object:
    return write_full_record(folder / "record.pdf", record.client, record.current_map)


EXPORTERS: dict[str, tuple[Exporter, list[str]]] = {
    "json": (_export_json, ["x.json"]),
    "graphml": (_export_graphml, ["x.graphml"]),
    "csv": (_export_csv, ["x-links.csv", "x-nodes.csv"]),
    "plan": (_export_plan, ["plan.pdf"]),
    "record": (_export_record, ["record.pdf"]),
}


def fail_step(monkeypatch: pytest.MonkeyPatch, step: str, on_call: int = 1) -> None:
    """Make one step of the file layer report a full disk on its ``on_call``-th call."""
    owner = tempfile if step == "mkstemp" else os
    real = getattr(owner, step)
    calls = [0]

    def fake(*args: object, **kwargs: object) -> object:
        calls[0] += 1
        if calls[0] == on_call:
            raise OSError(28, "No space left on device")
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, step, fake)


def _old_files(folder: Path, names: list[str]) -> dict[str, bytes]:
    folder.mkdir(exist_ok=True)
    for name in names:
        (folder / name).write_bytes(f"the old {name}\n".encode())
    return {p.name: p.read_bytes() for p in folder.iterdir()}


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir()}


# exports ------------------------------------------------------------------------------


@pytest.mark.parametrize("step", STEPS)
@pytest.mark.parametrize("kind", list(EXPORTERS))
def test_a_failing_step_keeps_the_previous_export_and_leaves_no_temp(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, demo_record: ClientRecord,
        kind: str, step: str) -> None:
    export, names = EXPORTERS[kind]
    before = _old_files(tmp_path / "out", names)
    fail_step(monkeypatch, step)
    with pytest.raises(WriteFailed, match="No space left on device"):
        export(tmp_path / "out", demo_record)
    assert _files(tmp_path / "out") == before


@pytest.mark.parametrize("step", ["mkstemp", "fsync", "replace"])
def test_a_failure_on_the_second_csv_table_replaces_neither(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, demo_record: ClientRecord,
        step: str) -> None:
    before = _old_files(tmp_path / "out", ["x-nodes.csv", "x-links.csv"])
    fail_step(monkeypatch, step, on_call=2)
    with pytest.raises(WriteFailed):
        write_csv(tmp_path / "out" / "x.csv", demo_record)
    assert _files(tmp_path / "out") == before


def test_the_cli_says_a_failed_plan_in_one_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        demo_record: ClientRecord) -> None:
    source = write_json(tmp_path / "d.json", demo_record)
    before = _old_files(tmp_path / "out", ["plan.pdf"])
    fail_step(monkeypatch, "fsync")
    assert cli.main(["plan", str(source), "-o", str(tmp_path / "out" / "plan.pdf")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith("netbuilder: error: plan.pdf: could not be written (No space left")
    assert _files(tmp_path / "out") == before


@pytest.mark.parametrize("name", ["x.json", "x.graphml", "x.csv"])
def test_the_cli_says_a_failed_export_in_one_line_and_keeps_the_store(
        tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str], name: str) -> None:
    with quick_store(data_dir) as store:
        client = add_client(store, "Ffion Crash-Test")
    before_store = (data_dir / DB_NAME).read_bytes()
    folder = tmp_path / "out"
    folder.mkdir()
    fail_step(monkeypatch, "replace")
    assert cli.main(["export", str(client.id), "-o", str(folder / name)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "could not be written (No space left on device)" in err
    assert "Ffion" not in err and "Traceback" not in err
    assert _files(folder) == {}
    assert (data_dir / DB_NAME).read_bytes() == before_store


# saving the map: a full disk under SQLite ----------------------------------------------


def _fill_disk(store: Store) -> None:
    """No page beyond those the file has now: SQLite reports SQLITE_FULL, as on a full disk."""
    conn = store._conn  # the store's own connection: the limit is per connection
    assert conn is not None
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")


def _free_disk(store: Store) -> None:
    assert store._conn is not None
    store._conn.execute("PRAGMA max_page_count = 1073741823")


def _bigger(network: NetworkMap) -> NetworkMap:
    for i in range(60):
        node = Node(id=new_id("n"), kind=NodeKind.ACTIVITY, label=f"Walk {i}", ring=3,
                    angle=float(i), notes="a long note about the walk " * 60)
        network = ops.add_node(network, node)
    return network


def _integrity(folder: Path) -> str:
    conn = sqlite3.connect(folder / DB_NAME)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def test_a_full_disk_refuses_the_save_and_keeps_the_previous_map(tmp_path: Path) -> None:
    record = build_demo()
    with quick_store(tmp_path / "data") as store:
        add_client(store, "", record=record)
        before = store.current_map(record.client.id)
        _fill_disk(store)
        with pytest.raises(StoreError, match=r"^The disk is full: free some disk space"):
            store.save_map(_bigger(before))
        assert store.current_map(record.client.id) == before
    assert _integrity(tmp_path / "data") == "ok"
    with reopen(store) as again:
        assert again.current_map(record.client.id) == before


@OFFSCREEN_SIZE_HINTS
def test_the_window_says_not_saved_on_a_full_disk_and_saves_once_there_is_room(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(autosave, "RETRY_MS", 100)
    store = quick_store(tmp_path / "data")
    demo = add_client(store, "", record=build_demo())
    window = open_window(qtbot, store)
    window.open_client(demo.id)
    before = store.current_map(demo.id)
    _fill_disk(store)
    assert window.doc.apply("Add walks", _bigger)
    qtbot.waitUntil(lambda: window.status.saved.text() == "Not saved", timeout=3000)
    message = window.statusBar().currentMessage()
    assert message.startswith("Not saved: The disk is full") and "\n" not in message
    assert window.autosaver.pending
    assert store.current_map(demo.id) == before

    _free_disk(store)  # the person frees some space; the autosaver tries again by itself
    qtbot.waitUntil(lambda: window.status.saved.text() == "Saved", timeout=3000)
    assert not window.autosaver.pending
    assert window.close()
    store.close()
    assert _integrity(tmp_path / "data") == "ok"
    with reopen(store) as reopened:
        assert reopened.current_map(demo.id) == window.doc.network


@OFFSCREEN_SIZE_HINTS
def test_saving_the_plan_on_a_failing_disk_says_so_and_keeps_the_old_file(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = quick_store(tmp_path / "data")
    demo = add_client(store, "", record=build_demo())
    window = open_window(qtbot, store)
    window.open_client(demo.id)
    before = _old_files(tmp_path / "out", ["plan.pdf"])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (
        str(tmp_path / "out" / "plan.pdf"), "PDF files (*.pdf)"))
    seen: list[str] = []

    def answer(box: QMessageBox) -> None:
        seen.append(box.text())
        box.accept()

    when_modal(QMessageBox, answer)
    fail_step(monkeypatch, "fsync")
    window.commands.save_plan.trigger()
    monkeypatch.undo()
    assert seen == ["plan.pdf could not be written: No space left on device."]
    assert _files(tmp_path / "out") == before
    assert "Plan saved" not in window.statusBar().currentMessage()
    window.close()
    store.close()
