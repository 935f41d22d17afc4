"""A damaged database: refused, the newest good backup offered, put in place, the damaged file kept."""

from __future__ import annotations

import os

import pytest
from click.testing import CliRunner

from soum_desk.errors import AuthenticationFailed, DatabaseDamaged, PermissionDenied
from soum_desk.services.core import audit, backup, recovery, users
from soum_desk.services.core.startup import open_context
from tests.conftest import ADMIN_PASSWORD, CLERK_PASSWORD


def damage(db) -> None:
    size = db.stat().st_size
    with open(db, "r+b") as handle:
        for offset in range(4096, size, 4096):
            handle.seek(offset)
            handle.write(os.urandom(64) + b"\xff" * 200)


@pytest.fixture
def damaged(ctx):
    """A database with two backups (the newer one itself damaged), then scribbled over."""
    good = backup.make_backup(ctx)
    users.create_user(ctx, "late", "late-pass-1", "viewer", "Хожуу")
    bad = backup.make_backup(ctx)
    damage(bad.path)
    paths = ctx.paths
    ctx.dispose()
    damage(paths.sqlite_path)
    return paths, good.path


def test_damaged_database_names_the_newest_good_backup(damaged):
    paths, good = damaged
    with pytest.raises(DatabaseDamaged) as info:
        open_context(paths)
    assert info.value.backup == good
    assert good.name in str(info.value)


def test_recovery_puts_the_backup_in_place_and_keeps_the_damaged_file(damaged):
    paths, good = damaged
    wal = paths.sqlite_path.with_name(paths.sqlite_path.name + "-wal")
    wal.write_bytes(b"stale wal of the damaged database")
    aside, actor = recovery.replace_damaged_database(paths, good, "admin", ADMIN_PASSWORD)
    assert actor.username == "admin"
    assert aside.is_file() and "damaged" in aside.name
    assert aside.with_name(aside.name + "-wal").read_bytes() == b"stale wal of the damaged database"
    ctx = open_context(paths)
    try:
        recovery.record_recovery(ctx, good, aside, actor)
        admin = ctx.as_actor(users.authenticate(ctx, "admin", ADMIN_PASSWORD))
        assert "late" not in {u["username"] for u in users.list_users(admin)}
        assert audit.verify(admin).ok
        recovered = audit.list_entries(admin, limit=2)[1]
        assert recovered["action"] == "backup.recover_damaged" and recovered["username"] == "admin"
    finally:
        ctx.dispose()


def test_cli_restore_recovers_a_damaged_database(damaged):
    from soum_desk.cli import cli

    paths, good = damaged
    env = {"SOUM_DESK_USER": "admin", "SOUM_DESK_PASSWORD": ADMIN_PASSWORD}
    result = CliRunner().invoke(cli, ["--data-dir", str(paths.data_dir), "users", "list"], env=env)
    assert result.exit_code == 3 and "damaged" in result.output
    result = CliRunner().invoke(cli, ["--data-dir", str(paths.data_dir), "restore", str(good), "--yes"], env=env)
    assert result.exit_code == 0, result.output
    result = CliRunner().invoke(cli, ["--data-dir", str(paths.data_dir), "users", "list"], env=env)
    assert result.exit_code == 0 and "admin" in result.output


@pytest.mark.parametrize(("username", "password", "error"), [
    ("admin", "wrong-pass-1", AuthenticationFailed),  # anyone at the keyboard
    ("nobody", ADMIN_PASSWORD, AuthenticationFailed),
    ("clerk", CLERK_PASSWORD, PermissionDenied),  # a user of the backup, but not its administrator
])
def test_recovery_requires_a_sign_in_as_an_administrator_of_the_backup(damaged, username, password, error):
    """Issue 19: the damaged-database path put a backup in place without any sign-in."""
    paths, good = damaged
    before = paths.sqlite_path.read_bytes()
    with pytest.raises(error):
        recovery.replace_damaged_database(paths, good, username, password)
    assert paths.sqlite_path.read_bytes() == before  # still the damaged file, nothing moved aside
    assert not list(paths.sqlite_path.parent.glob("*damaged*"))


def test_cli_recovery_with_a_wrong_password_changes_nothing(damaged):
    from soum_desk.cli import cli

    paths, good = damaged
    before = paths.sqlite_path.read_bytes()
    env = {"SOUM_DESK_USER": "admin", "SOUM_DESK_PASSWORD": "wrong-pass-1"}
    result = CliRunner().invoke(cli, ["--data-dir", str(paths.data_dir), "restore", str(good), "--yes"], env=env)
    assert result.exit_code != 0
    assert paths.sqlite_path.read_bytes() == before


def test_recovery_refuses_a_backup_of_another_office(damaged, tmp_path):
    """Issue 19: the damaged-database path took any SoumDesk backup, e.g. the province's, whose
    administrator could then sign in where the office's could not."""
    from soum_desk.config import resolve_paths
    from soum_desk.errors import ValidationError
    from soum_desk.services.core import office
    from soum_desk.services.core.context import Actor

    paths, _good = damaged
    other = open_context(resolve_paths(tmp_path / "other"))
    office.initialise(other, aimag_code="MN-065", soum_name="Мандал", office_name="Мандал сумын ЗДТГ",
                      admin_username="admin", admin_password=ADMIN_PASSWORD)
    theirs = backup.make_backup(other.as_actor(Actor.system()))
    other.dispose()
    before = paths.sqlite_path.read_bytes()
    with pytest.raises(ValidationError, match="another office"):  # the office told by its own backups
        recovery.replace_damaged_database(paths, theirs.path, "admin", ADMIN_PASSWORD)
    assert paths.sqlite_path.read_bytes() == before
