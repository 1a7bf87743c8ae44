"""The crash harness's child: the real window editing a client until it is killed.

Run by ``reliability.crash`` as ``python -m reliability.crash_child FOLDER EXPORTS CLIENT``:
a fork server that imports everything once (that is most of a start-up) and forks one
child per iteration. A child writes its lines to its own file (each line reaches the
kernel before the next step, so a SIGKILL cannot lose it), builds the window (as the app
does while the passphrase is checked), says ``loaded``, and waits for its ``.go`` file
(``<passphrase index> <edit|check>``), which the parent writes once the previous child is
dead and checked. Then it opens the store and the client in ``MainWindow`` (``opened
<digest>``) and edits through the same code the canvas and the goals panel use, the
window's ``Autosaver`` flushing after each edit (as the window does before closing). Every
step says what it starts (``begin``...) and what is done (``committed``...), one line each,
so the parent knows what must have survived the SIGKILL.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import random
import signal
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from uuid import UUID

from PySide6.QtWidgets import QApplication

from netbuilder.gui.canvas import edits
from netbuilder.gui.presets import PRESETS
from netbuilder.gui.window import MainWindow
from netbuilder.model import LinkKind, ops
from netbuilder.store.db import Store
from reliability.crash import (
    EXPORT_KINDS,
    HARNESS_KDF,
    MAX_GOALS,
    MAX_LIFE_S,
    MAX_NODES,
    MAX_VERSIONS,
    PASSPHRASES,
    export_paths,
    map_digest,
    write_export,
)


def say(*words: object) -> None:
    print(*words, flush=True)


class Child:
    """One child's session: the window, its store, and a seeded stream of edits."""

    def __init__(self, window: MainWindow, store: Store, client_id: UUID, exports: Path,
                 passphrase: int, rng: random.Random) -> None:
        self.window, self.store, self.client_id = window, store, client_id
        self.exports, self.passphrase, self.rng = exports, passphrase, rng
        self.n = 0

    @property
    def doc(self):  # type: ignore[no-untyped-def]
        return self.window.doc

    def run_forever(self) -> None:
        steps: list[tuple[int, Callable[[], None]]] = [
            (60, self.edit), (12, self.export), (3, self.review), (4, self.passphrase_change),
            (3, self.backup),
        ]
        weights = [w for w, _ in steps]
        deadline = time.monotonic() + MAX_LIFE_S  # never outlive a harness that died
        while time.monotonic() < deadline:
            self.rng.choices([s for _, s in steps], weights)[0]()

    # map edits, each saved by the window's autosaver --------------------------------

    def edit(self) -> None:
        if not self.rng.choice(self._edits())():
            return
        self.n += 1
        say("begin", self.n, map_digest(self.doc.network))
        if self.window.autosaver.flush():
            say("committed", self.n, map_digest(self.doc.network))

    def _edits(self) -> list[Callable[[], bool]]:
        network = self.doc.network
        if len(network.nodes) >= MAX_NODES:
            return [self.delete_node]
        moves: list[Callable[[], bool]] = [self.add_node, self.move_ring, self.rename,
                                           self.add_link, self.delete_node]
        if len(network.goals) < MAX_GOALS:
            moves.append(self.add_goal)
        elif network.goals:
            moves.append(self.remove_goal)
        return moves

    def _some_node(self) -> str | None:
        nodes = self.doc.network.nodes
        return self.rng.choice(nodes).id if nodes else None

    def add_node(self) -> bool:
        preset = self.rng.choice(PRESETS)
        ring = self.rng.randint(1, self.doc.network.rings)
        node = edits.new_node(preset, ring, self.rng.uniform(0, 360))
        return bool(edits.add_node(self.doc, node))

    def move_ring(self) -> bool:
        node = self._some_node()
        return node is not None and bool(
            edits.change_ring(self.doc, [node], self.rng.choice([-1, 1])))

    def rename(self) -> bool:
        node = self._some_node()
        return node is not None and edits.rename_node(self.doc, node, f"Name {self.rng.random()}")

    def add_link(self) -> bool:
        a, b = self._some_node(), self._some_node()
        if a is None or b is None:
            return False
        return edits.add_link(self.doc, a, b, self.rng.choice(list(LinkKind))) is not None

    def delete_node(self) -> bool:
        node = self._some_node()
        return node is not None and edits.delete(self.doc, [node])

    def add_goal(self) -> bool:
        panel = self.window.goals_dock.panel
        panel.new_goal.setText(f"Goal {self.rng.random()}")
        return bool(panel.add_goal())

    def remove_goal(self) -> bool:
        goal = self.rng.choice(self.doc.network.goals)
        return bool(self.doc.apply("Delete goal", lambda m: ops.remove_goal(m, goal.id)))

    # the other writes -------------------------------------------------------------------

    def review(self) -> None:
        """``MainWindow.start_review`` without its dialog: a new dated version, current."""
        if len(self.store.list_versions(self.client_id)) >= MAX_VERSIONS:
            return
        if not self.window.autosaver.flush():
            return
        base = self.store.current_map(self.client_id)
        review = ops.start_review(base, "Review", max(base.date, date.today()))
        self.n += 1
        say("begin", self.n, map_digest(review))
        self.store.add_version(review, make_current=True)
        say("committed", self.n, map_digest(review))
        self.window.open_client(self.client_id)

    def passphrase_change(self) -> None:
        new = 1 - self.passphrase
        say("pass-begin", new)
        self.store.change_passphrase(PASSPHRASES[self.passphrase], PASSPHRASES[new],
                                     kdf=HARNESS_KDF)
        self.passphrase = new
        say("pass", new)

    def export(self) -> None:
        kind = self.rng.choice(EXPORT_KINDS)
        record = self.store.get_record(self.client_id)
        say("export-begin", kind)
        write_export(kind, self.exports, record)
        digests = [_sha(p) for p in export_paths(kind, self.exports)]
        say("export", kind, *digests)

    def backup(self) -> None:
        try:
            from netbuilder.store.backup import create_backup
        except ImportError:
            return
        say("backup-begin")
        path = create_backup(self.store, self.exports.parent / "backups")
        say("backup", path.name)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# the fork server and one child --------------------------------------------------------


