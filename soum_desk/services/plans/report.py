"""Making the plan-execution report (PDF or XLSX) and the XLSX export for one document and period."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from soum_desk.db.models import User
from soum_desk.db.models.plans import PlanDocument, PlanPeriodReview
from soum_desk.domain.periods import Period
from soum_desk.domain.roles import Permission, Role
from soum_desk.errors import NotFound, ValidationError
from soum_desk.reports.common import SIGNATURE_LABELS, ReportHeader, Signature
from soum_desk.services.core import audit
from soum_desk.services.core.context import Actor, AppContext
from soum_desk.services.core.office import own_office
from soum_desk.services.plans.scoring import compute_in

FORMATS = ("pdf", "xlsx")


def resolve_document(session: Session, period: Period, document_id: int | None) -> int:
    if document_id is not None:
        return document_id
    ids = list(session.scalars(select(PlanDocument.id).where(PlanDocument.year == period.year)))
    if not ids:
        raise NotFound(f"{period.year} оны төлөвлөгөө алга.", f"There is no plan for {period.year}.")
    if len(ids) > 1:
        raise ValidationError(f"{period.year} онд {len(ids)} төлөвлөгөө байна; --document {ids}-ийн аль нэгийг өгнө үү.",
                              f"{period.year} has {len(ids)} plans; choose one with --document {ids}.",
                              where="--document")
    return ids[0]


def _person(session: Session, username: str | None, role: Role | None = None) -> tuple[str, str]:
    user = None
    if username:
        user = session.scalar(select(User).where(User.username == username))
    if user is None and role is not None:
        user = session.scalar(select(User).where(User.role == role.value, User.active).order_by(User.id))
    if user is None:
        return "", ""
    return (user.position or "").upper(), user.full_name.upper()


def signatures_for(session: Session, document_id: int, period: Period, actor: Actor) -> list[Signature]:
    """ХЯНАСАН: who reviewed (or the head); ТАЙЛАГНАСАН and НЭГТГЭСЭН: who makes the report."""
    review = session.scalar(select(PlanPeriodReview).where(PlanPeriodReview.document_id == document_id,
                                                           PlanPeriodReview.period == period.code))
    reviewer = _person(session, review.reviewed_by if review else None, Role.HEAD)
    reporter = _person(session, actor.username) if actor.user_id else ("", actor.full_name.upper())
    return [Signature(SIGNATURE_LABELS["reviewed"][0], *reviewer),
            Signature(SIGNATURE_LABELS["reported"][0], *reporter),
            Signature(SIGNATURE_LABELS["compiled"][0], *reporter)]


def gather(ctx: AppContext, period: str, document_id: int | None = None,
           on: date | None = None) -> tuple[dict, ReportHeader, list[Signature]]:
    """Everything a report needs, read in one session."""
    actor = ctx.require(Permission.REPORTS)
    p = Period.parse(period)
    with ctx.reading() as session:
        doc_id = resolve_document(session, p, document_id)
        result = compute_in(session, doc_id, p)
        office = own_office(session)
        header = ReportHeader(office_name=office.name, title=result["title"], report_date=on or date.today(),
                              place=office.place or office.soum_name,
                              subtitle=f"Тайлант үе: {p.label('mn')} / {p.label('en')}")
        return result, header, signatures_for(session, doc_id, p, actor)


def make_report(ctx: AppContext, period: str, fmt: str, out: str | Path, *, document_id: int | None = None,
                progress: Callable[[int, int], bool] | None = None) -> Path:
    """Write the report; the file appears only when complete (atomic write)."""
    if fmt not in FORMATS:
        raise ValidationError(f"Формат буруу: {fmt} (pdf, xlsx).", f"Unknown format: {fmt} (pdf, xlsx).",
                              where="--format")
    result, header, signatures = gather(ctx, period, document_id)
    if fmt == "pdf":
        from soum_desk.domain.periods import Period
        from soum_desk.reports.plans_pdf import write_plan_pdf
        from soum_desk.services.dashboard.charts import plans_report_charts

        charts = plans_report_charts(ctx, Period.parse(period))
        path = write_plan_pdf(result, header, signatures, out, progress=progress, charts=charts)
    else:
        from soum_desk.reports.plans_xlsx import write_plan_xlsx

        path = write_plan_xlsx(result, header, signatures, out, summary=True)
    _log(ctx, "plans.report", result, {"format": fmt, "file": str(path)})
    return path


def export_xlsx(ctx: AppContext, period: str, out: str | Path, *, document_id: int | None = None) -> Path:
    """The plan with the period's implementation in the office layout; imports back whole."""
    from soum_desk.reports.plans_xlsx import write_plan_xlsx

    result, header, signatures = gather(ctx, period, document_id)
    path = write_plan_xlsx(result, header, signatures, out, summary=False)
    _log(ctx, "plans.export", result, {"file": str(path)})
    return path


def _log(ctx: AppContext, action: str, result: dict, extra: dict) -> None:
    with ctx.transaction() as session:
        audit.record(session, ctx.actor, action, "plan_document", result["id"],
                     after={"period": result["period"], **extra})
