from soum_desk.importers.plan_cells import clean_html, role_for
from soum_desk.importers.plan_xlsx import read_plan
from tests.plans.seed_fixture import make_seed_like_xlsx


def test_clean_html():
    assert clean_html("<b>НЭГ</b>") == ("НЭГ", True)
    assert clean_html('<a href="http://x.mn">x.mn</a> хуудас')[0] == "x.mn хуудас"
    assert clean_html("<p>a</p> <p>b</p>")[0] == "a\nb"
    assert clean_html("энгийн") == ("энгийн", False)


def test_header_roles_by_mongolian_names():
    assert role_for("Зорилт от түвшин") == "target"
    assert role_for("Хугацаа /I-IV улирал/") == "timing"
    assert role_for("Хэрэгжилт") == "narrative"
    assert role_for("Хувь") == "percent"
    assert role_for("Ажил, арга хэмжээ") == "measure"
    assert role_for("Хүрэх түвшин") == "target"
    assert role_for("Биелэлт /хувиар/") == "percent"
    assert role_for("Хэрэгжилтийн явц") == "narrative"
    assert role_for("Хариуцах нэгж") == "responsible"


def test_seed_like_file_parsed(tmp_path):
    plan = read_plan(make_seed_like_xlsx(tmp_path / "seed.xlsx"))
    assert plan.year == 2024 and plan.period == "2024" and plan.kind == "annual_plan"
    assert "ГҮЙЦЭТГЭЛИЙН ТАЙЛАН" in plan.title
    assert [s.code for s in plan.sections] == ["НЭГ", "ХОЁР"]
    assert plan.sections[0].title == "БОДЛОГЫН БАРИМТ БИЧИГ ТУСГАГДСАН ЗОРИЛТ"
    # codes and titles as written: «Зорилт 1.2.» keeps its dot, «Зорилт 1.1» has none
    assert [g.code for s in plan.sections for g in s.goals] == ["1.1", "1.2.", "2.1."]
    assert plan.sections[0].goals[1].title == "Аймгийн бодлогын баримт бичгүүдийг хэрэгжүүлнэ."
    measures = plan.measures
    assert [m.number for m in measures] == ["1", "2", "3", "4", "5", "6", "7", "8"]
    assert measures[2].percent == 88.2
    assert measures[2].narrative.endswith("хэрэгжилтийг 98,2 хувьтай хэрэгжүүлэв.")  # continuation row
    assert measures[3].narrative == "Тогтоолын биелэлтийг 88,2 хувьтай биелүүлж,\nхугацаанд нь хүргүүллээ."
    assert measures[3].percent is None
    assert measures[4].text == "Нээлттэй www.shilen.gov.mn цахим хуудсаар мэдээлэх"
    assert measures[4].baseline == "86%" and measures[4].target_text == "90%-иас доошгүй"
    assert measures[5].percent is None and measures[5].narrative == ""
    assert measures[6].percent == 95.5
    assert plan.declared_average == 97.5
    assert plan.html_cells >= 6
    problems = {(p.row, p.column): p for p in plan.problems}
    text_percent = [p for p in plan.problems if "хэрэгжиж байна" in p.mn]
    assert text_percent and text_percent[0].column == "H" and text_percent[0].sheet == "Тайлан"
    assert any("2024.06.30" in p.mn and p.column == "F" for p in problems.values())
    assert any("250" in p.mn for p in problems.values())


def test_title_stops_at_the_date_row_and_drops_markdown(tmp_path):
    from openpyxl import Workbook

    from tests.plans.seed_fixture import HEADER

    wb = Workbook()
    ws = wb.active
    for row in (["**СУМЫН ЗДТГ-ЫН 2023 ОНЫ**"], ["III УЛИРЛЫН ГҮЙЦЭТГЭЛИЙН ТАЙЛАН"], [], ["2023.10.05"], ["Цогт сум"],
                HEADER, [1, "Арга хэмжээ", "Тоо", 1, 1, "III улиралд", "Хийсэн", "90,5"]):
        ws.append(row)
    wb.save(tmp_path / "t.xlsx")
    plan = read_plan(tmp_path / "t.xlsx")
    assert plan.title == "СУМЫН ЗДТГ-ЫН 2023 ОНЫ III УЛИРЛЫН ГҮЙЦЭТГЭЛИЙН ТАЙЛАН"
    assert (plan.year, plan.period) == (2023, "2023Q3")
    assert plan.measures[0].percent == 90.5 and plan.sections[0].code == ""


