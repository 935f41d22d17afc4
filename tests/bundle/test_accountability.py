"""Seed 003 §11.2 at the province: two unsatisfactory results in a row flag an office for a proposal
to hold its head accountable; the officer records the indicators and the forwarding."""

from __future__ import annotations

from datetime import date, datetime
from itertools import count

import pytest

from soum_desk.db.models import BundleFigures, ImportedBundle, RegisteredOffice
from soum_desk.domain import clock, ranking
from soum_desk.errors import ValidationError
from soum_desk.services.core import settings
from soum_desk.services.province import accountability
from soum_desk.services.province import report as province_report
from soum_desk.services.province import views as province_views

_seq = count(1)


def _admin(ctx):
    from soum_desk.services.core.context import Actor

    return ctx.as_actor(Actor.system())


@pytest.fixture
def hub(province_ctx, monkeypatch):
    """Plans alone make the score (score = plan average × 0.05), so unsatisfactory = below 50 %."""
    monkeypatch.setattr(clock, "today", lambda: date(2025, 3, 1))
    settings.update(_admin(province_ctx), "province.ranking_weights", {"plans": 100, "petitions": 0, "letters": 0})
    return province_ctx


def _office(ctx, code: str, name: str) -> None:
    with ctx.transaction() as session:
        session.add(RegisteredOffice(code=code, name=name, aimag_code="MN-049", kind="soum",
                                     registered_at=datetime(2022, 1, 1), active=True))


def _year(ctx, code: str, year: int, average: float, arrived: date | None = None) -> None:
    """An annual bundle with `average` as its plan execution, sent on time unless `arrived` says otherwise."""
    seq = next(_seq)
    with ctx.transaction() as session:
        bundle = ImportedBundle(office_code=code, sequence=seq, period=str(year), digest=f"{seq:064d}",
                                previous_digest="0" * 64, key_id="k" * 32, schema_version=1, app_version="test",
                                audit_head="0" * 64, file_name=f"{code}-{year}.zip", created_at=datetime(year, 11, 1),
                                arrived_on=arrived or date(year, 11, 20), imported_at=datetime(year, 11, 20),
                                imported_by="head")
        session.add(bundle)
        session.flush()
        session.add(BundleFigures(bundle_id=bundle.id, office_code=code, period=str(year), plan_count=1,
                                  plan_measures=10, plan_average=average))


def _row(ctx, code: str, period: str = "2024"):
    return next(r for r in province_views.ranking_table(ctx, period) if r["office_code"] == code)


def test_two_unsatisfactory_years_in_a_row_flag_the_office(hub):
    for code, name, before, now in (("A", "Алаг", 40, 49.99), ("B", "Баян", 60, 40), ("C", "Цогт", 40, 60),
                                    ("D", "Дэлгэр", 40, 50)):
        _office(hub, code, name)
        _year(hub, code, 2023, before)
        _year(hub, code, 2024, now)
    a, b, c, d = (_row(hub, code) for code in "ABCD")
    assert a["unsatisfactory"] and a["previous_unsatisfactory"] and a["accountability"]  # 2,4995 after 2,0
    assert b["unsatisfactory"] and b["previous_unsatisfactory"] is False and not b["accountability"]
    assert not c["unsatisfactory"] and not c["accountability"]
    assert not d["unsatisfactory"] and not d["accountability"]  # exactly 2,5 is not below 2,5
    assert [r["office_code"] for r in accountability.flagged(hub, "2024")] == ["A"]


def test_no_report_the_year_before_is_no_second_result(hub):
    _office(hub, "A", "Алаг")
    _year(hub, "A", 2024, 30)
    row = _row(hub, "A")
    assert row["unsatisfactory"] and row["previous_unsatisfactory"] is None and not row["accountability"]


