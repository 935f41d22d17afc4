"""Archive: file lists (хөтлөх хэргийн нэрийн жагсаалт) and storage units (хадгаламжийн нэгж).

Storage units are in `units.py`; inventories and transfer/destruction acts in `ops.py`.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from soum_desk.db.models import CaseFile, FileList, StorageUnit, Unit
from soum_desk.domain import clock
from soum_desk.domain import retention as ret
from soum_desk.domain.event_dates import check_event_date
from soum_desk.domain.roles import Permission
from soum_desk.errors import NotFound, ValidationError
from soum_desk.services.archive.rows import CaseFileRow, FileListRow
from soum_desk.services.core import audit, settings
from soum_desk.services.core.context import Actor, AppContext

settings.register_defaults({"archive.permanent_keep_years": 15})

SCHEDULED, RECEIVED, TRANSFERRED, DESTROYED = "scheduled", "received", "transferred", "destroyed"
UNIT_STATUSES = (SCHEDULED, RECEIVED, TRANSFERRED, DESTROYED)
UNIT_STATUS_LABELS = {SCHEDULED: ("Хуваарьт", "Scheduled"), RECEIVED: ("Архивт", "In the archive"),
                      TRANSFERRED: ("Улсын архивт шилжсэн", "Transferred"), DESTROYED: ("Устгасан", "Destroyed")}


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


def _unit_id(session: Session, name_or_id: str | int) -> int:
    if isinstance(name_or_id, int) or str(name_or_id).isdigit():
        unit = session.get(Unit, int(name_or_id))
    else:
        unit = session.scalar(select(Unit).where(Unit.name == str(name_or_id).strip()))
    if unit is None:
        raise NotFound(f"Нэгж олдсонгүй: {name_or_id}", f"Unit not found: {name_or_id}", where="unit")
    return unit.id


def case_dict(row: CaseFile) -> CaseFileRow:
    return {"id": row.id, "file_list_id": row.file_list_id, "index_code": row.index_code, "title": row.title,
            "retention": row.retention, "retention_years": row.retention_years,
            "retention_label": ret.retention_label(row.retention, row.retention_years), "note": row.note}


def _list_dict(session: Session, row: FileList, with_cases: bool = False,
               known: tuple[str | None, int] | None = None) -> FileListRow:
    """`known`: the unit's name and the case count when the caller read them with the list."""
    if known is None:
        unit = session.get(Unit, row.unit_id)
        count = session.scalar(select(func.count(CaseFile.id)).where(CaseFile.file_list_id == row.id)) or 0
        known = (unit.name if unit else None, count)
    unit_name, count = known
    result: FileListRow = {"id": row.id, "year": row.year, "unit_id": row.unit_id, "unit": unit_name or "",
                           "approved_by": row.approved_by,
                           "approved_on": row.approved_on.isoformat() if row.approved_on else None, "cases": count}
    if with_cases:
        cases = session.scalars(select(CaseFile).where(CaseFile.file_list_id == row.id)
                                .order_by(CaseFile.index_code))
        units = dict(session.execute(select(StorageUnit.case_file_id, func.count(StorageUnit.id))
                                     .join(CaseFile).where(CaseFile.file_list_id == row.id)
                                     .group_by(StorageUnit.case_file_id)).all())
        result["case_files"] = [{**case_dict(c), "units": units.get(c.id, 0)} for c in cases]
    return result


def create_file_list(ctx: AppContext, year: int, unit: str | int) -> FileListRow:
    actor = ctx.require(Permission.WRITE)
    with ctx.transaction() as session:
        unit_id = _unit_id(session, unit)
        if session.scalar(select(FileList.id).where(FileList.year == year, FileList.unit_id == unit_id)):
            raise ValidationError(f"{year} оны энэ нэгжийн жагсаалт байна.",
                                  f"This unit already has a file list for {year}.", where="year")
        row = FileList(year=int(year), unit_id=unit_id, created_at=_now())
        session.add(row)
        session.flush()
        result = _list_dict(session, row)
        audit.record(session, actor, "archive.filelist.create", "file_list", row.id, after=result)
        return result


def list_file_lists(ctx: AppContext, year: int | None = None) -> list[FileListRow]:
    ctx.require(Permission.READ)
    with ctx.reading() as session:
        # one query with the units' names and the case counts (issue 18: two queries per list, 200 lists)
        cases = (select(CaseFile.file_list_id, func.count(CaseFile.id).label("cases"))
                 .group_by(CaseFile.file_list_id).subquery())
        query = (select(FileList, Unit.name, func.coalesce(cases.c.cases, 0))
                 .outerjoin(Unit, Unit.id == FileList.unit_id)
                 .outerjoin(cases, cases.c.file_list_id == FileList.id)
                 .order_by(FileList.year.desc(), FileList.unit_id))
        if year:
            query = query.where(FileList.year == year)
        return [_list_dict(session, r, known=(name, count)) for r, name, count in session.execute(query).all()]


