"""Issue 15 in the window: the dashboard's bundle tile and the bundle page name a period changed
since it was sent, the page's button opens the export wizard on it, and at the province a
double-click on an office shows every bundle it sent for the period."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from soum_desk.domain.periods import Period
from soum_desk.services.bundle import export as bundle_export
from soum_desk.services.province import imports as province_import
from soum_desk.ui.bus import DataBus
from soum_desk.ui.state import AppState
from tests.bundle.conftest import KEY_PASS, register
from tests.bundle.test_corrections import PERIOD, corrected_payload

LABEL = Period.parse(PERIOD).label("mn")  # «2024 оны IV улирал»


def test_dashboard_tile_names_the_changed_period(qtbot, make_office, monkeypatch):
    from soum_desk.ui.app import main_window_for

    env = make_office()
    env.export(PERIOD)
    window = main_window_for(env.ctx, env.ctx.actor)
    qtbot.addWidget(window)
    view = window.views["dashboard"]
    qtbot.waitUntil(lambda: view.summary is not None, timeout=20_000)
    qtbot.waitUntil(lambda: not any(view._loading.values()), timeout=20_000)
    assert view.changed == [] and "өөрчлөгдсөн" not in view.tiles["bundle"].note.text()
    monkeypatch.setitem(bundle_export.PAYLOAD_PROVIDERS, "fake", corrected_payload)  # records changed
    window.state.bus.changed("petitions")
    tile = view.tiles["bundle"]
    qtbot.waitUntil(lambda: "Илгээснээс хойш" in tile.note.text(), timeout=20_000)
    assert f"Илгээснээс хойш өөрчлөгдсөн: {LABEL}" in tile.note.text()
    assert tile.property("warn") is True and [c["period"] for c in view.changed] == [PERIOD]


def _check_done(qtbot, view) -> None:
    qtbot.waitUntil(lambda: not view._checking, timeout=20_000)


def test_bundle_page_offers_the_correction_bundle(qtbot, make_office, monkeypatch):
    from soum_desk.ui.bundle import export_wizard
    from soum_desk.ui.bundle.view import BundleView

    env = make_office()
    env.export("2024Q3")
    env.export(PERIOD)
    state = AppState(env.ctx, DataBus())
    view = BundleView(state)
    qtbot.addWidget(view)
    view.show()
    _check_done(qtbot, view)
    assert not view.changes_box.isVisible()

    monkeypatch.setitem(bundle_export.PAYLOAD_PROVIDERS, "fake", corrected_payload)
    state.bus.changed("petitions")
    qtbot.waitUntil(view.changes_box.isVisible, timeout=20_000)
    assert LABEL in view.changes_note.text() and "№2" in view.changes_note.text()
    assert Period.parse("2024Q3").label("mn") in view.changes_note.text()  # the fake changed both

    opened: list[export_wizard.ExportWizard] = []
    monkeypatch.setattr(export_wizard.ExportWizard, "exec", lambda self: opened.append(self) or 0)
    qtbot.mouseClick(view.correct, Qt.MouseButton.LeftButton)
    wizard = opened[0]
    assert wizard.period.currentText() == PERIOD  # the newest changed period
    usb = env.folder / "stick"
    usb.mkdir()
    wizard.folder.setText(str(usb))
    wizard.passphrase.setText(KEY_PASS)
    wizard.show()
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.result_info is not None, timeout=20_000)
    assert wizard.result_info["sequence"] == 3
    wizard.button(QWizard.WizardButton.FinishButton).click()
    # the correction is sent: only 2024Q3 is still listed
    qtbot.waitUntil(lambda: LABEL not in view.changes_note.text(), timeout=20_000)
    assert view.changes_box.isVisible() and Period.parse("2024Q3").label("mn") in view.changes_note.text()


def test_double_click_on_an_office_shows_its_bundle_history(qtbot, province_ctx, make_office, monkeypatch):
    from soum_desk.ui.province.history_dialog import HistoryDialog
    from soum_desk.ui.province.ranking_view import RankingView

    env = make_office("Алтанбулаг")
    register(province_ctx, env)
    province_import.import_files(province_ctx, [env.export(PERIOD)], arrived_on=date(2025, 1, 8))
    monkeypatch.setitem(bundle_export.PAYLOAD_PROVIDERS, "fake", corrected_payload)
    province_import.import_files(province_ctx, [env.export(PERIOD)], arrived_on=date(2025, 2, 20))
    state = AppState(province_ctx, DataBus(), province_mode=True)
    view = RankingView(state)
    qtbot.addWidget(view)
    view.show()
    view.period.setText(PERIOD)
    view.refresh()
    assert view.ranking.value(0, 3) == 0  # late days: from the first bundle, on time
    table = view.tables[0]
    rect = table.visualRect(view.ranking.index(0, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # QTest: press first
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: view.findChild(HistoryDialog) is not None, timeout=5_000)
    dialog = view.findChild(HistoryDialog)
    qtbot.addWidget(dialog)
    model = dialog.model
    assert model.rowCount() == 2
    assert [model.value(r, 0) for r in range(2)] == [1, 2]
    assert [model.value(r, 4) for r in range(2)] == ["", "✓"]  # used: the correction
    assert [model.value(r, 5) for r in range(2)] == ["✓", ""]  # lateness from: the first
    assert model.value(1, 3) == "Хүчинтэй"
