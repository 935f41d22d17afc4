"""Opening the database at start: checks, automatic backup, migrations."""

from __future__ import annotations

from soum_desk.config import AppPaths
from soum_desk.db import migrate
from soum_desk.db.engine import make_engine
from soum_desk.db.errors import environment_problem
from soum_desk.errors import UserError
from soum_desk.services.core.context import Actor, AppContext

# The checks that need no SQLAlchemy live in `start_checks` (the GUI runs them before its sign-in
# dialog, issue 18); their callers import them from here as before.
from soum_desk.services.core.start_checks import (  # noqa: F401
    check_defusedxml,
    check_sqlite,
    database_damaged,
    prepare_files,
    quick_check,
)


def open_context(paths: AppPaths, *, migrate_now: bool = True, check: bool = True) -> AppContext:
    """Open (creating if needed) the database; back up and migrate when the schema is old.

    Refuses a damaged database (never repairs in place) and one made by a newer SoumDesk.
    `check=False` skips the quick check: the GUI checks in the background after its first paint
    (`services/core/integrity`), unless the last session ended uncleanly.
    """
    existed = prepare_files(paths)
    db_path = paths.sqlite_path
    if db_path is not None and existed and check:
        result = quick_check(db_path)
        if result != "ok":
            raise database_damaged(paths, db_path, result)
    engine = make_engine(paths.db_url)
    reader = make_engine(paths.db_url, for_writing=False) if engine.dialect.name == "sqlite" else engine
    ctx = AppContext(paths, engine, reader, actor=None)
    try:
        migrate.check_not_newer(engine)
        if migrate_now and migrate.needs_upgrade(engine):
            if existed and migrate.current_revision(engine) is not None:
                from soum_desk.services.core.backup import make_backup

                make_backup(ctx.as_actor(Actor.system()), reason="pre-migration")
            migrate.upgrade(engine)
    except BaseException as exc:
        ctx.dispose()
        problem = environment_problem(exc)
        if problem is not None:
            raise problem from exc
        raise
    return ctx


def audit_warning(ctx: AppContext) -> UserError | None:
    """What the start-up check tells the clerk when the audit log no longer reaches the head kept
    beside the database (`audit_anchor`): the latest saved work was lost or the log was cut."""
    from soum_desk.services.core import audit_anchor

    with ctx.reading() as session:
        found = audit_anchor.problem(session, ctx.paths)
    return UserError(*found) if found else None
