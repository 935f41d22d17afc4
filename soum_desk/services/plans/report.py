"""The plan-execution report (PDF or XLSX) and the XLSX export for one document and period.

`report_data` gathers what the report draws (header and signatures through
`services/core/reporting`); `reports/plans_pdf` and `reports/plans_xlsx` only draw it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from soum_desk.db.models.plans import PlanDocument, PlanPeriodReview
from soum_desk.domain import clock
from soum_desk.domain.periods import Period, default_as_of, running_note
from soum_desk.domain.roles import Permission
from soum_desk.errors import NotFound, ValidationError
from soum_desk.reports.common import Signature
from soum_desk.reports.plans_layout import PlanReport
from soum_desk.services.core import audit, reporting
from soum_desk.services.core.context import Actor, AppContext
from soum_desk.services.core.signing import Signing
from soum_desk.services.plans.charts import plans_report_charts
from soum_desk.services.plans.report_title import report_title
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


def signatures_for(session: Session, document_id: int, period: Period, actor: Actor,
                   signing: Signing | None = None, lang: str = "mn") -> list[Signature]:
    """The three chosen signatories; ХЯНАСАН unchosen: who reviewed the period (or the head)."""
    review = session.scalar(select(PlanPeriodReview).where(PlanPeriodReview.document_id == document_id,
                                                           PlanPeriodReview.period == period.code))
    return reporting.signatures(session, signing, actor, lang,
                                defaults={"checked": review.reviewed_by if review else None})


def report_data(ctx: AppContext, period: str, document_id: int | None = None, on: date | None = None, *,
                charts: bool = True, signing: Signing | None = None) -> PlanReport:
    """Everything the plan report draws, in the context's language: the results, header and signatures
    (read in one session) and, for the PDF, the charts that have data (`charts=False` leaves them out).

    The title is the office's own (seed 001: who reports, the year and period, «ГҮЙЦЭТГЭЛИЙН ТАЙЛАН»);
    it names who reports, so no office line is printed above it in a Mongolian report."""
    actor = ctx.require(Permission.REPORTS)
    p = Period.parse(period)
    lang = "en" if ctx.lang == "en" else "mn"
    with ctx.reading() as session:
        doc_id = resolve_document(session, p, document_id)
        result = compute_in(session, doc_id, p)
        head = reporting.header(session, "", report_date=on, signing=signing, lang=lang,
                                extra_lines=[running_note(p, default_as_of(p, clock.today()), lang)])
        title = report_title(result["title"], head.office_name, p, lang, result["kind"])
        head = replace(head, title=title, office_name=head.office_name if lang == "en" else "")
        data = PlanReport(result, head, signatures_for(session, doc_id, p, actor, signing, lang), lang=lang)
    if charts:
        data.charts = plans_report_charts(ctx, p)
    return data


def make_report(ctx: AppContext, period: str, fmt: str, out: str | Path, *, document_id: int | None = None,
                progress: Callable[[int, int], bool] | None = None, signing: Signing | None = None) -> Path:
    """Write the report; the file appears only when complete (atomic write)."""
    if fmt not in FORMATS:
        raise ValidationError(f"Формат буруу: {fmt} (pdf, xlsx).", f"Unknown format: {fmt} (pdf, xlsx).",
                              where="--format")
    data = report_data(ctx, period, document_id, charts=fmt == "pdf", signing=signing)
    if fmt == "pdf":  # the writers load reportlab / openpyxl: only when a report is made
        from soum_desk.reports.plans_pdf import write_plan_pdf

        path = write_plan_pdf(data, out, progress=progress)
    else:
        from soum_desk.reports.plans_xlsx import write_plan_xlsx

        path = write_plan_xlsx(data, out, summary=True)
    _log(ctx, "plans.report", data.result, {"format": fmt, "file": str(path)})
    return path


def export_xlsx(ctx: AppContext, period: str, out: str | Path, *, document_id: int | None = None,
                signing: Signing | None = None) -> Path:
    """The plan with the period's implementation in the office layout; imports back whole."""
    from soum_desk.reports.plans_xlsx import write_plan_xlsx

    mn = replace(ctx, lang="mn")  # the export imports back: its column titles stay the office's own
    data = report_data(mn, period, document_id, charts=False, signing=signing)
    data.header = replace(data.header, title=data.result["title"])  # the plan's own title, not a report's
    path = write_plan_xlsx(data, out, summary=False)
    _log(ctx, "plans.export", data.result, {"file": str(path)})
    return path


def _log(ctx: AppContext, action: str, result: Mapping[str, Any], extra: dict[str, str]) -> None:
    with ctx.transaction() as session:
        audit.record(session, ctx.actor, action, "plan_document", result["id"],
                     after={"period": result["period"], **extra})
