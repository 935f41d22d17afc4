"""The quarterly petitions report (PDF or XLSX): gathers the data, writes the file atomically."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import and_, or_, select

from soum_desk.db.models import Petition, User
from soum_desk.domain.periods import Period
from soum_desk.domain.roles import Permission, Role
from soum_desk.errors import ValidationError
from soum_desk.reports.common import SIGNATURE_LABELS, ReportHeader, Signature
from soum_desk.services.core import office
from soum_desk.services.core.context import AppContext
from soum_desk.services.petitions.common import bag_names, petition_dict
from soum_desk.services.petitions.stats import figures_dict


def overdue_list(ctx: AppContext, period: Period, as_of: date) -> list[dict]:
    """Petitions received in the period, not resolved by `as_of` and past due (no personal data)."""
    with ctx.reading() as session:
        bags = bag_names(session)
        rows = session.scalars(
            select(Petition).where(Petition.received.between(period.start, min(period.end, as_of)),
                                   Petition.due < as_of,
                                   or_(Petition.resolved_on.is_(None), Petition.resolved_on > as_of))
            .order_by(Petition.due, Petition.id)).all()
        return [petition_dict(p, bags, today=as_of, lang=ctx.lang) for p in rows]


def _signatures(ctx: AppContext) -> list[Signature]:
    lang_index = 1 if ctx.lang == "en" else 0
    with ctx.reading() as session:
        head = session.scalar(select(User).where(and_(User.role == Role.HEAD.value, User.active))
                              .order_by(User.id))
        me = session.get(User, ctx.actor.user_id) if ctx.actor and ctx.actor.user_id else None
    blocks = []
    if head is not None:
        blocks.append(Signature(SIGNATURE_LABELS["reviewed"][lang_index], head.position or "ЗДТГ-ын дарга",
                                head.full_name))
    blocks.append(Signature(SIGNATURE_LABELS["reported"][lang_index], (me.position if me else None) or "",
                            me.full_name if me else (ctx.actor.full_name if ctx.actor else "")))
    return blocks


def make_report(ctx: AppContext, period: Period | str, fmt: str, out: str | Path, *, as_of: date | None = None,
                progress=None) -> Path:  # noqa: ANN001
    ctx.require(Permission.REPORTS)
    p = period if isinstance(period, Period) else Period.parse(period)
    if fmt not in ("pdf", "xlsx"):
        raise ValidationError(f"Хэлбэр буруу: {fmt} (pdf, xlsx)", f"Unknown format: {fmt} (pdf, xlsx)",
                              where="--format")
    effective = as_of or p.end
    data = figures_dict(ctx, p, as_of)
    overdue = overdue_list(ctx, p, effective)
    info = office.get_office(ctx)
    en = ctx.lang == "en"
    header = ReportHeader(
        office_name=info["name"],
        title=("Petitions and complaints report" if en else "Өргөдөл, гомдлын шийдвэрлэлтийн тайлан"),
        subtitle=p.label(ctx.lang),
        extra_lines=[(f"As of {effective:%Y.%m.%d}" if en else f"{effective:%Y.%m.%d}-ны байдлаар")],
        report_date=date.today(), place=info.get("place") or info["soum_name"])
    from soum_desk.reports import petitions_report

    if fmt == "pdf":
        from soum_desk.services.dashboard.charts import petitions_report_charts

        charts = petitions_report_charts(ctx, p, effective)
        return petitions_report.write_pdf(out, header, data, overdue, _signatures(ctx), ctx.lang, progress,
                                          charts=charts)
    return petitions_report.write_xlsx(out, header, data, overdue, _signatures(ctx), ctx.lang)
