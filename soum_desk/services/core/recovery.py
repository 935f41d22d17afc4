"""Recovering from a damaged database: find the newest good backup, put it in place.

Nobody can sign in to a damaged database, so this runs at start-up (GUI or `soum-desk
restore FILE` when the database cannot be opened) with a sign-in against the backup's own
users: the backup becomes the database, so its administrators are the ones who may put it
in place (anyone at the keyboard could otherwise replace the office's data). The damaged file is
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
from soum_desk.domain.roles import Permission, allows
from soum_desk.errors import AuthenticationFailed, PermissionDenied, ValidationError
from soum_desk.fileio import atomic_path, fsync_dir
from soum_desk.services.core import audit_anchor
from soum_desk.services.core.backup import BackupInfo, check_backup_file, list_backup_files
from soum_desk.services.core.rows import BackupFacts

if TYPE_CHECKING:
    from soum_desk.services.core.context import Actor, AppContext

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


def _damaged_office(db_path: Path) -> tuple[str, bool] | None:
    """The damaged database's own office (code, is_province) when that page can still be read."""
    if not db_path.exists():
        return None
    try:
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT code, is_province FROM office ORDER BY id LIMIT 1").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return (str(row[0]), bool(row[1])) if row else None


def _same_office_as_damaged(paths: AppPaths, db_path: Path, facts: BackupFacts, name: str) -> None:
    """Another office's (or the province's) backup does not replace a damaged office database:
    its administrator could sign in, the office's own could not (issue 19). The office is read
    from the damaged file if that page survived, else from the newest good backup of its own folder."""
    own = _damaged_office(db_path)
    if own is None:
        newest = newest_good_backup(paths)
        if newest is not None:
            mine = check_backup_file(newest.path)
            own = (str(mine["office_code"]), bool(mine["is_province"]))
    if own is not None and (facts["office_code"], bool(facts["is_province"])) != own:
        raise ValidationError(
            f"{name} нь өөр байгууллагын нөөц («{facts['office'] or '?'}»); эвдэрсэн санг зөвхөн өөрийн "
            "байгууллагын нөөцөөр сэргээнэ.",
            f"{name} is a backup of another office («{facts['office'] or '?'}»); a damaged database is "
            "recovered only from a backup of its own office.", where=name)


def sign_in_to_backup(backup_path: Path, username: str, password: str) -> Actor:
    """The user of the backup named `username`, if the password is theirs and they may restore.

    Read-only: a failed attempt changes nothing in the backup (the damaged database's own
    lock-out counters cannot be read, so this path has none; it is as slow as a sign-in)."""
    from soum_desk.services.core import passwords
    from soum_desk.services.core.context import Actor

    check_backup_file(Path(backup_path))
    try:
        conn = sqlite3.connect(f"file:{backup_path}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT id, username, role, full_name, password_hash, active FROM app_user "
                               "WHERE username = ?", (username.strip(),)).fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise ValidationError(f"{Path(backup_path).name} нь SoumDesk-ийн нөөц файл биш.",
                              f"{Path(backup_path).name} is not a SoumDesk backup.") from exc
    if row is None or not row[5]:
        passwords.spend_equal_time(password)
        raise AuthenticationFailed("Нөөц файлд ийм нэвтрэх нэр, нууц үг алга.",
                                   "No such user name and password in the backup.")
    if not passwords.verify_password(row[4], password):
        raise AuthenticationFailed("Нөөц файлд ийм нэвтрэх нэр, нууц үг алга.",
                                   "No such user name and password in the backup.")
    if not allows(row[2], Permission.RESTORE):
        raise PermissionDenied("Эвдэрсэн санг зөвхөн нөөцийн админ сэргээнэ.",
                               "Only an administrator of the backup may put it in place of a damaged database.")
    return Actor(row[0], row[1], row[2], row[3] or "")


def replace_damaged_database(paths: AppPaths, backup_path: Path, username: str, password: str) -> tuple[Path, Actor]:
    """Put `backup_path` in place of the damaged database, for an administrator of the backup
    (`sign_in_to_backup`); returns where the damaged one went, and who did it.

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
    _same_office_as_damaged(paths, db_path, facts, Path(backup_path).name)
    actor = sign_in_to_backup(Path(backup_path), username, password)
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
    return aside, actor


def record_recovery(ctx: AppContext, backup_path: Path, aside: Path, actor: Actor) -> None:
    """Write the recovery into the restored database's audit log, as the administrator who did it."""
    from soum_desk.services.core import audit

    with ctx.transaction() as session:
        audit.record(session, actor, "backup.recover_damaged", "backup", Path(backup_path).name,
                     after={"restored_from": str(backup_path), "damaged_file_kept_as": str(aside)})
