"""A date field for an event (received, resolved, registered, sent…): the office format 2026.11.01,
nothing after today, nothing before 1990 (the same bounds as domain/event_dates)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QWidget

from soum_desk.domain import clock
from soum_desk.domain.event_dates import EARLIEST

OFFICE_FORMAT = "yyyy.MM.dd"


def _q(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class EventDateEdit(QDateEdit):
    """Shows and accepts 2026.11.01; the calendar and typing stop at today and at 1990.01.01."""

    def __init__(self, value: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat(OFFICE_FORMAT)
        self.setCalendarPopup(True)
        self.setMinimumDate(_q(EARLIEST))
        self.setMaximumDate(_q(clock.today()))
        self.setDate(_q(value or clock.today()))

    def value(self) -> date:
        d = self.date()
        return date(d.year(), d.month(), d.day())
