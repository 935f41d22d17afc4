"""Migrations: empty → head, every earlier revision → head, models agree, newer databases refused."""

from __future__ import annotations

import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from soum_desk.config import resolve_paths
from soum_desk.db import migrate
from soum_desk.db.engine import make_engine
from soum_desk.db.models import Base
from soum_desk.errors import DatabaseTooNew
from soum_desk.services.core import backup
from soum_desk.services.core.startup import open_context


def test_empty_database_is_migrated_to_head(blank_ctx):
    assert migrate.current_revision(blank_ctx.engine) == migrate.head_revision()
    assert not migrate.needs_upgrade(blank_ctx.engine)


def test_models_and_migrations_agree(blank_ctx):
    with blank_ctx.engine.connect() as conn:
        mc = MigrationContext.configure(conn, opts={"compare_type": True, "include_object": migrate.include_object})
        diff = compare_metadata(mc, Base.metadata)
    assert diff == []


def test_audit_triggers_exist_after_migration(blank_ctx):
    conn = sqlite3.connect(blank_ctx.paths.sqlite_path)
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    conn.close()
    assert {"audit_log_no_update", "audit_log_no_delete"} <= names


@pytest.mark.parametrize("revision", migrate.all_revisions())
def test_every_revision_upgrades_to_head_with_a_backup_first(tmp_path, revision):
    paths = resolve_paths(tmp_path / "data")
    paths.ensure_dirs()
    engine = make_engine(paths.db_url)
    migrate.upgrade(engine, revision)
    engine.dispose()
    assert migrate.all_revisions()[0] == "0001"
    ctx = open_context(paths)
    try:
        assert migrate.current_revision(ctx.engine) == migrate.head_revision()
        reasons = [b.reason for b in backup.list_backups(ctx)]
        if revision != migrate.head_revision():
            assert reasons == ["pre-migration"]
        else:
            assert reasons == []
    finally:
        ctx.dispose()


def test_downgrade_to_base_and_up_again(tmp_path):
    from alembic import command

    paths = resolve_paths(tmp_path / "data")
    paths.ensure_dirs()
    engine = make_engine(paths.db_url)
    migrate.upgrade(engine)
    with engine.connect() as conn, conn.begin():
        cfg = migrate.alembic_config(engine)
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "base")
    assert migrate.current_revision(engine) is None
    migrate.upgrade(engine)
    assert migrate.current_revision(engine) == migrate.head_revision()
    engine.dispose()


def test_database_from_a_newer_soumdesk_is_refused(blank_ctx):
    paths = blank_ctx.paths
    blank_ctx.dispose()
    conn = sqlite3.connect(paths.sqlite_path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseTooNew) as info:
        open_context(paths)
    assert "9999_from_the_future" in str(info.value)
    assert "newer SoumDesk" in str(info.value)


def test_fast_revision_chain_matches_alembic():
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert list(migrate.all_revisions()) == [r.revision for r in reversed(list(script.walk_revisions()))]
    assert migrate.head_revision() == script.get_current_head()


def test_fast_current_revision_matches_alembic(blank_ctx):
    from alembic.runtime.migration import MigrationContext

    with blank_ctx.read_engine.connect() as conn:  # the writing engine has exactly one connection
        assert migrate.current_revision(blank_ctx.engine) == MigrationContext.configure(conn).get_current_revision()


def test_defusedxml_is_used_by_openpyxl():
    from soum_desk.services.core.startup import check_defusedxml

    check_defusedxml(deep=True)
