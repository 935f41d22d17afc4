"""Issue 14: one period picker, starting on the period the clerk most likely means."""

from datetime import date

from soum_desk.domain import clock
from soum_desk.ui.widgets.period_picker import CURRENT, PeriodPicker


def test_the_picker_starts_on_the_last_closed_quarter_and_offers_no_future(qtbot, monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 3))
    picker = PeriodPicker("mn")
    qtbot.addWidget(picker)
    assert picker.text() == "2026Q3" and "III улирал" in picker.currentText()
    codes = [picker.itemData(i) for i in range(picker.count())]
    assert "2026Q4" in codes and "2027Q1" not in codes and "2026" in codes
    entry = PeriodPicker("en", CURRENT)
    qtbot.addWidget(entry)
    assert entry.text() == "2026Q4"
    picker.setText("2021Q2")  # an older period can still be chosen
    assert picker.text() == "2021Q2"
