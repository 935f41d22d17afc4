import json
from datetime import date, datetime

import pytest
from openpyxl import Workbook

from soum_desk.errors import UserError
from soum_desk.services.petitions import imports as petitions_import
from soum_desk.services.petitions import queries as q

HEADER = ["Хүлээн авсан огноо", "Агуулга", "Бүртгэлийн дугаар", "Овог нэр", "Регистрийн дугаар", "Утас",
          "Хаяг", "Баг", "Суваг", "Төрөл", "Хариуцсан албан тушаалтан", "Шийдвэрлэсэн огноо", "Шийдвэрлэлт"]


def make_register(path, extra_rows=()):
    wb = Workbook()
    ws = wb.active
    ws.title = "2024"
    ws.append(["Есөнбулаг сумын ЗДТГ — өргөдөл, гомдлын бүртгэл"])
    ws.append([])
    ws.append(HEADER)
    ws.append([datetime(2024, 3, 5, 10, 15), "Газар олгох хүсэлт", "15", "Б.Болд", "УБ85010112", 99112233,
               "1-р хэсэг", "1-р баг", "Бичгээр", "Өргөдөл", "Г.Ажилтан", datetime(2024, 3, 20), "Газар олгосон"])
    ws.append(["2024.03.06", "Гомдол: ус түгээх цаг", "16", "Д.Сараа", None, None, None, "2-р баг", "1111",
               "Гомдол", "Усны газар", "2024.04.30", "Цагийн хуваарь өөрчилсөн"])
    ws.append([45360, "Талархал", "17", None, None, None, None, None, "Биечлэн", "Талархал", None, None, None])
    ws.append(["2024.13.01", "Огноо буруу", "18", "А.Бат", "UB1", None, None, "9-р баг", "Тэмээгээр", "Өргөдөл",
               None, None, None])
    for row in extra_rows:
        ws.append(row)
    wb.save(path)
    return path


def test_preview_then_import_then_reimport(clerk_ctx, tmp_path):
    path = make_register(tmp_path / "register.xlsx")
    prepared = petitions_import.import_preview(clerk_ctx, path)
    assert prepared.summary()["new"] == 3 and prepared.sheets == ["2024"]
    cols = {e.column for e in prepared.errors}
    assert {"Хүлээн авсан огноо", "Регистрийн дугаар", "Суваг"} <= cols
    assert all(e.sheet == "2024" and e.row == 7 for e in prepared.errors)
    assert "2024, мөр 7" in prepared.errors[0].text()
    result = petitions_import.import_commit(clerk_ctx, prepared)
    assert result["imported"] == 3
    rows = q.list_page(clerk_ctx, sort="received", descending=False)
    assert [r["reg_no"] for r in rows] == ["15", "16", "17"]
    first, second, third = rows
    assert first["status"] == "resolved" and first["due"] == "2024-04-04" and first["official"] == "Г.Ажилтан"
    assert second["channel"] == "c1111" and second["due"] == "2024-03-21" and second["kind"] == "complaint"
    assert third["received"] == "2024-03-09" and third["anonymous"]  # Excel serial 45360
    assert q.count(clerk_ctx, q.PetitionFilter(text="ус")) == 1
    again = petitions_import.import_preview(clerk_ctx, path)
    assert again.summary()["new"] == 0 and again.summary()["duplicates"] == 3
    assert petitions_import.import_commit(clerk_ctx, again)["imported"] == 0
    assert q.count(clerk_ctx) == 3


def test_cancel_writes_nothing(clerk_ctx, tmp_path):
    extra = [[f"2024.05.{d:02d}", f"Хүсэлт {d}", str(100 + d), "Н.Нэр", None, None, None, None, "Утсаар",
              "Өргөдөл", None, None, None] for d in range(1, 29)]
    prepared = petitions_import.import_preview(clerk_ctx, make_register(tmp_path / "r.xlsx", extra))
    with pytest.raises(InterruptedError):
        petitions_import.import_commit(clerk_ctx, prepared, progress=lambda done, total: False)
    assert q.count(clerk_ctx) == 0


def test_a_file_without_the_register_is_refused(clerk_ctx, tmp_path):
    wb = Workbook()
    wb.active.append(["Нэр", "Тоо"])
    wb.save(tmp_path / "other.xlsx")
    with pytest.raises(UserError) as err:
        petitions_import.import_preview(clerk_ctx, tmp_path / "other.xlsx")
    assert "Бүртгэлийн дугаар" in str(err.value)
    (tmp_path / "bad.xlsx").write_text("not excel")
    with pytest.raises(UserError):
        petitions_import.import_preview(clerk_ctx, tmp_path / "bad.xlsx")


