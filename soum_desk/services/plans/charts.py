"""The plans chart series: plan execution by quarter (the dashboard's) and on the report's own axis.

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


def same_kind_periods(period: Period, today: date, years: int = 3) -> list[Period]:
    """The report's own axis: periods of `period`'s kind (years, halves or quarters) over the `years`
    years up to `period`, none after it and none not yet started."""
    if period.kind == "Y":
        candidates = [Period(y, "Y", 1) for y in range(period.year - years + 1, period.year + 1)]
    else:
        count = 2 if period.kind == "H" else 4
        candidates = [Period(y, period.kind, n) for y in range(period.year - years + 1, period.year + 1)
                      for n in range(1, count + 1)]
    return [p for p in candidates if p <= period and p.start <= today]


def plans_report_charts(ctx: AppContext, period: Period, today: date | None = None) -> list[dict]:
    """Plan execution on the report's own axis (an annual report by year, a quarterly one by quarter),
    drawn only for the periods that have a scored average; no chart when none has."""
    ctx.require(Permission.READ)
    pairs = [(p, scoring.period_summary(ctx, p.code)["average"])
             for p in same_kind_periods(period, today or date.today())]
    pairs = [(p, v) for p, v in pairs if v is not None]
    if not pairs:
        return []
    titles = {"Y": ("Төлөвлөгөөний биелэлт, жилээр (%)", "Plan execution by year (%)"),
              "H": ("Төлөвлөгөөний биелэлт, хагас жилээр (%)", "Plan execution by half year (%)"),
              "Q": ("Төлөвлөгөөний биелэлт, улирлаар (%)", "Plan execution by quarter (%)")}
    return [{"title": titles[period.kind], "categories": [p.label("mn") for p, _ in pairs],
             "categories_en": [p.label("en") for p, _ in pairs], "percent": True,
             "series": [{"name": ("Дундаж хувь", "Average %"), "values": [v for _, v in pairs]}]}]
