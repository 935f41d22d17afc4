"""Item 9: one regression test per crash or inexact round trip the property tests and the
fuzzer found in the importers (docs/reliability.md, section 9, "Found and fixed")."""

from __future__ import annotations

from datetime import datetime

from openpyxl import Workbook

from soum_desk.services.letters import imports as letters_import
from soum_desk.services.letters import queries as letters_query
from soum_desk.services.petitions import imports as petitions_import
from soum_desk.services.petitions import queries as q

PETITION_HEADER = ["Бүртгэлийн дугаар", "Хүлээн авсан огноо", "Агуулга", "Төрөл", "Суваг", "Хаяг"]


def _petitions(path, *rows):
    wb = Workbook()
    wb.active.append(PETITION_HEADER)
    for row in rows:
        wb.active.append(list(row))
    wb.save(path)
    return path


def test_petition_received_on_the_last_day_is_refused_not_a_crash(clerk_ctx, tmp_path):
    # was: OverflowError computing the due date (9999-12-31 + 15 days) at commit
    path = _petitions(tmp_path / "p.xlsx", ["1", "9999.12.31", "Хүсэлт", "Гомдол", "Бичгээр", None],
                      ["2", datetime(2024, 5, 1, 11, 30), "Хүсэлт", "Гомдол", "Бичгээр", None])
    prepared = petitions_import.import_preview(clerk_ctx, path)
    assert [(e.row, e.column) for e in prepared.errors] == [(2, "Хүлээн авсан огноо")]
    assert "future" in prepared.errors[0].en
    assert petitions_import.import_commit(clerk_ctx, prepared)["imported"] == 1


def test_petition_number_too_big_for_an_integer_imports(clerk_ctx, tmp_path):
    # was: OverflowError "Python int too large to convert to SQLite INTEGER" for the running number
    path = _petitions(tmp_path / "p.xlsx", ["Ө-1090000000000000000000", "2024.03.05", "Хүсэлт", "Гомдол", "Бичгээр",
                                            None])
    assert petitions_import.import_commit(clerk_ctx, petitions_import.import_preview(clerk_ctx, path))["imported"] == 1
    assert q.list_page(clerk_ctx)[0]["reg_no"] == "Ө-1090000000000000000000"


def test_petition_cell_longer_than_its_column_is_a_row_error(clerk_ctx, tmp_path):
    # PostgreSQL refuses text longer than the column (address: 300); SQLite kept it silently
    path = _petitions(tmp_path / "p.xlsx", ["1", "2024.03.05", "Хүсэлт", "Гомдол", "Бичгээр", "Ө" * 301])
    prepared = petitions_import.import_preview(clerk_ctx, path)
    assert [(e.row, e.column) for e in prepared.errors] == [(2, "Хаяг")] and not prepared.new


def _letters(path, header, *rows):
    wb = Workbook()
    wb.active.title = "Ирсэн"
    wb.active.append(header)
    for row in rows:
        wb.active.append(list(row))
    wb.save(path)
    return path


def test_letter_registered_on_the_last_day_is_refused_not_a_crash(clerk_ctx, tmp_path):
    # was: OverflowError computing the reply deadline (9999-12-31 + reply days) at commit
    path = _letters(tmp_path / "l.xlsx", ["Огноо", "Байгууллага", "Товч агуулга", "Хариутай"],
                    ["9999.12.31", "Аймгийн ЗДТГ", "Мэдээ", "тийм"], ["2024.01.05", "Аймгийн ЗДТГ", "Урилга", "тийм"])
    result = letters_import.import_preview(clerk_ctx, path)
    assert [(e.row, e.column) for e in result.errors] == [(2, "Огноо")]
    assert letters_import.import_commit(clerk_ctx, result)["imported"] == 1


def test_letter_due_before_registration_is_a_preview_error(clerk_ctx, tmp_path):
    # was: the preview said «ready», then the commit refused the whole file at that row
    path = _letters(tmp_path / "l.xlsx", ["Огноо", "Байгууллага", "Товч агуулга", "Хариу өгөх хугацаа"],
                    ["2024.03.05", "Аймгийн ЗДТГ", "Мэдээ", "2024.03.01"], ["2024.03.05", "Сангийн яам", "Урилга", None])
    result = letters_import.import_preview(clerk_ctx, path)
    assert [(e.row, e.column) for e in result.errors] == [(2, "Хариу өгөх хугацаа")]
    assert letters_import.import_commit(clerk_ctx, result)["imported"] == 1
    assert letters_query.count_letters(clerk_ctx) == 1


def test_letter_cell_longer_than_its_column_is_a_row_error(clerk_ctx, tmp_path):
    path = _letters(tmp_path / "l.xlsx", ["Огноо", "Байгууллага", "Товч агуулга", "Тэдний дугаар"],
                    ["2024.03.05", "Аймгийн ЗДТГ", "Мэдээ", "1" * 81])
    result = letters_import.import_preview(clerk_ctx, path)
    assert [(e.row, e.column) for e in result.errors] == [(2, "Тэдний дугаар")] and not result.new


