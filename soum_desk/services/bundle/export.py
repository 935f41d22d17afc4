"""Approving a period for export (head) and exporting its signed bundle to a folder or stick."""

from __future__ import annotations

import re
import tempfile
import zipfile
from collections.abc import Callable, Mapping
from datetime import date, datetime
from functools import partial
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from soum_desk import __version__
from soum_desk.bundle import format as fmt
from soum_desk.bundle import pack, payload, usb
from soum_desk.db import migrate
from soum_desk.db.models import BundleExport, Letter, PeriodApproval, Petition
from soum_desk.domain import clock
from soum_desk.domain.periods import Period, is_running
from soum_desk.domain.roles import Permission
from soum_desk.errors import UserError
from soum_desk.fileio import remove_stale_temporaries
from soum_desk.services import areas
from soum_desk.services.bundle import audit_proof, ledger, report_cache
from soum_desk.services.bundle import keys as bundle_keys
from soum_desk.services.bundle.content_digest import content_digest
from soum_desk.services.bundle.plans_rule import approve_plans_in, unapproved_plans
from soum_desk.services.bundle.rows import (
    ApprovalResult,
    ApprovalRow,
    ExportResult,
    ExportRow,
    Unfinished,
)
from soum_desk.services.core import audit, backup, office, settings
from soum_desk.services.core.context import Actor, AppContext
from soum_desk.services.plans import scoring as plans_scoring

Progress = Callable[[int, int], bool]

# The areas whose tables and reports go into a bundle (tests put stand-ins here).
PAYLOAD_PROVIDERS: dict[str, areas.PayloadFn] = {a.key: a.bundle_payload for a in areas.AREAS}
REPORT_PROVIDERS: dict[str, areas.ReportsFn] = {a.key: a.bundle_reports for a in areas.AREAS}
WRITING, DONE, INTERRUPTED = "writing", "done", "interrupted"  # BundleExport.state


class EarlyApproval(UserError):
    """The period has not ended: approving it needs the head's confirmation of what is unfinished."""

    def __init__(self, unfinished: Unfinished) -> None:
        u = unfinished
        ends = date.fromisoformat(u["ends"])
        super().__init__(
            f"{u['period']} үе {ends:%Y.%m.%d}-нд дуусна; одоо батлавал дараах нь дуусаагүй хэвээр илгээгдэнэ: "
            f"биелэлт оруулаагүй арга хэмжээ {u['measures_without_entry']}, шийдвэрлээгүй өргөдөл "
            f"{u['open_petitions']}, хариу өгөөгүй албан бичиг {u['open_letters']}. "
            "Эрт батлах бол баталгаажуулна уу.",
            f"The period {u['period']} ends on {ends:%Y.%m.%d}; approving it now sends these unfinished: "
            f"measures with no entry {u['measures_without_entry']}, open petitions {u['open_petitions']}, "
            f"letters awaiting a reply {u['open_letters']}. Confirm to approve early.")
        self.unfinished = unfinished


def unfinished(ctx: AppContext, period: str) -> Unfinished:
    """What is still open in `period` as of today: the list an early approval must confirm."""
    ctx.require(Permission.READ)
    p = Period.parse(period)
    today = clock.today()
    last = min(p.end, today)
    with ctx.reading() as session:
        petitions = session.scalar(select(func.count(Petition.id)).where(
            Petition.received.between(p.start, last), Petition.resolved_on.is_(None))) or 0
        letters = session.scalar(select(func.count(Letter.id)).where(
            Letter.direction == "in", Letter.reply_required, Letter.answered_on.is_(None),
            Letter.reg_date.between(p.start, last))) or 0
    plans = plans_scoring.period_summary(ctx, p.code)
    return Unfinished(period=p.code, running=is_running(p, today) or p.start > today, ends=p.end.isoformat(),
                      measures_without_entry=plans["not_reported"], open_petitions=petitions,
                      open_letters=letters)


def approve_period(ctx: AppContext, period: str, note: str = "", *, confirm_early: bool = False) -> ApprovalResult:
    """The head approves the period's records for export, and with them its plan reports
    (`bundle_plans_rule`): one approval, in one transaction. Before the period's last day has
    passed this raises EarlyApproval (what is unfinished) unless `confirm_early` is given."""
    actor = ctx.require(Permission.APPROVE)
    code = Period.parse(period).code
    if not confirm_early:
        open_now = unfinished(ctx, code)
        if open_now["running"]:
            raise EarlyApproval(open_now)
    with ctx.transaction() as session:
        if session.scalar(select(PeriodApproval).where(PeriodApproval.period == code)):
            raise UserError(f"{code} үеийг аль хэдийн баталсан.", f"The period {code} is already approved.")
        row = PeriodApproval(period=code, approved_by=actor.username, approved_at=datetime.now(),
                             note=note.strip() or None)
        session.add(row)
        session.flush()
        plans_approved = approve_plans_in(session, actor, Period.parse(code))
        result = _approval_dict(row)
        audit.record(session, actor, "bundle.approve_period", "period_approval", code,
                     after=result | {"plans_approved": plans_approved,
                                     "early": Period.parse(code).end >= clock.today()})
        return ApprovalResult(**result, plans_approved=plans_approved)


