"""Plan table as XLSX: the export (imports back whole) and the report (plus a summary sheet)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from openpyxl.workbook.workbook import Workbook

from soum_desk.reports.common import Column, RowKind, TableRow
from soum_desk.reports.plans_layout import (
    EXTRA_COLUMNS,
    PlanReport,
    average_cells,
    average_columns,
    average_rows,
    columns,
    flow_columns,
    flow_rows,
    summary_pairs,
    table_rows,
)
from soum_desk.reports.xlsx import XlsxReport

INFO_SHEET = "Мэдээлэл"


def write_plan_xlsx(data: PlanReport, path: str | Path, *, summary: bool = False) -> Path:
    """The plan sheet (seed 001 layout + responsible, scale, weight), an info sheet, optionally a summary."""
    from openpyxl.styles import Font

    result, lang = data.result, data.lang
    report = XlsxReport(data.header)
    rows = table_rows(result, numbers=True, extra=True, lang=lang)
    rows.append(TableRow(average_cells(result, numbers=True, extra=True, lang=lang), RowKind.TOTAL))
    ws = report.sheet(SHEETS["plan"][lang == "en"], columns(lang) + _extra_columns(lang), rows, landscape=True)
    for cell in ws[ws.max_row]:
        if isinstance(cell.value, float):
            cell.number_format = "0.0"
    ws.append([])
    for block in data.signatures:
        ws.append([f"{block.label}:", block.position, None, None, None, None, block.name])
        ws.cell(ws.max_row, 1).font = Font(bold=True)
    if summary:
        _summary_sheets(report, result, lang)
    _info_sheet(report.workbook, result, lang)
    return report.write(path)


def _extra_columns(lang: str) -> list[Column]:
    if lang != "en":
        return EXTRA_COLUMNS
    return [Column("Responsible unit", 30), Column("Evaluation scale", 18, "center"), Column("Weight", 9, "center")]


# sheet name (mn, en) and, for the summary sheets, its title (mn, en)
SHEETS = {"plan": ("Төлөвлөгөө", "Plan"), "summary": ("Дүгнэлт", "Summary"), "averages": ("Дундаж", "Averages"),
          "flows": ("Удааширсан", "Stalled")}
TITLES = {"summary": ("Дүгнэлт", "Summary"),
          "averages": ("Бүлэг, зорилтын дундаж хувь", "Averages per section and goal"),
          "flows": ("Удааширсан, тасарсан арга хэмжээ", "Stalled and broken-off measures")}


def _summary_sheets(report: XlsxReport, result: Mapping[str, Any], lang: str) -> None:
    en = lang == "en"
    pairs = [TableRow([label, value]) for label, value in summary_pairs(result, lang, numbers=lang)]
    report.sheet(SHEETS["summary"][en], [Column("Figure" if en else "Үзүүлэлт", 120),
                                         Column("Value" if en else "Тоо", 30, "center")], pairs,
                 landscape=False, title=TITLES["summary"][en])
    report.sheet(SHEETS["averages"][en], average_columns(lang), average_rows(result, lang), landscape=False,
                 title=TITLES["averages"][en])
    report.sheet(SHEETS["flows"][en], flow_columns(lang), flow_rows(result, lang), landscape=True,
                 title=TITLES["flows"][en])


def _info_sheet(workbook: Workbook, result: Mapping[str, Any], lang: str = "mn") -> None:
    """Key, label, value per row: the export's «Мэдээлэл» sheet is read back on import."""
    en = lang == "en"
    ws = workbook.create_sheet("Information" if en else INFO_SHEET)
    rows = [
        ("kind", "Document kind" if en else "Баримт бичгийн төрөл", result["kind"]),
        ("year", "Year" if en else "Он", result["year"]),
        ("title", "Title" if en else "Гарчиг", result["title"]),
        ("act_number", "Number of the approving act" if en else "Баталсан шийдвэрийн дугаар",
         result.get("act_number") or ""),
        ("act_date", "Date approved" if en else "Баталсан огноо", result.get("act_date") or ""),
        ("period", "Reporting period" if en else "Тайлант үе", result["period"]),
    ]
    for row in rows:
        ws.append(list(row))
    ws.column_dimensions["B"].width = 30
    ws.column_dimensions["C"].width = 80
