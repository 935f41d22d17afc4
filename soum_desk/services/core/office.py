"""The office: set-up, details, bags and units."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from soum_desk.db.models import Bag, Office, Unit
from soum_desk.domain.aimags import by_code
from soum_desk.domain.collation import mongolian_key, sorted_mongolian
from soum_desk.domain.roles import Permission, Role
from soum_desk.errors import NotFound, ValidationError
from soum_desk.services.core import audit, settings, users
from soum_desk.services.core.context import Actor, AppContext


def office_dict(office: Office) -> dict:
    aimag = by_code(office.aimag_code)
    return {"id": office.id, "code": office.code, "name": office.name, "aimag_code": office.aimag_code,
            "aimag_name": aimag.mn if aimag else office.aimag_code, "soum_name": office.soum_name,
            "bag_name": office.bag_name, "place": office.place, "is_province": office.is_province,
            "bags": sorted_mongolian([b.name for b in office.bags if b.active]),
            "units": sorted_mongolian([u.name for u in office.units if u.active])}


def make_office_code(aimag_code: str, soum_name: str, bag_name: str | None = None) -> str:
    """A readable, stable code: aimag code plus the soum (and bag) name."""
    parts = [aimag_code, soum_name] + ([bag_name] if bag_name else [])
    return "/".join(re.sub(r"\s+", "-", p.strip()) for p in parts)


def is_initialised(ctx: AppContext) -> bool:
    with ctx.reading() as session:
        return session.scalar(select(Office.id).limit(1)) is not None


def own_office(session: Session) -> Office:
    office = session.scalar(select(Office).order_by(Office.id).limit(1))
    if office is None:
        raise NotFound("Байгууллагын мэдээлэл оруулаагүй байна. `soum-desk init` ажиллуулна уу.",
                       "The office is not set up yet. Run `soum-desk init`.")
    return office


def get_office(ctx: AppContext) -> dict:
    with ctx.reading() as session:
        return office_dict(own_office(session))


def initialise(ctx: AppContext, *, aimag_code: str, soum_name: str, office_name: str, admin_username: str,
               admin_password: str, admin_full_name: str = "", bag_name: str | None = None,
               place: str | None = None, province: bool = False, bags: list[str] | None = None,
               units: list[str] | None = None) -> dict:
    """First set-up: the office and its first administrator, in one transaction."""
    aimag = by_code(aimag_code)
    if aimag is None:
        raise ValidationError(f"Аймгийн код буруу: {aimag_code} (жишээ нь MN-065).",
                              f"Unknown aimag code: {aimag_code} (for example MN-065).", where="--aimag")
    if not soum_name.strip() and not province:
        raise ValidationError("Сумын нэр хоосон байна.", "The soum name is empty.", where="--soum")
    if not office_name.strip():
        raise ValidationError("Байгууллагын нэр хоосон байна.", "The office name is empty.", where="--office")
    system = Actor.system()
    with ctx.transaction() as session:
        if session.scalar(select(Office.id).limit(1)) is not None:
            raise ValidationError("Байгууллагын мэдээлэл аль хэдийн оруулсан байна.",
                                  "The office is already set up.")
        office = Office(code=make_office_code(aimag_code, soum_name or "province", bag_name),
                        name=office_name.strip(), aimag_code=aimag_code, soum_name=soum_name.strip(),
                        bag_name=bag_name, place=place or (aimag.centre_mn if province else soum_name),
                        is_province=province, created_at=datetime.now())
        session.add(office)
        session.flush()
        for name in bags or []:
            session.add(Bag(office_id=office.id, name=name.strip(), active=True))
        for name in units or []:
            session.add(Unit(office_id=office.id, name=name.strip(), active=True))
        session.flush()
        audit.record(session, system, "office.create", "office", office.id, after=office_dict(office))
        users.create_user_in(session, system, admin_username, admin_password, Role.ADMIN.value,
                             admin_full_name or admin_username)
        return office_dict(office)


NameRow = TypeVar("NameRow", Bag, Unit)
OFFICE_FIELDS = frozenset({"name", "soum_name", "bag_name", "place"})


def update_office(ctx: AppContext, **changes: str | None) -> dict:
    actor = ctx.require(Permission.SETTINGS)
    with ctx.transaction() as session:
        return _update_office_in(session, actor, changes)


def _update_office_in(session: Session, actor: Actor, changes: dict[str, str | None]) -> dict:
    office = own_office(session)
    before = office_dict(office)
    for key, value in changes.items():
        if key not in OFFICE_FIELDS:
            raise ValidationError(f"Өөрчлөх боломжгүй талбар: {key}", f"Field cannot be changed: {key}")
        setattr(office, key, value)
    audit.record(session, actor, "office.update", "office", office.id, before=before, after=office_dict(office))
    return office_dict(office)


def _set_names(ctx: AppContext, model: type[NameRow], names: list[str], action: str) -> list[str]:
    actor = ctx.require(Permission.SETTINGS)
    with ctx.transaction() as session:
        return _set_names_in(session, actor, model, names, action)


def _set_names_in(session: Session, actor: Actor, model: type[NameRow], names: list[str], action: str) -> list[str]:
    clean = [n.strip() for n in names if n.strip()]
    office = own_office(session)
    existing = {row.name: row for row in session.scalars(select(model).where(model.office_id == office.id))}
    before = sorted(n for n, r in existing.items() if r.active)
    for name, row in existing.items():
        row.active = name in clean  # never delete: records may point at it
    for name in clean:
        if name not in existing:
            session.add(model(office_id=office.id, name=name, active=True))
    audit.record(session, actor, action, "office", office.id, before={"names": before}, after={"names": sorted(clean)})
    return clean


def add_names_in(session: Session, actor: Actor, model: type[NameRow], names: list[str], action: str,
                 source: str) -> list[str]:
    """Register the `names` the office lacks (an import the clerk confirmed); the rest stay as they are.

    Returns the names added; one audit entry names them and the file (`source`) they came from."""
    office = own_office(session)
    existing = {row.name: row for row in session.scalars(select(model).where(model.office_id == office.id))}
    before = sorted(n for n, r in existing.items() if r.active)
    added = [n for n in dict.fromkeys(n.strip() for n in names) if n and n not in existing]
    for name in added:
        session.add(model(office_id=office.id, name=name, active=True))
    if added:
        audit.record(session, actor, action, "office", office.id, before={"names": before},
                     after={"names": sorted(before + added), "added": added, "file": source})
    return added


def save_settings(ctx: AppContext, *, office_changes: dict[str, str | None] | None = None,
                  bags: list[str] | None = None, units: list[str] | None = None,
                  values: dict[str, Any] | None = None) -> None:
    """The settings dialog's Save: office details, bag and unit lists and settings in one transaction.

    Parts passed as None are left alone; each part keeps its own audit entries.
    """
    actor = ctx.require(Permission.SETTINGS)
    clean = {key: settings.validate(key, value) for key, value in (values or {}).items()}
    with ctx.transaction() as session:
        if office_changes:
            _update_office_in(session, actor, office_changes)
        if bags is not None:
            _set_names_in(session, actor, Bag, bags, "office.bags")
        if units is not None:
            _set_names_in(session, actor, Unit, units, "office.units")
        settings.update_in(session, actor, clean)


def set_bags(ctx: AppContext, names: list[str]) -> list[str]:
    return _set_names(ctx, Bag, names, "office.bags")


def set_units(ctx: AppContext, names: list[str]) -> list[str]:
    return _set_names(ctx, Unit, names, "office.units")


def list_bags(ctx: AppContext) -> list[dict]:
    with ctx.reading() as session:
        rows = session.scalars(select(Bag).where(Bag.active)).all()
        return [{"id": b.id, "name": b.name} for b in sorted(rows, key=lambda b: mongolian_key(b.name))]


def list_units(ctx: AppContext) -> list[dict]:
    with ctx.reading() as session:
        rows = session.scalars(select(Unit).where(Unit.active)).all()
        return [{"id": u.id, "name": u.name} for u in sorted(rows, key=lambda u: mongolian_key(u.name))]
