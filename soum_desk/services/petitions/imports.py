"""Importing a legacy petitions register: preview first, then one transaction.

Each imported row gets an `import_key` (year, registration number, received
date), so importing the same file again adds nothing. Cancelling rolls the
whole import back: nothing is written. A row whose bag the office has not registered is a
row error; the preview also lists those bags with their row counts, and a commit with
`add_missing=True` (the clerk confirmed once) registers them and imports those rows too.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select, tuple_

from soum_desk.db.models import Bag, Petition
from soum_desk.domain.petition_deadlines import due_date, seq_from_reg_no
from soum_desk.domain.roles import Permission
from soum_desk.importers.petition_xlsx import ParsedRow, read_register
from soum_desk.importers.shape import RowProblem
from soum_desk.services.core import audit, backup, office
from soum_desk.services.core.context import AppContext
from soum_desk.services.core.importing import ImportPreview, missing_names, written_as_previewed
from soum_desk.services.petitions import bulk as petitions_bulk
from soum_desk.services.petitions.common import official_for, rules

Progress = Callable[[int, int], bool]


PetitionImportPreview = ImportPreview[ParsedRow]


def import_key(row: ParsedRow) -> str:
    v = row.values
    raw = f"{v['received'].year}|{v['reg_no']}|{v['received'].isoformat()}"
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def import_preview(ctx: AppContext, path: str | Path) -> PetitionImportPreview:
    """Read the file and sort its rows into new, already imported and wrong ones. Writes nothing."""
    ctx.require(Permission.WRITE)
    parsed = read_register(path)
    result: PetitionImportPreview = ImportPreview(parsed, problems=list(parsed.problems))
    with ctx.reading() as session:
        bags = {name for (name,) in session.execute(select(Bag.name))}
        keys = [import_key(r) for r in parsed.rows]
        known: set[str] = set()
        for start in range(0, len(keys), 500):
            known |= set(session.scalars(select(Petition.import_key)
                                         .where(Petition.import_key.in_(keys[start:start + 500]))))
        pairs = {(r.values["received"].year, r.values["reg_no"]) for r in parsed.rows}
        taken: set[tuple[int, str]] = set()
        pair_list = list(pairs)
        for start in range(0, len(pair_list), 400):
            chunk = pair_list[start:start + 400]
            taken |= {(r[0], r[1]) for r in session.execute(select(Petition.year, Petition.reg_no)
                                         .where(tuple_(Petition.year, Petition.reg_no).in_(chunk))).all()}
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
    """Write the preview's new rows in one transaction (bulk Core inserts); audited once.

    With `add_missing` the bags the preview found missing are registered first, in the same
    transaction (audited apart), and the rows waiting for them are written too."""
    actor = ctx.require(Permission.WRITE)
    adding = add_missing and bool(prepared.missing)
    chosen = prepared.new + prepared.waiting if adding else prepared.new
    total = len(chosen)
    backup.backup_before(ctx, "pre-import")  # README: every import makes a backup first
    with written_as_previewed(prepared.path.name), ctx.transaction() as session:
        added = office.add_names_in(session, actor, Bag, [m.name for m in prepared.missing], "office.bags",
                                    prepared.path.name) if adding else []
        deadline = rules(session)
        bag_ids = dict((name, i) for i, name in session.execute(select(Bag.id, Bag.name)))
        officials: dict[str, tuple[int | None, str | None]] = {}
        now = datetime.now()

        def rows() -> Iterator[dict[str, Any]]:
            for parsed in chosen:
                v = parsed.values
                received = v["received"]
                source = "c1111" if v["channel"] == "c1111" else "direct"
                period = deadline.period_days(source=source, channel=v["channel"], kind=v["kind"])
                if v.get("official") and v["official"] not in officials:
                    officials[v["official"]] = official_for(session, v["official"])
                official_id, official_name = officials.get(v.get("official") or "", (None, None))
                closed = v.get("resolved_on") is not None
                person = None
                if v.get("name"):
                    person = {"name": v["name"], "register_no": v.get("register_no"), "phone": v.get("phone"),
                              "address": v.get("address"), "bag_id": bag_ids.get(v.get("bag") or "")}
                yield {"year": received.year, "seq": seq_from_reg_no(v["reg_no"]), "reg_no": v["reg_no"],
                       "received_at": datetime.combine(received, v["received_time"]), "received": received,
                       "channel": v["channel"], "kind": v["kind"], "source": source, "topic": v.get("topic"),
                       "bag_id": bag_ids.get(v.get("bag") or ""), "summary": v["summary"],
                       "official_user_id": official_id, "official_name": official_name,
                       "status": "resolved" if closed else ("assigned" if official_name else "registered"),
                       "period_days": period, "due": due_date(received, period),
                       "resolved_on": v.get("resolved_on"), "resolution": v.get("resolution") or
                       ("Шийдвэрлэсэн (хуучин бүртгэлээс)" if closed else None),
                       "anonymous": person is None, "import_key": import_key(parsed),
                       "created_at": now, "updated_at": now, "petitioner": person}

        def step(done: int) -> bool:
            return progress is None or progress(done, total)

        ids = petitions_bulk.insert_petitions(session, rows(), step)
        audit.record(session, actor, "petition.import", "petition", None,
                     after={**prepared.summary(), "imported": len(ids), "bags_added": added,
                            "ids": [ids[0], ids[-1]] if ids else []})
    return {**prepared.summary(), "imported": len(ids), "bags_added": added}
