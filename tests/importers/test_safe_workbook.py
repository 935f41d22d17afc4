"""Regressions found by the hostile-spreadsheet sweep (issue 9 item 10), one importer call each."""

from __future__ import annotations

import io
import sys
from datetime import datetime

import openpyxl
import pytest

from soum_desk.errors import UserError, ValidationError
from soum_desk.importers import safe_workbook
from soum_desk.importers.plan_cells import cell_text
from soum_desk.importers.plan_xlsx import read_plan
from soum_desk.services.letters import actions as letters
from soum_desk.services.letters import imports as letters_import
from soum_desk.services.letters import queries as letters_query
from soum_desk.services.petitions import imports as petitions_import
from soum_desk.services.plans import imports as plans_io
from soum_desk.services.plans import tree as plans
from tests.reliability import hostile_xlsx as h


def test_defusedxml_is_what_openpyxl_parses_with():
    assert openpyxl.DEFUSEDXML


def test_a_stale_small_dimension_no_longer_drops_rows(clerk_ctx, tmp_path):
    """openpyxl's read-only mode stops at the sheet's declared last row; some writers leave it stale."""
    area = h.AREAS["letters"]
    good = [[str(n), *area.good[1:]] for n in range(1, 11)]
    path = h.xlsx(tmp_path / "stale.xlsx", area, sheet=h.sheet_xml([area.header, *good], dimension="A1:F3"))
    plain = openpyxl.load_workbook(io.BytesIO(path.read_bytes()), read_only=True)
    assert len(list(plain.worksheets[0].iter_rows())) == 3  # the trap
    assert letters_import.import_preview(clerk_ctx, path).summary()["new"] == 10


