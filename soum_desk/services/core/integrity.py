"""The database's integrity, checked without making the clerk wait at start-up.

`PRAGMA quick_check` before the first paint grew with the file (0.5–1.9 s at 255 MiB–1.3 GiB),
and it does not compare tables with their indexes, so flipped bytes inside an indexed record
passed it (issue 19). Now the GUI checks at start-up only after an unclean exit (the marker
file below was left behind), and runs the full `PRAGMA integrity_check` — every page, every
record against its indexes — on a background thread after the first paint, telling the clerk
before they work on a damaged page. A disk that cannot be read (full, read-only, I/O error) is
told apart from damage, as at start-up.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from soum_desk.config import AppPaths
from soum_desk.services.core.start_checks import check_sqlite

MARKER = "soumdesk.open"  # present while the GUI runs; left behind by a crash or a power cut


def _marker(paths: AppPaths) -> Path:
    return paths.data_dir / MARKER


def unclean_exit(paths: AppPaths) -> bool:
    """True when the last GUI session did not close normally (then check before opening)."""
    return _marker(paths).exists()


def mark_open(paths: AppPaths) -> None:
    with contextlib.suppress(OSError):  # a read-only or full disk: then no marker, no start-up check
        _marker(paths).touch()


def mark_closed(paths: AppPaths) -> None:
    with contextlib.suppress(OSError):
        _marker(paths).unlink(missing_ok=True)


def full_check(db_path: Path) -> str:
    """"ok", or what SQLite's full integrity check found wrong (its first 20 lines)."""
    return check_sqlite(db_path, "integrity_check(20)")


def verify(paths: AppPaths) -> None:
    """The full check of the office's SQLite file (a no-op on a database server): raises
    DatabaseDamaged naming the newest good backup, or EnvironmentProblem for a disk problem."""
    from soum_desk.services.core.start_checks import database_damaged

    db_path = paths.sqlite_path
    if db_path is None or not db_path.exists():
        return
    result = full_check(db_path)
    if result != "ok":
        raise database_damaged(paths, db_path, result)
