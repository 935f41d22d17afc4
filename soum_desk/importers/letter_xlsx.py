"""Read a legacy letters register from XLSX: rows and located problems, nothing else.

Columns are found by their Mongolian names, in any order, on the first rows of
each sheet. `read_register` is pure: it opens no database. The letters service
(`services/letters/imports.py`) sorts the rows into new ones and those already
registered, and writes them in one transaction.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from datetime import date, datetime
from itertools import chain, islice
from pathlib import Path
from typing import Any, TypedDict

from soum_desk.db.models import Letter
from soum_desk.domain import clock
from soum_desk.domain.event_dates import EARLIEST, event_date_problem
from soum_desk.domain.formatting import parse_date
from soum_desk.domain.letters import MAX_PAGES
from soum_desk.domain.text_limits import MAX_TEXT
from soum_desk.errors import UserError, ValidationError
from soum_desk.importers.safe_workbook import (
    EXCEL_ERRORS,
    MAX_ROW_ERRORS,
    excel_error,
    merged_down,
    too_many_errors,
)
from soum_desk.importers.shape import ParsedFile, RowProblem, unknown_column
from soum_desk.importers.value_book import open_values, sheet_rows

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
MAX_LENGTH: dict[str, int] = {**{name: getattr(Letter.__table__.c[name].type, "length")  # noqa: B009
                                 for name in ("reg_no", "counterpart", "their_ref", "subject", "assignee")},
                              "note": MAX_TEXT}  # a Text column: bounded as the letter form bounds it
TRUE_WORDS = {"тийм", "т", "yes", "y", "1", "true", "хариутай", "+", "v", "✓"}
FALSE_WORDS = {"үгүй", "ү", "no", "n", "0", "false", "-", ""}
DIRECTION_WORDS = {"ирсэн": "in", "in": "in", "ирсэн бичиг": "in", "явсан": "out", "out": "out",
                   "явуулсан": "out", "явсан бичиг": "out"}


def _norm(text: object) -> str:
    return " ".join(str(text or "").replace("\n", " ").split()).casefold().rstrip(":")

class ParsedLetter(TypedDict):
    """One good row of the register, ready for `services.letters.actions.register_in`, and where it was."""

    direction: str
    reg_no: str | None
    reg_date: date
    counterpart: str
    their_ref: str | None
    their_date: date | None
    subject: str
    pages: str | None
    assignee: str | None
    reply_required: bool
    due_date: date | None
    answered_on: date | None
    note: str | None
    sheet: str
    row: int


LETTER_FIELDS = ("direction", "reg_no", "reg_date", "counterpart", "their_ref", "their_date", "subject", "pages",
                 "assignee", "reply_required", "due_date", "answered_on", "note")


def letter_fields(row: ParsedLetter) -> dict[str, Any]:
    """The row without its place in the file."""
    return {name: row[name] for name in LETTER_FIELDS}  # type: ignore[literal-required]


def where(row: ParsedLetter) -> str:
    return f"{row['sheet']}, мөр {row['row']}"


def _known_title(value: object) -> bool:
    return any(_norm(value) in titles for titles in COLUMNS.values())


def _find_header(rows: Sequence[Sequence[Any]]) -> tuple[int, dict[str, int], list[Any]] | None:
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


def _cell(row: Sequence[Any], col: int | None) -> Any:
    return row[col] if col is not None and col < len(row) else None


def _parse_row(sheet: str, excel_row: int, row: Sequence[Any], cols: dict[str, int], titles: dict[str, str],
               default_direction: str | None, errors: list[RowProblem]) -> ParsedLetter | None:
    def err(name: str, mn: str, en: str) -> None:
        errors.append(RowProblem(sheet, excel_row, titles.get(name, name), mn, en))

    data: dict[str, Any] = {}
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
    for name in ("reg_date", "their_date", "answered_on"):  # a typo such as 2042 for 2024 (due dates may lie ahead)
        if problem := event_date_problem(data.get(name)):
            err(name, problem.mn[:1].upper() + problem.mn[1:] + ".", problem.en[:1].upper() + problem.en[1:] + ".")
            bad = True
    if not bad and data["answered_on"] and data["answered_on"] < data["reg_date"]:
        err("answered_on", "Хариу өгсөн огноо бүртгэсэн огнооноос өмнө байна.", "Answered before it was registered.")
        bad = True
    if not bad and data["due_date"] and data["due_date"] < data["reg_date"]:  # the register would refuse it at commit
        err("due_date", "Хариу өгөх хугацаа бүртгэсэн огнооноос өмнө байна.",
            "The reply due date is before the registration date.")
        bad = True
    if bad:
        return None
    if "reg_no" in cols and not data["reg_no"]:  # a register with numbers: a blank one is a surprise, not a rule
        errors.append(RowProblem(sheet, excel_row, titles.get("reg_no", "reg_no"),
                                 "Бүртгэлийн дугаар хоосон: дараагийн чөлөөт дугаарыг олгоно. Файлд дугаар нь "
                                 "байсан бол бичээд дахин оруулна уу.",
                                 "The registration number is blank: the letter gets the next free number. If it "
                                 "had one, write it and import again.", "warning"))
    return ParsedLetter(**data, sheet=sheet, row=excel_row)  # type: ignore[typeddict-item]


_DATES = ("reg_date", "their_date", "due_date", "answered_on")
_TEXTS = ("reg_no", "counterpart", "their_ref", "subject", "assignee", "note", "pages")
_EVENT_DATES = ("reg_date", "their_date", "answered_on")
_YES_NO = TRUE_WORDS | FALSE_WORDS
_UNREAD = object()


class _QuickRows:
    """The usual row of a sheet, one with nothing to say about it, read without building a message.

    `row` gives that row's `ParsedLetter` exactly as `_parse_row` does, or None for any row `_parse_row`
    would report (an error or a warning), which is then read by `_parse_row` itself: the checks and
    their messages stay in one place. (A register's rows are nearly all good: issue 18.)"""

    def __init__(self, cols: dict[str, int], default_direction: str | None, today: date) -> None:
        self.width = max(cols.values()) + 1
        absent = self.width  # the padding cell: always blank
        self.pad = (None,) * (self.width + 1)
        self.direction = cols.get("direction")
        self.default_direction = default_direction
        self.dates = tuple(cols.get(name, absent) for name in _DATES)
        self.texts = tuple(cols.get(name, absent) for name in _TEXTS)
        self.reply = cols.get("reply_required", absent)
        self.reply_column = "reply_required" in cols
        self.numbered = "reg_no" in cols
        self.today = today
        self.days: dict[object, date | None] = {None: None}  # a date cell's text → its day
        self.answers: dict[object, bool] = {None: False}  # a «Хариутай» cell's text → yes or no
        self.limits = tuple((_TEXTS.index(name), limit) for name, limit in MAX_LENGTH.items())

    def _day(self, value: object) -> date | None:
        """A date cell as `_parse_row` reads it; ValueError/TypeError when it is not a date."""
        if isinstance(value, datetime):
            return value.date()
        day = parse_date(value)  # type: ignore[arg-type]
        if isinstance(value, str):  # only texts are kept: a text never equals a number or a date
            self.days[value] = day
        return day

    def row(self, sheet: str, excel_row: int, cells: Sequence[Any]) -> ParsedLetter | None:
        row = tuple(cells[:self.width]) + self.pad
        try:
            if not EXCEL_ERRORS.isdisjoint(row):  # «#REF!» in any cell
                return None
        except TypeError:  # a value that cannot be a key (the look-ups below need that): the full check
            return None
        if self.direction is None:
            direction = self.default_direction
        else:
            raw_dir = _norm(row[self.direction])
            direction = DIRECTION_WORDS.get(raw_dir) if raw_dir else self.default_direction
        if direction is None:
            return None
        days, read = self.days, []
        for col in self.dates:
            value = row[col]
            day: Any = days.get(value, _UNREAD)  # a register repeats its days: each text read once
            if day is _UNREAD:
                try:
                    day = self._day(value)
                except (ValueError, TypeError):
                    return None
            read.append(day)
        reg_date: date | None
        their_date: date | None
        due_date: date | None
        answered_on: date | None
        reg_date, their_date, due_date, answered_on = read
        texts = []
        for col in self.texts:
            value = row[col]
            if value.__class__ is str:
                texts.append(" ".join(value.split()) if value else None)
                continue
            if isinstance(value, float) and value.is_integer():
                value = int(value)
            texts.append(" ".join(str(value).split()) if value not in (None, "") else None)
        reg_no, counterpart, their_ref, subject, assignee, note, pages = texts
        if pages is not None and not (pages.isdecimal() and int(pages) <= MAX_PAGES):
            return None
        value = row[self.reply]
        if (yes := self.answers.get(value)) is None:
            reply = _norm(value)
            if reply not in _YES_NO:
                return None
            yes = reply in TRUE_WORDS
            if isinstance(value, str):  # not 1, 1.0 and True: equal as keys, not as answers
                self.answers[value] = yes
        if not (reg_date and counterpart and subject):
            return None
        for index, limit in self.limits:
            text = texts[index]
            if text is not None and len(text) > limit:
                return None
        today = self.today
        if not EARLIEST <= reg_date <= today or (their_date is not None and not EARLIEST <= their_date <= today) \
                or (answered_on is not None and not (EARLIEST <= answered_on <= today and answered_on >= reg_date)) \
                or (due_date and due_date < reg_date) or (self.numbered and not reg_no):
            return None
        return {"direction": direction, "reg_date": reg_date, "their_date": their_date, "due_date": due_date,
                "answered_on": answered_on, "reg_no": reg_no, "counterpart": counterpart, "their_ref": their_ref,
                "subject": subject, "assignee": assignee, "note": note, "pages": pages,
                "reply_required": yes or (due_date is not None and not self.reply_column),
                "sheet": sheet, "row": excel_row}


def unknown_columns(sheet: str, header_row: int, header: Sequence[Any], known: set[int]) -> list[RowProblem]:
    return [unknown_column(sheet, header_row, title)
            for index, title in enumerate(header) if index not in known and _norm(title).strip("№ ")]


def read_register(path: str | Path, *, direction: str | None = None,
                  progress: Progress | None = None) -> ParsedFile[ParsedLetter]:
    """Every sheet's good rows in file order, and each bad row's problems by sheet, row and column.

    `direction` is used where neither a column nor the sheet's name says incoming or outgoing.
    `progress(done, total)` returning False cancels (UserError).
    """
    path = Path(path)
    book = open_values(path)
    result: ParsedFile[ParsedLetter] = ParsedFile(path, sha256=hashlib.sha256(book.data).hexdigest())
    tables = 0
    try:
        for sheet in book.worksheets:
            result.sheets.append(sheet.title)
            declared = sheet.max_row or 0  # for the progress bar only; the rows read are what counts
            source = sheet_rows(sheet, path.name)
            head = list(islice(source, 15))
            found = _find_header(head)
            if found is None:
                if any(any(v not in (None, "") for v in r) for r in chain(head, source)):
                    result.problems.append(RowProblem(
                        sheet.title, 1, "", "Баганын гарчиг (Огноо, Байгууллага, Товч агуулга) олдсонгүй.",
                        "Column titles (Огноо, Байгууллага, Товч агуулга) not found."))
                continue
            header_index, cols, header = found
            tables += 1
            titles = {name: str(header[col]).strip() for name, col in cols.items()}
            result.problems.extend(unknown_columns(sheet.title, header_index + 1, header, set(cols.values())))
            default_dir = direction or _sheet_direction(sheet.title)
            quick = _QuickRows(cols, default_dir, clock.today())
            body = chain(head[header_index + 1:], source)
            for offset, row in enumerate(body, start=header_index + 2):
                if not row or not any(v not in (None, "") for v in row):
                    continue
                parsed = quick.row(sheet.title, offset, row) or _parse_row(
                    sheet.title, offset, row, cols, titles, default_dir, result.problems)
                if parsed is None:
                    if len(result.problems) > MAX_ROW_ERRORS:
                        raise too_many_errors(f"{path.name}, {sheet.title}, мөр/row {offset}", MAX_ROW_ERRORS)
                    continue
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
    return result


