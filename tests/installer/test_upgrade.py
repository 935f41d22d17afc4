"""Opening a database made by an older SoumDesk: the data stays, a backup is made, the schema moves to head."""

from __future__ import annotations

import pytest

from soum_desk.config import resolve_paths
from soum_desk.db import migrate
from soum_desk.services.core import audit, backup, office, users
from soum_desk.services.core.startup import open_context
from tests.installer.old_database import OLD_ADMIN, OLD_OFFICE, OLD_PASSWORD, make_old_database


def test_old_database_keeps_its_data_and_reaches_head(tmp_path):
    paths = resolve_paths(tmp_path / "data")
    make_old_database(paths)
    ctx = open_context(paths)
    try:
        assert migrate.current_revision(ctx.engine) == migrate.head_revision()
        assert office.get_office(ctx)["name"] == OLD_OFFICE
        assert office.get_office(ctx)["bags"] == ["1-р баг", "2-р баг"]
        actor = users.authenticate(ctx, OLD_ADMIN, OLD_PASSWORD)
        assert actor.role == "admin"
        report = audit.verify(ctx.as_actor(actor))
        assert report.ok and report.checked >= 1
    finally:
        ctx.dispose()


def test_upgrade_backs_up_the_old_database_first(tmp_path):
    if len(migrate.all_revisions()) < 2:
        pytest.skip("only one schema revision exists: nothing to upgrade from yet")
    paths = resolve_paths(tmp_path / "data")
    oldest = make_old_database(paths)
    ctx = open_context(paths)
    try:
        saved = [b for b in backup.list_backups(ctx) if b.reason == "pre-migration"]
        assert len(saved) == 1
        facts = backup.check_backup_file(saved[0].path)
        assert facts["revision"] == oldest
        assert facts["office"] == OLD_OFFICE
    finally:
        ctx.dispose()


def test_opening_again_makes_no_second_backup(tmp_path):
    paths = resolve_paths(tmp_path / "data")
    make_old_database(paths)
    open_context(paths).dispose()
    before = len(list(paths.backups_dir.glob("soumdesk-*.sqlite3")))
    ctx = open_context(paths)
    try:
        assert len(backup.list_backups(ctx)) == before
    finally:
        ctx.dispose()
