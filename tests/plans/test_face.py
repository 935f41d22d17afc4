"""The plans package's face and its typed rows: the TypedDicts name exactly the keys the services return."""

from typing import get_type_hints

import soum_desk.services.plans as area
from soum_desk.services.plans import rows


def keys(typed) -> set[str]:  # noqa: ANN001
    return set(get_type_hints(typed))


def test_the_package_face():
    assert {"actions", "queries", "import_preview", "import_commit", "report_data", "bundle_payload"} <= set(area.__all__)
    assert area.actions.save_entry and area.queries.compute and area.import_preview.__name__ == "import_preview"


def test_typed_rows_match_what_the_services_return(ctx, small_plan):
    doc_id, m = small_plan["document"]["id"], small_plan["measures"][0]
    q, a = area.queries, area.actions
    assert set(q.list_documents(ctx)[0]) == keys(rows.DocumentRow)
    tree = q.tree(ctx, doc_id)
    assert set(tree) == keys(rows.PlanTree) and set(tree["sections"][0]) == keys(rows.SectionNode)
    assert set(tree["sections"][0]["goals"][0]) == keys(rows.GoalNode)
    assert set(tree["sections"][0]["goals"][0]["measures"][0]) == keys(rows.MeasureRow)
    entry = a.save_entry(ctx, m, "2024Q1", narrative="Хийв", self_percent=60)
    assert set(entry) == keys(rows.ProgressRow)
    assert set(q.get_review(ctx, doc_id, "2024Q1")) == keys(rows.ReviewRow)
    result = q.compute(ctx, doc_id, "2024Q1")
    assert set(result) == keys(rows.PlanResult)
    section = result["sections"][0]
    assert set(section) == keys(rows.SectionResult) and set(section["goals"][0]) == keys(rows.GoalResult)
    assert set(section["goals"][0]["measures"][0]) == keys(rows.MeasureResult)
    assert set(q.entry_rows(ctx, doc_id, "2024Q1")[0]) == keys(rows.FlatMeasure)
    assert set(q.scores(ctx, "2024Q1")[0]) == keys(rows.ScoreSummary)
    summary = q.period_summary(ctx, "2024Q1")
    assert set(summary) == keys(rows.PeriodSummary) and set(summary["per_document"][0]) == keys(rows.DocumentScore)
