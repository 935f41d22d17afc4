"""Seed 003 §10 and §11.3 at the province: September progress monitoring (10.1), the council's
confirmation (10.2), prizes per place and special places (10.3–10.6), violations (11.3)."""

from __future__ import annotations

from datetime import date, datetime
from itertools import count

import pytest

from soum_desk.db.models import BundleFigures, ImportedBundle, RegisteredOffice
from soum_desk.domain import clock
from soum_desk.errors import NotFound, ValidationError
from soum_desk.services.core import settings
from soum_desk.services.province import confirmation, monitoring, violations
from soum_desk.services.province import report as province_report
from soum_desk.services.province import views as province_views
from soum_desk.services.province.evaluation_text import (
    confirmation_text,
    monitoring_text,
    prize_text,
    violations_text,
)

_seq = count(1)


def _admin(ctx):
    from soum_desk.services.core.context import Actor

    return ctx.as_actor(Actor.system())


@pytest.fixture
def hub(province_ctx, monkeypatch):
    """Plans alone make the score, so the plan average orders the offices."""
    monkeypatch.setattr(clock, "today", lambda: date(2025, 3, 1))
    settings.update(_admin(province_ctx), "province.ranking_weights", {"plans": 100, "petitions": 0, "letters": 0})
    return province_ctx


def _office(ctx, code: str, name: str, kind: str = "soum") -> None:
    with ctx.transaction() as session:
        session.add(RegisteredOffice(code=code, name=name, aimag_code="MN-049", kind=kind,
                                     registered_at=datetime(2022, 1, 1), active=True))


def _bundle(ctx, code: str, period: str, average: float, arrived: date) -> None:
    seq = next(_seq)
    with ctx.transaction() as session:
        bundle = ImportedBundle(office_code=code, sequence=seq, period=period, digest=f"{seq:064d}",
                                previous_digest="0" * 64, key_id="k" * 32, schema_version=1, app_version="test",
                                audit_head="0" * 64, file_name=f"{code}-{period}.zip", created_at=datetime(2024, 11, 1),
                                arrived_on=arrived, imported_at=datetime(2024, 11, 20), imported_by="head")
        session.add(bundle)
        session.flush()
        session.add(BundleFigures(bundle_id=bundle.id, office_code=code, period=period, plan_count=1,
                                  plan_measures=10, plan_average=average))


def _offices(ctx, averages: dict[str, float], kind: str = "soum", period: str = "2024") -> None:
    for code, average in averages.items():
        _office(ctx, code, f"{code} {'сум' if kind == 'soum' else 'агентлаг'}", kind)
        _bundle(ctx, code, period, average, date(2024, 11, 20))


def _rows(ctx, period: str = "2024") -> dict:
    return {r["office_code"]: r for r in province_views.ranking_table(ctx, period)}


# --- §10.3–10.6 prizes -----------------------------------------------------------------------------------


def test_the_first_three_soums_and_five_agencies_get_the_regulations_prizes(hub):
    _offices(hub, {"S1": 95, "S2": 90, "S3": 85, "S4": 80})
    _offices(hub, {f"A{i}": 100 - i for i in range(1, 7)}, kind="agency")
    rows = _rows(hub)
    assert prize_text(rows["S1"]) == "Хүндэт өргөмжлөл, 12,0 сая ₮; даргад сарын үндсэн цалингийн 100 %"
    assert prize_text(rows["S2"]) == "Хүндэт өргөмжлөл, 8,0 сая ₮; даргад сарын үндсэн цалингийн 80 %"
    assert prize_text(rows["S3"]) == "Хүндэт өргөмжлөл, 4,0 сая ₮; даргад сарын үндсэн цалингийн 50 %"
    assert rows["S4"]["prize"] is None and prize_text(rows["S4"]) == ""  # the last soum: no prize
    assert [rows[f"A{i}"]["prize"]["amount"] for i in range(1, 6)] == [8.0, 6.0, 4.0, 3.0, 2.0]
    assert prize_text(rows["A4"]) == "Өргөмжлөл, 3,0 сая ₮"  # §10.5: places 4–5 the certificate, no salary
    assert rows["A5"]["prize"]["certificate_mn"] == "Өргөмжлөл" and rows["A6"]["prize"] is None
    assert prize_text(rows["S1"], "en") == "Certificate of honour, 12.0 million ₮; head: 100 % of a month's base salary"


def test_the_ranking_from_figures_already_read_is_the_same_ranking(hub):
    """The ranking view reads the period's figures once and ranks from them (issue 18)."""
    _offices(hub, {"S1": 95, "S2": 90, "S3": 85})
    figures = province_views.consolidated(hub, "2024")
    assert province_views.ranking_table(hub, "2024", figures=figures) == province_views.ranking_table(hub, "2024")


