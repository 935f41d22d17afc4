"""Reading the §11.2 records (`accountability_record`); writing them is `accountability`."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from soum_desk.db.models import AccountabilityRecord
from soum_desk.services.province.rows import AccountabilityRow


def record_dict(row: AccountabilityRecord) -> AccountabilityRow:
    return {"office_code": row.office_code, "period": row.period, "indicators_declined": row.indicators_declined,
            "forwarded_on": row.forwarded_on.isoformat() if row.forwarded_on else None, "note": row.note,
            "recorded_by": row.recorded_by, "recorded_at": row.recorded_at.isoformat(timespec="seconds")}


def records_of(session: Session, period: str) -> dict[str, AccountabilityRow]:
    """Office code → what was recorded for `period`."""
    rows = session.scalars(select(AccountabilityRecord).where(AccountabilityRecord.period == period))
    return {r.office_code: record_dict(r) for r in rows}
