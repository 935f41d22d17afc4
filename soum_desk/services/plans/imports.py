"""Importing a plan table: preview first (nothing written), then apply in one transaction.

A file is matched to an existing plan by year and title; sections, goals and
measures are matched by their text, so importing the same file again (or an
exported file) updates in place and never duplicates.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from soum_desk.db.models.plans import (
    PlanDocument,
    PlanGoal,
    PlanMeasure,
    PlanPeriodReview,
    PlanProgress,
    PlanSection,
)
from soum_desk.domain import plan_scoring as ps
from soum_desk.domain.formatting import format_percent
from soum_desk.domain.periods import Period
from soum_desk.domain.roles import Permission
from soum_desk.errors import UserError
from soum_desk.importers.plan_cells import normalise
from soum_desk.importers.plan_shape import ParsedMeasure, ParsedPlan
from soum_desk.importers.plan_xlsx import read_plan
from soum_desk.importers.shape import RowProblem
from soum_desk.services.core import audit, backup
from soum_desk.services.core.context import AppContext
from soum_desk.services.core.importing import ImportPreview
from soum_desk.services.core.office import own_office
from soum_desk.services.plans.progress import check_unlocked, locking_review, upsert_progress
from soum_desk.services.plans.rows import ImportResult
from soum_desk.services.plans.scoring import level_reading, score_groups
from soum_desk.services.plans.tree import (
    KIND_SCALE,
    apply_measure_fields,
    document_dict,
    measure_dict,
    renumber_in,
)


@dataclass
class PlanImportPreview(ImportPreview[ParsedMeasure]):
    """The core preview: `new` are the measures the import creates or changes, `duplicates` those
    already in the plan as they are; plus the plan it would update and whether its period is locked."""

    parsed: ParsedPlan
    period: str | None = None
    document_id: int | None = None
    locked: bool = False
    computed_average: float | None = None  # the table's own percents, as the office scores them

    @property
    def plan(self) -> ParsedPlan:
        return self.parsed

    def summary(self) -> dict[str, object]:
        p = self.plan
        return {**super().summary(), "sheet": p.sheet, "title": p.title, "year": p.year, "kind": p.kind,
                "period": self.period, "existing_document": self.document_id, "sections": len(p.sections),
                "goals": sum(len(s.goals) for s in p.sections), "measures": len(p.measures),
                "html_cells_cleaned": p.html_cells, "declared_average": p.declared_average,
                "computed_average": None if self.computed_average is None else round(self.computed_average, 2),
                "declared_differs": ps.declared_differs(p.declared_average, self.computed_average),
                "locked": self.locked,
                "problems": [{**x.as_dict(), "where": _where(x)} for x in self.problems]}


def _where(problem: RowProblem) -> str:
    """«Тайлан, мөр/row 8, багана/column H»: both languages, as the import dialog and the CLI show it."""
    where = f"{problem.sheet}, мөр/row {problem.row}"
    return where + (f", багана/column {problem.column}" if problem.column else "")


def _key(*parts: str) -> str:
    return "|".join(normalise(x or "") for x in parts)


def _find_document(session: Session, plan: ParsedPlan) -> PlanDocument | None:
    wanted = normalise(plan.title)
    for doc in session.scalars(select(PlanDocument).where(PlanDocument.year == plan.year)):
        if normalise(doc.title) == wanted:
            return doc
    return None


def _measure_values(m: ParsedMeasure, default_scale: str) -> dict:
    return {"number": m.number, "text": m.text, "indicator": m.indicator or None, "baseline": m.baseline or None,
            "target_text": m.target_text or None, "timing_text": m.timing_text or None,
            "responsible": m.responsible or None, "scale": m.scale or default_scale,
            "weight": m.weight if m.weight is not None else 1.0}


@dataclass
class _Existing:
    """The document's sections, goals and measures by their keys (text, not position)."""

    sections: dict[str, PlanSection] = field(default_factory=dict)
    goals: dict[str, PlanGoal] = field(default_factory=dict)
    measures: dict[str, list[PlanMeasure]] = field(default_factory=dict)  # in position order

    def take(self, key: str) -> PlanMeasure | None:
        """The next measure with this key not yet matched: two measures of one goal with the same text
        are matched in order, so that the file's second never updates the plan's first (or the first twice)."""
        rows = self.measures.get(key)
        return rows.pop(0) if rows else None


