"""Issue 19: structurally damaged plan, petition and letter tables — is any damage read silently?

A good table of each kind is damaged one way at a time — a blank key, a blank required cell, a
row shifted one column, a renamed column, a deleted key or required column (without an optional
column a file is another shape, read as such), a row duplicated at the end, a wrong declared
average — and previewed through the service (nothing is written). The preview of
each damaged file is compared with the good file's, row by row:

- `same`: read exactly as the good file (the damage changed nothing the importer keeps);
- `told`: read differently, and the preview has a new problem at the damaged row or the
  header, or the file is refused with a message;
- `elsewhere`: read differently, a new problem exists but at another row (a plan's blank percent
  is read as «not reported», as the file says; the file's own average row tells it);
- `silent`: read differently and not one new problem: a silent misread.

`sweep(ctx, folder)` returns one `Outcome` per variant; the test asserts no `silent` (and no
`elsewhere`); docs/reliability.md gives the figure.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from soum_desk.errors import UserError

Table = list[list[Any]]  # the header row first, then the body rows


@dataclass(frozen=True)
class Outcome:
    kind: str  # petitions | letters | plans
    damage: str  # e.g. «blank key, row 3»
    verdict: str  # same | told | elsewhere | silent


PETITIONS: Table = [
    ["Бүртгэлийн дугаар", "Хүлээн авсан огноо", "Овог нэр", "Утас", "Баг", "Суваг", "Төрөл", "Агуулга",
     "Хариуцсан албан тушаалтан", "Шийдвэрлэсэн огноо", "Шийдвэрлэлт"],
    *[[f"2024/{n:04d}", f"2024.0{1 + n % 8}.{10 + n:02d}", f"Б.Болд{n}", 99110000 + n, "1-р баг",
       ("Бичгээр", "Утсаар", "1111")[n % 3], ("Өргөдөл", "Гомдол")[n % 2], f"Газрын асуудал {n}",
       "Г.Ажилтан", f"2024.0{2 + n % 8}.{10 + n:02d}" if n % 2 else None, "Шийдвэрлэсэн" if n % 2 else None]
      for n in range(1, 7)],
]
PETITION_KEYS = {"key": 0, "required": (1, 5, 6, 7), "deletable": (0, 1, 5, 6, 7)}

LETTERS: Table = [
    ["Бүртгэлийн дугаар", "Огноо", "Байгууллага", "Товч агуулга", "Хуудас", "Хариу өгөх хугацаа",
     "Хариу өгсөн огноо", "Тэмдэглэл"],
    *[[n, f"2024.0{1 + n % 8}.{10 + n:02d}", f"Байгууллага {n}", f"Албан бичиг {n}", n,
       f"2024.0{2 + n % 8}.{10 + n:02d}", f"2024.0{2 + n % 8}.{5 + n:02d}" if n % 2 else None, f"Тэмдэглэл {n}"]
      for n in range(1, 7)],
]
LETTER_KEYS = {"key": 0, "required": (1, 2, 3)}  # the number may be blank (the next free one is given)

PLAN_HEADER = ["№", "Стратеги төлөвлөгөө болон бусад бодлогын баримт бичиг, арга хэмжээ", "Шалгуур үзүүлэлт",
               "Суурь түвшин", "Зорилтот түвшин", "Хугацаа /I-IV улирал/", "Хэрэгжилт", "Хувь"]
PLAN_PERCENTS = [100, 90, 80, 70, 60, 100]
PLANS: Table = [
    PLAN_HEADER,
    ["Зорилт 1.1 Иргэдэд үйлчилнэ"],
    *[[n, f"Арга хэмжээ {n} хэрэгжүүлэх", "Тоо", 1, 2, "IV улирал", f"Ажил {n} хийгдсэн", PLAN_PERCENTS[n - 1]]
      for n in range(1, 7)],
    [None, "Хэрэгжилтийн дундаж хувь", None, None, None, None, None, "83,3 хувь"],
]
PLAN_TITLE = "СУМЫН ЗДТГ-ЫН 2024 ОНЫ ЖИЛИЙН ЭЦСИЙН ГҮЙЦЭТГЭЛИЙН ТАЙЛАН"


def write(path: Path, table: Table, title: str | None) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Хүснэгт"
    if title:
        ws.append([title])
    for row in table:
        ws.append(row)
    wb.save(path)
    return path


def damages(table: Table, keys: dict, *, plan: bool = False) -> Iterator[tuple[str, int | None, Table]]:
    """(what, the damaged row's index in `table` or None for the header, the damaged table)."""
    body = [i for i in range(1, len(table)) if len(table[i]) > 2]  # measures / register rows, not headings
    last = body[-1]
    for i in body:
        yield f"blank key, row {i}", i, _set(table, i, keys["key"], None)
        for col in keys["required"]:
            yield f"blank «{table[0][col]}», row {i}", i, _set(table, i, col, None)
        yield f"row {i} shifted one column right", i, [*table[:i], [None, *table[i]], *table[i + 1:]]
        yield f"row {i} shifted one column left", i, [*table[:i], table[i][1:], *table[i + 1:]]
        yield f"row {i} duplicated at the end", last + 1, [*table[:last + 1], list(table[i]), *table[last + 1:]]
    for col, title in enumerate(table[0]):
        yield f"«{title}» renamed", 0, _set(table, 0, col, f"{title} (хуучин)")
        if col in keys.get("deletable", keys["required"]):  # without an optional column a file is another shape
            yield f"«{title}» deleted", 0, [row[:col] + row[col + 1:] for row in table]
    if plan:
        yield "declared average changed", len(table) - 1, _set(table, len(table) - 1, 7, "95 хувь")


def _set(table: Table, row: int, col: int, value: Any) -> Table:
    out = [list(r) for r in table]
    out[row] = [*out[row], *[None] * (col + 1 - len(out[row]))]
    out[row][col] = value
    return out


Reader = Callable[[Path], tuple[dict[int, Any], list[tuple[int | None, str]]]]


def _petitions(ctx: Any) -> Reader:
    from soum_desk.services.petitions import imports as petitions_import

    def read(path: Path) -> tuple[dict[int, Any], list[tuple[int | None, str]]]:
        preview = petitions_import.import_preview(ctx, path)
        rows = {r.row: r.values for r in preview.new + preview.duplicates}
        return rows, [(p.row, p.en) for p in preview.problems]
    return read


def _letters(ctx: Any) -> Reader:
    from soum_desk.services.letters import imports as letters_import

    def read(path: Path) -> tuple[dict[int, Any], list[tuple[int | None, str]]]:
        preview = letters_import.import_preview(ctx, path, direction="in")
        rows = {r["row"]: {k: v for k, v in r.items() if k not in ("sheet", "row")}
                for r in preview.new + preview.duplicates}
        return rows, [(p.row, p.en) for p in preview.problems]
    return read


def _plans(ctx: Any) -> Reader:
    from soum_desk.services.plans import imports as plans_io

    def read(path: Path) -> tuple[dict[int, Any], list[tuple[int | None, str]]]:
        preview = plans_io.import_preview(ctx, path)
        rows = {m.row: (m.number, m.text, m.indicator, m.baseline, m.target_text, m.timing_text, m.narrative,
                        m.percent) for m in preview.plan.measures}
        return rows, [(p.row, p.en) for p in preview.problems]
    return read


def _verdict(read: Reader, good: tuple, path: Path, damaged_row: int | None) -> str:
    try:
        rows, problems = read(path)
    except UserError:
        return "told"  # refused with the app's message
    if rows == good[0]:
        return "same"
    new = [p for p in problems if p not in good[1]]
    if not new:
        return "silent"
    return "told" if any(row in (damaged_row, None) or row == HEADER_ROW for row, _ in new) else "elsewhere"


HEADER_ROW = -1  # set per file by `sweep`: the header's row number in the workbook


def sweep(ctx: Any, folder: Path) -> list[Outcome]:
    """Every damage of every kind, previewed; one outcome each."""
    global HEADER_ROW
    outcomes = []
    for kind, table, keys, reader, title in (("petitions", PETITIONS, PETITION_KEYS, _petitions(ctx), None),
                                             ("letters", LETTERS, LETTER_KEYS, _letters(ctx), None),
                                             ("plans", PLANS, {"key": 0, "required": (1, 7)}, _plans(ctx),
                                              PLAN_TITLE)):
        offset = 2 if title else 1  # the table's index 0 is this workbook row
        HEADER_ROW = offset
        good = reader(write(folder / f"{kind}.xlsx", table, title))
        assert good[0], f"the good {kind} table reads no rows"
        for n, (what, row, damaged) in enumerate(damages(table, keys, plan=kind == "plans")):
            path = write(folder / f"{kind}-{n}.xlsx", damaged, title)
            outcomes.append(Outcome(kind, what, _verdict(reader, good, path,
                                                         None if row is None else row + offset)))
    return outcomes
