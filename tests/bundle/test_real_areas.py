"""End to end with the real areas: a demo office's approved quarter exported, verified,
imported at a province, consolidated to the office's own figures, ranked and reported."""

from __future__ import annotations

import json
import zipfile

import pytest

from soum_desk.bundle import payload
from soum_desk.reports import province_report
from soum_desk.services import (
    bundle_export,
    bundle_verify,
    plans_progress,
    plans_scoring,
    province,
    province_import,
)
from soum_desk.services import province_views as views
from tests.bundle import real_offices as real
from tests.bundle.real_offices import PERIOD, REAL_PAYLOAD, REAL_REPORTS, office_figures


@pytest.fixture(scope="module")
def offices(tmp_path_factory):
    yield from real.build(tmp_path_factory)


@pytest.fixture(autouse=True)
def _real_providers(monkeypatch):
    monkeypatch.setattr(payload, "PAYLOAD_PROVIDERS", REAL_PAYLOAD)
    monkeypatch.setattr(payload, "REPORT_PROVIDERS", REAL_REPORTS)


def _texts(path) -> list[bytes]:
    """The raw zip and every member inflated."""
    with zipfile.ZipFile(path) as archive:
        return [path.read_bytes()] + [archive.read(name) for name in archive.namelist()]


def test_approval_for_export_approves_the_plan_reports(offices):
    docs = plans_scoring.scores(offices.demo, PERIOD)
    assert offices.approval["plans_approved"] == [d["document_id"] for d in docs]  # Q4 was only reviewed
    assert all(d["review_status"] == "approved" for d in docs)
    # reopening the plan report stops the export until the head approves it again
    doc_id = docs[0]["document_id"]
    plans_progress.reopen(offices.demo, doc_id, PERIOD)
    try:
        with pytest.raises(Exception, match="дахин нээгдсэн"):
            bundle_export.export_bundle(offices.demo, PERIOD, offices.key_dir, "unused")
    finally:
        plans_progress.approve(offices.demo, doc_id, PERIOD)


def test_bundle_verifies_and_carries_every_area(offices):
    verdict = bundle_verify.verify_with_key_folder(offices.bundles[0], offices.key_dir)
    assert verdict.ok, verdict.reason("en")
    tables = verdict.as_dict()["tables"]
    for table in ("plan_summary", "plan_measures", "petition_figures", "petition_breakdown", "petitions",
                  "letter_figures", "archive_counts"):
        assert tables[table] > 0, table
    assert not any(t.startswith("personal_") for t in tables) and not verdict.personal_data
    names = {r.rsplit("/", 1)[-1] for r in verdict.reports}
    for stem in ("petitions", "letters", "archive"):
        assert {f"{stem}_{PERIOD}.pdf", f"{stem}_{PERIOD}.xlsx"} <= names
    assert any(n.startswith("plan_") and n.endswith(".pdf") for n in names)


def test_no_personal_data_without_the_setting(offices):
    person = offices.person
    for blob in _texts(offices.bundles[0]):
        for value in person.values():
            assert blob.count(value.encode("utf-8")) == 0, value


def test_province_consolidates_the_office_figures(offices, province_ctx, tmp_path):
    for key_file in sorted(offices.key_dir.glob("*.pub.json")):
        province.register_key_file(province_ctx, key_file, kind="soum")
    results = province_import.import_files(province_ctx, offices.bundles)
    assert [r["verdict"] for r in results] == ["valid", "valid"], results
    rows = {r["name"]: r for r in views.consolidated(province_ctx, PERIOD)}
    for name, expected in (("Сүхбаатар сумын ЗДТГ", offices.expected),
                           ("Ерөө сумын ЗДТГ", offices.expected_second)):
        row = rows[name]
        assert row["submitted"]
        assert {k: row[k] for k in expected} == expected, name
    assert offices.expected["petitions_received"] > 0 and offices.expected["letters_incoming"] > 0
    assert offices.expected["archive_permanent"] > 0 and offices.expected["plan_average"] is not None
    assert offices.expected["plan_score"] is not None
    # the office's figures are unchanged by the export
    assert office_figures(offices.demo, PERIOD) == offices.expected
    ranking = views.ranking_table(province_ctx, PERIOD)
    assert len(ranking) == 2 and {r["rank"] for r in ranking} <= {1, 2}
    assert all(r["score"] > 0 for r in ranking)
    for suffix in ("pdf", "xlsx"):
        target = province_report.write(province_ctx, PERIOD, tmp_path / f"province.{suffix}")
        assert target.stat().st_size > 1000
    # importing again changes nothing
    again = province_import.import_files(province_ctx, offices.bundles)
    assert {r["verdict"] for r in again} == {"replay"}
    assert json.dumps(views.consolidated(province_ctx, PERIOD), default=str) == json.dumps(
        list(rows.values()), default=str)


def test_cli_flow_with_the_demo_office(offices, province_ctx, tmp_path):
    from tests.bundle.test_cli import run

    quarter = PERIOD[:4] + "Q3"
    office = ["--data-dir", str(offices.demo.paths.data_dir), "--user", "head"]
    keys_dir = tmp_path / "keys"
    keys_dir.mkdir()
    key_file = keys_dir / "demo.pub.json"
    assert "fingerprint" in run(*office, "bundle", "keys", "export", str(key_file)).output
    run(*office, "bundle", "approve", quarter)
    usb = tmp_path / "usb"
    usb.mkdir()
    run(*office, "bundle", "export", "--period", quarter, "--out", str(usb))
    bundle = next(usb.glob("*.zip"))
    verdict = json.loads(run(*office, "bundle", "verify", str(bundle), "--keys", str(keys_dir), "--json").output)
    assert verdict["verdict"] == "valid" and verdict["period"] == quarter and verdict["sequence"] == 2
    assert verdict["tables"]["plan_summary"] >= 1 and verdict["tables"]["petition_figures"] == 1

    province = ["--data-dir", str(province_ctx.paths.data_dir), "--db-url", province_ctx.paths.db_url,
                "--user", "head"]
    run(*province, "province", "offices", "add", str(key_file), "--fingerprint", verdict["key_id"])
    run(*province, "province", "offices", "add", str(sorted(offices.key_dir.glob("*.pub.json"))[1]))
    # the office's first bundle (2025Q4) and this one (sequence 2), and the second soum's
    out = run(*province, "province", "import", offices.bundles[0].as_posix(), str(bundle),
              offices.bundles[1].as_posix(), "--json").output
    assert [r["verdict"] for r in json.loads(out)] == ["valid", "valid", "valid"]
    ranking = json.loads(run(*province, "province", "ranking", "--period", PERIOD, "--json").output)
    assert len(ranking) == 2 and all(r["submitted"] for r in ranking)
    rows = json.loads(run(*province, "province", "consolidated", "--period", quarter, "--json").output)
    mine = next(r for r in rows if r["submitted"])
    expected = office_figures(offices.demo, quarter)
    assert {k: mine[k] for k in expected} == expected
