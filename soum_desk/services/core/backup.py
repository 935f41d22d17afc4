"""Backups with SQLite's online backup API, rotation, and restore.

A backup is copied to a temporary file, checked by SQLite, fsynced and renamed: a backup file that
exists is a good one. The check is the full `PRAGMA integrity_check`, except for the automatic safety
copy before an import or an export, which gets `PRAGMA quick_check` (3.4 s against 0.3 s on a
ten-year office, and every import waited for it): the copy is page for page the live file, which
the background check after each start checks in full, and a restore runs the full check again
before it replaces anything (`check_backup_file`).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Literal

from sqlalchemy import select

from soum_desk.db.errors import environment_problem
from soum_desk.db.models import Office
from soum_desk.db.writelock import for_database
from soum_desk.domain.backup_rotation import choose_backups_to_keep
from soum_desk.domain.roles import Permission
from soum_desk.errors import EnvironmentProblem, SoumDeskError, UserError, ValidationError
from soum_desk.fileio import atomic_path, remove_stale_temporaries
from soum_desk.services.core import attachments, audit, audit_anchor
from soum_desk.services.core.context import Actor, AppContext
from soum_desk.services.core.rows import BackupFacts
from soum_desk.services.core.settings import get_value

log = logging.getLogger(__name__)

STAMP_FORMAT = "%Y%m%d-%H%M%S"
# soumdesk-20261123-183005-123-manual.sqlite3: date, time, milliseconds, reason.
_NAME = re.compile(r"^soumdesk-(\d{8}-\d{6})(?:-(\d{3}))?-([a-z-]+)\.sqlite3$")
STATE_FILE = "backup-state.json"
Progress = Callable[[int, int], bool]  # (done, total) -> keep going?


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: datetime
    reason: str
    size_bytes: int
    missing_attachments: tuple[str, ...] = ()  # after a restore: referenced scans not found


def _require_sqlite(ctx: AppContext) -> Path:
    path = ctx.paths.sqlite_path
    if path is None:
        raise UserError("Нөөц хуулбарыг зөвхөн SQLite файлын өгөгдлийн санд хийнэ. PostgreSQL-д pg_dump ашиглана уу.",
                        "Backups here are for SQLite files only. Use pg_dump for PostgreSQL.")
    return path


def _not_the_live_database(db_path: Path, other: Path) -> None:
    if Path(other).expanduser().resolve() == db_path.resolve():
        raise ValidationError("Энэ бол ажиллаж буй өгөгдлийн сангийн файл өөрөө байна; өөр файл сонгоно уу.",
                              "This is the live database file itself; choose another file.", where=str(other))


MAX_RESTARTS = 3


class _Restarted(Exception):
    """SQLite restarted a stepwise backup because another connection wrote meanwhile."""


SqliteCheck = Literal["integrity_check", "quick_check"]


def _copy_database(source: sqlite3.Connection, target: Path, progress: Progress | None,
                   check: SqliteCheck = "integrity_check") -> None:
    """Copy in steps (progress, cancel); if writers keep restarting it, copy in one step.

    SQLite restarts a stepwise backup whenever another connection writes between
    steps, so a busy office could starve it; a single step is never restarted.
    """
    dest = sqlite3.connect(target)
    try:
        _copy_into(source, dest, progress, check)
    except BaseException:
        dest.close()
        # a write that failed half way can leave SQLite's hot journal (or WAL) next to the copy,
        # which atomic_path deletes: they would only clutter the stick
        for suffix in ("-journal", "-wal", "-shm"):
            with contextlib.suppress(OSError):
                Path(f"{target}{suffix}").unlink()
        raise
    dest.close()


def _copy_into(source: sqlite3.Connection, dest: sqlite3.Connection, progress: Progress | None,
               check: SqliteCheck = "integrity_check") -> None:
    """The backup API copy, its check (`PRAGMA integrity_check` or `quick_check`), and the switch
    back to a rollback journal."""
    last_remaining: int | None = None
    restarts = 0

    def _report(_status: int, remaining: int, total: int) -> None:
        nonlocal last_remaining, restarts
        if last_remaining is not None and remaining > last_remaining:
            restarts += 1
            if restarts >= MAX_RESTARTS:
                raise _Restarted
        last_remaining = remaining
        if progress is not None and not progress(total - remaining, total):
            raise InterruptedError("backup cancelled")

    try:
        source.backup(dest, pages=256, progress=_report)
    except _Restarted:
        source.backup(dest, pages=-1)
    result = dest.execute(f"PRAGMA {check}").fetchone()[0]
    if result != "ok":
        raise EnvironmentProblem(f"Нөөц хуулбар шалгалтад тэнцсэнгүй: {result}",
                                 f"The backup failed its integrity check: {result}")
    # The copy carries the live file's WAL flag: left so, every read-only open (check_backup_file,
    # restore) needs -wal/-shm files created next to it. Read the pragma's row: a statement left
    # unfinished hid the error of a switch the disk refused, and the backup was reported done.
    mode = dest.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
    if str(mode).lower() != "delete":
        raise EnvironmentProblem("Нөөц хуулбарыг дуусгаж чадсангүй: диск дүүрсэн эсвэл бичихэд алдаа гарлаа. "
                                 "Дискээ шалгаад дахин оролдоно уу.",
                                 "The backup could not be finished: the disk is full or failed to write. "
                                 "Check the disk and try again.")


def backup_file_name(reason: str, when: datetime | None = None) -> str:
    when = when or datetime.now()
    return f"soumdesk-{when.strftime(STAMP_FORMAT)}-{when.microsecond // 1000:03d}-{reason}.sqlite3"


def parse_backup_name(name: str) -> tuple[datetime, str] | None:
    """(created_at, reason) from a backup file name, or None for other files."""
    match = _NAME.match(name)
    if not match:
        return None
    try:
        when = datetime.strptime(match.group(1), STAMP_FORMAT)
    except ValueError:
        return None
    return when.replace(microsecond=int(match.group(2) or 0) * 1000), match.group(3)


def backup_before(ctx: AppContext, reason: str) -> BackupInfo | None:
    """The automatic safety copy before a risky write (an import, an export); it needs no backup
    permission. A PostgreSQL hub is backed up by pg_dump, so there it makes nothing."""
    if ctx.paths.sqlite_path is None:
        return None
    try:
        return make_backup(ctx.as_actor(Actor.system()), reason=reason, full_check=False)
    except Exception as exc:  # the caller stops and shows it; the log keeps the details
        log.warning("safety backup before %s failed", reason, exc_info=exc)
        raise


def make_backup(ctx: AppContext, *, to: Path | None = None, reason: str = "manual",
                progress: Progress | None = None, rotate: bool = True, full_check: bool = True) -> BackupInfo:
    """Copy the live database to `to` (default: the backups folder), safely; `full_check=False`
    checks the copy with `quick_check` (the safety copy before an import or export, see above).

    A copy elsewhere (`backup --to`, a stick) carries every user's password hash and the citizens'
    data out of the office's private folder: the administrator's act (docs/decisions.md)."""
    if reason == "manual":
        ctx.require(Permission.BACKUP_COPY if to is not None else Permission.BACKUP)
    db_path = _require_sqlite(ctx)
    when = datetime.now()
    target = Path(to) if to else ctx.paths.backups_dir / backup_file_name(reason, when)
    _not_the_live_database(db_path, target)
    source = sqlite3.connect(db_path)
    try:
        with atomic_path(target) as tmp:
            _copy_database(source, tmp, progress, "integrity_check" if full_check else "quick_check")
    except InterruptedError:
        raise UserError("Нөөц хуулбарыг цуцаллаа; файл үүсээгүй.", "Backup cancelled; no file was written.") from None
    finally:
        source.close()
    attachments.copy_to_backup(ctx.paths.attachments_dir, target.parent)
    if reason == "manual" and ctx.actor is not None:
        with ctx.transaction() as session:
            audit.record(session, ctx.actor, "backup.create", "backup", target.name, after={"path": str(target)})
    _write_state(ctx, {"last_backup_at": when.isoformat(), "last_audit_id": audit.chain_head(ctx).get("id", 0)})
    if rotate and to is None:
        rotate_backups(ctx)
    size = target.stat().st_size
    log.info("backup written (%s): %s, %d bytes", reason, target.name, size)
    return BackupInfo(target, when, reason, size)


def list_backups(ctx: AppContext) -> list[BackupInfo]:
    """Backups in the backups folder, newest first."""
    return list_backup_files(ctx.paths.backups_dir)


def list_backup_files(folder: Path) -> list[BackupInfo]:
    """Backups in `folder`, newest first (no database needed: used when it is damaged)."""
    found = []
    for path in folder.glob("soumdesk-*.sqlite3"):
        parsed = parse_backup_name(path.name)
        if parsed is None:
            continue
        try:
            size = path.stat().st_size
        except OSError:  # removed meanwhile (rotation in another window)
            continue
        found.append(BackupInfo(path, parsed[0], parsed[1], size))
    return sorted(found, key=lambda b: b.created_at, reverse=True)


def rotate_backups(ctx: AppContext) -> list[Path]:
    """Delete backups the rotation no longer keeps; returns the deleted paths."""
    backups = list_backups(ctx)
    with ctx.reading() as session:
        counts = {k: int(get_value(session, f"backup.keep_{k}")) for k in ("recent", "daily", "weekly", "monthly")}
    keep = choose_backups_to_keep([b.created_at for b in backups], **counts)
    deleted = []
    for info in backups:
        if info.created_at not in keep:
            with contextlib.suppress(OSError):
                info.path.unlink()
                deleted.append(info.path)
    remove_stale_temporaries(ctx.paths.backups_dir)
    return deleted


def _state_path(ctx: AppContext) -> Path:
    return ctx.paths.backups_dir / STATE_FILE


def _write_state(ctx: AppContext, state: dict) -> None:
    with contextlib.suppress(OSError), atomic_path(_state_path(ctx)) as tmp:
        tmp.write_text(json.dumps(state), encoding="utf-8")


def read_state(ctx: AppContext) -> dict:
    try:
        return json.loads(_state_path(ctx).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def auto_backup_due(ctx: AppContext, now: datetime | None = None) -> bool:
    """True when something changed since the last backup and the interval has passed.

    After a failed attempt the next one waits RETRY_MINUTES (or the interval, if shorter), so a
    full disk is not retried, and logged, every minute."""
    if ctx.paths.sqlite_path is None:
        return False
    now = now or datetime.now()
    state = read_state(ctx)
    if audit.chain_head(ctx).get("id", 0) == state.get("last_audit_id"):
        return False
    with ctx.reading() as session:
        minutes = int(get_value(session, "backup.interval_minutes"))
    failed = (state.get("auto_failure") or {}).get("at")
    if failed and (now - datetime.fromisoformat(failed)).total_seconds() < min(minutes, RETRY_MINUTES) * 60:
        return False
    last = state.get("last_backup_at")
    return last is None or (now - datetime.fromisoformat(last)).total_seconds() >= minutes * 60


RETRY_MINUTES = 10


def run_auto_backup(ctx: AppContext, now: datetime | None = None) -> BackupInfo:
    """The timer's backup, as the app itself. A failure is logged and kept in the backup state
    (`last_auto_failure`) for the status bar and the dashboard until a backup succeeds; then raised."""
    try:
        return make_backup(ctx.as_actor(Actor.system()), reason="auto")
    except Exception as exc:
        log.warning("automatic backup failed", exc_info=exc)
        problem = exc if isinstance(exc, SoumDeskError) else environment_problem(exc)
        if problem is None:  # a bug: its text is for the log, not for the clerk
            reason = ("програмын алдаа (дэлгэрэнгүйг лог файлаас харна уу)", "a program error (see the log file)")
        else:
            reason = (problem.msg.mn, problem.msg.en)
        state = read_state(ctx)
        state["auto_failure"] = {"at": (now or datetime.now()).isoformat(timespec="seconds"),
                                 "mn": reason[0], "en": reason[1]}
        _write_state(ctx, state)
        raise


def last_auto_failure(ctx: AppContext) -> dict | None:
    """{"at", "mn", "en"} of the automatic backup that failed since the last good backup, or None."""
    failure = read_state(ctx).get("auto_failure")
    return failure if isinstance(failure, dict) and {"at", "mn", "en"} <= failure.keys() else None


def check_backup_file(path: Path) -> BackupFacts:
    """Open a backup read-only and check it is a good SoumDesk database; return its facts."""
    if not path.is_file():
        raise ValidationError(f"Файл олдсонгүй: {path}", f"File not found: {path}")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
            version = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            office = conn.execute("SELECT name, code, is_province FROM office ORDER BY id LIMIT 1").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise ValidationError(f"{path.name} нь SoumDesk-ийн нөөц файл биш эсвэл эвдэрсэн байна ({exc}).",
                              f"{path.name} is not a SoumDesk backup or is damaged ({exc}).") from exc
    if result != "ok":
        raise ValidationError(f"{path.name} эвдэрсэн байна: {result}", f"{path.name} is damaged: {result}")
    parsed = parse_backup_name(path.name)
    created = parsed[0] if parsed else datetime.fromtimestamp(path.stat().st_mtime)
    return {"revision": version[0] if version else None, "office": office[0] if office else None,
            "office_code": office[1] if office else None, "is_province": bool(office[2]) if office else None,
            "created_at": created, "size_bytes": path.stat().st_size, "sha256": _sha256(path)}


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _same_office(ctx: AppContext, facts: BackupFacts, name: str) -> None:
    """A backup restores only into the office (or province) it was made of: another office's file
    would replace this office's records and users (and lock its administrator out)."""
    with ctx.reading() as session:
        current = session.scalar(select(Office).order_by(Office.id).limit(1))
    if current is None:  # a fresh folder: any good backup may be put in place
        return
    if facts["office_code"] != current.code or bool(facts["is_province"]) != bool(current.is_province):
        raise ValidationError(
            f"{name} нь өөр байгууллагын нөөц («{facts['office'] or '?'}»); энд зөвхөн «{current.name}»-ийн "
            "нөөцийг сэргээнэ.",
            f"{name} is a backup of another office («{facts['office'] or '?'}»); only backups of "
            f"«{current.name}» are restored here.", where=name)