def withdraw_approval(ctx: AppContext, period: str) -> None:
    actor = ctx.require(Permission.APPROVE)
    code = Period.parse(period).code
    with ctx.transaction() as session:
        row = session.scalar(select(PeriodApproval).where(PeriodApproval.period == code))
        if row is None:
            raise UserError(f"{code} үеийг батлаагүй байна.", f"The period {code} is not approved.")
        before = _approval_dict(row)
        session.delete(row)
        audit.record(session, actor, "bundle.withdraw_approval", "period_approval", code, before=before)


def _approval_dict(row: PeriodApproval) -> ApprovalRow:
    return ApprovalRow(period=row.period, approved_by=row.approved_by,
                       approved_at=row.approved_at.isoformat(timespec="seconds"), note=row.note)


def list_approvals(ctx: AppContext) -> list[ApprovalRow]:
    ctx.require(Permission.READ)
    with ctx.reading() as session:
        rows = session.scalars(select(PeriodApproval).order_by(PeriodApproval.period.desc()))
        return [_approval_dict(r) for r in rows]


def list_exports(ctx: AppContext) -> list[ExportRow]:
    ctx.require(Permission.READ)
    with ctx.reading() as session:
        return [_export_dict(r) for r in session.scalars(select(BundleExport).order_by(BundleExport.sequence.desc()))]


def _export_dict(row: BundleExport) -> ExportRow:
    return ExportRow(sequence=row.sequence, period=row.period, digest=row.digest,
                     previous_digest=row.previous_digest, key_id=row.key_id, file_name=row.file_name,
                     size_bytes=row.size_bytes, personal_data=row.personal_data, exported_by=row.exported_by,
                     created_at=row.created_at.isoformat(timespec="seconds"), state=row.state)


def bundle_file_name(office_code: str, period: str, sequence: int) -> str:
    safe = re.sub(r"[^\w.-]+", "_", office_code, flags=re.UNICODE).strip("_")
    return f"{safe}_{period}_{sequence:04d}.zip"


def _province_public(ctx: AppContext) -> object:
    from soum_desk.bundle.keys import x25519_public

    value = settings.get(ctx, bundle_keys.PROVINCE_KEY_SETTING)
    if not value:
        raise UserError("Хувийн мэдээлэл илгээх тохиргоо асаалттай боловч аймгийн нийтийн түлхүүр оруулаагүй.",
                        "Sending personal data is on, but the province's public key has not been imported.")
    return x25519_public(value["public_key"])


