"""Letters at scale: 500,000 letters, then the list, filter, search and period figures.

    .venv/bin/python -m bench.letters_bench [--letters 500000] [--runs 7] [--data-dir DIR]

Each action is what the letters view does for one user action (a page of 100
rows plus the row count, or the figures of a period); the median of `--runs`
is printed as a Markdown table for docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from soum_desk.config import resolve_paths
from soum_desk.db.models import Counterpart, Letter
from soum_desk.services.core import office
from soum_desk.services.core.context import Actor
from soum_desk.services.core.startup import open_context
from soum_desk.services.letters import actions as letters
from soum_desk.services.letters import queries as letters_query
from soum_desk.services.letters import stats as letters_stats
from soum_desk.services.letters.demo import SUBJECTS_IN, SUBJECTS_OUT, counterparts
from soum_desk.services.letters.queries import LetterFilter
from soum_desk.services.letters.search import search_key

BATCH = 20_000
COUNT_CAP = 10_000  # as the letters view counts


def generate(ctx, total: int, *, seed: int = 7, years: int = 5) -> None:  # noqa: ANN001
    """Bulk Core inserts of `total` letters spread over the last `years` years."""
    rng = random.Random(seed)
    names = [n for n, _ in counterparts("MN-065", "Есөнбулаг")]
    names += [f"{n} ({i})" for n in list(names) for i in range(1, 30)]
    officials = [f"Ажилтан {i}" for i in range(40)]
    today = date.today()
    start = today - timedelta(days=365 * years)
    span = (today - start).days
    days = sorted(start + timedelta(days=rng.randrange(span)) for _ in range(total))
    seq: dict[tuple[str, int], int] = {}
    now = datetime.now().replace(microsecond=0)
    rows = []
    with ctx.engine.begin() as conn:
        for day in days:
            direction = "in" if rng.random() < 0.7 else "out"
            key = (direction, day.year)
            seq[key] = seq.get(key, 0) + 1
            who = rng.choice(names)
            subject = rng.choice(SUBJECTS_IN if direction == "in" else SUBJECTS_OUT)
            reply = direction == "in" and rng.random() < 0.7
            due = day + timedelta(days=30) if reply else None
            answered = day + timedelta(days=int(rng.expovariate(1 / 10))) if reply and rng.random() < 0.95 else None
            answered = answered if answered and answered <= today else None
            reg_no = str(seq[key])
            rows.append({"direction": direction, "year": day.year, "seq": seq[key], "reg_no": reg_no,
                         "reg_date": day, "counterpart": who, "their_ref": None, "their_date": None,
                         "subject": subject, "pages": 2, "case_file_id": None, "assignee": rng.choice(officials),
                         "reply_required": reply, "due_date": due, "answered_on": answered, "note": None,
                         "search_text": search_key(reg_no, who, subject), "created_by": "bench",
                         "created_at": now})
            if len(rows) >= BATCH:
                conn.execute(insert(Letter), rows)
                rows.clear()
        if rows:
            conn.execute(insert(Letter), rows)
        conn.execute(insert(Counterpart), [{"name": n, "name_key": n.casefold(), "use_count": 1} for n in names])
        conn.exec_driver_sql("INSERT INTO letter_fts(rowid, search_text) SELECT id, search_text FROM letter")
        conn.exec_driver_sql("ANALYZE")


def median_ms(fn: Callable[[], object], runs: int) -> float:
    fn()  # warm the page cache once, as a user's second click would find it
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def page(ctx, flt: LetterFilter, sort: str = "reg_date") -> Callable[[], object]:  # noqa: ANN001
    """What the view does on a user action: the first page of 100 rows and the row count."""
    return lambda: (letters_query.list_letters(ctx, flt, sort=sort, limit=100),
                    letters_query.count_letters(ctx, flt, cap=COUNT_CAP))


def floor_page(db: Path, where: str, order: str, params: tuple) -> Callable[[], object]:
    """The floor: bare `sqlite3` doing the same work (page ids in order, their rows, count capped)."""
    conn = sqlite3.connect(db)

    def run() -> object:
        ids = [r[0] for r in conn.execute(f"SELECT id FROM letter WHERE {where} ORDER BY {order} LIMIT 100",
                                          params)]
        rows = conn.execute(f"SELECT * FROM letter WHERE id IN ({','.join('?' * len(ids))})", ids).fetchall()
        count = conn.execute(f"SELECT count(*) FROM (SELECT id FROM letter WHERE {where} LIMIT {COUNT_CAP + 1})",
                             params).fetchone()
        return rows, count
    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--letters", type=int, default=500_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--data-dir", default=None)
    args = parser.parse_args()
    folder = Path(args.data_dir or tempfile.mkdtemp(prefix="soumdesk-bench-"))
    ctx = open_context(resolve_paths(folder))
    if not office.is_initialised(ctx):
        office.initialise(ctx, aimag_code="MN-049", soum_name="Бенч", office_name="Бенч сумын ЗДТГ",
                          admin_username="admin", admin_password="bench-pass-1")
        t0 = time.perf_counter()
        generate(ctx, args.letters)
        print(f"generated {args.letters:,} letters in {time.perf_counter() - t0:.1f} s ({folder})")
    ctx = ctx.as_actor(Actor.system())
    year = date.today().year - 1
    actions = [
        ("list: first page, newest first", page(ctx, LetterFilter())),
        ("sort: by number (year, seq), newest first", page(ctx, LetterFilter(), "reg_no")),
        ("list: incoming, sorted by organisation", page(ctx, LetterFilter(direction="in"), "counterpart")),
        ("filter: overdue reply-letters", page(ctx, LetterFilter(status="overdue"))),
        ("filter: one organisation, one year", page(ctx, LetterFilter(counterpart="Сангийн яам", year=year))),
        ("filter: assignee + incoming + year", page(ctx, LetterFilter(direction="in", assignee="Ажилтан 7",
                                                                       year=year))),
        ("search: «тооллог» in a year", page(ctx, LetterFilter(text="тооллог", year=year))),
        ("search: «яам» (a very common word), one year", page(ctx, LetterFilter(text="яам", year=year))),
        ("search: «сангийн тайлан», all years", page(ctx, LetterFilter(text="сангийн тайлан"))),
        ("search: «ав» (2 letters: substring scan), one year", page(ctx, LetterFilter(text="ав", year=year))),
        ("period figures: a quarter", lambda: letters_stats.period_figures(ctx, f"{year}Q3")),
        ("period figures: a year", lambda: letters_stats.period_figures(ctx, str(year))),
        ("overdue list (weekly report rows)", lambda: letters_query.overdue_letters(ctx)),
        ("counterpart suggestions «аймг»", lambda: letters.list_counterparts(ctx, "аймг", limit=20)),
    ]
    db = ctx.paths.sqlite_path
    assert db is not None
    first, last = date(year, 1, 1).isoformat(), date(year, 12, 31).isoformat()
    floors = {
        "sort: by number (year, seq), newest first": floor_page(db, "1", "year DESC, seq DESC", ()),
        "search: «ав» (2 letters: substring scan), one year": floor_page(
            db, "reg_date BETWEEN ? AND ? AND search_text LIKE '%ав%'", "reg_date DESC, id DESC", (first, last)),
    }
    print(f"\n| action ({args.letters:,} letters) | median ms | floor ms (bare sqlite3, same SQL) | ratio |"
          "\n|---|---:|---:|---:|")
    for label, fn in actions:
        ours = median_ms(fn, args.runs)
        if label in floors:
            bare = median_ms(floors[label], args.runs)
            print(f"| {label} | {ours:.1f} | {bare:.1f} | {ours / bare:.2f} |")
        else:
            print(f"| {label} | {ours:.1f} | — | — |")
    ctx.dispose()


if __name__ == "__main__":
    main()
