"""The safety copy every import and export makes first, on a large office (issue 18).

    .venv/bin/python -m bench.safety_backup_bench --data-dir DIR [--runs 5]

DIR is an office's data folder (e.g. the ten-year office of `python -m bench.generate --scale x10`,
or the one `bench.startup --cases ten-year` builds). Timed in turn, run by run:
- floor: bare `sqlite3` backup API copy of the same file, no check;
- `backup.backup_before` (what an import runs: copy + `PRAGMA quick_check`);
- `backup.make_backup` (a manual backup: copy + full `PRAGMA integrity_check`), which is what the
  safety copy cost before.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from soum_desk.config import resolve_paths
from soum_desk.services.core import backup
from soum_desk.services.core.startup import open_context


def bare_copy(db: Path, target: Path) -> None:
    source = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    dest = sqlite3.connect(target)
    source.backup(dest, pages=256)
    dest.close()
    source.close()
    target.unlink()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    paths = resolve_paths(args.data_dir)
    db = paths.sqlite_path
    if db is None:
        parser.error("--data-dir must be an office's data folder (an SQLite file)")
    ctx = open_context(paths)
    times: dict[str, list[float]] = {"floor": [], "safety": [], "full": []}
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(args.runs):
            start = time.perf_counter()
            bare_copy(db, Path(tmp) / "floor.sqlite3")
            times["floor"].append(time.perf_counter() - start)
            start = time.perf_counter()
            made = backup.backup_before(ctx, "pre-import")
            times["safety"].append(time.perf_counter() - start)
            assert made is not None
            made.path.unlink()
            start = time.perf_counter()
            full = backup.make_backup(ctx, to=Path(tmp) / "full.sqlite3", reason="bench", rotate=False)
            times["full"].append(time.perf_counter() - start)
            full.path.unlink()
    ctx.dispose()
    size = db.stat().st_size / 2**20
    floor = statistics.median(times["floor"])
    print(f"office file {size:,.0f} MiB, {args.runs} runs, load {os.getloadavg()[0]:.1f}")
    print("| | median s | ÷ floor |\n|---|---:|---:|")
    for key, label in (("floor", "floor: bare sqlite3 backup copy"),
                       ("safety", "safety copy before an import (copy + quick_check)"),
                       ("full", "the same with the full integrity_check (before)")):
        value = statistics.median(times[key])
        print(f"| {label} | {value:.2f} | {value / floor:.2f}× |")


if __name__ == "__main__":
    main()
