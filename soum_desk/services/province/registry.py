"""The province hub's registry: offices and their public keys, validity dates, revocation,
and the deadlines per period (settings)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from soum_desk.bundle import keys
from soum_desk.bundle.verify import KeyInfo
from soum_desk.db.models import ImportedBundle, RegisteredKey, RegisteredOffice
from soum_desk.domain.periods import Period
from soum_desk.domain.prizes import DEFAULT_PRIZES, check_prizes
from soum_desk.domain.ranking import DEFAULT_WEIGHTS, UNSATISFACTORY_BELOW, default_deadline
from soum_desk.domain.roles import Permission
from soum_desk.errors import NotFound, UserError, ValidationError
from soum_desk.services.core import audit, office, settings
from soum_desk.services.core.context import AppContext

settings.register_defaults({
    "province.deadlines": {},  # period code → ISO date, e.g. {"2024Q4": "2025-01-10"}
    "province.deadline_days_after_quarter": 10,
    "province.ranking_weights": DEFAULT_WEIGHTS,
    "province.late_penalty_per_day": 5,  # percent of the total per day late (§11.1)
    "province.unsatisfactory_below": UNSATISFACTORY_BELOW,  # §11.2: a final score below this is unsatisfactory
})
settings.BOUNDS["province.unsatisfactory_below"] = (0, 5)
settings.register_defaults({"province.prizes": DEFAULT_PRIZES})  # §10.3–10.6, amounts in million ₮
settings.register_check("province.prizes", check_prizes)


def require_province(ctx: AppContext) -> None:
    with ctx.reading() as session:
        if not office.own_office(session).is_province:
            raise UserError("Энэ үйлдэл зөвхөн аймгийн горимд ажиллана (`soum-desk --province init`).",
                            "This works only in province mode (`soum-desk --province init`).")


def _office_dict(row: RegisteredOffice, key_rows: list[RegisteredKey]) -> dict:
    return {"code": row.code, "name": row.name, "aimag_code": row.aimag_code, "kind": row.kind,
            "active": row.active, "registered_at": row.registered_at.isoformat(timespec="seconds"),
            "keys": [_key_dict(k) for k in key_rows]}


def _key_dict(row: RegisteredKey) -> dict:
    return {"key_id": row.key_id, "fingerprint": keys.fingerprint(row.key_id),
            "valid_from": row.valid_from.isoformat(timespec="seconds"),
            "valid_until": row.valid_until.isoformat(timespec="seconds") if row.valid_until else None,
            "revoked_from": row.revoked_from.isoformat() if row.revoked_from else None,
            "revoked_reason": row.revoked_reason, "first_sequence": row.first_sequence}


def register_key_file(ctx: AppContext, path: Path, *, kind: str = "soum", fingerprint: str | None = None) -> dict:
    """Register an office's public key handed over in person. A new key for a known office
    replaces the previous one from its creation time (older bundles stay valid)."""
    actor = ctx.require(Permission.PROVINCE)
    require_province(ctx)
    doc = keys.read_public_document(path)
    if doc["kind"] != "ed25519" or doc.get("is_province"):
        raise ValidationError("Энэ файл сумын гарын үсгийн түлхүүр биш.", "This file is not an office signing key.",
                              where=Path(path).name)
    if fingerprint and fingerprint.replace("-", "").lower() != doc["key_id"]:
        raise ValidationError("Хурууны хээ таарахгүй байна: түлхүүрийг бүртгэсэнгүй.",
                              "The fingerprint does not match: the key was not registered.", where="--fingerprint")
    if kind not in ("soum", "agency"):
        raise ValidationError(f"Төрөл буруу: {kind}", f"Invalid kind: {kind}", where="--kind")
    created = datetime.fromisoformat(doc["created_at"]).replace(tzinfo=None)
    now = datetime.now().replace(microsecond=0)
    with ctx.transaction() as session:
        if session.scalar(select(RegisteredKey).where(RegisteredKey.key_id == doc["key_id"])):
            raise ValidationError("Энэ түлхүүрийг аль хэдийн бүртгэсэн.", "This key is already registered.")
        row = session.scalar(select(RegisteredOffice).where(RegisteredOffice.code == doc["office_code"]))
        if row is None:
            row = RegisteredOffice(code=doc["office_code"], name=doc["office_name"], aimag_code=doc["aimag_code"],
                                   kind=kind, registered_at=now, active=True)
            session.add(row)
            session.flush()
        for old in session.scalars(select(RegisteredKey).where(RegisteredKey.office_id == row.id,
                                                               RegisteredKey.valid_until.is_(None))):
            old.valid_until = created
        key = RegisteredKey(office_id=row.id, key_id=doc["key_id"], public_key=doc["public_key"],
                            valid_from=created, registered_at=now, first_sequence=doc.get("first_sequence"))
        session.add(key)
        session.flush()
        result = _office_dict(row, _keys_of(session, row.id))
        audit.record(session, actor, "province.key_register", "registered_key", key.key_id,
                     after={"office": row.code, **_key_dict(key)})
        return result


def _keys_of(session: Session, office_id: int) -> list[RegisteredKey]:
    return list(session.scalars(select(RegisteredKey).where(RegisteredKey.office_id == office_id)
                                .order_by(RegisteredKey.valid_from)))


def list_offices(ctx: AppContext) -> list[dict]:
    ctx.require(Permission.READ)
    with ctx.reading() as session:
        rows = session.scalars(select(RegisteredOffice).order_by(RegisteredOffice.kind, RegisteredOffice.name))
        return [_office_dict(r, _keys_of(session, r.id)) for r in rows]


def revoke_key(ctx: AppContext, key_id: str, from_date: date, reason: str) -> dict:
    """Bundles signed with this key are refused when they arrive on or after `from_date`."""
    actor = ctx.require(Permission.PROVINCE)
    with ctx.transaction() as session:
        row = session.scalar(select(RegisteredKey).where(RegisteredKey.key_id == key_id.replace("-", "").lower()))
        if row is None:
            raise NotFound(f"Түлхүүр олдсонгүй: {key_id}", f"Key not found: {key_id}")
        before = _key_dict(row)
        row.revoked_from, row.revoked_reason = from_date, reason.strip() or "-"
        audit.record(session, actor, "province.key_revoke", "registered_key", row.key_id, before=before,
                     after=_key_dict(row))
        return _key_dict(row)


class DbTrust:
    """The registry as the verifier's `Trust`, loaded once per import run."""

    def __init__(self, session: Session) -> None:
        self.offices: dict[str, RegisteredOffice] = {o.code: o for o in session.scalars(select(RegisteredOffice))}
        by_id = {o.id: o.code for o in self.offices.values()}
        rows = list(session.scalars(select(RegisteredKey).order_by(RegisteredKey.office_id, RegisteredKey.valid_from,
                                                                  RegisteredKey.id)))
        first_signed = {key_id: first for key_id, first in session.execute(
            select(ImportedBundle.key_id, func.min(ImportedBundle.sequence)).group_by(ImportedBundle.key_id))}
        self.keys: dict[str, KeyInfo] = {}
        for k in rows:
            later = [s for s in rows if s.office_id == k.office_id and (s.valid_from, s.id) > (k.valid_from, k.id)]
            self.keys[k.key_id] = KeyInfo(k.key_id, by_id[k.office_id], k.public_key, k.valid_from, k.valid_until,
                                          k.revoked_from, **_retirement(later, first_signed))

    def key(self, key_id: str) -> KeyInfo | None:
        return self.keys.get(key_id)

    def office_known(self, code: str) -> bool:
        office_row = self.offices.get(code)
        return office_row is not None and office_row.active

    def keys_of(self, code: str) -> list[KeyInfo]:
        return [k for k in self.keys.values() if k.office_code == code]


