"""Legacy letters register import: columns in any order, per-row errors, cancel, no duplicates."""

from __future__ import annotations

from datetime import datetime

import pytest
from openpyxl import Workbook

from soum_desk.errors import UserError, ValidationError
from soum_desk.importers import letter_xlsx
from soum_desk.importers.shape import ParsedFile, RowProblem
from soum_desk.services.core import audit
from soum_desk.services.core.importing import ImportPreview
from soum_desk.services.letters import imports as letters_import
from soum_desk.services.letters import queries as letters_query


def _book(path, *, bad=False):
    wb = Workbook()
    ws = wb.active
    ws.title = "Ирсэн"
    ws.append(["Ирсэн бичгийн бүртгэл 2024"])
    ws.append(["Товч агуулга", "Огноо", "Бүртгэлийн дугаар", "Ирүүлсэн байгууллага", "Хариутай",
               "Хариу өгөх хугацаа", "Хариу өгсөн огноо", "Хуудас"])
    ws.append(["Мэдээ ирүүлэх тухай", datetime(2024, 1, 5), 1, "Аймгийн ЗДТГ", "тийм", "2024.01.20", "2024.01.18", 2])
    ws.append(["Урилга", "2024.01.06", 2, "Сангийн яам", "үгүй", None, None, None])
    if bad:
        ws.append(["Алдаатай", "2024.02.30", 3, "", "магадгүй", None, None, "хоёр"])
    out = wb.create_sheet("Явсан")
    out.append(["Дугаар", "Огноо", "Хэнд", "Агуулга"])
    out.append(["1/5", "2024.01.18", "Аймгийн ЗДТГ", "Мэдээ хүргүүлэх тухай"])
    wb.save(path)
    return path


def test_preview_commit_and_reimport(clerk_ctx, tmp_path):
    path = _book(tmp_path / "reg.xlsx")
    result = letters_import.import_preview(clerk_ctx, path)
    assert result.summary()["new"] == 3 and not result.errors
    assert letters_query.count_letters(clerk_ctx) == 0  # preview writes nothing
    done = letters_import.import_commit(clerk_ctx, result)
    assert done["imported"] == 3 and done["incoming"] == 2 and done["outgoing"] == 1
    rows = letters_query.list_letters(clerk_ctx, sort="reg_no", descending=False)
    first = next(r for r in rows if r["reg_no"] == "1" and r["direction"] == "in")
    assert first["answered_on"] == "2024-01-18" and first["due_date"] == "2024-01-20" and first["pages"] == 2
    again = letters_import.import_preview(clerk_ctx, path)
    assert again.summary()["new"] == 0 and len(again.duplicates) == 3


def test_row_errors_name_sheet_row_column(clerk_ctx, tmp_path):
    result = letters_import.import_preview(clerk_ctx, _book(tmp_path / "bad.xlsx", bad=True))
    where = {(e.sheet, e.row, e.column) for e in result.errors}
    assert ("Ирсэн", 5, "Огноо") in where and ("Ирсэн", 5, "Ирүүлсэн байгууллага") in where
    assert ("Ирсэн", 5, "Хариутай") in where and ("Ирсэн", 5, "Хуудас") in where
    assert "мөр 5" in str(result.errors[0])


def test_cancel_writes_nothing(clerk_ctx, tmp_path):
    result = letters_import.import_preview(clerk_ctx, _book(tmp_path / "reg.xlsx"))
    big = ImportPreview(result.parsed, new=[dict(result.new[1], reg_no=str(i))
                                            for i in range(10, 420)])
    with pytest.raises(UserError, match="cancelled"):
        letters_import.import_commit(clerk_ctx, big, progress=lambda d, t: d < 300)
    assert letters_query.count_letters(clerk_ctx) == 0


def test_not_an_xlsx(clerk_ctx, tmp_path):
    path = tmp_path / "x.xlsx"
    path.write_text("hello")
    with pytest.raises(ValidationError) as err:
        letters_import.import_preview(clerk_ctx, path)
    assert err.value.where == "x.xlsx"