def _existing(session: Session, doc: PlanDocument | None) -> _Existing:
    """Key → row for every section, goal and measure of `doc`."""
    index = _Existing()
    if doc is None:
        return index
    for s in session.scalars(select(PlanSection).where(PlanSection.document_id == doc.id)):
        skey = _key(s.code, s.title)
        index.sections[skey] = s
        for g in s.goals:
            gkey = f"{skey}#{_key(g.code, g.title)}"
            index.goals[gkey] = g
            for m in g.measures:
                index.measures.setdefault(f"{gkey}#{_key(m.text)}", []).append(m)
    return index


def import_preview(ctx: AppContext, path: str | Path, *, year: int | None = None, period: str | None = None,
                   progress: Callable[[int, int], bool] | None = None) -> PlanImportPreview:
    """Read and check the file; count what would be created or changed. Writes nothing."""
    ctx.require(Permission.WRITE)
    plan = read_plan(path, year=year, progress=progress)
    period_code = Period.parse(period).code if period else plan.period
    preview = PlanImportPreview(plan, problems=list(plan.problems), period=period_code)
    counts = dict.fromkeys(("new_sections", "new_goals", "new_measures", "updated_measures",
                            "unchanged_measures", "progress_entries"), 0)
    with ctx.reading() as session:
        doc = _find_document(session, plan)
        preview.document_id = doc.id if doc else None
        index = _existing(session, doc)
        for s in plan.sections:
            skey = _key(s.code, s.title)
            counts["new_sections"] += skey not in index.sections
            for g in s.goals:
                gkey = f"{skey}#{_key(g.code, g.title)}"
                counts["new_goals"] += gkey not in index.goals
                for m in g.measures:
                    row = index.take(f"{gkey}#{_key(m.text)}")
                    if row is None:
                        counts["new_measures"] += 1
                        preview.new.append(m)
                    else:
                        values = _measure_values(m, row.scale if m.scale is None else m.scale)
                        same = all(getattr(row, k) == v for k, v in values.items())
                        counts["unchanged_measures" if same else "updated_measures"] += 1
                        (preview.duplicates if same else preview.new).append(m)
                    counts["progress_entries"] += bool(period_code and (m.narrative or m.percent is not None))
        if doc is not None and period_code:
            preview.locked = locking_review(session, doc.id, Period.parse(period_code)) is not None
        default_scale = KIND_SCALE.get(doc.kind if doc else plan.kind, KIND_SCALE["other"]).value
        preview.computed_average = _table_average(plan, index, score_groups(session), level_reading(session),
                                                  default_scale)
    warning = _declared_warning(plan, preview.computed_average)
    if warning is not None:
        preview.problems.append(warning)
    preview.counts = counts
    return preview


def _table_average(plan: ParsedPlan, index: _Existing, grouping: str, reading: str,
                   default_scale: str) -> float | None:
    """The plan's §7.5 percent from the table's own percents, read as the office reads §7.1
    (sections keep the weights they have in the plan)."""
    sections = []
    for s in plan.sections:
        existing = index.sections.get(_key(s.code, s.title))
        weight = existing.weight if existing is not None else 1.0
        sections.append((weight, [(ps.counted_percent(m.scale or default_scale, None, m.percent, reading),
                                   m.weight if m.weight is not None else 1.0)
                                  for g in s.goals for m in g.measures]))
    return ps.plan_percent(sections, grouping)


def _declared_warning(plan: ParsedPlan, computed: float | None) -> RowProblem | None:
    """A warning on the table's average row when the average it writes is not its percents' average."""
    declared = plan.declared_average
    if declared is None or computed is None or not ps.declared_differs(declared, computed):
        return None
    return RowProblem(plan.sheet, plan.declared_average_row, "",
                      f"Хүснэгтэд бичсэн дундаж {format_percent(declared)} хувь нь хувиудаас тооцсон "
                      f"{format_percent(computed)} хувиас зөрүүтэй; тайланд тооцсон дунджийг хэрэглэнэ.",
                      f"The table's written average, {declared:g} %, differs from the average of its percents, "
                      f"{computed:.2f} %; the report uses the computed one.", "warning")


