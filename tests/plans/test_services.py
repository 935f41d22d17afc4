import pytest

from soum_desk.errors import PermissionDenied, UserError, ValidationError
from soum_desk.services.core import audit
from soum_desk.services.plans import edit as plans_edit
from soum_desk.services.plans import progress as plans_progress
from soum_desk.services.plans import scoring as plans_scoring
from soum_desk.services.plans import tree as plans
from tests.conftest import as_role


def test_tree_numbers_and_parsed_fields(ctx, small_plan):
    tree = plans.tree(ctx, small_plan["document"]["id"])
    assert [s["code"] for s in tree["sections"]] == ["НЭГ", "ХОЁР"]
    assert [g["code"] for g in tree["sections"][0]["goals"]] == ["1.1", "1.2"]
    measures = [m for s in tree["sections"] for g in s["goals"] for m in g["measures"]]
    assert [m["number"] for m in measures] == ["1", "2", "3", "4", "5"]
    assert measures[2]["timing_quarters"] == "2,4" and measures[2]["target_value"] == 2
    assert measures[3]["target_cmp"] == ">=" and measures[3]["target_value"] == 90
    assert measures[0]["scale"] == "law"  # §7.4: the annual plan is scored on the 7.2 scale


def test_progress_averages_and_not_due(ctx, small_plan):
    doc, m = small_plan["document"]["id"], small_plan["measures"]
    plans_progress.record_progress(ctx, m[0], "2024Q2", narrative="Тайлагнасан", self_percent=100)
    plans_progress.record_progress(ctx, m[2], "2024Q2", narrative="Хэлэлцүүлсэн", self_percent=70)
    plans_progress.evaluate(ctx, m[3], "2024Q2", "too_early")
    result = plans_scoring.compute(ctx, doc, "2024Q2")
    flat = {r["id"]: r for r in plans_scoring.flat_measures(result)}
    assert flat[m[1]]["status"] == "not_due"  # due only in Q1
    assert flat[m[3]]["status"] == "not_scored"
    assert flat[m[4]]["status"] == "not_reported"
    assert result["sections"][0]["goals"][0]["average"] == 100
    assert result["sections"][0]["average"] == pytest.approx(85)
    assert result["sections"][1]["average"] is None  # nothing scored, not zero
    assert result["average"] == pytest.approx(85)
    assert result["score"] == pytest.approx(85 * 0.05)
    assert result["counts"]["not_due"] == 1 and result["counts"]["not_reported"] == 1
    assert result["counts"]["implemented"] == 1 and result["counts"]["in_progress"] == 1


def test_year_report_uses_latest_quarter(ctx, small_plan):
    doc, m = small_plan["document"]["id"], small_plan["measures"]
    plans_progress.record_progress(ctx, m[0], "2024Q3", narrative="Q3", self_percent=60)
    plans_progress.record_progress(ctx, m[0], "2024Q4", narrative="Q4", self_percent=95)
    flat = plans_scoring.flat_measures(plans_scoring.compute(ctx, doc, "2024"))
    assert flat[0]["narrative"] == "Q4" and flat[0]["shown_percent"] == 95
    assert flat[0]["percent"] == 100  # §7.1 as seed 001 reads it: 95 is «бүрэн хэрэгжсэн», counted at 100


def test_evaluation_band_refused(ctx, small_plan):
    m = small_plan["measures"][0]
    with pytest.raises(ValidationError) as info:
        plans_progress.evaluate(ctx, m, "2024Q1", "in_progress", 95)
    assert "50–89" in str(info.value)
    with pytest.raises(ValidationError):
        plans_progress.evaluate(ctx, m, "2024Q1", "partial", 70)  # a 7.1 level on a 7.2 measure
    row = plans_progress.evaluate(ctx, m, "2024Q1", "in_progress", 55)
    assert row["eval_percent"] == 55


