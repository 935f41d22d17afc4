"""The plans chart series: plan execution by quarter (the report's chart page and the dashboard's).

Each value is `scoring.period_summary(...)["average"]`, so a bar and the report's table cell
are one number. Plain data: `{"title": (mn, en), "categories": [...], "series": [...]}`.
"""

from __future__ import annotations

from datetime import date

from soum_desk.domain.periods import Period
from soum_desk.domain.roles import Permission
from soum_desk.services.core.context import AppContext
from soum_desk.services.plans import scoring


def default_years(today: date | None = None, count: int = 3) -> list[int]:
    """This year and the `count - 1` before it."""
    year = (today or date.today()).year
    return list(range(year - count + 1, year + 1))


def quarters_started(years: list[int], today: date) -> list[Period]:
    """Every quarter of `years` that has started by `today`."""
    return [Period(y, "Q", q) for y in years for q in (1, 2, 3, 4) if Period(y, "Q", q).start <= today]


def plans_by_quarter(ctx: AppContext, years: list[int], today: date | None = None) -> dict:
    """Average plan execution percent per quarter (None where nothing is scored yet)."""
    ctx.require(Permission.READ)
    periods = quarters_started(years, today or date.today())
    values = [scoring.period_summary(ctx, p.code)["average"] for p in periods]
    return {"title": ("Төлөвлөгөөний биелэлт, улирлаар (%)", "Plan execution by quarter (%)"),
            "categories": [p.code for p in periods], "percent": True,
            "series": [{"name": ("Дундаж хувь", "Average %"), "values": values}]}


def plans_report_charts(ctx: AppContext, period: Period) -> list[dict]:
    """Plan execution by quarter, this year and the two before (as far as `period` reaches)."""
    return [plans_by_quarter(ctx, default_years(period.end), min(period.end, date.today()))]
