"""Issue 15: a quarter still running is counted as of today, never as of its future last day."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from soum_desk.domain import clock
from soum_desk.domain.periods import Period, default_as_of, is_running, running_note
from soum_desk.services.letters import stats as letters_stats
from soum_desk.services.petitions import actions as petitions
from soum_desk.services.petitions import report as petitions_report
from soum_desk.services.petitions import stats as petitions_stats

TODAY = date(2026, 12, 3)  # inside 2026Q4


@pytest.fixture
def fixed_today(monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    return TODAY


def test_the_default_as_of_day_is_never_in_the_future():
    q4, q3, next_year = Period.parse("2026Q4"), Period.parse("2026Q3"), Period.parse("2027")
    assert default_as_of(q4, TODAY) == TODAY and is_running(q4, TODAY)
    assert default_as_of(q3, TODAY) == q3.end and not is_running(q3, TODAY)
    assert default_as_of(next_year, TODAY) == next_year.start
    assert "дуусаагүй" in running_note(q4, TODAY) and "still running" in running_note(q4, TODAY, "en")
    assert running_note(q3, q3.end) == "2026.09.30-ны байдлаар"


def _register(ctx, received: datetime):
    return petitions.register(ctx, received_at=received, channel="written", kind="request",
                              summary="Газар олгох хүсэлт", anonymous=True)


def test_no_petition_is_counted_overdue_before_its_due_date(clerk_ctx, fixed_today):
    early = _register(clerk_ctx, datetime(2026, 10, 1, 9))  # due 2026-10-31: overdue today
    late = _register(clerk_ctx, datetime(2026, 11, 20, 9))  # due 2026-12-20: not yet
    assert early["due"] < TODAY.isoformat() < late["due"]
    figures = petitions_stats.figures(clerk_ctx, "2026Q4")
    assert figures.as_of == TODAY
    assert (figures.total.overdue, figures.total.pending) == (1, 1)
    rows = petitions_stats.bundle_payload(clerk_ctx, "2026Q4")
    assert (rows["petition_figures"][0]["overdue"], rows["petition_figures"][0]["pending"]) == (1, 1)
    # an «as of» date given explicitly is still honoured: the quarter's last day counts both
    assert petitions_stats.figures(clerk_ctx, "2026Q4", date(2026, 12, 31)).total.overdue == 2


def test_the_report_prints_its_as_of_day_and_that_the_quarter_runs(clerk_ctx, fixed_today):
    _register(clerk_ctx, datetime(2026, 11, 20, 9))
    data = petitions_report.report_data(clerk_ctx, "2026Q4", charts=False)
    assert data.figures["as_of"] == TODAY.isoformat() and data.figures["overdue"] == 0
    assert data.header.extra_lines == ["2026.12.03-ны байдлаар (тайлант үе дуусаагүй; тоо эцсийн биш)"]


def test_letters_figures_of_a_running_quarter_are_as_of_today(clerk_ctx, fixed_today):
    assert letters_stats.period_figures(clerk_ctx, Period.parse("2026Q4"))["as_of"] == TODAY.isoformat()