def _retirement(later: list[RegisteredKey], first_signed: dict[str, int]) -> dict:
    """How a key is retired, judged by the province's own records, never by a bundle's date: it
    signs nothing numbered from its successor's first bundle on (the successor's key file says
    which, or the province imported one), and a bundle with it arriving after the day the
    province registered the successor, when neither is known, is refused."""
    if not later:
        return {}
    starts = [s.first_sequence for s in later if s.first_sequence]
    starts += [first_signed[s.key_id] for s in later if s.key_id in first_signed]
    return {"until_sequence": min(starts) - 1 if starts else None,
            "retired_on": min(s.registered_at for s in later).date()}


class DbChain:
    """What the province already imported, as the verifier's `ChainState`."""

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    def digest_imported(self, digest: str) -> bool:
        with self.ctx.reading() as session:
            return session.scalar(select(ImportedBundle.id).where(ImportedBundle.digest == digest)) is not None

    def digest_at(self, office_code: str, sequence: int) -> str | None:
        with self.ctx.reading() as session:
            return session.scalar(select(ImportedBundle.digest).where(ImportedBundle.office_code == office_code,
                                                                      ImportedBundle.sequence == sequence))

    def last(self, office_code: str) -> tuple[int, str] | None:
        with self.ctx.reading() as session:
            row = session.execute(select(ImportedBundle.sequence, ImportedBundle.digest)
                                  .where(ImportedBundle.office_code == office_code)
                                  .order_by(ImportedBundle.sequence.desc()).limit(1)).first()
            return (row[0], row[1]) if row else None

    def audit_head_at(self, office_code: str, sequence: int) -> str | None:
        with self.ctx.reading() as session:
            return session.scalar(select(ImportedBundle.audit_head).where(
                ImportedBundle.office_code == office_code, ImportedBundle.sequence == sequence))


