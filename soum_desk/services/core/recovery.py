"""Recovering from a damaged database: find the newest good backup, put it in place.

Nobody can sign in to a damaged database, so this runs before sign-in (GUI start-up
or `soum-desk restore FILE` when the database cannot be opened). The damaged file is
never repaired or deleted: it is moved aside, together with its -wal and -shm files
(a leftover WAL must never be replayed into the restored database), and kept for an
expert to look at.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from soum_desk.config import AppPaths
from soum_desk.db.writelock import for_database
from soum_desk.errors import ValidationError
from soum_desk.fileio import atomic_path, fsync_dir
from soum_desk.services.core import audit_anchor
from soum_desk.services.core.backup import BackupInfo, check_backup_file, list_backup_files

if TYPE_CHECKING:
    from soum_desk.services.core.context import AppContext

SIDE_FILES = ("-wal", "-shm", "-journal")


def newest_good_backup(paths: AppPaths) -> BackupInfo | None:
    """The newest backup in the backups folder that passes its integrity check."""
    for info in list_backup_files(paths.backups_dir):
        try:
            check_backup_file(info.path)
        except ValidationError:
            continue
        return info
    return None


def move_aside(db_path: Path, when: datetime | None = None) -> Path:
    """Rename the damaged database (and its side files) to soumdesk-damaged-<time>.sqlite3."""
    stamp = (when or datetime.now()).strftime("%Y%m%d-%H%M%S")
    aside = db_path.with_name(f"{db_path.stem}-damaged-{stamp}{db_path.suffix}")
    for suffix in ("", *SIDE_FILES):
        source = Path(f"{db_path}{suffix}")
        if source.exists():
            os.replace(source, Path(f"{aside}{suffix}"))
    fsync_dir(db_path.parent)
    return aside


def replace_damaged_database(paths: AppPaths, backup_path: Path) -> Path:
    """Put `backup_path` in place of the damaged database; returns where the damaged one went.

    The backup is checked first and copied with SQLite's backup API to a temporary
    name, then renamed into place, so a failure leaves no half database behind.
    The caller opens the database again (and migrates it) with `open_context`.
    """
    from soum_desk.db import migrate

    db_path = paths.sqlite_path
    if db_path is None:
        raise ValidationError("Зөвхөн SQLite файлын өгөгдлийн санг ингэж сэргээнэ.",
                              "Only a SQLite database file can be recovered this way.")
    facts = check_backup_file(Path(backup_path))
    if facts["revision"] not in migrate.all_revisions():
        raise ValidationError("Энэ нөөц файлыг SoumDesk-ийн шинэ хувилбар үүсгэсэн байна.",
                              "This backup was made by a newer SoumDesk.")
    with for_database(db_path):
        aside = move_aside(db_path) if db_path.exists() else db_path
        source = sqlite3.connect(f"file:{backup_path}?mode=ro", uri=True)
        try:
            with atomic_path(db_path) as tmp:
                dest = sqlite3.connect(tmp)
                try:
                    source.backup(dest)
                finally:
                    dest.close()
        finally:
            source.close()
    audit_anchor.reset(paths)  # the restored log is shorter on purpose
    return aside


def record_recovery(ctx: AppContext, backup_path: Path, aside: Path) -> None:
    """Write the recovery into the restored database's audit log (as the app itself)."""
    from soum_desk.services.core import audit
    from soum_desk.services.core.context import Actor

    with ctx.transaction() as session:
        audit.record(session, Actor.system(), "backup.recover_damaged", "backup", Path(backup_path).name,
                     after={"restored_from": str(backup_path), "damaged_file_kept_as": str(aside)})
