from datetime import date

from soum_desk.domain.periods import Period
from soum_desk.services import demo
from soum_desk.services.plans import scoring as plans_scoring
from soum_desk.services.plans import tree as plans
from soum_desk.services.plans.demo import load_current_plan_demo


def last_years_plan(ctx) -> dict:  # noqa: ANN001
    """The demo plan with four quarters of progress (the demo also has this year's plan)."""
    return plans.list_documents(ctx, date.today().year - 1)[0]


def test_demo_plan_has_four_quarters_and_flow_cases(system_ctx):
    assert "plans" in demo.load_demo(system_ctx)
    docs = plans.list_documents(system_ctx)
    assert sorted(d["year"] for d in docs) == [date.today().year - 1, date.today().year]
    doc = last_years_plan(system_ctx)
    q4 = plans_scoring.compute(system_ctx, doc["id"], f"{doc['year']}Q4")
    assert 55 <= q4["measures_total"] <= 65
    assert [m["number"] for m in q4["broken"]] == ["12"]
    assert [m["number"] for m in q4["stalled"]] == ["40"]
    assert q4["counts"]["too_early"] == 1
    assert q4["review_status"] == "reviewed"
    year = plans_scoring.compute(system_ctx, doc["id"], str(doc["year"]))
    assert year["reported_total"] == year["measures_total"]
    assert 0 < year["score"] <= 5
    summary = plans_scoring.period_summary(system_ctx, f"{doc['year']}Q4")
    assert summary["broken"] == 1 and summary["stalled"] == 1 and summary["documents"] == 1
    demo.load_demo(system_ctx)  # twice: nothing added
    assert len(plans.list_documents(system_ctx)) == 2


def test_this_years_demo_plan_is_in_progress(system_ctx):
    """The dashboard's this-quarter tiles show a working office, not zeros."""
    today = date(2026, 11, 29)
    doc = load_current_plan_demo(system_ctx, today)
    current = Period.containing(today, "Q").code
    summary = plans_scoring.period_summary(system_ctx, current)
    assert summary["documents"] == 1 and summary["due"] > 0
    assert 0 < summary["reported"] < summary["due"]  # about half reported so far
    for ended in ("2026Q1", "2026Q2", "2026Q3"):
        result = plans_scoring.compute(system_ctx, doc["id"], ended)
        assert result["reported_total"] == result["due_total"] > 0, ended
        assert result["counts"]["not_reported"] == 0, ended
    assert load_current_plan_demo(system_ctx, today)["id"] == doc["id"]  # twice: nothing added


def test_bundle_payload_is_json_ready(system_ctx):
    import json

    from soum_desk.bundle import schema
    from soum_desk.services.plans.bundle_rows import bundle_payload

    demo.load_demo(system_ctx)
    year = last_years_plan(system_ctx)["year"]
    payload = bundle_payload(system_ctx, f"{year}Q4")
    assert set(payload) == {"plan_summary", "plan_documents", "plan_sections", "plan_goals", "plan_measures", "plan_progress",
                            "plan_scores", "plan_evidence"}
    assert len(payload["plan_measures"]) == len(payload["plan_progress"]) == 59
    assert payload["plan_scores"][0]["broken"] == "12"
    json.dumps(payload, ensure_ascii=False)
    for table, rows in payload.items():
        schema.check_rows(table, rows)  # flat rows of scalars, as the bundle requires


def test_the_demo_writes_no_date_after_its_today(system_ctx, monkeypatch):
    """Early in a quarter (3 April) the last quarter's submission (8 April) has not come yet."""
    from soum_desk.domain import clock
    from soum_desk.services.plans import progress as plans_progress

    today = date(2026, 1, 3)
    monkeypatch.setattr(clock, "today", lambda: today)
    doc = load_current_plan_demo(system_ctx, today)
    assert doc["act_date"] == "2026-01-03"
    today = date(2026, 4, 3)
    monkeypatch.setattr(clock, "today", lambda: today)
    plans.delete_document(system_ctx, doc["id"])
    doc = load_current_plan_demo(system_ctx, today)
    review = plans_progress.get_review(system_ctx, doc["id"], "2026Q1")
    assert review["status"] == "approved" and review["submitted_on"] == "2026-04-03"