def _plan(path, rows):
    from tests.reliability.test_property_plans import HEADER

    wb = Workbook()
    ws = wb.active
    ws.append(["СУМЫН 2024 ОНЫ ЖИЛИЙН ЭЦСИЙН ГҮЙЦЭТГЭЛИЙН ТАЙЛАН"])
    ws.append(HEADER)
    for row in rows:
        ws.append(row)
    ws.append(["ХЯНАСАН:", "ДАРГА", None, "Я.ЖАРГАЛЦЭЦЭГ"])
    wb.save(path)
    return path


def test_plan_measure_starting_with_a_signature_word_is_kept(tmp_path):
    # was: «Нэгтгэсэн …» (compiled …) in a measure ended the table there: the rest was silently lost
    from soum_desk.importers.plan_xlsx import read_plan

    path = _plan(tmp_path / "p.xlsx", [["НЭГ БОДЛОГО"], ["Зорилт 1.1 Хяналт"],
                                       [1, "Нэгтгэсэн тайлан гаргах", None, None, None, "I улирал", "Хийсэн", 100],
                                       [2, "Хянасан баримтыг хүргүүлэх", None, None, None, "II улирал", None, None]])
    assert [m.text for m in read_plan(path).measures] == ["Нэгтгэсэн тайлан гаргах", "Хянасан баримтыг хүргүүлэх"]


def test_plan_goal_about_an_average_is_not_the_average_row(tmp_path):
    # was: a goal such as «Хүн амын дундаж наслалт» was taken for the average row: the table ended there
    from soum_desk.importers.plan_xlsx import read_plan

    path = _plan(tmp_path / "p.xlsx", [["НЭГ БОДЛОГО"], ["Зорилт 1.1 Хүн амын дундаж наслалтыг нэмэгдүүлэх"],
                                       [1, "Эрүүл мэндийн үзлэг", None, None, None, "I улирал", None, 50],
                                       [None, "Хэрэгжилтийн дундаж хувь", None, None, None, None, None, "50 хувь"]])
    plan = read_plan(path)
    assert [g.title for s in plan.sections for g in s.goals] == ["Хүн амын дундаж наслалтыг нэмэгдүүлэх"]
    assert [m.text for m in plan.measures] == ["Эрүүл мэндийн үзлэг"] and plan.declared_average == 50


def test_plan_goal_without_a_number_exports_and_imports_back(ctx, tmp_path):
    # was: exported as its bare title, so the import read it as the previous measure's continuation
    from soum_desk.importers.plan_xlsx import read_plan
    from soum_desk.services.plans import imports as plans_io
    from soum_desk.services.plans import report as plans_report

    path = _plan(tmp_path / "p.xlsx", [["НЭГ БОДЛОГО"], ["Зорилт. Иргэдэд ойр үйлчилгээ"],
                                       [1, "Цахим үйлчилгээ нэвтрүүлэх", None, None, None, "I улирал", None, None],
                                       ["Зорилт. Ил тод байдал"],
                                       [2, "Мэдээлэл байршуулах", None, None, None, "II улирал", None, None]])
    doc = plans_io.import_file(ctx, path)["result"]
    again = read_plan(plans_report.export_xlsx(ctx, "2024", tmp_path / "e.xlsx", document_id=doc["id"]))
    assert [(g.code, g.title, [m.text for m in g.measures]) for g in again.sections[0].goals] == \
        [("", "Иргэдэд ойр үйлчилгээ", ["Цахим үйлчилгээ нэвтрүүлэх"]), ("", "Ил тод байдал", ["Мэдээлэл байршуулах"])]


def _signed_bundle(tmp_path, tables, pair=None):
    from soum_desk.bundle import format as fmt
    from soum_desk.bundle import keys, pack
    from soum_desk.bundle.verify import KeyInfo, Options, verify
    from soum_desk.services.bundle.verify import ListTrust

    pair = pair or keys.generate()
    info = {fmt.F_OFFICE_CODE: "MN-049-01", fmt.F_OFFICE_NAME: "Сүхбаатар", fmt.F_AIMAG: "MN-049",
            fmt.F_PERIOD: "2024Q4", fmt.F_CREATED: "2025-01-05T10:00:00+08:00", fmt.F_APP_VERSION: "t",
            fmt.F_SCHEMA: "1", fmt.F_KEY_ID: pair.key_id, fmt.F_SEQUENCE: "1", fmt.F_PREVIOUS: fmt.NO_PREVIOUS,
            fmt.F_AUDIT_HEAD: ""}
    office = [{"code": "MN-049-01", "name": "Сүхбаатар", "aimag_code": "MN-049", "soum_name": "Сүхбаатар"}]
    packed = pack.pack(pack.PackInput("b", {"office": office, **tables}, info, pair.private, pair.key_id), tmp_path)
    trust = ListTrust([KeyInfo(pair.key_id, "MN-049-01", keys.b64(pair.public_raw))])
    return verify(packed.path, trust, Options(keep_tables=True))


