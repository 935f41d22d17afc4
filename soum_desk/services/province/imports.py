"""Importing bundles at the province: verify first, import only valid ones, each in one
transaction; list every refusal with its reason; hold out-of-order bundles for review and
import them by themselves once the missing ones arrive."""

from __future__ import annotations

import logging
import re
import shutil
from collections.abc import Callable
from concurrent.futures import Future
from datetime import date, datetime
from functools import partial
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from soum_desk.bundle.baginfo import INT4_MAX
from soum_desk.bundle.cleantext import clean_text
from soum_desk.bundle.verdict import Code, Verdict
from soum_desk.bundle.verify import (
    Options,
    Trust,
    file_sha256,
    run_deferred_sequence,
    sequence_refusal,
    verify,
)
from soum_desk.db.errors import environment_problem
from soum_desk.db.models import (
    BundleFigures,
    HeldBundle,
    ImportedBundle,
    ImportRefusal,
)
from soum_desk.domain.event_dates import check_event_date
from soum_desk.domain.roles import Permission
from soum_desk.errors import EnvironmentProblem, NotFound, SoumDeskError, UserError
from soum_desk.fileio import atomic_path, make_private
from soum_desk.services.bundle import keys as bundle_keys
from soum_desk.services.core import audit, backup
from soum_desk.services.core.context import AppContext
from soum_desk.services.province.ahead import verified_ahead
from soum_desk.services.province.figures import figures_from_tables
from soum_desk.services.province.records import PreparedRecords, prepare_records, write_records
from soum_desk.services.province.registry import DbChain, DbTrust, MemoryChain, require_province

Progress = Callable[[int, int], bool]
_SURROGATE = re.compile("[\ud800-\udfff]")
MAX_REASON = 2000  # characters of a refusal's reason kept (it never holds the bundle's data)
log = logging.getLogger(__name__)
# Two imports at once (two windows, or the GUI and a command): the second finds the bundle stored.
RACED = ("Энэ багцыг яг одоо өөр импорт (өөр цонх эсвэл команд) хадгаллаа; дахин импортлох шаардлагагүй.",
         "Another import (another window or command) has just stored this bundle; there is nothing to do.")


def _unlock(ctx: AppContext, passphrase: str | None) -> object | None:
    if not passphrase:
        return None
    return bundle_keys.unlock_key(ctx, passphrase, kind="x25519").private


def import_files(ctx: AppContext, files: list[Path], *, passphrase: str | None = None,
                 arrived_on: date | None = None, progress: Progress | None = None) -> list[dict]:
    """Verify and import each file; returns one result per file (verdict and reason)."""
    ctx.require(Permission.PROVINCE)
    require_province(ctx)
    check_event_date(arrived_on, "Ирсэн огноо", "Arrival date")
    private = _unlock(ctx, passphrase)
    if files:
        backup.backup_before(ctx, "pre-import")  # README: every import makes a backup first
    batch = _Batch(ctx)
    check = partial(_verify_ahead, trust=batch.trust, private=private, arrived_on=arrived_on,
                    for_copy=ctx.engine.dialect.name == "postgresql")
    results = []
    for done, (path, verified) in enumerate(verified_ahead([Path(p) for p in files], check), start=1):
        results.append(_guarded(ctx, path, private=private, arrived_on=arrived_on, batch=batch, verified=verified))
        if progress is not None and not progress(done, len(files)):
            break
    results.extend(retry_held(ctx, private=private))
    return results


class _Batch:
    """What a batch reads once instead of per bundle: the registry (offices and keys) and the
    chain of imported bundles, kept up to date as the batch stores."""

    def __init__(self, ctx: AppContext) -> None:
        with ctx.reading() as session:
            self.trust: Trust = DbTrust(session)
        self.chain = MemoryChain(ctx)


def _options(ctx: AppContext, private: object | None, arrived_on: date | None) -> Options:
    return Options(chain=DbChain(ctx), province_private=private, require_decrypt=True, keep_tables=True,
                   arrived_on=arrived_on)


Checked = tuple[Verdict, PreparedRecords | None]


