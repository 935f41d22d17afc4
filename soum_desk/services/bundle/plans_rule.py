"""One approval for export: approving a period for the bundle approves its plan reports too.

The head approves a period once (`bundle_export.approve_period`); in that same transaction
every plan of the period's year whose report for the period is not yet approved (by itself or
by an approved longer period that contains it) is approved, which makes it read-only as the
plans area does. Export checks both again, so a plan report reopened after the approval
stops the export until the head approves it again.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from soum_desk.db.models.plans import PlanDocument, PlanPeriodReview
from soum_desk.domain.periods import Period
from soum_desk.services.core import audit
from soum_desk.services.core.context import Actor
from soum_desk.services.plans.progress import locking_review, review_dict


def unapproved_plans(session: Session, period: Period) -> list[tuple[int, str]]:
    """(id, title) of the year's plans whose report for `period` is not approved."""
    docs = session.execute(select(PlanDocument.id, PlanDocument.title).where(PlanDocument.year == period.year)
                           .order_by(PlanDocument.id)).all()
    return [(d, t) for d, t in docs if locking_review(session, d, period) is None]


def approve_plans_in(session: Session, actor: Actor, period: Period) -> list[int]:
    """Approve the period's plan reports that are still open; returns the plan ids approved."""
    approved = []
    now = datetime.now()
    for doc_id, _ in unapproved_plans(session, period):
        row = session.scalar(select(PlanPeriodReview).where(PlanPeriodReview.document_id == doc_id,
                                                            PlanPeriodReview.period == period.code))
        before = review_dict(row, doc_id, period.code)
        if row is None:
            row = PlanPeriodReview(document_id=doc_id, period=period.code, status="open")
            session.add(row)
        if row.reviewed_at is None:
            row.reviewed_by, row.reviewed_at = actor.username, now
        row.approved_by, row.approved_at, row.status = actor.username, now, "approved"
        session.flush()
        audit.record(session, actor, "plans.period.approve", "plan_period_review", row.id, before=before,
                     after=review_dict(row, doc_id, period.code) | {"via": "bundle.approve_period"})
        approved.append(doc_id)
    return approved
