"""Issue 15: a correction bundle supersedes the first at the province; every bundle is kept and
listed in the period's history; lateness counts from the first valid bundle."""

from __future__ import annotations

import json
from datetime import date

import pytest
from click.testing import CliRunner

from soum_desk.cli import cli
from soum_desk.services.bundle import export as bundle_export
from soum_desk.services.province import history as province_history
from soum_desk.services.province import imports as province_import
from soum_desk.services.province import views as province_views
from tests.bundle import fake_provider, tamper
from tests.bundle.conftest import PASS, register

PERIOD = "2024Q4"  # deadline 2025-01-10 (10 days after the quarter)
ON_TIME, LATE = date(2025, 1, 8), date(2025, 2, 20)
FOUND_LATER = 7  # petitions the office registers after sending


def corrected_payload(ctx, period, include_personal=False):  # noqa: ANN001
    """The fake office's figures after it registered petitions it had forgotten."""
    tables = fake_provider.bundle_payload(ctx, period, include_personal)
    tables["petition_figures"] = [{**row, "received": row["received"] + FOUND_LATER}
                                  for row in tables["petition_figures"]]
    return tables


@pytest.fixture
def corrected(province_ctx, make_office, monkeypatch):
    """One office: its bundle arrives on time, its correction (more petitions) long after the deadline."""
    env = make_office("Алтанбулаг")
    register(province_ctx, env)
    first = env.export(PERIOD)
    assert province_import.import_files(province_ctx, [first], arrived_on=ON_TIME)[0]["verdict"] == "valid"
    sent_first = province_views.consolidated(province_ctx, PERIOD)[0]
    monkeypatch.setitem(bundle_export.PAYLOAD_PROVIDERS, "fake", corrected_payload)
    second = env.export(PERIOD)
    assert province_import.import_files(province_ctx, [second], arrived_on=LATE)[0]["verdict"] == "valid"
    return province_ctx, env, sent_first


def test_the_correction_is_used_and_the_office_stays_on_time(corrected):
    ctx, env, sent_first = corrected
    row = province_views.consolidated(ctx, PERIOD)[0]
    assert row["sequence"] == 2 and row["bundles"] == 2
    assert row["petitions_received"] == sent_first["petitions_received"] + FOUND_LATER
    assert row["arrived_on"] == ON_TIME.isoformat() and row["late_days"] == 0
    ranked = province_views.ranking_table(ctx, PERIOD)[0]
    assert ranked["late_days"] == 0 and ranked["final"] == ranked["score"] and ranked["rank"] == 1
    year = province_views.consolidated(ctx, "2024")[0]  # the year from its quarters: the correction too
    assert year["petitions_received"] == row["petitions_received"] and year["late_days"] == 0


def test_a_first_bundle_that_came_late_stays_late(province_ctx, make_office, monkeypatch):
    env = make_office()
    register(province_ctx, env)
    province_import.import_files(province_ctx, [env.export(PERIOD)], arrived_on=date(2025, 1, 13))
    monkeypatch.setitem(bundle_export.PAYLOAD_PROVIDERS, "fake", corrected_payload)
    province_import.import_files(province_ctx, [env.export(PERIOD)], arrived_on=date(2025, 1, 30))
    assert province_views.consolidated(province_ctx, PERIOD)[0]["late_days"] == 3


def test_history_lists_every_bundle_with_the_one_used(corrected, tmp_path):
    ctx, env, _first = corrected
    third = env.export(PERIOD)  # a further correction, damaged on the way
    bad = tmp_path / "stick" / third.name
    bad.parent.mkdir()

    def flip(entries):
        name = tamper.payload_names(entries)[0]
        data = bytearray(entries[name])
        data[len(data) // 2] ^= 0x01
        entries[name] = bytes(data)

    tamper.rewrite(third, bad, flip)
    assert province_import.import_files(ctx, [bad])[0]["verdict"] == "altered"
    rows = province_history.history(ctx, env.code, PERIOD)
    assert [(r["sequence"], r["verdict"]) for r in rows] == [(1, "valid"), (2, "valid"), (3, "altered")]
    assert [r["used"] for r in rows] == [False, True, False]
    assert [r["lateness_from"] for r in rows] == [True, False, False]
    assert rows[0]["arrived_on"] == ON_TIME.isoformat() and rows[0]["created_at"]
    assert rows[2]["reason_en"] and rows[2]["label_mn"] == "Өөрчлөгдсөн"
    assert province_history.history(ctx, env.code, "2024Q3") == []
    assert province_views.consolidated(ctx, PERIOD)[0]["sequence"] == 2  # the damaged one is not used


def _cli(ctx, *args):
    result = CliRunner().invoke(cli, ["--data-dir", str(ctx.paths.data_dir), "--db-url", ctx.paths.db_url,
                                      "--user", "head", *args], env={"SOUM_DESK_PASSWORD": PASS},
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_cli_history(corrected):
    ctx, env, _first = corrected
    rows = json.loads(_cli(ctx, "province", "history", "--office", env.code, "--period", PERIOD, "--json"))
    assert [(r["sequence"], r["used"], r["lateness_from"]) for r in rows] == [(1, False, True), (2, True, False)]
    text = _cli(ctx, "--lang", "en", "province", "history", "--office", env.code, "--period", PERIOD)
    lines = text.splitlines()
    assert len(lines) == 2 and "lateness counted from" in lines[0] and "used" in lines[1]
    assert "arrived 2025-02-20" in lines[1] and "Valid" in lines[1]
    mn = _cli(ctx, "province", "history", "--office", env.code, "--period", PERIOD)
    assert "ашиглаж буй" in mn and "Хүчинтэй" in mn
    assert "ирээгүй" in _cli(ctx, "province", "history", "--office", env.code, "--period", "2024Q3")


def test_the_province_report_of_a_running_quarter_says_it_is_not_final(province_ctx, monkeypatch):
    from datetime import date

    from soum_desk.domain import clock
    from soum_desk.services.province import report as province_report

    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 3))

    assert province_report.report_data(province_ctx, "2026Q4").header.extra_lines == [
        "2026.12.03-ны байдлаар (тайлант үе дуусаагүй; тоо эцсийн биш)"]