def serve(folder: Path, exports: Path, client_id: UUID) -> int:
    """Import everything once, then fork a child for each ``<seed> <acks file>`` line."""
    _preload()
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # the kernel reaps killed children
    say("ready")
    for line in sys.stdin:
        seed, acks = line.split()
        pid = os.fork()
        if pid == 0:
            code = 1
            try:
                code = child(folder, exports, client_id, int(seed), Path(acks))
            finally:
                os._exit(code)
        say("spawned", pid)
    return 0


def _preload() -> None:
    """What a child would load on first use (reportlab, the plan, the readers)."""
    from netbuilder.model.demo import build_demo
    from netbuilder.report import render_full_record, render_plan
    from netbuilder.store import formats

    record = build_demo()
    render_plan(record.client, record.current_map)
    render_full_record(record.client, record.current_map)
    formats.dump_record(record)
    with contextlib.suppress(ImportError):
        import netbuilder.store.backup  # noqa: F401


def child(folder: Path, exports: Path, client_id: UUID, seed: int, acks: Path) -> int:
    sys.stdout = acks.open("w", buffering=1)  # each line is written before the next step
    app = QApplication(["netbuilder-crash-child"])
    window = MainWindow(None, folder=folder)
    say("loaded")
    passphrase, mode = _wait_for_go(acks.with_suffix(".go"))
    store = Store.open(folder, PASSPHRASES[passphrase])
    window.open_store(store)
    window.open_client(client_id)
    if window.client is None:
        return 3
    say("opened", map_digest(window.doc.network))
    if mode == "check":
        ok = window.close()
        store.close()
        app.processEvents()
        say("closed", "ok" if ok else "refused")
        return 0 if ok else 4
    Child(window, store, client_id, exports, passphrase, random.Random(seed)).run_forever()
    return 0


def _wait_for_go(go: Path) -> tuple[int, str]:
    """The parent renames ``go`` into place once the previous child is checked."""
    server = os.getppid()
    deadline = time.monotonic() + MAX_LIFE_S
    while not go.exists():
        if os.getppid() != server or time.monotonic() > deadline:
            os._exit(5)  # the harness is gone
        time.sleep(0.002)
    index, mode = go.read_text().split()
    return int(index), mode


if __name__ == "__main__":
    sys.exit(serve(Path(sys.argv[1]), Path(sys.argv[2]), UUID(sys.argv[3])))
