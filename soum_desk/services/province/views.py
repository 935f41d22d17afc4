"""Consolidated figures per period, who has not submitted, lateness, and the ranking.

For a period P each registered office contributes its latest bundle for exactly P; when it
sent none for P (say P is a year and it sent quarters), its bundles for the quarters inside P
are combined: counts add up, the plan average is the latest quarter's (plan percents are
cumulative), and each late quarter costs its own days.

An office may send a period again (a correction bundle, after its records changed): every bundle is
kept, the figures are the latest valid one's (highest sequence), and lateness counts from the
first valid one's arrival, so correcting a bundle sent on time costs no late days (docs/decisions.md,
"Correction bundles").
"""

from __future__ import annotations

from dataclasses import fields
from datetime import date
from typing import cast

from sqlalchemy import select

from soum_desk.db.models import BundleFigures, ImportedBundle, RegisteredOffice
from soum_desk.domain import clock, ranking
from soum_desk.domain.evaluation import monitoring_state
from soum_desk.domain.periods import Period
from soum_desk.domain.prizes import prize_for, special_prize
from soum_desk.domain.roles import Permission
from soum_desk.services.core import settings
from soum_desk.services.core.context import AppContext
from soum_desk.services.province.accountability_rows import records_of
from soum_desk.services.province.evaluation_rows import (
    monitoring_of,
    prize_dict,
    special_places_of,
    violations_of,
)
from soum_desk.services.province.registry import deadline
from soum_desk.services.province.rows import ConsolidatedRow, PrizeRow, RankingRow

COUNT_FIELDS = ("plan_count", "plan_measures", "petitions_received", "petitions_on_time", "petitions_late",
                "petitions_pending", "petitions_overdue", "letters_incoming", "letters_outgoing",
                "letters_reply_required", "letters_replied_on_time", "letters_overdue")
LATEST_FIELDS = ("plan_average", "plan_score", "archive_permanent", "archive_70_years", "archive_temporary")


def _latest_per_period(ctx: AppContext, periods: list[str]) -> dict[tuple[str, str], dict]:
    """(office, period) → the latest imported bundle's figures, the first arrival, how many bundles."""
    out: dict[tuple[str, str], dict] = {}
    figure_columns = [c for c in BundleFigures.__table__.columns
                      if c.key not in ("id", "bundle_id", "office_code", "period")]
    names = [c.key for c in figure_columns]
    with ctx.reading() as session:
        rows = session.execute(  # plain columns, not ORM objects: a province reads 330+ per period (issue 18)
            select(ImportedBundle.office_code, ImportedBundle.period, ImportedBundle.sequence,
                   ImportedBundle.arrived_on, *figure_columns)
            .join(BundleFigures, BundleFigures.bundle_id == ImportedBundle.id)
            .where(ImportedBundle.period.in_(periods)).order_by(ImportedBundle.sequence)).all()
        for office_code, period, sequence, arrived_on, *figures in rows:
            values = dict(zip(names, figures, strict=True))
            before = out.get((office_code, period))
            first = arrived_on if before is None else min(before["arrived_on"], arrived_on)
            out[(office_code, period)] = {"sequence": sequence, "arrived_on": first,
                                          "bundles": 1 if before is None else before["bundles"] + 1, **values}
    return out


def _sub_periods(period: Period) -> list[Period]:
    if period.kind == "Q":
        return []
    return [Period(period.year, "Q", q) for q in period.quarters]


def _combine(parts: list[tuple[Period, dict]]) -> dict:
    combined: dict = {f: None for f in COUNT_FIELDS + LATEST_FIELDS}
    for field in COUNT_FIELDS:
        values = [p[field] for _, p in parts if p.get(field) is not None]
        combined[field] = sum(values) if values else None
    latest = max(parts, key=lambda item: item[0])[1]
    for field in LATEST_FIELDS:
        combined[field] = latest.get(field)
    days = [(p["petitions_average_days"], (p["petitions_on_time"] or 0) + (p["petitions_late"] or 0))
            for _, p in parts if p.get("petitions_average_days") is not None]
    weight = sum(n for _, n in days)
    combined["petitions_average_days"] = round(sum(d * n for d, n in days) / weight, 2) if weight else None
    return combined


