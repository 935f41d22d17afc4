"""Inventories (тооллого) and transfer / destruction acts.

A unit leaves the archive only through an act: a clerk proposes it (the rules
are checked: retention ended, right class), the head approves it, and in that
one transaction the units change status, the act PDF is written and attached.
No unit record is ever deleted.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from soum_desk.db.models import ArchiveAct, Inventory, InventoryItem, StorageUnit, Unit
from soum_desk.domain import clock
from soum_desk.domain import retention as ret
from soum_desk.domain.event_dates import check_event_date
from soum_desk.domain.roles import Permission
from soum_desk.errors import NotFound, ValidationError
from soum_desk.reports.archive_reports import act_intro, act_section, act_title, approval_line
from soum_desk.reports.tables import TableReport
from soum_desk.services.archive.records import (
    DESTROYED,
    RECEIVED,
    TRANSFERRED,
    _now,
    permanent_keep_years,
)
from soum_desk.services.archive.rows import (
    ActDetail,
    ActRow,
    InventoryItemRow,
    InventoryResult,
    InventoryRow,
)
from soum_desk.services.archive.units import unit_dict
from soum_desk.services.core import attachments, audit, reporting
from soum_desk.services.core.context import AppContext

RESULTS = ("found", "missing", "damaged")
RESULT_LABELS = {"found": ("Байгаа", "Found"), "missing": ("Дутсан", "Missing"), "damaged": ("Гэмтсэн", "Damaged")}


# --- inventory -----------------------------------------------------------------
def start_inventory(ctx: AppContext, started_on: date, note: str | None = None) -> dict:
    """A checklist of every unit now held in the archive."""
    actor = ctx.require(Permission.WRITE)
    check_event_date(started_on, "Эхэлсэн огноо", "Start date")
    with ctx.transaction() as session:
        inv = Inventory(started_on=started_on, note=note, created_by=actor.username)
        session.add(inv)
        session.flush()
        ids = list(session.scalars(select(StorageUnit.id).where(StorageUnit.status == RECEIVED)))
        if not ids:
            raise ValidationError("Архивт хадгаламжийн нэгж алга байна.", "The archive holds no storage units.")
        session.execute(insert(InventoryItem), [{"inventory_id": inv.id, "storage_unit_id": i} for i in ids])
        audit.record(session, actor, "archive.inventory.start", "inventory", inv.id,
                     after={"started_on": started_on, "units": len(ids)})
        return {"id": inv.id, "started_on": started_on.isoformat(), "units": len(ids)}


def mark_items(ctx: AppContext, inventory_id: int, results: dict[int, str], note: str | None = None) -> int:
    """Record found / missing / damaged for storage units (by unit id) in an open inventory."""
    actor = ctx.require(Permission.WRITE)
    with ctx.transaction() as session:
        inv = _inventory(session, inventory_id)
        if inv.finished_on is not None:
            raise ValidationError("Тооллого дууссан байна.", "The inventory is finished.")
        for unit_id, result in results.items():
            if result not in RESULTS:
                raise ValidationError(f"Үр дүн буруу: {result}", f"Unknown result: {result}", where="result")
            item = session.scalar(select(InventoryItem).where(InventoryItem.inventory_id == inv.id,
                                                              InventoryItem.storage_unit_id == int(unit_id)))
            if item is None:
                raise NotFound(f"Нэгж №{unit_id} энэ тооллогод алга.", f"Unit #{unit_id} is not in this inventory.")
            before = {"result": item.result, "note": item.note}
            item.result = result
            item.note = note if note is not None else item.note
            audit.record(session, actor, "archive.inventory.mark", "inventory_item", item.id, before=before,
                         after={"result": result, "note": item.note, "storage_unit_id": item.storage_unit_id})
        return len(results)


def finish_inventory(ctx: AppContext, inventory_id: int, on: date) -> InventoryResult:
    actor = ctx.require(Permission.WRITE)
    check_event_date(on, "Дууссан огноо", "Finish date")
    with ctx.transaction() as session:
        inv = _inventory(session, inventory_id)
        left = session.scalar(select(func.count(InventoryItem.id)).where(
            InventoryItem.inventory_id == inv.id, InventoryItem.result.is_(None)))
        if left:
            raise ValidationError(f"{left} нэгжийг шалгаагүй байна.", f"{left} units are not checked yet.")
        inv.finished_on = on
        audit.record(session, actor, "archive.inventory.finish", "inventory", inv.id, after={"finished_on": on})
    return inventory_result(ctx, inventory_id)


def unit_names(session: Session) -> dict[int | None, str]:
    """The office's units by id (a storage unit's `unit_id` may be empty)."""
    return {unit_id: name for unit_id, name in session.execute(select(Unit.id, Unit.name))}


def _inventory(session: Session, inventory_id: int) -> Inventory:
    inv = session.get(Inventory, int(inventory_id))
    if inv is None:
        raise NotFound(f"Тооллого №{inventory_id} олдсонгүй.", f"Inventory #{inventory_id} not found.")
    return inv


def list_inventories(ctx: AppContext) -> list[InventoryRow]:
    ctx.require(Permission.READ)
    with ctx.reading() as session:
        return [{"id": i.id, "started_on": i.started_on.isoformat(),
                 "finished_on": i.finished_on.isoformat() if i.finished_on else None, "note": i.note}
                for i in session.scalars(select(Inventory).order_by(Inventory.id.desc()))]


def _items(session: Session, inventory_id: int, offset: int = 0, limit: int | None = None) -> list[InventoryItemRow]:
    """The checklist's units in archive order, from `offset` (all of them when `limit` is None)."""
    keep = permanent_keep_years(session)
    names = unit_names(session)
    query = (select(InventoryItem, StorageUnit).join(StorageUnit)
             .where(InventoryItem.inventory_id == inventory_id).order_by(StorageUnit.id))
    if limit is not None:
        query = query.offset(offset).limit(limit)
    return [{**unit_dict(unit, names.get(unit.unit_id), keep), "item_id": item.id, "result": item.result,
             "item_note": item.note} for item, unit in session.execute(query).all()]