def import_commit(ctx: AppContext, preview: PlanImportPreview) -> ImportResult:
    """Write the previewed plan in one transaction (all or nothing)."""
    actor = ctx.require(Permission.WRITE)
    plan = preview.plan
    backup.backup_before(ctx, "pre-import")  # README: every import makes a backup first
    if not plan.measures:
        raise UserError("Файлаас нэг ч арга хэмжээ уншигдсангүй; юу ч бичээгүй.",
                        "No measure could be read from the file; nothing was written.", where=plan.path.name)
    if preview.locked:
        raise UserError(f"{preview.period}-ийн тайлан батлагдсан тул импортлох боломжгүй.",
                        f"The report for {preview.period} is approved; it cannot be imported over.")
    with ctx.transaction() as session:
        doc = _find_document(session, plan)
        created = doc is None
        if doc is None:
            doc = PlanDocument(office_id=own_office(session).id, kind=plan.kind, year=plan.year,
                               title=plan.title, act_number=plan.act_number, created_at=datetime.now(),
                               source_file=plan.path.name)
            session.add(doc)
            session.flush()
        index = _existing(session, doc)
        default_scale = KIND_SCALE.get(doc.kind, KIND_SCALE["other"]).value
        period = Period.parse(preview.period) if preview.period else None
        if period is not None:
            check_unlocked(session, doc.id, period)
        existing_progress = {p.measure_id: p for p in session.scalars(
            select(PlanProgress).join(PlanMeasure, PlanMeasure.id == PlanProgress.measure_id)
            .where(PlanMeasure.document_id == doc.id, PlanProgress.period == (period.code if period else "")))}
        batch: dict = {"rows": existing_progress, "changes": []}
        measure_changes: list[dict] = []
        structure: list[dict] = []
        changed = 0
        for s_pos, s in enumerate(plan.sections):
            skey = _key(s.code, s.title)
            section = index.sections.get(skey) or PlanSection(document_id=doc.id, code=s.code, title=s.title, weight=1.0)
            section.position = s_pos
            session.add(section)
            session.flush()
            if skey not in index.sections:
                structure.append({"section": section.id, "code": s.code, "title": s.title})
            for g_pos, g in enumerate(s.goals):
                gkey = f"{skey}#{_key(g.code, g.title)}"
                goal = index.goals.get(gkey) or PlanGoal(section_id=section.id, code=g.code, title=g.title)
                goal.position, goal.code, goal.title = g_pos, g.code, g.title  # as the file writes them
                session.add(goal)
                session.flush()
                if gkey not in index.goals:
                    structure.append({"goal": goal.id, "code": g.code, "title": g.title})
                for m_pos, m in enumerate(g.measures):
                    row = index.take(f"{gkey}#{_key(m.text)}")
                    before = None
                    if row is None:
                        row = PlanMeasure(document_id=doc.id, goal_id=goal.id, number="", text="",
                                          scale=default_scale, weight=1.0)
                        session.add(row)
                    else:
                        before = {k: getattr(row, k) for k in ("number", "text", "indicator", "baseline",
                                                               "target_text", "timing_text", "responsible",
                                                               "scale", "weight")}
                    apply_measure_fields(row, _measure_values(m, m.scale or row.scale or default_scale))
                    row.position, row.goal_id = m_pos, goal.id
                    session.flush()
                    after = {k: getattr(row, k) for k in (before or {})} if before else None
                    if before is None or before != after:
                        changed += 1
                        measure_changes.append({"id": row.id, "before": before,
                                                "after": after or measure_dict(row)})
                    if period and (m.narrative or m.percent is not None):
                        upsert_progress(session, actor, row, period,
                                        {"narrative": m.narrative or None, "self_percent": m.percent}, batch=batch)
        if not any(m.number for m in plan.measures):
            renumber_in(session, doc.id)
        if period is not None and plan.declared_average is not None:
            _keep_declared_average(session, doc.id, period.code, plan.declared_average)
        result: ImportResult = {**document_dict(doc), "created": created, "changed_measures": changed,
                                "period": preview.period}
        # one audit entry listing every measure and progress entry the import created or changed
        audit.record(session, actor, "plans.import", "plan_document", doc.id,
                     after={"file": plan.path.name, "sha256": plan.sha256, "created": created,
                            "changed_measures": changed, "period": preview.period,
                            "new_sections_goals": structure, "measures": measure_changes,
                            "progress": batch["changes"]})
        return result


def _keep_declared_average(session: Session, document_id: int, period: str, value: float) -> None:
    """Remember the table's written average for the period, so the report can show a disagreement."""
    review = session.scalar(select(PlanPeriodReview).where(PlanPeriodReview.document_id == document_id,
                                                           PlanPeriodReview.period == period))
    if review is None:
        review = PlanPeriodReview(document_id=document_id, period=period, status="open")
        session.add(review)
    review.declared_average = value


def import_file(ctx: AppContext, path: str | Path, *, year: int | None = None, period: str | None = None) -> dict:
    """Preview and commit at once (scripts and tests): {"preview": summary, "result": the plan}."""
    preview = import_preview(ctx, path, year=year, period=period)
    return {"preview": preview.summary(), "result": import_commit(ctx, preview)}
