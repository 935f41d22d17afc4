"""Petitions: register, assign, progress, resolve/forward/return, extend, show, history.

Every change is one transaction with one audit entry. Personal data lives in
`petitioner`; it is returned only to roles with Permission.PERSONAL_DATA, and
each such view is itself written to the audit log.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from soum_desk.db.models import AuditEntry, Petition, Petitioner
from soum_desk.domain import clock
from soum_desk.domain.event_dates import check_event_date
from soum_desk.domain.petition_codes import CLOSED_STATUSES, TRANSITIONS, label
from soum_desk.domain.petition_deadlines import (
    check_extension,
    due_date,
    format_reg_no,
    normalise_register_no,
)
from soum_desk.domain.roles import Permission, allows
from soum_desk.domain.text_limits import MAX_TEXT  # a summary or a resolution: a register line
from soum_desk.errors import ValidationError
from soum_desk.services.core import audit, settings
from soum_desk.services.core.context import Actor, AppContext
from soum_desk.services.petitions import fts as petitions_fts
from soum_desk.services.petitions.common import (
    bag_id_for,
    bag_names,
    find_petition,
    official_for,
    personal_dict,
    petition_dict,
    require_code,
    rules,
)
from soum_desk.services.petitions.rows import PetitionDetail, PetitionRow


def _audit_view(p: Petition, person: Petitioner | None, bags: dict[int, str]) -> dict[str, Any]:
    """The petition as the audit log keeps it. The petitioner is referenced (by the petition the
    entry names) and which fields were given, never copied: an audit entry cannot be corrected or
    erased, the petitioner's row can (issue 19; entries written before keep their copies)."""
    data: dict[str, Any] = dict(petition_dict(p, bags))
    data.pop("deadline_state")
    if person is not None:
        data["petitioner"] = {"given": sorted(k for k, v in personal_dict(person, bags).items() if v)}
    return data


def preview_due(ctx: AppContext, received: date, *, source: str = "direct", channel: str | None = None,
                kind: str | None = None) -> date:
    """The due date a new petition would get (the register form shows it as you type)."""
    cache = ctx._cache.get("petitions.rules")
    if cache is None:
        with ctx.reading() as session:
            cache = ctx._cache["petitions.rules"] = rules(session)
    return due_date(received, cache.period_days(source=source, channel=channel, kind=kind))


def topics(ctx: AppContext) -> list[str]:
    return list(settings.get(ctx, "petitions.topics"))


def _next_seq(session: Session, year: int) -> int:
    return (session.scalar(select(func.max(Petition.seq)).where(Petition.year == year)) or 0) + 1


def _petitioner(session: Session, data: dict | None, anonymous: bool) -> Petitioner | None:
    data = {k: (v.strip() if isinstance(v, str) else v) for k, v in (data or {}).items() if v}
    if anonymous:
        return None
    if not data.get("name"):
        raise ValidationError("Өргөдөл гаргагчийн нэрийг бичнэ үү, эсвэл «нэргүй» гэж тэмдэглэнэ үү.",
                              "Enter the petitioner's name or mark the petition anonymous.", where="name")
    return Petitioner(name=data["name"], register_no=normalise_register_no(data.get("register_no")),
                      phone=data.get("phone"), address=data.get("address"),
                      bag_id=bag_id_for(session, data.get("bag"), "petitioner.bag"))




def _check_length(text: str | None, label_mn: str, label_en: str) -> None:
    if text is not None and len(text.strip()) > MAX_TEXT:
        raise ValidationError(f"«{label_mn}» хэт урт: {len(text.strip())} тэмдэгт ({MAX_TEXT} хүртэл).",
                              f"«{label_en}» is too long: {len(text.strip())} characters (up to {MAX_TEXT}).",
                              where=label_mn)


