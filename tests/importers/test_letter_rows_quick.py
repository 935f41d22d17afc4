"""Issue 18: the letters register reads its usual rows without building messages (`_QuickRows`).

The quick reader must say exactly what `_parse_row` says: the same letter for a row with nothing to
report, and nothing at all (so `_parse_row` reads the row and reports it) for any other row. Rows
are drawn from cells that clerks' files hold and cells that break each check.
"""

from __future__ import annotations

from datetime import date, datetime

from hypothesis import given
from hypothesis import strategies as st

from soum_desk.domain import clock
from soum_desk.importers import letter_xlsx

DATES = (None, "", "  ", "2024.03.05", "2024-03-05", "05.03.2024", "2024.03.05.", "2024-03-05 10:00",
         "2024.02.30", "2024.3.5", "2042.01.01", "1989.12.31", "1990.01.01", datetime(2024, 3, 5),
         datetime(2024, 3, 5, 10, 30), date(2024, 3, 7), date(2042, 1, 1), 45000, 45000.0, True, "#REF!", "тийм")
TEXTS = (None, "", "  ", "Сангийн  яам\n", "Аймгийн ЗДТГ", 12, 12.0, 12.5, 0, False, "#N/A", "н" * 301,
         "ө" * 4001, " 1/5 ", datetime(2024, 3, 5))
PAGES = (None, "", 2, 2.0, "3", " 4 ", "-1", "2.5", 2.5, "100000", 10**9, "٣", "#DIV/0!")
ANSWERS = (None, "", "тийм", "Үгүй", "T", "ү", "  тийм :", 1, 1.0, True, 0, False, "магадгүй", "✓", 2)
DIRECTIONS = (None, "", "ирсэн", "Явсан", "IN", "явсан бичиг", "x", 1, "#REF!")
POOLS = {"direction": DIRECTIONS, "reg_no": TEXTS + ("7",), "reg_date": DATES, "counterpart": TEXTS,
         "their_ref": TEXTS, "their_date": DATES, "subject": TEXTS, "pages": PAGES, "assignee": TEXTS,
         "reply_required": ANSWERS, "due_date": DATES, "answered_on": DATES, "note": TEXTS}
OPTIONAL = [name for name in letter_xlsx.COLUMNS if name not in letter_xlsx.REQUIRED]


@st.composite
def sheets(draw: st.DrawFn) -> tuple[dict[str, int], list[tuple]]:
    names = [*letter_xlsx.REQUIRED, *draw(st.lists(st.sampled_from(OPTIONAL), unique=True))]
    order = draw(st.permutations(names))
    cols = {name: index for index, name in enumerate(order)}
    common = {"reg_date": "2024.03.05", "counterpart": "Сангийн яам", "subject": "Тайлан"}  # mostly good rows
    rows = []
    for _ in range(draw(st.integers(1, 8))):
        cells = [draw(st.sampled_from(POOLS[name])) if draw(st.booleans()) or name not in common else common[name]
                 for name in order]
        rows.append(tuple(cells[:draw(st.integers(len(cells) - 2, len(cells)))]))  # short rows too
    return cols, rows


@given(sheets(), st.sampled_from([None, "in", "out"]))
def test_the_quick_reader_says_what_the_full_check_says(sheet, default_direction):
    cols, rows = sheet
    titles = {name: name for name in cols}
    quick = letter_xlsx._QuickRows(cols, default_direction, clock.today())
    for number, row in enumerate(rows, start=2):
        problems: list = []
        full = letter_xlsx._parse_row("Ирсэн", number, row, cols, titles, default_direction, problems)
        fast = quick.row("Ирсэн", number, row)
        if problems:  # an error or a warning: only the full check may read the row
            assert fast is None
        else:
            assert fast == full and full is not None
            assert list(fast) == list(full)  # the same fields in the same order


def test_a_register_of_good_rows_is_read_quickly(tmp_path, monkeypatch):
    """Every good row of a register goes through the quick reader, none through the full check."""
    from openpyxl import Workbook

    calls = []
    real = letter_xlsx._parse_row
    monkeypatch.setattr(letter_xlsx, "_parse_row", lambda *a: calls.append(a) or real(*a))
    wb = Workbook()
    wb.active.title = "Ирсэн"
    wb.active.append(["Дугаар", "Огноо", "Байгууллага", "Агуулга", "Хариутай", "Хуудас"])
    for n in range(1, 201):
        wb.active.append([n, f"2024.03.{n % 28 + 1:02d}", "Сангийн яам", f"Тайлан {n}", "тийм" if n % 2 else "үгүй", 2])
    wb.active.append([201, "2024.02.30", "Сангийн яам", "Алдаатай", "тийм", 2])
    wb.save(tmp_path / "good.xlsx")
    parsed = letter_xlsx.read_register(tmp_path / "good.xlsx")
    assert len(parsed.rows) == 200 and {p.row for p in parsed.problems} == {202}
    assert [a[1] for a in calls] == [202]  # only the bad row was read by the full check


def test_a_cell_value_that_cannot_be_a_key_goes_to_the_full_check():
    cols = {"reg_date": 0, "counterpart": 1, "subject": 2, "note": 3}
    quick = letter_xlsx._QuickRows(cols, "in", clock.today())
    assert quick.row("Ирсэн", 2, ("2024.03.05", "Яам", "Тайлан", ["a list"])) is None
    assert quick.row("Ирсэн", 3, ("2024.03.05", "Яам", "Тайлан", "тэмдэглэл"))["note"] == "тэмдэглэл"