def test_unnumbered_rows_are_not_imported_twice(clerk_ctx, tmp_path):
    wb = Workbook()
    wb.active.title = "Явсан"
    wb.active.append(["Огноо", "Хэнд", "Агуулга"])
    wb.active.append(["2024.03.01", "Сангийн яам", "Тайлан хүргүүлэх"])
    wb.active.append(["2024.03.01", "Сангийн яам", "Тайлан хүргүүлэх"])  # the same row twice in the file
    wb.save(tmp_path / "out.xlsx")
    first = letters_import.import_preview(clerk_ctx, tmp_path / "out.xlsx")
    assert len(first.new) == 1 and len(first.duplicates) == 1
    letters_import.import_commit(clerk_ctx, first)
    again = letters_import.import_preview(clerk_ctx, tmp_path / "out.xlsx")
    assert again.new == [] and len(again.duplicates) == 2


def test_the_parser_reads_without_a_database(tmp_path):
    """The importer is pure: rows and located problems in the shared shape, no context, nothing written."""
    parsed = letter_xlsx.read_register(_book(tmp_path / "bad.xlsx", bad=True))
    assert isinstance(parsed, ParsedFile) and parsed.sheets == ["Ирсэн", "Явсан"] and len(parsed.sha256) == 64
    assert [(r["sheet"], r["row"], r["direction"]) for r in parsed.rows] == [
        ("Ирсэн", 3, "in"), ("Ирсэн", 4, "in"), ("Явсан", 2, "out")]
    assert parsed.problems and all(isinstance(p, RowProblem) and p.row == 5 for p in parsed.problems)
    assert parsed.errors == parsed.problems and not parsed.warnings


def test_one_audit_entry_per_import(ctx, clerk_ctx, tmp_path):
    before = audit.count_entries(ctx, audit.AuditFilter(action_prefix="letters."))
    letters_import.import_commit(clerk_ctx, letters_import.import_preview(clerk_ctx, _book(tmp_path / "reg.xlsx")))
    entries = audit.list_entries(ctx, audit.AuditFilter(action_prefix="letters.import"))
    assert len(entries) == 1 and entries[0]["entity_id"] == "reg.xlsx"
    # issue 18: one entry for the whole import (as the petitions import), not one per letter
    assert audit.count_entries(ctx, audit.AuditFilter(action_prefix="letters.")) == before + 1


def test_bulk_import_stores_what_one_by_one_registration_stores(ctx, clerk_ctx, system_ctx, tmp_path):
    """Issue 18: the import's bulk path (executemany) numbers, dates, indexes and counts organisations
    exactly as registering each letter with `register_letter` does."""
    from datetime import date

    from sqlalchemy import select

    from soum_desk.db.models import Counterpart, Letter
    from soum_desk.domain import letters as rules
    from soum_desk.services.core import settings
    from soum_desk.services.letters import actions as letters

    letters.register_letter(clerk_ctx, direction="in", reg_date=date(2024, 1, 2), counterpart="Сангийн яам",
                            subject="Өмнө бүртгэсэн", reply_required=True, reg_no="100")
    letters_import.import_commit(clerk_ctx, letters_import.import_preview(clerk_ctx, _book(tmp_path / "r.xlsx")))
    unnumbered = {"direction": "in", "reg_date": date(2024, 1, 7), "counterpart": "Аймгийн ЗДТГ",
                  "subject": "Дугааргүй мөр", "reply_required": True}
    preview = letters_import.import_preview(clerk_ctx, _book(tmp_path / "r2.xlsx"))
    preview.new = [{**unnumbered, "reg_no": None, "their_ref": None, "their_date": None, "pages": None,
                    "assignee": None, "due_date": None, "answered_on": None, "note": None,
                    "sheet": "Ирсэн", "row": 9}]
    letters_import.import_commit(clerk_ctx, preview)
    by_hand = letters.register_letter(clerk_ctx, **unnumbered)
    with system_ctx.reading() as session:
        stored = {(r.direction, r.seq): r for r in session.scalars(select(Letter))}
        counted = {c.name: (c.use_count, c.last_used) for c in session.scalars(select(Counterpart))}
        pattern = settings.get_value(session, "letters.number_format_in")
    first = stored[("in", 2)]
    assert (first.reg_no, first.year, first.due_date, first.answered_on, first.pages) == (
        "1", 2024, date(2024, 1, 20), date(2024, 1, 18), 2)
    assert stored[("in", 3)].reply_required is False and stored[("out", 1)].due_date is None
    # a row without a number is numbered from the office's format and due as one registration is
    bulk_made = stored[("in", 4)]
    assert bulk_made.reg_no == rules.format_reg_no(pattern, seq=4, year=2024, index=None)
    assert by_hand["reg_no"] == rules.format_reg_no(pattern, seq=5, year=2024, index=None)
    assert bulk_made.due_date.isoformat() == by_hand["due_date"] and bulk_made.reply_required
    assert bulk_made.created_by == stored[("in", 5)].created_by
    assert bulk_made.search_text.replace(bulk_made.reg_no, "") == stored[("in", 5)].search_text.replace(
        by_hand["reg_no"], "")
    assert counted["Аймгийн ЗДТГ"] == (4, date(2024, 1, 18)) and counted["Сангийн яам"] == (2, date(2024, 1, 6))
    assert letters_query.count_letters(clerk_ctx, letters_query.LetterFilter(text="дугааргүй")) == 2  # FTS
    preview.new = [{**preview.new[0], "reg_no": "100"}]
    with pytest.raises(ValidationError) as err:
        letters_import.import_commit(clerk_ctx, preview)
    assert "r2.xlsx, Ирсэн, мөр 9" in str(err.value.where)


