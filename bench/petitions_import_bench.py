"""The petitions register import at 20,000 rows, beside its floors (issue 18).

    .venv/bin/python -m bench.petitions_import_bench [--rows 20000] [--runs 3]

A register workbook of `--rows` petitions (the 13 columns of a legacy register, Excel dates, a name
and phone on most rows) is written with openpyxl, then each run:

- reads its cells as the importer does (`value_book.open_values`: the archive/XML safety checks,
  then calamine, every row as openpyxl-like values) beside the reading floor, python-calamine alone
  turning every sheet into Python values (`to_python`); and reads the register whole
  (`petition_xlsx.read_register`: those cells, every row parsed and checked);
- imports it into a fresh migrated office end to end (`import_preview` + `import_commit`: backup,
  bulk insert, search index, one audit entry) beside two floors: bare `sqlite3.executemany` of the
  very petition and petitioner tuples the import writes into a copy of a fresh migrated database
  with all its indexes, in one transaction (the search index not filled: the floor does less than
  the import); and the end-to-end floor, python-calamine reading the file then that executemany.
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

from bench.bench_office import fresh_office

HEADER = ["Бүртгэлийн дугаар", "Хүлээн авсан огноо", "Овог нэр", "Регистрийн дугаар", "Утас", "Хаяг", "Баг",
          "Суваг", "Төрөл", "Сэдэв", "Агуулга", "Хариуцсан албан тушаалтан", "Шийдвэрлэсэн огноо", "Шийдвэрлэлт"]
CHANNELS = ["Бичгээр", "Биечлэн", "Утсаар", "1111"]
KINDS = ["Өргөдөл", "Гомдол", "Санал", "Талархал"]
SUMMARIES = ["Газар эзэмших хүсэлт", "Гомдол: ус түгээх цаг", "Малын тооллогын тухай", "Тэтгэмж авах хүсэлт",
             "Зам засварын санал", "Сургуулийн дотуур байрны тухай"]
NAMES = ["Б.Болд", "Д.Сараа", "Г.Ганбат", "Н.Нэргүй", "Ц.Цэцэг", "О.Оюун"]
LETTERS = "АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЭЮЯ"


def write_book(path: Path, rows: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Бүртгэл")
    ws.append(["Бенч сумын ЗДТГ — өргөдөл, гомдлын бүртгэл"])
    ws.append(HEADER)
    start = datetime(2020, 1, 1, 9, 0)
    per_year: dict[int, int] = {}
    for i in range(rows):
        received = start + timedelta(days=i * 1800 // rows, minutes=rng.randrange(480))
        seq = per_year[received.year] = per_year.get(received.year, 0) + 1
        resolved = received.date() + timedelta(days=rng.randrange(1, 25)) if rng.random() < 0.8 else None
        named = rng.random() < 0.85
        register = (f"{rng.choice(LETTERS)}{rng.choice(LETTERS)}{rng.randrange(10**7, 10**8)}"
                    if named and rng.random() < 0.6 else None)
        ws.append([str(seq), received, rng.choice(NAMES) if named else None, register,
                   rng.randrange(88000000, 99999999) if named else None, f"{rng.randrange(1, 9)}-р хэсэг",
                   None, rng.choice(CHANNELS), rng.choice(KINDS), None, rng.choice(SUMMARIES),
                   "Г.Ажилтан" if rng.random() < 0.7 else None, resolved,
                   "Шийдвэрлэсэн" if resolved else None])
    wb.save(path)




def calamine_floor(path: Path) -> int:
    import python_calamine

    book = python_calamine.CalamineWorkbook.from_path(str(path))
    cells = 0
    for name in book.sheet_names:
        cells += sum(len(r) for r in book.get_sheet_by_name(name).to_python(skip_empty_area=False))
    return cells


def cells_read(path: Path) -> int:
    try:
        from soum_desk.importers.value_book import open_values, sheet_rows
    except ImportError:  # a tree before issue 18's calamine reader, for before/after figures
        from soum_desk.importers.safe_workbook import open_workbook as open_values
        from soum_desk.importers.safe_workbook import rows as sheet_rows

    with open_values(path) as book:
        return sum(len(row) for sheet in book.worksheets for row in sheet_rows(sheet, path.name))


def plain_rows(rows: list[dict]) -> tuple[list[str], list[tuple], list[str], list[tuple]]:
    """The import's own rows as tuples for the floor: petition columns, then petitioner columns."""
    petitions, people = [], []
    defaults = {"extension_days": 0, **{k: None for k in ("source_ref", "extension_reason", "extended_by",
                                                          "extended_at", "answer_method", "forwarded_to")}}
    rows = [{**defaults, **r} for r in rows]
    columns = [c for c in rows[0] if c != "petitioner"]
    person_columns = ["petition_id", "name", "register_no", "phone", "address", "bag_id"]
    for number, row in enumerate(rows, start=1):
        petitions.append(tuple(_plain(row[c]) for c in columns))
        if person := row["petitioner"]:
            people.append((number, *(person.get(c) for c in person_columns[1:])))
    return ["id", *columns], [(i + 1, *t) for i, t in enumerate(petitions)], person_columns, people


