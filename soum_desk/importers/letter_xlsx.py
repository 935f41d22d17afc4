"""Import a legacy letters register from XLSX.

Columns are found by their Mongolian names, in any order, on the first rows of
each sheet. `preview` reads and checks everything without writing; `commit`
writes the good rows in one transaction (a cancel writes nothing). A letter
already registered (same direction, year and number) is skipped, so a file can
be imported twice without duplicates.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import chain, islice
from pathlib import Path

from sqlalchemy import select

from soum_desk.db.models import Letter
from soum_desk.domain.formatting import parse_date
from soum_desk.domain.roles import Permission
from soum_desk.errors import SoumDeskError, UserError, ValidationError
from soum_desk.importers.safe_workbook import (
    MAX_ROW_ERRORS,
    excel_error,
    merged_down,
    open_workbook,
    too_many_errors,
)
from soum_desk.importers.safe_workbook import rows as sheet_rows
from soum_desk.services.core import audit
from soum_desk.services.core.context import AppContext
from soum_desk.services.letters.actions import MAX_PAGES, register_in

Progress = Callable[[int, int], bool]

# field → accepted column titles (casefolded, spaces collapsed)
COLUMNS: dict[str, tuple[str, ...]] = {
    "direction": ("чиглэл", "ирсэн/явсан", "төрөл"),
    "reg_no": ("бүртгэлийн дугаар", "дугаар", "бүртгэлийн №", "№ дугаар"),
    "reg_date": ("огноо", "бүртгэсэн огноо", "бүртгэлийн огноо", "ирсэн огноо", "явуулсан огноо"),
    "counterpart": ("байгууллага", "ирүүлсэн байгууллага", "хаанаас", "хэнээс", "хэнд", "хаана",
                    "илгээсэн байгууллага", "хүлээн авах байгууллага"),
    "their_ref": ("тэдний дугаар", "албан бичгийн дугаар", "ирсэн бичгийн дугаар"),
    "their_date": ("тэдний огноо", "албан бичгийн огноо", "ирсэн бичгийн огноо"),
    "subject": ("товч агуулга", "агуулга", "гарчиг"),
    "pages": ("хуудас", "хуудасны тоо", "хуудас тоо"),
    "assignee": ("хариуцагч", "шилжүүлсэн", "хариуцах албан тушаалтан", "гүйцэтгэгч"),
    "reply_required": ("хариутай", "хариу шаардлагатай", "хариутай эсэх"),
    "due_date": ("хариу өгөх хугацаа", "хугацаа", "шийдвэрлэх хугацаа"),
    "answered_on": ("хариу өгсөн огноо", "шийдвэрлэсэн огноо", "хаасан огноо"),
    "note": ("тэмдэглэл", "тайлбар"),
}
REQUIRED = ("reg_date", "counterpart", "subject")
# the database columns' lengths (PostgreSQL refuses longer text; the clerk gets the row and column instead)
MAX_LENGTH = {name: Letter.__table__.c[name].type.length
              for name in ("reg_no", "counterpart", "their_ref", "subject", "assignee")}
TRUE_WORDS = {"тийм", "т", "yes", "y", "1", "true", "хариутай", "+", "v", "✓"}
FALSE_WORDS = {"үгүй", "ү", "no", "n", "0", "false", "-", ""}
DIRECTION_WORDS = {"ирсэн": "in", "in": "in", "ирсэн бичиг": "in", "явсан": "out", "out": "out",
                   "явуулсан": "out", "явсан бичиг": "out"}


def _norm(text: object) -> str:
    return " ".join(str(text or "").replace("\n", " ").split()).casefold().rstrip(":")


@dataclass
class RowError:
    sheet: str
    row: int
    column: str
    mn: str
    en: str

    def __str__(self) -> str:
        return f"{self.sheet}, мөр {self.row}, «{self.column}»: {self.mn} / {self.en}"


@dataclass
class ImportPreview:
    path: Path
    sha256: str
    rows: list[dict] = field(default_factory=list)  # good rows, ready to register
    errors: list[RowError] = field(default_factory=list)
    duplicates: int = 0  # already in the database or repeated in the file

    def summary(self) -> dict:
        return {"file": self.path.name, "ready": len(self.rows), "errors": len(self.errors),
                "duplicates": self.duplicates,
                "incoming": sum(r["direction"] == "in" for r in self.rows),
                "outgoing": sum(r["direction"] == "out" for r in self.rows)}


def _known_title(value: object) -> bool:
    return any(_norm(value) in titles for titles in COLUMNS.values())


def _find_header(rows: list[tuple]) -> tuple[int, dict[str, int], list] | None:
    """(index, field → column, the header's titles), a title merged down from the row above included."""
    for index, row in enumerate(rows[:15]):
        row = merged_down(rows[index - 1] if index else None, row, _known_title)
        found: dict[str, int] = {}
        for col, value in enumerate(row):
            title = _norm(value)
            for name, titles in COLUMNS.items():
                if title in titles and name not in found:
                    found[name] = col
        if sum(1 for f in REQUIRED if f in found) == len(REQUIRED):
            return index, found, row
    return None


def _sheet_direction(name: str) -> str | None:
    key = _norm(name)
    return next((d for word, d in DIRECTION_WORDS.items() if key.startswith(word)), None)


def _cell(row: tuple, col: int | None) -> object:
    return row[col] if col is not None and col < len(row) else None


def _parse_row(sheet: str, excel_row: int, row: tuple, cols: dict[str, int], titles: dict[str, str],
               default_direction: str | None, errors: list[RowError]) -> dict | None:
    def err(name: str, mn: str, en: str) -> None:
        errors.append(RowError(sheet, excel_row, titles.get(name, name), mn, en))

    data: dict = {}
    bad = False
    for name, col in cols.items():
        if error := excel_error(_cell(row, col)):
            err(name, f"Excel-ийн алдаа {error} (томьёо эвдэрсэн).", f"The Excel error {error} (a broken formula).")
            bad = True
    raw_dir = _norm(_cell(row, cols.get("direction")))
    data["direction"] = DIRECTION_WORDS.get(raw_dir) if raw_dir else default_direction
    if data["direction"] is None:
        err("direction", "Ирсэн эсвэл явсан эсэх тодорхойгүй.", "Incoming or outgoing is not given.")
        bad = True
    for name in ("reg_date", "their_date", "due_date", "answered_on"):
        value = _cell(row, cols.get(name))
        try:
            data[name] = parse_date(value.date() if isinstance(value, datetime) else value)
        except (ValueError, TypeError):
            err(name, f"Огноо буруу: «{value}».", f"Invalid date «{value}».")
            bad = True
    for name in ("reg_no", "counterpart", "their_ref", "subject", "assignee", "note", "pages"):
        value = _cell(row, cols.get(name))
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        data[name] = " ".join(str(value).split()) if value not in (None, "") else None
    if data["pages"] is not None and not (str(data["pages"]).isdecimal() and int(data["pages"]) <= MAX_PAGES):
        err("pages", f"Хуудасны тоо буруу: «{data['pages']}».", f"Invalid page count «{data['pages']}».")
        bad = True
    reply = _norm(_cell(row, cols.get("reply_required")))
    if reply not in TRUE_WORDS | FALSE_WORDS:
        err("reply_required", f"«{reply}» — тийм/үгүй гэж бичнэ.", f"«{reply}» — write yes/no (тийм/үгүй).")
        bad = True
    data["reply_required"] = reply in TRUE_WORDS or (data.get("due_date") is not None and "reply_required" not in cols)
    for name in REQUIRED:
        if not data.get(name):
            err(name, "Заавал бөглөнө.", "Required.")
            bad = True
    for name, limit in MAX_LENGTH.items():
        if data[name] is not None and len(data[name]) > limit:
            err(name, f"Хэт урт ({len(data[name])} тэмдэгт, {limit} хүртэл).",
                f"Too long ({len(data[name])} characters, at most {limit}).")
            bad = True
    today = date.today()
    for name in ("reg_date", "answered_on"):  # a typo such as 2042 for 2024; keeps the deadline computable
        if data.get(name) and data[name] > today:
            err(name, f"Огноо ирээдүйд байна: «{data[name]:%Y.%m.%d}».", f"The date is in the future: «{data[name]:%Y.%m.%d}».")
            bad = True
    if not bad and data["answered_on"] and data["answered_on"] < data["reg_date"]:
        err("answered_on", "Хариу өгсөн огноо бүртгэсэн огнооноос өмнө байна.", "Answered before it was registered.")
        bad = True
    if not bad and data["due_date"] and data["due_date"] < data["reg_date"]:  # the register would refuse it at commit
        err("due_date", "Хариу өгөх хугацаа бүртгэсэн огнооноос өмнө байна.",
            "The reply due date is before the registration date.")
        bad = True
    return None if bad else data


def preview(ctx: AppContext, path: str | Path, *, direction: str | None = None,
            progress: Progress | None = None) -> ImportPreview:
    """Read and check the file; nothing is written."""
    ctx.require(Permission.WRITE)
    path = Path(path)
    book = open_workbook(path)
    result = ImportPreview(path, hashlib.sha256(book.data).hexdigest())
    seen: set[tuple] = set()
    with ctx.reading() as session:
        existing = set(session.execute(select(Letter.direction, Letter.year, Letter.reg_no)).all())
    tables = 0
    try:
        for sheet in book.worksheets:
            declared = sheet.max_row or 0  # for the progress bar only; the rows read are what counts
            source = sheet_rows(sheet, path.name)
            head = list(islice(source, 15))
            found = _find_header(head)
            if found is None:
                if any(any(v not in (None, "") for v in r) for r in chain(head, source)):
                    result.errors.append(RowError(sheet.title, 1, "", "Баганын гарчиг (Огноо, Байгууллага, Товч агуулга) олдсонгүй.",
                                                  "Column titles (Огноо, Байгууллага, Товч агуулга) not found."))
                continue
            header_index, cols, header = found
            tables += 1
            titles = {name: str(header[col]).strip() for name, col in cols.items()}
            default_dir = direction or _sheet_direction(sheet.title)
            body = chain(head[header_index + 1:], source)
            for offset, row in enumerate(body, start=header_index + 2):
                if not any(v not in (None, "") for v in row):
                    continue
                parsed = _parse_row(sheet.title, offset, row, cols, titles, default_dir, result.errors)
                if parsed is None:
                    if len(result.errors) > MAX_ROW_ERRORS:
                        raise too_many_errors(f"{path.name}, {sheet.title}, мөр/row {offset}", MAX_ROW_ERRORS)
                    continue
                key = (parsed["direction"], parsed["reg_date"].year, parsed["reg_no"])
                if parsed["reg_no"] and (key in existing or key in seen):
                    result.duplicates += 1
                    continue
                seen.add(key)
                parsed["_where"] = f"{sheet.title}, мөр {offset}"
                result.rows.append(parsed)
                if progress is not None and offset % 500 == 0 and not progress(offset, max(declared, offset)):
                    raise UserError("Импортыг цуцаллаа.", "Import cancelled.")
    finally:
        book.close()
    if not tables:
        raise ValidationError("Албан бичгийн бүртгэлийн хүснэгт олдсонгүй: «Огноо», «Байгууллага», «Товч агуулга» "
                              "гарчигтай мөр эхний 15 мөрөнд нэг мөрөнд байх ёстой (нэгтгэсэн нүдийг салгана уу).",
                              "No letters register found: a row with the titles «Огноо», «Байгууллага», «Товч агуулга» "
                              "must be among the first 15 rows, on one row (unmerge header cells).", where=path.name)
    _drop_unnumbered_duplicates(ctx, result)
    result.rows.sort(key=lambda r: (r["reg_date"], r["direction"]))
    return result


def _content_key(direction: str, reg_date: date, counterpart: str, subject: str) -> tuple:
    return direction, reg_date, counterpart.casefold(), subject.casefold()


def _drop_unnumbered_duplicates(ctx: AppContext, result: ImportPreview) -> None:
    """Rows without a number are duplicates when the same day, organisation and subject is registered."""
    unnumbered = [r for r in result.rows if not r["reg_no"]]
    if not unnumbered:
        return
    first, last = min(r["reg_date"] for r in unnumbered), max(r["reg_date"] for r in unnumbered)
    with ctx.reading() as session:
        known = {_content_key(*row) for row in session.execute(
            select(Letter.direction, Letter.reg_date, Letter.counterpart, Letter.subject)
            .where(Letter.reg_date >= first, Letter.reg_date <= last))}
    kept = []
    for row in result.rows:
        key = _content_key(row["direction"], row["reg_date"], row["counterpart"], row["subject"])
        if not row["reg_no"] and key in known:
            result.duplicates += 1
            continue
        known.add(key)
        kept.append(row)
    result.rows = kept


def commit(ctx: AppContext, result: ImportPreview, *, progress: Progress | None = None) -> dict:
    """Register the preview's good rows in one transaction; cancelling writes nothing."""
    actor = ctx.require(Permission.WRITE)
    total = len(result.rows)
    with ctx.transaction() as session:
        for index, data in enumerate(result.rows, start=1):
            fields = {k: v for k, v in data.items() if k != "_where"}
            try:
                register_in(session, actor, fields)
            except SoumDeskError as exc:
                raise ValidationError(exc.msg.mn, exc.msg.en, where=f"{result.path.name}, {data['_where']}") from exc
            if progress is not None and index % 200 == 0 and not progress(index, total):
                raise UserError("Импортыг цуцаллаа; юу ч бичигдээгүй.", "Import cancelled; nothing was written.")
        audit.record(session, actor, "letters.import", "file", result.path.name,
                     after={"sha256": result.sha256, **result.summary(), "imported_at": date.today()})
    return {**result.summary(), "imported": total}
