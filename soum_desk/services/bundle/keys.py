"""The office's keys: create, rotate, revoke, export the public half; the province's key.

An office signs with Ed25519. A province holds an X25519 key so offices can seal personal
data to it (HPKE); its public half is imported at each office as a setting.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from soum_desk.bundle import keys
from soum_desk.db.models import BundleExport, OfficeKey
from soum_desk.domain.roles import Permission
from soum_desk.errors import NotFound, UserError
from soum_desk.fileio import write_bytes_atomic
from soum_desk.services.core import audit, office, settings
from soum_desk.services.core.context import AppContext

PROVINCE_KEY_SETTING = "bundle.province_public_key"
settings.register_defaults({PROVINCE_KEY_SETTING: None, "bundle.include_personal": False})


def key_dict(row: OfficeKey) -> dict:
    status = "revoked" if row.revoked_at else "retired" if row.retired_at else "active"
    return {"key_id": row.key_id, "kind": row.kind, "public_key": row.public_key,
            "fingerprint": keys.fingerprint(row.key_id), "created_at": row.created_at.isoformat(timespec="seconds"),
            "retired_at": row.retired_at.isoformat(timespec="seconds") if row.retired_at else None,
            "revoked_at": row.revoked_at.isoformat(timespec="seconds") if row.revoked_at else None,
            "revoked_reason": row.revoked_reason, "status": status, "file_name": row.file_name}


def _active(session: Session, kind: str) -> OfficeKey | None:
    return session.scalar(select(OfficeKey).where(OfficeKey.kind == kind, OfficeKey.retired_at.is_(None),
                                                  OfficeKey.revoked_at.is_(None)).order_by(OfficeKey.id.desc()))


def create_key(ctx: AppContext, passphrase: str, *, kind: str | None = None) -> dict:
    """Generate a new key pair; the previous active key of that kind is retired (still valid
    for the bundles it signed). An office makes Ed25519 keys, a province X25519."""
    actor = ctx.require(Permission.SIGN)
    with ctx.reading() as session:
        own = office.own_office(session)
        is_province = own.is_province
        keys.check_passphrase(passphrase, names=(own.name, own.soum_name))
    kind = kind or ("x25519" if is_province else "ed25519")
    pair = keys.generate(kind)
    now = datetime.now().replace(microsecond=0)
    path = keys.write_private(ctx.paths.keys_dir, pair, passphrase, created_at=now)
    retired_file: str | None = None
    with ctx.transaction() as session:
        previous = _active(session, kind)
        if previous is not None:
            previous.retired_at = now
            retired_file = previous.file_name if kind == "ed25519" else None
            audit.record(session, actor, "bundle.key_retire", "office_key", previous.key_id,
                         after={"retired_at": now.isoformat(), "private_key_destroyed": retired_file is not None})
        row = OfficeKey(key_id=pair.key_id, kind=kind, public_key=pair.public_b64, file_name=path.name,
                        created_at=now)
        session.add(row)
        session.flush()
        audit.record(session, actor, "bundle.key_create", "office_key", pair.key_id, after=key_dict(row))
        result = key_dict(row)
    if retired_file:
        _destroy(ctx.paths.keys_dir / retired_file)
    return result


def _destroy(path: Path) -> None:
    """A retired signing key signs nothing more: its private half is overwritten and removed, so a
    back-dated bundle can never be signed with it. (Its public half stays: old bundles still verify.
    A province keeps its retired X25519 keys: bundles sealed to them must still open.)"""
    try:
        size = path.stat().st_size
        with open(path, "r+b") as handle:
            handle.write(os.urandom(size))
            handle.flush()
            os.fsync(handle.fileno())
        path.unlink()
    except FileNotFoundError:
        pass


def list_keys(ctx: AppContext) -> list[dict]:
    ctx.require(Permission.READ)
    with ctx.reading() as session:
        return [key_dict(r) for r in session.scalars(select(OfficeKey).order_by(OfficeKey.id.desc()))]


def active_key(ctx: AppContext, kind: str = "ed25519") -> dict | None:
    with ctx.reading() as session:
        row = _active(session, kind)
        return key_dict(row) if row else None


def revoke_key(ctx: AppContext, key_id: str, reason: str) -> dict:
    """Mark a key revoked (lost laptop, leaked passphrase); tell the province the same day."""
    actor = ctx.require(Permission.SIGN)
    with ctx.transaction() as session:
        row = session.scalar(select(OfficeKey).where(OfficeKey.key_id == key_id))
        if row is None:
            raise NotFound(f"Түлхүүр олдсонгүй: {key_id}", f"Key not found: {key_id}")
        before = key_dict(row)
        row.revoked_at = datetime.now().replace(microsecond=0)
        row.revoked_reason = reason.strip() or "-"
        audit.record(session, actor, "bundle.key_revoke", "office_key", key_id, before=before, after=key_dict(row))
        return key_dict(row)


def unlock_key(ctx: AppContext, passphrase: str, kind: str = "ed25519") -> keys.KeyPair:
    """Open the active private key of `kind` with its passphrase."""
    info = active_key(ctx, kind)
    if info is None:
        raise UserError("Түлхүүр үүсгээгүй байна. «Түлхүүр» хэсэгт шинэ түлхүүр үүсгэнэ үү.",
                        "No key yet. Create one under «Keys».")
    path = ctx.paths.keys_dir / info["file_name"]
    return _checked(keys.open_private(path, passphrase, expected_key_id=info["key_id"]), info["key_id"])


def _checked(pair: keys.KeyPair, expected_key_id: str) -> keys.KeyPair:
    """The unsealed key must be the one the database names: a key file of another office copied
    under the active key's name would sign bundles the province refuses, spending a sequence number."""
    if pair.key_id != expected_key_id:
        raise keys.not_this_key(pair.key_id, expected_key_id)
    return pair


