"""Issue 14: every dialog and every wizard page of the program, opened on the demo office at 1366×768
in Mongolian and in English. A dialog fails the walk when it is larger than the laptop's work area,
when a button, label or header cuts its text, or (in English) when the program's own words are still
Mongolian. The area walk (`test_gui_walk`) covers the main window's pages; this covers what opens
from them."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QWidget, QWizard

from soum_desk import i18n_build
from soum_desk.domain.periods import Period
from soum_desk.reports.common import Column, ReportHeader
from soum_desk.reports.pdf import PdfReport
from soum_desk.ui.bus import DataBus
from soum_desk.ui.state import AppState
from soum_desk.ui.widgets import window_fit
from tests.bundle.conftest import open_demo_office
from tests.ui.test_gui_walk import LAPTOP, cut_texts, mongolian_chrome

FRAME = (16, 40)  # window borders and title bar
# Mongolian in the English UI that is the office's data, not the program's words: a citizen's register
# number written as an example («УБ85010112») is Cyrillic in every language.
DATA_IN_ANY_LANGUAGE = re.compile(r"^[А-ЯЁӨҮ]{2}\d{8}$")


def _dialogs(state: AppState, tmp_path) -> dict[str, Callable[[], QWidget]]:
    """Every dialog, built as the screen that opens it builds it (the demo office's records)."""
    from soum_desk.services.petitions import actions as petitions
    from soum_desk.services.plans.tree import list_documents
    from soum_desk.ui.about_dialog import AboutDialog
    from soum_desk.ui.admin.settings_dialog import SettingsDialog
    from soum_desk.ui.admin.users_tab import NewUserDialog
    from soum_desk.ui.archive.acts import ProposeActDialog
    from soum_desk.ui.archive.file_lists import CaseFileDialog
    from soum_desk.ui.archive.units import AddUnitDialog
    from soum_desk.ui.bundle.passphrase import PassphraseDialog
    from soum_desk.ui.help_dialog import HelpDialog
    from soum_desk.ui.letters.answer_picker import AnswerPicker
    from soum_desk.ui.letters.form import LetterDialog
    from soum_desk.ui.letters.tools import FiguresDialog
    from soum_desk.ui.letters.view import LettersView
    from soum_desk.ui.login_dialog import LoginDialog
    from soum_desk.ui.petitions.correct_dialog import CorrectDialog
    from soum_desk.ui.petitions.detail_dialog import DetailDialog
    from soum_desk.ui.petitions.import_dialog import ImportDialog as PetitionImport
    from soum_desk.ui.petitions.register_dialog import RegisterDialog
    from soum_desk.ui.petitions.report_dialog import ReportDialog as PetitionReport
    from soum_desk.ui.petitions.resolve_dialog import ResolveDialog
    from soum_desk.ui.plans.correct_dialog import CorrectEntryDialog
    from soum_desk.ui.plans.document_dialog import DocumentDialog
    from soum_desk.ui.plans.import_wizard import ImportDialog as PlanImport
    from soum_desk.ui.plans.measure_dialog import MeasureDialog
    from soum_desk.ui.plans.report_dialog import ReportDialog as PlanReport
    from soum_desk.ui.province.history_dialog import HistoryDialog
    from soum_desk.ui.setup_dialog import SetupDialog
    from soum_desk.ui.widgets.report_preview import ReportPreview

    ctx = state.ctx
    document = list_documents(ctx)[0]
    petition = petitions.show(ctx, 1)
    last_quarter = Period.containing(date.today()).previous().code
    report = PdfReport(ReportHeader("Сүхбаатар сумын ЗДТГ", "Туршилт", date(2024, 12, 31), "Сүхбаатар"))
    report.table([Column("№", 10), Column("Агуулга", 100)], [[i, f"Мөр {i}"] for i in range(60)])
    pdf = report.write(tmp_path / "preview.pdf")
    letters_view = LettersView(state)
    return {
        "login": lambda: LoginDialog(ctx),
        "set-up": lambda: SetupDialog(ctx),
        "province set-up": lambda: SetupDialog(ctx, province=True),
        "about": lambda: AboutDialog(str(ctx.paths.data_dir)),
        "help": lambda: HelpDialog(state.lang),
        "settings": lambda: SettingsDialog(state),
        "new user": lambda: NewUserDialog(state),
        "report preview": lambda: ReportPreview(pdf),
        "passphrase": lambda: PassphraseDialog(None, confirm=True, note="Түлхүүрийн нууц үгээ оруулна уу."),
        "plan document": lambda: DocumentDialog(None, document),
        "plan measure": lambda: MeasureDialog(None, None),
        "plan import": lambda: PlanImport(state),
        "plan report": lambda: PlanReport(state, document, last_quarter),
        "plan correction": lambda: CorrectEntryDialog(state, document["id"], last_quarter),
        "petition register": lambda: RegisterDialog(state),
        "petition detail": lambda: DetailDialog(state, 1),
        "petition resolve": lambda: ResolveDialog(state, petition),
        "petition correction": lambda: CorrectDialog(state, petition),
        "petitions import": lambda: PetitionImport(state),
        "petitions report": lambda: PetitionReport(state),
        "incoming letter": lambda: LetterDialog(state, "in"),
        "outgoing letter": lambda: LetterDialog(state, "out"),
        "letter answers": lambda: AnswerPicker(state),
        "letters figures": lambda: FiguresDialog(letters_view),
        "archive case": lambda: CaseFileDialog(letters_view),
        "archive unit": lambda: AddUnitDialog(state),
        "archive transfer act": lambda: ProposeActDialog(state, "transfer"),
        "archive destruction act": lambda: ProposeActDialog(state, "destruction"),
        "bundle history": lambda: HistoryDialog(state, "MN-049/Сүхбаатар", "Сүхбаатар сумын ЗДТГ", last_quarter),
    }


SMALL_LAPTOP = QRect(0, 0, 1280, 680)  # a 1280×720 screen under the taskbar


@pytest.fixture(params=[LAPTOP, SMALL_LAPTOP], ids=["1366x768", "1280x720"])
def laptop(monkeypatch, request) -> QRect:
    monkeypatch.setattr(window_fit, "screen_area", lambda _window: request.param)
    return request.param


def _problems(name: str, window: QWidget, lang: str, screen: QRect) -> list[str]:
    out: list[str] = []
    if window.width() + FRAME[0] > screen.width() or window.height() + FRAME[1] > screen.height():
        out.append(f"{name}: {window.width()}×{window.height()} is larger than {screen.width()}×{screen.height()}")
    out += [f"{name}: {p}" for p in cut_texts(window)]
    if lang == "en":
        out += [f"{name}: Mongolian «{t}»" for t in mongolian_chrome(window) if not DATA_IN_ANY_LANGUAGE.match(t)]
    return out


@pytest.mark.parametrize("lang", ["mn", "en"])
def test_every_dialog_fits_the_laptop_and_speaks_one_language(qtbot, paths, data_templates, laptop, lang,
                                                              tmp_path):
    from soum_desk.ui.i18n import install_language

    i18n_build.compile_qm()
    ctx = open_demo_office(paths, data_templates)
    ctx.lang = lang
    install_language(lang)
    try:
        state = AppState(ctx=ctx, bus=DataBus())
        problems: list[str] = []
        for name, build in _dialogs(state, tmp_path).items():
            window = build()
            qtbot.addWidget(window)
            window.show()
            qtbot.wait(50)
            problems += _problems(name, window, lang, laptop)
            window.close()
        assert problems == []
    finally:
        install_language("mn")
        ctx.dispose()


@pytest.mark.parametrize("lang", ["mn", "en"])
def test_every_page_of_the_export_wizard_fits_and_speaks_one_language(qtbot, paths, data_templates, laptop,
                                                                      lang):
    from soum_desk.ui.bundle.export_wizard import ExportWizard
    from soum_desk.ui.i18n import install_language

    i18n_build.compile_qm()
    ctx = open_demo_office(paths, data_templates)
    ctx.lang = lang
    install_language(lang)
    try:
        wizard = ExportWizard(AppState(ctx=ctx, bus=DataBus()))
        qtbot.addWidget(wizard)
        problems: list[str] = []
        page_ids = wizard.pageIds()
        assert len(page_ids) >= 3
        for page_id in page_ids:
            wizard.setStartId(page_id)
            wizard.restart()
            wizard.show()
            qtbot.wait(50)
            assert wizard.currentId() == page_id
            problems += _problems(f"export wizard page {page_id}", wizard, lang, laptop)
            for button in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                           QWizard.WizardButton.CancelButton, QWizard.WizardButton.FinishButton):
                text = wizard.button(button).text().replace("&", "")
                if lang == "en" and any("а" <= ch.lower() <= "я" or ch in "өүё" for ch in text):
                    problems.append(f"export wizard: Mongolian button «{text}»")
        assert problems == []
    finally:
        install_language("mn")
        ctx.dispose()
