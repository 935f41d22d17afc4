"""The head corrects an entry of an approved period: what was done, the percent, the evaluation.

An approved period is read-only for everyone (see `progress`); a wrong figure found after approval
would otherwise need the whole period reopened. The correction leaves the approval standing and
writes one audit entry with the entry before, after and the reason. Scores, reports and the next
bundle read the entry itself, so they follow.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from soum_desk.db.models.plans import PlanMeasure, PlanProgress
from soum_desk.domain import plan_scoring
from soum_desk.domain.periods import Period
from soum_desk.domain.roles import Permission
from soum_desk.errors import NotFound, ValidationError
from soum_desk.services.core import audit
from soum_desk.services.core.context import AppContext
from soum_desk.services.plans.progress import evaluation_columns, locking_review, progress_dict
from soum_desk.services.plans.rows import ProgressRow

REASON_FIELD = "Залруулгын шалтгаан / Reason"


def correct_entry(ctx: AppContext, measure_id: int, period: str, *, reason: str, narrative: str | None = None,
                  self_percent: float | None = None, level: str | None = None,
                  eval_percent: float | None = None) -> ProgressRow:
    """Correct an approved period's entry; a value left None stays as it was.

    A new `level` is re-evaluated (its percent inside the level's band, or the level's default) and
    signed by the head; `eval_percent` alone moves the percent inside the current level's band.
    """
    actor = ctx.require(Permission.APPROVE)
    if not (reason or "").strip():
        raise ValidationError("Залруулгын шалтгааныг бичнэ үү.", "Enter the reason for the correction.",
                              where=REASON_FIELD)
    if narrative is None and self_percent is None and level is None and eval_percent is None:
        raise ValidationError("Залруулах утгаа өгнө үү.", "Give the corrected values.", where=REASON_FIELD)
    p = Period.parse(period)
    with ctx.transaction() as session:
        measure = session.get(PlanMeasure, measure_id)
        if measure is None:
            raise NotFound(f"Арга хэмжээ #{measure_id} олдсонгүй.", f"Measure #{measure_id} not found.")
        if locking_review(session, measure.document_id, p) is None:
            raise ValidationError(
                f"{p.label('mn')}-ийн тайлан батлагдаагүй: хэрэгжилтийг ердийнхөөрөө засна.",
                f"The report for {p.label('en')} is not approved: edit the entry as usual.", where=p.code)
        row = session.scalar(select(PlanProgress).where(PlanProgress.measure_id == measure.id,
                                                        PlanProgress.period == p.code))
        if row is None:
            raise NotFound(f"№{measure_id} арга хэмжээнд {p.label('mn')}-д оруулсан хэрэгжилт алга.",
                           f"Measure #{measure_id} has no entry for {p.label('en')}.", where=p.code)
        before = progress_dict(row)
        if narrative is not None:
            row.narrative = narrative.strip() or None
        if self_percent is not None:
            row.self_percent = plan_scoring.check_percent(self_percent, "self_percent")
        if level is not None:
            for key, value in evaluation_columns(actor, measure, level, eval_percent, None, None).items():
                setattr(row, key, value)
        elif eval_percent is not None:
            if row.level is None:
                raise ValidationError("Үнэлгээний түвшинг сонгоно уу.", "Choose the evaluation level.",
                                      where="Үнэлгээ / Evaluation")
            row.eval_percent = plan_scoring.evaluate(row.level, eval_percent)
        after = progress_dict(row)
        if after == before:
            raise ValidationError("Нэг ч утга өөрчлөгдөөгүй.", "Nothing was changed.", where=REASON_FIELD)
        row.updated_at, row.updated_by = datetime.now(), actor.username
        session.flush()
        audit.record(session, actor, "plans.progress.correct", "plan_progress", row.id, before=before,
                     after={**after, "reason": reason.strip()})
        return after
