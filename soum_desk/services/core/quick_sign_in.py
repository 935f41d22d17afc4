"""A sign-in decided with plain sqlite3 while the ORM is still loading (issue 18).

The user's row and the limits are read read-only and `sign_in_rules.decide` checks the password
(argon2id, the same rules as `users.authenticate`). Nothing is written here: the caller hands the
verdict to `users.record_sign_in` once the ORM is loaded, which writes the failure count,
lock-out, last sign-in and audit entry exactly as `authenticate` would (and decides again if the
row changed in between).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from soum_desk.services.core import sign_in_rules
from soum_desk.services.core.quick_open import reading, setting

_USER_COLUMNS = "id, username, role, full_name, active, locked_until, failed_logins, password_hash"


def _moment(value: str | None) -> datetime | None:
    """A DateTime column as SQLAlchemy stores it in SQLite («2026-12-04 15:00:00.000000»)."""
    return datetime.fromisoformat(value) if value else None


def check(db_path: Path, username: str, password: str, *, now: datetime | None = None) -> sign_in_rules.Verdict:
    with reading(db_path) as conn:
        row = conn.execute(f"SELECT {_USER_COLUMNS} FROM app_user WHERE username = ?",
                           (username.strip(),)).fetchone()
        limits = sign_in_rules.Limits(int(setting(conn, "auth.max_failures")),
                                      int(setting(conn, "auth.lock_base_seconds")))
    account = None
    if row is not None:
        user_id, name, role, full_name, active, locked_until, failed, password_hash = row
        account = sign_in_rules.Account(user_id, name, role, full_name, bool(active), _moment(locked_until),
                                        failed, password_hash)
    return sign_in_rules.decide(account, username, password, now or datetime.now(), limits)
