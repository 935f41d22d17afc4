"""The letters register import at 10,000 rows, beside its floors from the same run (issue 18).

    .venv/bin/python -m bench.letters_import_bench [--rows 10000] [--runs 3]

A register workbook of `--rows` incoming and outgoing letters is written with openpyxl, then each
run, in turn (so a neighbour's load falls on all of them):

- floor A, the issue's floor: bare `sqlite3.executemany` of the import's own rows as plain tuples
  into the `letter` table of a fresh migrated database (all its indexes), one transaction; floor A+
  also fills the search index as the import does (one `INSERT … SELECT` into the trigram
  `letter_fts`, the import's own statement), in the same transaction;
- floor B, bare libraries doing the import's work: python-calamine reading the same file (every
  sheet to Python values), then floor A's executemany, in one timed block; floor B+ is B with A+'s
  search index fill: everything the import does, done by the bare libraries;
- reading: the importer's cells (`value_book.open_values`: the archive/XML safety checks, then
  calamine, every row as openpyxl-like values) beside python-calamine alone;
- the import end to end into a fresh migrated office, as the UI and the CLI run it:
  `import_preview` (read, check every row, look up the numbers registered) then `import_commit`
  (backup, numbering, executemany, search index, organisation counts, one audit entry).

Ratios are floor time ÷ our time (1.00 = as fast as the floor).
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import statistics
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from openpyxl import Workbook

from bench.bench_office import ADMIN, fresh_office


def write_book(path: Path, rows: int, seed: int = 5) -> None:
    from soum_desk.services.letters.demo import SUBJECTS_IN, SUBJECTS_OUT, counterparts

    rng = random.Random(seed)
    names = [n for n, _ in counterparts("MN-065", "Есөнбулаг")]
    wb = Workbook(write_only=True)
    incoming, outgoing = wb.create_sheet("Ирсэн"), wb.create_sheet("Явсан")
    incoming.append(["Бүртгэлийн дугаар", "Огноо", "Ирүүлсэн байгууллага", "Товч агуулга", "Хариутай",
                     "Хариу өгсөн огноо", "Хуудас"])
    outgoing.append(["Дугаар", "Огноо", "Хэнд", "Агуулга"])
    start = date(2024, 1, 1)
    n_in = n_out = 0
    for i in range(rows):
        day = start + timedelta(days=i * 365 // rows)
        if rng.random() < 0.7:
            n_in += 1
            reply = rng.random() < 0.7
            answered = day + timedelta(days=rng.randrange(1, 20)) if reply and rng.random() < 0.8 else None
            incoming.append([n_in, day.strftime("%Y.%m.%d"), rng.choice(names), rng.choice(SUBJECTS_IN),
                             "тийм" if reply else "үгүй", answered.strftime("%Y.%m.%d") if answered else None, 2])
        else:
            n_out += 1
            outgoing.append([f"1/{n_out}", day.strftime("%Y.%m.%d"), rng.choice(names), rng.choice(SUBJECTS_OUT)])
    wb.save(path)




def calamine_read(path: Path) -> int:
    import python_calamine

    book = python_calamine.CalamineWorkbook.from_path(str(path))
    cells = sum(len(row) for name in book.sheet_names for row in book.get_sheet_by_name(name).to_python())
    book.close()
    return cells


def cells_read(path: Path) -> int:
    from soum_desk.importers.value_book import open_values, sheet_rows

    with open_values(path) as book:
        return sum(len(row) for sheet in book.worksheets for row in sheet_rows(sheet, path.name))


def floor_db(folder: Path) -> Path:
    """A fresh migrated office's database file, closed (the floors write to it with bare sqlite3)."""
    ctx = fresh_office(folder)
    db = ctx.paths.sqlite_path
    ctx.dispose()
    assert db is not None
    return db


def bare_write(db: Path, tuples: list[tuple], *, book: Path | None = None, fts: bool = False) -> float:
    """ms for: calamine reading `book` (when given), executemany, the search index fill (`fts`), commit."""
    from soum_desk.services.letters import bulk

    sql = f"INSERT INTO letter ({', '.join(bulk.COLUMNS)}) VALUES ({', '.join('?' * len(bulk.COLUMNS))})"
    conn = sqlite3.connect(str(db))
    started = time.perf_counter()
    if book is not None:
        calamine_read(book)
    with conn:
        conn.executemany(sql, tuples)
        if fts:
            # the import's own statement (`search.add_after` with no letter before): by id, in id order
            conn.execute("INSERT INTO letter_fts(rowid, search_text) SELECT id, search_text FROM letter WHERE id > 0")
    took = (time.perf_counter() - started) * 1000
    conn.close()
    return took


