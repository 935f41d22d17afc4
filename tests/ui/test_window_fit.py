"""Issue 14: every window fits a 1366×768 laptop (work area ~1366×728 under the taskbar) in
Mongolian and in English, and comes back the size the clerk left it at."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QDialog, QWidget

from soum_desk.reports.common import Column, ReportHeader
from soum_desk.reports.pdf import PdfReport
from soum_desk.ui.bus import DataBus
from soum_desk.ui.i18n import install_language
from soum_desk.ui.state import AppState
from soum_desk.ui.widgets import window_fit

LAPTOP = QRect(0, 0, 1366, 728)


@pytest.fixture
def laptop(monkeypatch):
    monkeypatch.setattr(window_fit, "screen_area", lambda _window: LAPTOP)


@pytest.fixture(params=["mn", "en"])
def lang(request):
    install_language(request.param)
    yield request.param
    install_language("mn")


def _assert_fits(window: QWidget, name: str) -> None:
    width = window.width() + window_fit.FRAME_ALLOWANCE[0]
    height = window.height() + window_fit.FRAME_ALLOWANCE[1]
    assert width <= LAPTOP.width() and height <= LAPTOP.height(), (name, window.size())


def test_a_window_asking_for_more_than_the_screen_gets_the_screen(qtbot, laptop):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    window_fit.remember_geometry(dialog, "test_big", 2000, 1000)
    dialog.show()
    _assert_fits(dialog, "test_big")
    assert dialog.width() == LAPTOP.width() - window_fit.FRAME_ALLOWANCE[0]


def test_the_size_the_clerk_leaves_comes_back(qtbot, laptop):
    first = QDialog()
    qtbot.addWidget(first)
    window_fit.remember_geometry(first, "test_kept", 600, 400)
    first.show()
    first.resize(700, 500)
    first.close()
    again = QDialog()
    qtbot.addWidget(again)
    window_fit.remember_geometry(again, "test_kept", 600, 400)
    assert (again.width(), again.height()) == (700, 500)
    other = QDialog()
    qtbot.addWidget(other)
    window_fit.remember_geometry(other, "test_other", 600, 400)  # another window keeps its own
    assert (other.width(), other.height()) == (600, 400)


def test_every_main_window_and_dialog_fits_the_laptop(qtbot, laptop, lang, ctx, tmp_path):
    from soum_desk.ui.admin.settings_dialog import SettingsDialog
    from soum_desk.ui.app import main_window_for
    from soum_desk.ui.bundle.passphrase import PassphraseDialog
    from soum_desk.ui.bundle.resync_dialog import ResyncDialog
    from soum_desk.ui.help_dialog import HelpDialog
    from soum_desk.ui.letters.form import LetterDialog
    from soum_desk.ui.letters.tools import FiguresDialog
    from soum_desk.ui.login_dialog import LoginDialog
    from soum_desk.ui.petitions.register_dialog import RegisterDialog
    from soum_desk.ui.petitions.report_dialog import ReportDialog
    from soum_desk.ui.plans.import_wizard import ImportDialog
    from soum_desk.ui.plans.report_dialog import ReportDialog as PlansReportDialog
    from soum_desk.ui.widgets.report_preview import ReportPreview
    from soum_desk.ui.widgets.signing_box import SigningDialog

    state = AppState(ctx=ctx, bus=DataBus())
    report = PdfReport(ReportHeader("Есөнбулаг сумын ЗДТГ", "Туршилт", date(2024, 12, 31), "Есөнбулаг"))
    report.table([Column("№", 10), Column("Агуулга", 100)], [[i, f"Мөр {i}"] for i in range(60)])
    pdf = report.write(tmp_path / "preview.pdf")
    holder = QWidget()  # the letters figures dialog takes its state from its parent
    holder.state = state  # type: ignore[attr-defined]
    long_note = "Багцыг гарын үсгээр баталгаажуулахын тулд түлхүүрийн нууц үгээ оруулна уу. " * 6
    windows: dict[str, QWidget] = {
        "main window": main_window_for(ctx, ctx.actor),
        "report preview": ReportPreview(pdf),
        "petition register": RegisterDialog(state),
        "petitions report": ReportDialog(state),
        "incoming letter": LetterDialog(state, "in"),
        "outgoing letter": LetterDialog(state, "out"),
        "passphrase": PassphraseDialog(None, confirm=True, note=long_note),
        "help": HelpDialog(lang),
        "settings": SettingsDialog(state),
        "plan import": ImportDialog(state),
        "plans report": PlansReportDialog(state, {"id": 0, "year": 2024}, "2024Q4"),  # with its signing box
        "report signing": SigningDialog(state, "province"),
        "letters figures": FiguresDialog(holder),
        "bundle resync": ResyncDialog(state),
        "recovery sign-in": LoginDialog(None, check=lambda _name, _password: ctx.actor, note=long_note),
    }
    from tests.ui.test_gui_walk import cut_texts

    cut: list[str] = []
    for name, window in windows.items():
        qtbot.addWidget(window)
        window.show()
        _assert_fits(window, name)
        cut += [f"{name}: {problem}" for problem in cut_texts(window)]
    assert cut == []
    # the incoming-letter form was 278 px wide: its texts and placeholders scrolled out of sight
    assert windows["incoming letter"].width() >= 600
    assert windows["passphrase"].width() <= 700  # a long note wraps, it does not widen the dialog


def test_the_set_up_and_the_import_preview_with_missing_bags_fit(qtbot, laptop, lang, clerk_ctx, blank_ctx,
                                                                 tmp_path):
    """Issue 16/14: the preview's missing-bag list and its tick, and the set-up form, fit and read whole."""
    from soum_desk.ui.petitions.import_dialog import ImportDialog as PetitionImportDialog
    from soum_desk.ui.setup_dialog import SetupDialog
    from tests.importers.test_petition_xlsx import _row, _rows_register
    from tests.ui.test_gui_walk import cut_texts, mongolian_chrome

    rows = ([_row(f"2024/{n:04d}", "2024.03.05", bag="Хөх толгойн 5-р баг") for n in range(1, 214)]
            + [_row("2024/0214", "2024.03.05", bag="Улаан уулын баг")])
    importer = PetitionImportDialog(AppState(ctx=clerk_ctx, bus=DataBus()),
                                    path=str(_rows_register(tmp_path / "bags.xlsx", rows)))
    qtbot.addWidget(importer)
    qtbot.waitUntil(lambda: importer.prepared is not None, timeout=10000)
    setup = SetupDialog(blank_ctx)
    qtbot.addWidget(setup)
    cut: list[str] = []
    for name, window in {"petitions import": importer, "set-up": setup}.items():
        window.show()
        _assert_fits(window, name)
        cut += [f"{name}: {problem}" for problem in cut_texts(window)]
        if lang == "en":
            cut += [f"{name}: Mongolian «{t}»" for t in mongolian_chrome(window)]
    assert importer.add_missing.isVisible() and cut == []


