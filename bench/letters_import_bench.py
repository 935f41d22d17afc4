"""The letters register import at 10,000 rows, beside raw executemany into the same schema (issue 18).

    .venv/bin/python -m bench.letters_import_bench [--rows 10000] [--runs 3]

A register workbook of `--rows` incoming and outgoing letters is written with openpyxl, then each
run imports it into a fresh migrated office: reading and checking (`import_preview`) and writing
(`import_commit`: backup, numbering, executemany, search index, organisation counts, one audit
entry). The floor is bare `sqlite3.executemany` of the same rows as plain tuples into the `letter`
table of a fresh migrated database (all its indexes), in one transaction. The write ratio compares
`import_commit` with that floor; end to end adds reading the workbook.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from openpyxl import Workbook

ADMIN, PASSWORD = "admin", "bench-pass-1"


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


def fresh_office(folder: Path):  # noqa: ANN201
    from soum_desk.config import resolve_paths
    from soum_desk.services.core import office, users
    from soum_desk.services.core.startup import open_context

    ctx = open_context(resolve_paths(folder))
    office.initialise(ctx, aimag_code="MN-049", soum_name="Бенч", office_name="Бенч сумын ЗДТГ",
                      admin_username=ADMIN, admin_password=PASSWORD)
    return ctx.as_actor(users.authenticate(ctx, ADMIN, PASSWORD))


def main() -> None:
    from soum_desk.importers.letter_xlsx import letter_fields
    from soum_desk.services.letters import bulk
    from soum_desk.services.letters import imports as letters_import

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="soumdesk-letters-import-"))
    book = tmp / "register.xlsx"
    write_book(book, args.rows)
    read_ms, write_ms, floor_ms = [], [], []
    for run in range(args.runs):
        ctx = fresh_office(tmp / f"office{run}")
        started = time.perf_counter()
        preview = letters_import.import_preview(ctx, book)
        read_ms.append((time.perf_counter() - started) * 1000)
        with ctx.reading() as session:  # the same rows, as the floor writes them
            prepared = bulk.prepare(session, "bench", (letter_fields(r) for r in preview.new))
        started = time.perf_counter()
        done = letters_import.import_commit(ctx, preview)
        write_ms.append((time.perf_counter() - started) * 1000)
        assert done["imported"] == args.rows, done
        db = ctx.paths.sqlite_path
        ctx.dispose()
        assert db is not None
        floor_ctx = fresh_office(tmp / f"floor{run}")
        floor_db = floor_ctx.paths.sqlite_path
        floor_ctx.dispose()
        tuples = [tuple(bulk._plain(r[c], True) for c in bulk.COLUMNS) for r in prepared]
        conn = sqlite3.connect(str(floor_db))
        sql = f"INSERT INTO letter ({', '.join(bulk.COLUMNS)}) VALUES ({', '.join('?' * len(bulk.COLUMNS))})"
        started = time.perf_counter()
        with conn:
            conn.executemany(sql, tuples)
        floor_ms.append((time.perf_counter() - started) * 1000)
        conn.close()
    read, write, floor = (statistics.median(x) for x in (read_ms, write_ms, floor_ms))
    n = args.rows
    print(f"\n| {n:,} letters (median of {args.runs}) | ms | rows/s | ratio to the floor |\n|---|---:|---:|---:|")
    print(f"| floor: bare sqlite3 executemany of the same tuples | {floor:.0f} | {n / floor * 1000:,.0f} | 1.00 |")
    print(f"| import_commit (write) | {write:.0f} | {n / write * 1000:,.0f} | {floor / write:.2f}× |")
    print(f"| import_preview (read + check) | {read:.0f} | {n / read * 1000:,.0f} | |")
    print(f"| end to end (read + write) | {read + write:.0f} | {n / (read + write) * 1000:,.0f} | "
          f"{floor / (read + write):.2f}× |")
    print(f"({datetime.now():%Y-%m-%d %H:%M})")


if __name__ == "__main__":
    main()
