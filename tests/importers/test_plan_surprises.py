"""Issue 19: a plan table's structural surprises are located problems in the preview, never silent."""

from __future__ import annotations

import pytest
from openpyxl import Workbook

from soum_desk.errors import ValidationError
from soum_desk.importers.plan_xlsx import read_plan
from tests.plans.seed_fixture import HEADER


def _table(path, rows, header=HEADER):
    wb = Workbook()
    ws = wb.active
    ws.title = "Тайлан"
    ws.append(["СУМЫН ЗДТГ-ЫН 2024 ОНЫ ЖИЛИЙН ЭЦСИЙН ГҮЙЦЭТГЭЛИЙН ТАЙЛАН"])
    ws.append(header)
    ws.append(["Зорилт 1.1 Иргэдэд үйлчилнэ"])
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def _measure(number, text, narrative="Хийсэн", percent=90):
    return [number, text, "Тоо", 1, 1, "IV улирал", narrative, percent]


def test_a_row_without_a_number_is_joined_to_the_measure_above_and_said_so(tmp_path):
    """It was folded silently: texts concatenated, its percent dropped, 55 measures became 54."""
    plan = read_plan(_table(tmp_path / "t.xlsx", [_measure(1, "Тайлан гаргах", percent=100),
                                                 _measure(None, "Сургалт зохион байгуулах", percent=70),
                                                 _measure(3, "Хурал хийх")]))
    assert [m.number for m in plan.measures] == ["1", "3"]  # what was done …
    assert plan.measures[0].text == "Тайлан гаргах\nСургалт зохион байгуулах" and plan.measures[0].percent == 100
    (problem,) = plan.problems  # … is said, at the row, with the dropped percent and the fix
    assert (problem.sheet, problem.row, problem.column, problem.severity) == ("Тайлан", 5, "A", "warning")
    assert "№ 1, row 4" in problem.en and "percent «70» was dropped" in problem.en and "write its №" in problem.en
    assert "№ хоосон" in problem.mn and "«70» орхигдсон" in problem.mn


def test_a_continuation_of_the_narrative_alone_stays_quiet(tmp_path):
    plan = read_plan(_table(tmp_path / "t.xlsx", [_measure(1, "Тайлан гаргах", narrative="Эхний хэсэг,"),
                                                 [None, None, None, None, None, None, "дараагийн хэсэг.", None]]))
    assert plan.measures[0].narrative == "Эхний хэсэг,\nдараагийн хэсэг." and plan.problems == []


def test_a_missing_percent_column_is_an_error_naming_it_and_the_header_row(tmp_path):
    """Every percent was dropped (0 reported, average «–») without a word."""
    header = [*HEADER[:-1], "Үнэлгээ"]
    with pytest.raises(ValidationError) as err:
        read_plan(_table(tmp_path / "t.xlsx", [_measure(1, "Тайлан гаргах")], header=header))
    assert err.value.where == "t.xlsx, Тайлан, мөр/row 2"
    assert "No «Хувь» (percent) column: the header on row 2 has «№»" in err.value.msg.en and "«Үнэлгээ»" in \
        err.value.msg.en
    assert "«Хувь» багана олдсонгүй: толгой мөр 2-д" in err.value.msg.mn


def test_an_unknown_column_is_a_warning_at_the_header(tmp_path):
    plan = read_plan(_table(tmp_path / "t.xlsx", [[*_measure(1, "Тайлан гаргах"), "Санхүүжилт"]],
                            header=[*HEADER, "Төсөв"]))
    (problem,) = plan.problems
    assert (problem.row, problem.column, problem.severity) == (2, "I", "warning") and "«Төсөв»" in problem.en


def test_a_number_in_the_narrative_with_a_blank_percent_is_a_warning(tmp_path):
    """«100» in the implementation column was imported as the narrative «100», counted as not reported."""
    plan = read_plan(_table(tmp_path / "t.xlsx", [_measure(1, "Тайлан гаргах", narrative="100", percent=None),
                                                 _measure(2, "Хурал хийх", narrative="100", percent=100)]))
    assert plan.measures[0].narrative == "100" and plan.measures[0].percent is None
    (problem,) = plan.problems
    assert (problem.row, problem.column, problem.severity) == (4, "G", "warning")
    assert "is it the percent?" in problem.en and "энэ хувь уу?" in problem.mn


def test_a_cell_longer_than_the_database_keeps_is_a_row_error(tmp_path):
    plan = read_plan(_table(tmp_path / "t.xlsx", [_measure(1, "Тайлан гаргах", narrative="х" * 4001),
                                                 [2, "Хурал хийх", "Тоо", "с" * 201, 1, "IV улирал", "Хийсэн", 90],
                                                 _measure(3, "Сургалт", narrative="х" * 4000)]))
    assert [m.number for m in plan.measures] == ["3"]
    assert [(p.row, p.column, p.severity) for p in plan.problems] == [(4, "G", "error"), (5, "D", "error")]
    assert "Too long (4,001 characters, at most 4,000)" in plan.problems[0].en


def test_a_declared_average_far_from_the_percents_read_is_a_warning_at_its_row(tmp_path):
    rows = [_measure(1, "Тайлан гаргах", percent=100), _measure(2, "Хурал хийх", percent=80),
            [None, "Хэрэгжилтийн дундаж хувь", None, None, None, None, None, "95 хувь"]]
    plan = read_plan(_table(tmp_path / "t.xlsx", rows))
    (problem,) = plan.problems
    assert (problem.row, problem.column, problem.severity) == (6, "H", "warning")
    assert "The file's own average is 95.0, the 2 percents read average 90.0" in problem.en
    rows[-1][-1] = "90,2 хувь"  # an office's rounding is no surprise
    assert read_plan(_table(tmp_path / "ok.xlsx", rows)).problems == []


@pytest.mark.parametrize(("key", "value", "message"), [
    ("period", "2024Q9", "Invalid period «2024Q9»"),
    ("kind", "x" * 100, "Unknown document kind"),
    ("act_number", "y" * 61, "Too long (61 characters, at most 60)")])
def test_a_value_the_commit_would_refuse_in_the_info_sheet_is_refused_before_the_preview(tmp_path, key, value,
                                                                                          message):
    """The «Мэдээлэл» sheet's period was accepted by the preview and refused by the commit; a kind or an act
    number of any length was written (and would not fit the column on PostgreSQL)."""
    from openpyxl import load_workbook

    path = _table(tmp_path / "t.xlsx", [_measure(1, "Тайлан гаргах")])
    wb = load_workbook(path)
    wb.create_sheet("Мэдээлэл").append([key, "…", value])
    wb.save(path)
    with pytest.raises(ValidationError) as err:
        read_plan(path)
    assert message in err.value.msg.en and err.value.where == "t.xlsx, Мэдээлэл, мөр/row 1, C"


def test_the_importer_knows_every_document_kind():
    from soum_desk.importers.plan_shape import PLAN_KINDS
    from soum_desk.services.plans.tree import KIND_SCALE

    assert set(PLAN_KINDS) == set(KIND_SCALE)


def test_a_goal_number_longer_than_the_database_keeps_is_a_warning(tmp_path):
    wb_rows = [["Зорилт " + ".".join(["1"] * 20) + " Урт дугаартай зорилт"], _measure(1, "Тайлан гаргах")]
    plan = read_plan(_table(tmp_path / "t.xlsx", wb_rows))
    goal = plan.sections[0].goals[-1]
    assert goal.code == "" and goal.title == "Урт дугаартай зорилт"
    (problem,) = plan.problems
    assert (problem.row, problem.severity) == (4, "warning") and "goal number is too long (39" in problem.en
