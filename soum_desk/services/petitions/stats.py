"""Period figures, the dashboard summary and the province bundle payload of petitions.

The counting rules are in `domain/petition_figures.py` (pure, tested); this
module counts one period in SQL (GROUP BY the breakdowns and the outcome) over the covering index
`ix_petition_figures` and hands the counted combinations to the same spreading code.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, func, select

from soum_desk.db.models import Petition, Petitioner
from soum_desk.domain import clock
from soum_desk.domain.periods import Period, default_as_of
from soum_desk.domain.petition_codes import label
from soum_desk.domain.petition_figures import Combo, Figures, effective_end, from_combos
from soum_desk.domain.roles import Permission
from soum_desk.errors import ValidationError
from soum_desk.services.core import audit
from soum_desk.services.core.context import AppContext
from soum_desk.services.petitions.common import bag_names, personal_dict, petition_dict
from soum_desk.services.petitions.rows import PeriodSummary


def _period(period: Period | str) -> Period:
    return period if isinstance(period, Period) else Period.parse(period)


def figures(ctx: AppContext, period: Period | str, as_of: date | None = None) -> Figures:
    """The figures of the petitions received in `period`, as of `as_of` (default: its last day, or
    today while it runs: a petition is never counted overdue before its due date)."""
    ctx.require(Permission.READ)
    p = _period(period)
    if as_of is not None and as_of < p.start:
        raise ValidationError("«Байдлаарх» огноо тайлант үеэс өмнө байна.",
                              "The «as of» date is before the period.", where="--as-of")
    as_of = as_of or default_as_of(p, clock.today())
    _, last = effective_end(p.start, p.end, as_of)
    with ctx.reading() as session:
        bags = bag_names(session)
        rows = session.execute(_grouped(p.start, last, as_of, session.get_bind().dialect.name)).all()
    combos: Counter[Combo] = Counter()
    combo_days: Counter[Combo] = Counter()
    for kind, channel, topic, bag_id, official, result, n, days in rows:
        combo = (kind, channel, topic or "", bags.get(bag_id, "") if bag_id else "", official or "", result)
        combos[combo] += n
        if days:
            combo_days[combo] += int(round(days))
    return from_combos(combos, combo_days, p.start, p.end, as_of)


def _grouped(first: date, last: date, as_of: date, dialect: str) -> Select:
    """One row per (kind, channel, topic, bag, official, outcome) with its count and days to
    resolution, counted by the database over the covering index `ix_petition_figures`; the outcome
    rule is `domain.petition_figures.outcome` (a property test checks both agree)."""
    resolved = and_(Petition.resolved_on.is_not(None), Petition.resolved_on <= as_of)
    result = case((resolved, case((Petition.resolved_on <= Petition.due, "on_time"), else_="late")),
                  (Petition.due >= as_of, "pending"), else_="overdue").label("result")
    spent: ColumnElement[Any] = (func.julianday(Petition.resolved_on) - func.julianday(Petition.received)
                                 if dialect == "sqlite" else Petition.resolved_on - Petition.received)
    days = func.sum(case((resolved, spent), else_=0))
    keys = (Petition.kind, Petition.channel, Petition.topic, Petition.bag_id, Petition.official_name)
    return (select(*keys, result, func.count(), days)
            .where(Petition.received.between(first, last))
            .group_by(*keys, result))


def figures_dict(ctx: AppContext, period: Period | str, as_of: date | None = None) -> dict:
    """The figures as JSON-ready data, with labels for kinds and channels."""
    p = _period(period)
    data = figures(ctx, p, as_of).as_dict()
    data["period"] = p.code
    data["period_label"] = p.label(ctx.lang)
    data["labels"] = {
        "kind": {k: label("kind", k, ctx.lang) for k in data["by"]["kind"]},
        "channel": {k: label("channel", k, ctx.lang) for k in data["by"]["channel"]},
    }
    return data


def period_summary(ctx: AppContext, period: Period | str) -> PeriodSummary:
    """The headline numbers for the dashboard."""
    from soum_desk.services.petitions.queries import overdue_count

    p = _period(period)
    today = clock.today()
    as_of = default_as_of(p, today)
    t = figures(ctx, p, as_of).total
    return {"period": p.code, "period_label": p.label(ctx.lang), "as_of": as_of.isoformat(),
            "received": t.received, "resolved_on_time": t.on_time, "resolved_late": t.late,
            "resolved": t.resolved, "pending": t.pending, "overdue": t.overdue,
            "on_time_percent": t.on_time_percent, "average_days": t.average_days,
            "open_overdue_now": overdue_count(ctx, today)}


PUBLIC_ROW_FIELDS = ("reg_no", "year", "received", "channel", "kind", "source", "source_ref", "topic", "bag",
                     "summary", "official", "status", "period_days", "extension_days", "due",
                     "resolved_on", "resolution", "answer_method", "forwarded_to", "anonymous")


def bundle_payload(ctx: AppContext, period: Period | str, include_personal: bool = False) -> dict[str, list[dict]]:
    """Tables for the province bundle: figures and petition rows without personal data.

    With `include_personal=True` (an explicit office setting, and the caller must hold
    Permission.PERSONAL_DATA) the petitioners' personal data comes back in a separate
    table, ``personal_petitioners`` (keyed by year and reg_no); the bundle seals every
    ``personal_*`` table to the province's key (`bundle.include_personal`). Each such export
    is audited. ``petition_figures`` is the one summary row the province consolidates;
    ``petition_breakdown`` holds the figures by kind, channel, topic, bag and official.
    """
    ctx.require(Permission.READ)
    p = _period(period)
    stats = figures(ctx, p)
    summary = [{"period": p.code, **stats.total.as_dict()}]
    figure_rows = []
    for scope, groups in stats.by.items():
        figure_rows += [{"period": p.code, "scope": scope, "key": key, **c.as_dict()} for key, c in groups.items()]
    figure_rows += [{"period": p.code, "scope": "top_topic", "key": t, "received": n} for t, n in stats.top_topics]
    with ctx.reading() as session:
        bags = bag_names(session)
        petitions = session.scalars(select(Petition).where(Petition.received.between(p.start, p.end))
                                    .order_by(Petition.received_at, Petition.id)).all()
        rows = []
        for petition in petitions:
            full: dict[str, Any] = dict(petition_dict(petition, bags, today=stats.as_of))
            rows.append({key: full[key] for key in PUBLIC_ROW_FIELDS})
        payload: dict[str, list[dict]] = {"petition_figures": summary, "petition_breakdown": figure_rows,
                                                "petitions": rows}
        if not include_personal:
            return payload
        people = session.execute(
            select(Petitioner, Petition.year, Petition.reg_no).join(Petition, Petition.id == Petitioner.petition_id)
            .where(Petition.received.between(p.start, p.end)).order_by(Petition.id)).all()
    actor = ctx.require(Permission.PERSONAL_DATA)
    payload["personal_petitioners"] = [{"year": year, "reg_no": reg_no, **personal_dict(person, bags)}
                                       for person, year, reg_no in people]
    with ctx.transaction() as session:
        audit.record(session, actor, "petition.personal_export", "petition", None,
                     after={"period": p.code, "count": len(payload["personal_petitioners"])})
    return payload
