"""Backups: round trip, safety copy before restore, refusals, cancellation leaves nothing."""

from __future__ import annotations

import sqlite3

import pytest

from soum_desk.errors import EnvironmentProblem, PermissionDenied, UserError, ValidationError
from soum_desk.services.core import audit, backup, office, users
from tests.conftest import as_role


def test_backup_restore_round_trip(ctx):
    made = backup.make_backup(ctx)
    assert made.path.is_file() and made.size_bytes > 0
    assert backup.check_backup_file(made.path)["office"].startswith("Есөнбулаг")
    users.create_user(ctx, "late", "late-pass-1", "clerk", "Хожуу", "Мэргэжилтэн")
    office.set_bags(ctx, ["Шинэ баг"])
    assert "late" in {u["username"] for u in users.list_users(ctx)}

    safety = backup.restore(ctx, made.path)

    names = {u["username"] for u in users.list_users(ctx)}
    assert "late" not in names and {"admin", "head", "clerk", "viewer"} <= names
    assert office.get_office(ctx)["bags"] == ["1-р баг", "2-р баг", "3-р баг"]
    assert safety.reason == "pre-restore" and safety.path.is_file()
    facts = backup.check_backup_file(safety.path)
    conn = sqlite3.connect(safety.path)
    assert conn.execute("SELECT count(*) FROM app_user WHERE username = 'late'").fetchone()[0] == 1
    conn.close()
    assert facts["revision"]
    report = audit.verify(ctx)
    assert report.ok, report
    assert audit.list_entries(ctx, limit=1)[0]["action"] == "backup.restore"
    # the app keeps working on the restored data
    users.create_user(ctx, "after", "after-pass-1", "viewer", "Дараа")
    assert audit.verify(ctx).ok


def test_restored_database_keeps_wal_and_durability(ctx):
    made = backup.make_backup(ctx)
    backup.restore(ctx, made.path)
    with ctx.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_backup_to_a_chosen_file(ctx, tmp_path):
    target = tmp_path / "usb" / "office.sqlite3"
    info = backup.make_backup(ctx, to=target)
    assert info.path == target and target.is_file()
    assert backup.check_backup_file(target)["revision"]


def test_only_the_administrator_copies_a_backup_out_of_the_backups_folder(ctx, tmp_path):
    """Issue 19: a clerk's `backup --to` copy on a stick carried the admin's password hash (cracked
    from a 7-word list in 0.14 s). The clerk still backs up into the office's own backups folder."""
    clerk = as_role(ctx, "clerk")
    target = tmp_path / "usb" / "office.sqlite3"
    with pytest.raises(PermissionDenied, match="outside the backups folder"):
        backup.make_backup(clerk, to=target)
    assert not target.exists()
    assert backup.make_backup(clerk).path.parent == ctx.paths.backups_dir


def test_cancelled_backup_leaves_no_file(ctx, tmp_path):
    target = tmp_path / "cancelled.sqlite3"
    with pytest.raises(UserError):
        backup.make_backup(ctx, to=target, progress=lambda done, total: False)
    assert not target.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".cancelled")]


def test_viewer_cannot_back_up_and_clerk_cannot_restore(ctx):
    made = backup.make_backup(ctx)
    with pytest.raises(PermissionDenied):
        backup.make_backup(as_role(ctx, "viewer"))
    with pytest.raises(PermissionDenied):
        backup.restore(as_role(ctx, "clerk"), made.path)


def test_restore_refuses_a_file_that_is_not_a_backup(ctx, tmp_path):
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database" * 100)
    with pytest.raises(ValidationError, match="junk.sqlite3"):
        backup.restore(ctx, junk)


