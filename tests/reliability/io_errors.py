"""I/O errors and a full disk at every Nth write of the database and of a backup (issue 9, item 3).

Each run starts from the same template, opens the app with the VFS shim as the default VFS,
and makes the Nth write (or sync) of the watched files fail with SQLITE_IOERR_WRITE,
SQLITE_IOERR_FSYNC or SQLITE_FULL. For a service call the clerk must see a clear
EnvironmentProblem and nothing may change; a retry once the disk is back must save; closing
the app (whose checkpoint may be the write that fails) and reopening must give an intact
database with every saved record and the audit chain in step. For a backup, no file may
appear under the real name unless it is a complete, checked backup.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from soum_desk.config import resolve_paths
from soum_desk.errors import EnvironmentProblem
from soum_desk.fileio import TEMP_MARK
from soum_desk.services.core import audit, backup, users
from soum_desk.services.core.context import Actor, AppContext
from soum_desk.services.core.startup import open_context
from soum_desk.services.letters import actions as letters
from soum_desk.services.petitions import actions as petitions
from tests.reliability.crash_harness import CrashStats, check
from tests.reliability.crash_writer import PERSON
from tests.reliability.power_cut import live_digest, table_digest
from tests.reliability.vfs_shim import (
    SQLITE_FULL,
    SQLITE_IOERR_FSYNC,
    SQLITE_IOERR_WRITE,
    Faults,
    shim,
)

DB_SUFFIXES = ("", "-wal", "-journal")
# what the clerk must be told, by injected code
EXPECTED = {SQLITE_IOERR_WRITE: "disk read/write error", SQLITE_IOERR_FSYNC: "disk read/write error",
            SQLITE_FULL: "disk is full"}
CODE_NAMES = {SQLITE_IOERR_WRITE: "SQLITE_IOERR_WRITE", SQLITE_IOERR_FSYNC: "SQLITE_IOERR_FSYNC",
              SQLITE_FULL: "SQLITE_FULL"}


@dataclass
class IoStats:
    runs: int = 0
    refused: int = 0  # a clear EnvironmentProblem and nothing changed
    saved_anyway: int = 0  # the fault hit after the commit (the checkpoint): the call saved
    at_close: int = 0  # the fault hit the checkpoint when the app closed
    retried_ok: int = 0  # after a refusal, the same call saved once the disk was back
    reopened_ok: int = 0  # reopened: intact, every saved record, audit chain in step
    came_back: int = 0  # sync failures only: refused, yet present after a crash right then
    messages: Counter = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)

    def add(self, other: IoStats) -> None:
        for name in ("runs", "refused", "saved_anyway", "at_close", "retried_ok", "reopened_ok", "came_back"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.messages.update(other.messages)
        self.problems.extend(other.problems)


# --- the service calls swept -------------------------------------------------------------------

def _petition(ctx: AppContext, rnd: random.Random) -> tuple[str, int]:
    row = petitions.register(ctx, received_at=datetime(2024, 3, 5, 10), channel="written", kind="request",
                             summary=f"Газар олгох хүсэлт {rnd.random()}", topic="Газар олголт, газрын маргаан",
                             bag="1-р баг", petitioner=PERSON)
    return "P", row["id"]


def _letter(ctx: AppContext, rnd: random.Random) -> tuple[str, int]:
    row = letters.register_letter(ctx, direction="in", reg_date=date(2024, 5, 1), counterpart="Аймгийн ЗДТГ",
                                  subject=f"Мэдээ {rnd.random()}")
    return "L", row["id"]


def _progress(measures: list[int]) -> Callable:
    def call(ctx: AppContext, rnd: random.Random) -> tuple[str, int]:
        from soum_desk.services.plans import progress as plans_progress

        row = plans_progress.record_progress(ctx, rnd.choice(measures), "2024Q2", narrative=f"Хийсэн {rnd.random()}",
                                             self_percent=50)
        return "G", row["id"]
    return call


def _edit(ctx: AppContext, rnd: random.Random) -> tuple[str, int]:
    letters.update_letter(ctx, 1, subject=f"Засвар {rnd.random()}")
    return "E", 1


def _assign(ctx: AppContext, _rnd: random.Random) -> tuple[str, int]:
    petitions.assign(ctx, 1, "Г.Ажилтан")
    return "A", 1


def calls(measures: list[int]) -> dict[str, Callable]:
    """The clerk's writes swept: new petition, new letter, progress entry, letter edit, petition assign."""
    return {"petition": _petition, "letter": _letter, "progress": _progress(measures), "edit": _edit,
            "assign": _assign}


