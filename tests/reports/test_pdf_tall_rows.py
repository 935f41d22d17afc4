"""A table row taller than a page (a petition's long text) continues on the next page, whole."""

from __future__ import annotations

import re
from datetime import date

from pypdf import PdfReader

from soum_desk.reports.pdf import Column, PdfReport, ReportHeader, TableRow


def test_a_row_taller_than_a_page_is_split_not_refused(tmp_path):
    report = PdfReport(ReportHeader("Сүхбаатар сумын ЗДТГ", "Өргөдлийн тайлан", date(2024, 1, 1), "Сүхбаатар"))
    first = " ".join(f"а{i:05d}" for i in range(6000))  # about eleven pages in one cell
    second = " ".join(f"б{i:05d}" for i in range(700))
    report.table([Column("№", 10), Column("Агуулга", 120), Column("Тайлбар", 40)],
                 [TableRow(["1", first, "богино"]), TableRow(["2", "богино", second])])
    reader = PdfReader(report.write(tmp_path / "tall.pdf"))
    text = "".join(page.extract_text() for page in reader.pages)
    assert len(reader.pages) > 5
    for prefix, count in (("а", 6000), ("б", 700)):
        assert [int(n) for n in re.findall(prefix + r"(\d{5})", text)] == list(range(count)), prefix
