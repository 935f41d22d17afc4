"""Schema versions: apply Alembic migrations, refuse a database newer than the code."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from soum_desk.errors import DatabaseTooNew

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(engine: Engine | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if engine is not None:
        # «%» must be doubled for configparser (socket paths and passwords may contain it)
        cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%"))
    return cfg


def include_object(obj, name, type_, reflected, compare_to) -> bool:  # noqa: ANN001
    """Full-text tables (`*_fts` and their FTS5 shadow tables) live in migrations only."""
    return not (type_ == "table" and reflected and compare_to is None and "_fts" in (name or ""))


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def all_revisions() -> list[str]:
    """Revisions from the first to the head."""
    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


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
    check_not_newer(engine)
    cfg = alembic_config(engine)
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as conn:
        if sqlite:
            # Batch migrations copy tables; foreign keys are checked once at the end instead.
            conn.connection.dbapi_connection.execute("PRAGMA foreign_keys=OFF")
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
                conn.connection.dbapi_connection.execute("PRAGMA foreign_keys=ON")
