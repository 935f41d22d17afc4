from datetime import date

import pytest

from soum_desk.errors import EnvironmentProblem, UserError
from soum_desk.services.plans import imports as plans_io
from soum_desk.services.plans import progress as plans_progress
from soum_desk.services.plans import report as plans_report
from soum_desk.services.plans import scoring as plans_scoring
from soum_desk.services.plans import tree as plans
from tests.conftest import as_role
from tests.plans.seed_fixture import make_seed_like_xlsx


def _shape(ctx, doc_id, period):
    result = plans_scoring.compute(ctx, doc_id, period)
    keys = ("number", "text", "indicator", "baseline", "target_text", "timing_text", "timing_quarters",
            "responsible", "scale", "weight", "narrative", "shown_percent")
    return {
        "title": result["title"], "kind": result["kind"], "year": result["year"],
        "sections": [(s["code"], s["title"], [(g["code"], g["title"], [tuple(m[k] for k in keys)
                                                                      for m in g["measures"]])
                                              for g in s["goals"]]) for s in result["sections"]],
        "average": result["average"],
    }


def test_preview_writes_nothing_and_import_is_idempotent(ctx, tmp_path):
    path = make_seed_like_xlsx(tmp_path / "seed.xlsx")
    preview = plans_io.import_preview(ctx, path)
    summary = preview.summary()
    assert summary["new_measures"] == 8 and summary["new_sections"] == 2 and summary["new_goals"] == 3
    assert summary["progress_entries"] == 7 and summary["period"] == "2024"
    assert any(p["column"] == "H" and p["row"] > 5 for p in summary["problems"])
    assert plans.list_documents(ctx) == []  # preview wrote nothing (a cancelled wizard leaves no trace)
    first = plans_io.import_commit(ctx, preview)
    assert first["created"] and first["year"] == 2024
    again = plans_io.import_file(ctx, path)
    assert not again["result"]["created"] and again["result"]["changed_measures"] == 0
    assert again["preview"]["unchanged_measures"] == 8
    docs = plans.list_documents(ctx)
    assert len(docs) == 1
    result = plans_scoring.compute(ctx, docs[0]["id"], "2024")
    assert result["measures_total"] == 8
    flat = plans_scoring.flat_measures(result)
    assert flat[2]["shown_percent"] == 88.2 and flat[0]["timing_quarters"] == "1"
    assert flat[2]["percent"] == 70  # counted at its 7.2 level's value (50–89 → 70)
    assert not flat[6]["timing_ok"]  # «2024.06.30-ны дотор» kept and flagged


def test_export_round_trip(ctx, tmp_path):
    plans_io.import_file(ctx, make_seed_like_xlsx(tmp_path / "seed.xlsx"))
    doc_id = plans.list_documents(ctx)[0]["id"]
    plans.update_measure(ctx, plans_scoring.flat_measures(plans_scoring.compute(ctx, doc_id, "2024"))[0]["id"],
                         {"responsible": "Тамгын газар", "weight": 2.0, "scale": "policy"})
    out = plans_report.export_xlsx(ctx, "2024", tmp_path / "export.xlsx")
    original = _shape(ctx, doc_id, "2024")
    # same database: nothing duplicated, nothing changed
    again = plans_io.import_file(ctx, out)
    assert again["result"]["id"] == doc_id and again["result"]["changed_measures"] == 0
    assert _shape(ctx, doc_id, "2024") == original
    # a fresh office database gets the same plan back
    from soum_desk.config import resolve_paths
    from soum_desk.services.core import office, users
    from soum_desk.services.core.startup import open_context

    blank_ctx = open_context(resolve_paths(tmp_path / "other"))
    office.initialise(blank_ctx, aimag_code="MN-065", soum_name="Тайшир", office_name="Тайшир ЗДТГ",
                      admin_username="a", admin_password="pass-word-1")
    other = blank_ctx.as_actor(users.authenticate(blank_ctx, "a", "pass-word-1"))
    imported = plans_io.import_file(other, out)["result"]
    assert _shape(other, imported["id"], "2024") == original
    blank_ctx.dispose()


def test_import_refused_into_approved_period(ctx, tmp_path):
    path = make_seed_like_xlsx(tmp_path / "seed.xlsx")
    doc = plans_io.import_file(ctx, path)["result"]
    plans_progress.approve(as_role(ctx, "head"), doc["id"], "2024")
    with pytest.raises(UserError):
        plans_io.import_file(ctx, path)


def test_reports_pdf_and_xlsx(ctx, tmp_path):
    from openpyxl import load_workbook
    from pypdf import PdfReader

    plans_io.import_file(ctx, make_seed_like_xlsx(tmp_path / "seed.xlsx"))
    pdf = plans_report.make_report(ctx, "2024", "pdf", tmp_path / "r.pdf")
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    for expected in ("ГҮЙЦЭТГЭЛИЙН ТАЙЛАН", "Зорилт 1.1", "Хэрэгжилтийн дундаж хувь", "ХЯНАСАН",
                     "ТАЙЛАГНАСАН", "БИЕЛЭЛТИЙГ НЭГТГЭСЭН", "Дүгнэлт", "0–5", "88,2",
                     "Бүлэг, зорилтын дундаж хувь"):
        assert expected in text, expected
    xlsx = plans_report.make_report(ctx, "2024", "xlsx", tmp_path / "r.xlsx")
    wb = load_workbook(xlsx)
    assert wb.sheetnames == ["Төлөвлөгөө", "Дүгнэлт", "Дундаж", "Удааширсан", "Мэдээлэл"]
    values = [c for row in wb["Төлөвлөгөө"].iter_rows(values_only=True) for c in row if c is not None]
    assert "Хэрэгжилтийн дундаж хувь" in values and "ХЯНАСАН:" in values


