"""Letters register: register, edit, answer (closing incoming letters), counterparts.

Lists and filters are in `queries.py`, figures in `stats.py`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import Any

from sqlalchemy import Row, func, select
from sqlalchemy.orm import Session

from soum_desk.db.models import CaseFile, Counterpart, Letter, LetterLink
from soum_desk.domain import letters as rules
from soum_desk.domain.event_dates import check_event_date
from soum_desk.domain.formatting import parse_date
from soum_desk.domain.roles import Permission
from soum_desk.domain.text_limits import MAX_TEXT
from soum_desk.errors import NotFound, ValidationError
from soum_desk.services.core import audit, settings
from soum_desk.services.core.context import Actor, AppContext
from soum_desk.services.letters import search as letters_search
from soum_desk.services.letters.rows import LetterDetail, LetterRow

settings.register_defaults({
    "letters.reply_days": 30,
    "letters.number_format_in": "{seq}",
    "letters.number_format_out": "{index}/{seq}",
})

MAX_PAGES = rules.MAX_PAGES
EDITABLE = ("reg_date", "counterpart", "their_ref", "their_date", "subject", "pages", "case_file_id",
            "assignee", "reply_required", "due_date", "note")


# The writes a clerk does; `letter_dict`, `register_in` and the reads below serve them and the queries.
__all__ = ["answer", "correct", "register_letter", "update_letter"]

def letter_dict(row: Letter | Row[Any], *, as_of: date | None = None) -> LetterRow:
    """A letter as its plain row; `row` is the mapped object or a row of the letter table."""
    as_of = as_of or date.today()
    status = rules.letter_status(row.direction, row.reply_required, row.due_date, row.answered_on, as_of)
    return {
        "id": row.id, "direction": row.direction, "year": row.year, "seq": row.seq, "reg_no": row.reg_no,
        "reg_date": row.reg_date.isoformat(), "counterpart": row.counterpart, "their_ref": row.their_ref,
        "their_date": row.their_date.isoformat() if row.their_date else None, "subject": row.subject,
        "pages": row.pages, "case_file_id": row.case_file_id, "assignee": row.assignee,
        "reply_required": bool(row.reply_required),
        "due_date": row.due_date.isoformat() if row.due_date else None,
        "answered_on": row.answered_on.isoformat() if row.answered_on else None,
        "status": status,
        "days_overdue": rules.days_overdue(row.due_date, as_of) if status == rules.STATUS_OVERDUE else 0,
        "note": row.note,
    }


def _date(value: object, field: str, *, required: bool = False) -> date | None:
    if value.__class__ is date:  # already a day (an import's checked row)
        return value
    try:
        parsed = parse_date(value)  # type: ignore[arg-type]
    except ValueError:
        raise ValidationError(f"Огноо буруу: «{value}» (жишээ 2024.03.05).",
                              f"Invalid date «{value}» (e.g. 2024-03-05).", where=field) from None
    if required and parsed is None:
        raise ValidationError("Огноо заавал бөглөнө.", "The date is required.", where=field)
    return parsed


def _clean(data: Mapping[str, Any]) -> dict:
    """Validate and normalise the editable fields of a letter."""
    out = dict(data)
    out["reg_date"] = _date(data.get("reg_date"), "reg_date", required=True)
    out["their_date"] = _date(data.get("their_date"), "their_date")
    out["due_date"] = _date(data.get("due_date"), "due_date")
    check_event_date(out["reg_date"], "Огноо", "Date")
    check_event_date(out["their_date"], "Тэдний огноо", "Their date")
    for field, mn, en in (("counterpart", "Байгууллагын нэр", "The organisation"),
                          ("subject", "Товч агуулга", "The subject")):
        out[field] = " ".join(str(data.get(field) or "").split())
        if not out[field]:
            raise ValidationError(f"{mn} заавал бөглөнө.", f"{en} is required.", where=field)
    pages = data.get("pages")
    if pages in ("", None):
        out["pages"] = None
    else:
        try:
            out["pages"] = int(pages)
        except (TypeError, ValueError):
            raise ValidationError(f"Хуудасны тоо буруу: «{pages}».", f"Invalid page count «{pages}».",
                                  where="pages") from None
        if out["pages"] < 0:
            raise ValidationError("Хуудасны тоо сөрөг байж болохгүй.", "Pages cannot be negative.",
                                  where="pages")
        if out["pages"] > MAX_PAGES:  # 20 digits overflowed the database column (a crash, not a message)
            raise ValidationError(f"Хуудасны тоо хэт их: «{pages}».", f"Too many pages: «{pages}».", where="pages")
    for field in ("their_ref", "assignee", "note"):
        out[field] = (str(data.get(field) or "").strip() or None)
    if out["note"] is not None and len(out["note"]) > MAX_TEXT:  # a Text column: bounded like the import
        raise ValidationError(f"«Тэмдэглэл» хэт урт: {len(out['note'])} тэмдэгт ({MAX_TEXT} хүртэл).",
                              f"«Note» is too long: {len(out['note'])} characters (up to {MAX_TEXT}).")
    out["reply_required"] = bool(data.get("reply_required"))
    if out["due_date"] and out["due_date"] < out["reg_date"]:
        raise ValidationError("Хариу өгөх хугацаа бүртгэсэн огнооноос өмнө байж болохгүй.",
                              "The reply due date cannot be before the registration date.", where="due_date")
    return out


def _remember_counterpart(session: Session, name: str, day: date) -> None:
    row = session.scalar(select(Counterpart).where(Counterpart.name == name))
    if row is None:
        session.add(Counterpart(name=name, name_key=name.casefold(), use_count=1, last_used=day))
    else:
        row.use_count += 1
        row.last_used = max(row.last_used or day, day)


def next_seq(session: Session, direction: str, year: int) -> int:
    top = session.scalar(select(func.max(Letter.seq)).where(Letter.direction == direction, Letter.year == year))
    return (top or 0) + 1


def register_in(session: Session, actor: Actor | None, data: dict, *, audit_it: bool = True) -> Letter:
    """Register one letter inside the caller's transaction (used by import and demo too)."""
    direction = data.get("direction")
    if direction not in rules.DIRECTIONS:
        raise ValidationError("Чиглэл «in» (ирсэн) эсвэл «out» (явсан) байна.",
                              "Direction is «in» (incoming) or «out» (outgoing).", where="direction")
    clean = _clean(data)
    year = clean["reg_date"].year
    seq = next_seq(session, direction, year)
    index = None
    if clean.get("case_file_id"):
        case = session.get(CaseFile, int(clean["case_file_id"]))
        if case is None:
            raise NotFound(f"Хэрэг №{clean['case_file_id']} олдсонгүй.", f"Case file #{clean['case_file_id']} not found.",
                           where="case_file_id")
        index = case.index_code
    reg_no = str(data.get("reg_no") or "").strip()
    if not reg_no:
        pattern = settings.get_value(session, f"letters.number_format_{direction}")
        reg_no = rules.format_reg_no(pattern, seq=seq, year=year, index=index)
    elif session.scalar(select(Letter.id).where(Letter.direction == direction, Letter.year == year,
                                                Letter.reg_no == reg_no)):
        raise ValidationError(f"{year} оны {reg_no} дугаартай бичиг бүртгэгдсэн байна.",
                              f"Letter number {reg_no} of {year} is already registered.", where="reg_no")
    answered_on = _date(data.get("answered_on"), "answered_on") if direction == rules.IN else None
    check_event_date(answered_on, "Хариулсан огноо", "Answered date")
    due = clean["due_date"]
    if direction == rules.IN and clean["reply_required"] and due is None:
        due = rules.due_date_for(clean["reg_date"], int(settings.get_value(session, "letters.reply_days")))
    if direction == rules.OUT or not clean["reply_required"]:
        due = None if direction == rules.OUT else due
    row = Letter(direction=direction, year=year, seq=seq, reg_no=reg_no, reg_date=clean["reg_date"],
                 counterpart=clean["counterpart"], their_ref=clean["their_ref"], their_date=clean["their_date"],
                 subject=clean["subject"], pages=clean["pages"], case_file_id=clean.get("case_file_id") or None,
                 assignee=clean["assignee"], reply_required=clean["reply_required"] and direction == rules.IN,
                 due_date=due, answered_on=answered_on, note=clean["note"],
                 search_text=letters_search.search_key(reg_no, clean["counterpart"], clean["their_ref"], clean["subject"]),
                 created_by=actor.username if actor else None, created_at=datetime.now().replace(microsecond=0))
    session.add(row)
    session.flush()
    letters_search.add(session, [row.id])
    _remember_counterpart(session, row.counterpart, row.reg_date)
    if audit_it:
        audit.record(session, actor, "letters.register", "letter", row.id, after=letter_dict(row))
    answers = list(data.get("answers") or [])
    if answers:
        _link(session, actor, row, answers)
    return row


