"""Every report's header and signature blocks, built in one place.

Areas build their report data (`report_data(...)`) with `header(...)` and `signature(...)`;
`reports/` only draws what it is given. The head of the office is found by `head_of_office`
and nowhere else.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from soum_desk.db.models import User
from soum_desk.domain.roles import Role
from soum_desk.reports.common import SIGNATURE_LABELS, ReportHeader, Signature
from soum_desk.services.core.context import Actor
from soum_desk.services.core.office import own_office

DEFAULT_HEAD_POSITION = ("ЗДТГ-ын дарга", "Head of the Governor's Office")


@dataclass(frozen=True)
class Person:
    """Who signs: a full name and a position as printed on paper."""

    full_name: str
    position: str = ""


def header(session: Session, title: str, *, subtitle: str = "", report_date: date | None = None,
           extra_lines: Sequence[str] = ()) -> ReportHeader:
    """The official header: this office's name and place, the title and the report date."""
    office = own_office(session)
    return ReportHeader(office_name=office.name, title=title, report_date=report_date or date.today(),
                        place=office.place or office.soum_name or "", subtitle=subtitle,
                        extra_lines=list(extra_lines))


def _person(user: User | None) -> Person | None:
    return None if user is None else Person(user.full_name or "", user.position or "")


def person_of(session: Session, username: str | None) -> Person | None:
    """The user with this login name, as a signatory (None when there is none)."""
    if not username:
        return None
    return _person(session.scalar(select(User).where(User.username == username)))


def head_of_office(session: Session) -> Person | None:
    """The head of the office: the first active user with the head's role."""
    user = session.scalar(select(User).where(User.role == Role.HEAD.value, User.active).order_by(User.id))
    return _person(user)


def acting_person(session: Session, actor: Actor | None) -> Person | None:
    """The signed-in user who makes the report (the app itself signs with its own name)."""
    if actor is None:
        return None
    if actor.user_id is None:
        return Person(actor.full_name)
    return person_of(session, actor.username) or Person(actor.full_name)


def signature(kind: str, person: Person | None, lang: str = "mn", *, default_position: str = "",
              upper: bool = False) -> Signature:
    """One block: the label of `kind` (reviewed, reported, compiled, approved) and who signs."""
    label = SIGNATURE_LABELS[kind][1 if lang == "en" else 0]
    name = person.full_name if person else ""
    position = (person.position if person else "") or default_position
    if upper:
        name, position = name.upper(), position.upper()
    return Signature(label, position, name)
