"""The layers' arrows point one way: nothing below the GUI imports PySide6."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

NON_GUI = [
    "netbuilder.model",
    "netbuilder.model.demo",
    "netbuilder.analysis",
    "netbuilder.store",
    "netbuilder.store.formats",
    "netbuilder.report",
]


@pytest.mark.parametrize("module", NON_GUI)
def test_non_gui_layer_never_imports_pyside6(module: str) -> None:
    code = (
        f"import sys, importlib; importlib.import_module({module!r}); "
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'));"
        "print(','.join(bad))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"{module} pulled in {out.stdout.strip()}"


def test_model_does_not_import_the_store_or_gui() -> None:
    code = (
        "import sys, netbuilder.model, netbuilder.model.demo; "
        "print(','.join(sorted(m for m in sys.modules if m.startswith('netbuilder.') "
        "and not m.startswith('netbuilder.model'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_the_app_starts_without_the_printing_or_analysis_libraries() -> None:
    """reportlab and networkx load when a plan or a summary is first made, not at start-up:
    together they cost about 600 ms (a light import of a type once pulled them all in)."""
    code = (
        "import sys;"
        "import netbuilder.app, netbuilder.store.db, netbuilder.gui.window;"
        "heavy = sorted({m.split('.')[0] for m in sys.modules} & {'reportlab', 'networkx'});"
        "print(','.join(heavy))"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, env=env)
    assert out.stdout.strip() == ""