def _counts(session: Session, inventory_id: int) -> dict[str, dict[str, int]]:
    """Units by retention class × result ("unchecked": not yet checked), counted by the database."""
    counts = {k: dict.fromkeys((*RESULTS, "unchecked"), 0) for k in ret.RETENTION_KINDS}
    query = (select(StorageUnit.retention, InventoryItem.result, func.count())
             .join(StorageUnit, StorageUnit.id == InventoryItem.storage_unit_id)
             .where(InventoryItem.inventory_id == inventory_id)
             .group_by(StorageUnit.retention, InventoryItem.result))
    for retention, result, count in session.execute(query).all():
        counts[retention][result or "unchecked"] += count
    return counts


def inventory_result(ctx: AppContext, inventory_id: int) -> InventoryResult:
    """The whole checklist and counts by retention class × result (None = not yet checked); for the
    printed result. The inventory tab pages the list (`inventory_page`)."""
    ctx.require(Permission.READ)
    with ctx.reading() as session:
        inv = _inventory(session, inventory_id)
        return {"id": inv.id, "started_on": inv.started_on.isoformat(),
                "finished_on": inv.finished_on.isoformat() if inv.finished_on else None, "note": inv.note,
                "items": _items(session, inv.id), "counts": _counts(session, inv.id)}


def inventory_page(ctx: AppContext, inventory_id: int, *, offset: int = 0, limit: int = 200) -> list[InventoryItemRow]:
    """One page of the checklist (issue 18: an archive of 100,000 units was read whole to show 30)."""
    ctx.require(Permission.READ)
    with ctx.reading() as session:
        return _items(session, _inventory(session, inventory_id).id, offset, limit)


def inventory_counts(ctx: AppContext, inventory_id: int) -> dict[str, dict[str, int]]:
    """The checklist's counts by retention class × result, without reading its units."""
    ctx.require(Permission.READ)
    with ctx.reading() as session:
        return _counts(session, _inventory(session, inventory_id).id)


# --- acts ------------------------------------------------------------------------
def act_dict(act: ArchiveAct) -> ActRow:
    return {"id": act.id, "kind": act.kind, "act_no": act.act_no, "act_date": act.act_date.isoformat(),
            "recipient": act.recipient, "reason": act.reason, "status": act.status,
            "prepared_by": act.prepared_by, "approved_by": act.approved_by,
            "approved_on": act.approved_on.isoformat() if act.approved_on else None,
            "attachment_id": act.attachment_id, "unit_ids": json.loads(act.unit_ids)}


def _check_units(session: Session, kind: str, unit_ids: list[int], on: date) -> list[StorageUnit]:
    keep = permanent_keep_years(session)
    units = []
    for unit_id in unit_ids:
        unit = session.get(StorageUnit, int(unit_id))
        if unit is None:
            raise NotFound(f"Нэгж №{unit_id} олдсонгүй.", f"Storage unit #{unit_id} not found.")
        if unit.status != RECEIVED:
            raise ValidationError(f"{unit.archive_no}: архивт хадгалагдаж буй нэгж биш ({unit.status}).",
                                  f"{unit.archive_no}: not a unit held in the archive ({unit.status}).")
        ret.check_act_allowed(kind, unit.retention, unit.retention_years, unit.year, on,
                              permanent_keep_years=keep, label=unit.archive_no)
        units.append(unit)
    return units