def prepare(template: Path, work: Path) -> Path:
    """The template plus one letter and one petition (what the edit and assign calls change)."""
    folder = work / "prepared"
    shutil.copytree(template, folder)
    ctx = open_context(resolve_paths(folder))
    ctx = ctx.as_actor(users.authenticate(ctx, "clerk", "clerk-pass-1"))
    rnd = random.Random(0)
    _letter(ctx, rnd)
    _petition(ctx, rnd)
    ctx.dispose()
    return folder


# --- one run -----------------------------------------------------------------------------------

def _expected_message(problem: EnvironmentProblem, code: int) -> bool:
    return EXPECTED[code] in problem.msg.en.lower() and bool(problem.msg.mn)


def db_run(template: Path, work: Path, call: Callable, n: int, code: int, *, on: str = "write",
           sticky: bool = False, seed: int = 0, label: str = "") -> tuple[IoStats, bool]:
    """Fail the `n`-th write/sync of the database files during `call` and the close after it.

    Returns the run's figures and whether the fault was injected at all (False: `n` is past
    the last write, the sweep is over)."""
    stats = IoStats()
    data = work / "run"
    if data.exists():
        shutil.rmtree(data)
    shutil.copytree(template, data)
    paths = resolve_paths(data)
    db = str(paths.sqlite_path)
    names = {db + s for s in DB_SUFFIXES}
    vfs = shim()
    vfs.install()
    rnd = random.Random(seed)
    saved: list[tuple[str, int]] = []
    where = f"{label} n={n}"
    try:
        ctx = open_context(paths)
        ctx = ctx.as_actor(users.authenticate(ctx, "clerk", "clerk-pass-1"))
        before = live_digest(ctx)
        faults = Faults(lambda path: path in names, fail_at=n, code=code, on=on, sticky=sticky)
        vfs.faults = faults
        try:
            saved.append(call(ctx, rnd))
            error = None
        except Exception as exc:  # noqa: BLE001 - what the clerk would see is the finding
            error = exc
        in_call = faults.injected > 0
        if error is not None:
            vfs.faults = None  # the disk is back (space freed, stick reseated)
            if not isinstance(error, EnvironmentProblem):
                stats.problems.append(f"{where}: raw error {type(error).__name__}: {error}")
            elif not _expected_message(error, code):
                stats.problems.append(f"{where}: unexpected message {error}")
            else:
                stats.messages[error.msg.en] += 1
            if live_digest(ctx) != before:
                stats.problems.append(f"{where}: refused, but the data changed")
            else:
                stats.refused += 1
            if on == "sync":
                stats.came_back += _crash_copy_differs(paths.sqlite_path, work / "crash-copy", before)
            try:
                saved.append(call(ctx, random.Random(seed)))
                stats.retried_ok += 1
            except Exception as exc:  # noqa: BLE001
                stats.problems.append(f"{where}: retry after the disk came back failed: {exc!r}")
            vfs.faults = faults
        elif in_call:
            stats.saved_anyway += 1
            if live_digest(ctx) == before:
                stats.problems.append(f"{where}: reported saved, but nothing changed")
        last_seen = live_digest(ctx)
        ctx.dispose()  # the last connection checkpoints the WAL into the database file
        injected = faults.injected > 0
        stats.at_close += injected and not in_call
    finally:
        vfs.uninstall()
    if injected:
        stats.runs += 1
        _reopen_and_check(paths, saved, last_seen, stats, where)
    return stats, injected