def test_stalled_and_broken_after_quarters_without_progress(ctx, small_plan):
    doc, m = small_plan["document"]["id"], small_plan["measures"]
    for q, value in zip((1, 2, 3, 4), (40, 40, 40, 40), strict=True):
        plans_progress.record_progress(ctx, m[3], f"2024Q{q}", narrative="...", self_percent=value)
        plans_progress.record_progress(ctx, m[0], f"2024Q{q}", narrative="...", self_percent=25 * q)
    q2 = plans_scoring.compute(ctx, doc, "2024Q2")
    assert [r["id"] for r in q2["stalled"]] == [m[4]]  # never reported in Q1 and Q2
    q3 = plans_scoring.compute(ctx, doc, "2024Q3")
    assert [r["id"] for r in q3["stalled"]] == [m[3]]
    assert [r["id"] for r in q3["broken"]] == [m[4]]
    q4 = plans_scoring.compute(ctx, doc, "2024Q4")
    assert m[3] in [r["id"] for r in q4["broken"]]
    assert m[4] in [r["id"] for r in q4["broken"]]  # never reported in four quarters
    rows = plans_scoring.entry_rows(ctx, doc, "2024Q4", "broken")
    assert {r["id"] for r in rows} == {m[3], m[4]}


def test_approved_period_read_only_until_head_reopens(ctx, small_plan):
    doc, m = small_plan["document"]["id"], small_plan["measures"]
    clerk, head = as_role(ctx, "clerk"), as_role(ctx, "head")
    plans_progress.record_progress(clerk, m[0], "2024Q4", narrative="Хийсэн", self_percent=90)
    with pytest.raises(PermissionDenied):
        plans_progress.approve(clerk, doc, "2024Q4")
    plans_progress.mark_reviewed(head, doc, "2024Q4")
    plans_progress.approve(head, doc, "2024")
    with pytest.raises(UserError):
        plans_progress.record_progress(clerk, m[0], "2024Q4", narrative="Өөрчилсөн", self_percent=50)
    with pytest.raises(UserError):
        plans_progress.record_progress(clerk, m[0], "2024Q1", narrative="x", self_percent=50)
    plans_progress.record_progress(clerk, m[0], "2025Q1", narrative="next year", self_percent=10)
    assert plans_progress.get_review(clerk, doc, "2024Q4")["locked"]
    plans_progress.reopen(head, doc, "2024", note="Засвар")
    plans_progress.record_progress(clerk, m[0], "2024Q4", narrative="Өөрчилсөн", self_percent=50)
    actions = [e["action"] for e in audit.list_entries(ctx, audit.AuditFilter(action_prefix="plans.period"))]
    assert actions == ["plans.period.reopen", "plans.period.approve", "plans.period.review"]
    assert audit.verify(ctx).ok


def test_viewer_cannot_write(ctx, small_plan):
    viewer = as_role(ctx, "viewer")
    with pytest.raises(PermissionDenied):
        plans_progress.record_progress(viewer, small_plan["measures"][0], "2024Q1", self_percent=10)


def test_late_penalty_from_settings_deadline(ctx, small_plan):
    from datetime import date

    from soum_desk.services.core import settings

    doc, m = small_plan["document"]["id"], small_plan["measures"]
    for measure in m:
        plans_progress.record_progress(ctx, measure, "2024", narrative="Хийсэн", self_percent=100)
    settings.update(ctx, "plans.deadlines", {"Y": "11-25"})
    plans_progress.set_submitted(as_role(ctx, "head"), doc, "2024", date(2024, 11, 27))
    result = plans_scoring.compute(ctx, doc, "2024")
    assert result["score"] == 5
    assert result["penalty"] == {"days_late": 2, "fraction": pytest.approx(0.1), "score_after": 4.5}


def test_result_contract_penalty_counts_from_10_january(ctx):
    """§4.3: a result contract's year report sent on 10 January is on time, on 12 January two days late;
    an annual plan sent on 10 January is 46 days late (§10.2: 25 November)."""
    from datetime import date

    results = {}
    for kind in ("result_contract", "annual_plan"):
        doc = plans.create_document(ctx, kind=kind, year=2024, title=f"{kind} 2024")
        s = plans.add_section(ctx, doc["id"], "БҮЛЭГ")
        g = plans.add_goal(ctx, s["id"], "Зорилт")
        m = plans.add_measure(ctx, g["id"], {"text": "Гэрээний заалт", "timing_text": "I-IV улиралд"})
        plans_progress.record_progress(ctx, m["id"], "2024", narrative="Хийсэн", self_percent=100)
        results[kind] = doc["id"]
    head = as_role(ctx, "head")
    plans_progress.set_submitted(head, results["result_contract"], "2024", date(2025, 1, 10))
    contract = plans_scoring.compute(ctx, results["result_contract"], "2024")
    assert contract["deadline"] == "2025-01-10" and contract["penalty"]["days_late"] == 0
    plans_progress.set_submitted(head, results["result_contract"], "2024", date(2025, 1, 12))
    late = plans_scoring.compute(ctx, results["result_contract"], "2024")["penalty"]
    assert late["days_late"] == 2 and late["score_after"] == 4.5
    plans_progress.set_submitted(head, results["annual_plan"], "2024", date(2025, 1, 10))
    annual = plans_scoring.compute(ctx, results["annual_plan"], "2024")
    assert annual["deadline"] == "2024-11-25" and annual["penalty"]["days_late"] == 46


