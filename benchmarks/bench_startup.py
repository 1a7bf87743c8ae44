"""Start-up to the unlocked, painted main window with a 1,000-client caseload.

Figures are whole processes (interpreter start included), timed from spawn to exit,
in the same run and interleaved: the app's path against the floor, a bare PySide6
process that shows an empty QMainWindow. The app's path is the real one, ``run_gui``:
the unlock dialog is shown and painted, the passphrase typed into it and accepted with
the real scrypt cost, and the main window shown and painted with the caseload in it;
then the app quits.

Extra fields, from the same runs:

* ``kdf_ms``: the time scrypt took inside the app. It runs on a worker thread while
  the main thread imports and builds the window, so it is not simply added on top.
* ``without_kdf_ms`` and ``ratio_without_kdf``: the same app on a copy of the same
  caseload whose key is wrapped with a trivial scrypt (n=2**10): everything but the
  key derivation.
* ``painted_ms`` and ``floor_painted_ms``: spawn to the painted window, exit left out.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path
from typing import Any

PASSPHRASE = "benchmark passphrase"
ROOT = Path(__file__).resolve().parent.parent

FLOOR = """
import time
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1200, 800); w.show(); app.processEvents(); w.repaint()
print(f"painted_at={time.time()}")
"""

APP = """
import os, sys, time, traceback
import netbuilder.store.crypto as crypto
derive = crypto.derive_kek
kdf_seconds = []
def timed_derive(*args, **kwargs):
    start = time.perf_counter()
    try:
        return derive(*args, **kwargs)
    finally:
        kdf_seconds.append(time.perf_counter() - start)
crypto.derive_kek = timed_derive
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from netbuilder.app import run_gui
from netbuilder.gui.unlock import UnlockDialog
os.environ["NETBUILDER_DATA_DIR"] = FOLDER
app = QApplication([])
def failing_ends_the_run(handler):
    def run():
        try:
            handler()
        except BaseException:
            traceback.print_exc()
            os._exit(1)
    return run
@failing_ends_the_run
def type_passphrase():
    dialog = QApplication.activeModalWidget()
    if not isinstance(dialog, UnlockDialog):
        QTimer.singleShot(1, type_passphrase)
        return
    dialog.repaint()
    dialog.passphrase_edit.setText(PASSPHRASE)
    dialog.try_unlock()
    assert dialog.store is not None
    QTimer.singleShot(0, when_shown)
@failing_ends_the_run
def when_shown():
    shown = [w for w in app.topLevelWidgets() if w.objectName() == "mainWindow" and w.isVisible()]
    if not shown:
        QTimer.singleShot(1, when_shown)
        return
    w = shown[0]
    app.processEvents(); w.repaint()
    print(f"painted_at={time.time()}")
    assert w.caseload.client_list.model().rowCount() == 1000
    print(f"kdf_ms={sum(kdf_seconds) * 1000:.1f}")
    w.store.close()
    app.quit()
QTimer.singleShot(0, type_passphrase)
QTimer.singleShot(60_000, lambda: (print("timed out", file=sys.stderr), os._exit(1)))
assert run_gui(["netbuilder"]) == 0
"""


def make_caseload(folder: Path, clients: int = 1000) -> None:
    from benchmarks.bench_core import fill_caseload
    from netbuilder.store import Store

    with Store.create(folder, PASSPHRASE) as store:
        fill_caseload(store, clients)


def copy_with_trivial_kdf(folder: Path, copy: Path) -> None:
    """The same caseload, its key re-wrapped with a scrypt that costs nothing."""
    from netbuilder.store import KdfParams, Store

    shutil.copytree(folder, copy)
    with Store.open(copy, PASSPHRASE) as store:
        store.change_passphrase(PASSPHRASE, PASSPHRASE, kdf=KdfParams(n=2**10))


def time_processes(codes: dict[str, str], runs: int) -> dict[str, dict[str, float]]:
    """For each code, medians over ``runs`` processes (run in turn, round by round): wall
    time to exit, to the printed ``painted_at=``, and of the printed ``kdf_ms=``."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    found: dict[str, dict[str, list[float]]] = {
        name: {"exit": [], "painted": [], "kdf": []} for name in codes}
    for _ in range(runs):
        for name, code in codes.items():
            spawned, start = time.time(), time.perf_counter()
            done = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT,
                                  capture_output=True, text=True)
            if done.returncode != 0:
                raise RuntimeError(f"the measured process failed:\n{done.stderr[-2000:]}")
            found[name]["exit"].append((time.perf_counter() - start) * 1000)
            for line in done.stdout.splitlines():
                key, _, value = line.partition("=")
                if key == "painted_at":
                    found[name]["painted"].append((float(value) - spawned) * 1000)
                elif key == "kdf_ms":
                    found[name]["kdf"].append(float(value))
    return {name: {key: statistics.median(values) for key, values in lists.items() if values}
            for name, lists in found.items()}


def app_code(folder: Path) -> str:
    code = textwrap.dedent(APP).replace("FOLDER", repr(str(folder)))
    return code.replace("PASSPHRASE", repr(PASSPHRASE))


def bench_startup(runs: int = 7) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        folder, trivial = Path(tmp) / "data", Path(tmp) / "trivial-kdf"
        make_caseload(folder)
        copy_with_trivial_kdf(folder, trivial)
        got = time_processes({"floor": FLOOR, "app": app_code(folder),
                              "without_kdf": app_code(trivial)}, runs)
    floor, app, without = got["floor"], got["app"], got["without_kdf"]
    return {
        "name": "start-up to unlocked main window, 1,000 clients",
        "median_ms": round(app["exit"], 1),
        "floor_ms": round(floor["exit"], 1),
        "ratio": round(app["exit"] / floor["exit"], 2),
        "target": "<= 1.5x floor",
        "kdf_ms": round(app["kdf"], 1),
        "without_kdf_ms": round(without["exit"], 1),
        "ratio_without_kdf": round(without["exit"] / floor["exit"], 2),
        "painted_ms": round(app["painted"], 1),
        "floor_painted_ms": round(floor["painted"], 1),
    }
