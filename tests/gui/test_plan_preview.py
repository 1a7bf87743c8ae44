"""The plan inside the app: preview (QtPdf), print (QPrinter) and save as PDF, from the window."""

from __future__ import annotations

import io
from array import array
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QKeySequence, QPageSize, QWheelEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from netbuilder.gui import plan_preview
from netbuilder.gui.plan_preview import (
    PlanDocument,
    PlanOptions,
    PlanPreviewDialog,
    PlanSubject,
    print_to,
    render_page,
)
from netbuilder.gui.settings import UiSettings
from netbuilder.gui.window import MainWindow
from netbuilder.model import Client, ClientRecord, ops
from netbuilder.report import render_plan
from netbuilder.store.db import Store

from .shell import OFFSCREEN_SIZE_HINTS, open_window, when_modal

pytestmark = OFFSCREEN_SIZE_HINTS

TODAY = date(2025, 3, 5)
ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"
A4, LETTER = (595, 842), (612, 792)


@pytest.fixture
def settings(tmp_path: Path) -> UiSettings:
    return UiSettings(tmp_path / "window.ini")


def pdf_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    return " ".join(reader.pages[0].extract_text().split())


def page_points(dialog: PlanPreviewDialog) -> tuple[int, int]:
    size = dialog.document.pagePointSize(0)
    return round(size.width()), round(size.height())