def _with_missing_style(src, out, cell: str):
    """A copy of `src` whose `cell` points at style 99, which the styles part does not have."""
    import re
    import zipfile

    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                text, count = re.subn(rf'<c r="{cell}"( s="\d+")?', f'<c r="{cell}" s="99"', data.decode(), count=1)
                assert count == 1
                data = text.encode()
            zout.writestr(info, data)
    return out


def test_a_cell_pointing_at_a_missing_style_gives_a_located_row_problem(tmp_path):
    """Issue 13 regression: openpyxl raised IndexError while looking up the percent cell's format,
    which the clerk saw as a program error; now the row and column are named and the rest is read."""
    path = _with_missing_style(make_seed_like_xlsx(tmp_path / "seed.xlsx"), tmp_path / "bad.xlsx", "H8")
    plan = read_plan(path)
    assert len(plan.measures) == 8 and plan.measures[0].row == 8 and plan.measures[0].percent is None
    (problem,) = [p for p in plan.problems if (p.row, p.column) == (8, "H")]
    assert problem.severity == "warning" and problem.sheet == "Тайлан" and "format is missing" in problem.en
    assert plan.measures[1].percent == 100


def test_the_preview_of_such_a_file_lists_the_row(tmp_path, clerk_ctx):
    from soum_desk.services.plans import imports as plans_io

    path = _with_missing_style(make_seed_like_xlsx(tmp_path / "seed.xlsx"), tmp_path / "bad.xlsx", "H8")
    summary = plans_io.import_preview(clerk_ctx, path).summary()
    assert summary["measures"] == 8
    assert [p["where"] for p in summary["problems"] if "format" in p["en"]] == ["Тайлан, мөр/row 8, багана/column H"]


def test_goal_codes_kept_as_written(tmp_path):
    from openpyxl import Workbook

    from tests.plans.seed_fixture import HEADER

    wb = Workbook()
    ws = wb.active
    for row in (["СУМЫН ЗДТГ-ЫН 2024 ОНЫ ГҮЙЦЭТГЭЛИЙН ТАЙЛАН"], [], HEADER, ["НЭГ БОДЛОГЫН ЗОРИЛТ"],
                ["Зорилт 1-10 Төсөв, санхүүгийн чиглэлээр"], [1, "Нэг", "Тоо", 1, 1, "I улиралд", "Хийсэн", 100],
                ["Зорилт 14 Өргөдөл, гомдлыг барагдуулна"], [2, "Хоёр", "Тоо", 1, 1, "I улиралд", "Хийсэн", 100],
                ["Зорилт 9. Мэдээллийг шуурхай хүргэнэ"], [3, "Гурав", "Тоо", 1, 1, "I улиралд", "Хийсэн", 100],
                ["Зорилт. Дугааргүй зорилт"], [4, "Дөрөв", "Тоо", 1, 1, "I улиралд", "Хийсэн", 100]):
        ws.append(row)
    wb.save(tmp_path / "codes.xlsx")
    plan = read_plan(tmp_path / "codes.xlsx", year=2024)
    goals = [(g.code, g.title) for s in plan.sections for g in s.goals]
    assert goals == [("1-10", "Төсөв, санхүүгийн чиглэлээр"), ("14", "Өргөдөл, гомдлыг барагдуулна"),
                     ("9.", "Мэдээллийг шуурхай хүргэнэ"), ("", "Дугааргүй зорилт")]