def _crash_copy_differs(db: Path, folder: Path, before: str) -> bool:
    """Would the refused call's data be there after a power cut right now? (copy, recover, compare)"""
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    for suffix in ("", "-wal"):
        source = Path(f"{db}{suffix}")
        if source.exists():
            shutil.copyfile(source, folder / f"{db.name}{suffix}")
    con = sqlite3.connect(folder / db.name)
    try:
        return table_digest(con) != before
    finally:
        con.close()


def _reopen_and_check(paths, saved: list[tuple[str, int]], last_seen: str, stats: IoStats,  # noqa: ANN001
                      where: str) -> None:
    """The next start: the app opens it, integrity and audit chain hold, every saved record is there."""
    try:
        ctx = open_context(paths)
    except Exception as exc:  # noqa: BLE001
        stats.problems.append(f"{where}: does not open after the fault: {exc}")
        return
    try:
        report = audit.verify(ctx.as_actor(Actor.system()))
        found = live_digest(ctx)
    finally:
        ctx.dispose()
    crash = CrashStats()
    check(paths.sqlite_path, [s for s in saved if s[0] in "PLG"], crash)
    if crash.problems:
        stats.problems.extend(f"{where}: {p}" for p in crash.problems)
    elif not report.ok:
        stats.problems.append(f"{where}: audit chain after reopening: {report.message_en}")
    elif found != last_seen:
        stats.problems.append(f"{where}: reopened data differ from what the app showed before closing")
    else:
        stats.reopened_ok += 1


def db_sweep(template: Path, work: Path, name: str, call: Callable, code: int, *, on: str = "write",
             sticky: bool = False, stride: int = 1, limit: int = 10_000) -> IoStats:
    """`db_run` for n = 1, 1+stride, … until the fault lands past the last write."""
    total = IoStats()
    for n in range(1, limit + 1, stride):
        stats, injected = db_run(template, work, call, n, code, on=on, sticky=sticky, seed=n,
                                 label=f"{name} {CODE_NAMES[code]}{' sticky' if sticky else ''}")
        if not injected:
            break
        total.add(stats)
    return total


# --- backups -----------------------------------------------------------------------------------

@dataclass
class BackupStats:
    runs: int = 0
    refused: int = 0
    complete: int = 0
    messages: Counter = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)


def backup_sweep(template: Path, work: Path, code: int, *, sticky: bool = False, stride: int = 1,
                 limit: int = 10_000) -> BackupStats:
    """Fail the Nth write to the backup folder during `backup.make_backup(to=…)` (the backup API
    writes the copy through the VFS too): a clear message, and no file under a real name
    unless it is a complete backup that passes `check_backup_file`."""
    stats = BackupStats()
    data = work / "backup-run"
    shutil.copytree(template, data)
    out = work / "stick"
    out.mkdir()
    vfs = shim()
    vfs.install()
    try:
        ctx = open_context(resolve_paths(data))
        ctx = ctx.as_actor(users.authenticate(ctx, "admin", "admin-pass-1"))
        for n in range(1, limit + 1, stride):
            faults = Faults(lambda path: path.startswith(str(out)), fail_at=n, code=code, sticky=sticky)
            vfs.faults = faults
            target = out / f"soumdesk-backup-{n}.sqlite3"
            try:
                backup.make_backup(ctx, to=target)
                error = None
            except Exception as exc:  # noqa: BLE001
                error = exc
            finally:
                vfs.faults = None
            if not faults.injected:
                if error is not None:
                    stats.problems.append(f"n={n}: failed without a fault: {error!r}")
                break
            stats.runs += 1
            where = f"backup {CODE_NAMES[code]} n={n}"
            if error is None:
                stats.complete += 1
            elif not isinstance(error, EnvironmentProblem):
                stats.problems.append(f"{where}: raw error {type(error).__name__}: {error}")
            elif "disk" not in error.msg.en.lower():
                stats.problems.append(f"{where}: unexpected message {error}")
            else:
                stats.refused += 1
                stats.messages[error.msg.en] += 1
            for path in out.iterdir():
                if path.is_dir():  # the attachments copied next to a backup
                    shutil.rmtree(path)
                elif TEMP_MARK in path.name or path.name.endswith("-journal"):
                    stats.problems.append(f"{where}: left {path.name}")
                elif error is not None and path == target:
                    stats.problems.append(f"{where}: refused, yet {path.name} exists")
                elif path.read_bytes()[18:20] != b"\x01\x01":
                    stats.problems.append(f"{where}: {path.name} was left in WAL mode")
                else:
                    backup.check_backup_file(path)  # raises on a half or damaged file
                path.unlink()
        ctx.dispose()
    finally:
        vfs.uninstall()
    shutil.rmtree(data)
    return stats


