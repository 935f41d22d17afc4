"""Issue 16 / seed 003 §7.5: one 0–5 score per plan, the same at the office and at the province,
and an imported table's own average checked against its percents."""

import pytest
from openpyxl import Workbook

from soum_desk.domain import ranking
from soum_desk.errors import ValidationError
from soum_desk.services.core import settings
from soum_desk.services.plans import bundle_rows
from soum_desk.services.plans import imports as plans_io
from soum_desk.services.plans import progress as plans_progress
from soum_desk.services.plans import scoring as plans_scoring
from soum_desk.services.plans import tree as plans
from soum_desk.services.province.figures import figures_from_tables
from tests.plans.seed_fixture import HEADER


def _plan(ctx) -> tuple[int, list[int]]:
    """Section 1: seven measures at 100, one at 70 (mean 96,25); sections 2 and 3: one at 100 each."""
    doc = plans.create_document(ctx, kind="annual_plan", year=2024, title="ТӨЛӨВЛӨГӨӨ 2024")
    sections = []
    for n, percents in enumerate(([100] * 3 + [70] + [100] * 4, [100], [100])):
        section = plans.add_section(ctx, doc["id"], f"БҮЛЭГ {n + 1}")
        goal = plans.add_goal(ctx, section["id"], "Зорилт")
        for i, percent in enumerate(percents):
            m = plans.add_measure(ctx, goal["id"], {"text": f"Арга хэмжээ {n}.{i}", "timing_text": "I-IV улиралд"})
            plans_progress.record_progress(ctx, m["id"], "2024", narrative="Хийсэн", self_percent=percent)
        sections.append(section["id"])
    return doc["id"], sections


def test_office_score_is_the_plan_average_times_005_and_the_province_reads_the_same(ctx):
    doc_id, _ = _plan(ctx)
    [office] = plans_scoring.scores(ctx, "2024")
    assert office["average"] == pytest.approx(97.0)
    assert office["score"] == pytest.approx(4.85)  # not 4,94 (the mean of the section means × 0,05)
    figures = figures_from_tables(bundle_rows.bundle_payload(ctx, "2024"))
    assert figures["plan_average"] == pytest.approx(97.0)
    assert figures["plan_score"] == pytest.approx(office["score"])
    assert ranking.score_of_percent(figures["plan_average"]) == pytest.approx(office["score"])


def test_section_weights_count_when_the_office_weighs_sections(ctx):
    doc_id, sections = _plan(ctx)
    plans.set_section_weight(ctx, sections[0], 60)
    assert plans_scoring.compute(ctx, doc_id, "2024")["score"] == pytest.approx(4.85)  # weights unused by default
    settings.update(ctx, "plans.score_groups", "sections")
    plans.set_section_weight(ctx, sections[1], 20)
    plans.set_section_weight(ctx, sections[2], 20)
    result = plans_scoring.compute(ctx, doc_id, "2024")
    assert result["average"] == pytest.approx(96.25 * 0.6 + 100 * 0.4)
    assert result["score"] == pytest.approx((96.25 * 0.6 + 100 * 0.4) * 0.05)
    figures = figures_from_tables(bundle_rows.bundle_payload(ctx, "2024"))
    assert figures["plan_score"] == pytest.approx(ranking.score_of_percent(figures["plan_average"]), abs=1e-4)
    with pytest.raises(ValidationError):
        settings.update(ctx, "plans.score_groups", "goals")
    with pytest.raises(ValidationError):
        plans.set_section_weight(ctx, sections[0], -1)


def _table(path, declared: str):
    wb = Workbook()
    ws = wb.active
    ws.title = "Тайлан"
    for row in (["СУМЫН ЗДТГ-ЫН 2024 ОНЫ ЖИЛИЙН ЭЦСИЙН ГҮЙЦЭТГЭЛИЙН ТАЙЛАН"], [], HEADER, ["НЭГ БОДЛОГЫН ЗОРИЛТ"],
                ["Зорилт 1.1 Гэрээ"], [1, "Нэг", "Тоо", 1, 1, "I-IV улиралд", "Хийсэн", 100],
                [2, "Хоёр", "Тоо", 1, 1, "I-IV улиралд", "Хийсэн", 100],
                [3, "Гурав", "Тоо", 1, 1, "I-IV улиралд", "Хийсэн", 100],
                [4, "Дөрөв", "Тоо", 1, 1, "I-IV улиралд", "Хийсэн", 91],
                ["Хэрэгжилтийн дундаж хувь", None, None, None, None, None, None, declared]):
        ws.append(row)
    wb.save(path)
    return path


