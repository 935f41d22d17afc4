"""Issue 15: the plan and province reports print their «as of» day, and say when the period still runs."""

from __future__ import annotations

from datetime import date

import pytest

from soum_desk.domain import clock
from soum_desk.services.plans import demo as plans_demo
from soum_desk.services.plans import report as plans_report


@pytest.fixture
def third_of_december(monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 3))


def test_the_plan_report_of_a_running_quarter_says_it_is_not_final(system_ctx, third_of_december):
    plans_demo.load_plans_demo(system_ctx, 2026)
    running = plans_report.report_data(system_ctx, "2026Q4", charts=False).header.extra_lines
    assert running == ["2026.12.03-ны байдлаар (тайлант үе дуусаагүй; тоо эцсийн биш)"]
    ended = plans_report.report_data(system_ctx, "2026Q3", charts=False).header.extra_lines
    assert ended == ["2026.09.30-ны байдлаар"]

