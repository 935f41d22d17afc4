"""A preview of a generated PDF report with Print and Save as….

Every area shows its reports through `ReportPreview.show_pdf(parent, path)`.
The view is QtPdf's QPdfView; printing renders each page at the printer's
resolution and paints it on a QPrinter page.
"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QKeySequence, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from soum_desk.errors import EnvironmentProblem
from soum_desk.fileio import atomic_path
from soum_desk.ui.messages import show_error
from soum_desk.ui.widgets.window_fit import remember_geometry

log = logging.getLogger(__name__)


class ReportPreview(QDialog):
    """Shows one PDF; the file stays where the report service wrote it."""

    def __init__(self, pdf_path: str | Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("report_preview")
        self.pdf_path = Path(pdf_path)
        self.document = QPdfDocument(self)
        error = self.document.load(str(self.pdf_path))
        if error != QPdfDocument.Error.None_:
            raise OSError(f"cannot open {self.pdf_path}: {error.name}")
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pages_label = QLabel()
        self.print_button = QPushButton()
        self.print_button.setObjectName("preview_print")
        self.print_button.clicked.connect(self.print_document)
        self.save_button = QPushButton()
        self.save_button.setObjectName("preview_save")
        self.save_button.clicked.connect(self.save_as)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pages_label)
        buttons.addStretch(1)
        for button in (self.print_button, self.save_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        remember_geometry(self, "report_preview", 900, 1000)  # an A4 page at a readable size, within the screen
        self.retranslate()

    @classmethod
    def show_pdf(cls, parent: QWidget | None, pdf_path: str | Path) -> ReportPreview | None:
        """Open a preview window for `pdf_path` (non-modal); None if it could not be opened."""
        try:
            preview = cls(pdf_path, parent)
        except OSError as exc:
            show_error(parent, EnvironmentProblem("PDF файлыг нээж чадсангүй.", "Could not open the PDF file.",
                                                  where=str(pdf_path)))
            log.warning("preview failed: %s", exc)
            return None
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.show()
        return preview

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Тайлан: %1").replace("%1", self.pdf_path.name))
        self.pages_label.setText(self.tr("%1 хуудас").replace("%1", str(self.page_count)))
        self.print_button.setText(self.tr("Хэвлэх…"))
        # after setText, which resets a button's shortcut to its text's mnemonic
        self.print_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))  # Ctrl+P
        self.print_button.setToolTip(QKeySequence(QKeySequence.StandardKey.Print).toString(
            QKeySequence.SequenceFormat.NativeText))
        self.save_button.setText(self.tr("Хадгалах…"))
        self.close_button.setText(self.tr("Хаах"))

    def changeEvent(self, event) -> None:
        if event.type() == event.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- printing -----------------------------------------------------------
    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.pdf_path.stem)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Хэвлэх"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Paint every page (or the chosen range) on `printer`; returns the pages printed."""
        first, last = printer.fromPage(), printer.toPage()
        if first == 0 and last == 0:
            first, last = 1, self.page_count
        painter = QPainter()
        if not painter.begin(printer):
            show_error(self, EnvironmentProblem("Хэвлэгчийг эхлүүлж чадсангүй.", "Could not start the printer."))
            return 0
        printed = 0
        try:
            for page in range(first - 1, min(last, self.page_count)):
                if printed:
                    printer.newPage()
                self._paint_page(painter, printer, page)
                printed += 1
        finally:
            painter.end()
        return printed

    def _paint_page(self, painter: QPainter, printer: QPrinter, page: int) -> None:
        target = painter.viewport()
        points = self.document.pagePointSize(page)
        scale = min(target.width() / points.width(), target.height() / points.height())
        size = QSize(int(points.width() * scale), int(points.height() * scale))
        image = self.document.render(page, size)
        painter.drawImage(QPointF((target.width() - size.width()) / 2, 0), image)

    # --- saving -------------------------------------------------------------
    def save_as(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Тайланг хадгалах"),
                                              str(Path.home() / self.pdf_path.name), "PDF (*.pdf)")
        if not name:
            return
        try:
            self.save_to(Path(name))
        except Exception as exc:
            show_error(self, exc)

    def save_to(self, target: Path) -> Path:
        """Copy the PDF to `target` (temporary name, fsync, rename)."""
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        with atomic_path(target) as tmp:
            shutil.copyfile(self.pdf_path, tmp)
        return target
