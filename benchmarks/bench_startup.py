"""Start-up to the unlocked, painted main window with a 1,000-client caseload.

Both figures are whole processes (interpreter start included), timed from spawn to
exit, in the same run: the app's path (unlock dialog shown, passphrase accepted with
the real scrypt cost, main window with the caseload painted) against the floor, a bare
PySide6 process that shows an empty QMainWindow.
"""

from __future__ import annotations

import os
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
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1200, 800); w.show(); app.processEvents(); w.repaint()
"""

APP = """
import time
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
from netbuilder.app import AppSession, apply_style
from netbuilder.gui.unlock import UnlockDialog
app = QApplication([])
apply_style(app)
def type_passphrase():
    dialog = QApplication.activeModalWidget()
    if not isinstance(dialog, UnlockDialog):
        QTimer.singleShot(1, type_passphrase)
        return
    dialog.repaint()
    dialog.passphrase_edit.setText(PASSPHRASE)
    dialog.try_unlock()
session = AppSession(FOLDER)
QTimer.singleShot(0, type_passphrase)
session.unlock()
w = session.window
assert w is not None and w.isVisible()
app.processEvents(); w.repaint()
assert w.caseload.client_list.model().rowCount() == 1000
w.store.close()
print(f"kdf_ms={sum(kdf_seconds) * 1000:.1f}")
"""


def make_caseload(folder: Path, clients: int = 1000) -> None:
    from benchmarks.bench_core import fill_caseload
    from netbuilder.store import Store

    with Store.create(folder, PASSPHRASE) as store:
        fill_caseload(store, clients)


def time_process(code: str, runs: int) -> tuple[float, float | None]:
    """Median wall time of ``runs`` processes, and the median ``kdf_ms=`` they printed."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    times, kdf = [], []
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-c", code], check=True, env=env,
                              capture_output=True, text=True)
        times.append((time.perf_counter() - start) * 1000)
        kdf += [float(line.split("=", 1)[1]) for line in done.stdout.splitlines()
                if line.startswith("kdf_ms=")]
    return statistics.median(times), (statistics.median(kdf) if kdf else None)


def bench_startup(runs: int = 7) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "data"
        make_caseload(folder)
        app = textwrap.dedent(APP).replace("FOLDER", f"__import__('pathlib').Path({str(folder)!r})")
        app = app.replace("PASSPHRASE", repr(PASSPHRASE))
        floor, _ = time_process(FLOOR, runs)
        value, kdf = time_process(app, runs)
    assert kdf is not None
    return {"name": "start-up to unlocked main window, 1,000 clients", "median_ms": round(value, 1),
            "floor_ms": round(floor, 1), "ratio": round(value / floor, 2), "target": "<= 1.5x floor",
            "kdf_ms": round(kdf, 1), "ratio_without_kdf": round((value - kdf) / floor, 2)}
