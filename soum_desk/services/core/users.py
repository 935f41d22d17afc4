"""Users: create, sign in with lock-out, change password, unlock, list."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from soum_desk.db.models import Office, User
from soum_desk.domain.roles import ROLE_LABELS, SIGNING_ROLES, Permission, Role
from soum_desk.errors import AuthenticationFailed, NotFound, ValidationError
from soum_desk.services.core import audit, passwords
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


def masked_name(typed: str) -> str:
    """What the audit log keeps of a name that matches no user: its first two characters and its
    length. A clerk who types the password into the name field must not leave it in the log for ever."""
    typed = typed.strip()
    return f"{typed[:2]}…({len(typed)})" if typed else ""


def authenticate(ctx: AppContext, username: str, password: str, *, now: datetime | None = None) -> Actor:
    """Check a password; lock the account after repeated failures with a doubling wait."""
    now = now or datetime.now()
    failure: AuthenticationFailed | None = None
    with ctx.transaction() as session:
        user = session.scalar(select(User).where(User.username == username.strip()))
        if user is None or not user.active:
            passwords.spend_equal_time(password)  # an unknown name takes as long as a wrong password
            audit.record(session, None, "auth.login_failed", "user", None,
                         after={"username": masked_name(username)})
            failure = AuthenticationFailed("Нэвтрэх нэр эсвэл нууц үг буруу байна.",
                                           "Wrong user name or password.")
        elif user.locked_until and user.locked_until > now:
            wait = int((user.locked_until - now).total_seconds()) + 1
            audit.record(session, None, "auth.login_locked", "user", user.id, after={"username": username})
            failure = AuthenticationFailed(*locked_message(wait))
            failure.wait_seconds = wait
        elif not passwords.verify_password(user.password_hash, password):
            user.failed_logins += 1
            max_failures = int(get_value(session, "auth.max_failures"))
            if user.failed_logins >= max_failures:
                base = int(get_value(session, "auth.lock_base_seconds"))
                user.locked_until = now + timedelta(seconds=base * 2 ** (user.failed_logins - max_failures))
            audit.record(session, None, "auth.login_failed", "user", user.id,
                         after={"username": username, "failed_logins": user.failed_logins})
            failure = AuthenticationFailed("Нэвтрэх нэр эсвэл нууц үг буруу байна.",
                                           "Wrong user name or password.")
        else:
            if passwords.needs_rehash(user.password_hash):
                user.password_hash = passwords.hash_password(password, check=False)
            user.failed_logins = 0
            user.locked_until = None
            user.last_login_at = now
            actor = Actor(user.id, user.username, user.role, user.full_name)
            audit.record(session, actor, "auth.login", "user", user.id)
            return actor
    # The failure is committed above (counts and lock-out survive), then raised.
    raise failure


def locked_message(wait_seconds: int) -> tuple[str, str]:
    """(mn, en) of the lock-out message; the sign-in dialog counts it down with this text."""
    if wait_seconds <= 0:
        return ("Түгжээ гарлаа. Нууц үгээ дахин оруулна уу.", "The lock has ended. Enter your password again.")
    return (f"Бүртгэл түгжигдсэн байна. {wait_seconds} секундын дараа дахин оролдоно уу, эсвэл админд хандана уу.",
            f"The account is locked. Try again in {wait_seconds} seconds or ask an administrator.")


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
