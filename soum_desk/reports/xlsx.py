"""XLSX reports with openpyxl: styled header, widths, frozen header, A4 print set-up."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from soum_desk.domain.formatting import format_date
from soum_desk.fileio import atomic_path
from soum_desk.reports.common import Column, ReportHeader, RowKind, Signature, TableRow

if TYPE_CHECKING:  # openpyxl itself is imported when a report is made (start-up time)
    from openpyxl.worksheet.worksheet import Worksheet

MM_PER_CHAR = 2.0  # an Excel width unit is roughly 2 mm of 11-pt text


class XlsxReport:
    """One workbook; call `sheet()` per table, then `write()`."""

    def __init__(self, header: ReportHeader) -> None:
        from openpyxl import Workbook

        self.header = header
        self.workbook = Workbook()
        self._first = True

    def sheet(self, name: str, columns: Sequence[Column], rows: Sequence[TableRow | list], *,
              landscape: bool = True, title: str | None = None) -> Worksheet:
        """Add a sheet with the report header, a styled table header and the rows."""
        from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
        from openpyxl.utils import get_column_letter
        from openpyxl.worksheet.properties import PageSetupProperties
        from openpyxl.worksheet.worksheet import Worksheet

        ws = self.workbook.active if self._first else self.workbook.create_sheet()
        assert isinstance(ws, Worksheet)  # a new workbook's sheets are worksheets
        self._first = False
        ws.title = name[:31]
        ncols = len(columns)
        bold = Font(bold=True)
        thin = Side(style="thin", color="000000")
        border = Border(left=thin, right=thin, top=thin, bottom=thin)
        wrap = Alignment(wrap_text=True, vertical="top")
        h = self.header
        # a title that names who reports (seed 001) has no office line above it
        lines = ([h.office_name.upper()] if h.office_name else []) + [(title or h.title).upper()]
        if h.subtitle:
            lines.append(h.subtitle)
        lines.extend(h.extra_lines)
        # (ws.max_row scans every cell: counting appends keeps long sheets linear)
        row = 0  # every sheet starts empty
        for text in lines:
            ws.append([text])
            row += 1
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
            ws.cell(row, 1).font = Font(bold=True, size=12)
            ws.cell(row, 1).alignment = Alignment(horizontal="center", wrap_text=True)
        ws.append([format_date(h.report_date)] + [None] * (ncols - 2) + [h.place])
        ws.append([])
        ws.append([c.title for c in columns])
        header_row = row + 3  # titles, the date/place row, a blank row, then the header
        r = header_row
        fill = PatternFill("solid", fgColor="E8E8E8")
        for col in range(1, ncols + 1):
            cell = ws.cell(header_row, col)
            cell.font = bold
            cell.fill = fill
            cell.border = border
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        section_fill = PatternFill("solid", fgColor="D9E2F3")
        goal_fill = PatternFill("solid", fgColor="F2F2F2")
        aligns = [Alignment(wrap_text=c.wrap, vertical="top", horizontal=c.align if c.align != "left" else None)
                  for c in columns]
        for raw in rows:
            table_row = raw if isinstance(raw, TableRow) else TableRow(list(raw))
            r += 1
            if table_row.kind in (RowKind.SECTION, RowKind.GOAL):
                ws.append([table_row.cells[0]])
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
                cell = ws.cell(r, 1)
                cell.font = bold
                cell.fill = section_fill if table_row.kind == RowKind.SECTION else goal_fill
                cell.alignment = wrap
                for col in range(1, ncols + 1):
                    ws.cell(r, col).border = border
                continue
            ws.append(list(table_row.cells))
            for col in range(1, ncols + 1):
                cell = ws.cell(r, col)
                cell.border = border
                cell.alignment = aligns[col - 1]
                if table_row.kind == RowKind.TOTAL:
                    cell.font = bold
        for col, column in enumerate(columns, start=1):
            ws.column_dimensions[get_column_letter(col)].width = max(6, column.width_mm / MM_PER_CHAR)
        ws.freeze_panes = f"A{header_row + 1}"
        ws.print_title_rows = f"{header_row}:{header_row}"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.orientation = "landscape" if landscape else "portrait"
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        ws.print_options.gridLines = False
        return ws

    def signatures(self, ws: Worksheet, blocks: Sequence[Signature]) -> None:
        """The signature blocks under the table, as seed 001: the label, then position, line and name."""
        from openpyxl.styles import Font

        if not blocks:
            return
        ws.append([])
        for block in blocks:
            ws.append([f"{block.label}:"])
            ws.cell(ws.max_row, 1).font = Font(bold=True)
            ws.append([block.position, "................", block.name])

    def write(self, path: str | Path) -> Path:
        path = Path(path)
        for ws in self.workbook.worksheets:  # reports hold no formulas: text is text
            for row in ws.iter_rows():
                for cell in row:
                    if cell.data_type == "f":  # openpyxl took a text starting with «=» for one
                        cell.data_type = "s"
        with atomic_path(path) as tmp:
            self.workbook.save(tmp)
        return path
