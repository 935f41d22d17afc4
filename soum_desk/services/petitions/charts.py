"""The petitions chart series: received and on time per quarter, by kind and by topic.

Each value is `stats.figures(...)`, the same figures the report's table prints, counted as of
the period's end or today while it runs. Plain data: `{"title": (mn, en), "categories": [...],
"series": [{"name": (mn, en), "values": [...]}]}`; the dashboard draws the same series.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from soum_desk.domain.periods import Period
from soum_desk.domain.petition_codes import label
from soum_desk.domain.roles import Permission
from soum_desk.services.core.context import AppContext
from soum_desk.services.petitions import stats as petitions_stats

TOP_TOPICS = 10


def quarters_started(years: list[int], today: date) -> list[Period]:
    """Every quarter of `years` that has started by `today`."""
    return [Period(y, "Q", q) for y in years for q in (1, 2, 3, 4) if Period(y, "Q", q).start <= today]


def _as_of(p: Period, today: date) -> date:
    """The report's own day: the period's end, or today while it runs."""
    return min(p.end, today)


def petitions_by_quarter(ctx: AppContext, years: list[int], today: date | None = None,
                         within: Period | None = None) -> dict[str, Any]:
    """Petitions received, and the percent resolved on time, per quarter (of `within` if given)."""
    ctx.require(Permission.READ)
    today = today or date.today()
    periods = [q for q in quarters_started(years, today) if within is None or within.start <= q.start <= within.end]
    totals = [petitions_stats.figures(ctx, p, _as_of(p, today)).total for p in periods]
    return {"title": ("Өргөдөл, гомдол улирлаар", "Petitions by quarter"),
            "categories": [p.code for p in periods],
            "series": [{"name": ("Хүлээн авсан", "Received"), "values": [c.received for c in totals]}],
            "line": {"name": ("Хугацаандаа шийдсэн %", "On time %"),
                     "values": [c.on_time_percent for c in totals]}}


def petitions_by(ctx: AppContext, period: Period | str, name: str, today: date | None = None) -> dict[str, Any]:
    """Petitions received in `period` by kind or by topic (the top topics)."""
    ctx.require(Permission.READ)
    p = period if isinstance(period, Period) else Period.parse(period)
    groups = petitions_stats.figures(ctx, p, _as_of(p, today or date.today())).by[name]
    items = sorted(groups.items(), key=lambda kv: (-kv[1].received, kv[0]))
    if name == "topic":
        items = items[:TOP_TOPICS]
    cats_mn = [label(name, k, "mn") if name == "kind" else (k or "—") for k, _ in items]
    cats_en = [label(name, k, "en") if name == "kind" else (k or "—") for k, _ in items]
    titles = {"kind": ("Өргөдөл, гомдол төрлөөр", "Petitions by kind"),
              "topic": ("Өргөдөл, гомдол ангиллаар", "Petitions by topic")}
    return {"title": titles[name], "categories": cats_mn, "categories_en": cats_en,
            "series": [{"name": ("Хүлээн авсан", "Received"), "values": [c.received for _, c in items]}]}


def petitions_report_charts(ctx: AppContext, period: Period, as_of: date) -> list[dict]:
    """The charts of the petitions report of `period`, counted as of the report's day."""
    return [petitions_by_quarter(ctx, [period.year], as_of, within=period),
            petitions_by(ctx, period, "kind", as_of), petitions_by(ctx, period, "topic", as_of)]
