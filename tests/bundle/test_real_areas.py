"""End to end with the real areas: a demo office's approved quarter exported, verified,
imported at a province, consolidated to the office's own figures, ranked and reported."""

from __future__ import annotations

import json
import zipfile

import pytest

from soum_desk.services.bundle import export as bundle_export
from soum_desk.services.bundle import verify as bundle_verify
from soum_desk.services.plans import progress as plans_progress
from soum_desk.services.plans import scoring as plans_scoring
from soum_desk.services.province import imports as province_import
from soum_desk.services.province import registry as province
from soum_desk.services.province import report as province_report
from soum_desk.services.province import views
from tests.bundle import real_offices as real
from tests.bundle.real_offices import PERIOD, REAL_PAYLOAD, REAL_REPORTS, office_figures


@pytest.fixture(scope="module")
def offices(tmp_path_factory, data_templates):
    yield from real.build(tmp_path_factory, data_templates)


@pytest.fixture(autouse=True)
def _real_providers(monkeypatch):
    monkeypatch.setattr(bundle_export, "PAYLOAD_PROVIDERS", REAL_PAYLOAD)
    monkeypatch.setattr(bundle_export, "REPORT_PROVIDERS", REAL_REPORTS)


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
        target = province_report.make_report(province_ctx, PERIOD, tmp_path / f"province.{suffix}")
        assert target.stat().st_size > 1000
    data = province_report.report_data(province_ctx, PERIOD)  # what reports/province_report draws
    assert data.header.office_name == "Сэлэнгэ аймгийн ЗДТГ" and data.period == PERIOD
    assert len(data.rank_rows) == 2 and len(data.figure_rows) == 2 and data.missing == []
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
    if quarter not in {a["period"] for a in bundle_export.list_approvals(offices.demo)}:  # once per module
        run(*office, "bundle", "approve", quarter)
    usb = offices.bundles[0].parent  # the office's stick: every export of the module lands here
    run(*office, "bundle", "export", "--period", quarter, "--out", str(usb))
    bundle = max(usb.glob(f"*_{quarter}_*.zip"))
    verdict = json.loads(run(*office, "bundle", "verify", str(bundle), "--keys", str(keys_dir), "--json").output)
    assert verdict["verdict"] == "valid" and verdict["period"] == quarter and verdict["sequence"] >= 2
    assert verdict["tables"]["plan_summary"] >= 1 and verdict["tables"]["petition_figures"] == 1

    province = ["--data-dir", str(province_ctx.paths.data_dir), "--db-url", province_ctx.paths.db_url,
                "--user", "head"]
    run(*province, "province", "offices", "add", str(key_file), "--fingerprint", verdict["key_id"])
    run(*province, "province", "offices", "add", str(sorted(offices.key_dir.glob("*.pub.json"))[1]))
    # every bundle on the stick, in sequence order (the demo office's and the second soum's)
    files = sorted(usb.glob("*.zip"), key=lambda f: f.stem[-4:])
    out = run(*province, "province", "import", *map(str, files), "--json").output
    assert {r["verdict"] for r in json.loads(out)} == {"valid"}
    ranking = json.loads(run(*province, "province", "ranking", "--period", PERIOD, "--json").output)
    assert len(ranking) == 2 and all(r["submitted"] for r in ranking)
    rows = json.loads(run(*province, "province", "consolidated", "--period", quarter, "--json").output)
    mine = next(r for r in rows if r["submitted"])
    expected = office_figures(offices.demo, quarter)
    assert {k: mine[k] for k in expected} == expected


