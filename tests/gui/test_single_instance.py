"""One app per data folder, in real processes: a second start brings the first one's window
to the front and ends; a folder held by a process that cannot answer is refused with one
message (exit code 2); a lock left by a killed app is taken over. Also the warning for a
data folder on a network drive or in a synced folder (in this process)."""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import tempfile
import textwrap
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

import netbuilder.app as app_module
from netbuilder.app import instance_name, run_gui
from netbuilder.gui.unlock import UnlockDialog

from .shell import OFFSCREEN_SIZE_HINTS, when_modal
from .test_startup import app_logs  # noqa: F401  (a fixture)

pytestmark = [OFFSCREEN_SIZE_HINTS, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
OFFSCREEN_NOTICE = "This plugin does not support propagateSizeHints()"  # shown boxes say it
START_S = 60.0  # a process importing Qt on a busy 2-core machine; only a hang takes this long

# Runs the real app. It prints "listening" once it answers later starts, "shown" when one
# asked it to show itself, and the text of any message box (then closes the box).
APP_SCRIPT = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox
    import netbuilder.app as app_module

    app = QApplication(sys.argv)
    serve, show = app_module._serve, app_module.AppSession.bring_to_front

    def serving(folder, session):
        servers = serve(folder, session)
        print("listening" if servers else "not listening", flush=True)
        return servers

    def shown(session):
        print("shown", flush=True)
        show(session)

    def answer_boxes():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            print("message: " + box.text(), flush=True)
            box.accept()
        QTimer.singleShot(20, answer_boxes)

    app_module._serve, app_module.AppSession.bring_to_front = serving, shown
    answer_boxes()
    sys.exit(app_module.run_gui(sys.argv))
""")

# Holds the folder's lock as the command line does, without a window to show.
HOLDER_SCRIPT = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from netbuilder.store.lock import acquire
    lock = acquire(Path(sys.argv[1]))
    print("held", flush=True)
    time.sleep(120)
""")


class Running:
    """A child process whose output lines are read as they come."""

    def __init__(self, script: str, env: dict[str, str], *args: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", script, *args], env=env, cwd=ROOT, text=True,
            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))

    def wait_for(self, wanted: str) -> str:
        """The first line starting with ``wanted``; fails with the output if none comes."""
        while True:
            try:
                line = self.lines.get(timeout=START_S)
            except queue.Empty:
                raise AssertionError(f"no {wanted!r} in {self.seen}") from None
            self.seen.append(line)
            if line.startswith(wanted):
                return line

    def finish(self) -> tuple[int, list[str]]:
        """Its exit code and every line it printed (but the offscreen platform's notice)."""
        code = self.process.wait(timeout=START_S)
        while True:
            try:
                self.seen.append(self.lines.get(timeout=1))
            except queue.Empty:
                return code, [line for line in self.seen if line != OFFSCREEN_NOTICE]

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=START_S)
        if self.process.stdout is not None:
            self.process.stdout.close()


@pytest.fixture
def env(tmp_path: Path) -> Iterator[dict[str, str]]:
    """An isolated data folder, home, log folder and temporary folder (where the local
    socket lives: kept short, as a socket path has at most 107 characters)."""
    with tempfile.TemporaryDirectory(prefix="nb-") as short_tmp:
        yield dict(
            os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
            NETBUILDER_DATA_DIR=str(tmp_path / "data"), HOME=str(tmp_path / "home"),
            NETBUILDER_LOG_DIR=str(tmp_path / "logs"), TMPDIR=short_tmp)


@pytest.fixture
def started() -> Iterator[list[Running]]:
    processes: list[Running] = []
    yield processes
    for process in processes:
        process.stop()


def start(started: list[Running], script: str, env: dict[str, str], *args: str) -> Running:
    process = Running(script, env, *args)
    started.append(process)
    return process


def test_a_second_start_brings_the_first_to_the_front_and_ends_quietly(
        env: dict[str, str], started: list[Running]) -> None:
    first = start(started, APP_SCRIPT, env)
    first.wait_for("listening")
    second = start(started, APP_SCRIPT, env)
    code, printed = second.finish()
    assert (code, printed) == (0, [])
    assert first.wait_for("shown") == "shown"
    assert first.process.poll() is None  # still running, its unlock dialog in front


def test_a_folder_held_by_a_process_that_cannot_answer_is_refused(
        env: dict[str, str], started: list[Running]) -> None:
    holder = start(started, HOLDER_SCRIPT, env, env["NETBUILDER_DATA_DIR"])
    holder.wait_for("held")
    second = start(started, APP_SCRIPT, env)
    code, printed = second.finish()
    assert code == 2
    assert printed == [
        f"message: NetBuilder is already open on this data folder (process "
        f"{holder.process.pid}). Close it first, or wait for it to finish."]


def test_the_lock_and_socket_of_a_killed_app_are_taken_over(
        env: dict[str, str], started: list[Running]) -> None:
    crashed = start(started, APP_SCRIPT, env)
    crashed.wait_for("listening")
    crashed.process.kill()  # SIGKILL: no clean-up at all
    assert crashed.process.wait(timeout=START_S) != 0
    next_app = start(started, APP_SCRIPT, env)
    assert next_app.wait_for("listening") == "listening"  # lock taken, stale socket replaced
    third = start(started, APP_SCRIPT, env)
    assert third.finish() == (0, [])
    assert next_app.wait_for("shown") == "shown"


def test_the_socket_name_depends_only_on_the_folder(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    same = instance_name(tmp_path / "a")
    assert instance_name(tmp_path / "b" / ".." / "a") == same
    assert instance_name(tmp_path / "b") != same
    assert str(tmp_path) not in same and len(same) < 60


@pytest.mark.usefixtures("app_logs")
def test_a_data_folder_on_a_shared_drive_is_warned_about_before_the_passphrase(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NETBUILDER_DATA_DIR", str(tmp_path / "data"))
    reason = "The data folder is inside a Dropbox folder that syncs to other computers."
    monkeypatch.setattr(app_module, "shared_folder_reason", lambda folder: reason)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    style, quits = app.styleSheet(), app.quitOnLastWindowClosed()
    seen: list[str] = []

    def read_warning(box: QMessageBox) -> None:
        seen.append(box.text())
        when_modal(UnlockDialog, lambda dialog: (seen.append("unlock"), dialog.reject()))
        box.accept()

    when_modal(QMessageBox, read_warning)
    try:
        assert run_gui(["netbuilder"]) == 0
    finally:
        app.setStyleSheet(style)
        app.setQuitOnLastWindowClosed(quits)
    assert seen == [f"{reason} Set NETBUILDER_DATA_DIR to choose the folder.", "unlock"]
