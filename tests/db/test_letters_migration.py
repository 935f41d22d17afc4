"""The 0004 migration creates exactly what the letters/archive/attachment models describe."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from soum_desk.db import migrate
from soum_desk.db.models import Base

OURS = {"attachment", "counterpart", "letter", "letter_link", "file_list", "case_file", "storage_unit",
        "inventory", "inventory_item", "archive_act"}


def _touches_ours(diff) -> bool:  # noqa: ANN001
    text = repr(diff)
    return any(f"'{name}'" in text or f"table={name}" in text or f"{name}." in text for name in OURS)


def test_models_match_migration(blank_ctx):
    with blank_ctx.engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True, "include_object": migrate.include_object}), Base.metadata)
    assert [d for d in diffs if _touches_ours(d)] == []
    with blank_ctx.engine.connect() as conn:
        tables = set(conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'").scalars())
    assert tables >= OURS
