"""§10.1: the September progress monitoring — the working group appointed by the aimag governor's
order monitors each soum office and agency by the end of September and gives recommendations.
The province records, per office and year, the day it was done and the recommendations given."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from soum_desk.db.models import ProgressMonitoring, RegisteredOffice
from soum_desk.domain import clock
from soum_desk.domain.evaluation import monitoring_state
from soum_desk.domain.event_dates import check_event_date
from soum_desk.domain.roles import Permission
from soum_desk.errors import ValidationError
from soum_desk.services.core.context import AppContext
from soum_desk.services.province.evaluation_common import registered_office, required_text
from soum_desk.services.province.evaluation_rows import monitoring_dict, monitoring_of
from soum_desk.services.province.recorded import replace_record
from soum_desk.services.province.registry import require_province
from soum_desk.services.province.rows import MonitoringRow


def record(ctx: AppContext, office_code: str, monitored_on: date, recommendations: str, *,
           order_ref: str | None = None) -> MonitoringRow:
    """Record (again: replace) an office's progress monitoring in the year of `monitored_on`, audited.
    A day after 30 September is kept and shown as late."""
    actor = ctx.require(Permission.PROVINCE)
    require_province(ctx)
    check_event_date(monitored_on, "Хяналт хийсэн огноо", "Monitoring date")
    text = required_text(recommendations, "Өгсөн зөвлөмж", "The recommendations given")
    with ctx.transaction() as session:
        office = registered_office(session, office_code)

        def fill(stored: ProgressMonitoring) -> None:
            stored.monitored_on, stored.recommendations = monitored_on, text
            stored.order_ref = (order_ref or "").strip() or None

        return replace_record(session, actor, ProgressMonitoring,
                              {"office_code": office.code, "year": monitored_on.year}, fill, monitoring_dict,
                              action="province.monitoring", entity="registered_office", entity_id=office.code)


def year_status(ctx: AppContext, year: int) -> list[dict]:
    """Every active office for `year`: its monitoring (or None) and its state — done, late,
    missing (September is over and nothing is recorded) or pending."""
    ctx.require(Permission.READ)
    if not 1990 <= year <= 2100:
        raise ValidationError(f"Он буруу: {year}.", f"Not a valid year: {year}.", where="Он / Year")
    today = clock.today()
    with ctx.reading() as session:
        done = monitoring_of(session, year)
        offices = list(session.execute(select(RegisteredOffice.code, RegisteredOffice.name, RegisteredOffice.kind)
                                       .where(RegisteredOffice.active)
                                       .order_by(RegisteredOffice.kind, RegisteredOffice.name)))
    out = []
    for code, name, kind in offices:
        row = done.get(code)
        day = date.fromisoformat(row["monitored_on"]) if row else None
        out.append({"office_code": code, "name": name, "kind": kind, "monitoring": row,
                    "state": monitoring_state(year, day, today)})
    return out
