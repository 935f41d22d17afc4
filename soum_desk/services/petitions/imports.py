"""Importing a legacy petitions register: preview first, then one transaction.

Each imported row gets an `import_key` (year, registration number, received
date), so importing the same file again adds nothing. Cancelling rolls the
whole import back: nothing is written. A row whose bag the office has not registered is a
row error; the preview also lists those bags with their row counts, and a commit with
`add_missing=True` (the clerk confirmed once) registers them and imports those rows too.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from soum_desk.db.models import Bag, Petition
from soum_desk.domain.roles import Permission
from soum_desk.importers.petition_xlsx import ParsedRow, read_register
from soum_desk.importers.shape import ParsedFile, RowProblem
from soum_desk.services.core import audit, backup, office
from soum_desk.services.core.context import AppContext
from soum_desk.services.core.existing import existing
from soum_desk.services.core.importing import (
    ImportPreview,
    collector_paused,
    missing_names,
    written_as_previewed,
)
from soum_desk.services.petitions import bulk as petitions_bulk
from soum_desk.services.petitions import import_rows

Progress = Callable[[int, int], bool]


@dataclass
class PetitionImportPreview(ImportPreview[ParsedRow]):
    """The core preview, with each row's import key as the preview worked it out (for the commit)."""

    keys: dict[int, str] = field(default_factory=dict, repr=False)  # id(row) → key; the rows live with it

    def key(self, row: ParsedRow) -> str:
        return self.keys.get(id(row)) or import_key(row)


def import_key(row: ParsedRow) -> str:
    v = row.values
    raw = f"{v['received'].year}|{v['reg_no']}|{v['received'].isoformat()}"
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def import_preview(ctx: AppContext, path: str | Path) -> PetitionImportPreview:
    """Read the file and sort its rows into new, already imported and wrong ones. Writes nothing."""
    ctx.require(Permission.WRITE)
    with collector_paused():
        return _preview(ctx, read_register(path))


def _preview(ctx: AppContext, parsed: ParsedFile[ParsedRow]) -> PetitionImportPreview:
    keys = [import_key(r) for r in parsed.rows]
    result = PetitionImportPreview(parsed, problems=list(parsed.problems),
                                   keys={id(row): key for row, key in zip(parsed.rows, keys, strict=True)})
    with ctx.reading() as session:
        bags = {name for (name,) in session.execute(select(Bag.name))}
        known = {key for (key,) in existing(session, Petition, ["import_key"], {(k,) for k in keys})}
        taken = existing(session, Petition, ["year", "reg_no"],
                         {(r.values["received"].year, r.values["reg_no"]) for r in parsed.rows})
    first_row: dict[tuple[int, str], ParsedRow] = {}
    unknown: list[str] = []
    for row, key in zip(parsed.rows, keys, strict=True):
        v = row.values
        number = (v["received"].year, v["reg_no"])
        if number in first_row:  # the database would refuse the second at commit: a row error now
            result.problems.append(same_number_twice(row, first_row[number], parsed.path.name))
            continue
        first_row[number] = row
        if key in known:
            result.duplicates.append(row)
            continue
        if number in taken:
            result.problems.append(RowProblem(row.sheet, row.row, "Бүртгэлийн дугаар",
                                          f"{v['reg_no']} дугаар {v['received'].year} онд өөр өргөдөлд олгогдсон",
                                          f"number {v['reg_no']} is already used in {v['received'].year}"))
            continue
        if v.get("bag") and v["bag"] not in bags:
            result.problems.append(unknown_bag(row))
            result.waiting.append(row)
            unknown.append(v["bag"])
            continue
        result.new.append(row)
    result.problems.sort(key=lambda e: (e.sheet, e.row or 0))
    result.missing = missing_names("bag", unknown)
    return result


def same_number_twice(row: ParsedRow, first: ParsedRow, file: str) -> RowProblem:
    """The later of two rows with one registration number in one year; both named, neither guessed at."""
    number, year = row.values["reg_no"], row.values["received"].year
    return RowProblem(row.sheet, row.row, "Бүртгэлийн дугаар",
                      f"{year} оны {number} дугаар энэ файлд давхардсан: {file}, {first.sheet}, мөр {first.row} ба "
                      f"мөр {row.row}. Аль нэгийн дугаарыг засаад дахин оруулна уу (эхнийх нь орно).",
                      f"number {number} of {year} appears twice in this file: {file}, {first.sheet}, row {first.row} "
                      f"and row {row.row}. Correct one of the numbers and import again (the first is imported).")


def unknown_bag(row: ParsedRow) -> RowProblem:
    """Worded the same on every row so that a missing bag is listed once, with the fix."""
    bag = row.values["bag"]
    return RowProblem(row.sheet, row.row, "Баг",
                      f"«{bag}» баг бүртгэлгүй. «Дутуу багуудыг бүртгэх»-ийг сонгож эсвэл Тохиргоо → «Баг, нэгж»-д "
                      "бүртгээд оруулна уу.",
                      f"bag «{bag}» is not registered. Choose «Register the missing bags», or add it in Settings → "
                      "«Bags and units», then import.")


def import_commit(ctx: AppContext, prepared: PetitionImportPreview, progress: Progress | None = None, *,
                  add_missing: bool = False) -> dict:
    """Write the preview's new rows in one transaction (the driver's executemany on tuples); audited once.

    With `add_missing` the bags the preview found missing are registered first, in the same
    transaction (audited apart), and the rows waiting for them are written too."""
    actor = ctx.require(Permission.WRITE)
    adding = add_missing and bool(prepared.missing)
    chosen = prepared.new + prepared.waiting if adding else prepared.new
    total = len(chosen)
    backup.backup_before(ctx, "pre-import")  # README: every import makes a backup first
    with collector_paused(), written_as_previewed(prepared.path.name), ctx.transaction() as session:
        added = office.add_names_in(session, actor, Bag, [m.name for m in prepared.missing], "office.bags",
                                    prepared.path.name) if adding else []
        first = petitions_bulk.first_free_id(session)
        petitions, people = import_rows.build(session, chosen, first, prepared.key)

        def step(done: int) -> bool:
            return progress is None or progress(done, total)

        petitions_bulk.write_tuples(session, import_rows.COLUMNS, petitions, people, step)
        ids = [first, first + total - 1] if total else []
        audit.record(session, actor, "petition.import", "petition", None,
                     after={**prepared.summary(), "imported": total, "bags_added": added, "ids": ids})
    return {**prepared.summary(), "imported": total, "bags_added": added}
