"""Item 9: the legacy petitions register importer, property-tested.

Generated registers (Cyrillic with Ө Ү, empty optional cells, dates from 1900 to 9999 as Excel
dates or text, numbers as numbers, long texts) are written the way a clerk's file looks, read
back and compared field by field: every row comes back exactly, or is refused with an error
naming the sheet, row and column. The second property goes on through the real service into
the database and reads the petitions back.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import date, datetime, time

from hypothesis import event, given
from hypothesis import strategies as st
from openpyxl import Workbook
from sqlalchemy import select

from soum_desk.db.models import Petition, Petitioner
from soum_desk.domain.event_dates import EARLIEST
from soum_desk.domain.petition_codes import CHANNELS, KINDS
from soum_desk.importers.petition_xlsx import MAX_LENGTH, read_register
from soum_desk.services.petitions import imports as petitions_import
from tests.reliability.property_kit import EXTREME_DATES, date_cell, examples, optional, words

HEADER = {"reg_no": "Бүртгэлийн дугаар", "received": "Хүлээн авсан огноо", "name": "Овог нэр",
          "register_no": "Регистрийн дугаар", "phone": "Утас", "address": "Хаяг", "channel": "Суваг",
          "kind": "Төрөл", "topic": "Сэдэв", "summary": "Агуулга", "official": "Хариуцсан албан тушаалтан",
          "resolved_on": "Шийдвэрлэсэн огноо", "resolution": "Шийдвэрлэлт"}
REGISTER_LETTERS = "АБВГДЕЁЖЗИЙКЛМНОӨПРСТУҮФХЦЧШЩЪЫЬЭЮЯ"


@dataclass
class Row:
    values: dict  # what the importer must give back
    cells: dict  # what the clerk's file holds
    valid: bool = True  # False: the importer must refuse the row, naming where


@st.composite
def petition_rows(draw: st.DrawFn, number: int) -> Row:
    received = draw(EXTREME_DATES)
    received_cell = draw(date_cell(received))
    resolved = draw(optional(st.integers(0, 400).map(lambda d: d)))
    resolved_on = None
    if resolved is not None:
        try:
            resolved_on = date.fromordinal(received.toordinal() + resolved)
        except (OverflowError, ValueError):
            resolved_on = None
    kind = draw(st.sampled_from(sorted(KINDS)))
    channel = draw(st.sampled_from(sorted(CHANNELS)))
    kind_label = draw(st.sampled_from([KINDS[kind][0], KINDS[kind][1], kind]))
    channel_label = draw(st.sampled_from([CHANNELS[channel][0], CHANNELS[channel][1], channel]))
    register_no = draw(optional(st.tuples(st.text(st.sampled_from(REGISTER_LETTERS), min_size=2, max_size=2),
                                          st.integers(0, 99_999_999)).map(lambda t: f"{t[0]}{t[1]:08d}")))
    phone = draw(optional(st.integers(10_000_000, 99_999_999)))
    reg_form = draw(st.sampled_from(["int", "text", "prefixed", "prefixed", "long"]))
    reg_no = {"int": str(number), "text": str(number), "prefixed": f"{received.year}/{number:04d}",
              "long": f"Ө-{number}{9 * 10 ** 19}"}[reg_form]  # a running number too big for a database integer
    texts = {f: draw(optional(words())) for f in ("name", "address", "topic", "official", "resolution")}
    summary = draw(words())
    values = {"reg_no": reg_no, "received": received, "summary": summary, "kind": kind, "channel": channel,
              "register_no": register_no, "phone": str(phone) if phone is not None else None,
              "resolved_on": resolved_on, "bag": None, **texts,
              "received_time": (received_cell.time() if isinstance(received_cell, datetime) else time(9, 0))}
    cells = {"reg_no": number if reg_form == "int" else reg_no, "received": received_cell, "summary": summary,
             "kind": kind_label, "channel": channel_label,
             "register_no": register_no if register_no is None or draw(st.booleans()) else register_no.lower(),
             "phone": phone, "resolved_on": draw(date_cell(resolved_on)) if resolved_on else None, **texts}
    today = date.today()
    fits = all(values[f] is None or len(values[f]) <= n for f, n in MAX_LENGTH.items())
    return Row(values, cells, valid=fits and EARLIEST <= received <= today  # the event-date rule (issue 15)
               and (resolved_on is None or resolved_on <= today))


@st.composite
def registers(draw: st.DrawFn, first_number: int = 1) -> tuple[list[str], list[Row]]:
    order = draw(st.permutations(list(HEADER)))
    count = draw(st.integers(1, 6))
    rows = [draw(petition_rows(first_number + i)) for i in range(count)]
    return order, rows


def write_register(path, order: list[str], rows: list[Row], *, title_rows: int = 1) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Бүртгэл 2024"
    for _ in range(title_rows):
        ws.append(["Сумын ЗДТГ — өргөдөл, гомдлын бүртгэл"])
    ws.append([HEADER[f] for f in order])
    for row in rows:
        ws.append([row.cells.get(f) for f in order])
    wb.save(path)


def _check(parsed_rows: list, errors: list, rows: list[Row], header_row: int) -> None:
    for e in errors:  # a refusal must say where, and in both languages
        assert e.sheet == "Бүртгэл 2024" and e.row > header_row and e.column and e.mn and e.en
    refused = {e.row for e in errors}
    got = {p.row: p.values for p in parsed_rows}
    for offset, row in enumerate(rows, start=header_row + 1):
        assert (offset not in refused) == row.valid, (offset, row, [e for e in errors if e.row == offset])
        if offset in refused:
            event("row refused with a located error")
            continue
        event("row came back exactly")
        assert got[offset] == row.values, (offset, got[offset], row.values)


@examples(60)
@given(registers())
def test_register_rows_come_back_exactly(tmp_path_factory, data):
    order, rows = data
    path = tmp_path_factory.mktemp("reg") / "register.xlsx"
    write_register(path, order, rows)
    result = read_register(path)
    assert result.sheets == ["Бүртгэл 2024"]
    _check(result.rows, result.errors, rows, header_row=2)


_numbers = itertools.count(1)


@examples(15)
@given(data=st.data())
def test_import_into_the_database_and_read_back(clerk_ctx, tmp_path_factory, data):
    first = next(_numbers) * 10
    for _ in range(8):
        next(_numbers)  # numbers unique in the whole run: nothing collides with an earlier example
    order, rows = data.draw(registers(first_number=first * 10))
    path = tmp_path_factory.mktemp("reg") / "register.xlsx"
    write_register(path, order, rows)
    prepared = petitions_import.import_preview(clerk_ctx, path)
    _check(prepared.new + prepared.duplicates, prepared.errors, rows, header_row=2)
    result = petitions_import.import_commit(clerk_ctx, prepared)
    assert result["imported"] == len(prepared.new)
    with clerk_ctx.reading() as session:
        for parsed in prepared.new:
            v = parsed.values
            p = session.scalars(select(Petition).where(Petition.import_key == petitions_import.import_key(parsed))).one()
            assert (p.reg_no, p.received, p.received_at, p.summary, p.kind, p.channel, p.topic, p.resolved_on) == \
                (v["reg_no"], v["received"], datetime.combine(v["received"], v["received_time"]), v["summary"],
                 v["kind"], v["channel"], v["topic"], v["resolved_on"])
            assert p.resolution == (v["resolution"] or ("Шийдвэрлэсэн (хуучин бүртгэлээс)" if v["resolved_on"] else None))
            assert p.official_name == v["official"] or (v["official"] and p.official_name)
            if v["name"]:
                person = session.get(Petitioner, p.id)
                assert (person.name, person.register_no, person.phone, person.address) == \
                    (v["name"], v["register_no"], v["phone"], v["address"])
            else:
                assert p.anonymous