def register_letter(ctx: AppContext, **data: object) -> LetterRow:
    """Register an incoming or outgoing letter; an outgoing one may answer incoming letters (`answers`)."""
    actor = ctx.require(Permission.WRITE)
    with ctx.transaction() as session:
        return letter_dict(register_in(session, actor, data))


def _get(session: Session, letter_id: int) -> Letter:
    row = session.get(Letter, int(letter_id))
    if row is None:
        raise NotFound(f"Бичиг №{letter_id} олдсонгүй.", f"Letter #{letter_id} not found.", where="letter")
    return row


def _link(session: Session, actor: Actor | None, outgoing: Letter, incoming_ids: Iterable[int]) -> list[int]:
    if outgoing.direction != rules.OUT:
        raise ValidationError("Зөвхөн явсан бичгээр ирсэн бичигт хариулна.",
                              "Only an outgoing letter can answer incoming letters.", where="answers")
    closed = []
    for incoming_id in incoming_ids:
        incoming = _get(session, incoming_id)
        if incoming.direction != rules.IN:
            raise ValidationError(f"{incoming.reg_no} нь ирсэн бичиг биш.", f"{incoming.reg_no} is not incoming.",
                                  where="answers")
        if session.get(LetterLink, (outgoing.id, incoming.id)) is not None:
            continue
        if outgoing.reg_date < incoming.reg_date:
            raise ValidationError(f"Хариу ({outgoing.reg_date}) ирсэн бичгээс ({incoming.reg_date}) өмнө байна.",
                                  f"The reply ({outgoing.reg_date}) is dated before the letter ({incoming.reg_date}).",
                                  where="answers")
        before = letter_dict(incoming)
        session.add(LetterLink(outgoing_id=outgoing.id, incoming_id=incoming.id))
        if incoming.answered_on is None or outgoing.reg_date < incoming.answered_on:
            incoming.answered_on = outgoing.reg_date
        session.flush()
        audit.record(session, actor, "letters.answer", "letter", incoming.id, before=before,
                     after={**letter_dict(incoming), "answered_by": outgoing.id})
        closed.append(incoming.id)
    return closed