def test_a_title_merged_down_over_two_header_rows_is_kept(clerk_ctx, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Ирсэн"
    ws.append(["Бүртгэлийн дугаар", "Бичгийн мэдээлэл", None, None])
    ws.append([None, "Огноо", "Байгууллага", "Товч агуулга"])
    ws.append(["7/12", "2024.01.05", "Аймгийн ЗДТГ", "Мэдээ ирүүлэх тухай"])
    ws.merge_cells("A1:A2")
    ws.merge_cells("B1:D1")
    wb.save(tmp_path / "merged.xlsx")
    result = letters_import.import_preview(clerk_ctx, tmp_path / "merged.xlsx")
    assert not result.errors and [r["reg_no"] for r in result.new] == ["7/12"]  # it was None before


def test_petitions_merged_header_keeps_the_number(clerk_ctx, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Бүртгэлийн дугаар", "Өргөдлийн мэдээлэл", None, None, None])
    ws.append([None, "Хүлээн авсан огноо", "Агуулга", "Суваг", "Төрөл"])
    ws.append(["А-15", datetime(2024, 3, 5), "Газар олгох хүсэлт", "Бичгээр", "Өргөдөл"])
    ws.merge_cells("A1:A2")
    wb.save(tmp_path / "merged.xlsx")
    prepared = petitions_import.import_preview(clerk_ctx, tmp_path / "merged.xlsx")
    assert not prepared.errors and [r.values["reg_no"] for r in prepared.new] == ["А-15"]


def test_formulas_are_read_as_their_cached_values_never_as_formula_text(tmp_path):
    area = h.AREAS["letters"]
    row = [("xml", "", "<f>1+1</f><v>2</v>"),
           ("xml", ' t="str"', '<f>HYPERLINK("http://x.invalid","Сангийн яам")</f><v>Сангийн яам</v>'),
           ("xml", ' t="str"', "<f>cmd|' /C calc'!A0</f>"),
           ("xml", ' t="e"', "<f>1/0</f><v>#DIV/0!</v>")]
    path = h.xlsx(tmp_path / "f.xlsx", area, sheet=h.sheet_xml([row]))
    with safe_workbook.open_workbook(path) as book:
        values = list(safe_workbook.rows(book.worksheets[0], path.name))
    assert values == [(2, "Сангийн яам", None, "#DIV/0!")]
    assert safe_workbook.excel_error(values[0][3]) == "#DIV/0!"


def test_an_excel_error_in_a_cell_fails_the_row_with_its_column(clerk_ctx, tmp_path):
    area = h.AREAS["letters"]
    bad = [*area.good]
    bad[2] = ("xml", ' t="e"', "<v>#REF!</v>")
    path = h.xlsx(tmp_path / "e.xlsx", area, sheet=h.sheet_xml([area.header, bad]))
    result = letters_import.import_preview(clerk_ctx, path)
    assert not result.new and any(e.column == "Байгууллага" and "#REF!" in e.en for e in result.errors)


def test_plan_cells_with_exponents_and_infinity(tmp_path):
    assert cell_text(1e-300) == "0" and cell_text(float("inf")) == "inf" and cell_text(88.2) == "88,2"


def test_a_plan_with_no_readable_measure_is_not_imported(clerk_ctx, tmp_path):
    area = h.AREAS["plans"]
    rows = [*area.title, area.header, ["1", True, "x", "I улирал", "ЗДТГ"], ["2", 12345, "x", "I улирал", "ЗДТГ"]]
    path = h.xlsx(tmp_path / "p.xlsx", area, sheet=h.sheet_xml(rows))
    preview = plans_io.import_preview(clerk_ctx, path)
    assert not preview.plan.measures and len(preview.plan.problems) >= 2
    with pytest.raises(UserError, match="No measure could be read"):
        plans_io.import_commit(clerk_ctx, preview)
    assert plans.list_documents(clerk_ctx) == []


def _plan_file(path, *more_rows: list, info: list | None = None):  # noqa: ANN001, ANN202
    """A small plan table (title, header, one good measure, `more_rows`), optionally a «Мэдээлэл» row."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Төлөвлөгөө"
    for row in (["2024 ОНЫ ТӨЛӨВЛӨГӨӨ"], h.AREAS["plans"].header, h.AREAS["plans"].good, *more_rows):
        ws.append(row)
    if info is not None:
        wb.create_sheet("Мэдээлэл").append(info)
    wb.save(path)
    return path


def test_a_plan_info_sheet_with_a_year_that_is_not_a_number(tmp_path):
    _plan_file(tmp_path / "info.xlsx", info=["year", "Он", "хоёр мянга"])
    with pytest.raises(ValidationError, match="The year is not valid"):
        read_plan(tmp_path / "info.xlsx")


def test_a_good_file_of_each_area_still_imports(clerk_ctx, tmp_path):
    assert letters_import.import_preview(clerk_ctx, h.good("letters", tmp_path)).summary()["new"] == 1
    assert letters_query.count_letters(clerk_ctx) == 0
    assert petitions_import.import_preview(clerk_ctx, h.good("petitions", tmp_path)).summary()["new"] == 1
    assert len(plans_io.import_preview(clerk_ctx, h.good("plans", tmp_path)).plan.measures) == 1


def test_twenty_digit_numbers_are_row_errors_not_database_overflows(clerk_ctx, tmp_path):
    """A 20-digit page count or registration number crashed the commit (SQLite INTEGER overflow)."""
    area = h.AREAS["letters"]
    letters_row = [*area.good]
    letters_row[4] = 99999999999999999999
    path = h.xlsx(tmp_path / "l.xlsx", area, sheet=h.sheet_xml([area.header, letters_row]))
    result = letters_import.import_preview(clerk_ctx, path)
    assert not result.new and any(e.column == "Хуудас" for e in result.errors)
    with pytest.raises(ValidationError, match="Too many pages"):
        letters.register_letter(clerk_ctx, direction="in", reg_date="2024.01.05", counterpart="ЗДТГ",
                                subject="Тест", pages="99999999999999999999")
    area = h.AREAS["petitions"]
    petition_row = [*area.good]
    petition_row[0] = 99999999999999999999
    path = h.xlsx(tmp_path / "p.xlsx", area, sheet=h.sheet_xml([area.header, petition_row]))
    prepared = petitions_import.import_preview(clerk_ctx, path)
    assert petitions_import.import_commit(clerk_ctx, prepared)["imported"] == 1


def test_a_pipe_or_folder_is_refused_without_reading(tmp_path):
    import os

    os.mkfifo(tmp_path / "pipe.xlsx")  # reading it would block for ever
    for path in (tmp_path / "pipe.xlsx", tmp_path):
        with pytest.raises(ValidationError, match="Not a regular file"):
            safe_workbook.open_workbook(path)


def test_a_plan_measure_without_letters_is_refused_where_it_stands(tmp_path):
    """«0 0» or a date where the measure's words belong is a located error, not a measure."""
    parsed = read_plan(_plan_file(tmp_path / "digits.xlsx", ["2", "0 0", "", "I улирал", "ЗДТГ"]))
    assert [m.text for m in parsed.measures] == ["Иргэдэд мэдээлэл хүргэх"]
    refused = [p for p in parsed.problems if p.severity == "error"]
    assert [(p.sheet, p.row, p.column) for p in refused] == [("Төлөвлөгөө", 4, "B")]
    assert "not text" in refused[0].en


def test_whatever_openpyxl_raises_while_loading_is_the_damaged_file_message(tmp_path, monkeypatch):
    """Issue 19: any exception inside openpyxl or calamine while loading or opening a sheet names the file,
    never a traceback."""
    from openpyxl.workbook.workbook import Workbook as Book

    from soum_desk.importers.letter_xlsx import read_register as read_letters
    from soum_desk.importers.petition_xlsx import read_register as read_petitions

    wb = openpyxl.Workbook()
    wb.active.append(["Огноо"])
    wb.save(tmp_path / "book.xlsx")

    def broken(*args, **kwargs):
        raise IndexError("list index out of range")

    class BrokenCalamine:  # the registers' reader (value_book) breaking the same two ways
        class CalamineWorkbook:
            sheet_names = ["Sheet"]

            @classmethod
            def from_filelike(cls, data, where="load"):  # noqa: ANN001, ANN206
                if where == "load":
                    broken()
                return cls()

            get_sheet_by_name = broken

            def close(self) -> None:
                pass

    for where in ("load", "sheets"):
        with monkeypatch.context() as patch:
            if where == "load":
                patch.setattr(openpyxl, "load_workbook", broken)
            else:
                patch.setattr(Book, "worksheets", property(broken))
                patch.setattr(Book, "__getitem__", broken)
                patch.setattr(BrokenCalamine.CalamineWorkbook, "from_filelike",
                              classmethod(lambda cls, data: cls()))
            patch.setitem(sys.modules, "python_calamine", BrokenCalamine)
            for read in (read_letters, read_petitions, read_plan):
                with pytest.raises(ValidationError) as err:
                    read(tmp_path / "book.xlsx")
                assert err.value.where == "book.xlsx", where
                assert err.value.msg.en.startswith("The file is damaged or not a workbook SoumDesk can read.")
                assert err.value.msg.mn.startswith("Файл эвдэрсэн эсвэл SoumDesk уншиж чадах Excel ажлын ном биш")
