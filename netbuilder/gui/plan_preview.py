"""The one-page plan inside the app: preview it, print it, save it as PDF.

reportlab draws the plan (``netbuilder.report``); QtPdf shows those same PDF bytes
in the preview and rasterises them for the printer, so what is previewed, printed
and saved is one drawing. Qt's PDF and print modules load only when a plan is asked
for, not at start-up.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QObject,
    QRect,
    QSize,
    QSizeF,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QGuiApplication,
    QImage,
    QKeySequence,
    QPageLayout,
    QPageSize,
    QPainter,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import (
    QAbstractPrintDialog,
    QPrintDialog,
    QPrinter,
    QPrinterInfo,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QToolButton,
    QWidget,
)

from netbuilder.model import Client, NetworkMap
from netbuilder.report import Paper, RenderedPlan, build_plan, render_full_record
from netbuilder.store.errors import StoreError
from netbuilder.store.formats.atomic import atomic_write_bytes

from .forms import child, load_form
from .settings import UiSettings

if TYPE_CHECKING:
    from .window import MainWindow

Command = Literal["preview", "print", "save"]


def tr(text: str) -> str:
    return QCoreApplication.translate("PlanPreview", text)


PAPERS: tuple[tuple[Paper, str], ...] = (
    ("a4", QT_TRANSLATE_NOOP("PlanPreview", "A4")),
    ("letter", QT_TRANSLATE_NOOP("PlanPreview", "US Letter")),
)
PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
MAX_PRINT_DPI = 600  # finer than this only makes the print job bigger
BAND_ROWS = 1024  # the page goes to the printer in strips, not one huge image
PRINT_JOB_NAME = "NetBuilder plan"  # print queues are often shared: no client name here
ZOOM_STEP = 1.25
ZOOM_MIN, ZOOM_MAX = 0.25, 4.0


class PlanError(Exception):
    """The plan could not be shown, printed or saved; the message says why, plainly."""


# what is printed, and how ------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PlanOptions:
    """The choices in the preview; remembered in the window's settings (no client text)."""

    paper: Paper = "a4"
    large_print: bool = False
    initials: bool = False
    practitioner: str = ""

    @classmethod
    def remembered(cls, settings: UiSettings) -> PlanOptions:
        return cls(
            paper=settings.plan_paper(),  # also chosen in Preferences and the welcome
            large_print=settings.flag("plan_large_print", False),
            initials=settings.plan_initials(),
            practitioner=settings.text("plan_practitioner", ""),
        )

    def remember(self, settings: UiSettings) -> None:
        if PlanOptions.remembered(settings) == self:
            return
        settings.set_plan_paper(self.paper)
        settings.set_flag("plan_large_print", self.large_print)
        settings.set_plan_initials(self.initials)
        settings.set_text("plan_practitioner", self.practitioner)


@dataclass(frozen=True, slots=True)
class PlanSubject:
    """The map version the plan is of, and the version it reviews (for "what changed")."""

    client: Client
    network: NetworkMap
    previous: NetworkMap | None = None

    def build(self, options: PlanOptions, today: date | None = None) -> RenderedPlan:
        return build_plan(
            self.client, self.network, self.previous, paper=options.paper,
            large_print=options.large_print, initials=options.initials,
            practitioner=options.practitioner.strip() or None, today=today,
        )


def subject_of(window: MainWindow) -> PlanSubject | None:
    """The map open in ``window`` as it is on screen, or None when no client is open."""
    if window.client is None:
        return None
    network = window.doc.network
    previous = None
    if network.based_on is not None:
        try:
            previous = window.store.get_map(network.based_on)
        except StoreError:
            previous = None  # the plan is still worth having without the "what changed" box
    return PlanSubject(window.client, network, previous)


# PDF bytes as Qt sees them --------------------------------------------------------


