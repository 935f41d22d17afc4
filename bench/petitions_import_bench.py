"""The petitions register import at 20,000 rows, beside its floors (issue 18).

    .venv/bin/python -m bench.petitions_import_bench [--rows 20000] [--runs 3]

A register workbook of `--rows` petitions (the 13 columns of a legacy register, Excel dates, a name
and phone on most rows) is written with openpyxl, then each run:

- reads its cells as the importer does (`value_book.open_values`: the archive/XML safety checks,
  then calamine, every row as openpyxl-like values) beside the reading floor, python-calamine alone
  turning every sheet into Python values (`to_python`); and reads the register whole
  (`petition_xlsx.read_register`: those cells, every row parsed and checked);
- imports it into a fresh migrated office end to end (`import_preview` + `import_commit`: backup,
  bulk insert, search index, one audit entry) beside the writing floor, bare `sqlite3.executemany`
  of the same petition and petitioner rows as plain tuples into a fresh migrated database with all
  its indexes, in one transaction (the search index not filled: the floor does less than the import).
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


def fresh_office(folder: Path):  # noqa: ANN201
    from soum_desk.config import resolve_paths
    from soum_desk.services.core import office, users
    from soum_desk.services.core.startup import open_context

    ctx = open_context(resolve_paths(folder))
    office.initialise(ctx, aimag_code="MN-049", soum_name="Бенч", office_name="Бенч сумын ЗДТГ",
                      admin_username=ADMIN, admin_password=PASSWORD)
    return ctx.as_actor(users.authenticate(ctx, ADMIN, PASSWORD))


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
    """The dicts `import_commit` hands to the bulk insert, captured once (rolled back)."""
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
    read_ms, calamine_ms, cells_ms, total_ms, floor_ms = [], [], [], [], []
    for run in range(args.runs):
        started = time.perf_counter()
        parsed = read_register(book)
        read_ms.append((time.perf_counter() - started) * 1000)
        assert len(parsed.rows) == args.rows and not parsed.errors, (len(parsed.rows), parsed.errors[:3])
        started = time.perf_counter()
        calamine_floor(book)
        calamine_ms.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        cells_read(book)
        cells_ms.append((time.perf_counter() - started) * 1000)

        ctx = fresh_office(tmp / f"office{run}")
        started = time.perf_counter()
        preview = petitions_import.import_preview(ctx, book)
        done = petitions_import.import_commit(ctx, preview)
        total_ms.append((time.perf_counter() - started) * 1000)
        assert done["imported"] == args.rows, done
        ctx.dispose()

        floor_ctx = fresh_office(tmp / f"floor{run}")
        rows = captured_rows(floor_ctx, petitions_import.import_preview(floor_ctx, book))
        floor_db = floor_ctx.paths.sqlite_path
        floor_ctx.dispose()
        assert floor_db is not None
        columns, petitions, person_columns, people = plain_rows(rows)
        conn = sqlite3.connect(str(floor_db))
        started = time.perf_counter()
        with conn:
            conn.executemany(f"INSERT INTO petition ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                             petitions)
            conn.executemany(f"INSERT INTO petitioner ({', '.join(person_columns)}) "
                             f"VALUES ({', '.join('?' * len(person_columns))})", people)
        floor_ms.append((time.perf_counter() - started) * 1000)
        conn.close()
    read, calamine, cells, total, floor = (statistics.median(x) for x in (read_ms, calamine_ms, cells_ms, total_ms,
                                                                            floor_ms))
    n = args.rows
    print(f"\n| {n:,} petitions (median of {args.runs}) | ms | rows/s | ratio |\n|---|---:|---:|---:|")
    print(f"| reading floor: python-calamine `to_python` of every sheet | {calamine:.0f} | {n / calamine * 1000:,.0f} | |")
    print(f"| SoumDesk reading the cells (safety checks + calamine + values) | {cells:.0f} | "
          f"{n / cells * 1000:,.0f} | {cells / calamine:.2f}× the floor's time |")
    print(f"| read_register (checks + cells + every row parsed) | {read:.0f} | {n / read * 1000:,.0f} | "
          f"{read / calamine:.2f}× the floor's time |")
    print(f"| writing floor: bare sqlite3 executemany, same rows, all indexes | {floor:.0f} | {n / floor * 1000:,.0f} | |")
    print(f"| end to end: import_preview + import_commit | {total:.0f} | {n / total * 1000:,.0f} | "
          f"{floor / total:.2f}× the floor's rows/s |")
    print(f"({datetime.now():%Y-%m-%d %H:%M})")


if __name__ == "__main__":
    main()
