"""Date fields for events (received, resolved, registered, sent…) in the office format 2026.11.01.

What is typed is kept as typed. A plain QDateEdit mangled it: typing «2026.11.01» left the year
as it was (the digits were refused, the whole text being selected), and the «.» typed after a
year that had already moved on to the month skipped the month (2025.10.11). A date outside the
allowed range was silently changed too, so the range is left wide: a date after today or before
1990 is refused when saved, by `domain/event_dates`, with a message naming the field.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QCheckBox, QDateEdit, QDateTimeEdit, QHBoxLayout, QWidget

from soum_desk.domain import clock

OFFICE_FORMAT = "yyyy.MM.dd"
SEPARATORS = frozenset(".-/: ")


def now() -> datetime:
    """This minute on the program's day (`domain/clock`, which tests fix)."""
    return datetime.combine(clock.today(), datetime.now().time())


def _q(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class _TypedAsTyped:
    """Typing into a date-time edit: a date typed whole lands whole.

    - a digit typed over the whole text starts at the year, one typed with nothing selected
      replaces the section under the cursor (Qt refused the digit or inserted it beside the old);
    - a click selects the section clicked, so typing replaces it;
    - a separator typed just after a full section moved on by itself is not a second move.
    """

    _advanced = False
    _typing = False  # the last key was a digit that stayed in its section: Qt is mid-section

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        super().mousePressEvent(event)  # type: ignore[misc]
        edit: QDateTimeEdit = self  # type: ignore[assignment]
        edit.setSelectedSection(edit.currentSection())
        self._typing = False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        edit: QDateTimeEdit = self  # type: ignore[assignment]
        text = event.text()
        if text and text in SEPARATORS and self._advanced:
            self._advanced = False
            event.accept()
            return
        line = edit.lineEdit()
        if text.isdigit() and line.selectedText() == line.text():
            edit.setSelectedSection(edit.sectionAt(0))
        elif text.isdigit() and not self._typing and not line.hasSelectedText():
            edit.setSelectedSection(edit.currentSection())
        before = edit.currentSectionIndex()
        super().keyPressEvent(event)  # type: ignore[misc]
        moved = edit.currentSectionIndex() != before
        editing = text.isdigit() or event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete)
        self._advanced = text.isdigit() and moved
        self._typing = editing and not moved

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusInEvent(event)  # type: ignore[misc]
        self._advanced = self._typing = False


class EventDateEdit(_TypedAsTyped, QDateEdit):
    """Shows and takes 2026.11.01 as typed."""

    def __init__(self, value: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat(OFFICE_FORMAT)
        self.setCalendarPopup(True)
        self.setMinimumDate(QDate(1900, 1, 1))
        self.setDate(_q(value or clock.today()))

    def value(self) -> date:
        d = self.date()
        return date(d.year(), d.month(), d.day())


class EventDateTimeEdit(_TypedAsTyped, QDateTimeEdit):
    """The same with the time: 2026.11.01 09:30 (a petition's received time)."""

    def __init__(self, value: datetime | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat(f"{OFFICE_FORMAT} HH:mm")
        self.setCalendarPopup(True)
        self.setMinimumDate(QDate(1900, 1, 1))
        self.set_value(value or now())

    def set_value(self, value: datetime) -> None:
        self.setDateTime(QDateTime(_q(value.date()), QTime(value.hour, value.minute)))

    def value(self) -> datetime:
        return self.dateTime().toPython().replace(second=0, microsecond=0)


class OptionalEventDate(QWidget):
    """An event date that may be left out (a unit not yet received, a plan's act not dated).

    The box ticked: the date counts; unticked: `value()` is None and the date is greyed out."""

    def __init__(self, value: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.given = QCheckBox()
        self.edit = EventDateEdit(value)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.given)
        layout.addWidget(self.edit, 1)
        self.given.toggled.connect(self.edit.setEnabled)
        self.set_value(value)

    def set_value(self, value: date | None) -> None:
        self.given.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        if value is not None:
            self.edit.setDate(_q(value))

    def value(self) -> date | None:
        return self.edit.value() if self.given.isChecked() else None

    def setAccessibleName(self, name: str) -> None:  # noqa: N802
        super().setAccessibleName(name)
        self.given.setAccessibleName(name)
        self.edit.setAccessibleName(name)
