"""Atomic writes: files that belong together are replaced together or not at all, a
failure says so in one line, and temporary files left by a killed writer are removed."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from netbuilder.store.errors import StoreError
from netbuilder.store.formats import atomic
from netbuilder.store.formats.atomic import (
    WriteFailed,
    atomic_write_bytes,
    atomic_write_files,
    remove_stale_temps,
)

posix_only = pytest.mark.skipif(atomic.fcntl is None, reason="flock is POSIX-only")


def _pair(tmp_path: Path) -> tuple[Path, Path]:
    first, second = tmp_path / "x-nodes.csv", tmp_path / "x-links.csv"
    first.write_bytes(b"old nodes\n")
    second.write_bytes(b"old links\n")
    return first, second


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def _fail_on_call(n: int, real: object) -> object:
    """A stand-in that fails (disk full) on its n-th call and otherwise does the real thing."""
    calls = [0]

    def fake(*args: object, **kwargs: object) -> object:
        calls[0] += 1
        if calls[0] == n:
            raise OSError(28, "No space left on device")
        return real(*args, **kwargs)  # type: ignore[operator]

    return fake


def test_both_files_are_replaced(tmp_path: Path) -> None:
    first, second = _pair(tmp_path)
    assert atomic_write_files([(first, b"new nodes\n"), (second, b"new links\n")]) == [
        first, second]
    assert (first.read_bytes(), second.read_bytes()) == (b"new nodes\n", b"new links\n")
    assert _names(tmp_path) == ["x-links.csv", "x-nodes.csv"]


@pytest.mark.parametrize("step", ["mkstemp", "write", "fsync"])
def test_a_failure_writing_the_second_file_replaces_neither(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, step: str) -> None:
    first, second = _pair(tmp_path)
    owner = tempfile if step == "mkstemp" else os
    # the second file's first call of that step: mkstemp and fsync run once per file,
    # write once per file for these small tables
    monkeypatch.setattr(owner, step, _fail_on_call(2, getattr(owner, step)))
    with pytest.raises(WriteFailed, match="No space left on device"):
        atomic_write_files([(first, b"new nodes\n"), (second, b"new links\n")])
    assert (first.read_bytes(), second.read_bytes()) == (b"old nodes\n", b"old links\n")
    assert _names(tmp_path) == ["x-links.csv", "x-nodes.csv"]


def test_a_failed_second_rename_puts_the_first_file_back(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first, second = _pair(tmp_path)
    monkeypatch.setattr(os, "replace", _fail_on_call(2, os.replace))
    with pytest.raises(WriteFailed):
        atomic_write_files([(first, b"new nodes\n"), (second, b"new links\n")])
    assert (first.read_bytes(), second.read_bytes()) == (b"old nodes\n", b"old links\n")
    assert _names(tmp_path) == ["x-links.csv", "x-nodes.csv"]


def test_a_failed_second_rename_of_new_files_leaves_no_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "replace", _fail_on_call(2, os.replace))
    with pytest.raises(WriteFailed):
        atomic_write_files([(tmp_path / "a.csv", b"a\n"), (tmp_path / "b.csv", b"b\n")])
    assert _names(tmp_path) == []


def test_the_error_is_one_line_naming_the_file_and_is_a_store_and_os_error(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "fsync", _fail_on_call(1, os.fsync))
    with pytest.raises(WriteFailed) as caught:
        atomic_write_bytes(tmp_path / "plan.pdf", b"%PDF")
    error = caught.value
    assert isinstance(error, StoreError) and isinstance(error, OSError)
    assert error.errno == 28 and error.strerror == "No space left on device"
    message = str(error)
    assert message.startswith("plan.pdf: could not be written (No space left on device)")
    assert "\n" not in message and str(tmp_path) not in message


def test_a_missing_folder_is_still_a_file_not_found_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError) as caught:
        atomic_write_bytes(tmp_path / "gone" / "x.json", b"{}")
    assert isinstance(caught.value, StoreError)
    assert str(caught.value).startswith("x.json: could not be written (")


@posix_only
def test_a_killed_writers_temporary_file_is_removed_by_the_next_write(tmp_path: Path) -> None:
    left = tmp_path / ".nb-killed.tmp"
    left.write_bytes(b"half a file")
    atomic_write_bytes(tmp_path / "x.json", b"{}")
    assert _names(tmp_path) == ["x.json"]


@posix_only
def test_a_living_writers_temporary_file_is_left_alone(tmp_path: Path) -> None:
    temp = atomic._new_temp(tmp_path)  # held (flock) as a writer in another process holds it
    try:
        assert remove_stale_temps(tmp_path) == 0
        assert Path(temp.name).exists()
    finally:
        temp.discard()
    assert _names(tmp_path) == []


@posix_only
def test_other_files_and_links_are_not_touched(tmp_path: Path) -> None:
    (tmp_path / "notes.tmp").write_bytes(b"mine")
    (tmp_path / ".nb-link.tmp").symlink_to(tmp_path / "notes.tmp")
    assert remove_stale_temps(tmp_path) == 0
    assert (tmp_path / "notes.tmp").read_bytes() == b"mine"
