"""A document's results for a period: due, reported, levels, §7.3 flow, averages, §7.5 score, §11.1.

Which entry counts for a period: the entry made for exactly that period, else the
latest entry inside it (a year report falls back to Q4, then H2, Q3…): offices
report cumulative execution, so the latest figure is the period's figure.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from soum_desk.db.models.plans import PlanDocument, PlanMeasure, PlanPeriodReview, PlanProgress
from soum_desk.domain import plan_scoring as ps
from soum_desk.domain import report_deadlines
from soum_desk.domain.periods import Period
from soum_desk.domain.plan_timing import quarters_from_code
from soum_desk.domain.roles import Permission
from soum_desk.services.core import settings
from soum_desk.services.core.context import AppContext
from soum_desk.services.plans.rows import (
    DocumentScore,
    FlatMeasure,
    GoalResult,
    MeasureResult,
    MeasureRow,
    Penalty,
    PeriodSummary,
    PlanResult,
    ProgressRow,
    ScoreSummary,
    SectionResult,
)
from soum_desk.services.plans.tree import tree_in

FILTERS = ("all", "not_reported", "stalled", "broken", "not_due")


def fallback_codes(period: Period) -> list[str]:
    y = period.year
    if period.kind == "Q":
        return [period.code]
    if period.kind == "H":
        q = period.quarters
        return [period.code, f"{y}Q{q[1]}", f"{y}Q{q[0]}"]
    return [period.code, f"{y}Q4", f"{y}H2", f"{y}Q3", f"{y}Q2", f"{y}H1", f"{y}Q1"]


def row_percent(row: ProgressRow | None) -> float | None:
    if row is None:
        return None
    if row["level"]:
        return row["eval_percent"]
    return row["self_percent"]


def score_groups(session: Session) -> str:
    """The office's §7.5 grouping of a plan (setting `plans.score_groups`)."""
    value = settings.get_value(session, "plans.score_groups")
    return value if value in ps.SCORE_GROUPS else ps.GROUP_PLAN


def level_reading(session: Session) -> str:
    """The office's §7.1 reading (setting `plans.level_reading`)."""
    value = settings.get_value(session, "plans.level_reading")
    return value if value in ps.READINGS else ps.READING_LEVEL


def deadline_for(session: Session, period: Period, kind: str | None = None) -> date | None:
    """The report deadline for a plan of `kind` (settings `plans.deadlines_by_kind`, then `plans.deadlines`)."""
    rules = settings.get_value(session, "plans.deadlines") or {}
    kind_rules = settings.get_value(session, "plans.deadlines_by_kind") or {}
    return report_deadlines.deadline(period, kind, rules, kind_rules)


PROGRESS_COLUMNS = ("id", "measure_id", "period", "narrative", "self_percent", "level", "eval_percent",
                    "evaluator", "evaluated_on")


def _progress_rows(session: Session, document_id: int, year: int) -> dict[tuple[int, str], ProgressRow]:
    """Every entry of the document's year (Core rows: ORM objects cost 4× here for big plans)."""
    table = PlanProgress.__table__
    query = (select(*(table.c[name] for name in PROGRESS_COLUMNS))
             .join(PlanMeasure, PlanMeasure.id == table.c.measure_id)
             .where(PlanMeasure.document_id == document_id, table.c.period.like(f"{year}%")))
    out: dict[tuple[int, str], ProgressRow] = {}
    for values in session.connection().execute(query).all():  # Core rows zipped with names, no ORM loading (issue 18)
        entry = cast(ProgressRow, dict(zip(PROGRESS_COLUMNS, values, strict=True)))
        evaluated_on = entry["evaluated_on"]
        entry["evaluated_on"] = evaluated_on.isoformat() if evaluated_on else None  # type: ignore[attr-defined]
        out[(entry["measure_id"], entry["period"])] = entry
    return out


@dataclass(frozen=True)
class _PeriodKeys:
    """What every measure's figures need of the period, computed once per plan, not per measure."""

    code: str
    year: int
    quarters: frozenset[int]
    last_quarter: int
    fallback: tuple[str, ...]
    quarter_codes: tuple[str, ...]  # the year's «2024Q1»…«2024Q4»

    @classmethod
    def of(cls, period: Period) -> _PeriodKeys:
        return cls(period.code, period.year, frozenset(period.quarters), period.quarters[-1],
                   tuple(fallback_codes(period)), tuple(f"{period.year}Q{q}" for q in range(1, 5)))


