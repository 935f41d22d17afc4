"""Issue 15: event date fields show 2026.11.01, stop at today, and typing is not mangled."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from soum_desk.domain import clock
from soum_desk.ui.widgets.event_date_edit import EventDateEdit

TODAY = date(2026, 12, 3)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: TODAY)


def test_office_format_and_bounds(qtbot):
    edit = EventDateEdit(date(2026, 11, 1))
    qtbot.addWidget(edit)
    assert edit.text() == "2026.11.01"
    assert edit.maximumDate().toPython() == TODAY
    assert edit.minimumDate().toPython() == date(1990, 1, 1)


def test_typing_the_office_date_keeps_it(qtbot):
    edit = EventDateEdit()
    qtbot.addWidget(edit)
    edit.show()
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "2026.11.01")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.value() == date(2026, 11, 1)
