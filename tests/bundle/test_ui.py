"""The bundle and province views: approve, export through the wizard, import with verdicts,
ranking table."""

from __future__ import annotations

from soum_desk.services.bundle import export as bundle_export
from soum_desk.ui.bus import DataBus
from soum_desk.ui.state import AppState
from tests.bundle.conftest import KEY_PASS, register


def test_office_approves_and_exports_through_the_wizard(qtbot, make_office):
    from soum_desk.ui.bundle.export_wizard import ExportWizard
    from soum_desk.ui.bundle.view import BundleView

    env = make_office()
    state = AppState(env.ctx, DataBus())
    view = BundleView(state)
    qtbot.addWidget(view)
    assert view.keys_model.rowCount() == 1 and view.new_key.isEnabled()
    view.period_edit.setText("2024Q4")
    view.approve.click()
    assert "2024Q4" in view.approved_label.text()
    usb = env.folder / "stick"
    usb.mkdir()
    wizard = ExportWizard(state, view)
    assert wizard.period.currentText() == "2024Q4"
    wizard.folder.setText(str(usb))
    wizard.passphrase.setText(KEY_PASS)
    wizard.show()
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.result_info is not None, timeout=20_000)
    assert (usb / wizard.result_info["file_name"]).is_file()
    qtbot.waitUntil(lambda: view.exports_model.rowCount() == 1, timeout=5_000)
    assert bundle_export.list_exports(env.ctx)[0]["sequence"] == 1


def test_office_resynchronises_with_the_province_from_the_bundle_view(qtbot, province_ctx, make_office,
                                                                     monkeypatch):
    """Issue 19: the UI entry for `bundle resync`: a bad digest is told in the dialog, a good one
    marks the lost export interrupted and the next bundle is valid at the province."""
    from soum_desk.services.province import imports as province_import
    from soum_desk.services.province import registry as province
    from soum_desk.ui.bundle import resync_dialog
    from soum_desk.ui.bundle.view import BundleView

    env = make_office()
    register(province_ctx, env)
    province_import.import_files(province_ctx, [env.export("2024Q3")])
    env.export("2024Q4").unlink()  # lost on the way
    head = province.chain_head(province_ctx, env.code)
    state = AppState(env.ctx, DataBus())
    view = BundleView(state)
    qtbot.addWidget(view)
    assert view.resync.isEnabled()
    shown = []
    monkeypatch.setattr(resync_dialog, "run_op", _recording_run_op(shown))
    dialogs = []

    def fill(dialog):
        dialogs.append(dialog)
        dialog.sequence.setValue(head["sequence"])
        dialog.digest.setText("not a digest")
        dialog.apply()
        assert dialog.result_info is None and "64" in shown[-1]
        dialog.digest.setText(head["digest"])
        dialog.apply()
        return dialog.result_info is not None

    monkeypatch.setattr(resync_dialog.ResyncDialog, "exec", fill)
    view.resync.click()
    assert dialogs and dialogs[0].result_info["marked_interrupted"] == [2]
    result = province_import.import_files(province_ctx, [env.export("2025Q1")])[0]
    assert (result["sequence"], result["verdict"]) == (3, "valid")


def _recording_run_op(shown):
    from soum_desk.errors import SoumDeskError

    def run(_parent, _state, _change, fn, on_done=None):
        try:
            return fn()
        except SoumDeskError as exc:
            shown.append(str(exc))
            return None
    return run