def _measure_result(m: MeasureRow, period: _PeriodKeys, rows: dict[tuple[int, str], ProgressRow],
                    reported_quarters: list[int], reading: str = ps.READING_LEVEL) -> MeasureResult:
    """One measure's figures; `percent` is what it adds to the averages under the §7.1 `reading`,
    `shown_percent` the figure recorded (the office's own, or the evaluator's)."""
    quarters = quarters_from_code(m["timing_quarters"])
    due = bool(quarters & period.quarters)
    effective = next((rows[(m["id"], c)] for c in period.fallback if (m["id"], c) in rows), None)
    percent = row_percent(effective)
    level_code = effective["level"] if effective and effective["level"] else None
    if level_code is None and percent is not None:
        level_code = ps.level_for_percent(m["scale"], percent).code
    if not due:
        status = "not_due"
    elif effective is None or (percent is None and not effective["level"]):
        status = "not_reported"
    elif percent is None:
        status = "not_scored"
    else:
        status = "reported"
    history = [row_percent(rows.get((m["id"], period.quarter_codes[q - 1])))
               for q in reported_quarters if q in quarters and q <= period.last_quarter]
    flow = ps.flow_status(history)
    lv = ps.LEVELS.get(level_code) if level_code else None
    counted = ps.counted_percent(m["scale"], level_code, percent, reading) if due else None
    return {**m, "due": due, "status": status, "percent": counted,
            "shown_percent": percent, "level": level_code, "level_mn": lv.mn if lv else None,
            "narrative": effective["narrative"] if effective else None,
            "progress_period": effective["period"] if effective else None,
            "progress_id": effective["id"] if effective else None,
            "entry": rows.get((m["id"], period.code)), "flow": flow,
            "streak": ps.no_progress_streak(history)}


def compute_in(session: Session, document_id: int, period: Period) -> PlanResult:
    tree = tree_in(session, document_id)
    rows = _progress_rows(session, document_id, period.year)
    reported_quarters = sorted({int(code[-1]) for (_, code) in rows if len(code) == 6 and code[4] == "Q"})
    reading = level_reading(session)
    keys = _PeriodKeys.of(period)
    counts: dict[str, int] = {lv.code: 0 for lv in ps.LEVELS.values()}
    counts.update(not_due=0, not_reported=0, not_scored=0)
    stalled: list[MeasureResult] = []
    broken: list[MeasureResult] = []
    sections: list[SectionResult] = []
    section_values: list[tuple[float, list[tuple[float | None, float]]]] = []
    for section in tree["sections"]:
        s_percents: list[float | None] = []
        s_weights: list[float] = []
        goals: list[GoalResult] = []
        for goal in section["goals"]:
            results = [_measure_result(m, keys, rows, reported_quarters, reading) for m in goal["measures"]]
            for r in results:
                if r["status"] in ("not_due", "not_reported", "not_scored"):
                    counts[r["status"]] += 1
                level = r["level"]
                if level and r["due"]:
                    counts[level] += 1
                if r["flow"] == ps.STALLED:
                    stalled.append(r)
                elif r["flow"] == ps.BROKEN:
                    broken.append(r)
            g_percents = [r["percent"] for r in results]
            g_weights = [r["weight"] for r in results]
            goals.append({"id": goal["id"], "section_id": goal["section_id"], "code": goal["code"],
                          "title": goal["title"], "measures": results,
                          "average": ps.average(g_percents, g_weights)})
            s_percents += g_percents
            s_weights += g_weights
        average = ps.average(s_percents, s_weights)
        sections.append({"id": section["id"], "code": section["code"], "title": section["title"],
                         "weight": section["weight"], "goals": goals, "average": average})
        section_values.append((section["weight"], list(zip(s_percents, s_weights, strict=True))))
    grouping = score_groups(session)
    plan_average = ps.plan_percent(section_values, grouping)
    score = ps.score_of(plan_average)
    review = session.scalar(select(PlanPeriodReview).where(PlanPeriodReview.document_id == document_id,
                                                           PlanPeriodReview.period == period.code))
    deadline = deadline_for(session, period, tree["kind"])
    declared = review.declared_average if review else None
    submitted = review.submitted_on if review else None
    penalty: Penalty | None = None
    if score is not None and deadline and submitted:
        per_day = float(settings.get_value(session, "plans.penalty_per_day") or ps.PENALTY_PER_DAY)
        after, days, fraction = ps.late_penalty(score, deadline, submitted, per_day)
        penalty = {"days_late": days, "fraction": fraction, "score_after": after}
    measures = [m for s in sections for g in s["goals"] for m in g["measures"]]
    return {"id": tree["id"], "kind": tree["kind"], "kind_label": tree["kind_label"], "year": tree["year"],
            "title": tree["title"], "act_number": tree["act_number"], "act_date": tree["act_date"],
            "source_file": tree["source_file"], "sections": sections, "period": period.code, "period_label": period.label("mn"),
            "period_label_en": period.label("en"), "average": plan_average, "score_groups": grouping,
            "level_reading": reading,
            "declared_average": declared,
            "declared_differs": ps.declared_differs(declared, plan_average),
            "score": score, "deadline": deadline.isoformat() if deadline else None,
            "submitted_on": submitted.isoformat() if submitted else None, "penalty": penalty,
            "review_status": review.status if review else "open", "counts": counts,
            "stalled": stalled, "broken": broken, "measures_total": len(measures),
            "due_total": sum(1 for m in measures if m["due"]),
            "reported_total": sum(1 for m in measures if m["status"] in ("reported", "not_scored"))}


