"""The append-only, hash-chained audit log.

Each entry's hash covers the previous entry's hash and the entry itself, so an
edit, a deletion or a reordering breaks the chain at that point. The chain head
(last id and hash, and the count) is also kept in `setting`, so deleting the
newest entries is caught too — unless that head is rewritten with them, which is why
it is also kept outside the database (`audit_anchor`, and each bundle's proof in
`services/bundle/audit_proof`), and why `verify` checks the triggers (`audit_triggers`).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session
from sqlalchemy.sql import Select

from soum_desk.config import AppPaths
from soum_desk.db.models import AuditEntry, Setting, User
from soum_desk.domain.roles import Permission
from soum_desk.services.core import audit_anchor
from soum_desk.services.core.audit_position import GENESIS
from soum_desk.services.core.context import Actor, AppContext

PROGRESS_EVERY = 10_000  # entries between progress reports while verifying
HEAD_KEY = "audit.head"


def _default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, set | frozenset | tuple):
        return sorted(value) if isinstance(value, set | frozenset) else list(value)
    return str(value)


def canonical_json(value: Any) -> str | None:
    if value is None:
        return None
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=_default)


# One encoder for every entry: json.dumps with non-default options builds a new one per call.
_HASH_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def entry_hash(prev_hash: str, at: str, username: str | None, action: str, entity: str | None,
               entity_id: str | None, before: str | None, after: str | None) -> str:
    payload = _HASH_ENCODER.encode([prev_hash, at, username, action, entity, entity_id, before, after])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _lock_chain(session: Session) -> None:
    """Serialise writers to the chain (SQLite already holds the write lock via BEGIN IMMEDIATE)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(727001)"))


def record(session: Session, actor: Actor | None, action: str, entity: str | None = None,
           entity_id: Any = None, before: Any = None, after: Any = None) -> AuditEntry:
    """Append one entry in the caller's transaction."""
    _lock_chain(session)
    head = session.get(Setting, HEAD_KEY)
    state: dict[str, Any] = json.loads(head.value) if head else {"count": 0, "hash": GENESIS, "id": 0}
    at = datetime.now(UTC).isoformat(timespec="microseconds")
    username = actor.username if actor else None
    before_json, after_json = canonical_json(before), canonical_json(after)
    eid = None if entity_id is None else str(entity_id)
    digest = entry_hash(state["hash"], at, username, action, entity, eid, before_json, after_json)
    entry = AuditEntry(at=at, username=username, action=action, entity=entity, entity_id=eid,
                       before=before_json, after=after_json, prev_hash=state["hash"], hash=digest)
    session.add(entry)
    session.flush()
    new_state = json.dumps({"count": state["count"] + 1, "hash": digest, "id": entry.id})
    audit_anchor.noted(session, (state["count"], state["hash"]), (state["count"] + 1, digest))
    if head is None:
        session.add(Setting(key=HEAD_KEY, value=new_state))
    else:
        head.value = new_state
    return entry


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    checked: int
    first_bad_id: int | None = None
    reason_mn: str = ""
    reason_en: str = ""
    head_hash: str = GENESIS
    cancelled: bool = False  # the user stopped the check; nothing is known to be broken


_CHAIN_COLUMNS = (AuditEntry.id, AuditEntry.at, AuditEntry.username, AuditEntry.action, AuditEntry.entity,
                  AuditEntry.entity_id, AuditEntry.before, AuditEntry.after, AuditEntry.prev_hash,
                  AuditEntry.hash)


def _iter_entries(session: Session, batch: int = 10_000) -> Iterable:
    """Plain rows in id order, a batch at a time (ORM objects would be ~3× slower here)."""
    last_id = 0
    while True:
        rows = session.execute(
            select(*_CHAIN_COLUMNS).where(AuditEntry.id > last_id).order_by(AuditEntry.id).limit(batch)
        ).all()
        if not rows:
            return
        yield from rows
        last_id = rows[-1].id


def verify_chain(session: Session, progress: Callable[[int, int], bool] | None = None,
                 paths: AppPaths | None = None) -> ChainReport:
    """Walk the chain in id order and name the first entry that does not fit; then ask whether the
    triggers that keep the log append-only are still there (a chain can link after its tail was cut
    with them dropped) and, given the data folder's `paths`, whether it still reaches the head
    anchored outside the database (`audit_anchor`: a cut tail, a deleted WAL).

    `progress(done, total)` is called every 10,000 entries; returning False stops the walk
    (the report then says the check was cancelled and is not ok).
    """
    from soum_desk.services.core import audit_triggers

    report = _walk(session, progress)
    if report.cancelled:
        return report
    for found in (audit_triggers.problem(session), audit_anchor.problem(session, paths) if paths else None):
        if found is None:
            continue
        if report.ok:
            report = replace(report, ok=False, reason_mn=found[0], reason_en=found[1])
        else:
            report = replace(report, reason_mn=f"{report.reason_mn} {found[0]}",
                             reason_en=f"{report.reason_en} {found[1]}")
    return report