def export_bundle(ctx: AppContext, period: str, out_dir: Path, passphrase: str, *,
                  progress: Progress | None = None, providers: Mapping[str, areas.PayloadFn] | None = None,
                  report_providers: Mapping[str, areas.ReportsFn] | None = None) -> ExportResult:
    """Back up, collect, pack, sign and write the period's bundle to `out_dir`; record it.

    The sequence number is reserved (committed) before the copy to the stick, so an export
    killed at any point never gives the same number to two different bundles."""
    actor = ctx.require(Permission.SIGN)
    code = Period.parse(period).code
    with ctx.reading() as session:
        if session.scalar(select(PeriodApproval.id).where(PeriodApproval.period == code)) is None:
            raise UserError(f"{code} үеийг дарга батлаагүй тул экспортлох боломжгүй.",
                            f"The period {code} has not been approved by the head, so it cannot be exported.")
        reopened = unapproved_plans(session, Period.parse(code))
        if reopened:
            titles = ", ".join(f"«{t}»" for _, t in reopened)
            raise UserError(f"{code} үеийн төлөвлөгөөний тайлан дахин нээгдсэн тул экспортлох боломжгүй: {titles}. "
                            "Дарга тайланг дахин батлах шаардлагатай.",
                            f"The plan report for {code} was reopened, so the period cannot be exported: {titles}. "
                            "The head must approve the report again.", where=code)
        own = office.office_dict(office.own_office(session))
        include_personal = bool(settings.get_value(session, "bundle.include_personal"))
    pair = bundle_keys.unlock_key(ctx, passphrase)
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise UserError(f"Хавтас олдсонгүй: {out_dir}", f"Folder not found: {out_dir}", where=str(out_dir))
    remove_stale_temporaries(out_dir)  # hidden leftovers of an export that died mid-copy
    ledger.recover(ctx, actor, out_dir)  # numbers a restored backup forgot: the key store's, the stick's
    resolve_unfinished(ctx, out_dir)
    adopted = ledger.adopted(ctx)
    with ctx.reading() as session:
        last = session.scalar(select(BundleExport).order_by(BundleExport.sequence.desc()).limit(1))
        sequence, previous = _next_link(last, adopted)
        interrupted = list(session.scalars(select(BundleExport.sequence).where(BundleExport.state == INTERRUPTED)
                                           .order_by(BundleExport.sequence)))
    backup.backup_before(ctx, "pre-export")
    now = datetime.now().astimezone().replace(microsecond=0)
    with ctx.reading() as session:
        audit_fields = audit_proof.bag_fields(session, last.sequence if last else None)
    step = _stepper(progress)
    cancelled = UserError("Экспортыг цуцаллаа; файл үүсээгүй.", "Export cancelled; no file was written.")
    with tempfile.TemporaryDirectory(prefix="soumdesk-export-") as tmp:
        tables = payload.collect(payload.office_table(office.get_office(ctx)),
                                 _bound_payload(ctx, Period.parse(code), providers), include_personal=include_personal)
        (Path(tmp) / "reports-src").mkdir()
        bound = _bound_reports(ctx, Period.parse(code), report_providers)
        reports = report_cache.period_reports(ctx, code, bound, partial(payload.collect_reports, bound),
                                              Path(tmp) / "reports-src")
        if not step(1):
            raise cancelled
        has_personal = any(t.startswith("personal_") for t in tables)
        name = bundle_file_name(own["code"], code, sequence)
        info = {
            "Source-Organization": own["name"], "External-Identifier": name.removesuffix(".zip"),
            fmt.F_OFFICE_CODE: own["code"], fmt.F_OFFICE_NAME: own["name"], fmt.F_AIMAG: own["aimag_code"],
            fmt.F_PERIOD: code, fmt.F_CREATED: now.isoformat(), fmt.F_APP_VERSION: __version__,
            fmt.F_SCHEMA: str(fmt.SCHEMA_VERSION), "SoumDesk-Database-Revision": migrate.head_revision(),
            fmt.F_KEY_ID: pair.key_id, fmt.F_SEQUENCE: str(sequence), fmt.F_PREVIOUS: previous,
            **audit_fields,
        }
        if interrupted:
            info[fmt.F_INTERRUPTED] = ",".join(str(n) for n in interrupted)
        spec = pack.PackInput(bag_name=name.removesuffix(".zip"), tables=tables, bag_info=info,
                              signing_key=pair.private, key_id=pair.key_id, reports=tuple(reports),
                              province_public=_province_public(ctx) if has_personal else None,
                              office_code=own["code"], period=code, sequence=sequence)
        work = Path(tmp) / "work"
        work.mkdir()
        try:
            packed = pack.pack(spec, work, lambda d, t: step(1 + d / max(t, 1)))
        except pack.Cancelled:
            raise cancelled from None
        record = BundleExport(sequence=sequence, period=code, digest=packed.digest, previous_digest=previous,
                              key_id=pair.key_id, file_name=name, size_bytes=packed.size_bytes,
                              personal_data=packed.personal_data, exported_by=actor.username,
                              created_at=now.replace(tzinfo=None), state=WRITING,
                              content_digest=content_digest(tables))
        _reserve(ctx, actor, record, int(audit_fields[fmt.F_AUDIT_COUNT]))
        try:
            ledger.remember(ctx, record)  # outside the database: a restore cannot give this number again
            usb.copy_verified(packed.path, out_dir / name, lambda d, t: step(2 + d / max(t, 1)))
        except BaseException as exc:
            if not (out_dir / name).exists():  # nothing under the real name: the number never left
                _withdraw(ctx, actor, sequence)
            if isinstance(exc, usb.CopyCancelled):
                raise cancelled from None
            raise
    try:
        with ctx.transaction() as session:
            row = session.scalars(select(BundleExport).where(BundleExport.sequence == sequence)).one()
            row.state = DONE
            session.flush()
            ledger.remember(ctx, row)
            result = ExportResult(**_export_dict(row), path=str(out_dir / name),
                                  tables={t: len(r) for t, r in tables.items()})
            audit.record(session, actor, "bundle.export", "bundle_export", sequence, after=_export_dict(row))
    except BaseException:
        # Not confirmed: take the file back; the number stays reserved ("writing") and the next
        # export marks it interrupted, so it is never given to another bundle.
        (out_dir / name).unlink(missing_ok=True)
        raise
    step(3)
    return result


