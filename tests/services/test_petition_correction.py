"""Issue 15: the head corrects a closed petition (a wrong resolution date), audited, and the figures follow."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from click.testing import CliRunner

from soum_desk.domain import clock
from soum_desk.errors import PermissionDenied, ValidationError
from soum_desk.services.core import audit
from soum_desk.services.petitions import actions as petitions
from soum_desk.services.petitions import stats

TODAY = date(2026, 12, 3)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: TODAY)


def _resolved(clerk_ctx, on: date):
    p = petitions.register(clerk_ctx, received_at=datetime(2026, 10, 5, 9), channel="written", kind="request",
                           summary="Газар олгох хүсэлт", anonymous=True)
    return petitions.close(clerk_ctx, p["id"], resolution="Шийдвэрлэв", on=on)


def test_the_head_corrects_a_resolution_date_with_a_reason(clerk_ctx, head_ctx):
    wrong = _resolved(clerk_ctx, date(2026, 11, 25))  # due 2026-11-04: late
    assert stats.figures(clerk_ctx, "2026Q4").total.late == 1
    with pytest.raises(PermissionDenied):
        petitions.correct(clerk_ctx, wrong["id"], reason="Огноо буруу", resolved_on=date(2026, 11, 1))
    with pytest.raises(ValidationError, match="шалтгаан"):
        petitions.correct(head_ctx, wrong["id"], reason=" ", resolved_on=date(2026, 11, 1))
    with pytest.raises(ValidationError, match="ирээдүйд"):
        petitions.correct(head_ctx, wrong["id"], reason="Огноо буруу", resolved_on=date(2027, 11, 1))
    fixed = petitions.correct(head_ctx, wrong["id"], reason="Огноо буруу оруулсан", resolved_on=date(2026, 11, 1))
    assert fixed["resolved_on"] == "2026-11-01"
    total = stats.figures(clerk_ctx, "2026Q4").total
    assert (total.on_time, total.late) == (1, 0)  # the figures, and so the next bundle, follow
    assert stats.bundle_payload(clerk_ctx, "2026Q4")["petition_figures"][0]["resolved_on_time"] == 1
    entry = audit.list_entries(head_ctx, audit.AuditFilter(action_prefix="petition.correct"))[0]
    assert json.loads(entry["after"])["reason"] == "Огноо буруу оруулсан"
    assert json.loads(entry["before"])["resolved_on"] == "2026-11-25"


def test_an_open_petition_is_not_corrected_but_handled(clerk_ctx, head_ctx):
    p = petitions.register(clerk_ctx, received_at=datetime(2026, 10, 5, 9), channel="written", kind="request",
                           summary="Газар олгох хүсэлт", anonymous=True)
    with pytest.raises(ValidationError, match="шийдвэрлэсэн"):
        petitions.correct(head_ctx, p["id"], reason="x", resolution="y")


def test_the_cli_corrects_as_the_head(clerk_ctx, head_ctx, monkeypatch):
    from soum_desk.cli import cli

    wrong = _resolved(clerk_ctx, date(2026, 11, 25))
    monkeypatch.setenv("SOUM_DESK_PASSWORD", "head-pass-1")
    result = CliRunner().invoke(cli, ["--data-dir", str(head_ctx.paths.data_dir), "--user", "head", "petitions",
                                      "correct", wrong["reg_no"], "--reason", "Огноо буруу", "--date", "2026.11.01"])
    assert result.exit_code == 0, result.output
    assert "2026-11-01" in result.output
