"""Who signs a report, and its date and place: chosen per report, remembered per report kind.

Seed 001 (a year-end plan-execution report) is signed by three people: ХЯНАСАН (the office
head), ТАЙЛАГНАСАН (the department head) and БИЕЛЭЛТИЙГ НЭГТГЭСЭН (who compiled it). Every report
the office prints carries the same three blocks. A chosen signatory must have a full name and a
position (a login name never goes on paper); a block nobody was chosen for falls back to the head
(ХЯНАСАН) or the person making the report (ТАЙЛАГНАСАН) when they have a full name, else it is
left blank to be filled in by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from soum_desk.db.models import User
from soum_desk.domain.roles import Role
from soum_desk.errors import NotFound, ValidationError
from soum_desk.reports.common import SIGNATURE_LABELS, Signature
from soum_desk.services.core import settings
from soum_desk.services.core.context import Actor, AppContext

REPORT_KINDS = ("plans", "petitions", "letters", "archive", "province")
BY_HAND = "-"  # chosen as a block's signatory: nobody printed, the block is filled in by hand
ROLES = ("checked", "reported", "compiled")  # the seed's three blocks, top to bottom
REMEMBERED_KEY = "reports.signatories"
settings.register_defaults({REMEMBERED_KEY: {}})  # report kind → {role: login name}

# The roles in a block's refusal, in the office's words
ROLE_WORDS = {"checked": ("хянасан", "checked by"), "reported": ("тайлагнасан", "reported by"),
              "compiled": ("биелэлтийг нэгтгэсэн", "implementation compiled by")}


@dataclass(frozen=True)
class Signing:
    """The report's signatories (login names; None: not chosen), date and place (None: the default)."""

    checked: str | None = None
    reported: str | None = None
    compiled: str | None = None
    report_date: date | None = None
    place: str | None = None

    def login(self, role: str) -> str | None:
        return getattr(self, role) or None

    def chosen(self) -> dict[str, str]:
        return {role: login for role in ROLES if (login := self.login(role))}


def has_full_name(user: User) -> bool:
    """A full name that is not the login name (the form used to put the login there when left empty)."""
    name = (user.full_name or "").strip()
    return bool(name) and name != user.username


def missing_for_paper(user: User) -> tuple[str, str] | None:
    """What a signatory lacks for paper, in words (None when the full name and position are there)."""
    # named by the users form's labels
    missing_mn = [w for w, lacking in (("«Овог нэр»", not has_full_name(user)),
                                       ("«Албан тушаал»", not (user.position or "").strip())) if lacking]
    missing_en = [w for w, lacking in (("«Full name»", not has_full_name(user)),
                                       ("«Position»", not (user.position or "").strip())) if lacking]
    if not missing_mn:
        return None
    return " ба ".join(missing_mn), " and ".join(missing_en)


def _chosen_user(session: Session, role: str, login: str) -> User:
    user = session.scalar(select(User).where(User.username == login))
    mn_role, en_role = ROLE_WORDS[role]
    if user is None or not user.active:
        raise NotFound(f"«{mn_role.upper()}» хэсэгт сонгосон «{login}» хэрэглэгч олдсонгүй (эсвэл идэвхгүй).",
                       f"The user «{login}» chosen as «{en_role}» was not found (or is inactive).")
    missing = missing_for_paper(user)
    if missing is not None:
        raise ValidationError(
            f"«{mn_role.upper()}» хэсэгт сонгосон «{login}» хэрэглэгчийн {missing[0]} бөглөөгүй байна; "
            "тайланд нэвтрэх нэр бичихгүй. Хэрэглэгчийн мэдээлэлд нэмээд дахин гаргана уу.",
            f"The user «{login}» chosen as «{en_role}» has no {missing[1]}; a login name is never printed "
            "on a report. Add it to the user's details and make the report again.")
    return user


def _fallback(session: Session, role: str, actor: Actor | None, default: str | None) -> User | None:
    """Who signs a block nobody chose: the area's `default` (a login), else the head checks and the
    person making the report reports; only someone with a full name."""
    if default:
        query = select(User).where(User.username == default, User.active)
    elif role == "checked":
        query = select(User).where(User.role == Role.HEAD.value, User.active).order_by(User.id)
    elif role == "reported" and actor is not None and actor.user_id is not None:
        query = select(User).where(User.id == actor.user_id)
    else:
        return None
    user = session.scalar(query)
    return user if user is not None and has_full_name(user) else None


def blocks(session: Session, signing: Signing | None, actor: Actor | None, lang: str = "mn", *,
           defaults: Mapping[str, str | None] | None = None) -> list[Signature]:
    """The three signature blocks under the seed's labels; refuses a chosen signatory unfit for paper.
    `defaults` (role → login) is who an area would have sign a block nobody chose."""
    signing = signing or Signing()
    out = []
    for role in ROLES:
        login = signing.login(role)
        if login == BY_HAND:
            user = None
        else:
            user = (_chosen_user(session, role, login) if login
                    else _fallback(session, role, actor, (defaults or {}).get(role)))
        label = SIGNATURE_LABELS[role][1 if lang == "en" else 0]
        name = (user.full_name or "").strip() if user else ""
        position = (user.position or "").strip() if user else ""
        out.append(Signature(label, position.upper(), name.upper()))
    return out


def remembered(ctx: AppContext, kind: str) -> Signing:
    """The signatories last chosen for `kind` (no date or place: those default anew each time); one
    who has since left (inactive) or lost their full name or position is forgotten, not refused."""
    with ctx.reading() as session:
        chosen = (settings.get_value(session, REMEMBERED_KEY) or {}).get(kind) or {}
    fit = {s["username"] for s in signers(ctx)} | {BY_HAND}
    return Signing(**{role: chosen.get(role) if chosen.get(role) in fit else None for role in ROLES})


def with_remembered(ctx: AppContext, kind: str, given: Signing) -> Signing:
    """`given`, with the remembered signatory for each block it leaves unchosen."""
    before = remembered(ctx, kind)
    return replace(given, checked=given.checked or before.checked, reported=given.reported or before.reported,
                   compiled=given.compiled or before.compiled)


def remember(ctx: AppContext, kind: str, signing: Signing) -> None:
    """Keep the chosen signatories of `kind` for the next report (not audited: a choice, not a record)."""
    if kind not in REPORT_KINDS:
        raise ValueError(kind)
    with ctx.transaction() as session:
        stored = dict(settings.get_value(session, REMEMBERED_KEY) or {})
        if stored.get(kind) != signing.chosen():
            stored[kind] = signing.chosen()
            settings.set_value(session, REMEMBERED_KEY, stored)


def signers(ctx: AppContext) -> list[dict[str, str]]:
    """Active users who can sign a report (full name and position), for a report dialog's choices."""
    with ctx.reading() as session:
        users = session.scalars(select(User).where(User.active).order_by(User.full_name)).all()
        return [{"username": u.username, "full_name": u.full_name.strip(), "position": (u.position or "").strip(),
                 "role": u.role} for u in users if missing_for_paper(u) is None]