def restore(ctx: AppContext, path: Path, progress: Progress | None = None) -> BackupInfo:
    """Replace the live database with `path`; the current one is backed up first.

    The copy goes through SQLite's backup API into the live file, which SQLite
    does in one transaction: a crash leaves the old or the new database, never a mix.
    """
    from soum_desk.db import migrate

    ctx.require(Permission.RESTORE)
    _not_the_live_database(_require_sqlite(ctx), Path(path))
    facts = check_backup_file(Path(path))
    if facts["revision"] not in migrate.all_revisions():
        raise ValidationError("Энэ нөөц файлыг SoumDesk-ийн шинэ хувилбар үүсгэсэн байна.",
                              "This backup was made by a newer SoumDesk.")
    _same_office(ctx, facts, Path(path).name)
    safety = make_backup(ctx, reason="pre-restore", rotate=False)
    db_path = _require_sqlite(ctx)
    ctx.dispose()
    with for_database(db_path):  # no other SoumDesk process writes meanwhile
        source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        dest = sqlite3.connect(db_path)
        try:
            source.backup(dest, pages=256, progress=(lambda _s, r, t: progress(t - r, t)) if progress else None)
        except sqlite3.Error as exc:  # SQLite rolled the copy back: the live database is as it was
            problem = environment_problem(exc)
            if problem is None:
                raise
            raise EnvironmentProblem(f"{problem.msg.mn} Сэргээлт хийгдсэнгүй, өгөгдлийн сан өмнөх хэвээрээ байна.",
                                     f"{problem.msg.en} Nothing was restored; the database is as it was.") from exc
        finally:
            source.close()
            dest.close()
        audit_anchor.reset(ctx.paths)  # the restored log is shorter (or another) on purpose
    ctx.dispose()
    try:
        if migrate.needs_upgrade(ctx.engine):
            migrate.upgrade(ctx.engine)
        missing = tuple(f"{a['filename']} ({a['entity']} {a['entity_id']}, {a['sha256'][:12]})"
                        for a in attachments.restore_from_backup(ctx))
        with ctx.transaction() as session:
            audit.record(session, ctx.actor, "backup.restore", "backup", Path(path).name,
                         after={"restored_from": str(path), "sha256": facts["sha256"],
                                "previous_saved_as": str(safety.path),
                                "missing_attachments": list(missing)})
    except Exception as exc:
        # the copy is done: say so, rather than a bare disk error the clerk would read as "not restored"
        problem = exc if isinstance(exc, EnvironmentProblem) else environment_problem(exc)
        if problem is None:
            raise
        raise EnvironmentProblem(
            f"Нөөцөөс сэргээсэн боловч дараагийн алхамд алдаа гарлаа: {problem.msg.mn} "
            "Сэргээлт аудитын бүртгэлд ороогүй байж магадгүй.",
            f"The backup was restored, but the step after it failed: {problem.msg.en} "
            "The restore may be missing from the audit log.") from exc
    return replace(safety, missing_attachments=missing)
