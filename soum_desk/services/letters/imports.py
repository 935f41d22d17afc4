"""Importing a legacy letters register: preview first, then one transaction.

`import_preview` reads the file (`importers/letter_xlsx.py`, pure) and sorts its good
rows into new ones and duplicates; `import_commit` registers the new ones in one
transaction through `bulk.py` (executemany) with one audit entry (a cancel writes nothing). A letter already
registered (same direction, year and number) is a duplicate, and so is a row without a
number whose day, organisation and subject are registered, so a file can be imported
twice without duplicates.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlalchemy import select

from soum_desk.db.models import Letter
from soum_desk.domain.roles import Permission
from soum_desk.errors import UserError
from soum_desk.importers.letter_xlsx import ParsedLetter, read_register, where
from soum_desk.importers.shape import RowProblem
from soum_desk.services.core import audit, backup
from soum_desk.services.core.context import AppContext
from soum_desk.services.core.importing import ImportPreview, written_as_previewed
from soum_desk.services.letters import bulk as letters_bulk

Progress = Callable[[int, int], bool]
LetterPreview = ImportPreview[ParsedLetter]
ContentKey = tuple[str, date, str, str]


def _content_key(direction: str, reg_date: date, counterpart: str, subject: str) -> ContentKey:
    return direction, reg_date, counterpart.casefold(), subject.casefold()


def _counts(rows: list[ParsedLetter]) -> dict[str, int]:
    return {"incoming": sum(r["direction"] == "in" for r in rows),
            "outgoing": sum(r["direction"] == "out" for r in rows)}


def import_preview(ctx: AppContext, path: str | Path, *, direction: str | None = None,
                   progress: Progress | None = None) -> LetterPreview:
    """Read and check the file, and find the rows already registered; nothing is written."""
    ctx.require(Permission.WRITE)
    parsed = read_register(path, direction=direction, progress=progress)
    result = ImportPreview(parsed, problems=list(parsed.problems))
    with ctx.reading() as session:
        existing = letters_bulk.registered(session, {row["reg_date"].year for row in parsed.rows})
    first_row: dict[tuple[str, int, str | None], ParsedLetter] = {}
    numbered: list[ParsedLetter] = []
    for row in parsed.rows:
        key = (row["direction"], row["reg_date"].year, row["reg_no"])
        if row["reg_no"] and key in first_row:  # one number twice in the file: which letter it is, is unknown
            result.problems.append(same_number_twice(row, first_row[key], parsed.path.name))
            continue
        first_row.setdefault(key, row)
        if row["reg_no"] and key in existing:
            result.duplicates.append(row)
            continue
        numbered.append(row)
    result.new = _drop_unnumbered_duplicates(ctx, numbered, result.duplicates)
    result.new.sort(key=lambda r: (r["reg_date"], r["direction"]))
    result.counts = _counts(result.new)
    return result


def same_number_twice(row: ParsedLetter, first: ParsedLetter, file: str) -> RowProblem:
    """The later of two rows with one number (same direction and year); both rows named."""
    kind_mn, kind_en = ("ирсэн", "incoming") if row["direction"] == "in" else ("явсан", "outgoing")
    number, year = row["reg_no"], row["reg_date"].year
    return RowProblem(row["sheet"], row["row"], "Бүртгэлийн дугаар",
                      f"{year} оны {kind_mn} бичгийн {number} дугаар энэ файлд давхардсан: {file}, {where(first)} ба "
                      f"{where(row)}. Аль нэгийн дугаарыг засаад дахин оруулна уу (эхнийх нь орно).",
                      f"{kind_en} number {number} of {year} appears twice in this file: {file}, {first['sheet']}, "
                      f"row {first['row']} and {row['sheet']}, row {row['row']}. Correct one of the numbers and "
                      "import again (the first is imported).")


def _drop_unnumbered_duplicates(ctx: AppContext, rows: list[ParsedLetter],
                                duplicates: list[ParsedLetter]) -> list[ParsedLetter]:
    """Rows without a number are duplicates when the same day, organisation and subject is registered."""
    unnumbered = [r for r in rows if not r["reg_no"]]
    if not unnumbered:
        return rows
    first, last = min(r["reg_date"] for r in unnumbered), max(r["reg_date"] for r in unnumbered)
    with ctx.reading() as session:
        known = {_content_key(*row) for row in session.execute(
            select(Letter.direction, Letter.reg_date, Letter.counterpart, Letter.subject)
            .where(Letter.reg_date >= first, Letter.reg_date <= last))}
    kept = []
    for row in rows:
        key = _content_key(row["direction"], row["reg_date"], row["counterpart"], row["subject"])
        if not row["reg_no"] and key in known:
            duplicates.append(row)
            continue
        known.add(key)
        kept.append(row)
    return kept


def import_commit(ctx: AppContext, preview: LetterPreview, progress: Progress | None = None) -> dict[str, object]:
    """Register the preview's new rows in one transaction, audited once; cancelling writes nothing."""
    actor = ctx.require(Permission.WRITE)
    total = len(preview.new)
    summary = {**preview.summary(), "file": preview.path.name}
    backup.backup_before(ctx, "pre-import")  # README: every import makes a backup first
    rows = preview.new

    def keep_going(done: int) -> bool:
        return progress is None or progress(done, total)

    with written_as_previewed(preview.path.name), ctx.transaction() as session:
        # one bulk path (issue 18): checked and numbered as one letter is, written with executemany
        prepared = letters_bulk.prepare(session, actor.username if actor else None, rows,
                                        locate=lambda i: f"{preview.path.name}, {where(rows[i])}")
        try:
            letters_bulk.insert_letters(session, prepared, progress=keep_going)
        except InterruptedError:
            raise UserError("Импортыг цуцаллаа; юу ч бичигдээгүй.", "Import cancelled; nothing was written.") from None
        audit.record(session, actor, "letters.import", "file", preview.path.name,
                     after={"sha256": preview.parsed.sha256, **summary, "imported_at": date.today()})
    return {**summary, "imported": total}