def test_restore_refuses_a_backup_from_a_newer_soumdesk(ctx):
    made = backup.make_backup(ctx)
    conn = sqlite3.connect(made.path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    with pytest.raises(ValidationError, match="newer"):
        backup.restore(ctx, made.path)


def test_two_backups_in_the_same_second_do_not_overwrite(ctx):
    first = backup.make_backup(ctx)
    second = backup.make_backup(ctx)
    assert first.path != second.path
    assert len(backup.list_backups(ctx)) == 2


def test_auto_backup_is_due_only_after_a_change_and_the_interval(ctx):
    from datetime import datetime, timedelta

    assert backup.auto_backup_due(ctx)  # never backed up, changes exist
    backup.make_backup(ctx, reason="auto")
    later = datetime.now() + timedelta(hours=2)
    assert not backup.auto_backup_due(ctx, later)  # nothing changed since
    office.set_units(ctx, ["Тамгын газар"])
    assert not backup.auto_backup_due(ctx)  # changed, but the interval has not passed
    assert backup.auto_backup_due(ctx, later)


def test_rotation_deletes_what_the_settings_do_not_keep(ctx):
    from datetime import datetime, timedelta

    from soum_desk.services.core import settings

    settings.update_many(ctx, {"backup.keep_recent": 2, "backup.keep_daily": 3, "backup.keep_weekly": 0,
                               "backup.keep_monthly": 0})
    start = datetime(2026, 11, 1, 9, 0)
    folder = ctx.paths.backups_dir
    for day in range(6):
        for hour in (9, 15):
            when = start + timedelta(days=day, hours=hour - 9)
            (folder / backup.backup_file_name("auto", when)).write_bytes(b"x")
    deleted = backup.rotate_backups(ctx)
    kept = sorted(b.created_at for b in backup.list_backups(ctx))
    # 2 newest (day 6 at 15:00 and 09:00) + the newest of each of the last 3 days
    assert kept == [datetime(2026, 11, 4, 15), datetime(2026, 11, 5, 15), datetime(2026, 11, 6, 9),
                    datetime(2026, 11, 6, 15)]
    assert len(deleted) == 8


def test_the_live_database_is_neither_target_nor_source(ctx):
    with pytest.raises(ValidationError, match="live database"):
        backup.make_backup(ctx, to=ctx.paths.sqlite_path)
    with pytest.raises(ValidationError, match="live database"):
        backup.restore(ctx, ctx.paths.sqlite_path)
    assert audit.verify(ctx).ok


def test_backup_facts_have_exactly_the_typed_keys(ctx):
    from typing import get_type_hints

    from soum_desk.services.core.rows import BackupFacts

    made = backup.make_backup(ctx)
    assert set(backup.check_backup_file(made.path)) == set(get_type_hints(BackupFacts))


def test_restore_refuses_a_backup_of_another_office(ctx, tmp_path):
    """Issue 19: `restore --yes` put the province's (or another soum's) database into an office."""
    from soum_desk.config import resolve_paths
    from soum_desk.services.core.context import Actor
    from soum_desk.services.core.startup import open_context

    other = open_context(resolve_paths(tmp_path / "other"))
    office.initialise(other, aimag_code="MN-065", soum_name="Мандал", office_name="Мандал сумын ЗДТГ",
                      admin_username="admin", admin_password="other-pass-9")
    theirs = backup.make_backup(other.as_actor(Actor.system()))
    other.dispose()
    before = office.get_office(ctx)["name"]
    with pytest.raises(ValidationError, match="another office"):
        backup.restore(ctx, theirs.path)
    assert office.get_office(ctx)["name"] == before


def test_the_safety_copy_before_an_import_is_quick_checked_and_restore_checks_it_in_full(ctx):
    """Issue 18: the full check of the safety copy held every import and export up (3.4 s on a
    ten-year office). It gets SQLite's quick check; a manual backup keeps the full one, and a restore
    checks in full before it replaces anything — damage inside an indexed record (which only the full
    check finds) stops the restore of such a copy."""
    db = ctx.paths.sqlite_path
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE probe (word TEXT)")
    conn.execute("INSERT INTO probe VALUES ('ХАМГААЛАЛТЫН-ХУУЛБАР-БАЙТ')")
    conn.execute("CREATE INDEX ix_probe ON probe (word)")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(db.read_bytes())
    data[data.index("ХАМГААЛАЛТЫН-ХУУЛБАР-БАЙТ".encode())] ^= 0x01
    db.write_bytes(bytes(data))

    with pytest.raises(EnvironmentProblem) as refused:
        backup.make_backup(ctx)
    assert "integrity check" in refused.value.msg.en
    safety = backup.backup_before(ctx, "pre-import")
    assert safety is not None and safety.path.is_file()
    with pytest.raises(ValidationError) as damaged:
        backup.check_backup_file(safety.path)
    assert "damaged" in damaged.value.msg.en and "эвдэрсэн" in damaged.value.msg.mn
    with pytest.raises(ValidationError):
        backup.restore(ctx, safety.path)
