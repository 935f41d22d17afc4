"""Issue 16: the whole-plan xlsx sheet carries every period, evaluator level and review."""

from soum_desk.db.models.plans import PlanDocument
from soum_desk.services.core.office import own_office
from soum_desk.services.plans import demo
from soum_desk.services.plans import document_xlsx as dx
from soum_desk.services.plans import report as plans_report


def test_whole_plan_round_trip_is_identical_and_idempotent(head_ctx, tmp_path):
    ctx = head_ctx
    doc = demo.load_plans_demo(ctx, 2024)
    out = plans_report.export_xlsx(ctx, "2024Q4", tmp_path / "plan.xlsx", document_id=doc["id"])
    with ctx.transaction() as session:
        dx.write_document_xlsx(session, doc["id"], out)
        before = dx.dump_document(session, doc["id"])
    periods = dx.count_entries(before)
    assert set(periods) == {"2024Q1", "2024Q2", "2024Q3", "2024Q4"}
    assert any(p["level"] for s in before["sections"] for g in s["goals"] for m in g["measures"]
               for p in m["progress"])
    assert {r["status"] for r in before["reviews"]} == {"approved", "reviewed"}

    read = dx.read_document_sheet(out)
    assert read == before
    with ctx.transaction() as session:
        office_id = own_office(session).id
        doc_id, changed = dx.apply_document(session, read, office_id)
        assert not changed and doc_id == doc["id"]  # same office: nothing changes
        session.delete(session.get(PlanDocument, doc_id))
    with ctx.transaction() as session:
        new_id, changed = dx.apply_document(session, read, office_id)
        assert changed
        assert dx.dump_document(session, new_id) == before


def test_legacy_table_has_no_document_sheet(tmp_path):
    from tests.plans.seed_fixture import make_seed_like_xlsx

    assert dx.read_document_sheet(make_seed_like_xlsx(tmp_path / "seed.xlsx")) is None
