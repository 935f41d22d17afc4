"""Issue 18: the start-up sign-in decided on plain sqlite3 (before the ORM is loaded) and written
through the ORM afterwards gives the clerk the same answer, and leaves the same failure counts,
lock-out and audit entries, as `users.authenticate`."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from soum_desk.config import resolve_paths
from soum_desk.db.models import AuditEntry, User
from soum_desk.errors import AuthenticationFailed
from soum_desk.services.core import quick_open, quick_sign_in, users
from soum_desk.services.core.context import AppContext
from soum_desk.services.core.startup import open_context
from tests.conftest import ADMIN_PASSWORD, CLERK_PASSWORD

# (user name, password): five wrong ones lock the clerk out; then the right one while locked,
# an unknown name, a disabled user, an administrator's good sign-in, and the clerk after the lock.
TRIES = [("clerk", "wrong-pass-1")] * 5 + [("clerk", CLERK_PASSWORD), ("nobody-here", "x"),
                                           ("viewer", "viewer-pass-1"), (" admin", ADMIN_PASSWORD)]


def _copy(ctx: AppContext, tmp_path) -> AppContext:
    """A second office, byte for byte the same database."""
    target = resolve_paths(tmp_path / "twin")
    target.data_dir.mkdir(parents=True)
    assert ctx.paths.sqlite_path is not None and target.sqlite_path is not None
    src, dst = sqlite3.connect(ctx.paths.sqlite_path), sqlite3.connect(target.sqlite_path)
    src.backup(dst)
    src.close()
    dst.close()
    return open_context(target)


def _outcome(sign_in) -> tuple:  # noqa: ANN001
    try:
        actor = sign_in()
    except AuthenticationFailed as exc:
        return ("refused", exc.msg.mn, exc.msg.en, exc.wait_seconds)
    return ("signed in", actor)


def _state(ctx: AppContext) -> tuple:
    with ctx.reading() as session:
        rows = [(u.username, u.failed_logins, u.locked_until, u.last_login_at is not None)
                for u in session.scalars(select(User).order_by(User.username))]
        log = [(e.username, e.action, e.entity_id, e.after)
               for e in session.scalars(select(AuditEntry).order_by(AuditEntry.id))]
    return rows, log


def _quick(ctx: AppContext, name: str, password: str, now: datetime):  # noqa: ANN202
    def sign_in():  # noqa: ANN202
        office = quick_open.open_for_sign_in(ctx.paths, check=False)
        assert office is not None  # a set-up SQLite office at this schema takes the quick way
        verdict = quick_sign_in.check(office.db_path, name, password, now=now)
        return users.record_sign_in(ctx, verdict, name, password)
    return sign_in


def test_the_quick_sign_in_answers_and_records_as_the_service_does(ctx, tmp_path):
    users.update_user(ctx, "viewer", active=False)
    twin = _copy(ctx, tmp_path)
    try:
        now = datetime.now()
        expected = [_outcome(lambda n=name, p=password: users.authenticate(ctx, n, p, now=now))
                    for name, password in TRIES]
        later = now + timedelta(hours=2)  # the lock-out is over
        expected.append(_outcome(lambda: users.authenticate(ctx, "clerk", CLERK_PASSWORD, now=later)))
        got = [_outcome(_quick(twin, name, password, now)) for name, password in TRIES]
        got.append(_outcome(_quick(twin, "clerk", CLERK_PASSWORD, later)))
        assert got == expected
        assert [o[0] for o in got] == ["refused"] * 8 + ["signed in", "signed in"]
        assert got[4][3] is None and got[5][3] == 61  # the fifth failure locks the clerk out for 60 s
        assert _state(twin) == _state(ctx)
        actions = [entry[1] for entry in _state(twin)[1][-len(got):]]
        assert actions == ["auth.login_failed"] * 5 + ["auth.login_locked", "auth.login_failed",
                                                        "auth.login_failed", "auth.login", "auth.login"]
    finally:
        twin.dispose()


def test_a_try_checked_before_the_row_changed_is_decided_again(ctx):
    office = quick_open.open_for_sign_in(ctx.paths, check=False)
    assert office is not None
    verdict = quick_sign_in.check(office.db_path, "clerk", "wrong-pass-1")  # read: no failures yet
    with pytest.raises(AuthenticationFailed):
        users.authenticate(ctx, "clerk", "wrong-pass-2")  # meanwhile another wrong try is written
    with pytest.raises(AuthenticationFailed):
        users.record_sign_in(ctx, verdict, "clerk", "wrong-pass-1")
    assert next(u for u in users.list_users(ctx) if u["username"] == "clerk")["failed_logins"] == 2


def test_the_quick_way_is_left_to_the_full_opening_when_it_cannot_know(paths, blank_ctx):
    assert quick_open.open_for_sign_in(paths, check=False) is None  # not set up: the set-up dialog first
    assert quick_open.open_for_sign_in(resolve_paths(paths.data_dir, "postgresql://x@y/z"), check=False) is None


def test_a_schema_to_migrate_takes_the_full_opening(ctx):
    from soum_desk.db.revisions import all_revisions

    assert quick_open.open_for_sign_in(ctx.paths, check=False) is not None
    ctx.dispose()
    conn = sqlite3.connect(ctx.paths.sqlite_path)
    conn.execute("UPDATE alembic_version SET version_num = ?", (all_revisions()[-2],))
    conn.commit()
    conn.close()
    assert quick_open.open_for_sign_in(ctx.paths, check=False) is None  # backed up and migrated first
