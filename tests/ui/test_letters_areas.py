"""The letters and archive areas register themselves and build from their AreaSpec."""

from __future__ import annotations

from soum_desk.ui.bus import DataBus
from soum_desk.ui.state import AppState


def test_area_specs(qtbot, clerk_ctx):
    from soum_desk.ui import area_list
    from soum_desk.ui.archive.area import AREA as ARCHIVE
    from soum_desk.ui.letters.area import AREA as LETTERS

    assert LETTERS in area_list.AREAS and ARCHIVE in area_list.AREAS
    state = AppState(clerk_ctx, DataBus())
    for spec, title in ((LETTERS, "Албан бичиг"), (ARCHIVE, "Архив")):
        assert spec.title() == title and spec.office_only
        widget = spec.factory(state)
        qtbot.addWidget(widget)
    state.bus.changed("*")  # every view refreshes without error


def test_english_translation_loads(qtbot, clerk_ctx):
    from PySide6.QtCore import QCoreApplication, Qt, QTranslator

    from soum_desk.config import resources_dir
    from soum_desk.i18n_build import compile_qm
    from soum_desk.ui.letters.view import LettersView

    compile_qm()
    app = QCoreApplication.instance()
    translators = []
    for area in ("letters", "archive", "widgets"):
        translator = QTranslator(app)
        assert translator.load(str(resources_dir() / "i18n" / f"{area}_en.qm"))
        app.installTranslator(translator)
        translators.append(translator)
    app.setProperty("soumdesk_lang", "en")
    try:
        view = LettersView(AppState(clerk_ctx, DataBus()))
        qtbot.addWidget(view)
        assert view.buttons["new_in"].text() == "+ Incoming letter"
        assert view.model.headerData(3, Qt.Orientation.Horizontal) == "Organisation"
        assert QCoreApplication.translate("areas", "Архив") == "Archive"
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        app.setProperty("soumdesk_lang", "mn")