def test_offices_sharing_a_place_each_get_its_prize_and_the_next_place_is_skipped(hub):
    _offices(hub, {"S1": 95, "S2": 90, "S3": 90, "S4": 80})
    rows = _rows(hub)
    assert [rows[c]["rank"] for c in ("S1", "S2", "S3", "S4")] == [1, 2, 2, 4]
    assert rows["S2"]["prize"]["amount"] == rows["S3"]["prize"]["amount"] == 8.0
    assert rows["S4"]["prize"] is None


def test_a_quarter_earns_no_prize_and_an_office_that_sent_nothing_none_either(hub):
    _offices(hub, {"S1": 95}, period="2024Q3")
    _office(hub, "S9", "S9 сум")
    rows = _rows(hub, "2024Q3")
    assert rows["S1"]["rank"] == 1 and rows["S1"]["prize"] is None
    assert confirmation_text("2024Q3", None) == ""  # only a year's ranking goes to the council
    assert _rows(hub, "2024")["S9"]["prize"] is None


def test_prize_amounts_are_settings_and_zero_leaves_the_certificate_alone(hub):
    _offices(hub, {"S1": 95, "S2": 90})
    settings.update(_admin(hub), "province.prizes", {**settings.get(hub, "province.prizes"),
                                                      "soum": [20, 0], "head_salary_percent": [100, 0]})
    rows = _rows(hub)
    assert prize_text(rows["S1"]).startswith("Хүндэт өргөмжлөл, 20,0 сая ₮")
    assert prize_text(rows["S2"]) == "Хүндэт өргөмжлөл"  # zero money, no salary share
    for wrong in ({"soum": [-1]}, {"soum": "12"}, {"special_places": 1.5}, {"head_salary_percent": [120]}):
        with pytest.raises(ValidationError):
            settings.update(_admin(hub), "province.prizes", {**settings.get(hub, "province.prizes"), **wrong})


def test_special_places_go_to_ranked_soums_without_a_prize(hub):
    _offices(hub, {"S1": 95, "S2": 90, "S3": 85, "S4": 80, "S5": 70, "S6": 60, "S7": 50})
    _offices(hub, {"A1": 90}, kind="agency")
    _office(hub, "S9", "S9 сум")  # sent nothing
    for wrong in (["S1"], ["A1"], ["S9"], ["S4", "S5", "S6", "S7"], ["X"]):
        with pytest.raises(ValidationError):
            confirmation.set_special_places(hub, "2024", wrong)
    with pytest.raises(ValidationError):
        confirmation.set_special_places(hub, "2024Q4", ["S4"])
    assert confirmation.set_special_places(hub, "2024", ["S4", "S6"]) == ["S4", "S6"]
    rows = _rows(hub)
    assert prize_text(rows["S4"]) == "Тусгай байр (10.4): Өргөмжлөл, 2,0 сая ₮" and rows["S5"]["prize"] is None
    assert confirmation.set_special_places(hub, "2024", []) == [] and _rows(hub)["S4"]["prize"] is None


# --- §10.2 confirmation ----------------------------------------------------------------------------------


def test_until_the_council_confirms_the_report_says_it_is_not_confirmed(hub, tmp_path):
    _offices(hub, {"S1": 95, "S2": 90})
    assert confirmation.status(hub, "2024") is None
    data = province_report.report_data(hub, "2024")
    assert data.confirmation.startswith("БАТАЛГААЖААГҮЙ") and data.confirmation in data.header.extra_lines
    with pytest.raises(ValidationError):
        confirmation.confirm(hub, "2024Q4", date(2025, 1, 15), "3")  # a quarter is not confirmed
    with pytest.raises(ValidationError):
        confirmation.confirm(hub, "2024", date(2025, 3, 2), "3")  # tomorrow
    with pytest.raises(ValidationError):
        confirmation.confirm(hub, "2024", date(2025, 1, 15), "  ")  # no number
    with pytest.raises(ValidationError):
        confirmation.confirm(hub, "2023", date(2025, 1, 15), "3")  # nobody reported 2023
    with pytest.raises(ValidationError):
        confirmation.confirm(hub, "2024", date(2023, 12, 20), "3")  # before the ranked year's reports
    confirmation.confirm(hub, "2024", date(2024, 12, 20), "1")  # the same December is fine …
    confirmation.confirm(hub, "2024", date(2025, 1, 15), "03/12")  # … and a later decision replaces it
    text = confirmation_text("2024", confirmation.status(hub, "2024"))
    assert text == "Аймгийн Засаг даргын зөвлөлийн 2025.01.15-ны өдрийн №03/12 шийдвэрээр баталгаажсан (10.2)."
    from pypdf import PdfReader

    pdf = province_report.make_report(hub, "2024", tmp_path / "r.pdf")
    words = " ".join(" ".join(p.extract_text() for p in PdfReader(pdf).pages).split())
    assert "№03/12 шийдвэрээр баталгаажсан" in words and "БАТАЛГААЖААГҮЙ" not in words
    assert "Шагнал (10.3–10.6)" in words and "12,0 сая ₮" in words
    import openpyxl

    sheet = openpyxl.load_workbook(province_report.make_report(hub, "2024", tmp_path / "r.xlsx"))["Эрэмбэ"]
    assert text in [row[0] for row in sheet.iter_rows(max_row=8, values_only=True)]


