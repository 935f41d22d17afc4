"""Sign-in, lock-out with a doubling wait that survives a restart, admin unlock, roles in services."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from soum_desk.errors import AuthenticationFailed, PermissionDenied, ValidationError
from soum_desk.services.core import audit, backup, office, settings, users
from soum_desk.services.core.context import Actor
from soum_desk.services.core.startup import open_context
from tests.conftest import CLERK_PASSWORD


def _fail(ctx, now, times=1):
    for _ in range(times):
        with pytest.raises(AuthenticationFailed):
            users.authenticate(ctx, "clerk", "wrong-password", now=now)


def _locked_until(ctx) -> datetime | None:
    row = next(u for u in users.list_users(ctx) if u["username"] == "clerk")
    return datetime.fromisoformat(row["locked_until"]) if row["locked_until"] else None


def test_lock_out_after_five_failures_with_a_doubling_wait(ctx):
    now = datetime(2026, 11, 23, 10, 0, 0)
    _fail(ctx, now, 4)
    assert _locked_until(ctx) is None
    _fail(ctx, now)
    assert _locked_until(ctx) == now + timedelta(seconds=60)
    # the right password is refused while locked
    with pytest.raises(AuthenticationFailed, match="locked"):
        users.authenticate(ctx, "clerk", CLERK_PASSWORD, now=now + timedelta(seconds=30))
    later = now + timedelta(seconds=61)
    _fail(ctx, later)
    assert _locked_until(ctx) == later + timedelta(seconds=120)
    later2 = later + timedelta(seconds=121)
    _fail(ctx, later2)
    assert _locked_until(ctx) == later2 + timedelta(seconds=240)
    actions = [e["action"] for e in audit.list_entries(ctx, audit.AuditFilter(action_prefix="auth."), limit=20)]
    assert actions.count("auth.login_failed") == 7 and "auth.login_locked" in actions


def test_lock_out_survives_a_restart_and_admin_unlocks(ctx):
    now = datetime.now()
    _fail(ctx, now, 5)
    paths = ctx.paths
    ctx.dispose()
    fresh = open_context(paths)  # a new process on the same data folder
    try:
        with pytest.raises(AuthenticationFailed, match="locked"):
            users.authenticate(fresh, "clerk", CLERK_PASSWORD)
        admin = fresh.as_actor(users.authenticate(fresh, "admin", "admin-pass-1"))
        users.unlock(admin, "clerk")
        actor = users.authenticate(fresh, "clerk", CLERK_PASSWORD)
        assert actor.username == "clerk" and actor.role == "clerk"
    finally:
        fresh.dispose()


def test_success_resets_the_failure_count(ctx):
    _fail(ctx, datetime.now(), 4)
    users.authenticate(ctx, "clerk", CLERK_PASSWORD)
    _fail(ctx, datetime.now(), 4)
    assert _locked_until(ctx) is None


def test_unknown_user_and_inactive_user_fail_the_same_way(ctx):
    with pytest.raises(AuthenticationFailed, match="Wrong user name or password"):
        users.authenticate(ctx, "nobody", "whatever-1")
    users.update_user(ctx, "clerk", active=False)
    with pytest.raises(AuthenticationFailed, match="Wrong user name or password"):
        users.authenticate(ctx, "clerk", CLERK_PASSWORD)


def test_passwords_are_argon2id_and_short_ones_refused(ctx):
    from sqlalchemy import select

    from soum_desk.db.models import User

    with ctx.reading() as session:
        stored = session.scalar(select(User.password_hash).where(User.username == "clerk"))
    assert stored.startswith("$argon2id$") and "m=19456,t=2,p=1" in stored
    with pytest.raises(ValidationError, match="8"):
        users.create_user(ctx, "shorty", "short", "clerk", "Богино", "Мэргэжилтэн")


def test_roles_are_enforced_in_the_services(viewer_ctx, clerk_ctx, head_ctx):
    with pytest.raises(PermissionDenied):
        users.create_user(viewer_ctx, "x1", "kept-secret-7", "clerk", "X")
    with pytest.raises(PermissionDenied):
        users.create_user(clerk_ctx, "x2", "kept-secret-7", "admin", "X")
    with pytest.raises(PermissionDenied):
        users.unlock(head_ctx, "clerk")
    with pytest.raises(PermissionDenied):
        settings.update(clerk_ctx, "backup.keep_recent", 3)
    with pytest.raises(PermissionDenied):
        office.set_bags(viewer_ctx, ["x"])
    with pytest.raises(PermissionDenied):
        audit.verify(clerk_ctx)
    with pytest.raises(PermissionDenied):
        backup.make_backup(viewer_ctx)
    assert audit.verify(head_ctx).ok  # the head may read the audit log


def test_a_user_cannot_pose_as_the_system(ctx):
    with pytest.raises(ValidationError):
        users.create_user(ctx, "system", "kept-secret-7", "viewer", "Систем")
    fake = ctx.as_actor(Actor(user_id=99, username="system", role="viewer"))
    with pytest.raises(PermissionDenied):
        users.create_user(fake, "x3", "kept-secret-7", "admin", "X")


def test_the_last_active_admin_cannot_be_demoted_or_deactivated(ctx):
    with pytest.raises(ValidationError, match="administrator"):
        users.update_user(ctx, "admin", role="clerk")
    with pytest.raises(ValidationError, match="administrator"):
        users.update_user(ctx, "admin", active=False)
    users.update_user(ctx, "head", role="admin")
    users.update_user(ctx, "admin", role="clerk", position="Мэргэжилтэн")  # another admin exists now


def test_a_user_may_change_their_own_password_only(clerk_ctx):
    users.set_password(clerk_ctx, "clerk", "new-clerk-pass")
    assert users.authenticate(clerk_ctx, "clerk", "new-clerk-pass").username == "clerk"
    with pytest.raises(PermissionDenied):
        users.set_password(clerk_ctx, "viewer", "hacked-pass-1")


def test_settings_are_validated(ctx):
    with pytest.raises(ValidationError):
        settings.update(ctx, "audit.head", "{}")
    with pytest.raises(ValidationError):
        settings.update(ctx, "backup.keep_recent", 0)
    with pytest.raises(ValidationError):
        settings.update(ctx, "ui.language", "fr")
    settings.update(ctx, "backup.keep_recent", "4")
    assert settings.get(ctx, "backup.keep_recent") == 4


def test_saving_unchanged_settings_writes_nothing(ctx):
    settings.update_many(ctx, {"backup.keep_recent": 4, "ui.language": "en"})
    count = audit.count_entries(ctx)
    settings.update_many(ctx, {"backup.keep_recent": 4, "ui.language": "en", "backup.keep_daily": 7})
    assert audit.count_entries(ctx) == count
    settings.update(ctx, "backup.keep_daily", 8)
    entry = audit.list_entries(ctx, limit=1)[0]
    assert (entry["entity_id"], entry["before"], entry["after"]) == ("backup.keep_daily", '{"value":7}', '{"value":8}')
    assert audit.count_entries(ctx) == count + 1


def test_a_weaker_hash_is_upgraded_at_the_next_sign_in(ctx):
    from argon2 import PasswordHasher
    from sqlalchemy import select, update

    from soum_desk.db.models import User

    weak = PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1).hash(CLERK_PASSWORD)
    with ctx.transaction() as session:
        session.execute(update(User).where(User.username == "clerk").values(password_hash=weak))
    users.authenticate(ctx, "clerk", CLERK_PASSWORD)
    with ctx.reading() as session:
        stored = session.scalar(select(User.password_hash).where(User.username == "clerk"))
    assert stored != weak and "m=19456,t=2,p=1" in stored


def test_user_rows_have_exactly_the_typed_keys(ctx):
    from typing import get_type_hints

    from soum_desk.services.core.rows import UserRow

    keys = set(get_type_hints(UserRow))
    assert all(set(row) == keys for row in users.list_users(ctx))
    assert set(users.update_user(ctx, "clerk", position="Мэргэжилтэн")) == keys


def test_a_failed_sign_in_with_an_unknown_name_keeps_only_a_hint_of_it(ctx):
    """Issue 19: a password typed into the name field is not kept in the audit log."""
    import json

    from soum_desk.errors import AuthenticationFailed
    from soum_desk.services.core import audit as audit_log

    with pytest.raises(AuthenticationFailed):
        users.authenticate(ctx, "Tsetseg-2026!secret", "whatever-pass")
    entries = audit_log.list_entries(ctx, audit_log.AuditFilter(action_prefix="auth.login_failed"))
    kept = json.dumps([e["after"] for e in entries], ensure_ascii=False)
    assert "secret" not in kept and "Ts…(19)" in kept


def test_a_role_that_signs_reports_needs_a_full_name_and_a_position(ctx):
    """Issue 16: the head and clerks sign reports, so their full name and position are required."""
    with pytest.raises(ValidationError) as no_position:
        users.create_user(ctx, "dorj", "dorj-pass-123", "clerk", "Б.Дорж")
    assert "«Албан тушаал»" in no_position.value.msg.mn and "«Position»" in no_position.value.msg.en
    assert "«dorj»" in no_position.value.msg.mn and "Овог нэр" not in no_position.value.msg.mn
    with pytest.raises(ValidationError) as nameless:  # the login name is no full name
        users.create_user(ctx, "bold", "bold-pass-123", "head", "bold", "ЗДТГ-ын дарга")
    assert "«Овог нэр»" in nameless.value.msg.mn and "«Full name»" in nameless.value.msg.en
    assert "dorj" not in {u["username"] for u in users.list_users(ctx)}
    users.create_user(ctx, "bat", "bat-pass-1234", "viewer", "")  # a viewer signs nothing
    with pytest.raises(ValidationError, match="Албан тушаал"):
        users.update_user(ctx, "bat", role="clerk", full_name="Б.Бат")
    users.update_user(ctx, "bat", role="clerk", full_name="Б.Бат", position="Мэргэжилтэн")
    with pytest.raises(ValidationError, match="Албан тушаал"):
        users.update_user(ctx, "bat", position="")
