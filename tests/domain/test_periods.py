from datetime import date

import pytest

from soum_desk.domain.periods import Period
from soum_desk.errors import ValidationError


@pytest.mark.parametrize(
    ("text", "start", "end", "quarters"),
    [
        ("2024Q1", date(2024, 1, 1), date(2024, 3, 31), (1,)),
        ("2024Q4", date(2024, 10, 1), date(2024, 12, 31), (4,)),
        ("2024q2", date(2024, 4, 1), date(2024, 6, 30), (2,)),
        ("2024H1", date(2024, 1, 1), date(2024, 6, 30), (1, 2)),
        ("2024H2", date(2024, 7, 1), date(2024, 12, 31), (3, 4)),
        ("2024", date(2024, 1, 1), date(2024, 12, 31), (1, 2, 3, 4)),
    ],
)
def test_parse_and_bounds(text, start, end, quarters):
    period = Period.parse(text)
    assert (period.start, period.end, period.quarters) == (start, end, quarters)
    assert Period.parse(period.code) == period


@pytest.mark.parametrize("text", ["", "24Q1", "2024Q5", "2024H3", "2024-Q1x", "Q4"])
def test_bad_period_is_refused_in_both_languages(text):
    with pytest.raises(ValidationError) as info:
        Period.parse(text)
    assert "Тайлант үе" in info.value.msg.mn or "Хагас жил" in info.value.msg.mn
    assert info.value.where == "--period"


def test_leap_year_quarter_one_ends_on_march_31_and_february_is_inside():
    q1 = Period.parse("2024Q1")
    assert q1.contains(date(2024, 2, 29))
    assert not q1.contains(date(2024, 4, 1))


def test_previous_and_next_cross_years():
    assert Period.parse("2024Q1").previous() == Period.parse("2023Q4")
    assert Period.parse("2024Q4").next() == Period.parse("2025Q1")
    assert Period.parse("2024H1").previous() == Period.parse("2023H2")
    assert Period.parse("2024").next() == Period.parse("2025")


def test_containing_and_labels():
    assert Period.containing(date(2026, 11, 23)) == Period.parse("2026Q4")
    assert Period.containing(date(2026, 5, 1), "H") == Period.parse("2026H1")
    assert Period.parse("2024Q3").label() == "2024 оны III улирал"
    assert Period.parse("2024Q3").label("en") == "Q3 2024"
    assert Period.parse("2024H2").label() == "2024 оны II хагас жил"
