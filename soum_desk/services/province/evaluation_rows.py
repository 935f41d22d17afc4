"""Reading the province's §10 and §11.3 records for a ranking; writing them is `monitoring`,
`confirmation` and `violations`."""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from soum_desk.db.models import ProgressMonitoring, RankingConfirmation, SpecialPlace, Violation
from soum_desk.domain.evaluation import CLAUSES, monitoring_state
from soum_desk.domain.prizes import Prize
from soum_desk.services.province.rows import ConfirmationRow, MonitoringRow, PrizeRow, ViolationRow


def monitoring_dict(row: ProgressMonitoring) -> MonitoringRow:
    state = monitoring_state(row.year, row.monitored_on, row.monitored_on)
    return {"office_code": row.office_code, "year": row.year, "monitored_on": row.monitored_on.isoformat(),
            "recommendations": row.recommendations, "order_ref": row.order_ref, "state": state,
            "recorded_by": row.recorded_by, "recorded_at": row.recorded_at.isoformat(timespec="seconds")}


def violation_dict(row: Violation) -> ViolationRow:
    mn, en = CLAUSES.get(row.clause, (row.clause, row.clause))
    return {"id": row.id, "office_code": row.office_code, "year": row.year, "found_on": row.found_on.isoformat(),
            "clause": row.clause, "clause_mn": mn, "clause_en": en, "description": row.description,
            "reference": row.reference, "official": row.official, "recorded_by": row.recorded_by,
            "recorded_at": row.recorded_at.isoformat(timespec="seconds")}


def confirmation_dict(row: RankingConfirmation) -> ConfirmationRow:
    return {"period": row.period, "decided_on": row.decided_on.isoformat(), "decision_number": row.decision_number,
            "places": json.loads(row.places), "changed": [], "recorded_by": row.recorded_by,
            "recorded_at": row.recorded_at.isoformat(timespec="seconds")}


def prize_dict(prize: Prize | None) -> PrizeRow | None:
    if prize is None:
        return None
    return {"place": prize.place, "certificate_mn": prize.certificate[0], "certificate_en": prize.certificate[1],
            "amount": prize.amount, "head_percent": prize.head_percent}


def monitoring_of(session: Session, year: int) -> dict[str, MonitoringRow]:
    """Office code → its §10.1 progress monitoring in `year`."""
    rows = session.scalars(select(ProgressMonitoring).where(ProgressMonitoring.year == year))
    return {r.office_code: monitoring_dict(r) for r in rows}


def violations_of(session: Session, year: int) -> dict[str, list[ViolationRow]]:
    """Office code → the §11.3 violations counted against `year`, oldest first."""
    out: dict[str, list[ViolationRow]] = {}
    for r in session.scalars(select(Violation).where(Violation.year == year)
                             .order_by(Violation.found_on, Violation.id)):
        out.setdefault(r.office_code, []).append(violation_dict(r))
    return out


def confirmation_of(session: Session, period: str) -> ConfirmationRow | None:
    row = session.scalar(select(RankingConfirmation).where(RankingConfirmation.period == period))
    return confirmation_dict(row) if row else None


def special_places_of(session: Session, period: str) -> list[str]:
    """The office codes the council gave a §10.4 special place for `period` (a year)."""
    return list(session.scalars(select(SpecialPlace.office_code).where(SpecialPlace.period == period)
                                .order_by(SpecialPlace.id)))