def chain_head(ctx: AppContext, office_code: str) -> dict:
    """The office's last imported bundle: what the office resynchronises onto after a broken
    chain (`soum-desk bundle resync`, docs/bundle.md)."""
    ctx.require(Permission.READ)
    require_province(ctx)
    with ctx.reading() as session:
        known = session.scalar(select(RegisteredOffice.id).where(RegisteredOffice.code == office_code))
    if known is None:
        raise NotFound(f"«{office_code}» байгууллага бүртгэлгүй.", f"The office «{office_code}» is not registered.")
    last = DbChain(ctx).last(office_code)
    sequence, digest = last if last else (0, "")
    return {"office_code": office_code, "sequence": sequence, "digest": digest}


class MemoryChain:
    """What the province already imported, read in one query at the start of a batch and kept
    up to date as the batch stores bundles: the sequence check of every bundle runs from memory
    instead of three database sessions. A bundle another import stored meanwhile is caught by
    the database's unique digest and (office, sequence) when storing (`imports._store_once`)."""

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.digests: set[str] = set()
        self.by_office: dict[str, dict[int, str]] = {}
        with ctx.reading() as session:
            for office_code, sequence, digest in session.execute(
                    select(ImportedBundle.office_code, ImportedBundle.sequence, ImportedBundle.digest)):
                self.add(office_code, sequence, digest)

    def add(self, office_code: str, sequence: int, digest: str) -> None:
        self.digests.add(digest)
        self.by_office.setdefault(office_code, {})[sequence] = digest

    def digest_imported(self, digest: str) -> bool:
        return digest in self.digests

    def digest_at(self, office_code: str, sequence: int) -> str | None:
        return self.by_office.get(office_code, {}).get(sequence)

    def audit_head_at(self, office_code: str, sequence: int) -> str | None:
        """The audit head bundle `sequence` carried (read when asked: once per bundle checked)."""
        with self.ctx.reading() as session:
            return session.scalar(select(ImportedBundle.audit_head).where(
                ImportedBundle.office_code == office_code, ImportedBundle.sequence == sequence))

    def last(self, office_code: str) -> tuple[int, str] | None:
        chain = self.by_office.get(office_code)
        if not chain:
            return None
        sequence = max(chain)
        return sequence, chain[sequence]


def deadline(ctx: AppContext, period: str) -> date:
    code = Period.parse(period).code
    with ctx.reading() as session:
        explicit = settings.get_value(session, "province.deadlines") or {}
        days = int(settings.get_value(session, "province.deadline_days_after_quarter"))
    if code in explicit:
        return date.fromisoformat(explicit[code])
    return default_deadline(Period.parse(code), days)


def set_deadline(ctx: AppContext, period: str, day: date) -> None:
    actor = ctx.require(Permission.PROVINCE)
    code = Period.parse(period).code
    with ctx.transaction() as session:
        current = dict(settings.get_value(session, "province.deadlines") or {})
        before = current.get(code)
        current[code] = day.isoformat()
        settings.set_value(session, "province.deadlines", current)
        audit.record(session, actor, "province.deadline", "setting", code, before={"deadline": before},
                     after={"deadline": day.isoformat()})