def _verify_ahead(path: Path, *, trust: Trust, private: object | None, arrived_on: date | None,
                  for_copy: bool) -> Checked:
    """Everything but the sequence check, which waits for the bundles stored before this one; for
    a valid bundle also its rows, encoded for storing."""
    verdict = verify(path, trust, Options(province_private=private, require_decrypt=True, keep_tables=True,
                                          arrived_on=arrived_on, defer_sequence=True))
    return verdict, prepare_records(verdict.tables, for_copy) if verdict.code is Code.VALID else None


def _guarded(ctx: AppContext, path: Path, *, private: object | None, arrived_on: date | None,
             batch: _Batch | None = None, verified: Future[Checked] | None = None) -> dict:
    """One file of a batch: whatever goes wrong with it is its own refusal, and the batch goes on."""
    try:
        return import_one(ctx, path, private=private, arrived_on=arrived_on, batch=batch, verified=verified)
    except SoumDeskError as exc:  # the disk, the database: told as it is
        mn, en = exc.msg.mn, exc.msg.en
    except Exception:  # noqa: BLE001 - a bug must not cost the rest of the batch; the log keeps the trace
        log.exception("province import of %s failed", path.name)
        mn, en = "Импортын үед урьдчилан тооцоогүй алдаа гарлаа.", "An unexpected error stopped the import."
    verdict = Verdict(Code.NOT_CHECKED, f"{mn} Багцаас юу ч хадгалаагүй; дахин импортлоно уу.",
                      f"{en} Nothing of the bundle was stored; import it again.", file=path.name,
                      arrived_on=arrived_on or date.today())
    try:
        _refuse(ctx, path, verdict, ctx.actor.username if ctx.actor else "system")
    except Exception:  # noqa: BLE001 - the database itself is failing: the result still says why
        log.exception("could not record the refusal of %s", path.name)
    return {**verdict.as_dict(), "path": str(path), "arrived_on": (verdict.arrived_on or date.today()).isoformat()}


# Valid bundles a person at the province decides on (`accept_held` / `reject_held`): a gap before
# them, or an office audit log that no longer continues the one its last bundle carried — which a
# restored backup causes as surely as a cut tail does (the head asks the office which it was).
REVIEWED_BY_A_PERSON = (Code.HELD, Code.AUDIT_CUT)


def import_one(ctx: AppContext, path: Path, *, private: object | None = None,
               arrived_on: date | None = None, batch: _Batch | None = None,
               verified: Future[Checked] | None = None) -> dict:
    """Verify (unless `verified` holds the check made ahead) and import one file."""
    actor = ctx.require(Permission.PROVINCE)
    batch = batch or _Batch(ctx)
    verdict, prepared = verified.result() if verified is not None else \
        _verify_ahead(path, trust=batch.trust, private=private, arrived_on=arrived_on,
                      for_copy=ctx.engine.dialect.name == "postgresql")
    run_deferred_sequence(batch.chain, verdict)
    if verdict.code is Code.VALID:
        _store_once(ctx, verdict, path.name, actor.username, chain=batch.chain, prepared=prepared)
    if verdict.code in REVIEWED_BY_A_PERSON:
        _hold(ctx, path, verdict, actor.username)
    elif not verdict.ok:
        _refuse(ctx, path, verdict, actor.username)
    return {**verdict.as_dict(), "path": str(path), "arrived_on": (verdict.arrived_on or date.today()).isoformat()}


def _store_once(ctx: AppContext, verdict: Verdict, file_name: str, username: str, held_id: int | None = None,
                chain: MemoryChain | None = None, allow_gap: bool = False,
                prepared: PreparedRecords | None = None) -> None:
    """Store a valid bundle; when a parallel import stored it first, say so (a replay), nothing else.
    When the other import stored a different bundle, the sequence check runs again against the
    database and its verdict (a conflict, a gap) replaces «valid»."""
    try:
        _store(ctx, verdict, file_name, username, held_id=held_id, prepared=prepared)
    except IntegrityError:  # the unique digest / (office, sequence): the other import got there first
        fresh = DbChain(ctx)
        refusal = None if fresh.digest_imported(verdict.digest or "") else sequence_refusal(fresh, verdict, allow_gap)
        if refusal is None:
            verdict.code, (verdict.reason_mn, verdict.reason_en) = Code.REPLAY, RACED
        else:
            verdict.code, verdict.reason_mn, verdict.reason_en = refusal.code, refusal.mn, refusal.en
        verdict.tables = {}
        return
    if chain is not None:
        chain.add(verdict.office_code or "", verdict.sequence or 0, verdict.digest or "")


