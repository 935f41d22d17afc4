"""Province import killed part way through 18 bundles (issue 9, item 7).

A forked child signs in at the province and runs `province_import.import_files` over the 18
offices' bundles; the parent SIGKILLs it at a chosen moment, then checks the database: every
bundle is either wholly imported (its submission row, its figures row, every record row equal
to the uninterrupted run's, its one audit entry) or wholly absent (no row anywhere), nothing
held or refused, the audit chain intact, and on SQLite `PRAGMA integrity_check` ok. Then it
runs the import again and compares the province's tables and its consolidated figures and
ranking with an uninterrupted reference run.

Compared exactly: every column of `imported_bundle` except `id` and `imported_at` (the row id
and the wall-clock import time legitimately differ), `bundle_figures` except `id`/`bundle_id`
(the bundle is identified by its digest instead), `bundle_record` (digest, table, row, data)
except `id`/`bundle_id`, the `after` of each `province.import` audit entry (its `entity_id` is
the row id), `held_bundle`/`import_refusal` (both empty), `consolidated` and `ranking_table`
for the quarter and the year.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import random
import shutil
import signal
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from soum_desk.config import AppPaths, resolve_paths
from soum_desk.db.models import (
    AuditEntry,
    BundleFigures,
    BundleRecord,
    HeldBundle,
    ImportedBundle,
    ImportRefusal,
)
from soum_desk.services.core import audit, office, users
from soum_desk.services.core.context import AppContext
from soum_desk.services.core.startup import open_context
from soum_desk.services.province import imports as province_import
from soum_desk.services.province import registry as province
from soum_desk.services.province import views as province_views
from tests.bundle.conftest import PASS, reset_pg
from tests.bundle.real_offices import DEMO_YEAR, PERIOD
from tests.reliability.province_offices import Offices

SUBMISSION_COLUMNS = [c.key for c in ImportedBundle.__table__.columns if c.key not in ("id", "imported_at")]
ARRIVED = date(DEMO_YEAR + 1, 1, 12)  # two days after the default deadline: the late penalty is exercised


def make_province(folder: Path, offices: Offices, db_url: str | None) -> AppPaths:
    """A province hub (admin, head) with the 18 offices' keys registered; returns its paths."""
    if db_url:
        reset_pg(db_url)
    paths = resolve_paths(folder, db_url)
    ctx = open_context(paths)
    office.initialise(ctx, aimag_code="MN-049", soum_name="", office_name="Сэлэнгэ аймгийн ЗДТГ",
                      admin_username="admin", admin_password="admin-pass-1", province=True)
    admin = ctx.as_actor(users.authenticate(ctx, "admin", "admin-pass-1"))
    users.create_user(admin, "head", PASS, "head", "Д.Дарга", "ЗДТГ-ын дарга")
    head = ctx.as_actor(users.authenticate(ctx, "head", PASS))
    for key_file in offices.key_files:
        province.register_key_file(head, key_file)
    ctx.dispose()
    return paths


def _signed_in(paths: AppPaths) -> AppContext:
    ctx = open_context(paths)
    return ctx.as_actor(users.authenticate(ctx, "head", PASS))


def _child(paths: AppPaths, bundles: list[Path], fd: int) -> None:
    ctx = _signed_in(paths)
    os.write(fd, b"R")

    def progress(done: int, total: int) -> bool:
        os.write(fd, b"+")  # one more bundle committed (or refused)
        return True

    province_import.import_files(ctx, bundles, arrived_on=ARRIVED, progress=progress)
    os.write(fd, b"D")
    os._exit(0)


def _read_until(fd: int, count: int) -> int:
    """Read progress marks until `count` bundles are done; returns how many were read."""
    done = 0
    while done < count:
        mark = os.read(fd, 1)
        if mark in (b"", b"D"):
            break
        done += mark == b"+"
    return done