def answer(ctx: AppContext, outgoing_id: int, incoming_ids: Iterable[int]) -> list[int]:
    """Link an outgoing letter to the incoming letters it answers, closing them; returns those closed."""
    actor = ctx.require(Permission.WRITE)
    with ctx.transaction() as session:
        return _link(session, actor, _get(session, outgoing_id), list(incoming_ids))


def update_letter(ctx: AppContext, letter_id: int, **changes: object) -> LetterRow:
    return _update(ctx, ctx.require(Permission.WRITE), letter_id, changes, "letters.update", None)


def correct(ctx: AppContext, letter_id: int, *, reason: str, **changes: object) -> LetterRow:
    """The head corrects a registered letter (its dates, counterpart, subject…), giving the reason.

    Like a petition correction: the audit log keeps the before, the after and the reason.
    """
    actor = ctx.require(Permission.APPROVE)
    if not (reason or "").strip():
        raise ValidationError("Залруулгын шалтгааныг бичнэ үү.", "Enter the reason for the correction.",
                              where="Шалтгаан / Reason")
    if not changes:
        raise ValidationError("Залруулах утгаа өгнө үү.", "Give the corrected values.", where="Шалтгаан / Reason")
    return _update(ctx, actor, letter_id, changes, "letters.correct", reason.strip())


