"""The archive counts report's figures for a date range: what was received in it (and how much of
that by a hand-over schedule), and what each status held on its end date.

A unit received after the end date is not counted as received, nor as held in the archive: on the
end date it was still scheduled (if a schedule existed then) or not yet in the archive's books.
A unit transferred or destroyed by an act dated after the end date was still held on it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from soum_desk.db.models import ArchiveAct, StorageUnit
from soum_desk.domain import retention as ret
from soum_desk.domain.roles import Permission
from soum_desk.services.archive.records import DESTROYED, RECEIVED, SCHEDULED, TRANSFERRED
from soum_desk.services.core.context import AppContext


@dataclass(frozen=True)
class UnitFacts:
    retention: str
    status: str
    scheduled_on: date | None
    received_on: date | None
    created_on: date
    act_date: date | None  # the transfer or destruction act's date, if the unit left by one


def status_on(unit: UnitFacts, day: date) -> str | None:
    """The unit's status on `day`, or None when it was not yet in the archive's books."""
    if unit.status in (TRANSFERRED, DESTROYED) and unit.act_date is not None and unit.act_date <= day:
        return unit.status
    if unit.received_on is not None and unit.received_on <= day:
        return RECEIVED
    planned = unit.scheduled_on is not None and min(unit.scheduled_on, unit.created_on) <= day
    return SCHEDULED if planned else None


def _empty() -> dict[str, int]:
    return {**{kind: 0 for kind in ret.RETENTION_KINDS}, "total": 0}


@dataclass
class PeriodCounts:
    received: dict[str, int]  # received in [start, end], per retention class and total
    by_schedule: dict[str, int]  # of those, received by a hand-over schedule
    held: dict[str, dict[str, int]]  # status on the end date → per retention class and total


def period_counts(ctx: AppContext, start: date, end: date) -> PeriodCounts:
    ctx.require(Permission.READ)
    with ctx.reading() as session:
        rows = session.execute(
            select(StorageUnit.retention, StorageUnit.status, StorageUnit.scheduled_on, StorageUnit.received_on,
                   StorageUnit.created_at, ArchiveAct.act_date)
            .outerjoin(ArchiveAct, ArchiveAct.id == StorageUnit.act_id)).all()
    result = PeriodCounts(_empty(), _empty(), {s: _empty() for s in (SCHEDULED, RECEIVED, TRANSFERRED, DESTROYED)})
    for retention, status, scheduled_on, received_on, created_at, act_date in rows:
        created = created_at.date() if isinstance(created_at, datetime) else created_at
        unit = UnitFacts(retention, status, scheduled_on, received_on, created, act_date)
        if retention not in ret.RETENTION_KINDS:
            continue
        if received_on is not None and start <= received_on <= end:
            _add(result.received, retention)
            if scheduled_on is not None:
                _add(result.by_schedule, retention)
        held = status_on(unit, end)
        if held is not None:
            _add(result.held[held], retention)
    return result


def _add(counts: dict[str, int], retention: str) -> None:
    counts[retention] += 1
    counts["total"] += 1