def _store(ctx: AppContext, verdict: Verdict, file_name: str, username: str,
           held_id: int | None = None, prepared: PreparedRecords | None = None) -> int:
    """Everything about one bundle in one transaction (with, for a held bundle, its resolution:
    a kill in between must not leave it imported yet still listed as held). `prepared`: the rows
    already encoded (by the verifying thread), or None to encode them here."""
    now = datetime.now().replace(microsecond=0)
    if prepared is None:
        prepared = prepare_records(verdict.tables, ctx.engine.dialect.name == "postgresql")
    with ctx.transaction() as session:
        bundle = ImportedBundle(
            office_code=verdict.office_code, sequence=verdict.sequence, period=verdict.period,
            digest=verdict.digest, previous_digest=verdict.previous_digest or "", key_id=verdict.key_id,
            schema_version=verdict.schema_version, app_version=verdict.app_version or "",
            audit_head=verdict.audit_head or "", file_name=_clip(file_name, ImportedBundle.__table__.c.file_name),
            personal_data=verdict.personal_data,
            created_at=verdict.created_at, arrived_on=verdict.arrived_on or date.today(), imported_at=now,
            imported_by=username)
        session.add(bundle)
        session.flush()
        figures = figures_from_tables(verdict.tables)
        session.add(BundleFigures(bundle_id=bundle.id, office_code=bundle.office_code, period=bundle.period,
                                  **figures))
        stored = write_records(session, bundle.id, prepared)
        audit.record(session, None if username == "system" else ctx.actor, "province.import", "imported_bundle",
                     bundle.id, after={"office": bundle.office_code, "sequence": bundle.sequence,
                                       "period": bundle.period, "digest": bundle.digest,
                                       "arrived_on": bundle.arrived_on.isoformat(),
                                       "rows": stored})
        if held_id is not None:
            _resolve_held(session, ctx, held_id, "imported", verdict)
        return bundle.id


def _resolve_held(session: Session, ctx: AppContext, held_id: int, resolution: str, verdict: Verdict) -> None:
    row = session.get_one(HeldBundle, held_id)
    if row.resolved_at is not None:  # a parallel import resolved it first
        return
    row.resolved_at, row.resolution = datetime.now().replace(microsecond=0), resolution
    audit.record(session, ctx.actor, "province.held_resolve", "held_bundle", held_id,
                 after={"resolution": resolution, "verdict": verdict.code.value})


def _storable(text: str) -> str:
    """Text any database can store: a file name that is not UTF-8 (a stick written under another
    code page) arrives with lone surrogates, which neither SQLite nor PostgreSQL accepts."""
    return _SURROGATE.sub("\ufffd", text)


def _length(column: object) -> int | None:
    return getattr(getattr(column, "type", None), "length", None)


def _clip(text: str | None, column: object) -> str:
    """`text` cut to the model column's length (PostgreSQL's varchar(n) refuses longer values)."""
    length, text = _length(column), _storable(text or "")
    return text if length is None or len(text) <= length else text[: max(length - 1, 0)] + "…"


def _int4(value: int | None) -> int | None:
    return value if value is not None and 0 <= value <= INT4_MAX else None


def _refuse(ctx: AppContext, path: Path, verdict: Verdict, username: str) -> None:
    """The refusal record: only bounded, sanitised values (an unsigned file's claims included)."""
    try:
        digest = file_sha256(path)
    except OSError:
        digest = ""
    columns = ImportRefusal.__table__.c
    office = verdict.office_code if verdict.office_code and clean_text(verdict.office_code) else None
    office = office if office is None or len(office) <= (_length(columns.office_code) or 0) else None
    with ctx.transaction() as session:
        row = ImportRefusal(at=datetime.now().replace(microsecond=0), file_name=_clip(path.name, columns.file_name),
                            file_sha256=digest, office_code=office, sequence=_int4(verdict.sequence),
                            verdict=verdict.code.value, reason_mn=_storable(verdict.reason("mn"))[:MAX_REASON],
                            reason_en=_storable(verdict.reason("en"))[:MAX_REASON],
                            username=_clip(username, columns.username))
        session.add(row)
        session.flush()
        audit.record(session, ctx.actor, "province.refuse", "import_refusal", row.id,
                     after={"file": row.file_name, "verdict": row.verdict, "office": row.office_code,
                            "sequence": row.sequence})