class PlanDocument(QPdfDocument):
    """A ``QPdfDocument`` over PDF bytes in memory (it keeps the buffer it reads from)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]  # the stub wants one; Qt does not
        self._buffer: QBuffer | None = None

    def set_pdf(self, pdf: bytes) -> None:
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.load(buffer)  # closes the document shown before
        if self.status() != QPdfDocument.Status.Ready or self.pageCount() < 1:
            buffer.deleteLater()
            raise PlanError(tr("The plan could not be read back for display ({reason}).")
                            .format(reason=self.error().name))
        old, self._buffer = self._buffer, buffer
        if old is not None:
            old.close()
            old.deleteLater()


def page_image(document: QPdfDocument, page: int, size: QSize,
               clip: QRect | None = None) -> QImage:
    """Page ``page`` drawn at ``size`` pixels on white (QtPdf leaves the paper transparent);
    with ``clip``, only that part of it (for printing in strips)."""
    options = QPdfDocumentRenderOptions()
    out = size
    if clip is not None:
        options.setScaledSize(size)
        options.setScaledClipRect(clip)
        out = clip.size()
    drawn = document.render(page, out, options)
    image = QImage(out, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.drawImage(0, 0, drawn)
    painter.end()
    return image


def render_page(document: QPdfDocument, page: int = 0, dpi: float = 150.0) -> QImage:
    """A whole page at ``dpi`` (for a look at it, and tests)."""
    points = document.pagePointSize(page)
    return page_image(document, page, (points * (dpi / 72.0)).toSize())


# printing -------------------------------------------------------------------------


def new_printer(paper: Paper) -> QPrinter:
    """A printer set up for the plan's paper, before the print dialog lets a person change it."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(PRINT_JOB_NAME)
    printer.setCreator("NetBuilder")
    printer.setPageSize(QPageSize(PAGE_SIZES[paper]))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)  # the plan has its own margins
    return printer


def print_to(printer: QPrinter, pdf: bytes) -> None:
    """Print the plan's pages on ``printer`` at its resolution (capped at ``MAX_PRINT_DPI``).

    Each page keeps its proportions, centred on the paper: 1:1 when the paper is the
    plan's, shrunk to fit when the printer has smaller paper.
    """
    document = PlanDocument()
    try:
        document.set_pdf(pdf)
        printer.setFullPage(True)
        painter = QPainter()
        if not painter.begin(printer):
            raise PlanError(tr("The printer could not be started. Check that it is switched on "
                               "and connected, or save the plan as PDF instead."))
        try:
            copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
            first = True
            for _copy in range(copies):
                for page in range(document.pageCount()):
                    if not first:
                        printer.newPage()
                    first = False
                    _print_page(painter, printer, document, page)
        finally:
            painter.end()
    finally:
        document.close()
        document.deleteLater()


def _print_page(painter: QPainter, printer: QPrinter, document: QPdfDocument, page: int) -> None:
    paper = printer.paperRect(QPrinter.Unit.DevicePixel)
    points: QSizeF = document.pagePointSize(page)
    scale = min(paper.width() / points.width(), paper.height() / points.height())  # px per pt
    step = max(1, math.ceil(printer.resolution() / MAX_PRINT_DPI))  # device px per image px
    width = max(1, round(points.width() * scale / step))
    height = max(1, round(points.height() * scale / step))
    left = round(paper.x() + (paper.width() - width * step) / 2)
    top = round(paper.y() + (paper.height() - height * step) / 2)
    whole = QSize(width, height)
    for row in range(0, height, BAND_ROWS):
        rows = min(BAND_ROWS, height - row)
        band = page_image(document, page, whole, QRect(0, row, width, rows))
        painter.drawImage(QRect(left, top + row * step, width * step, rows * step), band)


def ask_printer(parent: QWidget, printer: QPrinter) -> bool:
    """The platform print dialog; True when the person chose to print."""
    if not QPrinterInfo.availablePrinterNames():
        QMessageBox.information(
            parent, tr("No printer"),
            tr("No printer is set up on this computer. Save the plan as PDF to print it "
               "elsewhere."))
        return False
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(tr("Print plan"))
    dialog.setOptions(QAbstractPrintDialog.PrintDialogOption.PrintShowPageSize)
    dialog.setMinMax(1, 1)
    return dialog.exec() == QDialog.DialogCode.Accepted