def _plain(value: object) -> object:
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return value


def captured_rows(ctx, preview) -> list[dict]:  # noqa: ANN001
    """The dicts `import_commit` hands to the bulk insert, captured once (rolled back): trees before
    the commit built tuples (kept for before/after figures)."""
    from soum_desk.services.petitions import bulk, imports

    seen: list[dict] = []
    real = bulk.insert_petitions

    def capture(conn, rows, progress=None):  # noqa: ANN001, ANN202
        seen.extend(dict(r) for r in rows)
        raise InterruptedError("captured")

    imports.petitions_bulk.insert_petitions = capture
    try:
        imports.import_commit(ctx, preview)
    except InterruptedError:
        pass
    finally:
        imports.petitions_bulk.insert_petitions = real
    return seen


def captured_tuples(ctx, preview) -> tuple[list[str], list[tuple], list[str], list[tuple]]:  # noqa: ANN001
    """The very tuples `import_commit` writes (petition columns and rows, petitioner columns and rows)."""
    from soum_desk.services.petitions import bulk, imports

    if not hasattr(bulk, "write_tuples"):
        return plain_rows(captured_rows(ctx, preview))
    seen: list = []
    real = bulk.write_tuples

    def capture(conn, columns, petitions, people, progress=None):  # noqa: ANN001, ANN202
        seen.extend([list(columns), list(petitions), list(bulk.PETITIONER_COLUMNS), list(people)])
        raise InterruptedError("captured")

    bulk.write_tuples = capture
    try:
        imports.import_commit(ctx, preview)
    except InterruptedError:
        pass
    finally:
        bulk.write_tuples = real
    return seen[0], seen[1], seen[2], seen[3]


def copy_db(source: Path, target: Path) -> None:
    with sqlite3.connect(str(source)) as src, sqlite3.connect(str(target)) as dst:
        src.backup(dst)
    src.close()
    dst.close()