def _hold(ctx: AppContext, path: Path, verdict: Verdict, username: str) -> None:
    """Keep a valid out-of-order bundle for review (a copy, readable by this user only). When the copy
    cannot be made (the disk is full) the file is refused with that reason and can be imported again."""
    held_dir = ctx.paths.data_dir / "held"
    with ctx.reading() as session:
        if session.scalar(select(HeldBundle.id).where(HeldBundle.digest == verdict.digest)) is not None:
            return
    stored = held_dir / f"{verdict.digest}.zip"
    try:
        held_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        make_private(held_dir, folder=True)
        with atomic_path(stored) as tmp:
            shutil.copyfile(path, tmp)
    except (OSError, EnvironmentProblem) as exc:
        problem = exc if isinstance(exc, EnvironmentProblem) else environment_problem(exc)
        mn, en = (problem.msg.mn, problem.msg.en) if problem else ("Файлыг хуулж чадсангүй.", "Cannot copy the file.")
        verdict.code = Code.NOT_CHECKED
        verdict.reason_mn = f"{mn} Дарааллаас түрүүлж ирсэн багцыг хадгалж чадсангүй; дахин импортлоно уу."
        verdict.reason_en = f"{en} The bundle arrived out of order and could not be kept for review; import it again."
        _refuse(ctx, path, verdict, username)
        return
    try:
        with ctx.transaction() as session:
            row = HeldBundle(office_code=verdict.office_code, sequence=verdict.sequence, period=verdict.period,
                             digest=verdict.digest, stored_file=stored.name, reason=f"{verdict.reason('mn')} / {verdict.reason('en')}"[:500],
                             arrived_on=verdict.arrived_on or date.today(),
                             held_at=datetime.now().replace(microsecond=0))
            session.add(row)
            session.flush()
            audit.record(session, ctx.actor, "province.hold", "held_bundle", row.id,
                         after={"office": row.office_code, "sequence": row.sequence, "reason": row.reason})
    except IntegrityError:  # a parallel import held it first (the same digest): it is held once
        pass


def list_held(ctx: AppContext, include_resolved: bool = False) -> list[dict]:
    ctx.require(Permission.READ)
    with ctx.reading() as session:
        query = select(HeldBundle).order_by(HeldBundle.office_code, HeldBundle.sequence)
        if not include_resolved:
            query = query.where(HeldBundle.resolved_at.is_(None))
        return [{"id": h.id, "office_code": h.office_code, "sequence": h.sequence, "period": h.period,
                 "digest": h.digest, "reason": h.reason, "arrived_on": h.arrived_on.isoformat(),
                 "resolution": h.resolution} for h in session.scalars(query)]


def retry_held(ctx: AppContext, *, private: object | None = None) -> list[dict]:
    """Import held bundles whose missing predecessors have arrived (or that are now only
    missing exports their office declared interrupted), in order."""
    results = []
    progressed = True
    while progressed:
        progressed = False
        with ctx.reading() as session:
            pending = list(session.scalars(select(HeldBundle).where(HeldBundle.resolved_at.is_(None))
                                           .order_by(HeldBundle.office_code, HeldBundle.sequence)))
        chain = DbChain(ctx)
        for held in pending:
            last = chain.last(held.office_code)
            if held.sequence <= (last[0] if last else 0):
                continue  # overtaken: the head decides (reject_held)
            # next in line, or a gap the office declared interrupted: `verify` decides, HELD stays pending
            result = _held_guarded(ctx, held, private=private)
            if result["verdict"] != Code.AUDIT_CUT.value:  # still waiting for the head: told when it was held
                results.append(result)
            progressed = progressed or result["verdict"] == Code.VALID.value
    return results


