"""A checked workbook's cell values read with python-calamine (the registers' importers).

`safe_workbook.check` runs first on the file's bytes (archive, XML and size checks, and the
furthest cell any sheet names, which bounds what calamine allocates); calamine then reads the
same bytes — about twelve times faster than openpyxl's read-only mode. Values come back as
openpyxl gave them (None for a blank cell, a whole number as int, the error text of a formula
error), so the importers' row checks are unchanged. The plans importer keeps openpyxl: it needs
each cell's number format (a percent typed as 45 % is stored as 0.45).
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from soum_desk.errors import ValidationError
from soum_desk.importers.safe_workbook import (
    LIMITS,
    Limits,
    Workbook,
    _read,
    _refuse,
    check,
    open_workbook,
    rows,
)


def _value(cell: Any) -> object:
    """calamine's value as openpyxl's data-only reader gives it."""
    if cell == "" and isinstance(cell, str):
        return None
    if isinstance(cell, float) and cell.is_integer():
        return int(cell)
    if isinstance(cell, date) and not isinstance(cell, datetime):  # openpyxl: a date cell is a datetime
        return datetime(cell.year, cell.month, cell.day)
    return cell


@dataclass
class ValueSheet:
    """One sheet: its title, and its rows from row 1 as openpyxl's `values_only` rows."""

    title: str
    _sheet: Any = field(repr=False)

    @property
    def max_row(self) -> int:
        """The last row with a value (for a progress bar)."""
        return int(self._sheet.end[0]) + 1 if self._sheet.end else 0

    def values(self, where: str) -> Iterator[tuple]:
        """Every row from row 1, trailing blanks dropped; a row with no value is ()."""
        start = self._sheet.start
        lead = (None,) * (int(start[1]) if start else 0)  # calamine's rows start at the first used column
        try:
            source = self._sheet.iter_rows()
        except Exception as exc:  # noqa: BLE001 - calamine's errors for a broken sheet have no common base
            raise _sheet_error(where, self.title, 1, exc) from None
        for cells in source:
            # `_value` inlined for the usual classes (text, numbers, date-times): one call fewer a cell
            row = [(c or None) if (kind := c.__class__) is str
                   else (int(c) if c.is_integer() else c) if kind is float
                   else c if kind is datetime else _value(c) for c in cells]
            end = len(row)
            while end and row[end - 1] is None:
                end -= 1
            yield (*lead, *row[:end]) if end else ()


def _sheet_error(where: str, title: str, row: int, exc: Exception) -> ValidationError:
    return ValidationError(f"XLSX хуудсыг уншиж чадсангүй ({type(exc).__name__}: {exc}); файл эвдэрсэн байна.",
                           f"Cannot read the sheet ({type(exc).__name__}: {exc}); the file is damaged.",
                           where=f"{where}, {title}, мөр/row {row}")


@dataclass
class ValueBook:
    """The opened workbook with the bytes it came from (for the file's hash)."""

    path: Path
    data: bytes
    _book: Any = field(repr=False)
    sheets: list[ValueSheet] = field(default_factory=list)  # parsed when opened (calamine reads a sheet whole)

    @property
    def sheetnames(self) -> list[str]:
        return list(self._book.sheet_names)

    @property
    def worksheets(self) -> list[ValueSheet]:
        return list(self.sheets)

    def close(self) -> None:
        self._book.close()

    def __enter__(self) -> ValueBook:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# Registers are read by calamine, so their limits come from calamine's cost, measured on the 2-core
# machine: a 20,000-row, 14-column register (2.3 million work units by openpyxl's weights) reads in
# ~0.4 s, about a sixth of openpyxl's time; 30 million units is ~5 s, a 100,000-row register about
# half of that. Memory is bounded by the cells' rectangle (calamine keeps 32 bytes a cell):
# 4 million cells, 128 MB, e.g. 100,000 rows of 40 columns.
REGISTER_LIMITS = replace(LIMITS, max_file_bytes=64 << 20, max_part_bytes=160 << 20, max_total_bytes=256 << 20,
                          max_rows=1_048_576, max_work=30_000_000)
MAX_CELLS = 4_000_000


def open_values(path: str | Path, limits: Limits = REGISTER_LIMITS) -> ValueBook | Workbook:
    """Check the file, then open it with calamine (cached formula values, never formula text).

    Whatever calamine cannot open goes to openpyxl too (it names the row where a sheet breaks).
    A sheet whose cells carry no positions, reach past `MAX_CELLS` (one value in column XFD) or
    hold a formula error (calamine would read «#REF!» as a blank and the row would pass) is read
    as before by openpyxl's streaming reader, under its own smaller limits."""
    import python_calamine

    path = Path(path)
    data = _read(path, limits)
    scan = check(path, data, limits, extents=True)
    if any(e.unplaced or e.errors or e.cells > MAX_CELLS for e in scan.sheets.values()):
        return open_workbook(path)
    try:
        book = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
    except Exception:  # noqa: BLE001 - calamine refuses it: openpyxl, as before, opens it or says what is wrong
        return open_workbook(path)
    if not book.sheet_names:
        book.close()
        raise _refuse(path, "Ажлын хуудас алга (хоосон ажлын ном).", "The workbook has no sheets.")
    try:
        sheets = [ValueSheet(name, book.get_sheet_by_name(name)) for name in book.sheet_names]
    except Exception:  # noqa: BLE001 - a damaged sheet: openpyxl streams it and names the row it fails at
        book.close()
        return open_workbook(path)
    return ValueBook(path, data, book, sheets)


def sheet_rows(sheet: ValueSheet | Any, where: str) -> Iterator[tuple]:
    """The rows of either reader's sheet (see `open_values`)."""
    return value_rows(sheet, where) if isinstance(sheet, ValueSheet) else rows(sheet, where)


def value_rows(sheet: ValueSheet, where: str, limits: Limits = REGISTER_LIMITS) -> Iterator[tuple]:
    """`safe_workbook.rows` for a calamine sheet: the same rows, the same row limit and message."""
    for number, row in enumerate(sheet.values(where), start=1):
        if number > limits.max_rows:
            raise ValidationError(
                f"Хуудсанд хэт олон мөр байна (дээд тал нь {limits.max_rows:,}). Хүснэгтийг хэд хэдэн файлд хуваана уу.",
                f"The sheet has too many rows (at most {limits.max_rows:,}). Split the table into several files.",
                where=f"{where}, {sheet.title}, мөр/row {number}")
        yield row[:limits.max_columns]


__all__ = ["REGISTER_LIMITS", "ValueBook", "ValueSheet", "open_values", "sheet_rows", "value_rows"]
