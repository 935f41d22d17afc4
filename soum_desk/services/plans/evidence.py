"""Evidence files for a measure's entry in a period, kept in the shared attachment store.

A file is linked to the progress entry (entity "plan_progress"); attaching to a
measure that has no entry yet for the period creates an empty one. Approved
periods refuse new evidence like any other change.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from soum_desk.db.models.plans import PlanMeasure, PlanProgress
from soum_desk.domain.periods import Period
from soum_desk.domain.roles import Permission
from soum_desk.errors import NotFound
from soum_desk.services.core import attachments, settings
from soum_desk.services.core.context import AppContext
from soum_desk.services.plans.evidence_links import ENTITY
from soum_desk.services.plans.progress import check_unlocked, upsert_progress


def attach_evidence(ctx: AppContext, measure_id: int, period: str, path: str | Path) -> dict:
    """Store the file and link it to the measure's entry for `period`, in one transaction."""
    actor = ctx.require(Permission.WRITE)
    p = Period.parse(period)
    with ctx.transaction() as session:
        measure = session.get(PlanMeasure, measure_id)
        if measure is None:
            raise NotFound(f"Арга хэмжээ #{measure_id} олдсонгүй.", f"Measure #{measure_id} not found.")
        check_unlocked(session, measure.document_id, p)
        row = session.scalar(select(PlanProgress).where(PlanProgress.measure_id == measure_id,
                                                        PlanProgress.period == p.code))
        if row is None:
            row = upsert_progress(session, actor, measure, p, {})
        max_mb = int(settings.get_value(session, "attachments.max_mb"))
        return attachments.store_in(session, actor, ctx.paths.attachments_dir, Path(path), entity=ENTITY,
                                    entity_id=row.id, max_mb=max_mb)


def list_evidence(ctx: AppContext, measure_id: int, period: str) -> list[dict]:
    ctx.require(Permission.READ)
    with ctx.reading() as session:
        progress_id = session.scalar(select(PlanProgress.id).where(
            PlanProgress.measure_id == measure_id, PlanProgress.period == Period.parse(period).code))
    return [] if progress_id is None else attachments.list_attachments(ctx, ENTITY, progress_id)