def test_bundle_figure_too_large_for_the_province_is_refused(tmp_path):
    # was: accepted by the verifier, then the import crashed storing 2**40 in a 32-bit figure column
    import pytest

    from soum_desk.bundle.schema import SchemaProblem, check_rows
    from soum_desk.bundle.verdict import Code

    row = {"received": 2**40, "resolved_on_time": 0, "resolved_late": 0, "pending": 0, "overdue": 0,
           "average_days": None}
    with pytest.raises(SchemaProblem, match="too large"):
        check_rows("petition_figures", [row])
    verdict = _signed_bundle(tmp_path, {"petition_figures": [row]})
    assert verdict.code is Code.SCHEMA_INVALID and verdict.file == "data/tables/petition_figures.json, мөр/row 1, received"


def test_bundle_nan_is_refused_at_the_office_and_the_province(tmp_path):
    # was: written as the non-JSON token NaN and read back as a value unequal to itself
    import pytest

    from soum_desk.bundle.schema import SchemaProblem, check_rows
    from soum_desk.bundle.verdict import Code

    with pytest.raises(SchemaProblem, match="finite") as problem:
        check_rows("plan_measures", [{"percent": 1.0}, {"percent": float("nan")}])
    assert problem.value.where == "plan_measures, мөр/row 2, percent"
    assert _signed_bundle(tmp_path, {"plan_measures": [{"percent": float("inf")}]}).code is Code.SCHEMA_INVALID


def _damage_sheet(path, sheet="xl/worksheets/sheet1.xml"):
    """Rewrite one sheet's XML with a broken tag in its rows: openpyxl opens the workbook (read-only
    mode reads sheets lazily) and fails only while the rows are read."""
    import zipfile

    with zipfile.ZipFile(path) as zf:
        members = {i.filename: zf.read(i) for i in zf.infolist()}
    members[sheet] = members[sheet].replace(b"</row>", b"</row><row r=\"x\"><c\x01", 1)
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def test_damaged_sheet_in_a_petitions_register_is_a_clear_error(clerk_ctx, tmp_path):
    # found by the fuzzer: a ParseError escaped from the row loop (the sheet is parsed lazily)
    import pytest

    from soum_desk.errors import UserError

    rows = [[str(n), "2024.03.05", f"Хүсэлт {n}", "Гомдол", "Бичгээр", None] for n in range(1, 4)]
    path = _damage_sheet(_petitions(tmp_path / "p.xlsx", *rows))
    with pytest.raises(UserError) as err:
        petitions_import.import_preview(clerk_ctx, path)
    assert err.value.where == "p.xlsx, Sheet, мөр/row 2" and "ParseError" in err.value.msg.en


def test_damaged_sheet_in_a_letters_register_is_a_clear_error(clerk_ctx, tmp_path):
    import pytest

    from soum_desk.errors import UserError

    path = _damage_sheet(_letters(tmp_path / "l.xlsx", ["Огноо", "Байгууллага", "Товч агуулга"],
                                  ["2024.03.05", "Аймгийн ЗДТГ", "Мэдээ"], ["2024.03.06", "Яам", "Урилга"]))
    with pytest.raises(UserError) as err:
        letters_import.import_preview(clerk_ctx, path)
    assert err.value.where == "l.xlsx, Ирсэн, мөр/row 2" and "ParseError" in err.value.msg.en


def test_signed_bundle_with_a_bagit_txt_that_is_not_utf8_is_refused(tmp_path):
    # found by the fuzzer (re-signing mode: a buggy or hostile office): bagit raised UnicodeDecodeError
    import io
    import zipfile

    from bench.fuzz_importers import _resign
    from soum_desk.bundle import keys
    from soum_desk.bundle.verdict import Code
    from soum_desk.bundle.verify import KeyInfo, Options, verify
    from soum_desk.services.bundle.verify import ListTrust

    pair = keys.generate()
    _signed_bundle(tmp_path, {}, pair)
    archive = next(tmp_path.glob("*.zip"))
    with zipfile.ZipFile(archive) as zf:
        members = [(i, zf.read(i)) for i in zf.infolist()]
    for bad in (b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n\x88\n",
                b"BagIt-Version: 1.0\x00\nTag-File-Character-Encoding: UTF-8\n"):
        changed = [(i, bad if i.filename.endswith("/bagit.txt") else d) for i, d in members]
        changed = _resign(changed, pair.private, pair.key_id)
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as zf:
            for info, data in changed:
                zf.writestr(info.filename, data)
        (tmp_path / "bad.zip").write_bytes(out.getvalue())
        trust = ListTrust([KeyInfo(pair.key_id, "MN-049-01", keys.b64(pair.public_raw))])
        verdict = verify(tmp_path / "bad.zip", trust, Options())
        assert verdict.code is Code.ALTERED and "BagIt" in verdict.reason_en, verdict.reason_en


