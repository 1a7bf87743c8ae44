"""The recovery key, shown once at set-up: print it, save it as a PDF, or copy it.

The key is the only way back in when the passphrase is forgotten and is stored nowhere,
so Continue stays disabled until the user ticks that they have kept it. A PDF is written
only where the user chooses; the page holds the key and the explanation, no client data.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QWidget,
)

from .fonts import ensure_fonts
from .forms import child, load_form


def tr(text: str) -> str:
    return QCoreApplication.translate("Recovery", text)


def explanation() -> str:
    return tr("Keep this somewhere safe, away from this laptop. It is the only way back in if "
              "the passphrase is forgotten. Without the passphrase or this key nobody, "
              "including us, can open the records.")


class RecoveryKeyDialog(QDialog):
    """Shows ``key`` once; accepted (Continue) only after "I have kept the recovery key"."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setWindowTitle(tr("Recovery key"))
        self.setMinimumWidth(520)
        form = load_form("recovery_key", self)
        self.key_label = child(form, QLabel, "keyLabel")
        self.key_label.setText(key)
        self.key_label.setFont(key_font(self.key_label.font().pointSizeF() * 1.8))
        child(form, QLabel, "explanationLabel").setText(explanation())
        self.message = child(form, QLabel, "messageLabel")
        self.print_button = child(form, QPushButton, "printButton")
        self.pdf_button = child(form, QPushButton, "pdfButton")
        self.copy_button = child(form, QPushButton, "copyButton")
        self.kept_check = child(form, QCheckBox, "keptCheck")
        buttons = child(form, QDialogButtonBox, "buttonBox")
        self.continue_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.continue_button.setText(tr("Continue"))
        self.continue_button.setEnabled(False)
        self.kept_check.toggled.connect(self.continue_button.setEnabled)
        buttons.accepted.connect(self.accept)
        self.print_button.clicked.connect(self.print_key)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.copy_button.clicked.connect(self.copy_key)

    def accept(self) -> None:
        if self.kept_check.isChecked():
            super().accept()

    def copy_key(self) -> None:
        QGuiApplication.clipboard().setText(self.key)
        self._say(tr("Copied. Paste it somewhere safe, away from this laptop, then clear "
                     "the clipboard."), error=False)

    def print_key(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # only when printing

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if not paint_key_page(printer, self.key):
            self._say(tr("The key could not be printed: check the printer and try again."))

    def save_pdf(self) -> None:
        """Ask where, then write the one-page PDF there (atomically); nowhere otherwise."""
        path = self._ask_pdf_path()
        if path is None:
            return
        from netbuilder.store.formats.atomic import atomic_write_bytes

        try:
            atomic_write_bytes(path, key_pdf(self.key))
        except OSError as e:
            self._say(tr("{file} could not be written ({reason}): choose another folder.")
                      .format(file=path.name, reason=e.strerror or tr("access denied")))
            return
        self._say(tr("Saved as {file}. Keep it away from this laptop, on paper or a "
                     "device of your own.").format(file=path.name), error=False)

    def _ask_pdf_path(self) -> Path | None:
        suggested = Path.home() / "NetBuilder recovery key.pdf"
        name, _filter = QFileDialog.getSaveFileName(
            self, tr("Save the recovery key as PDF"), str(suggested), tr("PDF files (*.pdf)"))
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    def _say(self, text: str, error: bool = True) -> None:
        from .fields import set_message

        set_message(self.message, text, "error" if error else "info")


def key_font(point_size: float) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSizeF(point_size)
    font.setBold(True)
    return font


def key_pdf(key: str) -> bytes:
    """The one-page PDF holding the key, made in memory."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(tr("NetBuilder recovery key"))
    writer.setCreator("NetBuilder")
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait, QMarginsF(20, 20, 20, 20),
                                     QPageLayout.Unit.Millimeter))
    if not paint_key_page(writer, key):
        raise OSError(0, tr("the page could not be drawn"))
    del writer  # finishes the file
    buffer.close()
    return bytes(buffer.data().data())


def paint_key_page(device: QPagedPaintDevice, key: str) -> bool:
    """Draw the key page on a printer or PDF writer; False if it cannot be drawn on."""
    family = ensure_fonts()
    painter = QPainter()
    if not painter.begin(device):
        return False
    try:
        width = float(device.width())
        title = QFont(family, 20, QFont.Weight.Bold)
        y = _text(painter, 0.0, width, tr("NetBuilder recovery key"), title)
        made = tr("Made on {day}").format(day=date.today().isoformat())
        y = _text(painter, y, width, made, QFont(family, 11))
        y = _text(painter, y, width, key, key_font(22), Qt.AlignmentFlag.AlignHCenter)
        _text(painter, y, width, explanation(), QFont(family, 12))
    finally:
        painter.end()
    return True


def _text(painter: QPainter, top: float, width: float, text: str, font: QFont,
          align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> float:
    """Draw ``text`` wrapped at ``width`` from ``top``; returns where the next line starts."""
    painter.setFont(font)
    flags = int(align | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
    bounds = painter.boundingRect(QRectF(0.0, top, width, 1e6), flags, text)
    painter.drawText(QRectF(0.0, top, width, bounds.height()), flags, text)
    return top + bounds.height() + painter.fontMetrics().height()
