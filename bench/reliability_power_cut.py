"""Long forms of issue 9, item 2 (power cut at every sync point) and item 3's database part
(I/O errors and a full disk at every write of the database, a backup and a restore).

    nice -n 10 .venv/bin/python -m bench.reliability_power_cut --writes 300 --draws 3 --checkpoint-draws 20
    nice -n 10 .venv/bin/python -m bench.reliability_power_cut --writes 0 --io
"""

from __future__ import annotations

import argparse
import random
import shutil
import tempfile
import time
from pathlib import Path

from soum_desk.config import resolve_paths
from soum_desk.services.core import backup, users
from soum_desk.services.core.startup import open_context
from tests.reliability import io_errors, power_cut
from tests.reliability.crash_harness import make_template
from tests.reliability.vfs_shim import SQLITE_FULL, SQLITE_IOERR_FSYNC, SQLITE_IOERR_WRITE


def _power_cut(work: Path, template: Path, measures: list[int], args: argparse.Namespace) -> None:
    started = time.perf_counter()
    rec = power_cut.record(template, work, args.writes, measures, seed=args.seed)
    recorded = time.perf_counter() - started
    stats = power_cut.sweep(rec, work, draws=args.draws, checkpoint_draws=args.checkpoint_draws, seed=args.seed)
    crash = stats.crash
    print(f"power cut: workload {rec.summary()} recorded in {recorded:.1f} s")
    print(f"  {stats.sync_points} sync points ({stats.checkpoint_points} with unsynced checkpoint pages), "
          f"{stats.images} crash images {stats.by_variant}")
    print(f"  open failures {stats.open_failures}, not a committed state {stats.not_committed}, "
          f"integrity failures {crash.integrity_failures}, lost {crash.lost}, half-applied {crash.half_applied}; "
          f"{stats.in_flight_kept} images held the call in flight ({time.perf_counter() - started:.0f} s)")
    for problem in stats.problems[:20]:
        print("   ", problem)


def _io(work: Path, template: Path, measures: list[int]) -> None:
    prepared = io_errors.prepare(template, work)
    runs = [(name, code, sticky, on) for name in io_errors.calls(measures)
            for code, sticky, on in ((SQLITE_IOERR_WRITE, False, "write"), (SQLITE_FULL, True, "write"),
                                     (SQLITE_IOERR_FSYNC, False, "sync"))]
    print("| call | fault | runs | refused, nothing changed | retried ok | hit the close checkpoint | "
          "saved anyway | reopened intact | refused yet back after a crash | problems |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for name, code, sticky, on in runs:
        started = time.perf_counter()
        stats = io_errors.db_sweep(prepared, work / "db", name, io_errors.calls(measures)[name], code,
                                   on=on, sticky=sticky)
        fault = f"{io_errors.CODE_NAMES[code]} every {on}{', stays' if sticky else ''}"
        print(f"| {name} | {fault} | {stats.runs} | {stats.refused} | {stats.retried_ok} | {stats.at_close} | "
              f"{stats.saved_anyway} | {stats.reopened_ok} | {stats.came_back if on == 'sync' else '–'} | "
              f"{len(stats.problems)} | ({time.perf_counter() - started:.0f} s)")
        for problem in stats.problems[:5]:
            print("   ", problem)
    for code, sticky in ((SQLITE_IOERR_WRITE, False), (SQLITE_FULL, True)):
        started = time.perf_counter()
        folder = work / f"backup-{code}"
        stats = io_errors.backup_sweep(prepared, folder, code, sticky=sticky)
        shutil.rmtree(folder)
        print(f"backup, {io_errors.CODE_NAMES[code]} at every write of the copy: {stats.runs} runs, "
              f"{stats.refused} refused with {dict(stats.messages)}, {stats.complete} complete, "
              f"{len(stats.problems)} problems ({time.perf_counter() - started:.0f} s)")
        for problem in stats.problems[:5]:
            print("   ", problem)
    source = work / "restore-source.sqlite3"
    ctx = open_context(resolve_paths(shutil.copytree(prepared, work / "restore-src")))
    io_errors.calls(measures)["letter"](ctx.as_actor(users.authenticate(ctx, "clerk", "clerk-pass-1")),
                                       random.Random(1))
    backup.make_backup(ctx.as_actor(users.authenticate(ctx, "admin", "admin-pass-1")), to=source)
    ctx.dispose()
    for code, sticky in ((SQLITE_IOERR_WRITE, False), (SQLITE_FULL, True)):
        started = time.perf_counter()
        total = io_errors.IoStats()
        for n in range(1, 100_000):
            stats, injected = io_errors.restore_run(prepared, source, work, n, code, sticky=sticky)
            if not injected:
                break
            total.add(stats)
        print(f"restore, {io_errors.CODE_NAMES[code]} at every write of the live database: {total.runs} runs, "
              f"{total.refused} refused, {total.saved_anyway} restored, {total.reopened_ok} reopened as the "
              f"message said, messages {dict(total.messages)}, {len(total.problems)} problems "
              f"({time.perf_counter() - started:.0f} s)")
        for problem in total.problems[:5]:
            print("   ", problem)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--writes", type=int, default=300, help="service calls in the power-cut workload (0: skip)")
    parser.add_argument("--draws", type=int, default=3, help="images per random variant and sync point")
    parser.add_argument("--checkpoint-draws", type=int, default=20,
                        help="the same where checkpoint pages of the database file are unsynced")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--io", action="store_true", help="also sweep I/O errors over every write")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        template, measures = make_template(work / "template")
        if args.writes:
            _power_cut(work / "power", template, measures, args)
        if args.io:
            started = time.perf_counter()
            _io(work / "io", template, measures)
            print(f"I/O sweeps took {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
