"""One period picker: quarters, halves and years of recent years, labelled as the office writes them.

It starts on the period the clerk most likely means: for reporting and approval the last closed
quarter (on 3 December: the third quarter), for entry the current one.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QWidget

from soum_desk.domain import clock
from soum_desk.domain.periods import Period
from soum_desk.ui.messages import current_lang

LAST_CLOSED, CURRENT = "last_closed", "current"


def recent_periods(year: int, years: int = 3) -> list[Period]:
    """Newest first: each year's quarters, halves and the year itself."""
    out: list[Period] = []
    for y in range(year, year - years, -1):
        out += [Period(y, "Q", q) for q in (4, 3, 2, 1)] + [Period(y, "H", h) for h in (2, 1)] + [Period(y, "Y", 1)]
    return out


class PeriodPicker(QComboBox):
    def __init__(self, lang: str, default: str = LAST_CLOSED, parent: QWidget | None = None, *,
                 none_label: str = "") -> None:
        """`none_label`: a first choice meaning "no period" (e.g. «гарчгаас»: the file's own), chosen
        at first; `text()` is then empty."""
        super().__init__(parent)
        self._lang = lang
        today = clock.today()
        if none_label:
            self.addItem(none_label, None)
        for period in recent_periods(today.year):
            if period.start <= today:  # no period that has not started
                self.addItem(period.label(lang), period.code)
        current = Period.containing(today)
        if none_label:
            self.setCurrentIndex(0)
        else:
            self.setText((current.previous() if default == LAST_CLOSED else current).code)

    def text(self) -> str:
        """The chosen period's code («2026Q3»)."""
        return str(self.currentData() or "")

    def setText(self, code: str) -> None:  # noqa: N802 - the name QLineEdit users call
        if not code and self.findData(None) == 0:
            self.setCurrentIndex(0)
            return
        period = Period.parse(code)
        index = self.findData(period.code)
        if index < 0:
            self.addItem(period.label(self._lang), period.code)
            index = self.count() - 1
        self.setCurrentIndex(index)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """A live language switch relabels the periods («2026 оны III улирал» ↔ «Q3 2026»)."""
        if event.type() == QEvent.Type.LanguageChange:
            self._lang = current_lang()
            for index in range(self.count()):
                if self.itemData(index) is not None:  # the "no period" choice is worded by its owner
                    self.setItemText(index, Period.parse(self.itemData(index)).label(self._lang))
        super().changeEvent(event)

    def clear(self) -> None:
        """Kept for the callers of a line edit: the picker always holds a period."""
