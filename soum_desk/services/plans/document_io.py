"""Whole-plan export and import (issue 16): the office's table page plus the hidden `SoumDesk`
sheet of `document_xlsx`, which carries every period's entries, evaluator levels and reviews.

Importing such a file into the office it came from changes nothing; into an office without the
plan it creates the same plan. A plan that exists with different content is replaced as a whole
(after a backup), unless it has an approved period — that needs reopening first, as any edit does.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypedDict

from sqlalchemy import select

from soum_desk.db.models.plans import PlanMeasure, PlanPeriodReview
from soum_desk.domain.periods import Period
from soum_desk.domain.roles import Permission
from soum_desk.errors import UserError
from soum_desk.services.core import audit, backup
from soum_desk.services.core.context import AppContext
from soum_desk.services.core.office import own_office
from soum_desk.services.plans import document_xlsx as dx
from soum_desk.services.plans.evidence_links import unlink_for_measures
from soum_desk.services.plans.report import export_xlsx
from soum_desk.services.plans.tree import get_document_row


class DocumentPreview(TypedDict):
    title: str
    year: int
    kind: str
    existing_document: int | None
    action: str  # "create" | "unchanged" | "replace"
    entries: dict[str, int]  # period → entries in the file
    reviews: dict[str, str]  # period → review status in the file
    measures: int


def export_document(ctx: AppContext, document_id: int, out: str | Path, *, period: str | None = None) -> Path:
    """The plan's table page for `period` (default: its year) and the whole-plan sheet, in one XLSX."""
    ctx.require(Permission.READ)
    with ctx.reading() as session:
        year = get_document_row(session, document_id).year
    path = export_xlsx(ctx, period or str(year), out, document_id=document_id)
    with ctx.transaction() as session:
        dx.write_document_xlsx(session, document_id, path)
        audit.record(session, ctx.actor, "plans.export_document", "plan_document", document_id,
                     after={"file": str(path)})
    return path


def _read(path: str | Path) -> dict[str, Any]:
    dump = dx.read_document_sheet(path)
    if dump is None:
        raise UserError("Энэ файл SoumDesk-ийн бүтэн төлөвлөгөөний экспорт биш; хүснэгтийг «Excel-ээс импортлох»-оор "
                        "оруулна уу.",
                        "This file is not a SoumDesk whole-plan export; import the table with «Import from Excel».",
                        where=Path(path).name)
    return dump


def preview_document(ctx: AppContext, path: str | Path) -> DocumentPreview:
    """What importing the file would do (writes nothing)."""
    ctx.require(Permission.WRITE)
    dump = _read(path)
    with ctx.reading() as session:
        doc = dx.find_document(session, dump, own_office(session).id)
        action = "create" if doc is None else "unchanged" if dx.dump_document(session, doc.id) == dump else "replace"
    return {"title": dump["title"], "year": dump["year"], "kind": dump["kind"],
            "existing_document": doc.id if doc else None, "action": action, "entries": dx.count_entries(dump),
            "reviews": {r["period"]: r["status"] for r in dump["reviews"]},
            "measures": sum(len(g["measures"]) for s in dump["sections"] for g in s["goals"])}


def import_document(ctx: AppContext, path: str | Path) -> dict[str, Any]:
    """Write the file's plan; returns {"id", "changed", "evidence_unlinked"}."""
    actor = ctx.require(Permission.WRITE)
    dump = _read(path)
    preview = preview_document(ctx, path)
    if preview["action"] == "unchanged":
        return {"id": preview["existing_document"], "changed": False, "evidence_unlinked": 0}
    backup.backup_before(ctx, "pre-import")
    with ctx.transaction() as session:
        office_id = own_office(session).id
        existing = dx.find_document(session, dump, office_id)
        unlinked: list[dict] = []
        if existing is not None:
            approved = list(session.scalars(select(PlanPeriodReview.period).where(
                PlanPeriodReview.document_id == existing.id, PlanPeriodReview.status == "approved")))
            if approved:
                labels = ", ".join(Period.parse(p).label("mn") for p in sorted(approved))
                raise UserError(f"«{existing.title}»-ийн {labels}-ийн тайлан батлагдсан тул солих боломжгүй; "
                                "эхлээд дахин нээнэ үү.",
                                f"«{existing.title}» has an approved report ({', '.join(sorted(approved))}); "
                                "reopen it before replacing the plan.")
            measure_ids = list(session.scalars(select(PlanMeasure.id).where(PlanMeasure.document_id == existing.id)))
            unlinked = unlink_for_measures(session, measure_ids)
        doc_id, changed = dx.apply_document(session, dump, office_id, actor=actor.username)
        audit.record(session, actor, "plans.import_document", "plan_document", doc_id,
                     after={"file": Path(path).name, "replaced": existing is not None,
                            "entries": dx.count_entries(dump), "evidence_unlinked": len(unlinked)})
        return {"id": doc_id, "changed": changed, "evidence_unlinked": len(unlinked)}