def _held_guarded(ctx: AppContext, held: HeldBundle, *, private: object | None) -> dict:
    """A held bundle's retry in a batch: whatever fails leaves it held (pending) and the batch goes on."""
    try:
        return _import_held(ctx, held, private=private)
    except SoumDeskError as exc:
        mn, en = exc.msg.mn, exc.msg.en
    except Exception:  # noqa: BLE001 - a bug must not cost the rest of the batch; the log keeps the trace
        log.exception("retrying held bundle %s failed", held.id)
        mn, en = "Импортын үед урьдчилан тооцоогүй алдаа гарлаа.", "An unexpected error stopped the import."
    verdict = Verdict(Code.NOT_CHECKED, f"{mn} Багц хүлээгдэж буй хэвээр.", f"{en} The bundle stays held.",
                      office_code=held.office_code, sequence=held.sequence, arrived_on=held.arrived_on)
    return {**verdict.as_dict(), "path": held.stored_file, "arrived_on": held.arrived_on.isoformat()}


def _import_held(ctx: AppContext, held: HeldBundle, *, private: object | None, accept_gap: bool = False) -> dict:
    path = ctx.paths.data_dir / "held" / held.stored_file
    with ctx.reading() as session:
        trust = DbTrust(session)
    options = _options(ctx, private, held.arrived_on)
    options.allow_gap = accept_gap
    verdict = verify(path, trust, options)
    if verdict.code is Code.VALID:
        _store_once(ctx, verdict, path.name, ctx.actor.username if ctx.actor else "system", held_id=held.id,
                    allow_gap=accept_gap)
    # Still missing a predecessor, or the passphrase for its personal data: keep it pending.
    pending = verdict.code in (*REVIEWED_BY_A_PERSON, Code.DECRYPT_FAILED, Code.NOT_CHECKED)
    resolution = "imported" if verdict.ok else None if pending else "rejected"
    if resolution == "rejected":
        _refuse(ctx, path, verdict, ctx.actor.username if ctx.actor else "system")
    if resolution and verdict.code is not Code.VALID:  # a valid one was resolved with its import
        with ctx.transaction() as session:
            _resolve_held(session, ctx, held.id, resolution, verdict)
    return {**verdict.as_dict(), "path": held.stored_file, "arrived_on": held.arrived_on.isoformat()}


def accept_held(ctx: AppContext, held_id: int, *, passphrase: str | None = None) -> dict:
    """The head reviewed a held bundle and accepts the gap before it."""
    ctx.require(Permission.PROVINCE)
    with ctx.reading() as session:
        held = session.get(HeldBundle, held_id)
        if held is None or held.resolved_at is not None:
            raise NotFound(f"Хүлээлгэсэн багц олдсонгүй: {held_id}", f"No pending held bundle {held_id}")
    private = _unlock(ctx, passphrase)
    backup.backup_before(ctx, "pre-import")  # accepting imports the bundle: a backup first, as for any import
    return _import_held(ctx, held, private=private, accept_gap=True)


def reject_held(ctx: AppContext, held_id: int) -> None:
    actor = ctx.require(Permission.PROVINCE)
    with ctx.transaction() as session:
        held = session.get(HeldBundle, held_id)
        if held is None or held.resolved_at is not None:
            raise UserError(f"Хүлээлгэсэн багц олдсонгүй: {held_id}", f"No pending held bundle {held_id}")
        held.resolved_at, held.resolution = datetime.now().replace(microsecond=0), "rejected"
        audit.record(session, actor, "province.held_resolve", "held_bundle", held_id, after={"resolution": "rejected"})


def list_refusals(ctx: AppContext, limit: int = 500) -> list[dict]:
    ctx.require(Permission.READ)
    with ctx.reading() as session:
        rows = session.scalars(select(ImportRefusal).order_by(ImportRefusal.id.desc()).limit(limit))
        return [{"id": r.id, "at": r.at.isoformat(timespec="seconds"), "file": r.file_name, "office_code": r.office_code,
                 "sequence": r.sequence, "verdict": r.verdict, "reason_mn": r.reason_mn, "reason_en": r.reason_en}
                for r in rows]
