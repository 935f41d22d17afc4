"""The letters figures and retention rules (pure)."""

from __future__ import annotations

from datetime import date

import pytest

from soum_desk.domain import letters as L
from soum_desk.domain import retention as R
from soum_desk.errors import ValidationError

D = date


def test_due_date_and_status():
    assert L.due_date_for(D(2024, 1, 10), 30) == D(2024, 2, 9)
    assert L.due_date_for(D(2024, 1, 10), 30, D(2024, 1, 20)) == D(2024, 1, 20)
    as_of = D(2024, 3, 31)
    assert L.letter_status("out", False, None, None, as_of) == L.STATUS_SENT
    assert L.letter_status("in", False, None, None, as_of) == L.STATUS_NOREPLY
    assert L.letter_status("in", True, D(2024, 3, 1), D(2024, 3, 1), as_of) == L.STATUS_ON_TIME
    assert L.letter_status("in", True, D(2024, 3, 1), D(2024, 3, 2), as_of) == L.STATUS_LATE
    assert L.letter_status("in", True, D(2024, 3, 31), None, as_of) == L.STATUS_OPEN
    assert L.letter_status("in", True, D(2024, 3, 30), None, as_of) == L.STATUS_OVERDUE
    # answered after the as-of day counts as not answered yet
    assert L.letter_status("in", True, D(2024, 3, 30), D(2024, 4, 2), as_of) == L.STATUS_OVERDUE
    assert L.days_overdue(D(2024, 3, 1), as_of) == 30


def test_figures_follow_the_seed():
    rows = [("in", D(2024, 1, 5), True, D(2024, 2, 4), D(2024, 2, 1))] * 2108
    rows += [("in", D(2024, 1, 5), True, D(2024, 2, 4), D(2024, 2, 20))] * 200
    rows += [("in", D(2024, 12, 20), True, D(2025, 1, 19), None)] * 100
    rows += [("in", D(2024, 11, 1), True, D(2024, 12, 1), None)] * 26
    rows += [("in", D(2024, 5, 5), False, None, None)] * 1013
    rows += [("out", D(2024, 5, 5), False, None, None)] * 1475
    rows += [("in", D(2023, 12, 31), True, D(2024, 1, 30), None)] * 5  # outside the period
    f = L.figures(rows, D(2024, 1, 1), D(2024, 12, 31))
    assert (f.received, f.reply_required, f.answered_on_time, f.answered_late, f.open, f.overdue, f.sent) == \
        (3447, 2434, 2108, 200, 100, 26, 1475)
    assert f.resolution_percent == 86.6
    assert L.LetterFigures().resolution_percent is None


def test_reg_no_format():
    assert L.format_reg_no("{seq}", seq=12, year=2024) == "12"
    assert L.format_reg_no("{index}/{seq}", seq=12, year=2024, index="01-05") == "01-05/12"
    assert L.format_reg_no("{index}/{seq}", seq=12, year=2024) == "12"
    assert L.format_reg_no("{yy}-{seq:04d}", seq=7, year=2024) == "24-0007"


@pytest.mark.parametrize(("text", "years", "expected"), [
    ("байнга", None, ("permanent", None)), ("70 жил", None, ("years70", None)),
    ("түр", 5, ("temporary", 5)), ("Түр 10", None, ("temporary", 10)), ("5 жил", None, ("temporary", 5)),
])
def test_parse_retention(text, years, expected):
    assert R.parse_retention(text, years) == expected


def test_parse_retention_errors():
    for text, years in (("түр", None), ("хэзээ ч", None), ("түр", 90)):
        with pytest.raises(ValidationError):
            R.parse_retention(text, years)


def test_retention_end_and_act_rules():
    assert R.retention_end("temporary", 5, 2020) == D(2026, 1, 1)
    assert R.retention_end("years70", None, 2020) == D(2091, 1, 1)
    assert R.retention_end("permanent", None, 2000, permanent_keep_years=15) == D(2016, 1, 1)
    assert not R.retention_ended("temporary", 5, 2020, D(2025, 12, 31))
    assert R.retention_ended("temporary", 5, 2020, D(2026, 1, 1))
    R.check_act_allowed("destruction", "temporary", 5, 2020, D(2026, 1, 1))
    with pytest.raises(ValidationError, match="дуусаагүй"):
        R.check_act_allowed("destruction", "temporary", 5, 2020, D(2025, 12, 31))
    with pytest.raises(ValidationError, match="never destroyed"):
        R.check_act_allowed("destruction", "permanent", None, 1990, D(2025, 1, 1))
    with pytest.raises(ValidationError, match="only permanent"):
        R.check_act_allowed("transfer", "temporary", 1, 1990, D(2025, 1, 1))
    R.check_act_allowed("transfer", "permanent", None, 2000, D(2016, 1, 1))