def run_child(paths: AppPaths, bundles: list[Path], kill: tuple[int, float] | None) -> tuple[bool, float]:
    """Import in a forked child. `kill` = (n, s): SIGKILL it s seconds after it reported the
    n-th bundle done (None: let it finish). Returns (finished, seconds since the import began)."""
    read, write = os.pipe()
    proc = multiprocessing.get_context("fork").Process(target=_child, args=(paths, bundles, write), daemon=True)
    proc.start()
    os.close(write)
    try:
        assert os.read(read, 1) == b"R", "the import child died before it started"
        started = time.perf_counter()
        if kill is None:
            _read_until(read, len(bundles))
            finished = os.read(read, 1) == b"D"
        else:
            _read_until(read, kill[0])
            time.sleep(kill[1])
            os.kill(proc.pid, signal.SIGKILL)
            finished = False
        elapsed = time.perf_counter() - started
    finally:
        proc.join()
        os.close(read)
    return finished, elapsed


def canonical(ctx: AppContext) -> dict:
    """The province's import results, without what legitimately differs between runs."""
    with ctx.reading() as session:
        digest_of = dict(session.execute(select(ImportedBundle.id, ImportedBundle.digest)).all())
        bundles = sorted(tuple(getattr(b, c) for c in SUBMISSION_COLUMNS) for b in session.scalars(select(ImportedBundle)))
        figures = {}
        for fig in session.scalars(select(BundleFigures)):
            figures.setdefault(digest_of.get(fig.bundle_id), []).append(
                tuple((c.key, getattr(fig, c.key)) for c in BundleFigures.__table__.columns
                      if c.key not in ("id", "bundle_id")))
        records: dict[str | None, list] = {}
        for bundle_id, table, row_no, data in session.execute(
                select(BundleRecord.bundle_id, BundleRecord.table_name, BundleRecord.row_no, BundleRecord.data)):
            records.setdefault(digest_of.get(bundle_id), []).append((table, row_no, data))
        audits: dict[str | None, list] = {}
        for entity_id, after in session.execute(select(AuditEntry.entity_id, AuditEntry.after)
                                                .where(AuditEntry.action == "province.import")):
            audits.setdefault(digest_of.get(int(entity_id)), []).append(json.loads(after))
        held = session.scalar(select(func.count()).select_from(HeldBundle))
        refused = session.scalar(select(func.count()).select_from(ImportRefusal))
    return {"bundles": bundles, "figures": {d: sorted(v) for d, v in figures.items()},
            "records": {d: sorted(v) for d, v in records.items()}, "audit": audits,
            "held": held, "refused": refused,
            "views": {p: (province_views.consolidated(ctx, p), province_views.ranking_table(ctx, p))
                      for p in (PERIOD, str(DEMO_YEAR))}}