def _get_list(session: Session, list_id: int) -> FileList:
    row = session.get(FileList, int(list_id))
    if row is None:
        raise NotFound(f"Жагсаалт №{list_id} олдсонгүй.", f"File list #{list_id} not found.", where="file_list")
    return row


def get_file_list(ctx: AppContext, list_id: int) -> FileListRow:
    ctx.require(Permission.READ)
    with ctx.reading() as session:
        return _list_dict(session, _get_list(session, list_id), with_cases=True)


def _unapprove(session: Session, actor: Actor | None, row: FileList) -> None:
    """A change to an approved list needs the head's approval again."""
    if row.approved_on is not None:
        audit.record(session, actor, "archive.filelist.unapprove", "file_list", row.id,
                     before={"approved_by": row.approved_by, "approved_on": row.approved_on}, after=None)
        row.approved_by, row.approved_on = None, None


def save_case_file(ctx: AppContext, list_id: int, *, index_code: str, title: str, retention: str,
                   retention_years: int | None = None, note: str | None = None, case_id: int | None = None) -> CaseFileRow:
    """Add (or with `case_id` edit) a case file in a file list."""
    actor = ctx.require(Permission.WRITE)
    kind, years = ret.parse_retention(retention, retention_years)
    index_code, title = index_code.strip(), " ".join(title.split())
    if not index_code or not title:
        raise ValidationError("Индекс болон гарчиг заавал бөглөнө.", "The index and title are required.",
                              where="index_code" if not index_code else "title")
    with ctx.transaction() as session:
        flist = _get_list(session, list_id)
        clash = session.scalar(select(CaseFile.id).where(CaseFile.file_list_id == flist.id,
                                                         CaseFile.index_code == index_code))
        if clash and clash != case_id:
            raise ValidationError(f"«{index_code}» индекс жагсаалтад байна.",
                                  f"Index «{index_code}» is already in the list.", where="index_code")
        found = None if case_id is None else session.get(CaseFile, case_id)
        if case_id is None:
            row, before = CaseFile(file_list_id=flist.id), None
            session.add(row)
        elif found is None or found.file_list_id != flist.id:
            raise NotFound(f"Хэрэг №{case_id} олдсонгүй.", f"Case file #{case_id} not found.")
        else:
            row, before = found, case_dict(found)
        row.index_code, row.title, row.retention, row.retention_years = index_code, title, kind, years
        row.note = (note or "").strip() or None
        session.flush()
        _unapprove(session, actor, flist)
        result = case_dict(row)
        audit.record(session, actor, "archive.case.save", "case_file", row.id, before=before, after=result)
        return result


def remove_case_file(ctx: AppContext, case_id: int) -> None:
    """Remove a case file from a list; refused once letters or storage units refer to it."""
    from soum_desk.db.models import Letter

    actor = ctx.require(Permission.WRITE)
    with ctx.transaction() as session:
        row = session.get(CaseFile, case_id)
        if row is None:
            raise NotFound(f"Хэрэг №{case_id} олдсонгүй.", f"Case file #{case_id} not found.")
        used = session.scalar(select(func.count(Letter.id)).where(Letter.case_file_id == case_id)) or 0
        used += session.scalar(select(func.count(StorageUnit.id)).where(StorageUnit.case_file_id == case_id)) or 0
        if used:
            raise ValidationError("Энэ хэрэгт бичиг эсвэл хадгаламжийн нэгж холбогдсон тул хасах боломжгүй.",
                                  "Letters or storage units refer to this case file; it cannot be removed.")
        _unapprove(session, actor, _get_list(session, row.file_list_id))
        audit.record(session, actor, "archive.case.remove", "case_file", row.id, before=case_dict(row))
        session.delete(row)


def approve_file_list(ctx: AppContext, list_id: int, on: date | None = None) -> FileListRow:
    """The head approves (батлах) a file list."""
    actor = ctx.require(Permission.APPROVE)
    check_event_date(on, "Баталсан огноо", "Approval date")
    with ctx.transaction() as session:
        row = _get_list(session, list_id)
        if not session.scalar(select(func.count(CaseFile.id)).where(CaseFile.file_list_id == row.id)):
            raise ValidationError("Хоосон жагсаалтыг батлах боломжгүй.", "An empty file list cannot be approved.")
        row.approved_by, row.approved_on = actor.full_name or actor.username, on or clock.today()
        result = _list_dict(session, row)
        audit.record(session, actor, "archive.filelist.approve", "file_list", row.id, after=result)
        return result


def case_files_for_year(ctx: AppContext, year: int) -> list[CaseFileRow]:
    """Case files of every list of `year` (for filing letters)."""
    ctx.require(Permission.READ)
    with ctx.reading() as session:
        rows = session.scalars(select(CaseFile).join(FileList).where(FileList.year == year)
                               .order_by(CaseFile.index_code))
        return [case_dict(r) for r in rows]


def permanent_keep_years(session: Session) -> int:
    return int(settings.get_value(session, "archive.permanent_keep_years"))