def register(ctx: AppContext, *, received_at: datetime, channel: str, kind: str, summary: str,
             source: str = "direct", source_ref: str | None = None, topic: str | None = None,
             bag: str | None = None, official: str | None = None, petitioner: dict | None = None,
             anonymous: bool = False) -> PetitionDetail:
    """Register a new petition with the next number of its year; returns it (with personal data)."""
    actor = ctx.require(Permission.WRITE)
    if not (summary or "").strip():
        raise ValidationError("Агуулгыг бичнэ үү.", "Enter the summary.", where="summary")
    _check_length(summary, "Товч агуулга", "Summary")
    channel_code = require_code("channel", channel, "channel")
    kind_code = require_code("kind", kind, "kind")
    source_code = require_code("source", source or "direct", "source")
    check_event_date(received_at, "Хүлээн авсан огноо", "Received date")
    if source_code == "org" and not (source_ref or "").strip():
        raise ValidationError("Шилжүүлсэн байгууллага, албан бичгийн дугаарыг бичнэ үү.",
                              "Enter the forwarding organisation and its reference.", where="source_ref")
    with ctx.transaction() as session:
        person = _petitioner(session, petitioner, anonymous)
        year = received_at.year
        seq = _next_seq(session, year)
        reg_no = format_reg_no(settings.get_value(session, "petitions.number_format"), year, seq)
        period = rules(session).period_days(source=source_code, channel=channel_code, kind=kind_code)
        official_id, official_name = official_for(session, official)
        now = datetime.now()
        p = Petition(year=year, seq=seq, reg_no=reg_no, received_at=received_at, received=received_at.date(),
                     channel=channel_code, kind=kind_code, source=source_code,
                     source_ref=(source_ref or "").strip() or None, topic=(topic or "").strip() or None,
                     bag_id=bag_id_for(session, bag), summary=summary.strip(),
                     official_user_id=official_id, official_name=official_name,
                     status="assigned" if official_name else "registered", period_days=period,
                     extension_days=0, due=due_date(received_at.date(), period), anonymous=anonymous or person is None,
                     created_at=now, updated_at=now)
        session.add(p)
        session.flush()
        petitions_fts.index_new(session, p.id - 1)
        if person is not None:
            person.petition_id = p.id
            session.add(person)
            session.flush()
        bags = bag_names(session)
        audit.record(session, actor, "petition.register", "petition", p.id, after=_audit_view(p, person, bags))
        return {**petition_dict(p, bags), "petitioner": personal_dict(person, bags)}


def _change(ctx: AppContext, ref: str | int, action: str,
            apply: Callable[[Session, Petition, Actor], None], *, reason: str | None = None) -> PetitionRow:
    """Load, check, apply, audit (before/after, and the reason if given) in one transaction."""
    actor = ctx.require(Permission.WRITE)
    with ctx.transaction() as session:
        p = find_petition(session, ref)
        bags = bag_names(session)
        before = _audit_view(p, None, bags)
        old_text = (p.summary, p.resolution)
        apply(session, p, actor)
        p.updated_at = datetime.now()
        session.flush()
        petitions_fts.replace(session, p.id, old_text, (p.summary, p.resolution))
        after = _audit_view(p, None, bags) | ({"reason": reason} if reason else {})
        audit.record(session, actor, action, "petition", p.id, before=before, after=after)
        return petition_dict(p, bags)


def _move(p: Petition, status: str) -> None:
    if status not in TRANSITIONS.get(p.status, frozenset()):
        raise ValidationError(
            f"«{label('status', p.status)}» төлөвөөс «{label('status', status)}» руу шилжүүлэх боломжгүй.",
            f"Cannot move from «{label('status', p.status, 'en')}» to «{label('status', status, 'en')}».",
            where="status")
    p.status = status


def assign(ctx: AppContext, ref: str | int, official: str) -> PetitionRow:
    def apply(session: Session, p: Petition, _actor: Actor) -> None:
        official_id, name = official_for(session, official)
        if not name:
            raise ValidationError("Хариуцах албан тушаалтныг сонгоно уу.", "Choose the official.",
                                  where="official")
        _move(p, "assigned")
        p.official_user_id, p.official_name = official_id, name
    return _change(ctx, ref, "petition.assign", apply)


def start(ctx: AppContext, ref: str | int) -> PetitionRow:
    return _change(ctx, ref, "petition.status", lambda _s, p, _a: _move(p, "in_progress"))


def close(ctx: AppContext, ref: str | int, *, status: str = "resolved", resolution: str,
          on: date | None = None, answer_method: str | None = None, forwarded_to: str | None = None) -> PetitionRow:
    """Resolve, forward to the competent body, or return; the date is the resolution date."""
    if status not in CLOSED_STATUSES:
        raise ValidationError(f"Хаах төлөв биш: {status}", f"Not a closing status: {status}", where="status")
    if not (resolution or "").strip():
        raise ValidationError("Шийдвэрлэлтийг бичнэ үү.", "Enter the resolution.", where="resolution")
    _check_length(resolution, "Шийдвэрлэлт", "Resolution")
    if status == "forwarded" and not (forwarded_to or "").strip():
        raise ValidationError("Шилжүүлсэн байгууллагыг бичнэ үү.", "Enter the body it was forwarded to.",
                              where="forwarded_to")
    answer = require_code("answer", answer_method, "answer_method", required=False)
    day = on or clock.today()
    check_event_date(day, "Шийдвэрлэсэн огноо", "Resolution date")

    def apply(_session: Session, p: Petition, _actor: Actor) -> None:
        if day < p.received:
            raise ValidationError("Шийдвэрлэсэн огноо хүлээн авсан огнооноос өмнө байна.",
                                  "The resolution date is before the received date.", where="date")
        _move(p, status)
        p.resolution, p.resolved_on, p.answer_method = resolution.strip(), day, answer
        p.forwarded_to = (forwarded_to or "").strip() or None
    return _change(ctx, ref, f"petition.{'resolve' if status == 'resolved' else status.removesuffix('ed')}", apply)