def sqlite_integrity(paths: AppPaths) -> list[str]:
    if paths.sqlite_path is None:
        return []
    import sqlite3

    with sqlite3.connect(paths.sqlite_path) as conn:
        problems = [r[0] for r in conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
        problems += [f"fk {r}" for r in conn.execute("PRAGMA foreign_key_check")]
    return problems


@dataclass
class KillStats:
    points: int = 0
    imported_at_kill: Counter = field(default_factory=Counter)  # how many bundles were in at the kill
    finished_before_kill: int = 0
    partial: list[str] = field(default_factory=list)  # a bundle in part, or an orphan row
    integrity: list[str] = field(default_factory=list)
    rerun_different: list[str] = field(default_factory=list)


def check_after_kill(ctx: AppContext, paths: AppPaths, reference: dict, stats: KillStats, point: int) -> int:
    """Every bundle all-or-nothing; returns how many were imported when the child died."""
    now = canonical(ctx)
    problems = sqlite_integrity(paths)
    with ctx.reading() as session:
        chain = audit.verify_chain(session)
    if not chain.ok:
        problems.append(f"audit chain: {chain}")
    stats.integrity += [f"point {point}: {p}" for p in problems]
    present = {b[SUBMISSION_COLUMNS.index("digest")] for b in now["bundles"]}
    for digest in set(now["records"]) | set(now["figures"]) | set(now["audit"]):
        if digest not in present:
            stats.partial.append(f"point {point}: rows of a bundle that is not imported ({digest})")
    for digest in present:
        for part in ("figures", "records", "audit"):
            if now[part].get(digest) != reference[part].get(digest):
                stats.partial.append(f"point {point}: {digest[:12]} {part} differ from the full import")
    ref_bundles = set(reference["bundles"])
    stats.partial += [f"point {point}: submission row differs {b[:3]}" for b in now["bundles"] if b not in ref_bundles]
    if now["held"] or now["refused"]:
        stats.partial.append(f"point {point}: {now['held']} held, {now['refused']} refused")
    return len(present)


def rerun_and_compare(ctx: AppContext, bundles: list[Path], reference: dict, stats: KillStats, point: int) -> None:
    results = province_import.import_files(ctx, bundles, arrived_on=ARRIVED)
    verdicts = Counter(r["verdict"] for r in results)
    if set(verdicts) - {"valid", "replay"} or len(results) != len(bundles):
        stats.rerun_different.append(f"point {point}: verdicts {dict(verdicts)}")
    final = canonical(ctx)
    for part in reference:
        if final[part] != reference[part]:
            stats.rerun_different.append(f"point {point}: {part} differ from the uninterrupted run")


class Sweep:
    """Reference run once, then `kill_at(t)` per point on a fresh copy of the province."""

    def __init__(self, work: Path, offices: Offices, db_url: str | None) -> None:
        self.work, self.offices, self.db_url = work, offices, db_url
        self.template = work / "province-template"
        make_province(self.template, offices, db_url)
        if db_url is None:
            self.template_paths = resolve_paths(self.template)
        self.stats = KillStats()
        paths = self._fresh(-1)
        finished, self.duration = run_child(paths, offices.bundles, None)
        assert finished
        ctx = _signed_in(paths)
        self.reference = canonical(ctx)
        ctx.dispose()
        assert len(self.reference["bundles"]) == len(offices.bundles) and not self.reference["held"]

    def _fresh(self, point: int) -> AppPaths:
        folder = self.work / f"province-{point}"
        if self.db_url:  # PostgreSQL: a new schema, set up again (no template databases for this role)
            return make_province(folder, self.offices, self.db_url)
        shutil.copytree(self.template, folder)
        return resolve_paths(folder)

    def kill_at(self, point: int, after_bundles: int, seconds: float) -> None:
        """Kill the import `seconds` after its `after_bundles`-th bundle was done."""
        paths = self._fresh(point)
        finished, _ = run_child(paths, self.offices.bundles, (after_bundles, seconds))
        ctx = _signed_in(paths)
        try:
            self.stats.points += 1
            self.stats.finished_before_kill += finished
            self.stats.imported_at_kill[check_after_kill(ctx, paths, self.reference, self.stats, point)] += 1
            rerun_and_compare(ctx, self.offices.bundles, self.reference, self.stats, point)
        finally:
            ctx.dispose()
        if self.db_url is None:
            shutil.rmtree(paths.data_dir, ignore_errors=True)

    def kill_plan(self, points: int, seed: int) -> list[tuple[int, float]]:
        """Evenly over the bundles: after 0, 1, … 17 bundles, then a random moment within the
        next bundle's import (up to 1.3× the average bundle, so some land after the last)."""
        rnd = random.Random(seed)
        count = len(self.offices.bundles)
        per_bundle = self.duration / count
        return [(point * count // points, rnd.uniform(0, 1.3 * per_bundle)) for point in range(points)]

    def summary(self) -> str:
        spread = ", ".join(f"{k}:{v}" for k, v in sorted(self.stats.imported_at_kill.items()))
        return (f"{self.stats.points} kills; bundles imported at the kill (count:points) {spread}; "
                f"partial {len(self.stats.partial)}, integrity failures {len(self.stats.integrity)}, "
                f"re-runs different from the uninterrupted run {len(self.stats.rerun_different)} "
                f"(uninterrupted import {self.duration:.2f} s)")
