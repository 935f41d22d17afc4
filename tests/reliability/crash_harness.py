"""Kill -9 a writer process at random moments and check what survived (issue 9, item 1)."""

from __future__ import annotations

import multiprocessing
import os
import random
import shutil
import signal
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path

from soum_desk.config import resolve_paths
from soum_desk.services.core import office, users
from soum_desk.services.core.startup import open_context
from tests.plans.conftest import build_small_plan


@dataclass
class CrashStats:
    trials: int = 0
    writes_reported: int = 0
    integrity_failures: int = 0
    lost: int = 0
    half_applied: int = 0
    problems: list[str] = field(default_factory=list)


def make_template(folder: Path) -> tuple[Path, list[int]]:
    """An initialised office with a clerk and a small plan, made once and copied per trial."""
    from soum_desk.domain.roles import Role

    paths = resolve_paths(folder)
    ctx = open_context(paths)
    office.initialise(ctx, aimag_code="MN-065", soum_name="Есөнбулаг", office_name="Есөнбулаг сумын ЗДТГ",
                      admin_username="admin", admin_password="admin-pass-1", admin_full_name="Д.Админ",
                      bags=["1-р баг", "2-р баг"], units=["Тамгын газар"])
    admin = ctx.as_actor(users.authenticate(ctx, "admin", "admin-pass-1"))
    users.create_user(admin, "clerk", "clerk-pass-1", Role.CLERK.value, "Г.Ажилтан", "Мэргэжилтэн")
    measures = build_small_plan(admin)["measures"]
    ctx.dispose()
    return folder, measures


def check(db: Path, reported: list[tuple[str, int]], stats: CrashStats) -> None:
    """Integrity, every reported id present, and no row without its audit entry / FTS row."""
    con = sqlite3.connect(db)
    try:
        if con.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            stats.integrity_failures += 1
            stats.problems.append(f"{db}: integrity_check failed")
            return
        tables = {"P": ("petition", "petition"), "L": ("letter", "letter"), "G": ("plan_progress", "plan_progress")}
        for kind, ident in reported:
            table = tables[kind][0]
            if con.execute(f"SELECT 1 FROM {table} WHERE id = ?", (ident,)).fetchone() is None:  # noqa: S608
                stats.lost += 1
                stats.problems.append(f"{db}: {table} {ident} reported saved but missing")
        for table, entity in tables.values():
            orphans = con.execute(
                f"SELECT count(*) FROM {table} t WHERE NOT EXISTS (SELECT 1 FROM audit_log a "  # noqa: S608
                f"WHERE a.entity = ? AND a.entity_id = CAST(t.id AS TEXT))", (entity,)).fetchone()[0]
            if orphans:
                stats.half_applied += orphans
                stats.problems.append(f"{db}: {orphans} {table} rows without an audit entry")
        no_fts = con.execute("SELECT count(*) FROM petition p WHERE p.id NOT IN "
                             "(SELECT rowid FROM petition_fts)").fetchone()[0]
        fts_extra = con.execute("SELECT count(*) FROM petition_fts WHERE rowid NOT IN "
                                "(SELECT id FROM petition)").fetchone()[0]
        if no_fts or fts_extra:
            stats.half_applied += no_fts + fts_extra
            stats.problems.append(f"{db}: FTS out of step ({no_fts} missing, {fts_extra} extra)")
    finally:
        con.close()


def _child(data: str, seed: int, measures: list[int], fd: int) -> None:
    from tests.reliability.crash_writer import main

    main(data, seed, measures, lambda line: os.write(fd, (line + "\n").encode()))


def one_trial(template: Path, measures: list[int], work: Path, rnd: random.Random, stats: CrashStats,
              max_delay: float = 1.0) -> None:
    """Fork a writer (a separate process with its own connections), SIGKILL it at a random moment."""
    data = work / f"t{stats.trials}"
    shutil.copytree(template, data)
    read_fd, write_fd = os.pipe()
    proc = multiprocessing.get_context("fork").Process(
        target=_child, args=(str(data), rnd.randrange(1 << 30), measures, write_fd), daemon=True)
    proc.start()
    os.close(write_fd)
    with os.fdopen(read_fd, "r", encoding="utf-8") as out:
        first = out.readline()
        if first.strip() != "READY":
            proc.kill()
            raise RuntimeError(f"writer did not start: {first!r}")
        time.sleep(rnd.uniform(0.0, max_delay))
        os.kill(proc.pid, signal.SIGKILL)
        proc.join()
        text = out.read()
    reported = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[1].isdigit():  # a line cut by the kill is not a report
            reported.append((parts[0], int(parts[1])))
    stats.trials += 1
    stats.writes_reported += len(reported)
    check(resolve_paths(data).sqlite_path, reported, stats)
    shutil.rmtree(data)


def run(trials: int, work: Path, seed: int = 1, max_delay: float = 1.0) -> CrashStats:
    rnd = random.Random(seed)
    template, measures = make_template(work / "template")
    stats = CrashStats()
    for _ in range(trials):
        one_trial(template, measures, work, rnd, stats, max_delay)
    return stats
