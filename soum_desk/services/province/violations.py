"""§11.3: violations the province found — the office, the day, which of §11.3.1–11.3.4, what
happened, the document that establishes it. The regulation holds the official accountable under
the civil service and budget laws; it takes nothing off the ranking's score, so a violation is
recorded and shown beside the place and the prize, for the council to weigh (docs/decisions.md)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select

from soum_desk.db.models import Violation
from soum_desk.domain.evaluation import CLAUSES
from soum_desk.domain.event_dates import check_event_date
from soum_desk.domain.roles import Permission
from soum_desk.errors import NotFound, ValidationError
from soum_desk.services.core import audit
from soum_desk.services.core.context import AppContext
from soum_desk.services.province.evaluation_common import registered_office, required_text
from soum_desk.services.province.evaluation_rows import violation_dict
from soum_desk.services.province.registry import require_province
from soum_desk.services.province.rows import ViolationRow


def _check_clause(clause: str) -> str:
    clause = clause.strip().rstrip(".")
    if clause not in CLAUSES:
        allowed = ", ".join(CLAUSES)
        raise ValidationError(f"Зөрчлийн заалт {allowed}-ийн аль нэг байна.",
                              f"The violation's clause is one of {allowed}.", where="Заалт / Clause")
    return clause


def record(ctx: AppContext, office_code: str, found_on: date, clause: str, description: str, reference: str, *,
           year: int | None = None, official: str | None = None) -> ViolationRow:
    """Record a violation, counted against `year` (default: the year of `found_on`; a false report
    found in January belongs to the year it reported), audited."""
    actor = ctx.require(Permission.PROVINCE)
    require_province(ctx)
    check_event_date(found_on, "Илрүүлсэн огноо", "Date found")
    clause = _check_clause(clause)
    what = required_text(description, "Зөрчлийн агуулга", "What happened")
    ref = required_text(reference, "Үндэслэл (акт, албан бичиг)", "Reference (act, letter)")
    counted = found_on.year if year is None else year
    if not found_on.year - 1 <= counted <= found_on.year:
        raise ValidationError(f"Зөрчлийг {found_on.year} эсвэл {found_on.year - 1} оных гэж тооцно.",
                              f"A violation counts against {found_on.year} or {found_on.year - 1}.",
                              where="Аль оных / Counted against")
    with ctx.transaction() as session:
        office = registered_office(session, office_code)
        row = Violation(office_code=office.code, year=counted, found_on=found_on, clause=clause, description=what,
                        reference=ref, official=(official or "").strip() or None, recorded_by=actor.username,
                        recorded_at=datetime.now().replace(microsecond=0))
        session.add(row)
        session.flush()
        after = violation_dict(row)
        audit.record(session, actor, "province.violation", "violation", row.id, after=dict(after))
        return after


def remove(ctx: AppContext, violation_id: int) -> ViolationRow:
    """Remove a violation recorded by mistake, audited (the audit keeps what it said)."""
    actor = ctx.require(Permission.PROVINCE)
    require_province(ctx)
    with ctx.transaction() as session:
        row = session.get(Violation, violation_id)
        if row is None:
            raise NotFound(f"№{violation_id} зөрчил бүртгэлд алга.", f"Violation №{violation_id} is not recorded.")
        before = violation_dict(row)
        session.delete(row)
        audit.record(session, actor, "province.violation_remove", "violation", violation_id, before=dict(before))
        return before


def list_for(ctx: AppContext, year: int, office_code: str | None = None) -> list[ViolationRow]:
    ctx.require(Permission.READ)
    with ctx.reading() as session:
        query = select(Violation).where(Violation.year == year)
        if office_code:
            query = query.where(Violation.office_code == office_code)
        return [violation_dict(r) for r in session.scalars(query.order_by(Violation.found_on, Violation.id))]
