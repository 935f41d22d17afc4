"""Plan documents and their tree: sections, goals, measures (reads and structure edits).

Progress and reviews: `progress`; averages and score: `scoring`; moving, deleting and
copying: `edit`; import: `imports`; reports: `report`.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from soum_desk.db.models.plans import PlanDocument, PlanGoal, PlanMeasure, PlanSection
from soum_desk.domain.event_dates import check_event_date
from soum_desk.domain.plan_scoring import GROUP_PLAN, READING_LEVEL, READINGS, SCORE_GROUPS, Scale
from soum_desk.domain.plan_timing import parse_target, parse_timing
from soum_desk.domain.report_deadlines import DEFAULT_KIND_RULES, DEFAULT_RULES
from soum_desk.domain.roles import Permission
from soum_desk.errors import NotFound, ValidationError
from soum_desk.services.core import audit, settings
from soum_desk.services.core.context import AppContext
from soum_desk.services.core.office import own_office
from soum_desk.services.plans.evidence_links import unlink_for_measures
from soum_desk.services.plans.rows import (
    DocumentRow,
    GoalNode,
    MeasureRow,
    PlanTree,
    SectionNode,
    SectionRow,
)

KINDS: dict[str, tuple[str, str]] = {
    "annual_plan": ("Жилийн үйл ажиллагааны төлөвлөгөө", "Annual action plan"),
    "governor_programme": ("Засаг даргын үйл ажиллагааны хөтөлбөр", "Governor's action programme"),
    "guidelines": ("Эдийн засаг, нийгмийг хөгжүүлэх үндсэн чиглэл", "Socio-economic guidelines"),
    "result_contract": ("Үр дүнгийн гэрээ", "Result contract"),
    "council_resolution": ("ИТХ-ын тогтоол", "Citizens' council resolution"),
    "ordinance": ("Засаг даргын захирамж", "Governor's ordinance"),
    "other": ("Бусад", "Other"),
}
# §7.4: the annual plan and result contract are evaluated like laws and decisions (§7.2).
KIND_SCALE = {"annual_plan": Scale.LAW, "result_contract": Scale.LAW, "council_resolution": Scale.LAW,
              "ordinance": Scale.LAW, "governor_programme": Scale.POLICY, "guidelines": Scale.POLICY,
              "other": Scale.POLICY}
SECTION_CODES = ["НЭГ", "ХОЁР", "ГУРАВ", "ДӨРӨВ", "ТАВ", "ЗУРГАА", "ДОЛОО", "НАЙМ", "ЕС", "АРАВ"]

settings.register_defaults({
    # Deadlines per period (§10.2: the annual report by 25 November; Annex 1 sets the rest),
    # and per plan kind where it differs (§4.3: a result contract's year report by 10 January).
    # "MM-DD" in the period's year, "+MM-DD" in the next year (domain/report_deadlines).
    "plans.deadlines": dict(DEFAULT_RULES),
    "plans.deadlines_by_kind": {k: dict(v) for k, v in DEFAULT_KIND_RULES.items()},
    "plans.penalty_per_day": 0.05,
    # §7.5 groups of a plan's score: "plan" (one group, the mean of every scored measure — seed 001's
    # «Хэрэгжилтийн дундаж хувь») or "sections" (each section a group with its weight).
    "plans.score_groups": GROUP_PLAN,
    # §7.1 reading: "level" (a measure counts as its level's value 100/70/40/0 — seed 001's practice)
    # or "percent" (its own percent within the level's band). docs/decisions.md.
    "plans.level_reading": READING_LEVEL,
})
settings.register_choices({"plans.score_groups": SCORE_GROUPS, "plans.level_reading": READINGS})

MEASURE_KEYS = ("id", "goal_id", "position", "number", "text", "indicator", "baseline", "target_text",
                "target_value", "target_cmp", "timing_text", "timing_quarters", "timing_ok", "responsible",
                "scale", "weight")
MEASURE_FIELDS = ("number", "text", "indicator", "baseline", "target_text", "timing_text", "responsible",
                  "scale", "weight")


def section_code(index: int) -> str:
    return SECTION_CODES[index] if index < len(SECTION_CODES) else str(index + 1)


def document_dict(doc: PlanDocument) -> DocumentRow:
    return {"id": doc.id, "kind": doc.kind, "kind_label": KINDS.get(doc.kind, (doc.kind,))[0],
            "year": doc.year, "title": doc.title, "act_number": doc.act_number,
            "act_date": doc.act_date.isoformat() if doc.act_date else None, "source_file": doc.source_file}


def measure_dict(m: PlanMeasure) -> MeasureRow:
    return {"id": m.id, "goal_id": m.goal_id, "position": m.position, "number": m.number, "text": m.text,
            "indicator": m.indicator, "baseline": m.baseline, "target_text": m.target_text,
            "target_value": m.target_value, "target_cmp": m.target_cmp, "timing_text": m.timing_text,
            "timing_quarters": m.timing_quarters, "timing_ok": m.timing_ok, "responsible": m.responsible,
            "scale": m.scale, "weight": m.weight}


def apply_measure_fields(m: PlanMeasure, values: dict[str, Any]) -> None:
    """Set fields and the parsed forms of target and timing."""
    for key in MEASURE_FIELDS:
        if key in values:
            setattr(m, key, values[key])
    if not (m.text or "").strip():
        raise ValidationError("Арга хэмжээний текст хоосон байна.", "The measure text is empty.", where="text")
    if m.scale not in (Scale.POLICY.value, Scale.LAW.value):
        raise ValidationError(f"Үнэлгээний аргачлал буруу: {m.scale}.", f"Unknown scale: {m.scale}.",
                              where="scale")
    if m.weight is None or float(m.weight) < 0:
        raise ValidationError("Жин сөрөг байж болохгүй.", "A weight cannot be negative.", where="weight")
    target = parse_target(m.target_text)
    m.target_value, m.target_cmp = target.value, target.comparison
    timing = parse_timing(m.timing_text)
    m.timing_quarters, m.timing_ok = timing.code(), timing.ok


def renumber_in(session: Session, document_id: int) -> None:
    """Sections НЭГ, ХОЁР…; goals 1.1, 1.2…; measures 1, 2, 3… through the document."""
    session.flush()
    sections = session.scalars(select(PlanSection).where(PlanSection.document_id == document_id)
                               .order_by(PlanSection.position, PlanSection.id)).all()
    goals = session.scalars(select(PlanGoal).where(PlanGoal.section_id.in_([s.id for s in sections]))
                            .order_by(PlanGoal.position, PlanGoal.id)).all()
    measures = session.scalars(select(PlanMeasure).where(PlanMeasure.document_id == document_id)
                               .order_by(PlanMeasure.position, PlanMeasure.id)).all()
    number = 0
    for s_index, section in enumerate(sections):
        section.position = s_index
        section.code = section_code(s_index)
        for g_index, goal in enumerate(g for g in goals if g.section_id == section.id):
            goal.position = g_index
            if goal.title:
                goal.code = f"{s_index + 1}.{g_index + 1}"
            for m_index, measure in enumerate(m for m in measures if m.goal_id == goal.id):
                number += 1
                measure.position = m_index
                measure.number = str(number)


def get_document_row(session: Session, document_id: int) -> PlanDocument:
    doc = session.get(PlanDocument, document_id)
    if doc is None:
        raise NotFound(f"Төлөвлөгөө #{document_id} олдсонгүй.", f"Plan #{document_id} not found.")
    return doc


def list_documents(ctx: AppContext, year: int | None = None) -> list[DocumentRow]:
    ctx.require(Permission.READ)
    with ctx.reading() as session:
        query = select(PlanDocument).order_by(PlanDocument.year.desc(), PlanDocument.id)
        if year is not None:
            query = query.where(PlanDocument.year == year)
        return [document_dict(d) for d in session.scalars(query)]


def tree(ctx: AppContext, document_id: int) -> PlanTree:
    """The document with sections → goals → measures, as plain data."""
    ctx.require(Permission.READ)
    with ctx.reading() as session:
        return tree_in(session, document_id)


def tree_in(session: Session, document_id: int) -> PlanTree:
    doc = get_document_row(session, document_id)
    sections: dict[int, SectionNode] = {
        s.id: {"id": s.id, "code": s.code, "title": s.title, "weight": s.weight, "goals": []}
        for s in session.scalars(select(PlanSection).where(PlanSection.document_id == document_id)
                                 .order_by(PlanSection.position))}
    goals: dict[int, GoalNode] = {}
    for g in session.scalars(select(PlanGoal).where(PlanGoal.section_id.in_(sections))
                             .order_by(PlanGoal.position)):
        goals[g.id] = {"id": g.id, "section_id": g.section_id, "code": g.code, "title": g.title, "measures": []}
        sections[g.section_id]["goals"].append(goals[g.id])
    table = PlanMeasure.__table__
    columns = [table.c[name] for name in MEASURE_KEYS]
    keys = tuple(MEASURE_KEYS)
    for values in session.connection().execute(  # Core rows zipped with names, no ORM loading (issue 18)
            select(*columns).where(table.c.document_id == document_id).order_by(table.c.position)).all():
        m = cast(MeasureRow, dict(zip(keys, values, strict=True)))
        goals[m["goal_id"]]["measures"].append(m)
    return {**document_dict(doc), "sections": list(sections.values())}


def create_document(ctx: AppContext, *, kind: str, year: int, title: str, act_number: str | None = None,
                    act_date: date | None = None) -> DocumentRow:
    actor = ctx.require(Permission.WRITE)
    if kind not in KINDS:
        raise ValidationError(f"Баримт бичгийн төрөл буруу: {kind}.", f"Unknown document kind: {kind}.",
                              where="kind")
    if not title.strip():
        raise ValidationError("Гарчиг хоосон байна.", "The title is empty.", where="title")
    check_event_date(act_date, "Баталсан огноо", "Act date")
    with ctx.transaction() as session:
        doc = PlanDocument(office_id=own_office(session).id, kind=kind, year=year, title=title.strip(),
                           act_number=act_number, act_date=act_date, created_at=datetime.now())
        session.add(doc)
        session.flush()
        audit.record(session, actor, "plans.document.create", "plan_document", doc.id, after=document_dict(doc))
        return document_dict(doc)


def update_document(ctx: AppContext, document_id: int, **changes: Any) -> DocumentRow:
    actor = ctx.require(Permission.WRITE)
    check_event_date(changes.get("act_date"), "Баталсан огноо", "Act date")
    with ctx.transaction() as session:
        doc = get_document_row(session, document_id)
        before = document_dict(doc)
        for key, value in changes.items():
            if key not in {"kind", "year", "title", "act_number", "act_date"}:
                raise ValidationError(f"Өөрчлөх боломжгүй талбар: {key}", f"Field cannot be changed: {key}")
            setattr(doc, key, value)
        audit.record(session, actor, "plans.document.update", "plan_document", doc.id, before=before,
                     after=document_dict(doc))
        return document_dict(doc)


def delete_document(ctx: AppContext, document_id: int) -> None:
    actor = ctx.require(Permission.WRITE)
    with ctx.transaction() as session:
        doc = get_document_row(session, document_id)
        measure_ids = list(session.scalars(select(PlanMeasure.id).where(PlanMeasure.document_id == document_id)))
        before = {**tree_in(session, document_id), "evidence_unlinked": unlink_for_measures(session, measure_ids)}
        session.delete(doc)
        audit.record(session, actor, "plans.document.delete", "plan_document", document_id, before=before)


def add_section(ctx: AppContext, document_id: int, title: str, code: str | None = None) -> SectionRow:
    actor = ctx.require(Permission.WRITE)
    with ctx.transaction() as session:
        get_document_row(session, document_id)
        count = len(session.scalars(select(PlanSection.id).where(PlanSection.document_id == document_id)).all())
        section = PlanSection(document_id=document_id, position=count, code=code or section_code(count),
                              title=title.strip(), weight=1.0)
        session.add(section)
        session.flush()
        after: SectionRow = {"id": section.id, "code": section.code, "title": section.title}
        audit.record(session, actor, "plans.section.create", "plan_section", section.id, after=after)
        return after


def set_section_weight(ctx: AppContext, section_id: int, weight: float) -> SectionRow:
    """A section's §7.5 weight (counted when `plans.score_groups` is "sections"); audited."""
    actor = ctx.require(Permission.WRITE)
    if not weight >= 0:  # also refuses NaN
        raise ValidationError("Жин сөрөг байж болохгүй.", "A weight cannot be negative.", where="weight")
    with ctx.transaction() as session:
        section = session.get(PlanSection, section_id)
        if section is None:
            raise NotFound(f"Бүлэг #{section_id} олдсонгүй.", f"Section #{section_id} not found.")
        before = {"weight": section.weight}
        section.weight = float(weight)
        audit.record(session, actor, "plans.section.weight", "plan_section", section.id, before=before,
                     after={"weight": section.weight})
        return {"id": section.id, "code": section.code, "title": section.title}