def test_every_import_makes_a_backup_first(clerk_ctx, tmp_path):
    """Issue 19: the README promised a backup before every import; none was made."""
    from soum_desk.services.core import backup

    before = len(backup.list_backups(clerk_ctx))
    prepared = petitions_import.import_preview(clerk_ctx, make_register(tmp_path / "register.xlsx"))
    petitions_import.import_commit(clerk_ctx, prepared)
    made = backup.list_backups(clerk_ctx)
    assert len(made) == before + 1 and made[0].reason == "pre-import"


def _rows_register(path, rows):
    wb = Workbook()
    ws = wb.active
    ws.title = "2024"
    ws.append(HEADER)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def _row(reg_no, received, summary="Хүсэлт", bag=None):
    return [received, summary, reg_no, "Б.Болд", None, None, None, bag, "Бичгээр", "Өргөдөл", None, None, None]


def test_one_number_twice_in_a_file_is_a_row_error_and_the_commit_agrees(clerk_ctx, tmp_path):
    """Issue 19: the dry run said «new 2, errors 0», the import crashed with a raw IntegrityError."""
    path = _rows_register(tmp_path / "twice.xlsx", [_row("2024/0001", "2024.03.05"), _row("2024/0001", "2024.03.06"),
                                                     _row("2024/0002", "2024.03.07")])
    prepared = petitions_import.import_preview(clerk_ctx, path)
    assert prepared.summary()["new"] == 2 and prepared.summary()["errors"] == 1
    (error,) = prepared.errors
    assert (error.sheet, error.row, error.column) == ("2024", 3, "Бүртгэлийн дугаар")
    assert "twice.xlsx, 2024, row 2 and row 3" in error.en and "мөр 2 ба мөр 3" in error.mn
    assert petitions_import.import_commit(clerk_ctx, prepared)["imported"] == 2
    assert sorted((r["reg_no"], r["received"]) for r in q.list_page(clerk_ctx)) == [
        ("2024/0001", "2024-03-05"), ("2024/0002", "2024-03-07")]
    again = petitions_import.import_preview(clerk_ctx, path)  # still named, not counted as imported
    assert again.summary()["new"] == 0 and again.summary()["duplicates"] == 2 and len(again.errors) == 1


def test_a_commit_the_database_refuses_is_a_message_not_a_traceback(clerk_ctx, tmp_path):
    """Two imports at once: the second ended in a raw IntegrityError printing petitioners' rows."""
    from soum_desk.errors import UserError

    path = _rows_register(tmp_path / "a.xlsx", [_row("2024/0001", "2024.03.05")])
    first = petitions_import.import_preview(clerk_ctx, path)
    second = petitions_import.import_preview(clerk_ctx, _rows_register(tmp_path / "b.xlsx",
                                                                       [_row("2024/0001", "2024.03.06")]))
    petitions_import.import_commit(clerk_ctx, first)
    with pytest.raises(UserError) as err:
        petitions_import.import_commit(clerk_ctx, second)
    assert "nothing was written" in err.value.msg.en and err.value.where == "b.xlsx"
    assert "Б.Болд" not in str(err.value)
    assert q.count(clerk_ctx) == 1


def test_a_missing_bag_is_told_once_with_its_rows_and_the_fix(clerk_ctx, tmp_path):
    rows = [_row(str(n), "2024.03.05", bag="9-р баг") for n in range(1, 401)] + [_row("401", "2024.03.05")]
    prepared = petitions_import.import_preview(clerk_ctx, _rows_register(tmp_path / "bags.xlsx", rows))
    assert prepared.summary()["errors"] == 400 and len(prepared.new) == 1
    (group,) = prepared.grouped()
    assert group.text("en") == ("2024, «Баг»: bag «9-р баг» is not registered. Choose «Register the missing bags», "
                                "or add it in Settings → «Bags and units», then import. — 400 rows (rows 2–401)")
    assert "400 мөр (мөр 2–401)" in group.text("mn") and "Тохиргоо" in group.text("mn")


def _bag_register(tmp_path):
    """Issue 16's real-shaped register: most rows name bags the office has not registered yet."""
    rows = ([_row(f"2024/{n:04d}", "2024.03.05", bag="5-р баг") for n in range(1, 214)]
            + [_row(f"2024/{n:04d}", "2024.03.06", bag="Хөх толгой") for n in range(214, 226)]
            + [_row(f"2024/{n:04d}", "2024.03.07", bag="1-р баг") for n in range(226, 401)])
    return _rows_register(tmp_path / "register.xlsx", rows)


