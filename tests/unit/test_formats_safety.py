"""Shared rules of the interchange files: one-line errors, size cap, atomic writes, dispatch."""

from __future__ import annotations

import os
import pickle
import stat
from pathlib import Path

import pytest

from netbuilder.model import ClientRecord
from netbuilder.store import formats
from netbuilder.store.formats import (
    MAX_FILE_BYTES,
    FileFormatError,
    atomic_write_bytes,
    atomic_write_text,
    export_any,
    load_any,
    read_capped,
)
from netbuilder.store.formats.safety import quote


def test_error_is_one_line_naming_file_field_and_fault() -> None:
    error = FileFormatError("/home/nurse/clients/d.json", "maps[0].nodes[3].ring", "too\nfar")
    assert str(error) == "d.json: maps[0].nodes[3].ring: too far"
    assert (error.file, error.field, error.fault) == ("d.json", "maps[0].nodes[3].ring", "too far")
    assert isinstance(error, ValueError)


def test_error_without_field_and_long_fault_is_cut() -> None:
    error = FileFormatError("d.json", "", "x" * 1000)
    assert str(error).startswith("d.json: xxx") and len(str(error)) < 320


def test_error_survives_pickling() -> None:
    error = pickle.loads(pickle.dumps(FileFormatError("a.json", "f", "bad")))
    assert str(error) == "a.json: f: bad"


def test_quote_truncates_long_input() -> None:
    assert quote("short") == "'short'"
    assert quote("y" * 500) == repr("y" * 40 + "…")


def test_read_capped_returns_bytes(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_bytes(b"{}")
    assert read_capped(path) == b"{}"


def test_read_capped_refuses_big_file_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    with path.open("wb") as f:
        f.truncate(MAX_FILE_BYTES + 1)  # sparse: costs no disk
    with pytest.raises(
        FileFormatError, match=r"^big\.json: larger than the 20 MB limit \(2[0-9,]+ bytes\)$"
    ):
        read_capped(path)


def test_read_capped_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(FileFormatError, match=r"^nope\.json: cannot be read \(no such file"):
        read_capped(tmp_path / "nope.json")
    with pytest.raises(FileFormatError, match=r"^\w+: cannot be read"):
        read_capped(tmp_path)


def test_atomic_write_creates_private_file(tmp_path: Path) -> None:
    path = atomic_write_text(tmp_path / "out.json", "ŵ café\n")
    assert path.read_bytes() == "ŵ café\n".encode()
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_atomic_write_replaces_whole_file(tmp_path: Path) -> None:
    path = tmp_path / "out.bin"
    path.write_bytes(b"old content that is longer")
    atomic_write_bytes(path, b"new")
    assert path.read_bytes() == b"new"


def test_failed_write_leaves_old_file_and_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "out.json"
    path.write_bytes(b"old")

    def fail(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError, match="No space"):
        atomic_write_bytes(path, b"new")
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_failed_fsync_leaves_old_file_and_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "out.json"
    path.write_bytes(b"old")

    def fail(fd: int) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", fail)
    with pytest.raises(OSError, match="Input/output"):
        atomic_write_bytes(path, b"new")
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_atomic_write_into_missing_folder_fails_cleanly(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        atomic_write_bytes(tmp_path / "no" / "out.json", b"x")


@pytest.mark.parametrize("suffix", [".json", ".graphml", ".JSON", ".GraphML"])
def test_export_any_then_load_any(demo_record: ClientRecord, tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"c{suffix}"
    assert export_any(path, demo_record) == [path]
    assert load_any(path) == demo_record


def test_export_any_csv_writes_two_tables(demo_record: ClientRecord, tmp_path: Path) -> None:
    written = export_any(tmp_path / "c.csv", demo_record)
    assert [p.name for p in written] == ["c-nodes.csv", "c-links.csv"]


@pytest.mark.parametrize("name", ["c.txt", "c", "c.xlsx"])
def test_unknown_suffix_is_refused_naming_the_file(
    demo_record: ClientRecord, tmp_path: Path, name: str
) -> None:
    with pytest.raises(FileFormatError, match=rf"^{name}: unknown file type"):
        load_any(tmp_path / name)
    with pytest.raises(FileFormatError, match=rf"^{name}: unknown file type"):
        export_any(tmp_path / name, demo_record)
    assert list(tmp_path.iterdir()) == []


def test_csv_cannot_be_imported(tmp_path: Path) -> None:
    with pytest.raises(FileFormatError, match=r"^c\.csv: CSV is an export"):
        load_any(tmp_path / "c.csv")


def test_public_api() -> None:
    expected = {
        "FileFormatError", "read_capped", "atomic_write_bytes", "atomic_write_text",
        "dump_record", "write_json", "load_json", "load_record_bytes", "json_schema",
        "write_graphml", "load_graphml", "write_csv", "load_any", "export_any",
    }  # fmt: skip
    assert expected <= set(formats.__all__)
    assert all(hasattr(formats, name) for name in formats.__all__)
