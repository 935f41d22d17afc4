"""The start-up checks that need no SQLAlchemy: the data folder and file, SQLite's own integrity
check, defusedxml. The GUI runs them before its sign-in dialog (issue 18); `startup.open_context`
runs them before it opens the engine."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from soum_desk.config import AppPaths
from soum_desk.db.errors import disk_problem, environment_problem
from soum_desk.errors import DatabaseDamaged, EnvironmentProblem
from soum_desk.fileio import make_private, remove_stale_temporaries


def quick_check(db_path: Path) -> str:
    """"ok", or what is wrong with the data (`check_sqlite` with SQLite's quick check)."""
    return check_sqlite(db_path, "quick_check")


def check_sqlite(db_path: Path, pragma: str) -> str:
    """Run an integrity pragma read-only: "ok", or what SQLite found wrong (first lines). A database
    SQLite cannot read at all (disk full, read-only, no permission, I/O error:
    `sqlite3.OperationalError`) is not damage and raises EnvironmentProblem saying which
    (`db.errors.disk_problem`). The connection may be made on any thread."""
    try:
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, check_same_thread=False)
    except sqlite3.OperationalError as exc:
        raise disk_problem(db_path, exc) from exc
    try:
        rows = conn.execute(f"PRAGMA {pragma}").fetchall()
        return "; ".join(str(r[0]) for r in rows) or "ok"
    except sqlite3.OperationalError as exc:
        raise disk_problem(db_path, exc) from exc
    except sqlite3.DatabaseError as exc:  # not a database, or malformed: damage
        return str(exc)
    finally:
        conn.close()


def database_damaged(paths: AppPaths, db_path: Path, result: str) -> DatabaseDamaged:
    """The damage SQLite reported, with the newest good backup to restore from."""
    from soum_desk.services.core.recovery import newest_good_backup

    newest = newest_good_backup(paths)
    hint_mn = f" Хамгийн сүүлийн бүтэн нөөц: {newest.path}" if newest else " Бүтэн нөөц олдсонгүй."
    hint_en = f" Newest good backup: {newest.path}" if newest else " No good backup was found."
    damaged = DatabaseDamaged(
        f"Өгөгдлийн сан эвдэрсэн байна ({result}). Нөөц хуулбараас сэргээнэ үү.{hint_mn}",
        f"The database is damaged ({result}). Restore it from a backup.{hint_en}",
        where=str(db_path),
    )
    damaged.backup = newest.path if newest else None
    return damaged


def check_defusedxml(*, deep: bool = False) -> None:
    """openpyxl refuses XML entity bombs only when defusedxml is installed.

    At start-up finding the package is enough (importing openpyxl costs ~0.25 s);
    `deep=True` also asks openpyxl whether it uses it (tests, `soum-desk` import paths).
    """
    import importlib.util

    if importlib.util.find_spec("defusedxml") is None:
        raise EnvironmentProblem(
            "defusedxml сан суугаагүй байна: Excel файл уншихад аюултай. Програмаа дахин суулгана уу.",
            "defusedxml is not installed, so reading Excel files is unsafe. Reinstall the program.")
    if deep:
        from openpyxl.xml import DEFUSEDXML

        if not DEFUSEDXML:
            raise EnvironmentProblem("openpyxl defusedxml-ийг ашиглахгүй байна.", "openpyxl does not use defusedxml.")


def prepare_files(paths: AppPaths) -> bool:
    """The data folder made, leftovers of interrupted writes removed, the SQLite file private;
    True when a database with content was there already."""
    try:
        paths.ensure_dirs()
    except OSError as exc:
        problem = environment_problem(exc)
        if problem is None:
            raise
        raise problem from exc
    remove_stale_temporaries(paths.data_dir)
    db_path = paths.sqlite_path
    existed = db_path is not None and db_path.exists() and db_path.stat().st_size > 0
    if db_path is not None:
        _private_database(db_path)
    return existed


def _private_database(db_path: Path) -> None:
    """The database (petitioners' names, register numbers, phones) readable by this user only:
    made 0600 before SQLite first writes it, which gives its -wal and -shm files the same mode;
    an older install's looser files are tightened."""
    try:
        if not db_path.exists():
            os.close(os.open(db_path, os.O_CREAT | os.O_WRONLY, 0o600))
    except OSError as exc:
        problem = environment_problem(exc)
        if problem is None:
            raise
        raise problem from exc
    for path in (db_path, Path(f"{db_path}-wal"), Path(f"{db_path}-shm")):
        if path.exists():
            make_private(path)
