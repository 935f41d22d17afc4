"""Users: create, sign in with lock-out, change password, unlock, list."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from soum_desk.db.models import Office, User
from soum_desk.domain.roles import ROLE_LABELS, SIGNING_ROLES, Permission, Role
from soum_desk.errors import AuthenticationFailed, NotFound, ValidationError
from soum_desk.services.core import audit, passwords, sign_in_rules
from soum_desk.services.core.context import SYSTEM_USERNAME, Actor, AppContext
from soum_desk.services.core.rows import UserRow
from soum_desk.services.core.settings import get_value


def _public(user: User) -> UserRow:
    return {"id": user.id, "username": user.username, "full_name": user.full_name,
            "position": user.position, "role": user.role, "active": user.active,
            "locked_until": user.locked_until.isoformat() if user.locked_until else None,
            "failed_logins": user.failed_logins}


def _check_role(role: str) -> None:
    if role not in {r.value for r in Role}:
        raise ValidationError(f"Үл мэдэгдэх эрх: {role}", f"Unknown role: {role}")


def require_signing_details(username: str, role: str, full_name: str | None, position: str | None) -> None:
    """A user of a role that signs reports needs a full name (not the login name) and a position."""
    if role not in {r.value for r in SIGNING_ROLES}:
        return
    name = (full_name or "").strip()
    lacking = [(mn, en) for (mn, en), missing in ((("«Овог нэр»", "«Full name»"), not name or name == username),
                                                  (("«Албан тушаал»", "«Position»"), not (position or "").strip()))
               if missing]
    if lacking:
        raise ValidationError(
            f"«{username}»: «{role_label(role)}» эрхтэй хэрэглэгч тайланд гарын үсэг зурдаг тул "
            f"{' ба '.join(mn for mn, _ in lacking)} заавал бөглөнө.",
            f"«{username}»: a user with the «{role_label(role, 'en')}» role signs reports, so "
            f"{' and '.join(en for _, en in lacking)} must be filled in.")


def _office_names(session: Session) -> tuple[str, ...]:
    """The office's name and soum, which make easy guesses for its passwords."""
    row = session.execute(select(Office.name, Office.soum_name).order_by(Office.id).limit(1)).first()
    return tuple(row) if row else ()


def create_user_in(session: Session, actor: Actor | None, username: str, password: str, role: str,
                   full_name: str, position: str | None = None) -> User:
    username = username.strip()
    if not username:
        raise ValidationError("Нэвтрэх нэр хоосон байна.", "The user name is empty.", where="username")
    if username.lower() == SYSTEM_USERNAME or any(ch.isspace() for ch in username):
        raise ValidationError(f"«{username}» нэвтрэх нэр болохгүй (хоосон зайгүй, «system» биш).",
                              f"«{username}» cannot be a user name (no spaces, not «system»).",
                              where="username")
    _check_role(role)
    require_signing_details(username, role, full_name, position)
    if session.scalar(select(User).where(User.username == username)):
        raise ValidationError(f"«{username}» нэртэй хэрэглэгч бүртгэлтэй байна.",
                              f"A user named «{username}» already exists.")
    user = User(username=username, full_name=full_name or username, position=position, role=role,
                password_hash=passwords.hash_password(password, username=username,
                                                      names=(full_name, *_office_names(session))),
                active=True, failed_logins=0,
                created_at=datetime.now())
    session.add(user)
    session.flush()
    audit.record(session, actor, "user.create", "user", user.id, after=_public(user))
    return user


def create_user(ctx: AppContext, username: str, password: str, role: str, full_name: str,
                position: str | None = None) -> UserRow:
    actor = ctx.require(Permission.USERS)
    with ctx.transaction() as session:
        return _public(create_user_in(session, actor, username, password, role, full_name, position))


def list_users(ctx: AppContext) -> list[UserRow]:
    ctx.require(Permission.READ)
    with ctx.reading() as session:
        return [_public(u) for u in session.scalars(select(User).order_by(User.username))]


def display_name(ctx: AppContext, username: str | None) -> str:
    """The person's name for a user name, as a person reads it on screen or paper («Г.Ажилтан»);
    the user name itself when no such user is registered."""
    if not username:
        return ""
    ctx.require(Permission.READ)
    with ctx.reading() as session:
        full_name = session.scalar(select(User.full_name).where(User.username == username))
    return full_name or username


masked_name = sign_in_rules.masked_name  # kept here for its callers
locked_message = sign_in_rules.locked_message


def _account(user: User | None) -> sign_in_rules.Account | None:
    if user is None:
        return None
    return sign_in_rules.Account(user.id, user.username, user.role, user.full_name, bool(user.active),
                                 user.locked_until, user.failed_logins, user.password_hash)


def _limits(session: Session) -> sign_in_rules.Limits:
    return sign_in_rules.Limits(int(get_value(session, "auth.max_failures")),
                                int(get_value(session, "auth.lock_base_seconds")))


