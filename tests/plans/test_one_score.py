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
    summary = plans_io.import_preview(ctx, _table(tmp_path / "t.xlsx", "97,8")).summary()
    assert not summary["declared_differs"]
    assert not [p for p in summary["problems"] if "дундаж" in p["mn"]]
