"""The ranking screen's §10/§11.3 parts: the confirmation line, the prize, monitoring and violation
columns, the «Тэмдэглэх» dialogs (they save and the ranking shows it), the settings' «Шагнал» tab;
each fits a 1366×768 laptop with nothing cut, in Mongolian and in English."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from soum_desk.services.core import settings
from soum_desk.services.province import confirmation
from soum_desk.ui.bus import DataBus
from soum_desk.ui.i18n import install_language
from soum_desk.ui.state import AppState
from tests.bundle.test_evaluation import _admin, _offices, hub  # noqa: F401
from tests.ui.test_gui_walk import cut_texts


@pytest.fixture(params=["mn", "en"])
def lang(request):
    install_language(request.param)
    yield request.param
    install_language("mn")


def _column(view, title: str) -> int:
    model = view.ranking
    return next(c for c in range(model.columnCount())
                if model.headerData(c, Qt.Orientation.Horizontal) == title)


def _cell(view, code: str, column: int) -> str:
    row = next(i for i, r in enumerate(view.ranked) if r["office_code"] == code)
    return str(view.ranking.value(row, column))


def test_the_officer_records_the_councils_decision_a_violation_and_the_monitoring(qtbot, hub, monkeypatch):  # noqa: F811
    from soum_desk.ui import ops
    from soum_desk.ui.province.ranking_view import RankingView

    shown: list = []
    monkeypatch.setattr(ops, "show_error", lambda parent, exc: shown.append(exc))

    _offices(hub, {"S1": 95, "S2": 90, "S3": 85, "S4": 80})
    state = AppState(hub, DataBus(), province_mode=True)
    view = RankingView(state)
    qtbot.addWidget(view)
    view.period.setText("2024")
    view.refresh()
    assert view.confirmation.text().startswith("БАТАЛГААЖААГҮЙ")
    assert _cell(view, "S1", _column(view, "Шагнал (10.3–10.6)")) == "Хүндэт өргөмжлөл, 12,0 сая ₮; даргад цалингийн 100 %"

    dialog = view.record_confirmation()
    dialog.on.setDate(date(2025, 1, 15))
    dialog.number.setText("03/12")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    qtbot.waitUntil(lambda: "№03/12" in view.confirmation.text())

    view.tables[0].selectRow(next(i for i, r in enumerate(view.ranked) if r["office_code"] == "S2"))
    violation = view.record_violation()
    assert violation.office.currentData() == "S2"  # the selected office
    violation.on.setDate(date(2024, 12, 3))
    violation.clause.setCurrentIndex(violation.clause.findData("11.3.3"))
    violation.what.setPlainText("Зөвлөлийн хурлаар хэлэлцүүлээгүй")
    violation.save()
    assert violation.result() != violation.DialogCode.Accepted  # no reference: refused, the dialog stays
    assert "Үндэслэл (акт, албан бичиг) хоосон байна." in str(shown.pop())
    violation.reference.setText("Акт №3")
    violation.save()
    qtbot.waitUntil(lambda: _cell(view, "S2", _column(view, "Зөрчил (11.3)")) == "11.3.3 (2024.12.03, Акт №3)")

    view.tables[0].selectRow(next(i for i, r in enumerate(view.ranked) if r["office_code"] == "S2"))
    again = view.record_violation()
    assert again.office.currentData() == "S2" and again.recorded.count() == 1  # what is already recorded
    from soum_desk.ui.province import evaluation_dialogs

    monkeypatch.setattr(evaluation_dialogs, "confirm", lambda *_args: True)
    again.recorded.setCurrentRow(0)
    again.remove_selected()
    assert again.recorded.count() == 0
    qtbot.waitUntil(lambda: _cell(view, "S2", _column(view, "Зөрчил (11.3)")) == "")
    again.reject()

    monitoring = view.record_monitoring()
    monitoring.office.setCurrentIndex(monitoring.office.findData("S3"))
    monitoring.on.setDate(date(2024, 9, 25))
    monitoring.recommendations.setPlainText("Архивын бүртгэлийг цэгцлэх")
    monitoring.save()
    qtbot.waitUntil(lambda: _cell(view, "S3", _column(view, "Явцын хяналт (10.1)")) == "2024.09.25")
    assert _cell(view, "S4", _column(view, "Явцын хяналт (10.1)")) == "хийгдээгүй"
    correcting = view.record_monitoring()
    correcting.office.setCurrentIndex(correcting.office.findData("S3"))  # shows what was recorded
    assert correcting.recommendations.toPlainText() == "Архивын бүртгэлийг цэгцлэх"
    assert correcting.on.date().toPython() == date(2024, 9, 25)
    correcting.reject()

    special = view.record_special_places()
    items = [special.list.item(i) for i in range(special.list.count())]
    assert not next(i for i in items if i.data(Qt.ItemDataRole.UserRole) == "S1").flags() & Qt.ItemFlag.ItemIsEnabled
    next(i for i in items if i.data(Qt.ItemDataRole.UserRole) == "S4").setCheckState(Qt.CheckState.Checked)
    special.save()
    qtbot.waitUntil(lambda: _cell(view, "S4", _column(view, "Шагнал (10.3–10.6)")).startswith("Тусгай байр"))
    assert confirmation.status(hub, "2024")["decision_number"] == "03/12" and shown == []

    view.period.setText("2024Q4")
    view.refresh()
    assert not view.confirmation.isVisible() and not view.record_actions[1].isEnabled()


def test_the_dialogs_and_the_prizes_tab_fit_and_read_in_both_languages(qtbot, hub, lang, monkeypatch):  # noqa: F811
    from soum_desk.ui.admin.settings_dialog import SettingsDialog
    from soum_desk.ui.province.ranking_view import RankingView

    _offices(hub, {"S1": 95, "S2": 40})
    hub.lang = lang
    state = AppState(hub, DataBus(), province_mode=True)
    view = RankingView(state)
    qtbot.addWidget(view)
    view.period.setText("2024")
    view.refresh()
    if lang == "en":
        assert view.confirmation.text().startswith("NOT CONFIRMED")
        assert view.record_button.text() == "Record"
        column = _column(view, "Accountability (11.2)")
        assert _cell(view, "S2", column) == "unsatisfactory"  # §11.2's column in English too
    cut: list[str] = []
    for opener in (view.record_monitoring, view.record_confirmation, view.record_special_places,
                   view.record_violation):
        dialog = opener()
        qtbot.addWidget(dialog)
        assert dialog.width() <= 1366 and dialog.height() <= 728
        cut += [f"{dialog.objectName()}: {problem}" for problem in cut_texts(dialog)]
        if lang == "en":
            assert not any("а" <= ch <= "я" for ch in dialog.windowTitle().lower()), dialog.windowTitle()
        dialog.reject()
    dialog = SettingsDialog(AppState(_admin(hub), DataBus(), province_mode=True))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.prizes_tab)
    cut += [f"settings: {problem}" for problem in cut_texts(dialog)]
    assert cut == []
    from soum_desk.ui import ops

    shown: list = []
    monkeypatch.setattr(ops, "show_error", lambda parent, exc: shown.append(exc))
    dialog.prizes_tab.lists["soum"].setText("15; арван")
    dialog.save()
    label = "Soum prizes by place (10.3)" if lang == "en" else "Сумын шагнал, байраар (10.3)"
    assert label in str(shown.pop()) and settings.get(hub, "province.prizes")["soum"] == [12.0, 8.0, 4.0]
    dialog.prizes_tab.lists["soum"].setText("15; 10; 5,5")
    dialog.save()
    assert settings.get(hub, "province.prizes")["soum"] == [15.0, 10.0, 5.5] and shown == []