def executemany(db: Path, rows: tuple[list[str], list[tuple], list[str], list[tuple]]) -> None:
    """The writing floor: the rows as plain tuples into the database, one transaction, every index."""
    columns, petitions, person_columns, people = rows
    conn = sqlite3.connect(str(db))
    with conn:
        conn.executemany(f"INSERT INTO petition ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                         petitions)
        conn.executemany(f"INSERT INTO petitioner ({', '.join(person_columns)}) "
                         f"VALUES ({', '.join('?' * len(person_columns))})", people)
    conn.close()


def timed(figures: list[float], work, *args):  # noqa: ANN001, ANN201
    """`work(*args)`, its time in ms appended to `figures`; returns what it returned."""
    started = time.perf_counter()
    result = work(*args)
    figures.append((time.perf_counter() - started) * 1000)
    return result


def both_floors(book: Path, db: Path, rows: tuple) -> None:  # noqa: ANN001
    calamine_floor(book)
    executemany(db, rows)


def end_to_end(ctx, book: Path) -> dict:  # noqa: ANN001
    from soum_desk.services.petitions import imports as petitions_import

    return petitions_import.import_commit(ctx, petitions_import.import_preview(ctx, book))


def main() -> None:
    from soum_desk.importers.petition_xlsx import read_register
    from soum_desk.services.petitions import imports as petitions_import

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="soumdesk-petitions-import-"))
    book = tmp / "register.xlsx"
    write_book(book, args.rows)
    base_ctx = fresh_office(tmp / "base")
    rows = captured_tuples(base_ctx, petitions_import.import_preview(base_ctx, book))
    base_db = base_ctx.paths.sqlite_path
    base_ctx.dispose()
    assert base_db is not None and len(rows[1]) == args.rows
    figures: dict[str, list[float]] = {k: [] for k in ("calamine", "cells", "read", "floor", "both", "total")}
    for run in range(args.runs):  # floors and ours in turn, so that a neighbour's load falls on both
        timed(figures["calamine"], calamine_floor, book)
        timed(figures["cells"], cells_read, book)
        parsed = timed(figures["read"], read_register, book)
        assert len(parsed.rows) == args.rows and not parsed.errors, (len(parsed.rows), parsed.errors[:3])
        copy_db(base_db, tmp / f"floor{run}.db")
        timed(figures["floor"], executemany, tmp / f"floor{run}.db", rows)
        copy_db(base_db, tmp / f"both{run}.db")
        timed(figures["both"], both_floors, book, tmp / f"both{run}.db", rows)
        ctx = fresh_office(tmp / f"office{run}")
        done = timed(figures["total"], end_to_end, ctx, book)
        assert done["imported"] == args.rows, done
        ctx.dispose()
    calamine, cells, read, floor, both, total = (statistics.median(figures[k]) for k in figures)
    n = args.rows
    print(f"\n| {n:,} petitions (median of {args.runs}) | ms | rows/s | ratio |\n|---|---:|---:|---:|")
    print(f"| reading floor: python-calamine `to_python` of every sheet | {calamine:.0f} | {n / calamine * 1000:,.0f} | |")
    print(f"| SoumDesk reading the cells (safety checks + calamine + values) | {cells:.0f} | "
          f"{n / cells * 1000:,.0f} | {cells / calamine:.2f}× the floor's time |")
    print(f"| read_register (checks + cells + every row parsed) | {read:.0f} | {n / read * 1000:,.0f} | "
          f"{read / calamine:.2f}× the floor's time |")
    print(f"| writing floor: bare sqlite3 executemany, same rows, all indexes | {floor:.0f} | {n / floor * 1000:,.0f} | |")
    print(f"| end-to-end floor: python-calamine reading the file + that executemany | {both:.0f} | "
          f"{n / both * 1000:,.0f} | |")
    print(f"| end to end: import_preview + import_commit | {total:.0f} | {n / total * 1000:,.0f} | "
          f"{floor / total:.2f}× the executemany floor's rows/s, {both / total:.2f}× calamine + executemany's |")
    for key, values in figures.items():
        print(f"  {key}: " + ", ".join(f"{v:.0f}" for v in values))
    paired = {"reading ÷ calamine": [c / f for c, f in zip(figures["cells"], figures["calamine"], strict=True)],
              "executemany ÷ end to end": [f / t for f, t in zip(figures["floor"], figures["total"], strict=True)],
              "calamine + executemany ÷ end to end": [b / t for b, t in zip(figures["both"], figures["total"],
                                                                            strict=True)]}
    for name, ratios in paired.items():  # each run's figure over its own floor, measured next to it
        print(f"  per run, {name}: " + ", ".join(f"{r:.2f}" for r in ratios) + f" (median {statistics.median(ratios):.2f})")
    print(f"({datetime.now():%Y-%m-%d %H:%M})")


if __name__ == "__main__":
    main()