def test_a_bundle_after_the_confirmation_that_moves_a_place_is_shown(hub):
    _offices(hub, {"S1": 95, "S2": 90})
    confirmation.confirm(hub, "2024", date(2025, 1, 15), "3")
    assert confirmation.status(hub, "2024")["changed"] == []
    _bundle(hub, "S2", "2024", 99, date(2024, 11, 20))  # a correction bundle
    assert confirmation.status(hub, "2024")["changed"] == ["S2 сум (2 → 1)", "S1 сум (1 → 2)"]
    assert ("Түүнээс хойш байр өөрчлөгдсөн: S2 сум (2 → 1), S1 сум (1 → 2)."
            in province_report.report_data(hub, "2024").confirmation)
    _office(hub, "S3", "S3 сум")  # registered later, sends nothing: no change
    assert len(confirmation.status(hub, "2024")["changed"]) == 2


# --- §11.3 violations ------------------------------------------------------------------------------------


def test_a_violation_is_shown_in_its_years_ranking_only_and_takes_nothing_off(hub, tmp_path):
    _offices(hub, {"S1": 95, "S2": 90})
    _bundle(hub, "S1", "2023", 95, date(2023, 11, 20))
    before = _rows(hub)["S1"]
    found = violations.record(hub, "S1", date(2025, 1, 20), "11.3.1", "Өргөдлийн тоог зөрүүтэй тайлагнасан",
                              "Акт №12", year=2024, official="ЗДТГ-ын дарга Б.Бат")
    violations.record(hub, "S1", date(2024, 6, 3), "11.3.2.", "Зөвлөмжийг биелүүлээгүй", "Албан бичиг №45")
    rows = _rows(hub)
    assert [v["clause"] for v in rows["S1"]["violations"]] == ["11.3.2", "11.3.1"]
    assert violations_text(rows["S1"]) == "11.3.2 (2024.06.03, Албан бичиг №45); 11.3.1 (2025.01.20, Акт №12)"
    assert rows["S1"]["final"] == before["final"] and rows["S1"]["rank"] == 1 and rows["S1"]["prize"]
    assert _rows(hub, "2023")["S1"]["violations"] == [] and _rows(hub, "2025")["S1"]["violations"] == []
    assert _rows(hub, "2024Q2")["S1"]["violations"]  # every ranking of the year shows them
    data = province_report.report_data(hub, "2024")
    assert data.violation_rows[1].cells[2] == "11.3.1 Худал, зөрүүтэй мэдээллээр тайлагнасан"
    assert "Б.Бат" in data.violation_rows[1].cells[3]
    from pypdf import PdfReader

    pdf = province_report.make_report(hub, "2024", tmp_path / "r.pdf")
    words = " ".join(" ".join(p.extract_text() for p in PdfReader(pdf).pages).split())
    assert "Зөрчил (11.3)" in words and "Акт №12" in words
    assert violations.remove(hub, found["id"])["reference"] == "Акт №12"
    assert [v["clause"] for v in _rows(hub)["S1"]["violations"]] == ["11.3.2"]
    with pytest.raises(NotFound):
        violations.remove(hub, found["id"])


def test_a_violation_needs_a_clause_an_office_a_description_and_a_reference(hub):
    _offices(hub, {"S1": 95})
    good = {"office_code": "S1", "found_on": date(2024, 6, 3), "clause": "11.3.4", "description": "Тайлан ирүүлээгүй",
            "reference": "Акт №1"}
    for change in ({"clause": "11.2"}, {"office_code": "NOPE"}, {"description": " "}, {"reference": ""},
                   {"found_on": date(2025, 3, 2)}):
        with pytest.raises(ValidationError):
            violations.record(hub, **{**good, **change})
    with pytest.raises(ValidationError):  # a 2024 finding cannot count against 2022
        violations.record(hub, **good, year=2022)
    assert violations.record(hub, **good)["year"] == 2024