def _bound_payload(ctx: AppContext, period: Period,
                   providers: Mapping[str, areas.PayloadFn] | None) -> dict[str, payload.PayloadProvider]:
    """The areas' payload functions bound to this office and period, as `bundle/payload` calls them."""
    chosen = PAYLOAD_PROVIDERS if providers is None else providers
    return {area: partial(_call_payload, fn, ctx, period) for area, fn in chosen.items()}


def _call_payload(fn: areas.PayloadFn, ctx: AppContext, period: Period, include_personal: bool) -> payload.Tables:
    return fn(ctx, period, include_personal=include_personal)


def _bound_reports(ctx: AppContext, period: Period,
                   providers: Mapping[str, areas.ReportsFn] | None) -> dict[str, payload.ReportProvider]:
    chosen = REPORT_PROVIDERS if providers is None else providers
    return {area: partial(fn, ctx, period) for area, fn in chosen.items()}


def _reserve(ctx: AppContext, actor: Actor, record: BundleExport, audit_count: int) -> None:
    """Commit the sequence number before anything reaches the stick. The start entry keeps the
    audit count the bundle declares: the next bundle proves its chain still holds that head."""
    try:
        with ctx.transaction() as session:
            session.add(record)
            session.flush()
            audit.record(session, actor, audit_proof.START_ACTION, "bundle_export", record.sequence,
                         after={**_export_dict(record), "audit_count": audit_count})
    except IntegrityError:
        raise UserError("Өөр экспорт яг одоо хийгдэж байна; дууссаны дараа дахин оролдоно уу.",
                        "Another export is running right now; try again when it has finished.") from None


def _withdraw(ctx: AppContext, actor: Actor, sequence: int) -> None:
    """The copy failed and left no file under the bundle's name: free the number again."""
    try:
        with ctx.transaction() as session:
            row = session.scalar(select(BundleExport).where(BundleExport.sequence == sequence))
            if row is not None and row.state == WRITING:
                before = _export_dict(row)
                session.delete(row)
                audit.record(session, actor, "bundle.export_withdrawn", "bundle_export", sequence, before=before)
        ledger.forget(ctx, sequence)
    except Exception:  # noqa: BLE001 - the copy's own error is the one to show; the next export resolves it
        return


def _digest_on_stick(path: Path) -> str | None:
    """The bundle digest of a finished file on the stick (only its tag manifest is read)."""
    try:
        with zipfile.ZipFile(path) as archive:
            return fmt.bundle_digest(archive.read(f"{path.stem}/{fmt.TAG_MANIFEST}"))
    except (OSError, zipfile.BadZipFile, KeyError, ValueError, EOFError):
        return None


def resolve_unfinished(ctx: AppContext, out_dir: Path) -> list[ExportRow]:
    """Exports that died after reserving their number: "done" when their verified file is in
    `out_dir` (the rename is the last step of a verified copy), otherwise "interrupted"."""
    actor = ctx.require(Permission.SIGN)
    changed = []
    with ctx.transaction() as session:
        for row in session.scalars(select(BundleExport).where(BundleExport.state == WRITING)):
            before = _export_dict(row)
            row.state = DONE if _digest_on_stick(Path(out_dir) / row.file_name) == row.digest else INTERRUPTED
            changed.append(_export_dict(row))
            audit.record(session, actor, "bundle.export_resolved", "bundle_export", row.sequence,
                         before=before, after=changed[-1])
            ledger.remember(ctx, row)
    return changed


def _next_link(last: BundleExport | None, adopted: dict | None) -> tuple[int, str]:
    """The next bundle's number and previous digest: after the last export (an interrupted one
    too: it may have arrived), or after the province's last bundle once the office resynchronised
    onto it (`ledger.adopt`) and has exported nothing since."""
    local = last.sequence if last else 0
    if adopted and int(adopted["sequence"]) >= local:
        return int(adopted["sequence"]) + 1, str(adopted["digest"])
    return local + 1, last.digest if last else fmt.NO_PREVIOUS


def _stepper(progress: Progress | None) -> Callable[[float], bool]:
    """Progress over three stages (collect, pack, copy) as 0–300; False once cancelled."""
    def step(value: float) -> bool:
        return progress is None or bool(progress(int(value * 100), 300))
    return step


def next_sequence(ctx: AppContext) -> int:
    with ctx.reading() as session:
        return max((session.scalar(select(func.max(BundleExport.sequence))) or 0), ledger.highest(ctx)) + 1