def consolidated(ctx: AppContext, period: str) -> list[ConsolidatedRow]:
    """One row per registered office for `period` (submitted or not)."""
    ctx.require(Permission.READ)
    target = Period.parse(period)
    subs = _sub_periods(target)
    found = _latest_per_period(ctx, [target.code] + [p.code for p in subs])
    with ctx.reading() as session:
        offices = list(session.execute(select(RegisteredOffice.code, RegisteredOffice.name, RegisteredOffice.kind)
                                       .where(RegisteredOffice.active).order_by(RegisteredOffice.name)))
    due = deadline(ctx, target.code)
    sub_deadlines = {p.code: deadline(ctx, p.code) for p in subs}
    rows: list[ConsolidatedRow] = []
    for code, name, kind in offices:
        row: dict = {"office_code": code, "name": name, "kind": kind, "period": target.code,
                     "deadline": due.isoformat(), "submitted": False, "late_days": 0, "arrived_on": None,
                     "sequence": None, "bundles": 0, "missing_quarters": []}
        exact = found.get((code, target.code))
        if exact is not None:
            row.update(exact, submitted=True, late_days=ranking.days_late(exact["arrived_on"], due))
        else:
            parts = [(p, found[(code, p.code)]) for p in subs if (code, p.code) in found]
            row["missing_quarters"] = [p.code for p in subs if (code, p.code) not in found]
            if parts:
                row.update(_combine(parts), submitted=True, bundles=sum(p["bundles"] for _, p in parts),
                           arrived_on=max(p["arrived_on"] for _, p in parts),
                           late_days=sum(ranking.days_late(p["arrived_on"], sub_deadlines[s.code]) for s, p in parts))
        row["arrived_on"] = row["arrived_on"].isoformat() if row["arrived_on"] else None
        if row.get("plan_score") is None:  # a bundle without the plans' own §7.5 score
            row["plan_score"] = ranking.score_of_percent(row.get("plan_average"))
        row["petitions_on_time_percent"] = ranking.ratio_percent(row.get("petitions_on_time"),
                                                                 row.get("petitions_received"))
        row["letters_on_time_percent"] = ranking.ratio_percent(row.get("letters_replied_on_time"),
                                                               row.get("letters_reply_required"))
        rows.append(cast(ConsolidatedRow, row))
    return rows


def not_submitted(ctx: AppContext, period: str) -> list[ConsolidatedRow]:
    return [r for r in consolidated(ctx, period) if not r["submitted"]]


def ranking_table(ctx: AppContext, period: str, *, with_previous: bool = True,
                  figures: list[ConsolidatedRow] | None = None) -> list[RankingRow]:
    """The §7.5 score, the §11.1 late penalty and the place of every office for `period`, and the
    §11.2 flag: unsatisfactory now and in the previous period of the same kind. `figures`: the
    period's `consolidated` rows when the caller has them already (the ranking view shows both)."""
    rows = figures if figures is not None else consolidated(ctx, period)
    with ctx.reading() as session:
        weights = {k: float(v) for k, v in settings.get_value(session, "province.ranking_weights").items()}
        per_day = float(settings.get_value(session, "province.late_penalty_per_day"))
        below = float(settings.get_value(session, "province.unsatisfactory_below"))
        records = records_of(session, Period.parse(period).code)
        target = Period.parse(period)
        prizes = settings.get_value(session, "province.prizes")
        special = special_places_of(session, target.code) if target.kind == "Y" else []
        violations = violations_of(session, target.year)
        monitored = monitoring_of(session, target.year)
    today = clock.today()
    previous: dict[str, bool] = {}
    if with_previous:
        previous = {r["office_code"]: r["unsatisfactory"]
                    for r in ranking_table(ctx, Period.parse(period).previous().code, with_previous=False)
                    if r["submitted"]}
    entries = [ranking.Entry(office_code=r["office_code"], name=r["name"], kind=r["kind"], submitted=r["submitted"],
                             late_days=r["late_days"],
                             groups={"plans": r.get("plan_average"), "petitions": r["petitions_on_time_percent"],
                                     "letters": r["letters_on_time_percent"]}) for r in rows]
    ranking.score_entries(entries, weights, per_day)
    by_code = {r["office_code"]: r for r in rows}
    result: list[RankingRow] = []
    entry_fields = fields(ranking.Entry)
    for entry in ranking.rank(entries):
        data = cast(RankingRow, {f.name: getattr(entry, f.name) for f in entry_fields})  # asdict deep-copies
        data["penalty"] = round(entry.score - entry.final, 4)
        data["period"] = Period.parse(period).code
        data["deadline"] = by_code[entry.office_code]["deadline"]
        data["arrived_on"] = by_code[entry.office_code]["arrived_on"]
        data["unsatisfactory"] = ranking.unsatisfactory(entry.submitted, entry.final, below)
        data["previous_unsatisfactory"] = previous.get(entry.office_code)
        data["accountability"] = ranking.accountability_due(data["unsatisfactory"], data["previous_unsatisfactory"])
        data["accountability_record"] = records.get(entry.office_code)
        data["prize"] = _prize(target, entry, prizes, entry.office_code in special)
        data["violations"] = violations.get(entry.office_code, [])
        data["monitoring"] = monitored.get(entry.office_code)
        data["monitoring_state"] = monitoring_state(
            target.year, date.fromisoformat(data["monitoring"]["monitored_on"]) if data["monitoring"] else None, today)
        result.append(data)
    return result


def _prize(target: Period, entry: ranking.Entry, prizes: dict, special: bool) -> PrizeRow | None:
    """§10.3–10.6 are the year's prizes: a quarter or half earns none. A special place (§10.4) is
    the council's, given to a soum without a prized place."""
    if target.kind != "Y":
        return None
    placed = prize_for(entry.kind, entry.rank, prizes)
    if placed is None and special:  # a place that became prized later keeps its place's prize
        return prize_dict(special_prize(prizes))
    return prize_dict(placed)


def latest_imported_period(ctx: AppContext) -> str | None:
    """The period of the bundle imported last — what the officer wants to see after an import."""
    ctx.require(Permission.READ)
    with ctx.reading() as session:
        return session.scalar(select(ImportedBundle.period).order_by(ImportedBundle.id.desc()).limit(1))