def propose_act(ctx: AppContext, kind: str, unit_ids: Iterable[int], *, act_no: str, act_date: date,
                recipient: str | None = None, reason: str | None = None) -> ActRow:
    """Prepare a transfer or destruction act (draft); the rules are checked for every unit."""
    actor = ctx.require(Permission.WRITE)
    check_event_date(act_date, "Актын огноо", "Act date")
    if kind not in (ret.TRANSFER, ret.DESTRUCTION):
        raise ValidationError(f"Актын төрөл буруу: {kind}", f"Unknown act kind: {kind}", where="kind")
    ids = sorted({int(i) for i in unit_ids})
    if not ids or not act_no.strip():
        raise ValidationError("Актын дугаар болон нэгжүүдийг заана уу.", "Give the act number and the units.")
    if kind == ret.TRANSFER and not (recipient or "").strip():
        raise ValidationError("Хүлээн авах улсын архивыг заана уу.", "Name the receiving state archive.",
                              where="recipient")
    with ctx.transaction() as session:
        _check_units(session, kind, ids, act_date)
        if session.scalar(select(ArchiveAct.id).where(ArchiveAct.kind == kind, ArchiveAct.act_no == act_no.strip())):
            raise ValidationError(f"{act_no} дугаартай акт байна.", f"Act {act_no} already exists.", where="act_no")
        act = ArchiveAct(kind=kind, act_no=act_no.strip(), act_date=act_date, recipient=recipient, reason=reason,
                         status="draft", prepared_by=actor.full_name or actor.username, unit_ids=json.dumps(ids),
                         created_at=_now())
        session.add(act)
        session.flush()
        result = act_dict(act)
        audit.record(session, actor, f"archive.act.{kind}.propose", "archive_act", act.id, after=result)
        return result


def act_report(session: Session, act: Mapping[str, Any], units: Sequence[Mapping[str, Any]]) -> TableReport:
    """The act as report data: the office's header with the approval line, the units, who approved and made it."""
    head = reporting.header(session, act_title(act), report_date=date.fromisoformat(act["act_date"]),
                            extra_lines=[approval_line(act["approved_by"], act["approved_on"])])
    signs = [reporting.signature("approved", reporting.Person(act["approved_by"] or ""),
                                 default_position="ЗДТГ-ын дарга"),
             reporting.signature("prepared", reporting.Person(act["prepared_by"] or ""),
                                 default_position="Архивын ажилтан")]
    return TableReport(head, [act_section(units)], signs, landscape=True, intro=act_intro(act, units))


def approve_act(ctx: AppContext, act_id: int, on: date | None = None) -> ActRow:
    """The head approves: units change status, and the act PDF is written and attached — all or nothing."""
    actor = ctx.require(Permission.APPROVE)
    on = on or clock.today()
    check_event_date(on, "Баталсан огноо", "Approval date")
    with ctx.transaction() as session:
        act = session.get(ArchiveAct, int(act_id))
        if act is None:
            raise NotFound(f"Акт №{act_id} олдсонгүй.", f"Act #{act_id} not found.")
        if act.status != "draft":
            raise ValidationError("Акт аль хэдийн батлагдсан.", "The act is already approved.")
        units = _check_units(session, act.kind, json.loads(act.unit_ids), max(on, act.act_date))
        keep = permanent_keep_years(session)
        names = unit_names(session)
        new_status = TRANSFERRED if act.kind == ret.TRANSFER else DESTROYED
        for unit in units:
            before = unit_dict(unit, keep_years=keep)
            unit.status, unit.act_id = new_status, act.id
            audit.record(session, actor, f"archive.unit.{new_status}", "storage_unit", unit.id, before=before,
                         after=unit_dict(unit, keep_years=keep))
        act.status, act.approved_by, act.approved_on = "approved", actor.full_name or actor.username, on
        info = act_dict(act)
        with tempfile.TemporaryDirectory() as folder:
            pdf = Path(folder) / f"act-{act.kind}-{act.act_no.replace('/', '-')}.pdf"
            act_report(session, info, [unit_dict(u, names.get(u.unit_id), keep) for u in units]).write(pdf)
            stored = attachments.store_in(session, actor, ctx.paths.attachments_dir, pdf, entity="archive_act",
                                          entity_id=act.id)
        act.attachment_id = stored["id"]
        info = act_dict(act)
        audit.record(session, actor, f"archive.act.{act.kind}.approve", "archive_act", act.id, after=info)
        return info


def list_acts(ctx: AppContext) -> list[ActRow]:
    ctx.require(Permission.READ)
    with ctx.reading() as session:
        return [act_dict(a) for a in session.scalars(select(ArchiveAct).order_by(ArchiveAct.id.desc()))]


def get_act(ctx: AppContext, act_id: int) -> ActDetail:
    ctx.require(Permission.READ)
    with ctx.reading() as session:
        act = session.get(ArchiveAct, int(act_id))
        if act is None:
            raise NotFound(f"Акт №{act_id} олдсонгүй.", f"Act #{act_id} not found.")
        keep = permanent_keep_years(session)
        names = unit_names(session)
        result = act_dict(act)
        units = [session.get(StorageUnit, i) for i in result["unit_ids"]]
        return {**result, "units": [unit_dict(u, names.get(u.unit_id), keep) for u in units if u is not None]}