def add_goal(ctx: AppContext, section_id: int, title: str, code: str | None = None) -> SectionRow:
    actor = ctx.require(Permission.WRITE)
    with ctx.transaction() as session:
        section = session.get(PlanSection, section_id)
        if section is None:
            raise NotFound(f"Бүлэг #{section_id} олдсонгүй.", f"Section #{section_id} not found.")
        count = len(section.goals)
        goal = PlanGoal(section_id=section_id, position=count,
                        code=code if code is not None else f"{section.position + 1}.{count + 1}",
                        title=title.strip())
        session.add(goal)
        session.flush()
        after: SectionRow = {"id": goal.id, "code": goal.code, "title": goal.title}
        audit.record(session, actor, "plans.goal.create", "plan_goal", goal.id, after=after)
        return after


def add_measure(ctx: AppContext, goal_id: int, values: dict[str, Any]) -> MeasureRow:
    actor = ctx.require(Permission.WRITE)
    with ctx.transaction() as session:
        goal = session.get(PlanGoal, goal_id)
        if goal is None:
            raise NotFound(f"Зорилт #{goal_id} олдсонгүй.", f"Goal #{goal_id} not found.")
        doc = goal.section.document
        measure = PlanMeasure(document_id=doc.id, goal_id=goal_id, position=len(goal.measures),
                              number=str(values.get("number") or ""), text="",
                              scale=values.get("scale") or KIND_SCALE.get(doc.kind, Scale.POLICY).value,
                              weight=1.0)
        apply_measure_fields(measure, {k: v for k, v in values.items() if k != "scale"})
        session.add(measure)
        session.flush()
        if not measure.number:
            renumber_in(session, doc.id)
        audit.record(session, actor, "plans.measure.create", "plan_measure", measure.id, after=measure_dict(measure))
        return measure_dict(measure)


def update_measure(ctx: AppContext, measure_id: int, values: dict[str, Any]) -> MeasureRow:
    actor = ctx.require(Permission.WRITE)
    with ctx.transaction() as session:
        measure = session.get(PlanMeasure, measure_id)
        if measure is None:
            raise NotFound(f"Арга хэмжээ #{measure_id} олдсонгүй.", f"Measure #{measure_id} not found.")
        before = measure_dict(measure)
        apply_measure_fields(measure, values)
        audit.record(session, actor, "plans.measure.update", "plan_measure", measure.id, before=before,
                     after=measure_dict(measure))
        return measure_dict(measure)
