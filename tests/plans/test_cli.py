import json

from click.testing import CliRunner

from soum_desk.cli import cli
from tests.conftest import ADMIN_PASSWORD, HEAD_PASSWORD
from tests.plans.seed_fixture import make_seed_like_xlsx


def run(paths, *args, user="admin", password=ADMIN_PASSWORD):
    result = CliRunner().invoke(cli, ["--data-dir", str(paths.data_dir), "--user", user, *args],
                                env={"SOUM_DESK_PASSWORD": password})
    return result


def test_import_report_score_review_from_the_command_line(ctx, paths, tmp_path):
    xlsx = make_seed_like_xlsx(tmp_path / "seed.xlsx")
    dry = run(paths, "plans", "import", str(xlsx), "--dry-run")
    assert dry.exit_code == 0, dry.output
    assert "nothing written" in dry.output and "Тайлан, мөр 13, «H»" in dry.output and "Тайлан, row 13" in dry.output
    assert "#1" not in run(paths, "plans", "list").output
    done = run(paths, "plans", "import", str(xlsx))
    assert done.exit_code == 0 and "created" in done.output
    assert "updated" in run(paths, "plans", "import", str(xlsx)).output
    listing = run(paths, "plans", "list", "--json")
    assert len(json.loads(listing.output)) == 1
    score = run(paths, "plans", "score", "--period", "2024", "--json")
    data = json.loads(score.output)
    assert data["documents"][0]["measures"] == 8
    assert 0 <= data["documents"][0]["score"] <= 5
    for fmt in ("pdf", "xlsx"):
        out = tmp_path / f"r.{fmt}"
        result = run(paths, "plans", "report", "--period", "2024", "--format", fmt, "--out", str(out))
        assert result.exit_code == 0 and out.stat().st_size > 1000
    export = tmp_path / "e.xlsx"
    assert run(paths, "plans", "export", "--period", "2024", "--out", str(export)).exit_code == 0
    shown = run(paths, "plans", "show", "1", "--period", "2024Q4", "--filter", "not_due")
    assert shown.exit_code == 0 and "not_due" in shown.output
    denied = run(paths, "plans", "review", "approve", "--period", "2024")
    assert denied.exit_code == 2 and "approve" in denied.output
    approved = run(paths, "plans", "review", "approve", "--period", "2024", "--submitted", "2024.11.27",
                   user="head", password=HEAD_PASSWORD)
    assert approved.exit_code == 0 and '"approved"' in approved.output
    refused = run(paths, "plans", "progress", "1", "--period", "2024Q4", "--percent", "50")
    assert refused.exit_code == 2 and "approved" in refused.output
    bad = run(paths, "plans", "evaluate", "1", "--period", "2025Q1", "--level", "implemented", "--percent", "80")
    assert bad.exit_code == 2 and "90–100" in bad.output
    summary = json.loads(run(paths, "plans", "summary", "--period", "2024").output)
    assert summary["documents"] == 1 and summary["measures"] == 8 and summary["approved"] == 1
    late = json.loads(run(paths, "plans", "score", "--period", "2024", "--json").output)
    assert late["documents"][0]["penalty"]["days_late"] == 2


def test_build_a_plan_from_the_command_line(ctx, paths, tmp_path):
    doc = json.loads(run(paths, "plans", "new", "--year", "2025", "--title", "2025 ОНЫ ТӨЛӨВЛӨГӨӨ").output)
    section = json.loads(run(paths, "plans", "add-section", str(doc["id"]), "БОДЛОГЫН ЗОРИЛТ").output)
    goal = json.loads(run(paths, "plans", "add-goal", str(section["id"]), "Тайлагнална").output)
    first = json.loads(run(paths, "plans", "add-measure", str(goal["id"]), "--text", "Тайлан гаргах",
                           "--timing", "I-IV улиралд", "--target", "4").output)
    second = json.loads(run(paths, "plans", "add-measure", str(goal["id"]), "--text", "Хурал хийх",
                            "--timing", "II, IV улиралд", "--scale", "policy").output)
    assert second["number"] == "2" and second["scale"] == "policy" and first["scale"] == "law"
    assert run(paths, "plans", "move", "measure", str(second["id"]), "--up").exit_code == 0
    shown = run(paths, "plans", "show", str(doc["id"])).output
    assert shown.index("1. Хурал хийх") < shown.index("2. Тайлан гаргах")
    scan = tmp_path / "a.pdf"
    scan.write_bytes(b"%PDF-1.4\nx\n%%EOF\n")
    attached = run(paths, "plans", "attach", str(first["id"]), str(scan), "--period", "2025Q1")
    assert json.loads(attached.output)["filename"] == "a.pdf"
    assert run(paths, "plans", "delete", "document", str(doc["id"]), "--yes").exit_code == 0
    assert json.loads(run(paths, "plans", "list", "--json").output) == []


def test_deadlines_are_settings(ctx, paths):
    shown = json.loads(run(paths, "plans", "deadlines").output)
    assert shown["Y"] == "11-25"
    changed = json.loads(run(paths, "plans", "deadlines", "--set", "Y=11-20", "--set", "Q4=+01-15").output)
    assert changed["Y"] == "11-20" and changed["Q4"] == "+01-15"
    assert json.loads(run(paths, "plans", "deadlines").output)["Y"] == "11-20"
    bad = run(paths, "plans", "deadlines", "--set", "Y=25 Nov")
    assert bad.exit_code == 2 and "Y=25 Nov" in bad.output
    assert run(paths, "plans", "deadlines", "--set", "Y=02-30").exit_code == 2  # no such day


def test_result_contract_deadline_is_its_own_setting(ctx, paths):
    shown = json.loads(run(paths, "plans", "deadlines", "--kind", "result_contract").output)
    assert shown["Y"] == "+01-10" and shown["Q1"] == "04-10"  # §4.3 over the common rules
    changed = json.loads(run(paths, "plans", "deadlines", "--kind", "result_contract", "--set", "Y=+01-12").output)
    assert changed["Y"] == "+01-12"
    assert json.loads(run(paths, "plans", "deadlines").output)["Y"] == "11-25"  # others keep §10.2
