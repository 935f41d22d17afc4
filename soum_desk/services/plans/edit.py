"""Editing a plan's tree: rename, delete, move, renumber, copy a plan from last year."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from soum_desk.db.models.plans import PlanDocument, PlanGoal, PlanMeasure, PlanSection
from soum_desk.domain.roles import Permission
from soum_desk.errors import NotFound, ValidationError
from soum_desk.services.core import audit
from soum_desk.services.core.context import AppContext
from soum_desk.services.plans.evidence_links import unlink_for_measures
from soum_desk.services.plans.rows import DocumentRow
from soum_desk.services.plans.tree import document_dict, get_document_row, renumber_in

MODELS: dict[str, type[PlanSection] | type[PlanGoal] | type[PlanMeasure]] = {
    "section": PlanSection, "goal": PlanGoal, "measure": PlanMeasure}
Item = PlanSection | PlanGoal | PlanMeasure


def _row(session: Session, kind: str, item_id: int) -> Any:  # the model of `kind`: callers know which
    model = MODELS.get(kind)
    row = session.get(model, item_id) if model else None
    if row is None:
        raise NotFound(f"{kind} #{item_id} олдсонгүй.", f"{kind} #{item_id} not found.")
    return row


def _siblings(session: Session, row: Item) -> list[Item]:
    if isinstance(row, PlanSection):
        return list(session.scalars(select(PlanSection).where(PlanSection.document_id == row.document_id)
                                    .order_by(PlanSection.position, PlanSection.id)))
    if isinstance(row, PlanGoal):
        return list(session.scalars(select(PlanGoal).where(PlanGoal.section_id == row.section_id)
                                    .order_by(PlanGoal.position, PlanGoal.id)))
    return list(session.scalars(select(PlanMeasure).where(PlanMeasure.goal_id == row.goal_id)
                                .order_by(PlanMeasure.position, PlanMeasure.id)))


def _measures_under(session: Session, row: Item) -> list[int]:
    if isinstance(row, PlanMeasure):
        return [row.id]
    query = select(PlanMeasure.id).join(PlanGoal, PlanGoal.id == PlanMeasure.goal_id)
    if isinstance(row, PlanGoal):
        return list(session.scalars(query.where(PlanGoal.id == row.id)))
    return list(session.scalars(query.where(PlanGoal.section_id == row.id)))


def _document_id(row: Item) -> int:
    if isinstance(row, PlanSection | PlanMeasure):
        return row.document_id
    return row.section.document_id


def rename(ctx: AppContext, kind: str, item_id: int, title: str, code: str | None = None) -> None:
    """Change a section's or goal's title (and code)."""
    actor = ctx.require(Permission.WRITE)
    if kind not in ("section", "goal") or not title.strip():
        raise ValidationError("Гарчиг хоосон байна.", "The title is empty.", where="title")
    with ctx.transaction() as session:
        row = _row(session, kind, item_id)
        before = {"code": row.code, "title": row.title}
        row.title = title.strip()
        if code is not None:
            row.code = code.strip()
        audit.record(session, actor, f"plans.{kind}.update", f"plan_{kind}", item_id, before=before,
                     after={"code": row.code, "title": row.title})


def delete_item(ctx: AppContext, kind: str, item_id: int) -> None:
    """Delete a section, goal or measure with everything under it (progress too), audited."""
    actor = ctx.require(Permission.WRITE)
    with ctx.transaction() as session:
        row = _row(session, kind, item_id)
        doc_id = _document_id(row)
        before = {c.name: getattr(row, c.name) for c in row.__table__.columns}
        before["evidence_unlinked"] = unlink_for_measures(session, _measures_under(session, row))
        session.delete(row)
        session.flush()
        for index, sibling in enumerate(s for s in _siblings(session, row) if s.id != item_id):
            sibling.position = index
        renumber_in(session, doc_id)
        audit.record(session, actor, f"plans.{kind}.delete", f"plan_{kind}", item_id, before=before)


def move(ctx: AppContext, kind: str, item_id: int, delta: int = 0, *, to_goal: int | None = None) -> None:
    """Move an item up (delta −1) or down (+1) among its siblings, or a measure to another goal."""
    actor = ctx.require(Permission.WRITE)
    with ctx.transaction() as session:
        row = _row(session, kind, item_id)
        before = {"position": row.position, "parent": getattr(row, "goal_id", None)}
        if to_goal is not None:
            if not isinstance(row, PlanMeasure):
                raise ValidationError("Зөвхөн арга хэмжээг өөр зорилт руу зөөнө.",
                                      "Only a measure can move to another goal.")
            goal = _row(session, "goal", to_goal)
            if goal.section.document_id != row.document_id:
                raise ValidationError("Өөр төлөвлөгөө рүү зөөх боломжгүй.", "Cannot move into another plan.")
            old = [s for s in _siblings(session, row) if s.id != row.id]
            for index, sibling in enumerate(old):
                sibling.position = index
            row.goal_id = to_goal
            row.position = len(goal.measures)
        else:
            siblings = _siblings(session, row)
            index = siblings.index(row)
            target = max(0, min(len(siblings) - 1, index + delta))
            siblings.insert(target, siblings.pop(index))
            for pos, sibling in enumerate(siblings):
                sibling.position = pos
        session.flush()
        renumber_in(session, _document_id(row))
        audit.record(session, actor, f"plans.{kind}.move", f"plan_{kind}", item_id, before=before,
                     after={"position": row.position, "parent": getattr(row, "goal_id", None)})


def renumber(ctx: AppContext, document_id: int) -> None:
    actor = ctx.require(Permission.WRITE)
    with ctx.transaction() as session:
        get_document_row(session, document_id)
        renumber_in(session, document_id)
        audit.record(session, actor, "plans.document.renumber", "plan_document", document_id)


def copy_document(ctx: AppContext, document_id: int, year: int, title: str | None = None) -> DocumentRow:
    """A new plan for `year` with the same sections, goals and measures, without progress."""
    actor = ctx.require(Permission.WRITE)
    with ctx.transaction() as session:
        src = get_document_row(session, document_id)
        new_title = title or src.title.replace(str(src.year), str(year))
        doc = PlanDocument(office_id=src.office_id, kind=src.kind, year=year, title=new_title,
                           created_at=datetime.now())
        session.add(doc)
        session.flush()
        for section in src.sections:
            new_section = PlanSection(document_id=doc.id, position=section.position, code=section.code,
                                      title=section.title, weight=section.weight)
            session.add(new_section)
            session.flush()
            for goal in section.goals:
                new_goal = PlanGoal(section_id=new_section.id, position=goal.position, code=goal.code,
                                    title=goal.title)
                session.add(new_goal)
                session.flush()
                for m in goal.measures:
                    session.add(PlanMeasure(
                        document_id=doc.id, goal_id=new_goal.id, position=m.position, number=m.number,
                        text=m.text, indicator=m.indicator, baseline=m.baseline, target_text=m.target_text,
                        target_value=m.target_value, target_cmp=m.target_cmp, timing_text=m.timing_text,
                        timing_quarters=m.timing_quarters, timing_ok=m.timing_ok, responsible=m.responsible,
                        scale=m.scale, weight=m.weight))
        session.flush()
        audit.record(session, actor, "plans.document.copy", "plan_document", doc.id,
                     before={"source": document_id}, after=document_dict(doc))
        return document_dict(doc)
