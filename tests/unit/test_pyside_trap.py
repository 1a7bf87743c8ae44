"""PySide6 6.12.0 on Python 3.11 corrupts None's refcount and aborts (ARCHITECTURE.md)."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import version

CALLS = 20_000

SCRIPT = f"""
import os
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication, QGraphicsEllipseItem, QGraphicsScene
from PySide6.QtGui import QBrush, QColor
app = QApplication([])
scene = QGraphicsScene()
item = QGraphicsEllipseItem(0, 0, 10, 10)
scene.addItem(item)
brush = QBrush(QColor("teal"))
for i in range({CALLS}):
    item.setPos(i % 100, i % 37)   # returns None: the call the trap corrupts
    item.setBrush(brush)
print("done")
"""


def test_installed_pyside6_is_not_the_known_bad_release() -> None:
    if sys.version_info[:2] == (3, 11):
        assert not version("PySide6").startswith("6.12."), "pin PySide6 below 6.12 on Python 3.11"


def test_many_qt_calls_returning_none_do_not_abort() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "done"
