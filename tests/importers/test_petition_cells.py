"""The quick path for a clean register row gives exactly what the full row check gives (issue 18).

`read_register` reads a row with `petition_cells.clean_reader` first and only a row it is not sure
of with `petition_xlsx._parse_row`, which names every problem. A clean row must come back the same
either way, and a row with any problem must never pass the quick path.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from soum_desk.importers.petition_cells import MAX_LENGTH, clean_reader
from soum_desk.importers.petition_xlsx import HEADERS, REQUIRED, _parse_row
from tests.reliability.property_kit import examples

TODAY = date.today()  # the full check asks the clock; the quick path is given the same day
FIELDS = list(HEADERS)

_dates = st.one_of(st.dates(date(1985, 1, 1), date(2027, 12, 31)),
                   st.datetimes(datetime(1985, 1, 1), datetime(2027, 12, 31)))
_cell = st.one_of(
    st.none(), st.just(""), st.just("   "), st.integers(-5, 10**12), st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(), _dates, st.sampled_from(["#REF!", "#N/A", "#DIV/0!"]),
    st.sampled_from(["Өргөдөл", "Гомдол", "санал", "Talarkhal", "Бичгээр", "1111", "11-11 төв", "утас", "Тэмээгээр"]),
    st.sampled_from(["УБ85010112", "уб85010112", " УБ 85010112 ", "UB85010112", "УБ8501011"]),
    _dates.map(lambda d: f"{d:%Y.%m.%d}"), st.sampled_from(["2024.13.01", "05.03.2024", "2024-03-05 10:00"]),
    st.integers(20001, 79999), st.text(max_size=12), st.text(min_size=190, max_size=260),
)


@st.composite
def sheets(draw: st.DrawFn) -> tuple[dict[str, int], tuple]:
    chosen = draw(st.lists(st.sampled_from(FIELDS), unique=True, min_size=1))
    chosen = list(dict.fromkeys([*REQUIRED, *chosen]))  # a sheet without these is not read at all
    positions = draw(st.permutations(range(len(chosen) + 2)))
    cols = dict(zip(chosen, positions, strict=False))
    cells = draw(st.lists(_cell, max_size=len(chosen) + 2))
    return cols, tuple(cells)


_GOOD = {"reg_no": st.sampled_from(["15", "2024/0015", 15, 15.0]),
         "received": _dates.filter(lambda d: date(1990, 1, 1) <= (d.date() if isinstance(d, datetime) else d)
                                   <= TODAY - timedelta(days=40)),
         "summary": st.text(min_size=1, max_size=20), "kind": st.sampled_from(["Өргөдөл", "Гомдол", "thanks"]),
         "channel": st.sampled_from(["Бичгээр", "1111", "phone"]),
         "register_no": st.sampled_from([None, "УБ85010112", "уб85010112"]),
         "phone": st.one_of(st.none(), st.integers(8800_0000, 9999_9999)),
         "resolved_on": st.one_of(st.none(), st.just(TODAY - timedelta(days=1)))}


@st.composite
def likely_rows(draw: st.DrawFn, cols: dict[str, int]) -> tuple:
    """A clean row, or a clean row with one cell spoilt (any kind of value, in any column)."""
    row: list = [None] * (max(cols.values()) + 1)
    for field, position in cols.items():
        row[position] = draw(_GOOD.get(field, st.one_of(st.none(), st.text(max_size=10))))
    if draw(st.booleans()):
        field = draw(st.sampled_from(list(cols)))
        soon = st.sampled_from([TODAY + timedelta(days=1), datetime.combine(TODAY, datetime.min.time()) + timedelta(days=2)])
        row[cols[field]] = draw(st.one_of(_dates, soon, _cell) if field in ("received", "resolved_on") else _cell)
    return tuple(row)


def _both(cols: dict[str, int], cells: tuple) -> None:
    header = [None] * (max(cols.values()) + 1)
    for field, position in cols.items():
        header[position] = HEADERS[field][0]
    quick = clean_reader(cols, TODAY)(cells)
    values, errors = _parse_row("Бүртгэл", 5, cells, cols, header)
    assert (quick is not None) == (not errors), (cells, errors)
    if quick is not None:
        assert quick == values and list(quick) == list(values)  # same values, same order


@examples(300)
@given(sheets())
def test_any_row_the_quick_path_passes_is_the_checked_row(sheet):
    cols, cells = sheet
    _both(cols, cells)


@examples(500)
@given(st.data())
def test_clean_rows_and_rows_with_one_fault_get_the_same_answer(data):
    cols, _cells = data.draw(sheets())
    row = data.draw(likely_rows(cols))
    _both(cols, row)


def test_a_text_one_character_over_its_column_leaves_the_quick_path():
    cols = {"reg_no": 0, "received": 1, "summary": 2, "kind": 3, "channel": 4, "topic": 5}
    read = clean_reader(cols, TODAY)
    row = ("15", datetime(2024, 3, 5, 10, 15), "Газар", "Өргөдөл", "Бичгээр")
    assert read((*row, "т" * MAX_LENGTH["topic"]))["topic"] == "т" * MAX_LENGTH["topic"]
    assert read((*row, "т" * (MAX_LENGTH["topic"] + 1))) is None


COLS = {"reg_no": 0, "received": 1, "summary": 2, "kind": 3, "channel": 4, "resolved_on": 5, "register_no": 6,
        "topic": 7, "phone": 8}
CLEAN = ("2024/0015", datetime(2024, 3, 5, 10, 15), "Газар олгох хүсэлт", "Өргөдөл", "Бичгээр",
         date(2024, 3, 20), "уб85010112", "Газар", 99112233)


@pytest.mark.parametrize(("field", "value"), [
    ("reg_no", None), ("reg_no", "  "), ("summary", ""), ("summary", "#REF!"), ("topic", "#N/A"),
    ("topic", "т" * (MAX_LENGTH["topic"] + 1)), ("received", None), ("received", "2024.13.01"),
    ("received", TODAY + timedelta(days=1)), ("received", date(1989, 12, 31)), ("received", 19999),
    ("resolved_on", date(2024, 3, 4)), ("resolved_on", TODAY + timedelta(days=1)), ("resolved_on", "вчера"),
    ("kind", "Тэмээгээр"), ("kind", None), ("channel", 7), ("register_no", "УБ8501011"),
])
def test_each_kind_of_problem_leaves_the_quick_path(field, value):
    row = list(CLEAN)
    row[COLS[field]] = value
    header = [HEADERS[f][0] for f in COLS]
    assert clean_reader(COLS, TODAY)(tuple(row)) is None
    assert _parse_row("Бүртгэл", 5, tuple(row), COLS, header)[1]  # and the full check names it


@pytest.mark.parametrize(("field", "value"), [
    ("reg_no", 15.0), ("received", "2024.03.05"), ("received", 45360), ("received", date(2024, 3, 5)),
    ("resolved_on", None), ("resolved_on", datetime(2024, 3, 5)), ("register_no", None), ("kind", " гомдол "),
    ("channel", "1111"), ("phone", 99112233.0), ("topic", "т" * MAX_LENGTH["topic"]),
])
def test_clean_spellings_take_the_quick_path_with_the_checked_values(field, value):
    row = list(CLEAN)
    row[COLS[field]] = value
    header = [HEADERS[f][0] for f in COLS]
    values, errors = _parse_row("Бүртгэл", 5, tuple(row), COLS, header)
    assert not errors and clean_reader(COLS, TODAY)(tuple(row)) == values