def _registered_bags(ctx) -> list[str]:
    from soum_desk.services.core import office

    return [b["name"] for b in office.list_bags(ctx)]


def test_the_preview_lists_each_missing_bag_once_with_its_row_count(clerk_ctx, tmp_path):
    bags = _registered_bags(clerk_ctx)
    assert "1-р баг" in bags and "5-р баг" not in bags
    prepared = petitions_import.import_preview(clerk_ctx, _bag_register(tmp_path))
    assert [(m.name, m.rows) for m in prepared.missing] == [("5-р баг", 213), ("Хөх толгой", 12)]
    assert prepared.missing_text("mn") == "5-р баг — 213 мөр; Хөх толгой — 12 мөр"
    assert prepared.missing_text("en") == "5-р баг — 213 rows; Хөх толгой — 12 rows"
    assert len(prepared.new) == 175 and len(prepared.waiting) == 225 and len(prepared.errors) == 225


def test_without_the_confirmation_no_bag_is_added_and_the_rows_stay_out(clerk_ctx, tmp_path):
    before = _registered_bags(clerk_ctx)
    prepared = petitions_import.import_preview(clerk_ctx, _bag_register(tmp_path))
    result = petitions_import.import_commit(clerk_ctx, prepared)
    assert result["imported"] == 175 and result["bags_added"] == []
    assert _registered_bags(clerk_ctx) == before and q.count(clerk_ctx) == 175


def test_one_confirmation_adds_every_missing_bag_and_imports_their_rows_audited(ctx, clerk_ctx, tmp_path):
    from soum_desk.services.core import audit

    prepared = petitions_import.import_preview(clerk_ctx, _bag_register(tmp_path))
    result = petitions_import.import_commit(clerk_ctx, prepared, add_missing=True)
    assert result["imported"] == 400 and result["bags_added"] == ["5-р баг", "Хөх толгой"]
    assert {"5-р баг", "Хөх толгой", "1-р баг"} <= set(_registered_bags(clerk_ctx)) and q.count(clerk_ctx) == 400
    by_bag = {r["bag"] for r in q.list_page(clerk_ctx, limit=500)}
    assert {"5-р баг", "Хөх толгой"} <= by_bag
    entries = [e for e in audit.list_entries(ctx) if e["action"] == "office.bags"]
    after = json.loads(entries[0]["after"]) if entries else {}
    assert after["added"] == ["5-р баг", "Хөх толгой"] and after["file"] == "register.xlsx"
    assert entries[0]["username"] == "clerk"
    again = petitions_import.import_preview(clerk_ctx, _bag_register(tmp_path))
    assert again.missing == [] and len(again.duplicates) == 400  # the same file again adds nothing


def test_a_cancelled_import_adds_no_bag_either(clerk_ctx, tmp_path):
    before = _registered_bags(clerk_ctx)
    prepared = petitions_import.import_preview(clerk_ctx, _bag_register(tmp_path))
    with pytest.raises(InterruptedError):
        petitions_import.import_commit(clerk_ctx, prepared, lambda done, total: False, add_missing=True)
    assert _registered_bags(clerk_ctx) == before and q.count(clerk_ctx) == 0


def test_a_summary_or_resolution_longer_than_the_register_form_allows_is_a_row_error(clerk_ctx, tmp_path):
    """Issue 19: a 2,000,000-character summary was imported (and hung the petitions PDF for 13 minutes)."""
    long_summary = _row("1", "2024.03.05", summary="а" * 4001)
    long_resolution = _row("2", "2024.03.05")
    long_resolution[11:13] = ["2024.03.20", "б" * 4001]
    fits = _row("3", "2024.03.05", summary="в" * 4000)
    prepared = petitions_import.import_preview(clerk_ctx, _rows_register(tmp_path / "long.xlsx",
                                                                         [long_summary, long_resolution, fits]))
    assert [(e.row, e.column) for e in prepared.errors] == [(2, "Агуулга"), (3, "Шийдвэрлэлт")]
    assert all("too long (4001 characters, at most 4000)" in e.en for e in prepared.errors)
    assert [r.row for r in prepared.new] == [4]


def test_a_renamed_column_is_a_warning_at_the_header_not_a_silent_loss(clerk_ctx, tmp_path):
    """«Шийдвэрлэсэн огноо» renamed: every petition would have been imported as open, without a word."""
    header = [*HEADER[:11], "Шийдсэн өдөр", HEADER[12]]
    wb = Workbook()
    ws = wb.active
    ws.title = "2024"
    ws.append(header)
    ws.append(_row("1", "2024.03.05"))
    wb.save(tmp_path / "renamed.xlsx")
    prepared = petitions_import.import_preview(clerk_ctx, tmp_path / "renamed.xlsx")
    (warning,) = prepared.warnings
    assert (warning.sheet, warning.row, warning.column) == ("2024", 1, "Шийдсэн өдөр")
    assert "not one SoumDesk knows, so it was not read" in warning.en and len(prepared.new) == 1