def test_column_widths_the_clerk_drags_come_back(qtbot, clerk_ctx):
    from soum_desk.ui.petitions.view import PetitionsView

    first = PetitionsView(AppState(ctx=clerk_ctx, bus=DataBus()))
    qtbot.addWidget(first)
    first.table.horizontalHeader().resizeSection(0, 211)  # the clerk widens «Дугаар»
    qtbot.wait(600)  # the width is written once the drag has stopped
    again = PetitionsView(AppState(ctx=clerk_ctx, bus=DataBus()))
    qtbot.addWidget(again)
    assert again.table.columnWidth(0) == 211


def test_a_list_refilled_keeps_the_widths_the_clerk_dragged(qtbot, ctx):
    """The audit log sizes its columns for their contents on every filter; a width the clerk dragged
    wins, on the next refresh and in the next session."""
    from soum_desk.ui.admin.audit_view import AuditView

    first = AuditView(AppState(ctx=ctx, bus=DataBus()))
    qtbot.addWidget(first)
    fitted = first.table.columnWidth(1)
    first.apply_filter()
    qtbot.wait(600)
    again = AuditView(AppState(ctx=ctx, bus=DataBus()))
    qtbot.addWidget(again)
    assert again.table.columnWidth(1) == fitted  # the program's own sizing is not taken for the clerk's
    again.table.horizontalHeader().resizeSection(1, fitted + 97)  # the clerk widens a column
    qtbot.wait(600)
    again.apply_filter()  # a refresh does not undo it
    assert again.table.columnWidth(1) == fitted + 97
    third = AuditView(AppState(ctx=ctx, bus=DataBus()))
    qtbot.addWidget(third)
    assert third.table.columnWidth(1) == fitted + 97


def test_the_splitter_comes_back_where_the_clerk_left_it(qtbot, clerk_ctx):
    from PySide6.QtWidgets import QSplitter

    from soum_desk.ui.letters.view import LettersView

    first = LettersView(AppState(ctx=clerk_ctx, bus=DataBus()))
    qtbot.addWidget(first)
    first.resize(1200, 600)
    first.show()
    splitter = first.findChild(QSplitter)
    total = sum(splitter.sizes())
    splitter.moveSplitter(total // 2, 1)  # what a drag of the handle does (emits splitterMoved)
    dragged = splitter.sizes()
    assert dragged[0] < total * 0.6
    again = LettersView(AppState(ctx=clerk_ctx, bus=DataBus()))
    qtbot.addWidget(again)
    again.resize(1200, 600)
    again.show()
    assert again.findChild(QSplitter).sizes() == dragged