def plain_rows(folder: Path, book: Path) -> list[tuple]:
    """The tuples the import writes into a fresh office (previewed, then prepared as the commit does)."""
    from soum_desk.services.letters import bulk
    from soum_desk.services.letters import imports as letters_import

    ctx = fresh_office(folder)
    preview = letters_import.import_preview(ctx, book)
    with ctx.reading() as session:
        prepared = bulk.prepare(session, ADMIN, preview.new)
    ctx.dispose()
    if isinstance(prepared, list):  # a tree before the tuples (for "before" figures): its dicts, as it wrote them
        return [tuple(bulk._plain(r[c], True) for c in bulk.COLUMNS) for r in prepared]  # type: ignore[attr-defined]
    return prepared.rows


def main() -> None:
    from soum_desk.services.letters import imports as letters_import

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="soumdesk-letters-import-"))
    try:
        book = tmp / "register.xlsx"
        write_book(book, args.rows)
        tuples = plain_rows(tmp / "rows", book)
        times: dict[str, list[float]] = {k: [] for k in ("A", "A+", "B", "B+", "calamine", "cells", "read", "write")}
        for run in range(args.runs):
            times["A"].append(bare_write(floor_db(tmp / f"a{run}"), tuples))
            times["A+"].append(bare_write(floor_db(tmp / f"d{run}"), tuples, fts=True))
            started = time.perf_counter()
            calamine_read(book)
            times["calamine"].append((time.perf_counter() - started) * 1000)
            times["B"].append(bare_write(floor_db(tmp / f"b{run}"), tuples, book=book))
            started = time.perf_counter()
            cells_read(book)
            times["cells"].append((time.perf_counter() - started) * 1000)
            times["B+"].append(bare_write(floor_db(tmp / f"c{run}"), tuples, book=book, fts=True))
            ctx = fresh_office(tmp / f"office{run}")
            started = time.perf_counter()
            preview = letters_import.import_preview(ctx, book)
            times["read"].append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            done = letters_import.import_commit(ctx, preview)
            times["write"].append((time.perf_counter() - started) * 1000)
            ctx.dispose()
            assert done["imported"] == args.rows, done
        report(times, args.rows, args.runs)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def report(times: dict[str, list[float]], n: int, runs: int) -> None:
    ours = [r + w for r, w in zip(times["read"], times["write"], strict=True)]
    med = {k: statistics.median(v) for k, v in times.items()}
    total = statistics.median(ours)
    floors = (("A", "bare sqlite3 executemany of the same tuples"), ("A+", "A + the search index fill"),
              ("B", "calamine read + A"), ("B+", "calamine read + A+ (all the import's work)"))
    print(f"\n| {n:,} letters (median of {runs}) | ms | rows/s | floor ÷ ours, end to end |\n|---|---:|---:|---:|")
    print(f"| reading: python-calamine alone | {med['calamine']:.0f} | | |")
    print(f"| reading: the importer's cells (checks + calamine) | {med['cells']:.0f} | | "
          f"ours = {med['cells'] / med['calamine']:.2f}× calamine's time |")
    for key, text in floors:
        print(f"| floor {key}: {text} | {med[key]:.0f} | {n / med[key] * 1000:,.0f} | {med[key] / total:.2f}× |")
    print(f"| import_preview (read + check + look-ups) | {med['read']:.0f} | {n / med['read'] * 1000:,.0f} | |")
    print(f"| import_commit (backup, number, write, index, count, audit) | {med['write']:.0f} | "
          f"{n / med['write'] * 1000:,.0f} | |")
    print(f"| **end to end (preview + commit)** | {total:.0f} | {n / total * 1000:,.0f} | |")
    per_run = "; ".join("/".join(f"{times[k][i] / o:.2f}" for k, _ in floors) for i, o in enumerate(ours))
    print(f"(per run, floor ÷ ours for A/A+/B/B+: {per_run}; reading per run: "
          f"{', '.join(f'{c / k:.2f}×' for c, k in zip(times['cells'], times['calamine'], strict=True))}; "
          f"{datetime.now():%Y-%m-%d %H:%M})")


if __name__ == "__main__":
    main()
