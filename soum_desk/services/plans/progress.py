"""Recording what was done each period, the evaluation, and the head's review and approval.

An approved period is read-only: no entry its report reads from (its own, or one of
a period inside it: approving 2024 locks 2024Q1…Q4, H1, H2) can change until the head
reopens it.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from soum_desk.db.models.plans import PlanMeasure, PlanPeriodReview, PlanProgress
from soum_desk.domain import clock, plan_scoring
from soum_desk.domain.event_dates import check_event_date
from soum_desk.domain.periods import Period
from soum_desk.domain.roles import Permission
from soum_desk.errors import NotFound, UserError, ValidationError
from soum_desk.services.core import audit
from soum_desk.services.core.context import Actor, AppContext
from soum_desk.services.plans.rows import ProgressRow, ReviewRow
from soum_desk.services.plans.tree import get_document_row

STATUS_LABELS = {"open": ("Нээлттэй", "Open"), "reviewed": ("Хянасан", "Reviewed"),
                 "approved": ("Баталсан", "Approved")}


def progress_dict(p: PlanProgress) -> ProgressRow:
    return {"id": p.id, "measure_id": p.measure_id, "period": p.period, "narrative": p.narrative,
            "self_percent": p.self_percent, "level": p.level, "eval_percent": p.eval_percent,
            "evaluator": p.evaluator, "evaluated_on": p.evaluated_on.isoformat() if p.evaluated_on else None}


def within(inner: Period, outer: Period) -> bool:
    """True if `inner` is `outer` or a period inside it (its entries feed `outer`'s report)."""
    return inner.year == outer.year and set(inner.quarters) <= set(outer.quarters)


def locking_review(session: Session, document_id: int, period: Period) -> PlanPeriodReview | None:
    reviews = session.scalars(select(PlanPeriodReview).where(
        PlanPeriodReview.document_id == document_id, PlanPeriodReview.status == "approved"))
    return next((r for r in reviews if within(period, Period.parse(r.period))), None)


def check_unlocked(session: Session, document_id: int, period: Period) -> None:
    review = locking_review(session, document_id, period)
    if review is not None:
        raise UserError(
            f"{Period.parse(review.period).label('mn')}-ийн тайланг баталсан тул засах боломжгүй. "
            "Тамгын газрын дарга дахин нээх шаардлагатай.",
            f"The report for {Period.parse(review.period).label('en')} is approved and read-only; "
            "the head of office must reopen it first.", where=period.code)


def _check_percent(value: float | None, where: str) -> float | None:
    return None if value is None else plan_scoring.check_percent(value, where)


def upsert_progress(session: Session, actor: Actor, measure: PlanMeasure, period: Period,
                    values: dict, *, batch: dict | None = None) -> PlanProgress:
    """Write one entry in the caller's transaction (locks and audit included).

    With `batch` (a bulk import) the lock was checked once by the caller, existing
    entries come from `batch["rows"]` and the change is added to `batch["changes"]`
    for the caller's single audit entry.
    """
    if batch is None:
        check_unlocked(session, measure.document_id, period)
        row = session.scalar(select(PlanProgress).where(PlanProgress.measure_id == measure.id,
                                                        PlanProgress.period == period.code))
    else:
        row = batch["rows"].get(measure.id)
    before = progress_dict(row) if row else None
    if row is None:
        row = PlanProgress(measure_id=measure.id, period=period.code, updated_at=datetime.now())
        session.add(row)
    for key in ("narrative", "self_percent", "level", "eval_percent", "evaluator", "evaluated_on"):
        if key in values:
            setattr(row, key, values[key])
    row.updated_at = datetime.now()
    row.updated_by = actor.username
    session.flush()
    after = progress_dict(row)
    if before != after:
        if batch is not None:
            batch["changes"].append({"before": before, "after": after})
        else:
            audit.record(session, actor, "plans.progress.update" if before else "plans.progress.create",
                         "plan_progress", row.id, before=before, after=after)
    return row


def _measure(session: Session, measure_id: int) -> PlanMeasure:
    measure = session.get(PlanMeasure, measure_id)
    if measure is None:
        raise NotFound(f"Арга хэмжээ #{measure_id} олдсонгүй.", f"Measure #{measure_id} not found.")
    return measure


def record_progress(ctx: AppContext, measure_id: int, period: str, *, narrative: str | None = None,
                    self_percent: float | None = None) -> ProgressRow:
    """The clerk's entry: what was done and the self-assessed percent (blank = not yet)."""
    actor = ctx.require(Permission.WRITE)
    p = Period.parse(period)
    percent = _check_percent(self_percent, "self_percent")
    with ctx.transaction() as session:
        row = upsert_progress(session, actor, _measure(session, measure_id), p,
                              {"narrative": (narrative or "").strip() or None, "self_percent": percent})
        return progress_dict(row)


def evaluation_columns(actor: Actor, measure: PlanMeasure, level: str | None, percent: float | None,
                evaluator: str | None, on: date | None) -> dict:
    """The evaluation's columns: a level of the measure's scale and a percent in its band (None clears it)."""
    if level is None:
        return {"level": None, "eval_percent": None, "evaluator": None, "evaluated_on": None}
    lv = plan_scoring.level(level)
    if lv.scale != measure.scale:
        raise ValidationError(
            f"«{lv.mn}» түвшин энэ арга хэмжээний аргачлалд хамаарахгүй.",
            f"«{lv.en}» is not a level of this measure's scale ({measure.scale}).", where="level")
    return {"level": level, "eval_percent": plan_scoring.evaluate(level, percent),
            "evaluator": evaluator or actor.full_name or actor.username, "evaluated_on": _evaluated_on(on)}


def _evaluated_on(on: date | None) -> date:
    day = on or clock.today()
    check_event_date(day, "Үнэлсэн огноо", "Evaluation date")
    return day


def evaluate(ctx: AppContext, measure_id: int, period: str, level: str | None,
             percent: float | None = None, *, evaluator: str | None = None,
             on: date | None = None) -> ProgressRow:
    """The evaluation on the measure's scale: a level and a percent inside its band (or its default)."""
    actor = ctx.require(Permission.WRITE)
    p = Period.parse(period)
    with ctx.transaction() as session:
        measure = _measure(session, measure_id)
        values = evaluation_columns(actor, measure, level, percent, evaluator, on)
        return progress_dict(upsert_progress(session, actor, measure, p, values))


def save_entry(ctx: AppContext, measure_id: int, period: str, *, narrative: str | None = None,
               self_percent: float | None = None, evaluation: bool = False, level: str | None = None,
               eval_percent: float | None = None, evaluator: str | None = None,
               on: date | None = None) -> ProgressRow:
    """One row of the period entry as the clerk saves it: the narrative and percent and, with
    `evaluation`, the level and its percent (`level=None` clears an earlier evaluation).

    One transaction and one audit entry, whatever changed."""
    actor = ctx.require(Permission.WRITE)
    p = Period.parse(period)
    values: dict = {"narrative": (narrative or "").strip() or None,
                    "self_percent": _check_percent(self_percent, "self_percent")}
    with ctx.transaction() as session:
        measure = _measure(session, measure_id)
        if evaluation:
            values.update(evaluation_columns(actor, measure, level, eval_percent, evaluator, on))
        return progress_dict(upsert_progress(session, actor, measure, p, values))


def get_progress(ctx: AppContext, measure_id: int, period: str) -> ProgressRow | None:
    ctx.require(Permission.READ)
    with ctx.reading() as session:
        row = session.scalar(select(PlanProgress).where(PlanProgress.measure_id == measure_id,
                                                        PlanProgress.period == Period.parse(period).code))
        return progress_dict(row) if row else None


# --- review and approval -------------------------------------------------------

def review_dict(r: PlanPeriodReview | None, document_id: int, period: str) -> ReviewRow:
    if r is None:
        return {"document_id": document_id, "period": period, "status": "open", "reviewed_by": None,
                "reviewed_at": None, "approved_by": None, "approved_at": None, "submitted_on": None,
                "note": None}
    return {"document_id": r.document_id, "period": r.period, "status": r.status, "reviewed_by": r.reviewed_by,
            "reviewed_at": r.reviewed_at.isoformat(timespec="seconds") if r.reviewed_at else None,
            "approved_by": r.approved_by,
            "approved_at": r.approved_at.isoformat(timespec="seconds") if r.approved_at else None,
            "submitted_on": r.submitted_on.isoformat() if r.submitted_on else None, "note": r.note}


def get_review(ctx: AppContext, document_id: int, period: str) -> ReviewRow:
    ctx.require(Permission.READ)
    code = Period.parse(period).code
    with ctx.reading() as session:
        row = session.scalar(select(PlanPeriodReview).where(PlanPeriodReview.document_id == document_id,
                                                            PlanPeriodReview.period == code))
        result = review_dict(row, document_id, code)
        result["locked"] = locking_review(session, document_id, Period.parse(code)) is not None
        return result


def _set_status(ctx: AppContext, document_id: int, period: str, status: str, note: str | None = None,
                submitted_on: date | None = None) -> ReviewRow:
    actor = ctx.require(Permission.APPROVE)
    check_event_date(submitted_on, "Ирүүлсэн огноо", "Submitted date")
    code = Period.parse(period).code
    with ctx.transaction() as session:
        get_document_row(session, document_id)
        row = session.scalar(select(PlanPeriodReview).where(PlanPeriodReview.document_id == document_id,
                                                            PlanPeriodReview.period == code))
        before = review_dict(row, document_id, code)
        if row is None:
            row = PlanPeriodReview(document_id=document_id, period=code, status="open")
            session.add(row)
        if status == "reopen" and row.status != "approved":
            raise UserError("Батлагдаагүй тайланг дахин нээх шаардлагагүй.", "Only an approved report can be reopened.")
        if status == "approved" and row.status == "approved":
            raise UserError("Тайлан аль хэдийн батлагдсан.", "The report is already approved.")
        now = datetime.now()
        if status == "reviewed" or (status == "approved" and row.reviewed_at is None):
            row.reviewed_by, row.reviewed_at = actor.username, now
        if status == "approved":
            row.approved_by, row.approved_at = actor.username, now
            if submitted_on is not None:
                row.submitted_on = submitted_on
        row.status = "open" if status == "reopen" else status
        if note:
            row.note = note
        session.flush()
        after = review_dict(row, document_id, code)
        verb = {"reviewed": "review", "approved": "approve", "reopen": "reopen"}[status]
        audit.record(session, actor, f"plans.period.{verb}", "plan_period_review", row.id, before=before,
                     after=after)
        return after


def mark_reviewed(ctx: AppContext, document_id: int, period: str, note: str | None = None) -> ReviewRow:
    return _set_status(ctx, document_id, period, "reviewed", note)


def approve(ctx: AppContext, document_id: int, period: str, note: str | None = None,
            submitted_on: date | None = None) -> ReviewRow:
    return _set_status(ctx, document_id, period, "approved", note, submitted_on)


def reopen(ctx: AppContext, document_id: int, period: str, note: str | None = None) -> ReviewRow:
    return _set_status(ctx, document_id, period, "reopen", note)


def set_submitted(ctx: AppContext, document_id: int, period: str, on: date) -> ReviewRow:
    """The date the report reached the province (for the §11.1 late penalty)."""
    actor = ctx.require(Permission.APPROVE)
    check_event_date(on, "Ирүүлсэн огноо", "Submitted date")
    code = Period.parse(period).code
    with ctx.transaction() as session:
        row = session.scalar(select(PlanPeriodReview).where(PlanPeriodReview.document_id == document_id,
                                                            PlanPeriodReview.period == code))
        if row is None:
            row = PlanPeriodReview(document_id=document_id, period=code, status="open")
            session.add(row)
        before = review_dict(row, document_id, code) if row.id else None
        row.submitted_on = on
        session.flush()
        after = review_dict(row, document_id, code)
        audit.record(session, actor, "plans.period.submitted", "plan_period_review", row.id, before=before,
                     after=after)
        return after