def test_wizard_exports_a_demo_period_and_the_province_view_imports_it(qtbot, offices, province_ctx):
    from soum_desk.ui.bundle.export_wizard import ExportWizard
    from soum_desk.ui.bundle.view import BundleView
    from soum_desk.ui.bus import DataBus
    from soum_desk.ui.province.import_view import ImportView
    from soum_desk.ui.province.ranking_view import RankingView
    from soum_desk.ui.state import AppState
    from tests.bundle.conftest import KEY_PASS

    quarter = PERIOD[:4] + "Q2"
    state = AppState(offices.demo, DataBus())
    view = BundleView(state)
    qtbot.addWidget(view)
    view.period_edit.setText(quarter)
    if quarter not in {a["period"] for a in bundle_export.list_approvals(offices.demo)}:  # once per module
        view.approve.click()
    assert quarter in view.approved_label.text()
    usb = offices.bundles[0].parent
    wizard = ExportWizard(state, view)
    wizard.period.setCurrentText(quarter)
    wizard.folder.setText(str(usb))
    wizard.passphrase.setText(KEY_PASS)
    wizard.show()
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.result_info is not None, timeout=60_000)
    exported = usb / wizard.result_info["file_name"]
    assert exported.is_file() and wizard.result_info["period"] == quarter
    assert wizard.result_info["tables"]["plan_summary"] > 0  # (the demo petitions start in November)

    for key_file in sorted(offices.key_dir.glob("*.pub.json")):
        province.register_key_file(province_ctx, key_file, kind="soum")
    files = sorted(usb.glob("*.zip"), key=lambda f: f.stem[-4:])
    p_state = AppState(province_ctx, DataBus(), province_mode=True)
    importer = ImportView(p_state)
    qtbot.addWidget(importer)
    importer.import_files(files)
    qtbot.waitUntil(lambda: importer.results.rowCount() == len(files), timeout=60_000)
    assert all(importer.results.value(r, 4).startswith("✓") for r in range(len(files)))
    ranking = RankingView(p_state)
    qtbot.addWidget(ranking)
    ranking.period.setText(quarter)
    ranking.refresh()
    assert ranking.ranking.rowCount() == 2 and ranking.figures.rowCount() == 1  # only the demo office sent Q2
    mine = next(r for r in province_views_rows(province_ctx, quarter) if r["submitted"])
    expected = office_figures(offices.demo, quarter)
    assert {k: mine[k] for k in expected} == expected


def province_views_rows(ctx, period):  # noqa: ANN001, ANN201
    return views.consolidated(ctx, period)


def test_personal_data_only_with_the_setting_and_sealed(offices, province_ctx, tmp_path):
    from soum_desk.services.bundle import keys as bundle_keys
    from soum_desk.services.core import settings, users
    from tests.bundle.conftest import KEY_PASS

    if province_ctx.paths.db_url.startswith("postgresql"):
        pytest.skip("the office's chain now holds a bundle sealed to the SQLite province's key; "
                    "sealed personal data on PostgreSQL is covered by test_export_safety")
    ctx = offices.demo
    admin = ctx.as_actor(users.authenticate(ctx, "admin", "admin-pass-1"))
    bundle_keys.import_province_key(admin, bundle_keys.export_public_key(province_ctx, tmp_path / "p.pub.json"))
    settings.update(admin, "bundle.include_personal", True)
    try:
        usb = offices.bundles[0].parent
        path = __import__("pathlib").Path(bundle_export.export_bundle(ctx, PERIOD, usb, KEY_PASS)["path"])
    finally:
        settings.update(admin, "bundle.include_personal", False)
    with zipfile.ZipFile(path) as archive:
        assert [n for n in archive.namelist() if "personal" in n] == [
            f"{path.stem}/data/personal/personal_petitioners.json.hpke"]
    for blob in _texts(path):
        for value in offices.person.values():
            assert blob.count(value.encode("utf-8")) == 0, value
    for key_file in sorted(offices.key_dir.glob("*.pub.json")):
        province.register_key_file(province_ctx, key_file, kind="soum")
    files = sorted(usb.glob("*.zip"), key=lambda f: f.stem[-4:])
    results = province_import.import_files(province_ctx, files, passphrase=KEY_PASS)
    assert {r["verdict"] for r in results} == {"valid"}
    mine = next(r for r in results if r["path"] == str(path))
    assert mine["personal_data"] and mine["tables"]["personal_petitioners"] > 0
