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


def _other_office(tmp_path):
    from soum_desk.config import resolve_paths
    from soum_desk.services.core import office, users
    from soum_desk.services.core.startup import open_context

    blank = open_context(resolve_paths(tmp_path / "other"))
    office.initialise(blank, aimag_code="MN-065", soum_name="Тайшир", office_name="Тайшир ЗДТГ",
                      admin_username="a", admin_password="pass-word-1")
    return blank, blank.as_actor(users.authenticate(blank, "a", "pass-word-1"))


def _dump(ctx, doc_id):
    with ctx.reading() as session:
        return dx.dump_document(session, doc_id)


def _audit_count(ctx, action):
    from sqlalchemy import func, select

    from soum_desk.db.models import AuditEntry

    with ctx.reading() as session:
        return session.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == action))


def test_cli_export_and_import_document_same_office_changes_nothing_empty_office_gets_it_all(head_ctx, paths,
                                                                                             tmp_path):
    import json

    from soum_desk.services.plans import document_io
    from soum_desk.services.plans import tree as plans
    from tests.plans.test_cli import run

    doc = demo.load_plans_demo(head_ctx, 2024)
    before = _dump(head_ctx, doc["id"])
    out = tmp_path / "whole.xlsx"
    done = run(paths, "plans", "export-document", str(doc["id"]), "--out", str(out))
    assert done.exit_code == 0, done.output
    again = run(paths, "plans", "import-document", str(out), "--json")
    assert again.exit_code == 0, again.output
    data = json.loads(again.output)
    assert data["preview"]["action"] == "unchanged" and data["result"] is None
    assert set(data["preview"]["entries"]) == {"2024Q1", "2024Q2", "2024Q3", "2024Q4"}
    assert _dump(head_ctx, doc["id"]) == before and len(plans.list_documents(head_ctx)) == 1
    assert _audit_count(head_ctx, "plans.import_document") == 0  # nothing written, not even an audit entry
    # an office without the plan gets every period, evaluator level, flag and review back
    blank, other = _other_office(tmp_path)
    try:
        assert document_io.preview_document(other, out)["action"] == "create"
        result = document_io.import_document(other, out)
        assert result["changed"] and _dump(other, result["id"]) == before
        mine = plans_report_flags(head_ctx, doc["id"])
        assert plans_report_flags(other, result["id"]) == mine
        assert any(flow for _, flow, _ in mine) and any(level for _, _, level in mine)  # flags and levels come back
        assert document_io.import_document(other, out) == {"id": result["id"], "changed": False,
                                                           "evidence_unlinked": 0}
    finally:
        blank.dispose()


def plans_report_flags(ctx, doc_id):
    from soum_desk.services.plans import scoring as plans_scoring

    return [(m["number"], m["flow"], m["level"]) for m in
            plans_scoring.flat_measures(plans_scoring.compute(ctx, doc_id, "2024Q4"))]


def test_import_document_replaces_a_changed_plan_but_not_over_an_approved_period(head_ctx, tmp_path):
    import pytest

    from soum_desk.errors import UserError
    from soum_desk.services.plans import document_io
    from soum_desk.services.plans import progress as plans_progress
    from soum_desk.services.plans import scoring as plans_scoring

    doc = demo.load_plans_demo(head_ctx, 2024)
    out = document_io.export_document(head_ctx, doc["id"], tmp_path / "whole.xlsx")
    exported = _dump(head_ctx, doc["id"])
    approved = [r["period"] for r in exported["reviews"] if r["status"] == "approved"]
    first = plans_scoring.flat_measures(plans_scoring.compute(head_ctx, doc["id"], "2024Q1"))[0]
    for period in approved:
        plans_progress.reopen(head_ctx, doc["id"], period, "засвар")
    plans_progress.record_progress(head_ctx, first["id"], "2024Q1", narrative="Өөрчилсөн", self_percent=55)
    assert document_io.preview_document(head_ctx, out)["action"] == "replace"
    plans_progress.approve(head_ctx, doc["id"], "2024Q1")
    with pytest.raises(UserError) as refused:
        document_io.import_document(head_ctx, out)
    assert "reopen" in refused.value.text("en") and "2024Q1" in refused.value.text("en")
    plans_progress.reopen(head_ctx, doc["id"], "2024Q1", "буцаах")
    result = document_io.import_document(head_ctx, out)
    assert result["changed"] and _dump(head_ctx, result["id"]) == exported


def test_import_document_refuses_a_plain_table(ctx, tmp_path):
    import pytest

    from soum_desk.errors import UserError
    from soum_desk.services.plans import document_io
    from tests.plans.seed_fixture import make_seed_like_xlsx

    with pytest.raises(UserError) as refused:
        document_io.preview_document(ctx, make_seed_like_xlsx(tmp_path / "seed.xlsx"))
    assert "whole-plan export" in refused.value.text("en") and "бүтэн төлөвлөгөө" in refused.value.text("mn")