def test_one_number_twice_in_a_file_is_a_row_error_naming_both_rows(clerk_ctx, tmp_path):
    """Issue 19: the second letter with a number was silently taken for one already imported."""
    wb = Workbook()
    wb.active.title = "Ирсэн"
    wb.active.append(["Дугаар", "Огноо", "Байгууллага", "Агуулга"])
    wb.active.append([7, "2024.03.01", "Сангийн яам", "Тайлан"])
    wb.active.append([7, "2024.04.02", "Аймгийн ЗДТГ", "Урилга"])
    wb.save(tmp_path / "in.xlsx")
    preview = letters_import.import_preview(clerk_ctx, tmp_path / "in.xlsx")
    assert len(preview.new) == 1 and preview.duplicates == []
    (error,) = preview.errors
    assert (error.sheet, error.row) == ("Ирсэн", 3)
    assert "in.xlsx, Ирсэн, row 2 and Ирсэн, row 3" in error.en and "Ирсэн, мөр 2 ба Ирсэн, мөр 3" in error.mn
    assert letters_import.import_commit(clerk_ctx, preview)["imported"] == 1
    assert [r["subject"] for r in letters_query.list_letters(clerk_ctx)] == ["Тайлан"]


def test_a_note_longer_than_a_register_line_is_a_row_error(clerk_ctx, tmp_path):
    wb = Workbook()
    wb.active.title = "Ирсэн"
    wb.active.append(["Огноо", "Байгууллага", "Агуулга", "Тэмдэглэл"])
    wb.active.append(["2024.03.01", "Сангийн яам", "Тайлан", "н" * 4001])
    wb.active.append(["2024.03.02", "Сангийн яам", "Урилга", "н" * 4000])
    wb.save(tmp_path / "note.xlsx")
    preview = letters_import.import_preview(clerk_ctx, tmp_path / "note.xlsx")
    assert [(e.row, e.column) for e in preview.errors] == [(2, "Тэмдэглэл")]
    assert "Too long (4001 characters, at most 4000)" in preview.errors[0].en
    assert [r["subject"] for r in preview.new] == ["Урилга"]


def test_an_unknown_column_is_a_warning_at_the_header(clerk_ctx, tmp_path):
    wb = Workbook()
    wb.active.title = "Ирсэн"
    wb.active.append(["№", "Огноо", "Байгууллага", "Агуулга", "Шилжүүлсэн газар"])
    wb.active.append([1, "2024.03.01", "Сангийн яам", "Тайлан", "Санхүү"])
    wb.save(tmp_path / "extra.xlsx")
    preview = letters_import.import_preview(clerk_ctx, tmp_path / "extra.xlsx")
    assert [(w.row, w.column) for w in preview.warnings] == [(1, "Шилжүүлсэн газар")] and len(preview.new) == 1


def test_a_blank_number_in_a_numbered_register_is_a_warning(clerk_ctx, tmp_path):
    """It was silently given the next free number."""
    wb = Workbook()
    wb.active.title = "Ирсэн"
    wb.active.append(["Дугаар", "Огноо", "Байгууллага", "Агуулга"])
    wb.active.append([1, "2024.03.01", "Сангийн яам", "Тайлан"])
    wb.active.append([None, "2024.03.02", "Сангийн яам", "Урилга"])
    wb.save(tmp_path / "blank.xlsx")
    preview = letters_import.import_preview(clerk_ctx, tmp_path / "blank.xlsx")
    (warning,) = preview.warnings
    assert (warning.row, warning.column) == (3, "Дугаар") and "gets the next free number" in warning.en
    assert len(preview.new) == 2


