"""Letters figures per period (rules in `domain/letters.py`), the dashboard summary and the bundle rows."""

from __future__ import annotations

from calendar import monthrange
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, or_, select

from soum_desk.db.models import Letter
from soum_desk.domain import clock, periods
from soum_desk.domain import letters as rules
from soum_desk.domain import retention as ret
from soum_desk.domain.periods import Period
from soum_desk.domain.roles import Permission
from soum_desk.services.core.context import AppContext
from soum_desk.services.letters.rows import PeriodFigures, PeriodSummary


def _as_period(period: Period | str) -> Period:
    return period if isinstance(period, Period) else Period.parse(period)


def default_as_of(p: Period) -> date:
    """The period's last day, or today while the period is still running."""
    return periods.default_as_of(p, clock.today())


def figures(ctx: AppContext, start: date, end: date, as_of: date | None = None) -> rules.LetterFigures:
    """The figures for letters registered in [start, end], counted as of `as_of` (default `end`).

    Two range scans of the covering index ix_letter_figures (direction, reply_required,
    reg_date, due_date, answered_on): counts per direction, then the reply-letters'
    outcomes. The same rules as `rules.figures`, which the tests compare against.
    """
    ctx.require(Permission.READ)
    as_of = as_of or end
    in_range = (Letter.reg_date >= start, Letter.reg_date <= end)
    answered = Letter.answered_on <= as_of  # NULL (not answered) compares as not true
    waiting = or_(Letter.answered_on.is_(None), Letter.answered_on > as_of)

    def count_if(*conds: ColumnElement[bool]) -> ColumnElement[int]:
        return func.coalesce(func.sum(case((and_(*conds), 1), else_=0)), 0)

    per_direction = (select(Letter.direction, func.count())
                     .where(Letter.direction.in_(rules.DIRECTIONS), Letter.reply_required.in_((False, True)),
                            *in_range).group_by(Letter.direction))
    outcomes = select(
        func.count(),
        count_if(answered, Letter.answered_on <= Letter.due_date),
        count_if(answered, Letter.answered_on > Letter.due_date),
        count_if(waiting, Letter.due_date < as_of),
    ).where(Letter.direction == rules.IN, Letter.reply_required.is_(True), *in_range)
    with ctx.reading() as session:
        counts = dict(session.execute(per_direction).all())
        reply, on_time, late, overdue = (int(v) for v in session.execute(outcomes).one())
    return rules.LetterFigures(received=int(counts.get(rules.IN, 0)), reply_required=reply,
                               answered_on_time=on_time, answered_late=late,
                               open=reply - on_time - late - overdue, overdue=overdue,
                               sent=int(counts.get(rules.OUT, 0)))


def period_figures(ctx: AppContext, period: Period | str, as_of: date | None = None) -> PeriodFigures:
    """`soum-desk letters stats --period P`: the figures plus the period's code and dates.

    As of the period's last day, or today while the period is still running.
    """
    p = _as_period(period)
    as_of = as_of or default_as_of(p)
    f = figures(ctx, p.start, p.end, as_of)
    return {"period": p.code, "start": p.start.isoformat(), "end": p.end.isoformat(), "as_of": as_of.isoformat(),
            "received": f.received, "reply_required": f.reply_required, "answered_on_time": f.answered_on_time,
            "answered_late": f.answered_late, "open": f.open, "overdue": f.overdue, "sent": f.sent,
            "resolution_percent": f.resolution_percent}


def figures_by_quarter(ctx: AppContext, period: Period | str, as_of: date | None = None) -> list[PeriodFigures]:
    """One row per quarter of the period (for the report's breakdown)."""
    p = _as_period(period)
    as_of = as_of or default_as_of(p)  # the same day for every quarter, so they add up to the total
    return [period_figures(ctx, Period(p.year, "Q", q), as_of) for q in p.quarters]


def month_chart(ctx: AppContext, year: int, today: date | None = None,
                months: range = range(1, 13)) -> dict[str, Any]:
    """Letters received and sent per month of `year` (the `months` that have started), as chart data.

    `{"title": (mn, en), "categories": [...], "series": [{"name": (mn, en), "values": [...]}]}`,
    counted by `figures`, so a bar and the report's table cell are one number.
    """
    ctx.require(Permission.READ)
    today = today or date.today()
    started = [m for m in months if date(year, m, 1) <= today]
    received: list[int] = []
    sent: list[int] = []
    for m in started:
        start, end = date(year, m, 1), date(year, m, monthrange(year, m)[1])
        f = figures(ctx, start, end, min(end, today))
        received.append(f.received)
        sent.append(f.sent)
    return {"title": ("Албан бичиг сараар", "Letters by month"),
            "categories": [f"{year}.{m:02d}" for m in started],
            "series": [{"name": ("Ирсэн", "Received"), "values": received},
                       {"name": ("Явсан", "Sent"), "values": sent}]}


def period_summary(ctx: AppContext, period: Period | str) -> PeriodSummary:
    """What the dashboard shows for the period: figures, open/overdue now, archive counts."""
    from soum_desk.services.archive.units import counts_by_retention

    p = _as_period(period)
    today = date.today()
    result = period_figures(ctx, p)
    with ctx.reading() as session:
        overdue_now = session.scalar(select(func.count(Letter.id)).where(
            Letter.direction == rules.IN, Letter.answered_on.is_(None), Letter.due_date < today)) or 0
    return {**result, "overdue_now": int(overdue_now),
            "archive_received": counts_by_retention(ctx, received_from=p.start, received_to=p.end, status=None),
            "archive_held": counts_by_retention(ctx)}


def bundle_payload(ctx: AppContext, period: Period | str,
                   include_personal: bool = False) -> dict[str, Sequence[Mapping[str, Any]]]:
    """Statistics for the province bundle: no letter texts, no names (so `include_personal` changes nothing).

    `letter_figures` and `archive_counts` are the summary rows the province consolidates (fields in
    `bundle/schema.SUMMARY_SCHEMAS`; archive units held now, per retention class);
    `letter_period_figures` (with the quarters of a longer period) and `archive_detail` are the details."""
    from soum_desk.services.archive.units import counts_by_retention

    p = _as_period(period)
    figures_rows = [period_figures(ctx, p)] + (figures_by_quarter(ctx, p) if p.kind != "Q" else [])
    received = counts_by_retention(ctx, received_from=p.start, received_to=p.end, status=None)
    held = counts_by_retention(ctx)
    archive_rows = [{"period": p.code, "measure": measure, "retention": kind, "count": counts[kind]}
                    for measure, counts in (("received_in_period", received), ("held_now", held))
                    for kind in ret.RETENTION_KINDS]
    total = figures_rows[0]
    summary = {"period": p.code, "incoming": total["received"], "outgoing": total["sent"],
               "reply_required": total["reply_required"], "replied_on_time": total["answered_on_time"],
               "replied_late": total["answered_late"], "overdue": total["overdue"]}
    counts = [{"period": p.code, "retention": kind, "units": held[kind]} for kind in ret.RETENTION_KINDS]
    return {"letter_figures": [summary], "letter_period_figures": figures_rows, "archive_counts": counts,
            "archive_detail": archive_rows}