def test_plan_weight_nan_or_infinite_is_a_warning(tmp_path):
    # «NaN» as a weight raised decimal.InvalidOperation (a NaN compares by raising); «inf» was taken
    from soum_desk.importers.plan_xlsx import read_plan
    from tests.reliability.test_property_plans import EXTRA, HEADER

    wb = Workbook()
    ws = wb.active
    ws.append(["СУМЫН 2024 ОНЫ ЖИЛИЙН ЭЦСИЙН ГҮЙЦЭТГЭЛИЙН ТАЙЛАН"])
    ws.append(HEADER + EXTRA)
    ws.append([1, "Цахим үйлчилгээ", None, None, None, "I улирал", None, None, None, None, "NaN"])
    ws.append([2, "Мэдээлэл байршуулах", None, None, None, "I улирал", None, None, None, None, "inf"])
    wb.save(tmp_path / "p.xlsx")
    plan = read_plan(tmp_path / "p.xlsx")
    assert [m.weight for m in plan.measures] == [None, None]
    assert [(p.row, p.column) for p in plan.problems if "weight" in p.en] == [(3, "K"), (4, "K")]


def test_plan_export_with_a_broken_year_is_a_clear_error(ctx, tmp_path):
    # the «Мэдээлэл» sheet's year «20a4» raised ValueError from int(float(…))
    import pytest
    from openpyxl import load_workbook

    from soum_desk.errors import ValidationError
    from soum_desk.importers.plan_xlsx import read_plan
    from soum_desk.services.plans import imports as plans_io
    from soum_desk.services.plans import report as plans_report
    from tests.plans.seed_fixture import make_seed_like_xlsx

    doc = plans_io.import_file(ctx, make_seed_like_xlsx(tmp_path / "seed.xlsx"))["result"]
    out = plans_report.export_xlsx(ctx, "2024", tmp_path / "e.xlsx", document_id=doc["id"])
    wb = load_workbook(out)
    info = wb["Мэдээлэл"]
    row = next(r for r in range(1, 10) if info.cell(r, 1).value == "year")
    for bad in ("20a4", "NaN", "1e400"):
        info.cell(row, 3).value = bad
        wb.save(tmp_path / "bad.xlsx")
        with pytest.raises(ValidationError) as err:
            read_plan(tmp_path / "bad.xlsx")
        assert err.value.where == f"bad.xlsx, Мэдээлэл, мөр/row {row}, C"


def test_plan_cells_with_tiny_or_infinite_numbers_are_read(tmp_path):
    # cell_text(1e-05) raised IndexError (its repr has no «.»), 1e999 (infinity) OverflowError
    from soum_desk.importers.plan_cells import cell_text
    from soum_desk.importers.plan_xlsx import read_plan
    from tests.reliability.test_property_plans import HEADER

    assert (cell_text(1e-05), cell_text(float("inf")), cell_text(88.25)) == ("0,0000", "inf", "88,25")
    wb = Workbook()
    ws = wb.active
    ws.append(["СУМЫН 2024 ОНЫ ЖИЛИЙН ЭЦСИЙН ГҮЙЦЭТГЭЛИЙН ТАЙЛАН"])
    ws.append(HEADER)
    ws.append([1, "Цахим үйлчилгээ", 1e-05, float("inf"), 2.5, "I улирал", None, float("inf")])
    wb.save(tmp_path / "p.xlsx")
    (m,) = read_plan(tmp_path / "p.xlsx").measures
    assert (m.indicator, m.target_text, m.percent) == ("0,0000", "2,5", None)


def test_letter_page_counts_that_int_or_the_database_refuse_are_row_errors(clerk_ctx, tmp_path):
    # «²» passed isdigit() and then failed int() at commit; 10**20 pages overflowed SQLite's INTEGER
    path = _letters(tmp_path / "l.xlsx", ["Огноо", "Байгууллага", "Товч агуулга", "Хуудас"],
                    ["2024.03.05", "Аймгийн ЗДТГ", "Мэдээ", "²"], ["2024.03.05", "Яам", "Урилга", str(10**20)],
                    ["2024.03.06", "Яам", "Тайлан", "12"])
    result = letters_import.import_preview(clerk_ctx, path)
    assert [(e.row, e.column) for e in result.errors] == [(2, "Хуудас"), (3, "Хуудас")]
    assert letters_import.import_commit(clerk_ctx, result)["imported"] == 1