def test_edit_move_renumber_copy_delete(ctx, small_plan):
    doc, m, goals = small_plan["document"]["id"], small_plan["measures"], small_plan["goals"]
    plans_edit.move(ctx, "measure", m[1], -1)
    plans_edit.move(ctx, "measure", m[4], to_goal=goals[1]["id"])
    plans_edit.move(ctx, "section", small_plan["sections"][1]["id"], -1)
    tree = plans.tree(ctx, doc)
    assert [s["code"] for s in tree["sections"]] == ["НЭГ", "ХОЁР"]
    assert tree["sections"][0]["title"] == "ТӨРИЙН ҮЙЛЧИЛГЭЭНИЙ ЧАНАР"
    order = [x["id"] for s in tree["sections"] for g in s["goals"] for x in g["measures"]]
    assert order == [m[3], m[1], m[0], m[2], m[4]]
    plans_progress.record_progress(ctx, m[0], "2024Q1", narrative="x", self_percent=10)
    copy = plans_edit.copy_document(ctx, doc, 2025)
    assert "2025" in copy["title"] and copy["year"] == 2025
    copied = plans.tree(ctx, copy["id"])
    assert [x["text"] for s in copied["sections"] for g in s["goals"] for x in g["measures"]] == \
        [x["text"] for s in tree["sections"] for g in s["goals"] for x in g["measures"]]
    assert plans_scoring.compute(ctx, copy["id"], "2025Q1")["reported_total"] == 0
    plans_edit.delete_item(ctx, "goal", goals[0]["id"])
    numbers = [x["number"] for s in plans.tree(ctx, doc)["sections"] for g in s["goals"] for x in g["measures"]]
    assert numbers == ["1", "2", "3"]


def test_approving_a_quarter_does_not_lock_the_year(ctx, small_plan):
    doc, m = small_plan["document"]["id"], small_plan["measures"]
    plans_progress.approve(as_role(ctx, "head"), doc, "2024Q4")
    with pytest.raises(UserError):
        plans_progress.record_progress(ctx, m[0], "2024Q4", narrative="x", self_percent=50)
    plans_progress.record_progress(ctx, m[0], "2024", narrative="Жилийн дүн", self_percent=90)
    plans_progress.record_progress(ctx, m[0], "2024Q3", narrative="III", self_percent=60)


def test_save_entry_writes_narrative_percent_and_evaluation_in_one_audit_entry(ctx, small_plan):
    m = small_plan["measures"][0]
    before = len(audit.list_entries(ctx, audit.AuditFilter(action_prefix="plans.progress")))
    saved = plans_progress.save_entry(ctx, m, "2024Q1", narrative=" Хийв ", self_percent=80, evaluation=True,
                                      level="in_progress", eval_percent=75, evaluator="Аймаг")
    assert (saved["narrative"], saved["self_percent"], saved["level"], saved["eval_percent"]) == \
        ("Хийв", 80, "in_progress", 75)
    assert saved["evaluator"] == "Аймаг"
    assert len(audit.list_entries(ctx, audit.AuditFilter(action_prefix="plans.progress"))) == before + 1
    kept = plans_progress.save_entry(ctx, m, "2024Q1", narrative="Хийв", self_percent=85)  # evaluation kept
    assert (kept["self_percent"], kept["level"]) == (85, "in_progress")
    with pytest.raises(ValidationError):  # a level of the other scale: nothing written
        plans_progress.save_entry(ctx, m, "2024Q1", narrative="x", self_percent=90, evaluation=True,
                                  level="effective")
    assert plans_progress.get_progress(ctx, m, "2024Q1")["narrative"] == "Хийв"