def test_a_text_that_looks_like_a_formula_is_kept_and_leaves_as_text(head_ctx, tmp_path):
    """Issue 19, «\\t=1+1»: the surrounding blanks of a cell are trimmed as in every form (the register's
    normalisation, not an injection guard); the visible text is kept as typed, and on the way out every
    XLSX export stores it as text, so no spreadsheet ever evaluates it."""
    from openpyxl import load_workbook

    from soum_desk.services.petitions import report as petitions_report

    path = _rows_register(tmp_path / "f.xlsx", [_row("1", "2024.03.05", summary="\t=1+1"),
                                                _row("2", "2024.03.05", summary="+7 (99) 11-22")])
    prepared = petitions_import.import_preview(head_ctx, path)
    assert [r.values["summary"] for r in prepared.new] == ["=1+1", "+7 (99) 11-22"]
    petitions_import.import_commit(head_ctx, prepared)
    assert sorted(r["summary"] for r in q.list_page(head_ctx)) == ["+7 (99) 11-22", "=1+1"]
    out = petitions_report.make_report(head_ctx, "2024Q1", "xlsx", tmp_path / "report.xlsx",
                                       as_of=date(2024, 6, 30))  # both overdue: listed with their summaries
    cells = [c for ws in load_workbook(out).worksheets for row in ws.iter_rows() for c in row
             if c.value in ("=1+1", "+7 (99) 11-22")]
    assert len(cells) == 2 and all(c.data_type == "s" for c in cells)  # text, never a formula


def _statements(ctx):
    """Every SQL statement the context's engines run while counted (a list that grows)."""
    from sqlalchemy import event

    seen: list[str] = []

    def count(conn, cursor, statement, parameters, context, executemany):  # noqa: ANN001, ARG001
        seen.append(statement)

    engines = {id(e): e for e in (ctx.engine, ctx.read_engine)}
    for engine in engines.values():
        event.listen(engine, "before_cursor_execute", count)
    return seen


def test_the_preview_looks_every_row_up_at_once_and_finds_numbers_already_used(clerk_ctx, tmp_path):
    """Issue 18: 20,000 rows were looked up 400–500 at a time (~90 statements); now one query for the
    import keys and one for the numbers, whatever the file's length — with the same answers."""
    first = _rows_register(tmp_path / "first.xlsx", [_row(f"2024/{n:04d}", "2024.03.05") for n in (1, 2, 3, 5000)])
    petitions_import.import_commit(clerk_ctx, petitions_import.import_preview(clerk_ctx, first))
    rows = [_row(f"2024/{n:04d}", "2024.03.05") for n in range(1, 1201)]  # 1–3 imported already
    rows[3] = _row("2024/5000", "2024.04.01", "Өөр өргөдөл")  # number 5000 of 2024 taken by another petition
    seen = _statements(clerk_ctx)
    prepared = petitions_import.import_preview(clerk_ctx, _rows_register(tmp_path / "more.xlsx", rows))
    assert prepared.summary()["duplicates"] == 3 and prepared.summary()["new"] == 1196
    (taken,) = [e for e in prepared.errors if e.row == 5]
    assert "number 2024/5000 is already used in 2024" in taken.en
    lookups = [s for s in seen if "FROM petition" in s or "JOIN petition" in s]
    assert len(lookups) == 2, lookups


def test_the_collector_runs_again_after_an_import_even_a_refused_one(clerk_ctx, tmp_path):
    """Issue 18: an import holds Python's cycle collector while it reads and writes; it must run
    again afterwards, also when the file is refused or the import is cancelled."""
    import gc

    assert gc.isenabled()
    (tmp_path / "bad.xlsx").write_text("not excel")
    with pytest.raises(UserError):
        petitions_import.import_preview(clerk_ctx, tmp_path / "bad.xlsx")
    assert gc.isenabled()
    prepared = petitions_import.import_preview(clerk_ctx, make_register(tmp_path / "r.xlsx"))
    assert gc.isenabled()
    with pytest.raises(InterruptedError):
        petitions_import.import_commit(clerk_ctx, prepared, progress=lambda done, total: False)
    assert gc.isenabled()
    assert petitions_import.import_commit(clerk_ctx, prepared)["imported"] == 3 and gc.isenabled()
