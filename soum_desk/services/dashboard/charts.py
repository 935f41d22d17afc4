"""Chart series for the app's charts and the PDF reports' chart pages.

Each series is computed by the same service function the reports use
(plans_scoring.period_summary, petitions_stats.figures, letters_stats.figures),
so a bar and the report's table cell are one number. Plain data:
`{"title": (mn, en), "categories": [...], "series": [{"name": (mn, en), "values": [...]}]}`.
"""

from __future__ import annotations

from calendar import monthrange
from datetime import date
from typing import TYPE_CHECKING, cast

from soum_desk.domain.periods import Period
from soum_desk.domain.roles import Permission
from soum_desk.services.core.context import AppContext
from soum_desk.services.dashboard.rows import ChartData, SubmissionRow
from soum_desk.services.letters import stats as letters_stats
from soum_desk.services.petitions.charts import petitions_by, petitions_by_quarter
from soum_desk.services.plans.charts import default_years, plans_by_quarter

if TYPE_CHECKING:  # the province's services load with its charts only (issue 18: a soum office's start-up)
    from soum_desk.services.province.rows import ConsolidatedRow


def letters_by_month(ctx: AppContext, year: int, today: date | None = None,
                     months: range = range(1, 13)) -> ChartData:
    """Letters received and sent per month of `year` (the `months` that have started)."""
    ctx.require(Permission.READ)
    today = today or date.today()
    started = [m for m in months if date(year, m, 1) <= today]
    received, sent = [], []
    for m in started:
        start, end = date(year, m, 1), date(year, m, monthrange(year, m)[1])
        f = letters_stats.figures(ctx, start, end, min(end, today))
        received.append(f.received)
        sent.append(f.sent)
    return {"title": ("Албан бичиг сараар", "Letters by month"),
            "categories": [f"{year}.{m:02d}" for m in months],
            "series": [{"name": ("Ирсэн", "Received"), "values": received},
                       {"name": ("Явсан", "Sent"), "values": sent}]}


def office_charts(ctx: AppContext, today: date | None = None) -> list[ChartData]:
    """The charts the dashboard shows."""
    today = today or date.today()
    years = default_years(today)
    current = Period(today.year, "Y", 1)
    return [cast(ChartData, chart) for chart in (
        plans_by_quarter(ctx, years, today), petitions_by_quarter(ctx, years, today),
        petitions_by(ctx, current, "kind", today), petitions_by(ctx, current, "topic", today))] + [
        letters_by_month(ctx, today.year, today)]


def _plain(charts: list[ChartData]) -> list[dict]:
    """The report writers take charts as plain dicts."""
    return [dict(c) for c in charts]


def letters_report_charts(ctx: AppContext, period: Period, as_of: date) -> list[dict]:
    return _plain([letters_by_month(ctx, period.year, as_of, range(period.start.month, period.end.month + 1))])


def province_ranking(ctx: AppContext, period: str) -> ChartData:
    """Offices by rank: the final score and, stacked on it, what the lateness penalty took off."""
    from soum_desk.services.province.views import ranking_table

    rows = [r for r in ranking_table(ctx, period) if r["score"] is not None]
    return {"title": ("Үнэлгээ, хоцролтын хасалттай", "Score with the lateness penalty"),
            "categories": [r["name"] for r in rows], "stacked": True,
            "series": [{"name": ("Эцсийн оноо", "Final score"), "values": [round(r["final"], 2) for r in rows]},
                       {"name": ("Хоцролтын хасалт", "Lateness penalty"),
                        "values": [round(r["penalty"], 2) for r in rows]}]}


def submission_status(row: ConsolidatedRow) -> str:
    if not row["submitted"]:
        return "missing"
    return "late" if row["late_days"] else "on_time"


def province_submissions(ctx: AppContext, periods: list[str]) -> list[SubmissionRow]:
    """Per office, per period: «on_time», «late» or «missing» (from the consolidation)."""
    from soum_desk.services.province.views import consolidated

    table: dict[str, SubmissionRow] = {}
    for code in periods:
        for row in consolidated(ctx, code):
            entry = table.setdefault(row["office_code"], SubmissionRow(office_code=row["office_code"], name=row["name"],
                                                                       statuses={}, late_days={}))
            entry["statuses"][code] = submission_status(row)
            entry["late_days"][code] = row["late_days"]
    return sorted(table.values(), key=lambda e: e["name"])


def text(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "en" else pair[0]

