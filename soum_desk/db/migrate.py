"""Schema versions: apply Alembic migrations, refuse a database newer than the code.

Alembic costs ~0.45 s to import (it loads every dialect and Mako), so start-up
reads the revision chain from the migration files' `revision`/`down_revision`
assignments and the database's `alembic_version` row directly; Alembic itself is
imported only when a migration has to run. tests/db/test_migrations.py checks
that both ways agree.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from soum_desk.db.revisions import MIGRATIONS_DIR, VERSION_TABLE, all_revisions, head_revision
from soum_desk.errors import DatabaseTooNew

if TYPE_CHECKING:
    from alembic.config import Config


def alembic_config(engine: Engine | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if engine is not None:
        # «%» must be doubled for configparser (socket paths and passwords may contain it)
        cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%"))
    return cfg


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    """Full-text tables (`*_fts` and their FTS5 shadow tables) live in migrations only; so do the
    Mongolian-order expression indexes (`*_mn`, db/mongolian_order), which Alembic cannot reflect."""
    if type_ == "index" and (name or "").endswith("_mn"):
        return False
    return not (type_ == "table" and reflected and compare_to is None and "_fts" in (name or ""))

def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table(VERSION_TABLE):
            return None
        return conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()


def needs_upgrade(engine: Engine) -> bool:
    check_not_newer(engine)
    return current_revision(engine) != head_revision()


def check_not_newer(engine: Engine) -> None:
    current = current_revision(engine)
    if current is not None and current not in all_revisions():
        raise DatabaseTooNew(
            f"Энэ өгөгдлийн санг SoumDesk-ийн шинэ хувилбар үүсгэсэн байна (схем {current}). "
            "Програмаа шинэчилнэ үү.",
            f"This database was made by a newer SoumDesk (schema {current}). "
            "Please update the program.",
        )


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Apply migrations up to `revision` on `engine` (callers back up first)."""
    from alembic import command

    check_not_newer(engine)
    cfg = alembic_config(engine)
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as conn:
        dbapi = conn.connection.dbapi_connection
        assert dbapi is not None  # an open connection has its driver connection
        if sqlite:
            # Batch migrations copy tables; foreign keys are checked once at the end instead.
            dbapi.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, revision)
                if sqlite:
                    problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if problems:
                        raise RuntimeError(f"foreign key check failed after migration: {problems[:5]}")
        finally:
            if sqlite:
                dbapi.execute("PRAGMA foreign_keys=ON")