def test_province_imports_and_ranks(qtbot, province_ctx, make_office, tmp_path):
    from soum_desk.ui.province.import_view import ImportView
    from soum_desk.ui.province.offices_view import OfficesView
    from soum_desk.ui.province.ranking_view import RankingView

    good, stranger = make_office("Алтанбулаг"), make_office("Мандал")
    register(province_ctx, good)
    files = [good.export("2024Q4"), stranger.export("2024Q4")]
    state = AppState(province_ctx, DataBus(), province_mode=True)
    offices = OfficesView(state)
    qtbot.addWidget(offices)
    assert offices.model.rowCount() == 1
    view = ImportView(state)
    qtbot.addWidget(view)
    view.import_files(files)
    qtbot.waitUntil(lambda: view.results.rowCount() == 2, timeout=20_000)
    verdicts = [view.results.value(r, 4) for r in range(2)]
    assert verdicts[0].startswith("✓") and verdicts[1].startswith("✗")
    assert view.refusals.rowCount() == 1
    ranking = RankingView(state)
    qtbot.addWidget(ranking)
    # it opens on the period just imported (2024Q4), not on the last closed quarter of today
    assert ranking.period.text() == "2024Q4" and ranking.period.currentText() == "2024 оны IV улирал"
    ranking.refresh()
    assert ranking.ranking.rowCount() == 1 and ranking.ranking.value(0, 0) == 1
    assert ranking.figures.rowCount() == 1
    # issue 19: the office's last bundle and the command that resynchronises it, for the office's head
    text = offices.chain_head_text(good.code)
    assert "№1" in text and "soum-desk bundle resync --sequence 1 --digest " in text


def test_a_wrong_passphrase_returns_to_its_page_with_the_reason(qtbot, make_office):
    from PySide6.QtWidgets import QWizard

    from soum_desk.ui.bundle.export_wizard import ExportWizard

    env = make_office()
    bundle_export.approve_period(env.ctx, "2024Q4")
    state = AppState(env.ctx, DataBus())
    usb = env.folder / "stick"
    usb.mkdir()
    wizard = ExportWizard(state)
    qtbot.addWidget(wizard)
    wizard.folder.setText(str(usb))
    wizard.passphrase.setText("not-the-passphrase")
    wizard.show()
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.retry_error.text() != "", timeout=20_000)
    assert wizard.currentId() == 1 and "нууц үг буруу" in wizard.retry_error.text()
    assert "passphrase:" not in wizard.retry_error.text()  # no internal name
    assert wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    wizard.passphrase.setText(KEY_PASS)  # typed again on the same page
    wizard.next()
    qtbot.waitUntil(lambda: wizard.result_info is not None, timeout=20_000)
    assert (usb / wizard.result_info["file_name"]).is_file() and wizard.retry_error.text() == ""


def test_province_areas_switch_language_live(qtbot, province_ctx, make_office):
    from soum_desk import i18n_build
    from soum_desk.ui.admin.settings_dialog import switch_language
    from soum_desk.ui.app import main_window_for
    from soum_desk.ui.i18n import install_language
    from tests.ui.visible_texts import CYRILLIC, left_over, walk

    register(province_ctx, make_office("Алтанбулаг"))
    i18n_build.compile_qm()

    def window_in(lang: str):  # noqa: ANN202
        province_ctx.lang = lang
        install_language(lang)
        window = main_window_for(province_ctx, province_ctx.actor, province=True)
        qtbot.addWidget(window)
        window.show()
        return window

    try:
        window = window_in("mn")
        walk(window, qtbot)
        qtbot.waitUntil(lambda: window.views["province_charts"].data is not None, timeout=10_000)
        assert window.views["province_offices"].add.text() == "Түлхүүр бүртгэх…"
        switch_language(window.state, "en")
        qtbot.wait(300)
        live = walk(window, qtbot)
        assert window.views["province_offices"].add.text() != "Түлхүүр бүртгэх…"
        assert window.views["province_ranking"].missing.text().startswith("Not submitted")
        started_in_english = window_in("en")
        walk(started_in_english, qtbot)
        qtbot.waitUntil(lambda: started_in_english.views["province_charts"].data is not None, timeout=10_000)
        fresh = walk(started_in_english, qtbot)
        assert left_over(live, fresh, CYRILLIC.search) == []
    finally:
        install_language("mn")
