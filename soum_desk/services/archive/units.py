"""Storage units (хадгаламжийн нэгж): scheduled hand-over, receipt, lists and counts by retention."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from soum_desk.db.models import CaseFile, FileList, StorageUnit, Unit
from soum_desk.domain import retention as ret
from soum_desk.domain.event_dates import check_event_date
from soum_desk.domain.roles import Permission
from soum_desk.errors import NotFound, ValidationError
from soum_desk.services.archive.records import (
    RECEIVED,
    SCHEDULED,
    UNIT_STATUSES,
    _get_list,
    _now,
    _unit_id,
    permanent_keep_years,
)
from soum_desk.services.archive.rows import StorageUnitRow
from soum_desk.services.core import audit
from soum_desk.services.core.context import AppContext


def unit_dict(row: StorageUnit, unit_name: str | None = None, keep_years: int = 15) -> StorageUnitRow:
    end = ret.retention_end(row.retention, row.retention_years, row.year, permanent_keep_years=keep_years)
    return {"id": row.id, "archive_no": row.archive_no, "case_file_id": row.case_file_id, "unit_id": row.unit_id,
            "unit": unit_name, "year": row.year, "title": row.title, "retention": row.retention,
            "retention_years": row.retention_years,
            "retention_label": ret.retention_label(row.retention, row.retention_years),
            "retention_end": end.isoformat(), "sheets": row.sheets,
            "scheduled_on": row.scheduled_on.isoformat() if row.scheduled_on else None,
            "received_on": row.received_on.isoformat() if row.received_on else None,
            "status": row.status, "act_id": row.act_id}


def _next_no(session: Session) -> str:
    return str((session.scalar(select(func.count(StorageUnit.id))) or 0) + 1)


def add_unit(ctx: AppContext, *, title: str, year: int, retention: str, retention_years: int | None = None,
             unit: str | int | None = None, archive_no: str | None = None, sheets: int | None = None,
             scheduled_on: date | None = None, received_on: date | None = None,
             case_file_id: int | None = None) -> StorageUnitRow:
    """Record one storage unit: scheduled, or received when `received_on` is given."""
    actor = ctx.require(Permission.WRITE)
    check_event_date(received_on, "Хүлээн авсан огноо", "Received date")
    kind, years = ret.parse_retention(retention, retention_years)
    if not title.strip():
        raise ValidationError("Гарчиг заавал бөглөнө.", "The title is required.", where="title")
    with ctx.transaction() as session:
        number = (archive_no or "").strip() or _next_no(session)
        if session.scalar(select(StorageUnit.id).where(StorageUnit.archive_no == number)):
            raise ValidationError(f"{number} дугаартай нэгж бүртгэгдсэн байна.",
                                  f"Unit number {number} is already recorded.", where="archive_no")
        row = StorageUnit(archive_no=number, case_file_id=case_file_id,
                          unit_id=_unit_id(session, unit) if unit else None, year=int(year),
                          title=" ".join(title.split()), retention=kind, retention_years=years, sheets=sheets,
                          scheduled_on=scheduled_on, received_on=received_on,
                          status=RECEIVED if received_on else SCHEDULED, created_at=_now())
        session.add(row)
        session.flush()
        result = unit_dict(row, keep_years=permanent_keep_years(session))
        audit.record(session, actor, "archive.unit.add", "storage_unit", row.id, after=result)
        return result


def hand_over(ctx: AppContext, file_list_id: int, scheduled_on: date) -> list[StorageUnitRow]:
    """Schedule every case file of an approved list as a storage unit to hand over on `scheduled_on`."""
    actor = ctx.require(Permission.WRITE)
    with ctx.transaction() as session:
        flist = _get_list(session, file_list_id)
        if flist.approved_on is None:
            raise ValidationError("Жагсаалтыг дарга батлаагүй байна.", "The head has not approved the file list.",
                                  where="file_list")
        done = set(session.scalars(select(StorageUnit.case_file_id).where(StorageUnit.case_file_id.is_not(None))))
        keep = permanent_keep_years(session)
        created = []
        for case in session.scalars(select(CaseFile).where(CaseFile.file_list_id == flist.id)
                                    .order_by(CaseFile.index_code)):
            if case.id in done:
                continue
            row = StorageUnit(archive_no=_next_no(session), case_file_id=case.id, unit_id=flist.unit_id,
                              year=flist.year, title=f"{case.index_code} {case.title}", retention=case.retention,
                              retention_years=case.retention_years, scheduled_on=scheduled_on,
                              status=SCHEDULED, created_at=_now())
            session.add(row)
            session.flush()
            created.append(unit_dict(row, keep_years=keep))
        audit.record(session, actor, "archive.unit.schedule", "file_list", flist.id,
                     after={"scheduled_on": scheduled_on, "units": [u["id"] for u in created]})
        return created


def receive_units(ctx: AppContext, unit_ids: Iterable[int], on: date, sheets: dict[int, int] | None = None) -> int:
    """Mark scheduled units as received into the office archive on `on`."""
    actor = ctx.require(Permission.WRITE)
    check_event_date(on, "Хүлээн авсан огноо", "Received date")
    count = 0
    with ctx.transaction() as session:
        keep = permanent_keep_years(session)
        for unit_id in unit_ids:
            row = session.get(StorageUnit, int(unit_id))
            if row is None:
                raise NotFound(f"Нэгж №{unit_id} олдсонгүй.", f"Storage unit #{unit_id} not found.")
            if row.status != SCHEDULED:
                raise ValidationError(f"{row.archive_no} нэгжийг аль хэдийн хүлээн авсан.",
                                      f"Unit {row.archive_no} was already received.")
            before = unit_dict(row, keep_years=keep)
            row.status, row.received_on = RECEIVED, on
            if sheets and int(unit_id) in sheets:
                row.sheets = sheets[int(unit_id)]
            audit.record(session, actor, "archive.unit.receive", "storage_unit", row.id, before=before,
                         after=unit_dict(row, keep_years=keep))
            count += 1
    return count


@dataclass
class UnitFilter:
    status: str | None = None
    retention: str | None = None
    year: int | None = None
    unit_id: int | None = None
    text: str | None = None
    expired_on: date | None = None  # only units whose retention has ended by this day


def _apply(query: Select, flt: UnitFilter) -> Select:
    if flt.status:
        if flt.status not in UNIT_STATUSES:
            raise ValidationError(f"Төлөв буруу: {flt.status}", f"Unknown status: {flt.status}", where="--status")
        query = query.where(StorageUnit.status == flt.status)
    if flt.retention:
        query = query.where(StorageUnit.retention == flt.retention)
    if flt.year:
        query = query.where(StorageUnit.year == flt.year)
    if flt.unit_id:
        query = query.where(StorageUnit.unit_id == flt.unit_id)
    if flt.text:
        query = query.where(StorageUnit.title.like(f"%{flt.text}%") | (StorageUnit.archive_no == flt.text))
    return query


def list_units(ctx: AppContext, flt: UnitFilter | None = None, *, offset: int = 0, limit: int = 500) -> list[StorageUnitRow]:
    ctx.require(Permission.READ)
    flt = flt or UnitFilter()
    with ctx.reading() as session:
        keep = permanent_keep_years(session)
        names = dict(session.execute(select(Unit.id, Unit.name)).all())
        query = _apply(select(StorageUnit), flt).order_by(StorageUnit.year, StorageUnit.id)
        if not flt.expired_on:  # a page from the database, not every unit (issue 18: 100k units read per page)
            query = query.offset(offset).limit(limit)
        rows = [unit_dict(r, names.get(r.unit_id), keep) for r in session.scalars(query)]
    if flt.expired_on:  # the end of retention is computed per unit, so the page is cut here
        rows = [r for r in rows if date.fromisoformat(r["retention_end"]) <= flt.expired_on]
        return rows[offset:offset + limit]
    return rows


def count_units(ctx: AppContext, flt: UnitFilter | None = None) -> int:
    ctx.require(Permission.READ)
    with ctx.reading() as session:
        return session.scalar(_apply(select(func.count(StorageUnit.id)), flt or UnitFilter())) or 0


def counts_by_retention(ctx: AppContext, *, received_from: date | None = None, received_to: date | None = None,
                        status: str | None = RECEIVED) -> dict[str, int]:
    """Units by retention class («байнга 80 ш, түр 180 ш, 70 жилийн 14 ш»), with the total."""
    ctx.require(Permission.READ)
    with ctx.reading() as session:
        query = select(StorageUnit.retention, func.count(StorageUnit.id)).group_by(StorageUnit.retention)
        if status:
            query = query.where(StorageUnit.status == status)
        if received_from:
            query = query.where(StorageUnit.received_on >= received_from)
        if received_to:
            query = query.where(StorageUnit.received_on <= received_to)
        found = dict(session.execute(query).all())
    counts = {kind: int(found.get(kind, 0)) for kind in ret.RETENTION_KINDS}
    counts["total"] = sum(counts.values())
    return counts


def units_of_list(session: Session, file_list_id: int) -> list[StorageUnit]:
    return list(session.scalars(select(StorageUnit).join(CaseFile).join(FileList)
                                .where(FileList.id == file_list_id)))