def compute(ctx: AppContext, document_id: int, period: str) -> PlanResult:
    ctx.require(Permission.READ)
    with ctx.reading() as session:
        return compute_in(session, document_id, Period.parse(period))


def flat_measures(result: PlanResult) -> list[FlatMeasure]:
    """Measures in document order, each with its section and goal titles."""
    out: list[FlatMeasure] = []
    for s in result["sections"]:
        for g in s["goals"]:
            for m in g["measures"]:
                out.append({**m, "section_code": s["code"], "section_title": s["title"],
                            "goal_code": g["code"], "goal_title": g["title"]})
    return out


def matches(measure: MeasureResult, flt: str) -> bool:
    if flt == "not_reported":
        return measure["due"] and measure["status"] == "not_reported"
    if flt == "stalled":
        return measure["flow"] == ps.STALLED
    if flt == "broken":
        return measure["flow"] == ps.BROKEN
    if flt == "not_due":
        return not measure["due"]
    return True


def entry_rows(ctx: AppContext, document_id: int, period: str, flt: str = "all") -> list[FlatMeasure]:
    """The period entry list: every measure with this period's own entry, filtered."""
    return [m for m in flat_measures(compute(ctx, document_id, period)) if matches(m, flt)]


def score_summary(result: PlanResult) -> ScoreSummary:
    """The figures `plans score --json` prints for one document."""
    return {"document_id": result["id"], "title": result["title"], "kind": result["kind"],
            "period": result["period"], "average": _r(result["average"]), "score": result["score"],
            "score_groups": result["score_groups"], "declared_average": result["declared_average"],
            "declared_differs": result["declared_differs"],
            "penalty": result["penalty"], "deadline": result["deadline"], "counts": result["counts"],
            "measures": result["measures_total"], "due": result["due_total"],
            "reported": result["reported_total"],
            "stalled": [m["number"] for m in result["stalled"]], "broken": [m["number"] for m in result["broken"]],
            "review_status": result["review_status"],
            "sections": [{"code": s["code"], "title": s["title"], "average": _r(s["average"]),
                          "goals": [{"code": g["code"], "title": g["title"], "average": _r(g["average"])}
                                    for g in s["goals"]]} for s in result["sections"]]}


def _r(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def _documents(session: Session, period: Period) -> list[int]:
    return list(session.scalars(select(PlanDocument.id).where(PlanDocument.year == period.year)
                                .order_by(PlanDocument.id)))


def scores(ctx: AppContext, period: str) -> list[ScoreSummary]:
    ctx.require(Permission.READ)
    p = Period.parse(period)
    with ctx.reading() as session:
        return [score_summary(compute_in(session, d, p)) for d in _documents(session, p)]


def period_summary(ctx: AppContext, period: str) -> PeriodSummary:
    """The period's figures across all plans of the year (the dashboard's numbers)."""
    docs = scores(ctx, period)
    scored = [d["average"] for d in docs if d["average"] is not None]
    doc_scores = [d["score"] for d in docs if d["score"] is not None]
    per_document: list[DocumentScore] = [{"document_id": d["document_id"], "title": d["title"],
                                          "average": d["average"], "score": d["score"]} for d in docs]
    return {"period": Period.parse(period).code, "documents": len(docs),
            "measures": sum(d["measures"] for d in docs), "due": sum(d["due"] for d in docs),
            "reported": sum(d["reported"] for d in docs),
            "not_reported": sum(d["counts"]["not_reported"] for d in docs),
            "stalled": sum(len(d["stalled"]) for d in docs), "broken": sum(len(d["broken"]) for d in docs),
            "average": _r(sum(scored) / len(scored)) if scored else None,
            "score": round(sum(doc_scores) / len(doc_scores), 4) if doc_scores else None,
            "approved": sum(1 for d in docs if d["review_status"] == "approved"),
            "per_document": per_document}
