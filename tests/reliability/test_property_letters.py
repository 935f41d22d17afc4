"""Item 9: the legacy letters register importer, property-tested.

Generated registers (incoming and outgoing sheets, columns in any order, a direction column
or not, yes/no words in any case, Cyrillic with Ө Ү, empty optional cells, dates from 1900 to
9999, numbers as numbers) are written as a clerk's file, previewed and compared row by row:
each row comes back exactly, is counted as a duplicate by the documented rule, or is refused
with its sheet, row and column. The second property commits and reads the letters back.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import date, timedelta

from hypothesis import event, given
from hypothesis import strategies as st
from openpyxl import Workbook
from sqlalchemy import select

from soum_desk.db.models import Letter
from soum_desk.domain.event_dates import EARLIEST
from soum_desk.importers import letter_xlsx
from soum_desk.services.core import settings
from soum_desk.services.letters import imports as letters_import
from tests.reliability.property_kit import EXTREME_DATES, date_cell, examples, optional, words

TITLES = {"direction": "Чиглэл", "reg_no": "Бүртгэлийн дугаар", "reg_date": "Огноо", "counterpart": "Байгууллага",
          "their_ref": "Тэдний дугаар", "their_date": "Тэдний огноо", "subject": "Товч агуулга",
          "pages": "Хуудас", "assignee": "Хариуцагч", "reply_required": "Хариутай",
          "due_date": "Хариу өгөх хугацаа", "answered_on": "Хариу өгсөн огноо", "note": "Тэмдэглэл"}
OPTIONAL_COLUMNS = ("direction", "reg_no", "their_ref", "their_date", "pages", "assignee", "reply_required",
                    "due_date", "answered_on", "note")
YES = ("тийм", "Тийм", "ТИЙМ", "yes", "Y", "1", "+", "✓", "Хариутай")
NO = ("үгүй", "Үгүй", "no", "N", "0", "-", None)
DIRECTION_WORDS = {"in": ("ирсэн", "Ирсэн", "IN", "ирсэн бичиг"), "out": ("явсан", "Явуулсан", "out", "ЯВСАН БИЧИГ")}
LIMITS = letter_xlsx.MAX_LENGTH


@dataclass
class Row:
    cells: dict
    values: dict
    valid: bool


@st.composite
def letter_row(draw: st.DrawFn, direction: str, columns: list[str], number: int, token: str) -> Row:
    reg_date = draw(EXTREME_DATES)
    their_date = draw(optional(EXTREME_DATES))
    due = draw(optional(st.integers(-30, 400)))
    due_date = _shift(reg_date, due)
    answered = draw(optional(st.integers(-5, 400)))
    answered_on = _shift(reg_date, answered)
    numbered = "reg_no" in columns and draw(st.booleans())
    reg_no = draw(st.sampled_from([str(number), f"{number}/Ө", f"1-{number}"])) if numbered else None
    texts = {f: draw(optional(words())) if f in columns else None for f in ("their_ref", "assignee", "note")}
    counterpart, subject = draw(words()), draw(words()) + token
    pages = draw(optional(st.integers(0, 5000))) if "pages" in columns else None
    reply_word = draw(st.sampled_from(YES + NO)) if "reply_required" in columns else None
    dir_word = draw(optional(st.sampled_from(DIRECTION_WORDS[direction]))) if "direction" in columns else None
    values = {"direction": direction, "reg_date": reg_date,
              "their_date": their_date if "their_date" in columns else None,
              "due_date": due_date if "due_date" in columns else None,
              "answered_on": answered_on if "answered_on" in columns else None,
              "reg_no": reg_no, "counterpart": counterpart, "subject": subject,
              "pages": str(pages) if pages is not None else None, **texts}
    values["reply_required"] = reply_word in YES if "reply_required" in columns else values["due_date"] is not None
    cells = {**values, "reg_no": int(reg_no) if reg_no and reg_no.isdigit() and draw(st.booleans()) else reg_no,
             "pages": pages if pages is None or draw(st.booleans()) else str(pages),
             "reply_required": reply_word, "direction": dir_word}
    for f in ("reg_date", "their_date", "due_date", "answered_on"):
        cells[f] = draw(date_cell(values[f])) if values[f] else None
    today = date.today()
    valid = (all(values[f] is None or EARLIEST <= values[f] <= today  # the event-date rule (issue 15)
                 for f in ("reg_date", "their_date", "answered_on"))
             and (values["answered_on"] is None or reg_date <= values["answered_on"])
             and (values["due_date"] is None or values["due_date"] >= reg_date)
             and all(values[f] is None or len(values[f]) <= n for f, n in LIMITS.items()))
    return Row(cells, values, valid)


def _shift(day: date, days: int | None) -> date | None:
    if days is None:
        return None
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return None


@st.composite
def registers(draw: st.DrawFn, first: int, token: bool = False) -> list[tuple[str, list[str], list[Row]]]:
    sheets = []
    numbers = itertools.count(first)
    for title, direction in draw(st.sampled_from([[("Ирсэн", "in")], [("Явсан", "out")],
                                                  [("Ирсэн", "in"), ("Явсан бичиг", "out")]])):
        extra = draw(st.lists(st.sampled_from(OPTIONAL_COLUMNS), unique=True))
        columns = draw(st.permutations(["reg_date", "counterpart", "subject", *extra]))
        rows = []
        for _ in range(draw(st.integers(1, 5))):
            number = next(numbers)
            rows.append(draw(letter_row(direction, columns, number, f" #{number}" if token else "")))
        sheets.append((title, columns, rows))
    return sheets


def write_book(path, sheets) -> None:
    wb = Workbook()
    wb.remove(wb.active)
    for title, columns, rows in sheets:
        ws = wb.create_sheet(title)
        ws.append([f"{title} бичгийн бүртгэл"])
        ws.append([TITLES[c] for c in columns])
        for row in rows:
            ws.append([row.cells[c] for c in columns])
    wb.save(path)


def check_preview(result: letters_import.LetterPreview, sheets) -> list[tuple[Row, dict]]:
    """Every row: exactly back, a duplicate by the documented rule, or refused with where."""
    got = {letter_xlsx.where(r): r for r in result.new}
    refused = {(e.sheet, e.row) for e in result.errors}
    for e in result.errors:
        assert e.sheet and e.row >= 3 and e.column and e.mn and e.en
    known: set[tuple] = set()
    duplicates = 0
    pairs = []
    for title, _columns, rows in sheets:
        for excel_row, row in enumerate(rows, start=3):
            assert ((title, excel_row) not in refused) == row.valid, (title, excel_row, row, result.errors)
            if not row.valid:
                event("row refused with a located error")
                continue
            v = row.values
            key = (v["direction"], v["reg_date"], v["counterpart"].casefold(), v["subject"].casefold())
            if not v["reg_no"] and key in known:
                duplicates += 1
                event("unnumbered repeat counted as a duplicate")
                continue
            known.add(key)
            back = got.pop(f"{title}, мөр {excel_row}")
            assert {k: back[k] for k in v} == v
            pairs.append((row, back))
            event("row came back exactly")
    assert not got and len(result.duplicates) == duplicates
    return pairs


@examples(50)
@given(data=st.data())
def test_letter_rows_come_back_exactly(clerk_ctx, tmp_path_factory, data):
    sheets = data.draw(registers(first=1))
    path = tmp_path_factory.mktemp("letters") / "letters.xlsx"
    write_book(path, sheets)
    check_preview(letters_import.import_preview(clerk_ctx, path), sheets)


_runs = itertools.count(1)


@examples(15)
@given(data=st.data())
def test_letters_import_into_the_database_and_read_back(clerk_ctx, tmp_path_factory, data):
    first = next(_runs) * 100  # unique numbers and subjects: nothing collides with an earlier example
    sheets = data.draw(registers(first=first, token=True))
    path = tmp_path_factory.mktemp("letters") / "letters.xlsx"
    write_book(path, sheets)
    preview = letters_import.import_preview(clerk_ctx, path)
    pairs = check_preview(preview, sheets)
    assert letters_import.import_commit(clerk_ctx, preview)["imported"] == len(pairs)
    reply_days = int(settings.get(clerk_ctx, "letters.reply_days"))
    with clerk_ctx.reading() as session:
        for _row, back in pairs:
            letter = session.scalars(select(Letter).where(Letter.subject == back["subject"])).one()
            incoming = back["direction"] == "in"
            assert (letter.direction, letter.reg_date, letter.counterpart, letter.their_ref, letter.their_date,
                    letter.assignee, letter.note) == (back["direction"], back["reg_date"], back["counterpart"],
                                                      back["their_ref"], back["their_date"], back["assignee"],
                                                      back["note"])
            assert letter.pages == (int(back["pages"]) if back["pages"] else None)
            if back["reg_no"]:
                assert letter.reg_no == back["reg_no"]
            assert letter.reply_required == (back["reply_required"] and incoming)
            assert letter.answered_on == (back["answered_on"] if incoming else None)
            if incoming and back["reply_required"]:
                assert letter.due_date == (back["due_date"] or letter.reg_date + timedelta(days=reply_days))
            else:
                assert letter.due_date == (back["due_date"] if incoming else None)