def test_declared_average_that_differs_is_a_warning_in_the_preview_and_the_report(ctx, tmp_path):
    settings.update(ctx, "plans.level_reading", "percent")  # 91 counts as 91
    preview = plans_io.import_preview(ctx, _table(tmp_path / "t.xlsx", "97.5 хувь"))  # the percents give 97,75
    summary = preview.summary()
    assert summary["declared_average"] == 97.5 and summary["computed_average"] == 97.75
    assert summary["declared_differs"]
    [warning] = [p for p in summary["problems"] if "97,5" in p["mn"]]
    assert warning["severity"] == "warning" and warning["row"] == 10 and "97.75" in warning["en"]
    doc = plans_io.import_commit(ctx, preview)
    result = plans_scoring.compute(ctx, doc["id"], "2024")
    assert result["average"] == 97.75 and result["declared_average"] == 97.5 and result["declared_differs"]
    assert result["score"] == pytest.approx(4.8875)
    from soum_desk.reports.plans_layout import summary_pairs

    pairs = dict(summary_pairs(result))
    assert pairs["Хүснэгтэд бичсэн дундаж (зөрүүтэй) / the table's own average (differs)"] == "97,5"


def test_declared_average_within_its_last_digit_is_no_warning(ctx, tmp_path):
    settings.update(ctx, "plans.level_reading", "percent")
    summary = plans_io.import_preview(ctx, _table(tmp_path / "t.xlsx", "97,8")).summary()
    assert not summary["declared_differs"]
    assert not [p for p in summary["problems"] if "дундаж" in p["mn"]]


def test_declared_average_is_checked_under_the_offices_reading(ctx, tmp_path):
    """By default (seed 001's practice) 91 counts as its level's 100, so the table's percents give 100."""
    summary = plans_io.import_preview(ctx, _table(tmp_path / "t.xlsx", "100")).summary()
    assert summary["computed_average"] == 100 and not summary["declared_differs"]
    assert plans_io.import_preview(ctx, _table(tmp_path / "u.xlsx", "97,8")).summary()["declared_differs"]


def test_the_7_1_reading_applies_to_averages_and_the_score(ctx):
    doc = plans.create_document(ctx, kind="governor_programme", year=2024, title="ХӨТӨЛБӨР 2024")  # a 7.1 plan
    section = plans.add_section(ctx, doc["id"], "БҮЛЭГ")
    goal = plans.add_goal(ctx, section["id"], "Зорилт")
    ids = [plans.add_measure(ctx, goal["id"], {"text": f"Арга хэмжээ {i}", "timing_text": "I-IV улиралд"})["id"]
           for i in range(3)]
    plans_progress.record_progress(ctx, ids[0], "2024", narrative="Хийсэн", self_percent=95)
    plans_progress.record_progress(ctx, ids[1], "2024", narrative="Хийсэн", self_percent=65)
    plans_progress.record_progress(ctx, ids[2], "2024", narrative="Хийсэн", self_percent=10)
    plans_progress.evaluate(ctx, ids[2], "2024", "intensify", 45)  # the evaluator's level wins
    result = plans_scoring.compute(ctx, doc["id"], "2024")  # default: each at its level's value
    assert result["level_reading"] == "level"
    assert result["average"] == pytest.approx((100 + 70 + 40) / 3)
    assert result["sections"][0]["goals"][0]["average"] == pytest.approx(70)
    assert result["score"] == pytest.approx(3.5)
    assert [m["shown_percent"] for m in plans_scoring.flat_measures(result)] == [95, 65, 45]  # as recorded
    settings.update(ctx, "plans.level_reading", "percent")
    result = plans_scoring.compute(ctx, doc["id"], "2024")
    assert result["average"] == pytest.approx((95 + 65 + 45) / 3)
    assert result["score"] == pytest.approx(round((95 + 65 + 45) / 3 * 0.05, 4))
    with pytest.raises(ValidationError):
        settings.update(ctx, "plans.level_reading", "band")
