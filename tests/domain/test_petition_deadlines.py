from datetime import date

import pytest

from soum_desk.domain.petition_codes import code_for, label
from soum_desk.domain.petition_deadlines import (
    DeadlineRules,
    check_extension,
    deadline_state,
    due_date,
    format_reg_no,
    normalise_register_no,
    seq_from_reg_no,
)
from soum_desk.errors import ValidationError


def test_default_period_is_30_calendar_days():
    rules = DeadlineRules.from_data(None)
    assert rules.period_days(source="direct", channel="written", kind="request") == 30
    assert due_date(date(2024, 1, 31), 30) == date(2024, 3, 1)  # leap year, calendar days


def test_1111_items_get_15_days_by_source_or_channel():
    rules = DeadlineRules.from_data(None)
    assert rules.period_days(source="c1111", channel="written") == 15
    assert rules.period_days(source="direct", channel="c1111") == 15


def test_rules_are_data():
    rules = DeadlineRules.from_data({"default_days": 20, "by_kind": {"complaint": 10}})
    assert rules.period_days(kind="request") == 20
    assert rules.period_days(kind="complaint") == 10
    assert rules.period_days(source="c1111") == 15  # defaults kept where not overridden


def test_extension_adds_days_once_with_reason():
    assert due_date(date(2024, 3, 5), 30, 30) == date(2024, 5, 4)
    check_extension(already_extended=False, status="assigned", reason="Газар дээр нь шалгах")
    with pytest.raises(ValidationError):
        check_extension(already_extended=True, status="assigned", reason="дахин")
    with pytest.raises(ValidationError):
        check_extension(already_extended=False, status="assigned", reason="  ")
    with pytest.raises(ValidationError):
        check_extension(already_extended=False, status="resolved", reason="x")


@pytest.mark.parametrize(("due", "status", "expected"), [
    (date(2024, 3, 9), "registered", "overdue"),
    (date(2024, 3, 10), "assigned", "due_soon"),
    (date(2024, 3, 13), "in_progress", "due_soon"),
    (date(2024, 3, 14), "in_progress", "ok"),
    (date(2024, 3, 1), "resolved", "closed"),
])
def test_deadline_state(due, status, expected):
    assert deadline_state(due, status, date(2024, 3, 10), 3) == expected


def test_register_number_validation():
    assert normalise_register_no(" уб85010112 ") == "УБ85010112"
    assert normalise_register_no("ӨҮ99123112") == "ӨҮ99123112"
    assert normalise_register_no("") is None
    for bad in ("UB85010112", "УБ8501011", "У85010112", "УБ850101123", "УББ5010112"):
        with pytest.raises(ValidationError):
            normalise_register_no(bad)


def test_registration_number_format():
    assert format_reg_no("{year}/{seq:04d}", 2024, 1) == "2024/0001"
    assert format_reg_no("ӨГ-{seq}", 2024, 15) == "ӨГ-15"
    with pytest.raises(ValidationError):
        format_reg_no("{yr}", 2024, 1)
    assert seq_from_reg_no("2024/0015") == 15
    assert seq_from_reg_no("А-б") is None


def test_codes_read_labels_in_both_languages():
    assert code_for("kind", "Гомдол") == "complaint"
    assert code_for("kind", "өргөдөл") == "request"
    assert code_for("channel", "7048-1111") == "c1111"
    assert code_for("channel", "In person") == "in_person"
    assert code_for("channel", "тэмээгээр") is None
    assert label("status", "resolved") == "Шийдвэрлэсэн"
    assert label("status", "resolved", "en") == "Resolved"