def correct(ctx: AppContext, ref: str | int, *, reason: str, resolved_on: date | None = None,
            resolution: str | None = None) -> PetitionRow:
    """The head corrects a closed petition's resolution date or text, giving the reason.

    A wrong date (say 2027.11.01 typed for 2026.11.01) would otherwise stay for ever: a closed
    petition takes no other action. The figures and the next bundle follow the corrected record;
    the audit log keeps the old and new values and the reason.
    """
    ctx.require(Permission.APPROVE)
    if not (reason or "").strip():
        raise ValidationError("Залруулгын шалтгааныг бичнэ үү.", "Enter the reason for the correction.",
                              where="Шалтгаан / Reason")
    if resolved_on is None and not (resolution or "").strip():
        raise ValidationError("Залруулах огноо эсвэл шийдвэрлэлтийг өгнө үү.",
                              "Give the corrected date or resolution.", where="Шийдвэрлэсэн огноо / Resolved on")

    def apply(_session: Session, p: Petition, _actor: Actor) -> None:
        if p.status not in CLOSED_STATUSES:
            raise ValidationError("Зөвхөн шийдвэрлэсэн өргөдлийг залруулна.",
                                  "Only a closed petition can be corrected.", where=p.reg_no)
        if resolved_on is not None:
            if resolved_on < p.received:
                raise ValidationError("Шийдвэрлэсэн огноо хүлээн авсан огнооноос өмнө байна.",
                                      "The resolution date is before the received date.",
                                      where="Шийдвэрлэсэн огноо / Resolved on")
            check_event_date(resolved_on, "Шийдвэрлэсэн огноо", "Resolution date")
            p.resolved_on = resolved_on
        if (resolution or "").strip():
            p.resolution = (resolution or "").strip()
    return _change(ctx, ref, "petition.correct", apply, reason=reason.strip())


def extend(ctx: AppContext, ref: str | int, reason: str, days: int | None = None) -> PetitionRow:
    """One extension by the head of office (Permission.APPROVE), with a reason."""
    ctx.require(Permission.APPROVE)

    def apply(session: Session, p: Petition, actor: Actor) -> None:
        check_extension(already_extended=p.extension_days > 0, status=p.status, reason=reason)
        extra = days or rules(session).extension_days
        if extra <= 0:
            raise ValidationError("Сунгах хоног эерэг байна.", "Extension days must be positive.", where="days")
        p.extension_days, p.extension_reason = extra, reason.strip()
        p.extended_by, p.extended_at = actor.username, datetime.now()
        p.due = due_date(p.received, p.period_days, extra)
    return _change(ctx, ref, "petition.extend", apply)


def show(ctx: AppContext, ref: str | int, *, with_personal: bool = True) -> PetitionDetail:
    """One petition. Personal data only for roles allowed to see it; that view is audited."""
    actor = ctx.require(Permission.READ)
    personal = with_personal and allows(actor.role, Permission.PERSONAL_DATA) or (
        with_personal and actor.username == "system")
    if not personal:
        with ctx.reading() as session:
            p = find_petition(session, ref)
            return {**petition_dict(p, bag_names(session), lang=ctx.lang), "petitioner": None}
    with ctx.transaction() as session:
        p = find_petition(session, ref)
        bags = bag_names(session)
        person = session.get(Petitioner, p.id)
        if person is not None:  # an anonymous petition has no personal data to view
            audit.record(session, actor, "petition.personal_view", "petition", p.id,
                         after={"reg_no": p.reg_no, "fields": ["name", "register_no", "phone", "address"]})
        return {**petition_dict(p, bags, lang=ctx.lang), "petitioner": personal_dict(person, bags)}


def history(ctx: AppContext, petition_id: int) -> list[dict]:
    """The petition's audit entries, oldest first; personal data stripped unless allowed."""
    actor = ctx.require(Permission.READ)
    personal = allows(actor.role, Permission.PERSONAL_DATA) or actor.username == "system"
    with ctx.reading() as session:
        rows = session.scalars(select(AuditEntry).where(AuditEntry.entity == "petition",
                                                        AuditEntry.entity_id == str(petition_id))
                               .order_by(AuditEntry.id)).all()
        out = []
        if not any(entry.action == "petition.register" for entry in rows):
            created = session.scalar(select(Petition.created_at).where(Petition.id == petition_id))
            if created is not None:  # written by a bulk import or the demo loader (audited once per batch)
                out.append({"at": created.isoformat(), "username": None, "action": "petition.bulk",
                            "before": None, "after": None})
        for entry in rows:
            before = json.loads(entry.before) if entry.before else None
            after = json.loads(entry.after) if entry.after else None
            if not personal:
                for value in (before, after):
                    if isinstance(value, dict):
                        value.pop("petitioner", None)
            out.append({"at": entry.at, "username": entry.username, "action": entry.action,
                        "before": before, "after": after})
        return out
