"""``netbuilder --selftest``: does this installation work? For a checkout, a wheel and a bundle.

In a temporary data folder (removed afterwards; the user's own data folder is never
touched) it creates a store with the real key derivation, saves the worked example and
reads it back, draws the one-page plan, and checks that the resources (fonts, stylesheet,
icons, forms) and the Qt parts the app uses (forms, PDF preview, printing, local sockets)
load, with Qt offscreen. One line per check, then ``selftest ok`` (exit 0); the first
failure prints one line and exits 1.

No Qt import at module level: the checks that need Qt import it when they run.
"""

from __future__ import annotations

import re
import secrets
import sys
import tempfile
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from netbuilder import __version__
from netbuilder.resources import form_names, resource_path

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from netbuilder.model import ClientRecord

OK_LINE = "selftest ok"
FONTS = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
ICONS = ("netbuilder.svg", "netbuilder-256.png")
# a page object, not the page tree ("/Type /Pages"); reportlab writes no object streams
_PAGE_OBJECT = re.compile(rb"/Type\s*/Page(?![A-Za-z])")


class SelftestFailure(Exception):
    """A check found something wrong; its message is the one line to print."""


@dataclass
class _Run:
    """What the checks share: the temporary folder and what earlier checks made."""

    folder: Path
    record: ClientRecord | None = None
    pdf: bytes = b""
    keep: list[object] = field(default_factory=list)  # Qt objects alive until the end


def count_pages(pdf: bytes) -> int:
    """The number of page objects in ``pdf`` (pypdf is a test extra, not in the bundle)."""
    return len(_PAGE_OBJECT.findall(pdf))


def check_resources(run: _Run) -> str:
    for name in FONTS:
        _non_empty(resource_path("fonts", name))
    _non_empty(resource_path("style.qss"))
    for name in ICONS:
        _non_empty(resource_path("icons", name))
    forms = form_names()
    if not forms:
        raise SelftestFailure("forms/ holds no .ui files")
    return f"resources: {len(FONTS)} fonts, style.qss, icons, {len(forms)} forms found"


def _non_empty(path: Path) -> None:
    if path.stat().st_size == 0:
        raise SelftestFailure(f"{path.name} is empty")


def check_store(run: _Run) -> str:
    from netbuilder.model.demo import build_demo
    from netbuilder.store import Store
    from netbuilder.store.crypto import KdfParams

    passphrase = secrets.token_urlsafe(24)
    folder = run.folder / "data"
    record = build_demo()
    with Store.create(folder, passphrase) as store:  # the real scrypt cost, as the app
        store.add_record(record)
    with Store.open(folder, passphrase) as store:
        run.record = store.get_record(record.client.id)
    if run.record != record:
        raise SelftestFailure("the demo client read back differs from the one saved")
    kdf = KdfParams.default()
    return f"store: encrypted store created (scrypt n=2^{kdf.n.bit_length() - 1}), " \
        "demo client saved and read back"


def check_plan(run: _Run) -> str:
    from netbuilder.report import previous_version, render_plan

    record = _record(run)
    network = record.current_map
    run.pdf = render_plan(record.client, network, previous_version(record, network))
    pages = count_pages(run.pdf)
    if pages != 1:
        raise SelftestFailure(f"the plan has {pages} pages, not one")
    return f"plan: one page, {len(run.pdf) // 1024} KB"


def _record(run: _Run) -> ClientRecord:
    if run.record is None:
        raise SelftestFailure("no demo client to draw (the store check did not run)")
    return run.record


def check_forms(run: _Run) -> str:
    from PySide6.QtWidgets import QWidget

    from netbuilder.gui.fonts import ensure_fonts
    from netbuilder.gui.forms import load_form

    run.keep.append(_application())
    family = ensure_fonts()
    names = form_names()
    for name in names:
        host = QWidget()
        try:
            load_form(name, host)
        finally:
            host.deleteLater()
    return f"gui: font {family!r} registered, {len(names)} forms loaded"


def check_qt_parts(run: _Run) -> str:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QSize
    from PySide6.QtGui import QIcon
    from PySide6.QtNetwork import QLocalServer
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter

    run.keep.append(_application())
    owner = QObject()
    run.keep.append(owner)
    buffer = QBuffer(owner)
    buffer.setData(QByteArray(run.pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument(owner)
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() != 1:
        raise SelftestFailure("Qt's PDF module cannot read the plan back for the preview")
    if document.render(0, QSize(200, 280)).isNull():
        raise SelftestFailure("Qt's PDF module cannot draw the plan")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    if not printer.isValid():
        raise SelftestFailure("Qt's print support cannot make a printer")
    QLocalServer(owner)  # what a second start of the app talks to
    icon = QIcon(str(resource_path("icons", "netbuilder-256.png")))
    if icon.isNull() or icon.pixmap(32, 32).isNull():
        raise SelftestFailure("the app icon cannot be drawn")
    return "qt: PDF preview draws the plan, print support, local sockets, app icon"


def _application() -> QApplication:
    """The running QApplication, or a new offscreen one (no window is ever shown)."""
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    return QApplication(["netbuilder", "-platform", "offscreen"])


Check = Callable[[_Run], str]
CHECKS: tuple[Check, ...] = (check_resources, check_store, check_plan, check_forms,
                             check_qt_parts)


def run_selftest(out: TextIO | None = None) -> int:
    """Run every check; 0 if all passed, 1 at the first failure (one line says which)."""
    stream = out if out is not None else sys.stdout
    _say(stream, f"netbuilder {__version__} selftest ({_where()})")
    with tempfile.TemporaryDirectory(prefix="netbuilder-selftest-") as tmp:
        run = _Run(Path(tmp))
        try:
            for check in CHECKS:
                _say(stream, "ok  " + check(run))
        except Exception as error:
            _say(stream, f"selftest failed: {_step(check)}: {_one_line(error)}")
            return 1
        finally:
            run.keep.clear()
    _say(stream, OK_LINE)
    return 0


def _where() -> str:
    if getattr(sys, "frozen", False):
        return "bundle"
    return "checkout" if (Path(__file__).resolve().parent.parent / "pyproject.toml").exists() \
        else "installed"


def _step(check: Check) -> str:
    return check.__name__.removeprefix("check_").replace("_", " ")


def _one_line(error: BaseException) -> str:
    """The error's kind, where it happened and its first line: never a traceback."""
    if isinstance(error, SelftestFailure):
        return str(error)
    text = str(error).strip().splitlines()
    frames = traceback.extract_tb(error.__traceback__)
    where = f" at {Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else ""
    return f"{type(error).__name__}{where}" + (f": {text[0]}" if text else "")


def _say(stream: TextIO | None, line: str) -> None:
    if stream is not None:  # a windowed build on Windows has no console to print to
        print(line, file=stream, flush=True)
