"""Issue 15: event date fields show 2026.11.01 and keep what is typed, whatever the field showed before."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QPoint, Qt

from soum_desk.domain import clock
from soum_desk.ui.widgets.event_date_edit import EventDateEdit, EventDateTimeEdit, OptionalEventDate

TODAY = date(2026, 12, 3)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: TODAY)


def _typed(qtbot, edit, keys: str, how: str = "select_all"):
    qtbot.addWidget(edit)
    edit.show()
    edit.setFocus()
    if how == "select_all":
        edit.selectAll()
    elif how == "click":
        qtbot.mouseClick(edit.lineEdit(), Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    qtbot.keyClicks(edit, keys)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    return edit


def test_office_format_and_today_by_default(qtbot):
    edit = EventDateEdit(date(2026, 11, 1))
    qtbot.addWidget(edit)
    assert edit.text() == "2026.11.01"
    assert EventDateEdit().value() == TODAY


@pytest.mark.parametrize("how", ["select_all", "cursor_at_start", "click"])
@pytest.mark.parametrize(("keys", "expected"), [
    ("2026.11.01", date(2026, 11, 1)),   # another year than the field showed
    ("20261101", date(2026, 11, 1)),     # no separators
    ("2026.1.5", date(2026, 1, 5)),      # short month and day
    ("2027.11.01", date(2027, 11, 1)),   # the future is kept as typed (saving refuses it, naming the field)
    ("1985.03.06", date(1985, 3, 6)),    # so is the implausibly old
])
def test_a_typed_date_is_kept_as_typed(qtbot, how, keys, expected):
    edit = _typed(qtbot, EventDateEdit(date(2025, 10, 5)), keys, how)
    assert edit.value() == expected


def test_backspace_inside_a_section_keeps_the_rest(qtbot):
    edit = EventDateEdit(date(2026, 10, 5))
    qtbot.addWidget(edit)
    edit.selectAll()
    qtbot.keyClicks(edit, "202")
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, "25.3.4")
    assert edit.value() == date(2025, 3, 4)


def test_date_and_time_typed_whole(qtbot):
    edit = _typed(qtbot, EventDateTimeEdit(datetime(2026, 10, 5, 9, 0)), "2026.11.01 14:05")
    assert edit.value() == datetime(2026, 11, 1, 14, 5)
    assert edit.text() == "2026.11.01 14:05"


def test_an_optional_date_is_none_until_ticked(qtbot):
    field = OptionalEventDate()
    qtbot.addWidget(field)
    assert field.value() is None and not field.edit.isEnabled()
    field.given.setChecked(True)
    _typed(qtbot, field.edit, "2026.11.01")
    assert field.value() == date(2026, 11, 1)
    field.set_value(None)
    assert field.value() is None