def test_the_late_penalty_can_make_a_result_unsatisfactory_and_the_threshold_is_a_setting(hub):
    _office(hub, "A", "Алаг")
    _year(hub, "A", 2023, 45)
    _year(hub, "A", 2024, 52, arrived=date(2024, 11, 26))  # 2,6 − 5 % = 2,47
    row = _row(hub, "A")
    assert row["final"] == pytest.approx(2.47) and row["accountability"]
    settings.update(_admin(hub), "province.unsatisfactory_below", 2.2)
    assert not _row(hub, "A")["accountability"]  # 2,25 in 2023 is no longer unsatisfactory
    with pytest.raises(ValidationError):
        settings.update(_admin(hub), "province.unsatisfactory_below", 6)
    assert ranking.unsatisfactory(False, 0.0) is False  # sent nothing: no evaluation received


def test_the_officer_records_the_indicators_and_the_forwarding(hub, tmp_path):
    for code, name, before, now in (("A", "Алаг", 40, 45), ("B", "Баян", 70, 45)):
        _office(hub, code, name)
        _year(hub, code, 2023, before)
        _year(hub, code, 2024, now)
    with pytest.raises(ValidationError) as not_flagged:
        accountability.record(hub, "B", "2024", indicators_declined=True)
    assert "11.2" in str(not_flagged.value)
    with pytest.raises(ValidationError):  # §11.2 needs both conditions before a proposal goes
        accountability.record(hub, "A", "2024", indicators_declined=False, forwarded_on=date(2025, 2, 1))
    with pytest.raises(ValidationError):
        accountability.record(hub, "A", "2024", indicators_declined=True, forwarded_on=date(2025, 3, 2))  # future
    kept = accountability.record(hub, "A", "2024", indicators_declined=True, forwarded_on=date(2025, 2, 1),
                                 note="Засаг даргын зөвлөлийн хурлаар")
    assert kept["forwarded_on"] == "2025-02-01" and _row(hub, "A")["accountability_record"] == kept
    text = province_report.accountability_text(_row(hub, "A"))
    assert text.startswith("2 дахь удаа хангалтгүй") and text.endswith("уламжилсан 2025.02.01")
    assert province_report.accountability_text(_row(hub, "B")) == "хангалтгүй"
    data = province_report.report_data(hub, "2024")
    from soum_desk.reports.province_report import RANK_COLUMNS

    column = [c.title for c in RANK_COLUMNS].index("Хариуцлага (11.2)")
    assert [row.cells[column] for row in data.rank_rows] == [text, "хангалтгүй"]
    from pypdf import PdfReader

    pdf = province_report.make_report(hub, "2024", tmp_path / "r.pdf")
    words = " ".join(" ".join(p.extract_text() for p in PdfReader(pdf).pages).split())
    assert "Хариуцлага (11.2)" in words and "уламжилсан 2025.02.01" in words and "2,5-аас доош" in words
    again = accountability.record(hub, "A", "2024", indicators_declined=False)
    assert again["forwarded_on"] is None and "уламжлаагүй" in province_report.accountability_text(_row(hub, "A"))


def test_cli_lists_and_records(hub):
    import json

    from click.testing import CliRunner

    from soum_desk.cli import cli
    from tests.bundle.conftest import PASS

    _office(hub, "A", "Алаг")
    _year(hub, "A", 2023, 40)
    _year(hub, "A", 2024, 45)

    def run(*args):
        return CliRunner().invoke(cli, ["--data-dir", str(hub.paths.data_dir), "--db-url", hub.paths.db_url, "--user", "head", *args],
                                  env={"SOUM_DESK_PASSWORD": PASS})

    listed = run("province", "accountability", "--period", "2024", "--json")
    assert listed.exit_code == 0, listed.output
    assert [r["office_code"] for r in json.loads(listed.output)] == ["A"]
    assert "[11.2]" in run("province", "ranking", "--period", "2024").output
    done = run("province", "accountability-record", "A", "--period", "2024", "--declined", "--forwarded",
               "2025-02-01")
    assert done.exit_code == 0, done.output
    assert "уламжилсан/forwarded 2025-02-01" in run("province", "accountability", "--period", "2024").output
    refused = run("province", "accountability-record", "A", "--period", "2023", "--declined")
    assert refused.exit_code != 0 and "11.2" in refused.output
