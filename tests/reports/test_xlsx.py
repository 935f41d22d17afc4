"""XLSX reports: styled, frozen header row, repeated print titles, A4."""

from __future__ import annotations

from datetime import date

from openpyxl import load_workbook

from soum_desk.reports.common import Column, ReportHeader, RowKind, TableRow
from soum_desk.reports.xlsx import XlsxReport


def test_xlsx_layout(tmp_path):
    header = ReportHeader("Есөнбулаг сумын ЗДТГ", "Өргөдлийн тайлан", date(2024, 12, 31), "Есөнбулаг")
    columns = [Column("№", 10, "right"), Column("Агуулга", 80), Column("Төлөв", 30, "center")]
    rows = [TableRow(["Хэсэг 1"], RowKind.SECTION)] + [[i, f"Өргөдөл {i}", "шийдвэрлэсэн"] for i in range(1, 51)]
    report = XlsxReport(header)
    report.sheet("Өргөдөл", columns, rows, landscape=False)
    path = report.write(tmp_path / "r.xlsx")
    ws = load_workbook(path)["Өргөдөл"]
    header_row = next(r for r in range(1, 10) if ws.cell(r, 2).value == "Агуулга")
    assert ws.cell(1, 1).value == "ЕСӨНБУЛАГ СУМЫН ЗДТГ"
    assert ws.freeze_panes == f"A{header_row + 1}"
    assert ws.print_title_rows == f"${header_row}:${header_row}"
    assert int(ws.page_setup.paperSize) == int(ws.PAPERSIZE_A4) == 9
    assert ws.page_setup.orientation == "portrait"
    assert ws.cell(header_row, 1).font.bold
    assert ws.column_dimensions["B"].width == 40
    assert ws.cell(header_row + 2, 2).value == "Өргөдөл 1"
    assert ws.cell(header_row + 1, 1).value == "Хэсэг 1"
