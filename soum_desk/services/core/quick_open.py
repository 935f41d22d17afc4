"""What the GUI reads before its sign-in dialog, with plain sqlite3 (issue 18).

Importing SQLAlchemy's ORM and the models takes 0.5–0.9 s on an old laptop, and the sign-in
dialog needs none of it: for a set-up SQLite office at this program's schema the dialog is shown
from what is read here while the ORM loads on a thread (`ui/preload`). Anything else — a
database server, a new or empty file, a schema to migrate or a newer one, an office not set up,
a file SQLite cannot read — returns None, and the full opening (`startup.open_context`) runs
before the dialog as before, saying what is wrong.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from soum_desk.config import AppPaths
from soum_desk.db.errors import disk_problem
from soum_desk.db.revisions import VERSION_TABLE, head_revision
from soum_desk.services.core.setting_defaults import DEFAULTS
from soum_desk.services.core.start_checks import database_damaged, prepare_files, quick_check


@dataclass(frozen=True)
class QuickOffice:
    """A set-up SQLite office at the current schema, read before the ORM is loaded."""

    paths: AppPaths
    db_path: Path
    language: str  # the office's `ui.language`: the sign-in dialog's language


@contextlib.contextmanager
def reading(db_path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection; a file SQLite cannot open raises EnvironmentProblem saying why."""
    try:
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    except sqlite3.OperationalError as exc:
        raise disk_problem(db_path, exc) from exc
    try:
        yield conn
    finally:
        conn.close()


def setting(conn: sqlite3.Connection, key: str) -> Any:
    """A foundation setting as `settings.get_value` reads it: the stored JSON, else the default."""
    row = conn.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
    return json.loads(row[0]) if row is not None else DEFAULTS.get(key)


def open_for_sign_in(paths: AppPaths, *, check: bool) -> QuickOffice | None:
    """The office to sign in to, or None when the full opening must run first (see above).
    `check`: run SQLite's quick check first (after an unclean exit); damage raises
    DatabaseDamaged naming the newest good backup, as `open_context` does."""
    db_path = paths.sqlite_path
    if db_path is None or not prepare_files(paths):
        return None
    if check:
        result = quick_check(db_path)
        if result != "ok":
            raise database_damaged(paths, db_path, result)
    try:
        with reading(db_path) as conn:
            revision = conn.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchone()
            set_up = conn.execute("SELECT 1 FROM office LIMIT 1").fetchone() is not None
            language = setting(conn, "ui.language")
    except sqlite3.Error:  # no such table, locked, unreadable: the full opening says what is wrong
        return None
    if revision is None or revision[0] != head_revision() or not set_up:
        return None
    return QuickOffice(paths, db_path, language if language in ("mn", "en") else "mn")