# --- §10.1 September progress monitoring -----------------------------------------------------------------


def test_progress_monitoring_by_the_end_of_september(hub, monkeypatch):
    _offices(hub, {"S1": 95, "S2": 90, "S3": 85})
    monitoring.record(hub, "S1", date(2024, 9, 30), "Өргөдлийн хугацааг сайжруулах", order_ref="А/215")
    monitoring.record(hub, "S2", date(2024, 10, 1), "Архивын бүртгэл")
    rows = _rows(hub)
    assert monitoring_text(rows["S1"]) == "2024.09.30" and rows["S1"]["monitoring"]["order_ref"] == "А/215"
    assert monitoring_text(rows["S2"]) == "2024.10.01 (9-р сараас хойш)"
    assert monitoring_text(rows["S3"]) == "хийгдээгүй" and monitoring_text(rows["S3"], "en") == "not done"
    states = {r["office_code"]: r["state"] for r in monitoring.year_status(hub, 2024)}
    assert states == {"S1": "done", "S2": "late", "S3": "missing"}
    monkeypatch.setattr(clock, "today", lambda: date(2024, 9, 30))
    assert {r["office_code"]: r["state"] for r in monitoring.year_status(hub, 2024)}["S3"] == "pending"
    monkeypatch.setattr(clock, "today", lambda: date(2025, 3, 1))
    with pytest.raises(ValidationError):
        monitoring.record(hub, "S3", date(2024, 9, 10), "")
    again = monitoring.record(hub, "S2", date(2024, 9, 12), "Архивын бүртгэл")  # corrected: replaces
    assert again["state"] == "done" and monitoring_text(_rows(hub)["S2"]) == "2024.09.12"
    assert _rows(hub, "2023")["S1"]["monitoring"] is None
    data = province_report.report_data(hub, "2024")
    assert [row.cells for row in data.monitoring_rows] == [
        ["S1 сум", "2024.09.30", "А/215", "Өргөдлийн хугацааг сайжруулах"],
        ["S2 сум", "2024.09.12", "", "Архивын бүртгэл"]]


def test_cli_records_and_shows(hub):
    import json

    from click.testing import CliRunner

    from soum_desk.cli import cli
    from tests.bundle.conftest import PASS

    _offices(hub, {"S1": 95, "S2": 90, "S3": 85, "S4": 80})

    def run(*args, user="head", password=PASS):
        return CliRunner().invoke(cli, ["--data-dir", str(hub.paths.data_dir), "--db-url", hub.paths.db_url,
                                        "--user", user, *args], env={"SOUM_DESK_PASSWORD": password})

    assert "БАТАЛГААЖААГҮЙ" in run("province", "ranking", "--period", "2024").output
    assert run("province", "prizes", "--soum", "15,10,5").exit_code != 0  # the amounts are the admin's settings
    shown = run("province", "prizes", "--soum", "15,10,5", user="admin", password="admin-pass-1")
    assert shown.exit_code == 0, shown.output
    assert json.loads(shown.output)["soum"] == [15.0, 10.0, 5.0]
    assert run("province", "confirm", "--period", "2024", "--date", "2025-01-15", "--number", "7").exit_code == 0
    assert run("province", "special-places", "--period", "2024", "--office", "S4").exit_code == 0
    recorded = run("province", "violation-record", "S2", "--date", "2024-12-01", "--clause", "11.3.3",
                   "--what", "Зөвлөлийн хурлаар хэлэлцүүлээгүй", "--reference", "Акт №3")
    assert recorded.exit_code == 0, recorded.output
    assert run("province", "monitoring-record", "S1", "--date", "2024-09-20", "--recommendations",
               "Зөвлөмж").exit_code == 0
    ranking = run("province", "ranking", "--period", "2024").output
    assert "№7 шийдвэрээр баталгаажсан" in ranking and "[11.3.3]" in ranking and "15,0 сая ₮" in ranking
    assert "Тусгай байр (10.4)" in ranking
    assert "11.3.3" in run("province", "violations", "--year", "2024").output
    assert "ХИЙГДЭЭГҮЙ" in run("province", "monitoring", "--year", "2024").output
    refused = run("province", "violation-record", "S2", "--date", "2024-12-01", "--clause", "9",
                  "--what", "x", "--reference", "y")
    assert refused.exit_code != 0 and "11.3.1" in refused.output