def test_an_unnumbered_row_never_takes_a_number_the_file_gives_another(clerk_ctx, tmp_path):
    """The preview said «errors 0»; the commit numbered the first row «1» and refused the row numbered 1."""
    from datetime import date

    from soum_desk.services.letters import actions as letters

    letters.register_letter(clerk_ctx, direction="in", reg_no="3", reg_date=date(2024, 2, 1), counterpart="Яам",
                            subject="Өмнөх")
    wb = Workbook()
    wb.active.title = "Ирсэн"
    wb.active.append(["Дугаар", "Огноо", "Байгууллага", "Агуулга"])
    wb.active.append([None, "2024.03.01", "Сангийн яам", "Тайлан"])
    wb.active.append([1, "2024.03.02", "Сангийн яам", "Урилга"])
    wb.active.append(["2", "2024.03.03", "Яам", "Мэдээ"])
    wb.active.append([None, "2024.03.04", "Яам", "Хүсэлт"])
    wb.save(tmp_path / "mixed.xlsx")
    preview = letters_import.import_preview(clerk_ctx, tmp_path / "mixed.xlsx")
    assert len(preview.new) == 4 and preview.errors == []
    assert letters_import.import_commit(clerk_ctx, preview)["imported"] == 4
    numbers = {r["subject"]: r["reg_no"] for r in letters_query.list_letters(clerk_ctx)}
    assert numbers["Урилга"] == "1" and numbers["Мэдээ"] == "2" and numbers["Өмнөх"] == "3"
    assert len(set(numbers.values())) == 5 and not {numbers["Тайлан"], numbers["Хүсэлт"]} & {"1", "2", "3"}


@pytest.mark.slow
def test_a_hundred_thousand_letter_register_imports(clerk_ctx, tmp_path):
    """Issue 18: a real 100,000-row register (ten years of an office) is previewed and imported whole,
    numbered, dated and searchable (it was refused as too big before calamine read registers)."""
    from tests.reliability import hostile_xlsx as h

    area = h.AREAS["letters"]
    rows = [area.header, *([str(n), f"{2015 + n // 10_000}.{n % 12 + 1:02d}.{n % 28 + 1:02d}",
                            f"Байгууллага {n % 300}", f"Мэдээ ирүүлэх тухай {n}", n % 9, "тийм" if n % 3 else "үгүй"]
                           for n in range(1, 100_001))]
    path = h.xlsx(tmp_path / "ten-years.xlsx", area, sheet=h.sheet_xml(rows))
    preview = letters_import.import_preview(clerk_ctx, path)
    assert (len(preview.new), preview.errors, preview.duplicates) == (100_000, [], [])
    assert letters_import.import_commit(clerk_ctx, preview)["imported"] == 100_000
    assert letters_query.count_letters(clerk_ctx) == 100_000
    (found,) = letters_query.list_letters(clerk_ctx, letters_query.LetterFilter(text="тухай 99999"))
    assert (found["reg_no"], found["reg_date"], found["counterpart"], found["pages"]) == (
        "99999", "2024-04-12", "Байгууллага 99", 0)
    assert found["due_date"] is None and found["status"] == "noreply"


def test_a_file_changed_after_the_preview_is_not_what_the_commit_writes(ctx, clerk_ctx, tmp_path):
    """The commit writes the rows the clerk saw in the preview, never re-read from a file changed since
    (saved again from Excel while the preview was open); the audit names the previewed file's hash."""
    import hashlib
    import json

    path = _book(tmp_path / "reg.xlsx")
    previewed = hashlib.sha256(path.read_bytes()).hexdigest()
    preview = letters_import.import_preview(clerk_ctx, path)
    wb = Workbook()
    wb.active.title = "Явсан"
    wb.active.append(["Огноо", "Хэнд", "Агуулга"])
    wb.active.append(["2024.05.01", "Өөр байгууллага", "Дараа нэмсэн мөр"])
    wb.save(path)  # the same file, changed
    assert letters_import.import_commit(clerk_ctx, preview)["imported"] == 3
    assert {r["subject"] for r in letters_query.list_letters(clerk_ctx)} == {
        "Мэдээ ирүүлэх тухай", "Урилга", "Мэдээ хүргүүлэх тухай"}
    (entry,) = audit.list_entries(ctx, audit.AuditFilter(action_prefix="letters.import"))
    assert json.loads(entry["after"])["sha256"] == previewed != hashlib.sha256(path.read_bytes()).hexdigest()