# --- restore -----------------------------------------------------------------------------------

def restore_run(template: Path, source: Path, work: Path, n: int, code: int, *, sticky: bool = False) -> tuple[
        IoStats, bool]:
    """Fail the Nth write to the live database while `backup.restore` copies `source` over it:
    a clear message, and afterwards the database is wholly the old one or wholly the backup
    (`source` must hold a different number of letters), as the message said."""
    stats = IoStats()
    data = work / "restore-run"
    if data.exists():
        shutil.rmtree(data)
    shutil.copytree(template, data)
    paths = resolve_paths(data)
    names = {str(paths.sqlite_path) + s for s in DB_SUFFIXES}
    where = f"restore {CODE_NAMES[code]} n={n}"
    vfs = shim()
    vfs.install()
    try:
        ctx = open_context(paths)
        ctx = ctx.as_actor(users.authenticate(ctx, "admin", "admin-pass-1"))
        before = live_digest(ctx)
        before_letters = _count_letters(paths.sqlite_path)
        faults = Faults(lambda path: path in names, fail_at=n, code=code, sticky=sticky)
        vfs.faults = faults
        try:
            backup.restore(ctx, source)
            error = None
        except Exception as exc:  # noqa: BLE001
            error = exc
        finally:
            vfs.faults = None
        ctx.dispose()
    finally:
        vfs.uninstall()
    if not faults.injected:
        return stats, False
    stats.runs += 1
    if error is None:
        stats.saved_anyway += 1
    elif not isinstance(error, EnvironmentProblem):
        stats.problems.append(f"{where}: raw error {type(error).__name__}: {error}")
    elif "disk" not in error.msg.en.lower():
        stats.problems.append(f"{where}: unexpected message {error}")
    else:
        stats.refused += 1
        stats.messages[error.msg.en] += 1
    try:
        ctx = open_context(paths)
    except Exception as exc:  # noqa: BLE001
        stats.problems.append(f"{where}: does not open afterwards: {exc}")
        return stats, True
    try:
        report = audit.verify(ctx.as_actor(Actor.system()))
        after = live_digest(ctx)
    finally:
        ctx.dispose()
    crash = CrashStats()
    check(paths.sqlite_path, [], crash)
    letters_now = _count_letters(paths.sqlite_path)
    restored = letters_now == _count_letters(source) != before_letters
    told_restored = error is None or "The backup was restored" in error.msg.en
    if crash.problems or not report.ok:
        stats.problems.append(f"{where}: {crash.problems or report.message_en}")
    elif told_restored and not restored:
        stats.problems.append(f"{where}: told restored, yet the old data are there")
    elif not told_restored and after != before:
        # a refused restore may only leave the old database (its audit gains nothing either)
        stats.problems.append(f"{where}: told nothing was restored, yet the database changed")
    else:
        stats.reopened_ok += 1
    return stats, True


def _count_letters(db: Path) -> int:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return con.execute("SELECT count(*) FROM letter").fetchone()[0]
    finally:
        con.close()
