import math
from datetime import date, datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from soum_desk.domain.formatting import (
    format_date,
    format_date_long,
    format_number,
    format_percent,
    parse_date,
    parse_number,
)


def test_decimal_comma_and_thousands():
    assert format_percent(88.2) == "88,2"
    assert format_percent(100) == "100"
    assert format_number(1234.5) == "1\u00a0234,5"
    assert format_number(1234.5, lang="en") == "1,234.5"
    assert format_percent(None) == "–"


@pytest.mark.parametrize(
    ("text", "value"),
    [("88,2", "88.2"), ("88.2", "88.2"), ("91,87%", "91.87"), ("1 234,5", "1234.5"),
     ("1.234,5", "1234.5"), ("1,234.5", "1234.5"), (100, "100"), ("", None), ("хувь", None)],
)
def test_parse_number(text, value):
    assert parse_number(text) == (Decimal(value) if value else None)


def test_dates_as_offices_write_them():
    assert format_date(date(2024, 3, 5)) == "2024.03.05"
    assert format_date_long(date(2024, 12, 13)) == "2024 оны 12 дугаар сарын 13"
    assert parse_date("2024.03.05") == date(2024, 3, 5)
    assert parse_date("05.03.2024") == date(2024, 3, 5)
    assert parse_date("2024-03-05 00:00:00") == date(2024, 3, 5)
    assert parse_date(datetime(2024, 3, 5, 10, 0)) == date(2024, 3, 5)
    assert parse_date("  ") is None
    with pytest.raises(ValueError):
        parse_date("2024.13.05")
    with pytest.raises(ValueError):
        parse_date("маргааш")


@pytest.mark.parametrize(("value", "shown"), [
    (89.99, "89,99"), (89.95, "89,95"), (89.94, "89,9"), (89.999, "89,999"), (89.9999, "89,999"),
    (59.96, "59,96"), (30.97, "30,97"), (99.99, "99,99"), (90.0, "90"), (90.04, "90,0"),
    (88.25, "88,2"), (0.04, "0,0"), (9.99, "9,99"), (49.999, "49,999"),
])
def test_percent_never_rounds_up_onto_a_band_edge(value, shown):
    assert format_percent(value) == shown


@given(st.floats(min_value=0, max_value=100, allow_nan=False))
def test_shown_percent_stays_in_its_whole_number(value):
    text = format_percent(value).replace(",", ".")
    assert math.floor(float(text)) == math.floor(value)