def public_key_document(ctx: AppContext, key_id: str | None = None) -> dict:
    """The public key file's content for registration in person."""
    ctx.require(Permission.READ)
    with ctx.reading() as session:
        own = office.office_dict(office.own_office(session))
        query = select(OfficeKey).order_by(OfficeKey.id.desc())
        if key_id:
            query = query.where(OfficeKey.key_id == key_id)
        else:
            query = query.where(OfficeKey.revoked_at.is_(None), OfficeKey.retired_at.is_(None))
        row = session.scalar(query.limit(1))
        if row is None:
            raise NotFound("Нийтийн түлхүүр олдсонгүй.", "No public key found.")
        first = None
        if row.kind == "ed25519":
            first = session.scalar(select(func.min(BundleExport.sequence)).where(BundleExport.key_id == row.key_id))
            if first is None and row.retired_at is None and row.revoked_at is None:
                from soum_desk.services.bundle import ledger

                first = max(session.scalar(select(func.max(BundleExport.sequence))) or 0, ledger.highest(ctx)) + 1
        return keys.public_document(kind=row.kind, key_id=row.key_id, public_b64=row.public_key,
                                    created_at=row.created_at, office=own, first_sequence=first)


def export_public_key(ctx: AppContext, target: Path, key_id: str | None = None) -> Path:
    import json

    doc = public_key_document(ctx, key_id)
    write_bytes_atomic(target, json.dumps(doc, ensure_ascii=False, indent=2).encode("utf-8"))
    return target


def printable_card(doc: dict) -> str:
    """Text to print and sign when the key is handed over in person."""
    return "\n".join([
        "SoumDesk — нийтийн түлхүүр / public key",
        f"Байгууллага / office: {doc['office_name']} ({doc['office_code']})",
        f"Төрөл / kind: {doc['kind']}",
        f"Хурууны хээ / fingerprint: {doc['fingerprint']}",
        f"Үүсгэсэн / created: {doc['created_at']}",
        *([f"Эхний багцын № / first bundle no.: {doc['first_sequence']}"] if doc.get("first_sequence") else []),
        f"Түлхүүр / key: {doc['public_key']}",
        "",
        "Хүлээлгэн өгсөн / handed over: ....................    Хүлээн авсан / received: ....................",
    ])


def import_province_key(ctx: AppContext, path: Path) -> dict:
    """Store the province's X25519 public key (for sealing personal data)."""
    actor = ctx.require(Permission.SETTINGS)
    doc = keys.read_public_document(path)
    if doc["kind"] != "x25519" or not doc.get("is_province"):
        raise UserError("Энэ файл аймгийн шифрлэлтийн түлхүүр биш.", "This file is not a province encryption key.",
                        where=Path(path).name)
    with ctx.transaction() as session:
        before = settings.get_value(session, PROVINCE_KEY_SETTING)
        value = {k: doc[k] for k in ("key_id", "public_key", "fingerprint", "office_code", "office_name")}
        settings.set_value(session, PROVINCE_KEY_SETTING, value)
        audit.record(session, actor, "bundle.province_key", "setting", PROVINCE_KEY_SETTING,
                     before={"value": before}, after={"value": value})
    return value
