"""Registers are read by python-calamine (issue 18): the same rows as openpyxl gave, and the
hostile-file guards still hold before calamine sees a byte."""

from __future__ import annotations

from datetime import date, datetime, time

import openpyxl

from soum_desk.importers import safe_workbook
from soum_desk.importers.value_book import MAX_CELLS, ValueBook, open_values, sheet_rows
from tests.reliability import hostile_xlsx as h


def _openpyxl_rows(path) -> list[tuple]:  # noqa: ANN001
    with safe_workbook.open_workbook(path) as book:
        return [r for ws in book.worksheets for r in safe_workbook.rows(ws, path.name)]


def _calamine_rows(path) -> list[tuple]:  # noqa: ANN001
    with open_values(path) as book:
        assert isinstance(book, ValueBook)
        return [r for ws in book.worksheets for r in sheet_rows(ws, path.name)]


def test_calamine_gives_the_rows_openpyxl_gave(tmp_path):
    """Row numbers (blank rows above, a table starting in column C), blanks, whole numbers, dates
    with and without a time, text, booleans, a formula's cached value: what every importer reads."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Бүртгэл"
    ws["C3"] = "Огноо"
    ws["D3"] = "Дугаар"
    ws["E3"] = "Тэмдэглэл"
    ws["C4"] = datetime(2024, 3, 5)
    ws["D4"] = 15
    ws["E4"] = "  зайтай  "
    ws["C5"] = datetime(2024, 3, 6, 10, 30)
    ws["D5"] = 15.5
    ws["F5"] = True
    ws["C7"] = date(2024, 3, 7)
    ws["D7"] = time(9, 15)
    second = wb.create_sheet("Хоёр")
    second.append(["Ганц"])
    path = tmp_path / "mix.xlsx"
    wb.save(path)
    rows = _calamine_rows(path)
    assert rows[:4] == [(), (), (None, None, "Огноо", "Дугаар", "Тэмдэглэл"),
                        (None, None, datetime(2024, 3, 5), 15, "  зайтай  ")]
    assert rows[4] == (None, None, datetime(2024, 3, 6, 10, 30), 15.5, None, True)
    assert rows[6][2] == datetime(2024, 3, 7) and rows[-1] == ("Ганц",)
    assert rows == _openpyxl_rows(path)


def test_a_cell_in_column_xfd_is_not_handed_to_calamine(tmp_path):
    """calamine allocates every cell from A1 to the furthest one: one value in XFD on row 50,000 would
    be 26 GB. Such a sheet is read by openpyxl's streaming reader, as before issue 18."""
    area = h.AREAS["letters"]
    path = h.huge_dimension(tmp_path / "xfd.xlsx", area)
    scan = safe_workbook.check(path, path.read_bytes(), extents=True)
    (extent,) = scan.sheets.values()
    assert extent.columns == 16_384 and extent.cells > MAX_CELLS
    with open_values(path) as book:
        assert isinstance(book, safe_workbook.Workbook)


def test_a_row_far_below_the_table_is_not_handed_to_calamine(tmp_path):
    area = h.AREAS["petitions"]
    path = h.last_row_only(tmp_path / "last.xlsx", area)
    (extent,) = safe_workbook.check(path, path.read_bytes(), extents=True).sheets.values()
    assert extent.rows >= 1_048_576
    with open_values(path) as book:
        assert isinstance(book, safe_workbook.Workbook)


def test_positions_written_another_way_are_not_trusted(tmp_path):
    """«r='XFD9'» is not counted by the fast scan, so the sheet goes to openpyxl."""
    area = h.AREAS["letters"]
    sheet = h.sheet_xml([area.header, area.good]).replace("</sheetData>",
                                                         "<row r='9'><c r='XFD9' t='b'><v>1</v></c></row></sheetData>")
    path = h.xlsx(tmp_path / "odd.xlsx", area, sheet=sheet)
    (extent,) = safe_workbook.check(path, path.read_bytes(), extents=True).sheets.values()
    assert extent.unplaced
    with open_values(path) as book:
        assert isinstance(book, safe_workbook.Workbook)


def test_a_hundred_thousand_row_register_is_read_not_refused(tmp_path):
    """The old limit (openpyxl's cost) refused registers past ~14,000 rows; calamine reads 100,000."""
    area = h.AREAS["letters"]
    rows = [area.header, *([str(n), *area.good[1:]] for n in range(1, 100_001))]
    path = h.xlsx(tmp_path / "big.xlsx", area, sheet=h.sheet_xml(rows))
    with open_values(path) as book:
        assert isinstance(book, ValueBook)
        read = [r for ws in book.worksheets for r in sheet_rows(ws, path.name)]
    assert len(read) == 100_001 and read[-1][0] == "100000"