def ink_share(image: QImage) -> float:
    """The share of pixels that are not white."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    words = array("I", bytes(image.constBits()))
    return 1.0 - words.count(0xFFFFFFFF) / len(words)


def open_preview(qtbot: QtBot, record: ClientRecord, settings: UiSettings) -> PlanPreviewDialog:
    dialog = PlanPreviewDialog(PlanSubject(record.client, record.current_map), settings,
                               today=TODAY)
    qtbot.addWidget(dialog)
    dialog.resize(1000, 860)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def open_demo(qtbot: QtBot, store: Store, demo: Client) -> MainWindow:
    window = open_window(qtbot, store)
    window.open_client(demo.id)
    assert window.client is not None
    return window


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


# the artifact ---------------------------------------------------------------------------


def test_demo_plan_as_png_artifact(qapp: QApplication, demo_record: ClientRecord) -> None:
    """Renders artifacts/plan-demo-qtpdf.png (not committed) for a person to look at."""
    pdf = render_plan(demo_record.client, demo_record.current_map)  # dated today, as the demo
    document = PlanDocument()
    document.set_pdf(pdf)
    assert document.pageCount() == 1
    image = render_page(document, 0, dpi=150)
    assert (image.width(), image.height()) == (1240, 1754)  # A4 at 150 dpi
    share = ink_share(image)
    assert 0.04 < share < 0.5, share  # drawn on, and still mostly paper
    ARTIFACTS.mkdir(exist_ok=True)
    target = ARTIFACTS / "plan-demo-qtpdf.png"
    assert image.save(str(target))
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert target.stat().st_size > 50_000
    document.close()


# the preview ------------------------------------------------------------------------------


def test_preview_redraws_for_each_option(qtbot: QtBot, demo_record: ClientRecord,
                                         settings: UiSettings) -> None:
    dialog = open_preview(qtbot, demo_record, settings)
    assert dialog.document.pageCount() == 1
    assert page_points(dialog) == A4
    first = dialog.pdf
    assert "Sam Taylor (example)" in pdf_text(first)

    dialog.paper_combo.setCurrentIndex(dialog.paper_combo.findData("letter"))
    assert page_points(dialog) == LETTER
    assert dialog.document.pageCount() == 1

    standard = pdf_text(dialog.pdf)
    dialog.large_print.setChecked(True)
    assert dialog.pdf != first and pdf_text(dialog.pdf) != standard

    dialog.initials.setChecked(True)
    text = pdf_text(dialog.pdf)
    assert "S. T." in text and "Sam Taylor" not in text

    dialog.practitioner.setFocus()
    qtbot.keyClicks(dialog.practitioner, "Robin Carer")
    qtbot.keyClick(dialog.practitioner, Qt.Key.Key_Return)  # draws now, and closes nothing
    assert dialog.isVisible()
    assert "Robin Carer" in pdf_text(dialog.pdf)

    again = PlanOptions.remembered(UiSettings(settings.path))
    assert again == PlanOptions(paper="letter", large_print=True, initials=True,
                                practitioner="Robin Carer")
    assert b"Sam Taylor" not in settings.path.read_bytes()


def test_practitioner_name_redraws_after_a_pause_in_typing(
        qtbot: QtBot, demo_record: ClientRecord, settings: UiSettings) -> None:
    dialog = open_preview(qtbot, demo_record, settings)
    qtbot.keyClicks(dialog.practitioner, "Kim")
    assert "Kim" not in pdf_text(dialog.pdf)  # not on every keystroke
    qtbot.waitUntil(lambda: "Kim" in pdf_text(dialog.pdf), timeout=3000)


def test_preview_zooms_and_fits(qtbot: QtBot, demo_record: ClientRecord,
                                settings: UiSettings) -> None:
    dialog = open_preview(qtbot, demo_record, settings)
    view = dialog.view
    fitted = dialog.effective_zoom()

    def no_scrolling() -> bool:
        return view.verticalScrollBar().maximum() == 0 == view.horizontalScrollBar().maximum()

    qtbot.waitUntil(no_scrolling)  # the whole page (the scroll bars follow a moment later)
    assert dialog.zoom_label.text() == f"{round(fitted * 100)}%"

    qtbot.mouseClick(dialog.findChild(QToolButton, "zoomInButton"), Qt.MouseButton.LeftButton)
    assert dialog.effective_zoom() == pytest.approx(fitted * 1.25)
    qtbot.waitUntil(lambda: view.verticalScrollBar().maximum() > 0)

    wheel = QWheelEvent(QPointF(100, 100), QPointF(view.mapToGlobal(QPoint(100, 100))),
                        QPoint(), QPoint(0, 120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), wheel)
    assert dialog.effective_zoom() == pytest.approx(fitted * 1.25**2)

    dialog.fit_width()
    assert dialog.effective_zoom() > fitted
    dialog.fit_page()
    assert dialog.effective_zoom() == pytest.approx(fitted)
    dialog.resize(700, 600)
    qtbot.waitUntil(lambda: dialog.effective_zoom() < fitted * 0.9)
    qtbot.waitUntil(no_scrolling)


def test_preview_of_a_review_shows_what_changed(qtbot: QtBot, demo_record: ClientRecord,
                                                settings: UiSettings) -> None:
    baseline = demo_record.current_map
    review = ops.update_node(ops.start_review(baseline, "6-month review", baseline.date),
                             "mum", label="Mother")
    dialog = PlanPreviewDialog(PlanSubject(demo_record.client, review, baseline), settings)
    qtbot.addWidget(dialog)
    text = pdf_text(dialog.pdf)
    assert "What changed since baseline" in text
    assert "Shows what changed" in dialog.note.text()
    dialog.large_print.setChecked(True)
    assert "What changed" not in pdf_text(dialog.pdf)
    assert "leaves out" in dialog.note.text()


# printing -----------------------------------------------------------------------------------


def test_print_to_a_pdf_printer_makes_one_page(qapp: QApplication, tmp_path: Path,
                                               demo_record: ClientRecord) -> None:
    target = tmp_path / "printed.pdf"
    printer = pdf_printer(target)
    printer.setDocName(plan_preview.PRINT_JOB_NAME)
    pdf = render_plan(demo_record.client, demo_record.current_map, today=TODAY)
    print_to(printer, pdf)
    reader = PdfReader(target)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == A4
    assert target.stat().st_size > 100_000  # the page, as an image at printer resolution
    assert b"Sam Taylor" not in target.read_bytes()  # job name and title say no name


def test_print_button_prints_what_is_previewed(qtbot: QtBot, tmp_path: Path,
                                               demo_record: ClientRecord, settings: UiSettings,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "printed.pdf"
    asked: list[QPageSize.PageSizeId] = []

    def pretend_dialog(parent: QWidget, printer: QPrinter) -> bool:
        asked.append(printer.pageLayout().pageSize().id())
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return True

    monkeypatch.setattr(plan_preview, "ask_printer", pretend_dialog)
    dialog = open_preview(qtbot, demo_record, settings)
    dialog.paper_combo.setCurrentIndex(dialog.paper_combo.findData("letter"))
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert asked == [QPageSize.PageSizeId.Letter]  # the dialog starts on the plan's paper
    reader = PdfReader(target)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == LETTER


def test_a_cancelled_print_dialog_prints_nothing(qtbot: QtBot, demo_record: ClientRecord,
                                                 settings: UiSettings,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(plan_preview, "ask_printer", lambda parent, printer: False)
    called: list[bytes] = []
    monkeypatch.setattr(plan_preview, "print_to", lambda printer, pdf: called.append(pdf))
    dialog = open_preview(qtbot, demo_record, settings)
    assert not dialog.print_plan()
    assert called == []


# the window ----------------------------------------------------------------------------------


def test_plan_commands_need_an_open_client(qtbot: QtBot, store: Store, demo: Client) -> None:
    window = open_window(qtbot, store)
    commands = window.commands
    plan = [commands.plan_preview, commands.print_plan, commands.save_plan]
    assert not any(a.isEnabled() for a in plan)
    file_menu = window.menuBar().actions()[0].menu()
    assert all(a in file_menu.actions() for a in plan)
    assert commands.print_plan.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    button = window.toolbar.widgetForAction(commands.plan_preview)
    assert isinstance(button, QToolButton) and button.text() == "Plan"
    window.open_client(demo.id)
    assert all(a.isEnabled() for a in plan)
    window.close_client()
    assert not any(a.isEnabled() for a in plan)


def test_save_plan_writes_one_page_with_the_edit_just_made(
        qtbot: QtBot, store: Store, demo: Client, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_demo(qtbot, store, demo)
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "plan.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(folder / "plan"), "PDF files (*.pdf)"))
    assert window.doc.apply("Rename", lambda m: ops.update_node(m, "mum", label="Mother"))
    window.commands.save_plan.trigger()

    assert [p.name for p in folder.iterdir()] == ["plan.pdf"]  # ".pdf" added, no temp left
    text = pdf_text(target.read_bytes())
    assert demo.display_name in text and "Mother" in text
    assert store.current_map(demo.id).node("mum").label == "Mother"  # saved before the plan
    assert "plan.pdf" in window.statusBar().currentMessage()


def test_a_cancelled_save_writes_nothing(qtbot: QtBot, store: Store, demo: Client,
                                         tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_demo(qtbot, store, demo)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: ("", ""))
    before = set(tmp_path.rglob("*"))
    window.commands.save_plan.trigger()
    assert set(tmp_path.rglob("*")) == before


def test_preview_from_the_window_shows_the_review_and_its_changes(
        qtbot: QtBot, store: Store, demo: Client) -> None:
    baseline = store.current_map(demo.id)
    store.add_version(ops.start_review(baseline, "6-month review", baseline.date))
    window = open_demo(qtbot, store, demo)
    assert window.doc.apply("Rename", lambda m: ops.update_node(m, "jo", label="Joanne"))
    seen: dict[str, object] = {}

    def look(dialog: PlanPreviewDialog) -> None:
        seen["pages"] = dialog.document.pageCount()
        seen["text"] = pdf_text(dialog.pdf)

    when_modal(PlanPreviewDialog, look)
    window.commands.plan_preview.trigger()
    assert seen["pages"] == 1
    text = str(seen["text"])
    assert "What changed since baseline" in text and "Joanne" in text
    assert store.current_map(demo.id).node("jo").label == "Joanne"
    assert not window.findChildren(PlanPreviewDialog) or all(
        not d.isVisible() for d in window.findChildren(PlanPreviewDialog))


def test_print_from_the_window_uses_the_remembered_options(
        qtbot: QtBot, store: Store, demo: Client, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_demo(qtbot, store, demo)
    PlanOptions(paper="letter", initials=True).remember(window.settings)
    target = tmp_path / "printed.pdf"

    def pretend_dialog(parent: QWidget, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return True

    printed: list[bytes] = []
    real_print_to = plan_preview.print_to

    def spy(printer: QPrinter, pdf: bytes) -> None:
        printed.append(pdf)
        real_print_to(printer, pdf)

    monkeypatch.setattr(plan_preview, "ask_printer", pretend_dialog)
    monkeypatch.setattr(plan_preview, "print_to", spy)
    window.commands.print_plan.trigger()
    assert len(PdfReader(target).pages) == 1
    text = pdf_text(printed[0])
    assert "S. T." in text and demo.display_name not in text
    assert "printer" in window.statusBar().currentMessage()
