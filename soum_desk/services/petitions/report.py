"""The quarterly petitions report (PDF or XLSX): gathers the data, writes the file atomically."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from soum_desk.db.models import Petition
from soum_desk.domain import clock
from soum_desk.domain.periods import Period, default_as_of, running_note
from soum_desk.domain.roles import Permission
from soum_desk.errors import ValidationError
from soum_desk.reports import petitions_report
from soum_desk.reports.common import ReportHeader, Signature
from soum_desk.services.core import reporting
from soum_desk.services.core.context import AppContext
from soum_desk.services.core.signing import Signing
from soum_desk.services.petitions.charts import petitions_report_charts
from soum_desk.services.petitions.common import bag_names, petition_dict
from soum_desk.services.petitions.rows import PetitionRow
from soum_desk.services.petitions.stats import figures_dict


def overdue_list(ctx: AppContext, period: Period, as_of: date) -> list[PetitionRow]:
    """Petitions received in the period, not resolved by `as_of` and past due (no personal data)."""
    with ctx.reading() as session:
        bags = bag_names(session)
        rows = session.scalars(
            select(Petition).where(Petition.received.between(period.start, min(period.end, as_of)),
                                   Petition.due < as_of,
                                   or_(Petition.resolved_on.is_(None), Petition.resolved_on > as_of))
            .order_by(Petition.due, Petition.id)).all()
        return [petition_dict(p, bags, today=as_of, lang=ctx.lang) for p in rows]


@dataclass(frozen=True)
class PetitionsReportData:
    """Everything the petitions report prints, as plain data (drawn by reports/petitions_report)."""

    header: ReportHeader
    figures: dict[str, Any]
    overdue: list[PetitionRow]
    signatures: list[Signature]
    lang: str
    charts: list[dict] = field(default_factory=list)


def _signatures(session: Session, ctx: AppContext, signing: Signing | None) -> list[Signature]:
    """The three chosen signatories (unchosen: the head checks, who makes the report reports)."""
    return reporting.signatures(session, signing, ctx.actor, ctx.lang)


def report_data(ctx: AppContext, period: Period | str, *, as_of: date | None = None,
                charts: bool = True, signing: Signing | None = None) -> PetitionsReportData:
    """The quarterly petitions report of `period`, counted as of `as_of` (default: the period's end)."""
    ctx.require(Permission.REPORTS)
    p = period if isinstance(period, Period) else Period.parse(period)
    effective = as_of or default_as_of(p, clock.today())
    figures = figures_dict(ctx, p, as_of)
    overdue = overdue_list(ctx, p, effective)
    en = ctx.lang == "en"
    with ctx.reading() as session:
        header = reporting.header(
            session, "Petitions and complaints report" if en else "Өргөдөл, гомдлын шийдвэрлэлтийн тайлан",
            subtitle=p.label(ctx.lang), signing=signing, lang=ctx.lang,
            extra_lines=[running_note(p, effective, ctx.lang)])
        signatures = _signatures(session, ctx, signing)
    return PetitionsReportData(header, figures, overdue, signatures, ctx.lang,
                               petitions_report_charts(ctx, p, effective) if charts else [])


def make_report(ctx: AppContext, period: Period | str, fmt: str, out: str | Path, *, as_of: date | None = None,
                progress: Callable[[int, int], bool] | None = None, signing: Signing | None = None) -> Path:
    """`report_data` written as a PDF (with its chart page) or an XLSX file."""
    ctx.require(Permission.REPORTS)
    if fmt not in ("pdf", "xlsx"):
        raise ValidationError(f"Хэлбэр буруу: {fmt} (pdf, xlsx)", f"Unknown format: {fmt} (pdf, xlsx)",
                              where="--format")
    data = report_data(ctx, period, as_of=as_of, charts=fmt == "pdf", signing=signing)
    if fmt == "pdf":
        return petitions_report.write_pdf(out, data.header, data.figures, data.overdue, data.signatures, data.lang,
                                          progress, charts=data.charts)
    return petitions_report.write_xlsx(out, data.header, data.figures, data.overdue, data.signatures, data.lang)
