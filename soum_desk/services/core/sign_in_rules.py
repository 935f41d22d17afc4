"""The sign-in rules in one place: who may sign in, and what each try leaves behind.

Two callers read a user's row and apply `decide`'s verdict: `users.authenticate` (the ORM, one
transaction) and, at start-up, `quick_sign_in` (plain sqlite3 while the ORM is still loading,
issue 18), whose verdict `users.record_sign_in` writes once the ORM is there. Nothing here
imports SQLAlchemy.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

WRONG = ("Нэвтрэх нэр эсвэл нууц үг буруу байна.", "Wrong user name or password.")


@dataclass(frozen=True)
class Account:
    """What the rules read of a user's row."""

    user_id: int
    username: str
    role: str
    full_name: str
    active: bool
    locked_until: datetime | None
    failed_logins: int
    password_hash: str


@dataclass(frozen=True)
class Limits:
    """The office's `auth.max_failures` and `auth.lock_base_seconds` settings."""

    max_failures: int
    lock_base_seconds: int


@dataclass(frozen=True)
class Verdict:
    """One try, decided, before anything is written. `failure` is the (mn, en) message, None when
    the user is in; `failed_logins`/`locked_until`/`new_hash` are what the row gets."""

    account: Account | None  # the row as read (None: no such user)
    limits: Limits
    now: datetime
    action: str  # the audit entry's action
    audit_user_id: int | None
    audit_after: dict[str, Any] | None
    failure: tuple[str, str] | None = None
    wait_seconds: int = 0
    failed_logins: int = 0
    locked_until: datetime | None = None
    new_hash: str | None = None


def masked_name(typed: str) -> str:
    """What the audit log keeps of a name that matches no user: its first two characters and its
    length. A clerk who types the password into the name field must not leave it in the log for ever."""
    typed = typed.strip()
    return f"{typed[:2]}…({len(typed)})" if typed else ""


def locked_message(wait_seconds: int) -> tuple[str, str]:
    """(mn, en) of the lock-out message; the sign-in dialog counts it down with this text."""
    if wait_seconds <= 0:
        return ("Түгжээ гарлаа. Нууц үгээ дахин оруулна уу.", "The lock has ended. Enter your password again.")
    return (f"Бүртгэл түгжигдсэн байна. {wait_seconds} секундын дараа дахин оролдоно уу, эсвэл админд хандана уу.",
            f"The account is locked. Try again in {wait_seconds} seconds or ask an administrator.")


def decide(account: Account | None, typed_name: str, password: str, now: datetime, limits: Limits) -> Verdict:
    """Check a password; lock the account after repeated failures with a doubling wait."""
    from soum_desk.services.core import passwords  # argon2: not needed to show the sign-in dialog

    if account is None or not account.active:
        passwords.spend_equal_time(password)  # an unknown name takes as long as a wrong password
        return Verdict(account, limits, now, "auth.login_failed", None, {"username": masked_name(typed_name)},
                       failure=WRONG)
    if account.locked_until and account.locked_until > now:
        wait = int((account.locked_until - now).total_seconds()) + 1
        return Verdict(account, limits, now, "auth.login_locked", account.user_id, {"username": typed_name},
                       failure=locked_message(wait), wait_seconds=wait, failed_logins=account.failed_logins,
                       locked_until=account.locked_until)
    if not passwords.verify_password(account.password_hash, password):
        failed = account.failed_logins + 1
        locked_until = account.locked_until
        if failed >= limits.max_failures:
            locked_until = now + timedelta(seconds=limits.lock_base_seconds * 2 ** (failed - limits.max_failures))
        return Verdict(account, limits, now, "auth.login_failed", account.user_id,
                       {"username": typed_name, "failed_logins": failed}, failure=WRONG,
                       failed_logins=failed, locked_until=locked_until)
    new_hash = passwords.hash_password(password, check=False) if passwords.needs_rehash(account.password_hash) \
        else None
    return Verdict(account, limits, now, "auth.login", account.user_id, None, new_hash=new_hash)