def _walk(session: Session, progress: Callable[[int, int], bool] | None) -> ChainReport:
    prev = GENESIS
    count = 0
    last_id = 0
    total = (session.scalar(select(func.count(AuditEntry.id))) or 0) if progress else 0
    for entry in _iter_entries(session):
        count += 1
        if entry.prev_hash != prev:
            return ChainReport(False, count, entry.id,
                               f"#{entry.id} бичлэгийн өмнөх хэш таарахгүй байна: өмнөх бичлэг устгагдсан эсвэл дараалал өөрчлөгдсөн.",
                               f"Entry #{entry.id}: previous hash does not match — an entry before it was deleted or reordered.")
        expected = entry_hash(entry.prev_hash, entry.at, entry.username, entry.action, entry.entity,
                              entry.entity_id, entry.before, entry.after)
        if entry.hash != expected:
            return ChainReport(False, count, entry.id,
                               f"#{entry.id} бичлэгийн агуулга өөрчлөгдсөн байна.",
                               f"Entry #{entry.id}: its content was altered.")
        prev = entry.hash
        last_id = entry.id
        if progress is not None and count % PROGRESS_EVERY == 0 and not progress(count, total):
            return ChainReport(False, count, None, "Шалгалтыг цуцаллаа.", "The check was cancelled.",
                               cancelled=True)
    head = session.get(Setting, HEAD_KEY)
    if head is not None:
        state = json.loads(head.value)
        if state["count"] != count or state["hash"] != prev:
            return ChainReport(False, count, state.get("id") or last_id,
                               f"Сүүлийн бичлэгүүд устгагдсан байна: {state['count']} байх ёстой, {count} байна.",
                               f"The newest entries were removed: expected {state['count']}, found {count}.")
    elif count:
        return ChainReport(False, count, last_id, "Аудитын толгой бичлэг алга.", "The audit head record is missing.")
    return ChainReport(True, count, head_hash=prev)


def verify(ctx: AppContext, progress: Callable[[int, int], bool] | None = None) -> ChainReport:
    ctx.require(Permission.AUDIT)
    with ctx.reading() as session:
        return verify_chain(session, progress, ctx.paths)


def chain_head(ctx: AppContext) -> dict:
    """The chain head for the bundle: count and last hash."""
    with ctx.reading() as session:
        head = session.get(Setting, HEAD_KEY)
        return json.loads(head.value) if head else {"count": 0, "hash": GENESIS, "id": 0}


@dataclass(frozen=True)
class AuditFilter:
    """Filters for the viewer and `audit list`. Dates are the clerk's local calendar days."""

    username: str | None = None
    action_prefix: str | None = None
    entity: str | None = None
    since: date | str | None = None  # first local day (inclusive)
    until: date | str | None = None  # last local day (inclusive)
    text: str | None = None


def _utc_bound(day: date | str) -> str:
    """Local midnight of `day` as the UTC ISO text stored in `audit_log.at`."""
    if isinstance(day, str):
        day = date.fromisoformat(day)
    local_midnight = datetime(day.year, day.month, day.day).astimezone()
    return local_midnight.astimezone(UTC).isoformat(timespec="microseconds")


def local_time(at: str) -> str:
    """`audit_log.at` (UTC) as local «YYYY.MM.DD HH:MM:SS» for display."""
    return datetime.fromisoformat(at).astimezone().strftime("%Y.%m.%d %H:%M:%S")


def _filtered(query: Select[Any], flt: AuditFilter) -> Select[Any]:
    if flt.username:
        query = query.where(AuditEntry.username == flt.username)
    if flt.action_prefix:
        query = query.where(AuditEntry.action.like(f"{flt.action_prefix}%"))
    if flt.entity:
        query = query.where(AuditEntry.entity == flt.entity)
    if flt.since:
        query = query.where(AuditEntry.at >= _utc_bound(flt.since))
    if flt.until:
        until = date.fromisoformat(flt.until) if isinstance(flt.until, str) else flt.until
        query = query.where(AuditEntry.at < _utc_bound(until + timedelta(days=1)))
    if flt.text:
        pattern = f"%{flt.text.strip()}%"
        query = query.where(AuditEntry.before.like(pattern) | AuditEntry.after.like(pattern)
                            | AuditEntry.action.like(pattern) | AuditEntry.entity_id.like(pattern))
    return query


def usernames(ctx: AppContext) -> list[str]:
    """Every user name that appears in the log (for the viewer's filter)."""
    ctx.require(Permission.AUDIT)
    with ctx.reading() as session:
        return [u for u in session.scalars(select(AuditEntry.username).distinct().order_by(AuditEntry.username)) if u]


def list_entries(ctx: AppContext, flt: AuditFilter | None = None, *, offset: int = 0,
                 limit: int = 200) -> list[dict]:
    """A page of entries, newest first, as plain dicts."""
    ctx.require(Permission.AUDIT)
    flt = flt or AuditFilter()
    with ctx.reading() as session:
        query = _filtered(select(AuditEntry), flt).order_by(AuditEntry.id.desc()).offset(offset).limit(limit)
        entries = list(session.scalars(query))
        names = _full_names(session, {e.username for e in entries if e.username})
        return [
            {"id": e.id, "at": e.at, "local_at": local_time(e.at), "username": e.username,
             "person": names.get(e.username or "", e.username or ""), "action": e.action, "entity": e.entity,
             "entity_id": e.entity_id, "before": e.before, "after": e.after}
            for e in entries
        ]


def _full_names(session: Session, usernames: set[str]) -> dict[str, str]:
    """People's names for the log's user names (a name typed at a failed sign-in stays as typed)."""
    if not usernames:
        return {}
    rows = session.execute(select(User.username, User.full_name).where(User.username.in_(usernames)))
    return {username: full_name or username for username, full_name in rows}


def people(ctx: AppContext) -> dict[str, str]:
    """Every user name in the log with the person's name, for the viewer's filter."""
    names = usernames(ctx)
    with ctx.reading() as session:
        known = _full_names(session, set(names))
    return {name: known.get(name, name) for name in names}


def count_entries(ctx: AppContext, flt: AuditFilter | None = None) -> int:
    """How many entries match `flt` (for the viewer's pager)."""
    ctx.require(Permission.AUDIT)
    with ctx.reading() as session:
        return session.scalar(_filtered(select(func.count(AuditEntry.id)), flt or AuditFilter())) or 0
