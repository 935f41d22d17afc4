"""A text that starts with «=» (a clerk's typing, or an imported cell) is written as text, never as a
formula: an exported report must not run `=cmd|' /C calc'!A0` or a HYPERLINK when opened in Excel."""

from __future__ import annotations

import zipfile
from datetime import date

from soum_desk.reports.common import Column, ReportHeader, RowKind, TableRow
from soum_desk.reports.xlsx import XlsxReport

DDE = "=cmd|' /C calc'!A0"


def test_report_text_starting_with_equals_is_not_a_formula(tmp_path):
    header = ReportHeader(office_name="ЗДТГ", title="Тайлан", report_date=date(2024, 1, 5), place="Есөнбулаг")
    report = XlsxReport(header)
    report.sheet("Өргөдөл", [Column("№", 10), Column("Агуулга", 90)],
                 [TableRow([DDE], RowKind.SECTION), TableRow(["1", DDE]),
                  TableRow(["2", '=HYPERLINK("http://x.invalid","дар")'])])
    path = report.write(tmp_path / "r.xlsx")
    with zipfile.ZipFile(path) as zf:
        sheet = zf.read("xl/worksheets/sheet1.xml").decode()
        strings = zf.read("xl/sharedStrings.xml").decode() if "xl/sharedStrings.xml" in zf.namelist() else ""
    assert "<f>" not in sheet and "<f " not in sheet
    assert "cmd|" in sheet + strings and "HYPERLINK" in sheet + strings
