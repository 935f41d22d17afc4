"""The links between progress entries and their evidence files (no writes of their own).

Kept apart from `evidence` (attaching, which needs `progress`) so that deleting a plan's
tree (`tree`, `edit`) can drop the links without importing the progress module.
"""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from soum_desk.db.models import Attachment
from soum_desk.db.models.plans import PlanProgress

ENTITY = "plan_progress"


def evidence_of(session: Session, progress_ids: list[int]) -> list[dict]:
    """Links of these entries (for the bundle and for deletions)."""
    if not progress_ids:
        return []
    keys = [str(i) for i in progress_ids]
    rows = session.scalars(select(Attachment).where(Attachment.entity == ENTITY, Attachment.entity_id.in_(keys)))
    return [{"id": r.id, "progress_id": int(r.entity_id), "sha256": r.sha256, "filename": r.filename,
             "mime": r.mime, "size": r.size} for r in rows]


def unlink_for_measures(session: Session, measure_ids: list[int]) -> list[dict]:
    """Remove the evidence links of these measures' entries (the files stay: others may share them)."""
    if not measure_ids:
        return []
    progress_ids = list(session.scalars(select(PlanProgress.id).where(PlanProgress.measure_id.in_(measure_ids))))
    links = evidence_of(session, progress_ids)
    if links:
        session.execute(delete(Attachment).where(Attachment.id.in_([link["id"] for link in links])))
    return links
