"""The same schema, triggers and audit chain on PostgreSQL (a province hub).

Runs only with SOUM_DESK_TEST_PG_URL=postgresql+psycopg://user:pass@host/emptydb set
(the database is dropped back to empty at the end); skipped otherwise.
"""

from __future__ import annotations

import os

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError

from soum_desk.config import resolve_paths
from soum_desk.services.core import audit, office, users
from soum_desk.services.core.startup import open_context

PG_URL = os.environ.get("SOUM_DESK_TEST_PG_URL")
pytestmark = [pytest.mark.postgres,
              pytest.mark.skipif(not PG_URL, reason="set SOUM_DESK_TEST_PG_URL to run against PostgreSQL")]


def _reset_schema() -> None:
    """Start from an empty database whatever earlier tests or runs left in it."""
    from sqlalchemy import create_engine

    engine = create_engine(PG_URL)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture
def pg_ctx(tmp_path):
    _reset_schema()
    ctx = open_context(resolve_paths(tmp_path / "data", PG_URL))
    yield ctx
    with ctx.engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    ctx.dispose()


def test_postgres_schema_audit_chain_and_triggers(pg_ctx):
    office.initialise(pg_ctx, aimag_code="MN-049", soum_name="", office_name="Сэлэнгэ аймгийн ЗДТГ",
                      admin_username="admin", admin_password="admin-pass-1", province=True)
    admin = pg_ctx.as_actor(users.authenticate(pg_ctx, "admin", "admin-pass-1"))
    users.create_user(admin, "clerk", "clerk-pass-1", "clerk", "Ажилтан", "Мэргэжилтэн")
    assert audit.verify(admin).ok
    with pytest.raises(DatabaseError, match="append-only"), pg_ctx.transaction() as session:
        session.execute(text("DELETE FROM audit_log"))