def authenticate(ctx: AppContext, username: str, password: str, *, now: datetime | None = None) -> Actor:
    """Check a password; lock the account after repeated failures with a doubling wait
    (`sign_in_rules.decide`). A failure is committed (counts and lock-out survive), then raised."""
    now = now or datetime.now()
    with ctx.transaction() as session:
        user = session.scalar(select(User).where(User.username == username.strip()))
        verdict = sign_in_rules.decide(_account(user), username, password, now, _limits(session))
        _write(session, user, verdict)
    return _signed_in(verdict)


def record_sign_in(ctx: AppContext, verdict: sign_in_rules.Verdict, username: str, password: str) -> Actor:
    """Write a try decided before the ORM was loaded (`quick_sign_in`, at start-up) as
    `authenticate` would have: the same row changes and audit entry, in one transaction. If the
    user's row or the limits changed since they were read, the try is decided again here."""
    with ctx.transaction() as session:
        user = session.scalar(select(User).where(User.username == username.strip()))
        limits = _limits(session)
        if _account(user) != verdict.account or limits != verdict.limits:
            verdict = sign_in_rules.decide(_account(user), username, password, datetime.now(), limits)
        _write(session, user, verdict)
    return _signed_in(verdict)


def _write(session: Session, user: User | None, verdict: sign_in_rules.Verdict) -> None:
    """The row changes and the audit entry of a decided try."""
    actor = None
    if user is not None and verdict.action == "auth.login_failed" and verdict.audit_user_id is not None:
        user.failed_logins = verdict.failed_logins
        user.locked_until = verdict.locked_until
    elif user is not None and verdict.failure is None:
        if verdict.new_hash is not None:
            user.password_hash = verdict.new_hash
        user.failed_logins = 0
        user.locked_until = None
        user.last_login_at = verdict.now
        actor = Actor(user.id, user.username, user.role, user.full_name)
    audit.record(session, actor, verdict.action, "user", verdict.audit_user_id, after=verdict.audit_after)


def _signed_in(verdict: sign_in_rules.Verdict) -> Actor:
    if verdict.failure is not None:
        failure = AuthenticationFailed(*verdict.failure)
        if verdict.wait_seconds:
            failure.wait_seconds = verdict.wait_seconds
        raise failure
    account = verdict.account
    assert account is not None  # only a user's own password signs in
    return Actor(account.user_id, account.username, account.role, account.full_name)


def unlock(ctx: AppContext, username: str) -> None:
    actor = ctx.require(Permission.USERS)
    with ctx.transaction() as session:
        user = _get(session, username)
        before = _public(user)
        user.failed_logins = 0
        user.locked_until = None
        audit.record(session, actor, "user.unlock", "user", user.id, before=before, after=_public(user))


def set_password(ctx: AppContext, username: str, new_password: str) -> None:
    """An admin sets anyone's password; a user may change their own."""
    actor = ctx.actor
    if actor is None or actor.username != username:
        actor = ctx.require(Permission.USERS)
    with ctx.transaction() as session:
        user = _get(session, username)
        user.password_hash = passwords.hash_password(new_password, username=username,
                                                     names=(user.full_name, *_office_names(session)))
        audit.record(session, actor, "user.password", "user", user.id)


def update_user(ctx: AppContext, username: str, *, role: str | None = None, full_name: str | None = None,
                position: str | None = None, active: bool | None = None) -> UserRow:
    actor = ctx.require(Permission.USERS)
    with ctx.transaction() as session:
        user = _get(session, username)
        before = _public(user)
        if role is not None:
            _check_role(role)
            user.role = role
        if full_name is not None:
            user.full_name = full_name
        if position is not None:
            user.position = position
        if active is not None:
            user.active = active
        if before["role"] == Role.ADMIN.value and before["active"] and not (user.active and user.role == Role.ADMIN.value):
            _keep_one_admin(session, user.id)
        if (role is not None and role != before["role"]) or full_name is not None or position is not None:
            require_signing_details(user.username, user.role, user.full_name, user.position)
        audit.record(session, actor, "user.update", "user", user.id, before=before, after=_public(user))
        return _public(user)


def _keep_one_admin(session: Session, changing_id: int) -> None:
    others = session.scalar(select(func.count(User.id)).where(
        User.role == Role.ADMIN.value, User.active, User.id != changing_id))
    if not others:
        raise ValidationError("Дор хаяж нэг идэвхтэй админ үлдэх ёстой.",
                              "At least one active administrator must remain.", where="role")


def _get(session: Session, username: str) -> User:
    user = session.scalar(select(User).where(User.username == username))
    if user is None:
        raise NotFound(f"«{username}» хэрэглэгч олдсонгүй.", f"User «{username}» not found.")
    return user


def role_label(role: str, lang: str = "mn") -> str:
    mn, en = ROLE_LABELS.get(Role(role), (role, role))
    return en if lang == "en" else mn
