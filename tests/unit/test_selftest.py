"""`netbuilder --selftest`: passes on a working installation, says in one line what failed
otherwise, and leaves nothing behind (no temporary folder, nothing in the data folder)."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from netbuilder import report, selftest
from netbuilder.model.demo import build_demo


def _isolated_env(tmp_path: Path) -> dict[str, str]:
    """A user with nothing yet: own HOME, data, log and temporary folders; no Qt platform
    set (the selftest must go offscreen by itself) and no passphrase."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("QT_QPA_PLATFORM", "NETBUILDER_PASSPHRASE", "DISPLAY", "WAYLAND_DISPLAY")}
    for name in ("home", "tmp"):
        (tmp_path / name).mkdir()
    env.update(HOME=str(tmp_path / "home"), TMPDIR=str(tmp_path / "tmp"),
               NETBUILDER_DATA_DIR=str(tmp_path / "data"),
               NETBUILDER_LOG_DIR=str(tmp_path / "log"),
               XDG_DATA_HOME=str(tmp_path / "home" / ".local" / "share"))
    return env


def _everything_under(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*"))


def test_selftest_passes_and_leaves_nothing_behind(tmp_path: Path) -> None:
    env = _isolated_env(tmp_path)
    done = subprocess.run([sys.executable, "-m", "netbuilder", "--selftest"], env=env,
                          capture_output=True, text=True, timeout=300)
    lines = done.stdout.splitlines()
    assert done.returncode == 0, done.stdout + done.stderr
    assert lines[-1] == "selftest ok"
    assert [line.split(":")[0] for line in lines[1:-1]] == [
        "ok  resources", "ok  store", "ok  plan", "ok  gui", "ok  qt"]
    assert "Traceback" not in done.stderr
    assert _everything_under(tmp_path / "tmp") == []  # its temporary folder is gone
    assert not (tmp_path / "data").exists()  # the user's data folder is never touched
    assert not (tmp_path / "log").exists()
    assert [p for p in _everything_under(tmp_path / "home") if "netbuilder" in p.name.lower()
            ] == []


@pytest.fixture
def own_tempdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def test_a_plan_of_several_pages_fails_in_one_line(
        own_tempdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The plan must be one page: a renderer that spills over is caught and named."""
    monkeypatch.setattr(selftest, "CHECKS", (selftest.check_store, selftest.check_plan))

    def full_record_instead(client, network, previous=None, **_options):  # type: ignore[no-untyped-def]
        return report.render_full_record(client, network, previous)

    monkeypatch.setattr(report, "render_plan", full_record_instead)
    out = io.StringIO()
    assert selftest.run_selftest(out) == 1
    last = out.getvalue().splitlines()[-1]
    assert last.startswith("selftest failed: plan: the plan has ")
    assert last.endswith(" pages, not one")
    assert "selftest ok" not in out.getvalue()
    assert _everything_under(own_tempdir) == []  # the store made before it is removed too


def test_an_unexpected_error_is_one_line_naming_its_kind_and_place(
        own_tempdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(run: object) -> str:
        raise ValueError("first line\nsecond line")

    monkeypatch.setattr(selftest, "CHECKS", (selftest.check_resources, broken))
    out = io.StringIO()
    assert selftest.run_selftest(out) == 1
    lines = out.getvalue().splitlines()
    assert lines[1].startswith("ok  resources: ")
    raised_at = broken.__code__.co_firstlineno + 1
    assert lines[2] == (
        f"selftest failed: broken: ValueError at test_selftest.py:{raised_at}: first line")
    assert len(lines) == 3
    assert _everything_under(own_tempdir) == []


def test_a_missing_resource_fails(own_tempdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(selftest, "ICONS", ("netbuilder.svg", "no-such-icon.png"))
    monkeypatch.setattr(selftest, "CHECKS", (selftest.check_resources,))
    out = io.StringIO()
    assert selftest.run_selftest(out) == 1
    assert out.getvalue().splitlines()[-1] == (
        f"selftest failed: resources: FileNotFoundError at resources.py:{_raise_line()}: "
        "resources/icons/no-such-icon.png is missing from this installation"
    )


def _raise_line() -> int:
    source = Path(selftest.__file__).with_name("resources.py").read_text(encoding="utf-8")
    lines = enumerate(source.splitlines(), 1)
    return next(n for n, line in lines if "raise FileNotFoundError" in line)


def test_page_count_agrees_with_pypdf() -> None:
    record = build_demo()
    network = record.current_map
    plan = report.render_plan(record.client, network)
    full = report.render_full_record(record.client, network)
    for pdf in (plan, full):
        assert selftest.count_pages(pdf) == len(PdfReader(io.BytesIO(pdf)).pages)
    assert selftest.count_pages(plan) == 1
    assert selftest.count_pages(full) > 1
