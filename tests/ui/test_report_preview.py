"""The report preview shows a PDF, prints it page by page and saves a copy."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrinter

from soum_desk.reports.common import Column, ReportHeader
from soum_desk.reports.pdf import PdfReport
from soum_desk.ui.widgets.report_preview import ReportPreview


@pytest.fixture
def pdf(tmp_path):
    report = PdfReport(ReportHeader("Есөнбулаг сумын ЗДТГ", "Туршилтын тайлан", date(2024, 12, 31), "Есөнбулаг"))
    report.table([Column("№", 10), Column("Агуулга", 100)], [[i, f"Мөр {i}"] for i in range(120)])
    return report.write(tmp_path / "test.pdf")


def test_preview_prints_and_saves(qtbot, pdf, tmp_path):
    preview = ReportPreview.show_pdf(None, pdf)
    qtbot.addWidget(preview)
    assert preview.isVisible() and preview.page_count >= 2
    assert "test.pdf" in preview.windowTitle()
    saved = preview.save_to(tmp_path / "out" / "copy")
    assert saved.name == "copy.pdf" and saved.read_bytes() == pdf.read_bytes()
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert preview.print_to(printer) == preview.page_count
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == preview.page_count
    assert preview.print_button.shortcut().matches(QKeySequence("Ctrl+P")) == QKeySequence.SequenceMatch.ExactMatch


def test_a_missing_file_gives_a_message(qtbot, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr("soum_desk.ui.widgets.report_preview.show_error", lambda _p, exc: shown.append(exc))
    assert ReportPreview.show_pdf(None, tmp_path / "missing.pdf") is None
    assert "missing.pdf" in str(shown[0])