def _update(ctx: AppContext, actor: Actor, letter_id: int, changes: dict[str, object], action: str,
            reason: str | None) -> LetterRow:
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValidationError(f"Засах боломжгүй талбар: {', '.join(sorted(unknown))}",
                              f"Fields that cannot be edited: {', '.join(sorted(unknown))}")
    with ctx.transaction() as session:
        row = _get(session, letter_id)
        before = letter_dict(row)
        clean = _clean({**{k: getattr(row, k) for k in EDITABLE}, **changes})
        for key in EDITABLE:
            setattr(row, key, clean.get(key) if key != "case_file_id" else (clean.get(key) or None))
        if row.reg_date.year != row.year:
            raise ValidationError("Бүртгэлийн оныг өөрчилж болохгүй.", "The registration year cannot change.",
                                  where="reg_date")
        if row.direction == rules.OUT:
            row.reply_required, row.due_date = False, None
        elif row.reply_required and row.due_date is None:
            row.due_date = rules.due_date_for(row.reg_date, int(settings.get_value(session, "letters.reply_days")))
        old_text = row.search_text
        row.search_text = letters_search.search_key(row.reg_no, row.counterpart, row.their_ref, row.subject)
        letters_search.replace(session, row.id, old_text, row.search_text)
        if "counterpart" in changes and row.counterpart != before["counterpart"]:
            _remember_counterpart(session, row.counterpart, row.reg_date)
        session.flush()
        after = letter_dict(row)
        if reason and after == before:
            raise ValidationError("Нэг ч утга өөрчлөгдөөгүй.", "Nothing was changed.", where="Шалтгаан / Reason")
        audit.record(session, actor, action, "letter", row.id, before=before,
                     after=after | ({"reason": reason} if reason else {}))
        return after


def get_letter(ctx: AppContext, letter_id: int) -> LetterDetail:
    """One letter with the letters it answers / that answered it."""
    ctx.require(Permission.READ)
    with ctx.reading() as session:
        row = _get(session, letter_id)
        column, other = ((LetterLink.incoming_id, LetterLink.outgoing_id) if row.direction == rules.IN
                         else (LetterLink.outgoing_id, LetterLink.incoming_id))
        linked = session.scalars(select(Letter).join(LetterLink, other == Letter.id).where(column == row.id)
                                 .order_by(Letter.reg_date))
        case = session.get(CaseFile, row.case_file_id) if row.case_file_id else None
        return {**letter_dict(row),
                "linked": [{"id": x.id, "reg_no": x.reg_no, "reg_date": x.reg_date.isoformat(),
                            "counterpart": x.counterpart, "subject": x.subject} for x in linked],
                "case_index": case.index_code if case else None}


def list_counterparts(ctx: AppContext, prefix: str = "", limit: int = 2000) -> list[str]:
    """Organisation names seen before, most used first (for suggestions as the clerk types)."""
    ctx.require(Permission.READ)
    with ctx.reading() as session:
        query = select(Counterpart.name).order_by(Counterpart.use_count.desc(), Counterpart.name).limit(limit)
        if prefix.strip():
            key = prefix.strip().casefold()
            query = query.where(Counterpart.name_key.like(f"%{key}%"))
        return list(session.scalars(query))
