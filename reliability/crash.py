"""Crash injection: SIGKILL the real app at random points while it edits, then reopen.

Each iteration starts a child (``reliability.crash_child``: the real ``MainWindow`` with
its autosaver, editing one client, starting reviews, changing the passphrase between
two, exporting JSON, GraphML, CSV and PDF over the same files, making backups), lets it
run a random 20..1500 ms (seeded), kills it with SIGKILL and checks, without Qt:

- ``PRAGMA integrity_check`` is ``ok``;
- the store opens with the passphrase the child last acknowledged (if it was killed
  while changing it, exactly one of the two opens it) and not with the other;
- the client's current map is the last state the autosaver reported saved, or the edit
  that was in flight (no acknowledged edit lost);
- every export is absent only if never written, else the complete previous version or,
  if an export was in flight, a complete new one that our readers parse (pypdf for PDF);
- every backup is readable; no stray temporary file beyond the killed write's own, and
  those are removed by the next write into the folder;
- the next child opens the store and the client in the window (``opened`` and the digest
  the parent read); a last child opens it once more and closes the window normally.

``python -m reliability.crash --kills 200 --seed 1`` prints a one-line summary.
A fork server imports the app once; each child is forked from it and starts one ahead
(window built, waiting for "go"), so a start-up costs little and overlaps the previous run.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import random
import select
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from uuid import UUID

from netbuilder.model import ClientRecord, NetworkMap
from netbuilder.store.crypto import KdfParams

ROOT = Path(__file__).resolve().parents[1]
PASSPHRASES = ("first crash-test passphrase", "second crash-test passphrase")
HARNESS_KDF = KdfParams(n=2**11)  # cheap, yet a passphrase change takes long enough to be hit
EXPORT_KINDS = ("json", "graphml", "csv", "plan", "record")
MAX_NODES, MAX_GOALS, MAX_VERSIONS = 40, 8, 12
MIN_RUN_S, MAX_RUN_S = 0.02, 1.5
START_TIMEOUT_S = 60.0
MAX_LIFE_S = 60.0  # a child that is not killed by then ends itself (the harness died)
MAX_TEMPS_PER_WRITE = 3  # CSV: two staged tables and a link to the old first table
TEMP_GLOB = ".nb-*.tmp"


def map_digest(network: NetworkMap) -> str:
    return hashlib.sha256(network.model_dump_json().encode()).hexdigest()


def export_paths(kind: str, folder: Path) -> list[Path]:
    names = {"json": ["map.json"], "graphml": ["map.graphml"],
             "csv": ["map-nodes.csv", "map-links.csv"], "plan": ["plan.pdf"],
             "record": ["record.pdf"]}
    return [folder / name for name in names[kind]]


def write_export(kind: str, folder: Path, record: ClientRecord) -> None:
    """The exports the CLI and the app write, over the same target files every time."""
    from netbuilder.report import previous_version, write_full_record, write_plan
    from netbuilder.store.formats import write_csv, write_graphml, write_json

    network = record.current_map
    if kind == "json":
        write_json(folder / "map.json", record)
    elif kind == "graphml":
        write_graphml(folder / "map.graphml", record)
    elif kind == "csv":
        write_csv(folder / "map.csv", record)
    elif kind == "plan":
        write_plan(folder / "plan.pdf", record.client, network, previous_version(record, network))
    else:
        write_full_record(folder / "record.pdf", record.client, network,
                          previous_version(record, network), versions=record.maps)


# the child process --------------------------------------------------------------------


class ForkServer:
    """``reliability.crash_child`` serving: it imports once and forks each child."""

    def __init__(self, work: Path, client_id: UUID) -> None:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
                   NETBUILDER_LOG_DIR=str(work / "logs"), PYTHONPATH=str(ROOT))
        self.work = work
        self.stderr = (work / "children.err").open("wb")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "reliability.crash_child", str(work / "data"),
             str(work / "exports"), str(client_id)],
            cwd=ROOT, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=self.stderr, text=True, bufsize=1, start_new_session=True)
        self.count = 0
        try:
            self._expect("ready", START_TIMEOUT_S)
        except HarnessError:
            self.close()
            raise

    def _expect(self, word: str, timeout: float) -> list[str]:
        stdout = self.proc.stdout
        assert stdout is not None
        result: list[str] = []
        reader = threading.Thread(target=lambda: result.append(stdout.readline()), daemon=True)
        reader.start()
        reader.join(timeout)
        words = result[0].split() if result else []
        if not words or words[0] != word:
            raise HarnessError(f"the fork server did not say {word!r}: {self.error_tail()}")
        return words

    def spawn(self, seed: int) -> ForkedChild:
        assert self.proc.stdin is not None
        self.count += 1
        acks = self.work / "acks" / f"child-{self.count}.txt"
        acks.parent.mkdir(exist_ok=True)
        self.proc.stdin.write(f"{seed} {acks}\n")
        self.proc.stdin.flush()
        return ForkedChild(int(self._expect("spawned", START_TIMEOUT_S)[1]), acks, self)

    def close(self) -> None:
        """End the server and any child still alive (if the harness stopped early): they
        are one process group, whose id stays theirs until the server is waited for."""
        for pipe in (self.proc.stdin, self.proc.stdout):
            if pipe is not None:
                pipe.close()
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait()
        self.stderr.close()

    def error_tail(self) -> str:
        return (self.work / "children.err").read_text(errors="replace")[-800:]


class ForkedChild:
    """One child: its lines are in its own file, each written whole before the next step.

    Once it has said ``loaded`` it waits for "go" and cannot end by itself, so a pidfd
    opened then names this very process: the SIGKILL can never reach a reused pid."""

    def __init__(self, pid: int, acks: Path, server: ForkServer) -> None:
        self.pid, self.acks, self.server = pid, acks, server
        self.pidfd: int | None = None

    def lines(self) -> list[str]:
        try:
            text = self.acks.read_text()
        except FileNotFoundError:
            return []
        return [line for line in text.split("\n")[:-1] if line]  # a torn last line is not said

    def wait_for(self, word: str, timeout: float = START_TIMEOUT_S) -> list[str]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for line in self.lines():
                if line.split()[0] == word:
                    if word == "loaded":
                        self.pidfd = os.pidfd_open(self.pid)
                    return line.split()
            time.sleep(0.005)
        raise HarnessError(f"the child did not say {word!r}: {self.server.error_tail()}")

    def go(self, passphrase: int, mode: str) -> None:
        temp = self.acks.with_suffix(".go-tmp")
        temp.write_text(f"{passphrase} {mode}")
        os.replace(temp, self.acks.with_suffix(".go"))

    def kill(self) -> list[str]:
        """SIGKILL, wait until the process is gone; every line the child managed to write."""
        assert self.pidfd is not None, "killed before it was loaded"
        with contextlib.suppress(ProcessLookupError):
            signal.pidfd_send_signal(self.pidfd, signal.SIGKILL)
        self.wait_gone()
        return self.lines()

    def wait_gone(self, timeout: float = START_TIMEOUT_S) -> None:
        """The pidfd becomes readable when the process has ended."""
        assert self.pidfd is not None
        ready, _, _ = select.select([self.pidfd], [], [], timeout)
        if not ready:
            raise HarnessError("a child did not end")
        os.close(self.pidfd)
        self.pidfd = None


class HarnessError(Exception):
    """The harness itself could not run (not a finding about the store)."""


# what the parent expects after a kill ---------------------------------------------------


@dataclass
class Expected:
    """What must be on disk, from what the children acknowledged."""

    digest: str
    passphrase: int = 0
    exports: dict[str, str] = field(default_factory=dict)  # file name -> sha256


@dataclass
class Figures:
    kills: int = 0
    acked_edits: int = 0
    in_flight_found: int = 0
    lost: int = 0
    integrity_failures: int = 0
    passphrase_failures: int = 0
    passphrase_changes: int = 0
    killed_mid_change: int = 0
    killed_mid_save: int = 0
    killed_mid_export: int = 0
    export_targets_checked: int = 0
    exports_new: int = 0
    export_failures: int = 0
    backups_checked: int = 0
    backup_failures: int = 0
    stray_temps_seen: int = 0
    stray_temp_failures: int = 0
    app_opens: int = 0
    app_open_failures: int = 0
    reopen_s: list[float] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def failures(self) -> int:
        return (self.lost + self.integrity_failures + self.passphrase_failures
                + self.export_failures + self.backup_failures + self.stray_temp_failures
                + self.app_open_failures)

    def summary(self) -> str:
        median = statistics.median(self.reopen_s) * 1000 if self.reopen_s else 0.0
        return (f"crash: kills {self.kills} ({self.killed_mid_save} during a save, "
                f"{self.killed_mid_export} during an export), acked edits {self.acked_edits}, "
                f"lost {self.lost}, "
                f"integrity failures {self.integrity_failures}, passphrase changes "
                f"{self.passphrase_changes} ({self.killed_mid_change} killed midway, "
                f"{self.passphrase_failures} failures), export targets checked "
                f"{self.export_targets_checked} ({self.exports_new} new, "
                f"{self.export_failures} bad), backups checked {self.backups_checked} "
                f"({self.backup_failures} bad), stray temps {self.stray_temps_seen} "
                f"({self.stray_temp_failures} not cleaned), app opened {self.app_opens} "
                f"times ({self.app_open_failures} failed), median reopen {median:.0f} ms")

    def as_dict(self) -> dict[str, object]:
        data = {k: v for k, v in vars(self).items() if k not in ("reopen_s", "problems")}
        data["median_reopen_ms"] = (statistics.median(self.reopen_s) * 1000
                                    if self.reopen_s else 0.0)
        data["failures"] = self.failures
        data["problems"] = self.problems[:20]
        return data


# the run ------------------------------------------------------------------------------------


def run(kills: int, seed: int, work: Path | None = None) -> Figures:
    """``kills`` children killed at random points; the figures of every check."""
    with tempfile.TemporaryDirectory(prefix="nb-crash-") as tmp:
        return _run(kills, random.Random(seed), Path(work or tmp))


def _run(kills: int, rng: random.Random, work: Path) -> Figures:
    from reliability.crash_checks import check_after_kill, set_up

    client_id, expected = set_up(work)
    figures = Figures()
    server = ForkServer(work, client_id)
    try:
        child = server.spawn(rng.randrange(2**31))
        for _ in range(kills):
            child.wait_for("loaded")
            temps_before = stray_temps(work)
            child.go(expected.passphrase, "edit")
            after_go = time.monotonic()
            following = server.spawn(rng.randrange(2**31))
            time.sleep(max(0.0, rng.uniform(MIN_RUN_S, MAX_RUN_S)
                           - (time.monotonic() - after_go)))
            lines = child.kill()
            figures.kills += 1
            check_after_kill(work, client_id, expected, lines, temps_before, figures)
            child = following
        _final_open(child, expected, figures)
    finally:
        server.close()
    _clean_up_temps(work, figures)
    return figures


def _final_open(child: ForkedChild, expected: Expected, figures: Figures) -> None:
    """The app opens the store once more, and closes it normally."""
    child.wait_for("loaded")
    child.go(expected.passphrase, "check")
    opened = child.wait_for("opened")
    closed = child.wait_for("closed")
    child.wait_gone()
    if opened[1] != expected.digest or closed[1] != "ok":
        figures.app_open_failures += 1
        figures.problems.append(f"final open: {closed[1]}, digest match "
                                f"{opened[1] == expected.digest}")
    else:
        figures.app_opens += 1


def _clean_up_temps(work: Path, figures: Figures) -> None:
    """With every child dead, the next write's clean-up removes every temporary file."""
    from netbuilder.store.formats.atomic import remove_stale_temps

    for folder in ("data", "exports", "backups"):
        remove_stale_temps(work / folder)
    left = stray_temps(work)
    if left:
        figures.stray_temp_failures += 1
        figures.problems.append(f"{len(left)} temporary files could not be cleaned up")


def stray_temps(work: Path) -> set[Path]:
    return {p for folder in ("data", "exports", "backups") for p in (work / folder).glob(TEMP_GLOB)}


def integrity(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON too")
    ns = parser.parse_args(argv)
    started = time.monotonic()
    figures = run(ns.kills, ns.seed)
    print(f"{figures.summary()}, {time.monotonic() - started:.0f} s")
    if ns.json:
        print(json.dumps(figures.as_dict()))
    for problem in figures.problems[:20]:
        print("  problem:", problem)
    return 1 if figures.failures else 0


if __name__ == "__main__":
    sys.exit(main())
