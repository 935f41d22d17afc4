"""The first set-up, demo data included, all or nothing: a Cancel leaves no half-written office.

With demo data on a SQLite file the office is built in a staging database in the data folder
(the office, its administrator, then each area's demo) and copied into the live file with
SQLite's backup API, in one transaction, only once complete: a Cancel before the copy leaves
the live database as it was (empty), a Cancel after it the complete office. Without demo data
the set-up is one transaction (`office.initialise`). A server database (PostgreSQL) has no
staging file: there the demo is loaded in place and Cancel is honoured only before the office
is written.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from soum_desk.config import DB_FILENAME, resolve_paths
from soum_desk.db.writelock import for_database
from soum_desk.errors import ValidationError
from soum_desk.services import areas
from soum_desk.services.core import demo_office, office
from soum_desk.services.core.cancel import checkpoint, stoppable
from soum_desk.services.core.context import Actor, AppContext
from soum_desk.services.core.startup import open_context

Progress = Callable[[int, int], bool]
STAGING_PREFIX = ".setup-staging-"


def steps(demo: bool) -> int:
    """How many steps `set_up` reports: the office, the demo's office data, each area, the copy."""
    return 1 + (1 + len(areas.AREAS) + 1 if demo else 0)


def can_cancel(ctx: AppContext, demo: bool) -> bool:
    """Whether a Cancel can stop the set-up half way and leave nothing (a server database loads the
    demo in place; the office alone is one short transaction, not worth stopping)."""
    return demo and ctx.paths.sqlite_path is not None


def set_up(ctx: AppContext, *, demo: bool, progress: Progress | None = None, **fields: Any) -> dict:
    """`office.initialise(**fields)`, then the demo data if asked; returns the office.

    `progress(done, total)` returning False stops the work: InterruptedError, nothing written
    (on PostgreSQL only until the office is written)."""
    total = steps(demo)
    state = {"done": 0, "stop": False}

    def report(done: int) -> None:
        state["done"] = done
        if progress is not None and not progress(done, total):
            state["stop"] = True

    def should_stop() -> bool:
        if progress is not None and not state["stop"] and not progress(state["done"], total):
            state["stop"] = True
        return bool(state["stop"])

    if should_stop():
        raise InterruptedError("cancelled")
    if office.is_initialised(ctx):
        raise _already_set_up()
    if not demo:
        result = office.initialise(ctx, **fields)
        report(total)
        return result
    db_path = ctx.paths.sqlite_path
    if db_path is None:
        return _in_place(ctx, report, fields)
    _remove_old_staging(ctx.paths.data_dir)
    staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=ctx.paths.data_dir))
    try:
        staged = open_context(resolve_paths(staging, f"sqlite:///{(staging / DB_FILENAME).resolve()}"))
        try:
            with stoppable(should_stop):
                result = office.initialise(staged, **fields)
                report(1)
                _load_demo(staged.as_actor(Actor.system()), report)
                checkpoint()  # the last moment a Cancel leaves nothing
        finally:
            staged.dispose()
        source = staged.paths.sqlite_path
        assert source is not None
        _copy_in(ctx, source, db_path)
        report(total)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return result


def _load_demo(ctx: AppContext, report: Callable[[int], None]) -> None:
    demo_office.load_office_demo(ctx)
    report(2)
    for done, area in enumerate(areas.AREAS, start=3):
        checkpoint()
        area.load_demo(ctx)
        report(done)


def _in_place(ctx: AppContext, report: Callable[[int], None], fields: dict[str, Any]) -> dict:
    result = office.initialise(ctx, **fields)
    report(1)
    _load_demo(ctx.as_actor(Actor.system()), report)
    report(steps(True))
    return result


def _copy_in(ctx: AppContext, source: Path, db_path: Path) -> None:
    """The staged office into the live (empty) file, in one SQLite transaction, as a restore copies."""
    ctx.dispose()
    with for_database(db_path):  # no other SoumDesk process writes meanwhile
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        dest = sqlite3.connect(db_path)
        try:
            if dest.execute("SELECT id FROM office LIMIT 1").fetchone() is not None:  # set up meanwhile
                raise _already_set_up()
            src.backup(dest)
        finally:
            src.close()
            dest.close()
    ctx.dispose()


def _already_set_up() -> ValidationError:
    return ValidationError("Байгууллагын мэдээлэл аль хэдийн оруулсан байна.", "The office is already set up.")


def _remove_old_staging(data_dir: Path) -> None:
    """A set-up the computer stopped half way left its staging folder: it holds nothing anyone needs."""
    for old in data_dir.glob(f"{STAGING_PREFIX}*"):
        with contextlib.suppress(OSError):
            shutil.rmtree(old)
