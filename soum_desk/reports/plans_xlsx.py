"""Plan table as XLSX: the export (imports back whole) and the report (plus a summary sheet)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from openpyxl.workbook.workbook import Workbook

from soum_desk.reports.common import Column, RowKind, TableRow
from soum_desk.reports.plans_layout import (
    AVERAGE_COLUMNS,
    COLUMNS,
    EXTRA_COLUMNS,
    FLOW_COLUMNS,
    PlanReport,
    average_cells,
    average_rows,
    flow_rows,
    summary_pairs,
    table_rows,
)
from soum_desk.reports.xlsx import XlsxReport

INFO_SHEET = "Мэдээлэл"


def write_plan_xlsx(data: PlanReport, path: str | Path, *, summary: bool = False) -> Path:
    """The plan sheet (seed 001 layout + responsible, scale, weight), an info sheet, optionally a summary."""
    from openpyxl.styles import Font

    result = data.result
    report = XlsxReport(data.header)
    columns = COLUMNS + EXTRA_COLUMNS
    rows = table_rows(result, numbers=True, extra=True)
    rows.append(TableRow(average_cells(result, numbers=True, extra=True), RowKind.TOTAL))
    ws = report.sheet("Төлөвлөгөө", columns, rows, landscape=True)
    for cell in ws[ws.max_row]:
        if isinstance(cell.value, float):
            cell.number_format = "0.0"
    ws.append([])
    for block in data.signatures:
        ws.append([f"{block.label}:", block.position, None, None, None, None, block.name])
        ws.cell(ws.max_row, 1).font = Font(bold=True)
    if summary:
        _summary_sheets(report, result)
    _info_sheet(report.workbook, result)
    return report.write(path)


def _summary_sheets(report: XlsxReport, result: Mapping[str, Any]) -> None:
    pairs = [TableRow([label, value]) for label, value in summary_pairs(result)]
    report.sheet("Дүгнэлт", [Column("Үзүүлэлт / figure", 120), Column("Тоо / value", 30, "center")], pairs,
                 landscape=False, title="Дүгнэлт / summary")
    report.sheet("Дундаж", AVERAGE_COLUMNS, average_rows(result), landscape=False,
                 title="Бүлэг, зорилтын дундаж хувь / averages per section and goal")
    report.sheet("Удааширсан", FLOW_COLUMNS, flow_rows(result), landscape=True,
                 title="Удааширсан, тасарсан арга хэмжээ / stalled and broken-off measures")


def _info_sheet(workbook: Workbook, result: Mapping[str, Any]) -> None:
    ws = workbook.create_sheet(INFO_SHEET)
    rows = [
        ("kind", "Баримт бичгийн төрөл", result["kind"]),
        ("year", "Он", result["year"]),
        ("title", "Гарчиг", result["title"]),
        ("act_number", "Баталсан шийдвэрийн дугаар", result.get("act_number") or ""),
        ("act_date", "Баталсан огноо", result.get("act_date") or ""),
        ("period", "Тайлант үе", result["period"]),
    ]
    for row in rows:
        ws.append(list(row))
    ws.column_dimensions["B"].width = 30
    ws.column_dimensions["C"].width = 80