def test_cancelled_preview_and_failed_apply_write_nothing(ctx, tmp_path, monkeypatch):
    from bench.plans_bench import generate

    generate(ctx, 300)
    out = plans_report.export_xlsx(ctx, "2024Q4", tmp_path / "big.xlsx")
    with pytest.raises(InterruptedError):
        plans_io.import_preview(ctx, out, progress=lambda done, total: False)
    preview = plans_io.import_preview(ctx, out)
    preview.plan.title = "ӨӨР ТӨЛӨВЛӨГӨӨ"  # would create a second plan
    calls = {"n": 0}
    real = plans_io.upsert_progress

    def failing(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 150:
            raise OSError(28, "No space left on device")
        return real(*args, **kwargs)

    monkeypatch.setattr(plans_io, "upsert_progress", failing)
    with pytest.raises(EnvironmentProblem):
        plans_io.import_commit(ctx, preview)
    assert len(plans.list_documents(ctx)) == 1  # the half-done import was rolled back


def test_quarter_export_reimports_without_inventing_entries(system_ctx, tmp_path):
    from sqlalchemy import func, select

    from soum_desk.db.models.plans import PlanProgress
    from soum_desk.services import demo

    demo.load_demo(system_ctx)
    doc = plans.list_documents(system_ctx, date.today().year - 1)[0]  # the plan with four quarters
    q4 = f"{doc['year']}Q4"
    out = plans_report.export_xlsx(system_ctx, q4, tmp_path / "q4.xlsx")

    def count():
        with system_ctx.reading() as session:
            return session.scalar(select(func.count(PlanProgress.id)))

    before, shape = count(), _shape(system_ctx, doc["id"], q4)
    result = plans_io.import_file(system_ctx, out)
    assert result["result"]["changed_measures"] == 0
    assert count() == before  # not-due notes and «[хугацаа болоогүй]» are not read back as entries
    assert _shape(system_ctx, doc["id"], q4) == shape


def test_goal_codes_kept_through_storage_reports_and_reimport(ctx, tmp_path):
    from openpyxl import load_workbook
    from pypdf import PdfReader

    path = make_seed_like_xlsx(tmp_path / "seed.xlsx")
    doc_id = plans_io.import_file(ctx, path)["result"]["id"]
    goals = [(g["code"], g["title"]) for s in plans.tree(ctx, doc_id)["sections"] for g in s["goals"]]
    assert goals[1] == ("1.2.", "Аймгийн бодлогын баримт бичгүүдийг хэрэгжүүлнэ.")
    xlsx = plans_report.make_report(ctx, "2024", "xlsx", tmp_path / "r.xlsx")
    cells = [c for row in load_workbook(xlsx)["Төлөвлөгөө"].iter_rows(values_only=True) for c in row if c]
    assert "Зорилт 1.2. Аймгийн бодлогын баримт бичгүүдийг хэрэгжүүлнэ." in cells
    assert "Зорилт 1.1 Монгол Улсын сайдуудтай байгуулсан гэрээний хэрэгжилтийг хангана" in cells
    pdf = plans_report.make_report(ctx, "2024", "pdf", tmp_path / "r.pdf")
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(pdf).pages).split())
    assert "Зорилт 1.2. Аймгийн" in text
    # a plan imported before codes were kept («1.2») takes the written code on re-import, nothing duplicated
    with ctx.transaction() as session:
        from soum_desk.db.models.plans import PlanGoal

        for goal in session.query(PlanGoal):
            goal.code = goal.code.rstrip(".")
    again = plans_io.import_file(ctx, path)["result"]
    assert again["id"] == doc_id and again["changed_measures"] == 0
    assert [g["code"] for s in plans.tree(ctx, doc_id)["sections"] for g in s["goals"]] == ["1.1", "1.2.", "2.1."]


def test_two_measures_with_the_same_text_are_matched_in_order(ctx, tmp_path):
    """Issue 19: both were matched to the plan's last one — a re-import previewed «1 updated, 1 unchanged» for an
    unchanged file, and a changed percent of the first was written to the second, then overwritten (lost)."""
    from tests.importers.test_plan_surprises import _measure, _table

    first = _table(tmp_path / "a.xlsx", [_measure(1, "Тайлан гаргах", percent=100), _measure(2, "Тайлан гаргах",
                                                                                              percent=50)])
    plans_io.import_file(ctx, first)
    again = plans_io.import_preview(ctx, first).summary()
    assert (again["updated_measures"], again["unchanged_measures"]) == (0, 2)
    changed = _table(tmp_path / "b.xlsx", [_measure(1, "Тайлан гаргах", percent=70), _measure(2, "Тайлан гаргах",
                                                                                              percent=50)])
    plans_io.import_file(ctx, changed)
    doc_id = plans.list_documents(ctx)[0]["id"]
    flat = plans_scoring.flat_measures(plans_scoring.compute(ctx, doc_id, "2024"))
    # the percents as entered (the averages count each at its level's value, §7.1)
    assert [(m["number"], m["shown_percent"]) for m in flat] == [("1", 70.0), ("2", 50.0)]