def print_plan(parent: QWidget, pdf: bytes, paper: Paper) -> bool:
    """Ask which printer, then print; True when it went to the printer."""
    printer = new_printer(paper)
    if not ask_printer(parent, printer):
        return False
    try:
        print_to(printer, pdf)
    except PlanError as e:
        QMessageBox.warning(parent, tr("The plan was not printed"), str(e))
        return False
    return True


# saving ---------------------------------------------------------------------------


def ask_save_path(parent: QWidget, today: date | None = None, *,
                  stem: str = "network-plan", title: str = "") -> Path | None:
    """Where to save; the suggested name holds the date only, never the client's name."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    day = (today or date.today()).isoformat()
    suggested = Path(folder or Path.home()) / f"{stem}-{day}.pdf"
    name, _filter = QFileDialog.getSaveFileName(
        parent, title or tr("Save plan as PDF"), str(suggested), tr("PDF files (*.pdf)"))
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def save_plan(parent: QWidget, pdf: bytes, *, stem: str = "network-plan",
              title: str = "") -> Path | None:
    """Ask where, then write atomically (a temporary file beside it, then a rename)."""
    path = ask_save_path(parent, stem=stem, title=title)
    if path is None:
        return None
    try:
        return atomic_write_bytes(path, pdf)
    except OSError as e:
        QMessageBox.warning(parent, tr("The plan was not saved"),
                            tr("{file} could not be written: {reason}.").format(
                                file=path.name, reason=e.strerror or e))
        return None


# the preview ----------------------------------------------------------------------


class PlanView(QPdfView):
    """The page; Ctrl + the mouse wheel zooms, as in the map."""

    zoom_requested = Signal(int)  # +1 in, -1 out
    resized = Signal()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            delta = event.angleDelta().y()
            if delta:
                self.zoom_requested.emit(1 if delta > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)


class PlanPreviewDialog(QDialog):
    """The plan as it will print, with its options, and Print and Save buttons."""

    def __init__(self, subject: PlanSubject, settings: UiSettings,
                 parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planPreviewDialog")
        self.setWindowTitle(tr("Plan preview"))
        self.subject, self.settings, self.today = subject, settings, today
        self.plan: RenderedPlan | None = None
        self._shown = PlanOptions()
        self._note = ""
        form = load_form("plan_preview", self)
        self.paper_combo = child(form, QComboBox, "paperCombo")
        self.large_print = child(form, QCheckBox, "largePrintCheck")
        self.full_name = child(form, QRadioButton, "fullNameRadio")
        self.initials = child(form, QRadioButton, "initialsRadio")
        self.practitioner = child(form, QLineEdit, "practitionerEdit")
        self.note = child(form, QLabel, "noteLabel")
        self.zoom_label = child(form, QLabel, "zoomLabel")
        self.print_button = child(form, QPushButton, "printButton")
        self.save_button = child(form, QPushButton, "saveButton")
        buttons = child(form, QDialogButtonBox, "buttonBox")
        buttons.rejected.connect(self.reject)
        self.record_button = buttons.addButton(
            tr("Save full record as PDF\u2026"), QDialogButtonBox.ButtonRole.ActionRole)
        self.record_button.setObjectName("saveRecordButton")
        self.record_button.setToolTip(
            tr("Every connection, link, goal and referral, on as many pages as needed"))
        self.record_button.clicked.connect(self.save_full_record)
        for button in buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)  # Enter in "your name" must not close or print
        for value, label in PAPERS:
            self.paper_combo.addItem(tr(label), value)  # i18n: marked in PAPERS

        self.document = PlanDocument(self)
        self.view = PlanView(self)
        self.view.setObjectName("planView")
        self.view.setAccessibleName(tr("Plan preview"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.SinglePage)
        self.view.setMinimumSize(360, 420)
        self._whole_page = True  # Qt's own FitInView leaves the page a few pixels too tall
        area = child(form, QWidget, "previewArea").layout()
        if area is None:
            raise LookupError("form 'plan_preview' has no layout in previewArea")
        area.addWidget(self.view)

        self._show_options(PlanOptions.remembered(settings))
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(400)
        self._typing.timeout.connect(self.refresh)
        self._connect(form)
        self._size_to_screen()
        self.refresh()

    # options ------------------------------------------------------------------------

    @property
    def options(self) -> PlanOptions:
        paper: Paper = "letter" if self.paper_combo.currentData() == "letter" else "a4"
        return PlanOptions(paper=paper, large_print=self.large_print.isChecked(),
                           initials=self.initials.isChecked(),
                           practitioner=self.practitioner.text().strip())

    @property
    def pdf(self) -> bytes:
        if self.plan is None:
            raise PlanError("The plan has not been drawn.")
        return self.plan.pdf

    def _show_options(self, options: PlanOptions) -> None:
        self.paper_combo.setCurrentIndex(max(0, self.paper_combo.findData(options.paper)))
        self.large_print.setChecked(options.large_print)
        (self.initials if options.initials else self.full_name).setChecked(True)
        self.practitioner.setText(options.practitioner)

    def _connect(self, form: QWidget) -> None:
        self.paper_combo.currentIndexChanged.connect(self.refresh)
        self.large_print.toggled.connect(self.refresh)
        self.initials.toggled.connect(self.refresh)
        self.practitioner.textEdited.connect(lambda _text: self._typing.start())
        self.practitioner.editingFinished.connect(self._typed)
        self.print_button.clicked.connect(self.print_plan)
        self.save_button.clicked.connect(self.save_pdf)
        child(form, QToolButton, "zoomInButton").clicked.connect(lambda: self.zoom_by(1))
        child(form, QToolButton, "zoomOutButton").clicked.connect(lambda: self.zoom_by(-1))
        child(form, QToolButton, "fitPageButton").clicked.connect(self.fit_page)
        child(form, QToolButton, "fitWidthButton").clicked.connect(self.fit_width)
        self.view.zoom_requested.connect(self.zoom_by)
        self.view.resized.connect(self._fit)
        self.view.zoomFactorChanged.connect(lambda _f: self._show_zoom())
        self.view.zoomModeChanged.connect(lambda _m: self._show_zoom())
        for text, keys, slot in (
            (tr("Print"), QKeySequence.StandardKey.Print, self.print_plan),
            (tr("Zoom in"), QKeySequence.StandardKey.ZoomIn, lambda: self.zoom_by(1)),
            (tr("Zoom out"), QKeySequence.StandardKey.ZoomOut, lambda: self.zoom_by(-1)),
            (tr("Whole page"), "Ctrl+0", self.fit_page),
        ):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(lambda _checked=False, run=slot: run())
            self.addAction(action)

    def _typed(self) -> None:
        """Draw now if the name typed is not on the page yet."""
        if self.plan is None or self.options != self._shown:
            self.refresh()

    # drawing --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Draw the plan again with the options as they are now, and remember them."""
        self._typing.stop()
        options = self.options
        self.plan = self.subject.build(options, self.today)
        self._shown = options
        self.document.set_pdf(self.plan.pdf)
        self._show_note(self.plan, options)
        self._fit()
        options.remember(self.settings)

    def _show_note(self, plan: RenderedPlan, options: PlanOptions) -> None:
        network, lines = self.subject.network, []
        if self.subject.previous is not None:
            if options.large_print:
                lines.append(tr("Large print leaves out the \u201cwhat changed\u201d box."))
            else:
                lines.append(tr("Shows what changed since {label}.").format(
                    label=self.subject.previous.label))
        if plan.nodes_hidden:
            hidden = plan.nodes_hidden
            lines.append((tr("{n} connection did not fit on the map; the plan says how many "
                             "more there are.") if hidden == 1 else
                          tr("{n} connections did not fit on the map; the plan says how many "
                             "more there are.")).format(n=hidden))
        if plan.goals_shown < len(network.goals):
            lines.append(tr("{shown} of {total} goals fit on the page.").format(
                shown=plan.goals_shown, total=len(network.goals)))
        if plan.referrals_shown < len(network.referrals):
            lines.append(tr("{shown} of {total} referrals fit on the page.").format(
                shown=plan.referrals_shown, total=len(network.referrals)))
        if not lines:
            lines.append(tr("Everything on the map fits on the page."))
        self._note = "\n".join(lines)
        self.note.setText(self._note)

    # zoom -----------------------------------------------------------------------------

    def effective_zoom(self) -> float:
        """The zoom the page is shown at (1.0: its printed size on this screen)."""
        if self.view.zoomMode() == QPdfView.ZoomMode.FitToWidth:
            return self._fitting_zoom(whole_page=False)
        return float(self.view.zoomFactor())

    def zoom_by(self, steps: int) -> None:
        factor = self.effective_zoom() * ZOOM_STEP**steps
        self._whole_page = False
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(max(factor, ZOOM_MIN), ZOOM_MAX))
        self._show_zoom()

    def fit_page(self) -> None:
        """The whole page in view, now and as the dialog is resized."""
        self._whole_page = True
        self._fit()

    def fit_width(self) -> None:
        self._whole_page = False
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._show_zoom()

    def _fit(self) -> None:
        if self._whole_page:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(self._fitting_zoom(whole_page=True))
        self._show_zoom()

    def _fitting_zoom(self, whole_page: bool) -> float:
        if self.document.pageCount() < 1:
            return 1.0
        points = self.document.pagePointSize(0)
        screen = QGuiApplication.primaryScreen()  # as QPdfView measures a page
        per_point = (screen.logicalDotsPerInch() if screen is not None else 96.0) / 72.0
        margins = self.view.documentMargins()
        if not whole_page:  # as Qt fits the width: the viewport, beside any scroll bar
            room = self.view.viewport().width() - margins.left() - margins.right()
            return max(room / (points.width() * per_point), 0.05)
        area = self.view.contentsRect()  # the room there is once no scroll bar is needed
        width = area.width() - margins.left() - margins.right() - 1
        height = area.height() - margins.top() - margins.bottom() - self.view.pageSpacing() - 1
        fit = min(width / (points.width() * per_point), height / (points.height() * per_point))
        return min(max(fit, 0.05), ZOOM_MAX)

    def _show_zoom(self) -> None:
        self.zoom_label.setText(tr("{percent}%").format(
            percent=round(self.effective_zoom() * 100)))

    def _size_to_screen(self) -> None:
        size = QSize(1040, 900)
        screen = (self.parentWidget() or self).screen()
        if screen is not None:
            room = screen.availableGeometry().size() * 0.9
            size = size.boundedTo(room)
        self.resize(size)

    # printing and saving --------------------------------------------------------------

    def print_plan(self) -> bool:
        self._typed()
        return print_plan(self, self.pdf, self.options.paper)

    def save_pdf(self) -> Path | None:
        self._typed()
        path = save_plan(self, self.pdf)
        if path is not None:
            self.note.setText(self._note + "\n\n" + tr("Saved as {file}.").format(file=path.name))
        return path

    def save_full_record(self) -> Path | None:
        """The full record (every item, several pages) with the plan's paper and name."""
        options, s = self.options, self.subject
        pdf = render_full_record(
            s.client, s.network, s.previous, paper=options.paper, initials=options.initials,
            practitioner=options.practitioner or None, today=self.today)
        path = save_plan(self, pdf, stem="network-record",
                         title=tr("Save full record as PDF"))
        if path is not None:
            self.note.setText(self._note + "\n\n"
                              + tr("Full record saved as {file}.").format(file=path.name))
        return path


# the window's commands ---------------------------------------------------------------


def run_plan_command(window: MainWindow, command: Command) -> None:
    """Preview, print or save the plan of the map open in ``window`` (already saved)."""
    subject = subject_of(window)
    if subject is None:
        return
    if command == "preview":
        dialog = PlanPreviewDialog(subject, window.settings, window)
        dialog.exec()
        dialog.deleteLater()
        return
    options = PlanOptions.remembered(window.settings)
    pdf = subject.build(options).pdf
    if command == "print":
        if print_plan(window, pdf, options.paper):
            window.statusBar().showMessage(tr("The plan went to the printer."), 8000)
        return
    path = save_plan(window, pdf)
    if path is not None:
        window.statusBar().showMessage(tr("Plan saved as {file}.").format(file=path.name), 8000)


__all__ = [
    "PlanDocument",
    "PlanOptions",
    "PlanPreviewDialog",
    "PlanSubject",
    "page_image",
    "print_to",
    "render_page",
    "run_plan_command",
    "subject_of",
]
