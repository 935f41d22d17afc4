"""A quarter's petition figures over 1M petitions, beside a covering-index count floor (issue 18).

    .venv/bin/python -m bench.petition_figures_bench [--count 1000000] [--repeat 7] [--data-dir DIR]

100,000 petitions are generated (ten years, as bench.petitions_bench) and copied in SQL until
`--count` (each copy with its own register numbers), so a quarter holds ~2.5% of the rows. Two
floors, bare `sqlite3` over covering indexes: the quarter's rows counted per combination of the
five breakdowns (kind, channel, topic, bag, official; the least that yields the breakdowns — the
figures also split by outcome and sum days to resolution), and a plain count of the quarter's rows
(which decodes no column at all). With `--data-dir` an existing database is reused.
"""

from __future__ import annotations

import argparse
import sqlite3
import tempfile
import time
from pathlib import Path

from bench.petitions_bench import build, measure

BASE = 100_000
PERIOD = "2024Q4"


def multiply(db: Path, total: int) -> None:
    conn = sqlite3.connect(db)
    columns = [r[1] for r in conn.execute("PRAGMA table_info(petition)") if r[1] != "id"]
    base = conn.execute("SELECT max(id) FROM petition").fetchone()[0]
    copies = max(0, total // base - 1)
    for k in range(1, copies + 1):
        chosen = ", ".join(f"reg_no || '/{k}'" if c == "reg_no" else c for c in columns)
        conn.execute(f"INSERT INTO petition ({', '.join(columns)}) SELECT {chosen} FROM petition WHERE id <= ?",
                     (base,))
    conn.execute("ANALYZE")
    conn.commit()
    conn.close()


def main() -> None:
    from soum_desk.config import resolve_paths
    from soum_desk.domain.periods import Period
    from soum_desk.services.core.context import Actor
    from soum_desk.services.core.startup import open_context
    from soum_desk.services.petitions import stats

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--data-dir", default=None)
    args = parser.parse_args()
    folder = Path(args.data_dir or tempfile.mkdtemp(prefix="soumdesk-figures-"))
    if not (folder / "data").exists():
        started = time.perf_counter()
        ctx, _ = build(BASE, folder)
        db = ctx.paths.sqlite_path
        assert db is not None
        ctx.dispose()
        multiply(db, args.count)
        print(f"built {args.count:,} petitions in {time.perf_counter() - started:.1f} s ({folder})")
    ctx = open_context(resolve_paths(folder / "data")).as_actor(Actor.system())
    db = ctx.paths.sqlite_path
    assert db is not None
    period = Period.parse(PERIOD)
    bare = sqlite3.connect(db)
    floor_sql = "SELECT count(*) FROM petition WHERE received BETWEEN ? AND ?"
    bounds = (period.start.isoformat(), period.end.isoformat())
    total = bare.execute("SELECT count(*) FROM petition").fetchone()[0]
    in_quarter = bare.execute(floor_sql, bounds).fetchone()[0]
    ours = measure(lambda: stats.figures(ctx, period), args.repeat)
    grouped_sql = ("SELECT kind, channel, topic, bag_id, official_name, count(*) FROM petition "
                   "WHERE received BETWEEN ? AND ? GROUP BY 1, 2, 3, 4, 5")
    grouped = measure(lambda: bare.execute(grouped_sql, bounds).fetchall(), args.repeat)
    floor = measure(lambda: bare.execute(floor_sql, bounds).fetchone(), args.repeat)
    print(f"\n| action ({total:,} petitions, {in_quarter:,} in {PERIOD}) | median ms | ratio |\n|---|---:|---:|")
    print(f"| quarter figures {PERIOD} (SoumDesk) | {ours:.1f} | |")
    print(f"| floor: bare sqlite3 count per breakdown combination (GROUP BY, covering index) | {grouped:.1f} "
          f"| {ours / grouped:.2f}× |")
    print(f"| floor: bare sqlite3 plain count of the quarter (covering index) | {floor:.1f} | {ours / floor:.1f}× |")
    ctx.dispose()


if __name__ == "__main__":
    main()
